import Foundation
import XCTest
@testable import YaodianCore

/// Compares the pipeline's output on `corpus/` with the hand-written gold in `corpus/gold/`:
/// metadata, noise that must not survive, body anchors that must, and the whole clause tree.
/// Any difference fails, with every difference listed.
final class GoldCorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")

    typealias Gold = GoldAnnotation

    static func loadGold() throws -> [(String, Gold)] {
        let dir = corpus.appendingPathComponent("gold")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { name in
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            return (String(name.dropLast(5)), try JSONDecoder().decode(Gold.self, from: data))
        }
    }

    static func records() -> [String: DocumentRecord] {
        let (inputs, _) = InputCollector().collect([corpus.path])
        var out: [String: DocumentRecord] = [:]
        for input in inputs {
            if case .success(let record) = DocumentPipeline().process(input) { out[record.docID] = record }
        }
        return out
    }

    func testGoldCoversEverySeed() throws {
        let gold = try Self.loadGold()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }
        XCTAssertEqual(gold.count, seeds.count, "every document in corpus/ needs a gold file")
        XCTAssertGreaterThanOrEqual(gold.count, 5)
    }

    func testOutputMatchesGold() throws {
        let records = Self.records()
        var differences: [String] = []
        for (docID, gold) in try Self.loadGold() {
            guard let record = records[docID] else {
                differences.append("\(docID): not extracted")
                continue
            }
            differences += Self.compare(record, gold).map { "\(docID): \($0)" }
        }
        XCTAssert(differences.isEmpty, "\(differences.count) differences from gold:\n" + differences.joined(separator: "\n"))
    }

    static func compare(_ record: DocumentRecord, _ gold: Gold) -> [String] {
        var diffs: [String] = []
        func check(_ field: String, _ got: String, _ want: String) {
            if got != want { diffs.append("\(field): got 「\(got)」 want 「\(want)」") }
        }
        check("format", record.format, gold.format ?? "")
        let m = record.metadata
        let g = gold.metadata
        check("title", m.title, g?.title ?? "")
        check("doc_number", m.docNumber, g?.doc_number ?? "")
        check("publisher", m.publisher, g?.publisher ?? "")
        check("published_date", m.publishedDate, g?.published_date ?? "")
        check("written_date", m.writtenDate, g?.written_date ?? "")
        check("index_number", m.indexNumber, g?.index_number ?? "")
        check("region", m.region, g?.region ?? "")
        check("plan_year", m.planYear, g?.plan_year ?? "")
        for noise in gold.noise ?? [] where record.body.contains(noise) { diffs.append("noise survived: 「\(noise)」") }
        for anchor in gold.anchors ?? [] where !record.body.contains(anchor) { diffs.append("anchor missing: 「\(anchor)」") }
        if let flags = gold.flags {
            check("flags", Set(record.flags.map(\.flag.rawValue)).sorted().joined(separator: ";"), Set(flags).sorted().joined(separator: ";"))
        }
        let want = gold.flatClauses.map { ($0.path, $0.parent, $0.node) }
        let got = record.clauses.flattened
        let byID = Dictionary(got.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (id, parent, node) in want {
            guard let c = byID[id] else {
                diffs.append("clause \(id) \(node.marker)\(node.heading) missing")
                continue
            }
            let label = "clause \(id) \(node.marker)"
            check("\(label) style", c.markerStyle.rawValue, node.style)
            check("\(label) ordinal", c.ordinal.map { "\($0)" } ?? "null", node.ordinal.map { "\($0)" } ?? "null")
            check("\(label) marker", c.marker, node.marker)
            check("\(label) heading", c.heading, node.heading)
            check("\(label) parent", c.parentID ?? "-", parent ?? "-")
            if let text = node.text { check("\(label) text", c.text, text) }
            let span = Array(record.body.unicodeScalars)[c.start..<c.end]
            if !String(String.UnicodeScalarView(span)).hasPrefix(c.marker) { diffs.append("\(label) span does not start with its marker") }
        }
        let wantIDs = Set(want.map(\.0))
        for c in got where !wantIDs.contains(c.id) { diffs.append("extra clause \(c.id) \(c.marker)\(c.heading)") }
        return diffs
    }
}
