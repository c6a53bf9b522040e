/// A hand-written annotation of one document, in the format of `corpus/gold/<doc_id>.json`.
///
/// Every family is optional except the clause tree, so a team can annotate only what it checks:
/// `metadata`, `noise` (strings that must not survive cleaning), `anchors` (strings the body must
/// keep), `clauses` (a nested tree of `{style, ordinal, marker, heading, text?, children}`),
/// `targets`, `responsibilities` and `flags`; `truncated` (whether the text is cut off),
/// `targets_optional` (quantities a careful tool may emit or skip, counted neither way) and
/// `not_targets` (substrings that must never be a target's `raw` on their own). Other keys
/// (`doc`, `note`, a target's `raw`) are for reviewers and are ignored.
public struct GoldAnnotation: Sendable, Decodable {
    /// Document metadata as the guide defines it; a missing key is not scored.
    public struct Metadata: Sendable, Decodable {
        public var title, doc_number, publisher, published_date, written_date, index_number, region, plan_year: String?
    }

    /// One clause of the gold tree.
    public struct Node: Sendable, Decodable {
        public var style: String
        public var ordinal: Int?
        public var marker: String
        public var heading: String
        public var text: String?
        public var children: [Node]?
    }

    /// One target row; `clause` is the clause path (`"2.1.3"`).
    public struct TargetRow: Sendable, Decodable {
        public var clause: String?
        public var indicator: String?
        public var comparator: String
        public var value: Double?
        public var value_max: Double?
        public var unit: String
        public var deadline: String?
        public var kind: String?
        public var redacted: Bool?
    }

    /// A quantity the tool may emit or skip: a row with its value and unit (and clause, when
    /// given) is taken out of the output before targets are scored.
    public struct OptionalTarget: Sendable, Decodable {
        public var clause: String?
        public var value: Double?
        public var unit: String?
    }

    /// One party of a responsibility tag.
    public struct PartyRow: Sendable, Decodable {
        public var clause: String?
        public var party_kind: String
        public var role: String
        public var name: String
        public var label: String?
    }

    public var source: String?
    public var format: String?
    public var metadata: Metadata?
    public var noise: [String]?
    public var anchors: [String]?
    public var clauses: [Node]
    public var targets: [TargetRow]?
    public var responsibilities: [PartyRow]?
    public var flags: [String]?
    public var truncated: Bool?
    public var targets_optional: [OptionalTarget]?
    public var not_targets: [String]?

    /// The gold tree flattened to (path, parent path, node) in document order.
    public var flatClauses: [(path: String, parent: String?, node: Node)] {
        var out: [(String, String?, Node)] = []
        var stack: [(Node, String, String?)] = clauses.enumerated().reversed().map { ($0.element, "\($0.offset + 1)", nil) }
        while let (node, path, parent) = stack.popLast() {
            out.append((path, parent, node))
            for (i, child) in (node.children ?? []).enumerated().reversed() {
                stack.append((child, "\(path).\(i + 1)", path))
            }
        }
        return out
    }
}
