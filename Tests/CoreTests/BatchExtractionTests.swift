import Foundation
import XCTest
import YaodianCore

/// The batch fan-out: problems first, then every document in input order to every sink, the
/// output folder fed the bytes its workers encoded, failures reported as they are handed over,
/// sinks finished once inside `finishing`, and a sink's error stopping the batch.
final class BatchExtractionTests: XCTestCase {
    /// A sink that remembers what it was given.
    final class MemorySink: DocumentSink {
        var events: [String] = []
        var failWrites = false

        func write(_ record: DocumentRecord) throws {
            if failWrites { throw CocoaError(.fileWriteNoPermission) }
            events.append("doc \(record.docID) \(record.clauses.count)")
        }
        func write(_ failure: DocumentFailure) throws { events.append("failure \(failure.sourcePath) \(failure.stage)") }
        func finish() throws { events.append("finish") }
        func abandon() { events.append("abandon") }
    }

    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private func inputs() -> [InputLocation] {
        let corpus = repository.appendingPathComponent("corpus")
        let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { corpus.appendingPathComponent($0).path }
        let walker = InputWalker(paths: seeds + [repository.appendingPathComponent("Tests/Fixtures/hostile/empty.html").path])
        var out: [InputLocation] = []
        while let next = walker.next() { out.append(next) }
        return out
    }

    func testEveryResultReachesEverySinkInInputOrder() async throws {
        let inputs = inputs()
        XCTAssertEqual(inputs.count, 6)
        let expected = inputs.map { location -> String in
            switch DocumentPipeline().process(location) {
            case .success(let record): return "doc \(record.docID) \(record.clauses.count)"
            case .failure(let failure): return "failure \(failure.sourcePath) \(failure.stage)"
            }
        }
        for jobs in [1, 2] {
            let a = MemorySink(), b = MemorySink()
            let batch = BatchExtraction(pipeline: DocumentPipeline(), jobs: jobs, sinks: [a, b])
            var reported: [String] = []
            var progress: [Int] = []
            batch.onFailure = { reported.append($0.sourcePath) }
            batch.onProgress = { progress.append($0) }
            var iterator = inputs.makeIterator()
            var finishedInside = false
            let problem = InputCollector.Problem(path: "missing.html", reason: "no such file or directory")
            let summary = try await batch.run(problems: [problem], pulling: { iterator.next() }, stdin: nil) { finish in
                try finish()
                finishedInside = true
            }
            let all = ["failure missing.html ingest"] + expected + ["finish"]
            XCTAssertEqual(a.events, all, "jobs \(jobs)")
            XCTAssertEqual(b.events, all, "jobs \(jobs)")
            XCTAssertTrue(finishedInside)
            XCTAssertEqual(summary.documents, 5)
            XCTAssertEqual(summary.failures, 2)
            XCTAssertEqual(summary.inputProblems, [.missing])
            XCTAssertEqual(reported.count, 2)
            XCTAssertTrue(reported[1].hasSuffix("empty.html"))
            XCTAssertEqual(progress, Array(1...6))
            XCTAssertEqual(summary.timings.documents, 6, "documents that reached the decoder (the empty page fails there)")
        }
    }

    func testTheFolderGetsTheBytesItsWorkersEncoded() async throws {
        let inputs = inputs()
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        let viaBatch = fresh.appendingPathComponent("batch"), direct = fresh.appendingPathComponent("direct")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let folder = try OutputSink(directory: viaBatch, format: .all, dataPackage: true, registry: TemporaryFileRegistry())
        var iterator = inputs.makeIterator()
        _ = try await BatchExtraction(pipeline: DocumentPipeline(), jobs: 2, sinks: [folder])
            .run(problems: [], pulling: { iterator.next() }, stdin: nil)
        let reference = try OutputSink(directory: direct, format: .all, dataPackage: true, registry: TemporaryFileRegistry())
        for location in inputs {
            switch DocumentPipeline().process(location) {
            case .success(let record): try reference.write(record)
            case .failure(let failure): try reference.write(failure)
            }
        }
        try reference.finish()
        let names = try FileManager.default.contentsOfDirectory(atPath: direct.path).sorted()
        XCTAssertTrue(names.contains("documents.jsonl"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: viaBatch.path).sorted(), names)
        for name in names {
            XCTAssertEqual(try Data(contentsOf: viaBatch.appendingPathComponent(name)),
                           try Data(contentsOf: direct.appendingPathComponent(name)), name)
        }
    }

    func testASinkErrorStopsTheBatchBeforeFinishing() async throws {
        let sink = MemorySink()
        sink.failWrites = true
        var iterator = inputs().makeIterator()
        do {
            _ = try await BatchExtraction(pipeline: DocumentPipeline(), jobs: 1, sinks: [sink])
                .run(problems: [], pulling: { iterator.next() }, stdin: nil)
            XCTFail("the sink's error must stop the batch")
        } catch {
            XCTAssertFalse(sink.events.contains("finish"))
        }
    }
}
