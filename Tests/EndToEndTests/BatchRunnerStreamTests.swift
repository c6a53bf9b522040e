import Foundation
import XCTest
@testable import YaodianCore

/// The batch runner on inputs that arrive over time: results come out in input order, and the
/// first is handed over before the input stream has ended.
final class BatchRunnerStreamTests: XCTestCase {
    private func seeds() throws -> [InputLocation] {
        InputCollector().collect([GoldCorpusTests.corpus.path]).inputs
    }

    func testAResultIsHandedOverBeforeTheInputsEnd() async throws {
        let inputs = try seeds()
        let (stream, continuation) = AsyncStream.makeStream(of: InputLocation.self)
        let first = expectation(description: "first document handed over")
        let task = Task {
            var ids: [String] = []
            try await BatchRunner(jobs: 2).run(stream) { index, result in
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
        XCTAssertEqual(ids, inputs.map(\.docID))
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
}
