import Foundation
import XCTest
@testable import YaodianCore

/// The batch runner on inputs it pulls itself (a directory walk): results come out in input
/// order with any number of jobs and any count of documents, and the walk is read no faster
/// than workers take documents.
final class BatchRunnerPullTests: XCTestCase {
    private func inputs(_ count: Int) -> [InputLocation] {
        let seeds = InputCollector().collect([GoldCorpusTests.corpus.path]).inputs
        return (0..<count).map { i in
            var location = seeds[i % seeds.count]
            location.docID = "doc\(i)"
            return location
        }
    }

    func testResultsComeOutInInputOrderWithAnyNumberOfJobs() async throws {
        // 43 is not a multiple of a worker's run of documents: the last run is short.
        let inputs = inputs(43)
        let expected = try inputs.map { try DocumentLineEncoder().encode(DocumentPipeline().process($0).get()) }
        for jobs in [1, 2, 3] {
            var iterator = inputs.makeIterator()
            var order: [Int] = []
            var lines: [[UInt8]] = []
            let timings = try await BatchRunner(jobs: jobs).run(pulling: { iterator.next() }, prepare: { result, timings in
                timings.emit += 1
                guard case .success(let record) = result else { return [UInt8]() }
                return (try? DocumentLineEncoder().encode(record)) ?? []
            }, consume: { index, line in
                order.append(index)
                lines.append(line)
            })
            XCTAssertEqual(order, Array(0..<43), "jobs \(jobs)")
            XCTAssertEqual(lines, expected, "jobs \(jobs)")
            XCTAssertEqual(timings.emit, 43, "prepare once per document, jobs \(jobs)")
        }
    }

    func testNoInputsGiveNoResults() async throws {
        for jobs in [1, 2] {
            var count = 0
            try await BatchRunner(jobs: jobs).run(pulling: { nil }, prepare: { result, _ in result }, consume: { _, _ in count += 1 })
            XCTAssertEqual(count, 0)
        }
    }

    func testTheWalkIsReadNoFasterThanWorkersTakeDocuments() async throws {
        let inputs = inputs(120)
        for jobs in [1, 2] {
            var iterator = inputs.makeIterator()
            var pulled = 0
            var worstLead = 0
            try await BatchRunner(jobs: jobs).run(pulling: {
                let next = iterator.next()
                if next != nil { pulled += 1 }
                return next
            }, prepare: { result, _ in result }, consume: { index, _ in
                // Taken beyond those handed over: the runs in flight (jobs) and those waiting
                // their turn (jobs × 2), each of `documentsPerTask` documents.
                worstLead = max(worstLead, pulled - index)
            })
            XCTAssertEqual(pulled, 120)
            let bound = jobs == 1 ? 1 : jobs * 3 * BatchRunner.documentsPerTask
            XCTAssertLessThanOrEqual(worstLead, bound, "jobs \(jobs): the walk ran ahead of the batch")
        }
    }
}
