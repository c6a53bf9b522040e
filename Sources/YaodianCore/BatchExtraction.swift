import Foundation

/// One batch from inputs to sinks: every document goes through the pipeline on `jobs` workers and
/// each result, in input order, to every sink; then the sinks are finished. The output folder's
/// bytes are encoded by the worker that processed the document, so the ordered hand-over only
/// writes them. The command line builds the sinks and reports; this type is what it delegates to.
public final class BatchExtraction {
    /// What a finished batch did.
    public struct Summary: Sendable {
        public var documents = 0
        public var failures = 0
        /// Kinds of input that could not be read at all (they decide the exit status).
        public var inputProblems: Set<DocumentFailure.InputProblem> = []
        /// CPU seconds per stage, summed over documents (emit includes the sinks' writes).
        public var timings = StageTimings()
    }

    public let pipeline: DocumentPipeline
    public let jobs: Int
    public let sinks: [any DocumentSink]
    /// Called for each failed document, after its row went to the sinks.
    public var onFailure: (DocumentFailure) -> Void = { _ in }
    /// Called with the count of results handed over so far.
    public var onProgress: (Int) -> Void = { _ in }

    public init(pipeline: DocumentPipeline, jobs: Int, sinks: [any DocumentSink]) {
        self.pipeline = pipeline
        self.jobs = jobs
        self.sinks = sinks
    }

    /// Writes `problems` (inputs that do not exist or cannot be listed) as failures, then the
    /// documents pulled from `next` as workers need them, then finishes the sinks inside
    /// `finishing` (where a caller defers signals). A sink's error stops the batch and is thrown;
    /// the sinks are not abandoned here, so the caller decides what to report first.
    public func run(problems: [InputCollector.Problem], pulling next: () -> InputLocation?,
                    stdin: [UInt8]?, finishing: (() throws -> Void) throws -> Void = { try $0() }) async throws -> Summary {
        try await run(problems: problems, finishing: finishing) { runner, prepare, consume in
            try await runner.run(pulling: next, stdin: stdin, prepare: prepare, consume: consume)
        }
    }

    /// As `run(problems:pulling:stdin:finishing:)`, for inputs that arrive as a stream (a path
    /// list read while the batch runs): each result is handed over before the next path arrives.
    public func run(problems: [InputCollector.Problem], stream: AsyncStream<InputLocation>,
                    stdin: [UInt8]?, finishing: (() throws -> Void) throws -> Void = { try $0() }) async throws -> Summary {
        try await run(problems: problems, finishing: finishing) { runner, prepare, consume in
            try await runner.run(stream, stdin: stdin, prepare: prepare, consume: consume)
        }
    }

    private typealias Prepare = @Sendable (Result<DocumentRecord, DocumentFailure>, inout StageTimings) -> PreparedDocument
    private typealias Consume = (Int, PreparedDocument) throws -> Void

    private func run(problems: [InputCollector.Problem], finishing: (() throws -> Void) throws -> Void,
                     batch: (BatchRunner, @escaping Prepare, Consume) async throws -> StageTimings) async throws -> Summary {
        var summary = Summary()
        let sinks = self.sinks
        for problem in problems {
            let failure = DocumentFailure(docID: "", sourcePath: problem.path, stage: "ingest", error: problem.reason,
                                          inputProblem: problem.kind)
            summary.inputProblems.insert(problem.kind)
            for sink in sinks { try sink.write(failure) }
            summary.failures += 1
            onFailure(failure)
        }
        var emitTime = 0.0
        let folder = sinks.first as? OutputSink
        let encoder = folder?.encoder
        // When the folder is the only output, a document waiting for its turn is held as its
        // bytes alone, not also as the record they were made from.
        let onlyFolder = folder != nil && sinks.count == 1
        let prepare: Prepare = { result, timings in
            guard let encoder else { return PreparedDocument(result, encoded: nil, keepRecord: true) }
            let start = StageTimings.threadCPUTime()
            defer { timings.emit += StageTimings.threadCPUTime() - start }
            let encoded: OutputEncoder.Encoded?
            switch result {
            case .success(let record): encoded = try? encoder.encode(record)
            case .failure(let failure): encoded = try? encoder.encode(failure)
            }
            return PreparedDocument(result, encoded: encoded, keepRecord: !onlyFolder || encoded == nil)
        }
        let consume: Consume = { index, prepared in
            let emitStart = StageTimings.threadCPUTime()
            defer { emitTime += StageTimings.threadCPUTime() - emitStart }
            // An encoding that failed in a worker is redone here, where its error is reported.
            func write(to sink: any DocumentSink, _ fallback: () throws -> Void) throws {
                if let folder, sink === folder, let encoded = prepared.encoded {
                    try folder.write(prepared: encoded)
                } else {
                    try fallback()
                }
            }
            switch prepared.outcome {
            case .document(let record):
                for sink in sinks {
                    try write(to: sink) {
                        guard let record else { throw CocoaError(.fileWriteUnknown) }  // kept whenever a sink needs it
                        try sink.write(record)
                    }
                }
                summary.documents += 1
            case .failure(let failure):
                for sink in sinks { try write(to: sink) { try sink.write(failure) } }
                summary.failures += 1
                if let problem = failure.inputProblem { summary.inputProblems.insert(problem) }
                self.onFailure(failure)
            }
            self.onProgress(index + 1)
        }
        var timings = try await batch(BatchRunner(pipeline: pipeline, jobs: jobs), prepare, consume)
        let finishStart = StageTimings.threadCPUTime()
        try finishing {
            for sink in sinks { try sink.finish() }
        }
        timings.emit += emitTime + StageTimings.threadCPUTime() - finishStart
        summary.timings = timings
        return summary
    }
}

/// A document's result with the output folder's bytes, encoded by the worker that processed it.
struct PreparedDocument: Sendable {
    /// A processed document (its record, unless only its bytes are needed) or a failure.
    enum Outcome: Sendable {
        case document(DocumentRecord?)
        case failure(DocumentFailure)
    }

    var outcome: Outcome
    var encoded: OutputEncoder.Encoded?

    init(_ result: Result<DocumentRecord, DocumentFailure>, encoded: OutputEncoder.Encoded?, keepRecord: Bool) {
        switch result {
        case .success(let record): outcome = .document(keepRecord ? record : nil)
        case .failure(let failure): outcome = .failure(failure)
        }
        self.encoded = encoded
    }
}
