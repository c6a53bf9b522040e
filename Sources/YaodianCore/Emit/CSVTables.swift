/// The columns of every CSV table (the end-to-end issue and the extraction guide), and how one
/// document becomes rows of each.
public enum CSVTables {
    public static let documents = ["doc_id", "source_path", "title", "doc_number", "publisher", "published_date",
                                   "written_date", "index_number", "region", "plan_year", "truncated", "flags",
                                   "format", "encoding", "sha256", "attachments", "clause_coverage", "unexplained_numbers"]
    public static let clauses = ["doc_id", "clause_id", "parent_id", "depth", "marker_style", "ordinal", "marker",
                                 "heading", "text", "start", "end"]
    public static let targets = ["doc_id", "clause_id", "indicator", "comparator", "value", "value_max", "unit",
                                 "deadline", "kind", "redacted", "raw", "start", "end"]
    public static let responsibilities = ["doc_id", "clause_id", "party_kind", "role", "name", "label", "raw", "start", "end"]
    public static let flags = ["doc_id", "flag", "detail", "start", "end"]
    public static let errors = ["doc_id", "source_path", "stage", "error"]

    public static func documentRow(_ r: DocumentRecord) -> [String] {
        let m = r.metadata
        let flagNames = Array(Set(r.flags.map(\.flag.rawValue))).sorted().joined(separator: ";")
        return [r.docID, r.sourcePath, m.title, m.docNumber, m.publisher, m.publishedDate, m.writtenDate, m.indexNumber,
                m.region, m.planYear, r.truncated ? "true" : "false", flagNames, r.format, r.encoding, r.sha256,
                m.attachments.joined(separator: ";"), number(r.confidence.clauseCoverage), String(r.confidence.unexplainedNumbers)]
    }

    public static func clauseRows(_ r: DocumentRecord) -> [[String]] {
        r.clauses.flattened.map {
            [r.docID, $0.id, $0.parentID ?? "", String($0.depth), $0.markerStyle.rawValue, $0.ordinal.map { String($0) } ?? "",
             $0.marker, $0.heading, $0.text, String($0.start), String($0.end)]
        }
    }

    public static func targetRows(_ r: DocumentRecord) -> [[String]] {
        r.targets.map {
            [r.docID, $0.clauseID ?? "", $0.indicator, $0.comparator.rawValue, number($0.value), number($0.valueMax), $0.unit,
             $0.deadline, $0.kind.rawValue, $0.redacted ? "true" : "false", $0.raw, String($0.start), String($0.end)]
        }
    }

    public static func responsibilityRows(_ r: DocumentRecord) -> [[String]] {
        r.responsibilities.map {
            [r.docID, $0.clauseID ?? "", $0.partyKind.rawValue, $0.role.rawValue, $0.name, $0.label, $0.raw, String($0.start), String($0.end)]
        }
    }

    public static func flagRows(_ r: DocumentRecord) -> [[String]] {
        r.flags.map { [r.docID, $0.flag.rawValue, $0.detail, String($0.start), String($0.end)] }
    }

    public static func errorRow(_ f: DocumentFailure) -> [String] {
        [f.docID, f.sourcePath, f.stage, f.error]
    }

    /// Numbers as written: `30` not `30.0`, `3.09` not `3.0899999`.
    public static func number(_ value: Double?) -> String {
        guard let v = value else { return "" }
        if v.rounded() == v, abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }
}
