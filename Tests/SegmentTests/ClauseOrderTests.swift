import Foundation
import XCTest
@testable import YaodianCore

/// `forEachInOrder` visits a clause forest in the order of `flattened` (pre-order), on a
/// hand-built forest and on the seed documents' clauses.
final class ClauseOrderTests: XCTestCase {
    private func visited(_ forest: [Clause]) -> [String] {
        var ids: [String] = []
        forest.forEachInOrder { ids.append($0.id) }
        return ids
    }

    private func clause(_ id: String, _ children: [Clause] = []) -> Clause {
        Clause(id: id, parentID: nil, depth: id.split(separator: ".").count, markerStyle: .arabic, ordinal: 1, marker: "",
               heading: "", text: "", start: 0, end: 0, children: children)
    }

    func testHandBuiltForest() {
        let forest = [clause("1", [clause("1.1", [clause("1.1.1"), clause("1.1.2")]), clause("1.2")]), clause("2"),
                      clause("3", [clause("3.1")])]
        XCTAssertEqual(visited(forest), ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "3", "3.1"])
        XCTAssertEqual(visited(forest), forest.flattened.map(\.id))
        XCTAssertEqual(visited([]), [])
    }

    func testSeedDocuments() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")
        let (inputs, _) = InputCollector().collect([corpus.path])
        var total = 0
        for input in inputs {
            let clauses = try DocumentPipeline().process(input).get().clauses
            XCTAssertEqual(visited(clauses), clauses.flattened.map(\.id))
            total += clauses.flattened.count
        }
        XCTAssertGreaterThan(total, 100)
    }
}
