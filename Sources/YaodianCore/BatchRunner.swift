import YaodianModel
import YaodianIngest

/// Runs the pipeline over many inputs in parallel and hands the results to a consumer in input
/// order. A bounded number of documents is in flight, and finished documents wait only until the
/// ones before them are done, so memory stays bounded whatever the batch size.
///
/// Inputs come three ways. Pulled (`run(pulling:)`, a directory walk) or as an array: workers take
/// runs of documents, one task and one hand-over per run. As an `AsyncStream` that may still be
/// growing (paths a batch engine writes to `--files-from -` one by one): a document starts as
/// soon as its input arrives and a slot is free, and is handed over as soon as it and every
/// document before it are done. With one job, every way processes each document on the caller's
/// task, where it is read, and hands it over before reading the next.
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
        var iterator = inputs.makeIterator()
        return try await run(pulling: { iterator.next() }, stdin: stdin, prepare: { result, _ in result }, consume: consume)
    }

    private enum Event<Prepared: Sendable>: Sendable {
        case input(InputLocation)
        case inputsEnded
        case finished(Int, Prepared, StageTimings)
    }

    /// Processes inputs as they arrive on `inputs` until it finishes, handing each result to
    /// `consume` in input order; returns the CPU time of each stage summed over all documents.
    @discardableResult
    public func run(_ inputs: AsyncStream<InputLocation>, stdin: [UInt8]? = nil,
                    consume: (Int, Result<DocumentRecord, DocumentFailure>) throws -> Void) async throws -> StageTimings {
        try await run(inputs, stdin: stdin, prepare: { result, _ in result }, consume: consume)
    }

    /// `run`, with a `prepare` step that each worker applies to its document's result before it
    /// is handed over (such as encoding output bytes), so that the serial `consume` only writes.
    /// `prepare` may add CPU time to the timings it is given (its `emit`).
    @discardableResult
    public func run<Prepared: Sendable>(_ inputs: AsyncStream<InputLocation>, stdin: [UInt8]? = nil,
                                        prepare: @escaping @Sendable (Result<DocumentRecord, DocumentFailure>, inout StageTimings) -> Prepared,
                                        consume: (Int, Prepared) throws -> Void) async throws -> StageTimings {
        let pipeline = self.pipeline
        let jobs = self.jobs
        if jobs == 1 {
            var iterator = inputs.makeAsyncIterator()
            return try await runOneByOne(next: { await iterator.next() }, stdin: stdin, prepare: prepare, consume: consume)
        }
        // Inputs and finished documents arrive on one stream, so the loop below waits for
        // whichever comes first. A discarding group forgets finished workers at once, so a
        // batch of any size holds only the workers in flight.
        let (events, sink) = AsyncStream.makeStream(of: Event<Prepared>.self)
        // Inputs are taken from `inputs` only against credits, one per document launched, so a
        // lazily produced stream (a directory walk) is read no faster than documents start.
        let window = jobs * 4
        let (credits, creditSink) = AsyncStream.makeStream(of: Void.self)
        for _ in 0..<window { creditSink.yield() }
        return try await withThrowingDiscardingTaskGroup(returning: StageTimings.self) { group in
            group.addTask {
                var credit = credits.makeAsyncIterator()
                var input = inputs.makeAsyncIterator()
                while await credit.next() != nil, let next = await input.next() {
                    sink.yield(.input(next))
                }
                sink.yield(.inputsEnded)
            }
            var total = StageTimings()
            var waiting: [InputLocation] = []
            var waitingHead = 0
            var inputsEnded = false
            var next = 0
            var emitted = 0
            var inFlight = 0
            var ready: [Int: Prepared] = [:]
            func launch() {
                // Keep a bounded window of finished-but-unwritten documents.
                while inFlight < jobs, ready.count < jobs * 4, waitingHead < waiting.count {
                    let index = next
                    let location = waiting[waitingHead]
                    waitingHead += 1
                    if waitingHead > 1024, waitingHead * 2 > waiting.count {
                        waiting.removeFirst(waitingHead)
                        waitingHead = 0
                    }
                    creditSink.yield()
                    group.addTask {
                        var timings = StageTimings()
                        let result = pipeline.process(location, stdin: location.fileURL == nil ? stdin : nil, timings: &timings)
                        let prepared = prepare(result, &timings)
                        sink.yield(.finished(index, prepared, timings))
                    }
                    next += 1
                    inFlight += 1
                }
            }
            for await event in events {
                switch event {
                case .input(let location):
                    waiting.append(location)
                case .inputsEnded:
                    inputsEnded = true
                case .finished(let index, let result, let timings):
                    total = total + timings
                    inFlight -= 1
                    ready[index] = result
                    while let r = ready.removeValue(forKey: emitted) {
                        try consume(emitted, r)
                        emitted += 1
                    }
                }
                launch()
                if inputsEnded, inFlight == 0, waitingHead == waiting.count { break }
            }
            sink.finish()
            creditSink.finish()
            group.cancelAll()
            return total
        }
    }

    /// Documents a worker task processes in a row on the pulled path: one task and one hand-over
    /// per run instead of per document, whose scheduling costs as much CPU as a small page. The
    /// run's outputs are handed over together, which keeps fewer results waiting in memory.
    package static let documentsPerTask = 8

    /// `run` on inputs that are there to be taken at once (a directory walk, a list): `next` is
    /// called on the caller's task whenever a worker needs documents and returns nil at the end.
    /// With one job, each document is processed where it is read; with more, workers take runs of
    /// `documentsPerTask` documents. Results are handed to `consume` in input order, and at most
    /// `jobs × 2` runs wait for their turn, so memory stays bounded whatever the batch size.
    @discardableResult
    public func run<Prepared: Sendable>(pulling next: () -> InputLocation?, stdin: [UInt8]? = nil,
                                        prepare: @escaping @Sendable (Result<DocumentRecord, DocumentFailure>, inout StageTimings) -> Prepared,
                                        consume: (Int, Prepared) throws -> Void) async throws -> StageTimings {
        let pipeline = self.pipeline
        let jobs = self.jobs
        if jobs == 1 {
            return try await runOneByOne(next: { next() }, stdin: stdin, prepare: prepare, consume: consume)
        }
        let perTask = Self.documentsPerTask
        let (events, sink) = AsyncStream.makeStream(of: (start: Int, results: [Prepared], timings: StageTimings).self)
        return try await withThrowingDiscardingTaskGroup(returning: StageTimings.self) { group in
            var total = StageTimings()
            var taken = 0
            var emitted = 0
            var inFlight = 0
            var exhausted = false
            var ready: [Int: [Prepared]] = [:]  // by the index of a run's first document
            func launch() {
                while !exhausted, inFlight < jobs, ready.count < jobs * 2 {
                    var run: [InputLocation] = []
                    run.reserveCapacity(perTask)
                    while run.count < perTask, let location = next() { run.append(location) }
                    if run.count < perTask { exhausted = true }
                    guard !run.isEmpty else { break }
                    let start = taken
                    taken += run.count
                    inFlight += 1
                    group.addTask {
                        var timings = StageTimings()
                        var results: [Prepared] = []
                        results.reserveCapacity(run.count)
                        for location in run {
                            let result = pipeline.process(location, stdin: location.fileURL == nil ? stdin : nil, timings: &timings)
                            results.append(prepare(result, &timings))
                        }
                        sink.yield((start, results, timings))
                    }
                }
            }
            launch()
            if inFlight > 0 {
                for await event in events {
                    total = total + event.timings
                    inFlight -= 1
                    ready[event.start] = event.results
                    while let results = ready.removeValue(forKey: emitted) {
                        for prepared in results {
                            try consume(emitted, prepared)
                            emitted += 1
                        }
                    }
                    launch()
                    if exhausted, inFlight == 0 { break }
                }
            }
            sink.finish()
            return total
        }
    }

    /// One job: each document is processed where it is read and handed over before the next is
    /// read — no task per document and no hand-over between threads.
    private func runOneByOne<Prepared: Sendable>(next: () async -> InputLocation?, stdin: [UInt8]?,
                                                 prepare: (Result<DocumentRecord, DocumentFailure>, inout StageTimings) -> Prepared,
                                                 consume: (Int, Prepared) throws -> Void) async throws -> StageTimings {
        var total = StageTimings()
        var index = 0
        while let location = await next() {
            var timings = StageTimings()
            let result = pipeline.process(location, stdin: location.fileURL == nil ? stdin : nil, timings: &timings)
            let prepared = prepare(result, &timings)
            total = total + timings
            try consume(index, prepared)
            index += 1
        }
        return total
    }
}
