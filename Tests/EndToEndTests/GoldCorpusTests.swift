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
        // Indicators that are fragments of the gold's are known defects, listed one a line in
        // known-indicator-fragments.txt: a new one fails, and so does a fixed one still listed.
        let known = try String(contentsOf: Self.knownFragments, encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let fragments = differences.filter { $0.contains(": indicator 「") }
        let others = differences.filter { !$0.contains(": indicator 「") }
        XCTAssert(others.isEmpty, "\(others.count) differences from gold:\n" + others.joined(separator: "\n"))
        let new = Set(fragments).subtracting(known).sorted(), fixed = Set(known).subtracting(fragments).sorted()
        XCTAssert(new.isEmpty && fixed.isEmpty && fragments.count == known.count,
                  "indicator fragments differ from known-indicator-fragments.txt; new:\n\(new.joined(separator: "\n"))\nfixed:\n\(fixed.joined(separator: "\n"))")
    }

    static let knownFragments = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("known-indicator-fragments.txt")

    /// Targets must match the gold exactly as a multiset of (clause, value, value_max, unit,
    /// comparator, deadline, kind, redacted); the indicator must hold at least half of the gold
    /// indicator's characters (`GoldTargetMatcher.indicatorOverlap`, measured on the gold's
    /// length, so a fragment does not pass).
    static func compareTargets(_ record: DocumentRecord, _ gold: Gold) -> [String] {
        guard let goldTargets = gold.targets else { return [] }
        func key(_ clause: String?, _ v: Double?, _ m: Double?, _ unit: String, _ cmp: String, _ deadline: String, _ kind: String, _ redacted: Bool) -> String {
            [clause ?? "", CSVTables.number(v), CSVTables.number(m), unit, cmp, deadline, kind, redacted ? "redacted" : ""].joined(separator: "|")
        }
        var pool = record.targets.map { (key($0.clauseID, $0.value, $0.valueMax, $0.unit, $0.comparator.rawValue, $0.deadline, $0.kind.rawValue, $0.redacted), $0.indicator) }
        var diffs: [String] = []
        for t in goldTargets {
            let k = key(t.clause, t.value, t.value_max, t.unit, t.comparator, t.deadline ?? "", t.kind ?? "target", t.redacted ?? false)
            let candidates = pool.indices.filter { pool[$0].0 == k }
            let overlap = { (i: Int) in GoldTargetMatcher.indicatorOverlap(pool[i].1, gold: t.indicator ?? "") }
            guard let best = candidates.max(by: { overlap($0) < overlap($1) }) else {
                diffs.append("target missing: \(k) 「\(t.indicator ?? "")」")
                continue
            }
            if let name = t.indicator, overlap(best) < GoldTargetMatcher.minimumIndicatorOverlap {
                diffs.append("target \(k): indicator 「\(pool[best].1)」, gold 「\(name)」")
            }
            pool.remove(at: best)
        }
        diffs += pool.map { "extra target: \($0.0) 「\($0.1)」" }
        return diffs
    }

    /// Responsibility parties must match exactly: clause, name, role, party kind and label.
    static func compareResponsibilities(_ record: DocumentRecord, _ gold: Gold) -> [String] {
        guard let parties = gold.responsibilities else { return [] }
        let got = record.responsibilities.map { "\($0.clauseID ?? "")|\($0.name)|\($0.role.rawValue)|\($0.partyKind.rawValue)|\($0.label)" }
        let want = parties.map { "\($0.clause ?? "")|\($0.name)|\($0.role)|\($0.party_kind)|\($0.label ?? "")" }
        var counts: [String: Int] = [:]
        for w in want { counts[w, default: 0] += 1 }
        for g in got { counts[g, default: 0] -= 1 }
        return counts.filter { $0.value != 0 }.keys.sorted().map { k in
            (counts[k] ?? 0) > 0 ? "party missing: \(k)" : "extra party: \(k)"
        }
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
        diffs += compareTargets(record, gold)
        diffs += compareResponsibilities(record, gold)
        let wantIDs = Set(want.map(\.0))
        for c in got where !wantIDs.contains(c.id) { diffs.append("extra clause \(c.id) \(c.marker)\(c.heading)") }
        return diffs
    }
}
