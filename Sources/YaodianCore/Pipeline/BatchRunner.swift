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

    /// Processes `inputs` and hands each result to `consume` in input order; returns the CPU
    /// time of each stage summed over all documents (emit time is the caller's to add).
    @discardableResult
    public func run(_ inputs: [InputLocation], stdin: [UInt8]? = nil,
                    consume: (Int, Result<DocumentRecord, DocumentFailure>) throws -> Void) async throws -> StageTimings {
        let pipeline = self.pipeline
        return try await withThrowingTaskGroup(of: (Int, Result<DocumentRecord, DocumentFailure>, StageTimings).self) { group in
            var total = StageTimings()
            var next = 0
            var emitted = 0
            var ready: [Int: Result<DocumentRecord, DocumentFailure>] = [:]
            func launch() {
                guard next < inputs.count else { return }
                let index = next
                let location = inputs[index]
                group.addTask {
                    var timings = StageTimings()
                    let result = pipeline.process(location, stdin: location.fileURL == nil ? stdin : nil, timings: &timings)
                    return (index, result, timings)
                }
                next += 1
            }
            for _ in 0..<min(jobs, inputs.count) { launch() }
            while let (index, result, timings) = try await group.next() {
                total = total + timings
                ready[index] = result
                while let r = ready.removeValue(forKey: emitted) {
                    try consume(emitted, r)
                    emitted += 1
                }
                // Keep a bounded window of finished-but-unwritten documents.
                if ready.count < jobs * 4 { launch() }
                if group.isEmpty, next < inputs.count { launch() }
            }
            return total
        }
    }
}
