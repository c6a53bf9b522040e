/// Runs the pipeline over many inputs in parallel and hands the results to a consumer in input
/// order. At most `jobs` documents are in flight, and finished documents wait only until the
/// ones before them are done, so memory stays bounded whatever the batch size.
public struct BatchRunner: Sendable {
    public var pipeline: DocumentPipeline
    public var jobs: Int

    public init(pipeline: DocumentPipeline = DocumentPipeline(), jobs: Int) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
    }

    public func run(_ inputs: [InputLocation], stdin: [UInt8]? = nil,
                    consume: (Int, Result<DocumentRecord, DocumentFailure>) throws -> Void) async throws {
        let pipeline = self.pipeline
        try await withThrowingTaskGroup(of: (Int, Result<DocumentRecord, DocumentFailure>).self) { group in
            var next = 0
            var emitted = 0
            var ready: [Int: Result<DocumentRecord, DocumentFailure>] = [:]
            func launch() {
                guard next < inputs.count else { return }
                let index = next
                let location = inputs[index]
                group.addTask { (index, pipeline.process(location, stdin: location.fileURL == nil ? stdin : nil)) }
                next += 1
            }
            for _ in 0..<min(jobs, inputs.count) { launch() }
            while let (index, result) = try await group.next() {
                ready[index] = result
                while let r = ready.removeValue(forKey: emitted) {
                    try consume(emitted, r)
                    emitted += 1
                }
                // Keep a bounded window of finished-but-unwritten documents.
                if ready.count < jobs * 4 { launch() }
                if group.isEmpty, next < inputs.count { launch() }
            }
        }
    }
}
