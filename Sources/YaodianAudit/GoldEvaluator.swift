import Foundation
import YaodianText
import YaodianModel

/// Scores extraction output against gold annotations, per field family and per document
/// (`yaodian eval`). A family the gold of a document does not annotate is not scored for it.
///
/// Families: `clauses` (path, style, ordinal and heading), `headings` (path and heading),
/// `clause_text` (path and text, where the gold gives one), `metadata` (each non-empty field),
/// `noise` (each noise string absent from the body), `anchors` (each anchor present), `targets`
/// (rows paired with gold rows by `GoldTargetMatcher`: clause, value, maximum, unit, comparator,
/// masking and indicator), `comparators` (value, unit and comparator, wherever the row sits),
/// `kinds` and `deadlines` (paired rows whose kind, or deadline, is the gold's),
/// `responsibilities` (clause, name, role, party kind), `flags` (flag names), `truncation`
/// (the `truncated` flag agrees with the gold's `truncated`, one per document) and `not_targets`
/// (each listed string that no target's `raw` lies within). Each metadata field is also scored
/// on its own as `meta.<field>`: right when the output equals the gold, so a value where the gold
/// is empty is wrong. Rows matching a gold `targets_optional` entry are not counted.
public struct GoldEvaluator: Sendable {
    public static let metadataFields = ["title", "doc_number", "publisher", "published_date", "written_date",
                                        "index_number", "region", "plan_year"]
    public static let families = ["clauses", "headings", "clause_text", "metadata"] + metadataFields.map { "meta.\($0)" }
        + ["noise", "anchors", "targets", "comparators", "kinds", "deadlines", "not_targets", "responsibilities", "flags", "truncation"]

    /// The scores of one document, by family.
    public struct DocumentScores: Sendable, Codable {
        public var docID: String
        public var families: [String: Score]
        public var missing: Bool

        package enum CodingKeys: String, CodingKey { case docID = "doc_id", families, missing }
    }

    /// Scores of a whole evaluation.
    public struct Report: Sendable, Codable {
        public var overall: [String: Score]
        public var documents: [DocumentScores]
    }

    public init() {}

    public func evaluate(gold: [(docID: String, annotation: GoldAnnotation)], output: [String: DocumentRecord]) -> Report {
        var documents: [DocumentScores] = []
        var overall: [String: Score] = [:]
        for (docID, annotation) in gold.sorted(by: { $0.docID < $1.docID }) {
            let scores: [String: Score]
            let missing = output[docID] == nil
            if let record = output[docID] {
                scores = score(record, annotation)
            } else {
                // A document the tool did not produce scores zero on everything the gold expects.
                scores = score(nil, annotation)
            }
            for (family, s) in scores { overall[family, default: Score()] = overall[family, default: Score()] + s }
            documents.append(DocumentScores(docID: docID, families: scores, missing: missing))
        }
        return Report(overall: overall, documents: documents)
    }

    package func score(_ record: DocumentRecord?, _ gold: GoldAnnotation) -> [String: Score] {
        var s: [String: Score] = [:]
        let flat = record?.clauses.flattened ?? []
        let goldFlat = gold.flatClauses
        s["clauses"] = Score.compare(predicted: flat.map { "\($0.id)|\($0.markerStyle.rawValue)|\($0.ordinal ?? -1)|\($0.heading)" },
                                     expected: goldFlat.map { "\($0.path)|\($0.node.style)|\($0.node.ordinal ?? -1)|\($0.node.heading)" })
        s["headings"] = Score.compare(predicted: flat.map { "\($0.id)|\($0.heading)" },
                                      expected: goldFlat.map { "\($0.path)|\($0.node.heading)" })
        let withText = goldFlat.filter { $0.node.text != nil }
        if !withText.isEmpty {
            let paths = Set(withText.map(\.path))
            s["clause_text"] = Score.compare(predicted: flat.filter { paths.contains($0.id) }.map { "\($0.id)|\($0.text)" },
                                             expected: withText.map { "\($0.path)|\($0.node.text ?? "")" })
        }
        if let m = gold.metadata {
            let got = record?.metadata
            let pairs: [(String, String?, String?)] = [
                ("title", m.title, got?.title), ("doc_number", m.doc_number, got?.docNumber), ("publisher", m.publisher, got?.publisher),
                ("published_date", m.published_date, got?.publishedDate), ("written_date", m.written_date, got?.writtenDate),
                ("index_number", m.index_number, got?.indexNumber), ("region", m.region, got?.region), ("plan_year", m.plan_year, got?.planYear),
            ]
            var predicted: [String] = []
            var expected: [String] = []
            for (name, want, have) in pairs {
                guard let want else { continue }
                let right = (have ?? "") == want
                s["meta.\(name)"] = Score(truePositives: right ? 1 : 0, predicted: 1, expected: 1)
                if !want.isEmpty { expected.append("\(name)|\(want)") }
                if let have, !have.isEmpty { predicted.append("\(name)|\(have)") }
            }
            s["metadata"] = Score.compare(predicted: predicted, expected: expected)
        }
        let body = record?.body ?? ""
        if let noise = gold.noise, !noise.isEmpty {
            let clean = noise.filter { record != nil && !body.contains($0) }.count
            s["noise"] = Score(truePositives: clean, predicted: noise.count, expected: noise.count)
        }
        if let anchors = gold.anchors, !anchors.isEmpty {
            let kept = anchors.filter { body.contains($0) }.count
            s["anchors"] = Score(truePositives: kept, predicted: anchors.count, expected: anchors.count)
        }
        if let targets = gold.targets {
            let got = Self.withoutOptional(record?.targets ?? [], gold.targets_optional ?? [])
            func key(_ v: Double?, _ u: String) -> String { "\(DecimalText.format(v))|\(u)" }
            let pairs = GoldTargetMatcher.pairs(got, targets)
            func paired(_ agree: (Target, GoldAnnotation.TargetRow) -> Bool) -> Score {
                Score(truePositives: pairs.filter { agree(got[$0.row], targets[$0.gold]) }.count, predicted: got.count, expected: targets.count)
            }
            s["targets"] = paired { _, _ in true }
            s["comparators"] = Score.compare(predicted: got.map { key($0.value, $0.unit) + "|\($0.comparator.rawValue)" },
                                             expected: targets.map { key($0.value, $0.unit) + "|\($0.comparator)" })
            s["kinds"] = paired { $0.kind.rawValue == ($1.kind ?? "target") }
            s["deadlines"] = paired { $0.deadline == ($1.deadline ?? "") }
        }
        if let banned = gold.not_targets, !banned.isEmpty {
            let raws = (record?.targets ?? []).map(\.raw).filter { !$0.isEmpty }
            let clean = banned.filter { record != nil && !Self.isHit($0, raws) }.count
            s["not_targets"] = Score(truePositives: clean, predicted: banned.count, expected: banned.count)
        }
        if let parties = gold.responsibilities {
            let got = record?.responsibilities ?? []
            s["responsibilities"] = Score.compare(
                predicted: got.map { "\($0.clauseID ?? "")|\($0.name)|\($0.role.rawValue)|\($0.partyKind.rawValue)" },
                expected: parties.map { "\($0.clause ?? "")|\($0.name)|\($0.role)|\($0.party_kind)" })
        }
        if let flags = gold.flags {
            let got = Set((record?.flags ?? []).map(\.flag.rawValue))
            s["flags"] = Score.compare(predicted: got.sorted(), expected: Array(Set(flags)).sorted())
        }
        if let truncated = gold.truncated {
            let flagged = record?.flags.contains { $0.flag == .truncated } ?? false
            s["truncation"] = Score(truePositives: record != nil && flagged == truncated ? 1 : 0, predicted: 1, expected: 1)
        }
        return s
    }

    /// The rows left when each optional gold quantity takes out (at most) one row with its value,
    /// unit and, when the entry names one, clause.
    package static func withoutOptional(_ rows: [Target], _ optional: [GoldAnnotation.OptionalTarget]) -> [Target] {
        var rows = rows
        for entry in optional {
            if let i = rows.firstIndex(where: { row in
                row.value == entry.value && (entry.unit.map { $0 == row.unit } ?? true)
                    && (entry.clause.map { $0 == row.clauseID } ?? true)
            }) {
                rows.remove(at: i)
            }
        }
        return rows
    }

    /// Whether a target's `raw` lies within the string the gold says is never a target on its own.
    package static func isHit(_ banned: String, _ raws: [String]) -> Bool {
        raws.contains { banned.contains($0) }
    }
}

