import XCTest
@testable import YaodianCore

/// `ClauseIDIndex` answers as a `[String: Int]` filled in list order: the last index of an ID.
final class ClauseIDIndexTests: XCTestCase {
    private func clauses(_ ids: [String]) -> [Clause] {
        ids.enumerated().map { k, id in
            Clause(id: id, parentID: nil, depth: 1, markerStyle: .arabic, ordinal: k + 1, marker: "", heading: "", text: "",
                   start: k, end: k + 1)
        }
    }

    private func dictionary(_ ids: [String]) -> [String: Int] {
        var byID: [String: Int] = [:]
        for (i, id) in ids.enumerated() { byID[id] = i }
        return byID
    }

    func testAgreesWithADictionary() {
        let cases: [[String]] = [
            [],
            ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "10", "10.10"],
            ["1", "2", "1", "3", "2"],                       // repeated IDs: the last one
            ["1", "K", "é", "2"],                            // not all ASCII: the dictionary
            (1...300).map { "\($0 % 37).\($0 % 11)" },       // many, with repeats and collisions
        ]
        let queries = ["1", "2", "3", "1.1", "2.1.1", "10.10", "K", "\u{212A}", "e\u{301}", "é", "", "9.9", "0.1"]
        for ids in cases {
            let index = ClauseIDIndex(clauses(ids))
            let byID = dictionary(ids)
            for q in queries + ids {
                XCTAssertEqual(index.index(of: q), byID[q], "\(q) in \(ids.prefix(8))")
            }
        }
    }
}
