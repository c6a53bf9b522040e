import Foundation
import Synchronization
import XCTest
@testable import YaodianCore

/// The batch runner on inputs that arrive over time: results come out in input order, and the
/// first is handed over before the input stream has ended.
final class BatchRunnerStreamTests: XCTestCase {
    private func seeds() throws -> [InputLocation] {
        InputCollector().collect([GoldCorpusTests.corpus.path]).inputs
    }

    func testAResultIsHandedOverBeforeTheInputsEnd() async throws {
        // One job takes the one-by-one path, two the workers' path: both hand over early.
        let inputs = try seeds()
        for jobs in [1, 2] {
            let (stream, continuation) = AsyncStream.makeStream(of: InputLocation.self)
            let first = expectation(description: "first document handed over, jobs \(jobs)")
            let task = Task {
                var ids: [String] = []
                try await BatchRunner(jobs: jobs).run(stream) { index, result in
                    if case .success(let record) = result { ids.append(record.docID) }
                    if index == 0 { first.fulfill() }
                }
                return ids
            }
            continuation.yield(inputs[0])
            await fulfillment(of: [first], timeout: 30)
            for input in inputs.dropFirst() { continuation.yield(input) }
            continuation.finish()
            let ids = try await task.value
            XCTAssertEqual(ids, inputs.map(\.docID), "jobs \(jobs)")
        }
    }

    func testManyInputsComeOutInInputOrder() async throws {
        let seeds = try seeds()
        let inputs = (0..<40).map { i in
            var location = seeds[i % seeds.count]
            location.docID = "doc\(i)"
            return location
        }
        var order: [Int] = []
        var ids: [String] = []
        try await BatchRunner(jobs: 3).run(inputs) { index, result in
            order.append(index)
            if case .success(let record) = result { ids.append(record.docID) }
        }
        XCTAssertEqual(order, Array(0..<40))
        XCTAssertEqual(ids, inputs.map(\.docID))
    }

    func testAnEmptyStreamEnds() async throws {
        let (stream, continuation) = AsyncStream.makeStream(of: InputLocation.self)
        continuation.finish()
        var count = 0
        try await BatchRunner(jobs: 2).run(stream) { _, _ in count += 1 }
        XCTAssertEqual(count, 0)
    }

    func testALazyStreamIsReadNoFasterThanDocumentsStart() async throws {
        let seeds = try seeds()
        let jobs = 2
        let pulled = Mutex(0)
        let lock = Mutex((0..<60).makeIterator())
        let stream = AsyncStream<InputLocation>(unfolding: {
            guard let i = lock.withLock({ $0.next() }) else { return nil }
            pulled.withLock { $0 += 1 }
            var location = seeds[i % seeds.count]
            location.docID = "doc\(i)"
            return location
        })
        var handed = 0
        var worstLead = 0
        try await BatchRunner(jobs: jobs).run(stream) { index, _ in
            handed += 1
            // Inputs read beyond those handed over: finished ones waiting their turn (jobs × 4),
            // those in flight (jobs) and the window of credits (jobs × 4).
            worstLead = max(worstLead, pulled.withLock { $0 } - index)
        }
        XCTAssertEqual(handed, 60)
        XCTAssertLessThanOrEqual(worstLead, jobs * 9 + 1, "the walk ran ahead of the batch")
    }

    func testPrepareRunsInTheWorkersAndItsResultIsHandedOverInOrder() async throws {
        let seeds = try seeds()
        let encoder = OutputEncoder()
        var lines: [[UInt8]] = []
        let (stream, continuation) = AsyncStream.makeStream(of: InputLocation.self)
        for input in seeds { continuation.yield(input) }
        continuation.finish()
        let timings = try await BatchRunner(jobs: 2).run(stream, prepare: { result, timings in
            timings.emit += 1   // counted once per document
            guard case .success(let record) = result else { return [UInt8]() }
            return (try? encoder.encode(record).jsonLine) ?? []
        }, consume: { _, line in lines.append(line) })
        XCTAssertEqual(timings.emit, Double(seeds.count))
        let expected = try seeds.map { try DocumentLineEncoder().encode(DocumentPipeline().process($0).get()) }
        XCTAssertEqual(lines, expected)
    }
}
