import YaodianText
import YaodianModel

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
        var rows: [[String]] = []
        r.clauses.forEachInOrder { c in rows.append(stringRow { clauseCells(r.docID, c, into: &$0) }) }
        return rows
    }

    public static func targetRows(_ r: DocumentRecord) -> [[String]] {
        r.targets.map { t in stringRow { targetCells(r.docID, t, into: &$0) } }
    }

    public static func responsibilityRows(_ r: DocumentRecord) -> [[String]] {
        r.responsibilities.map { p in stringRow { responsibilityCells(r.docID, p, into: &$0) } }
    }

    public static func flagRows(_ r: DocumentRecord) -> [[String]] {
        r.flags.map { f in stringRow { flagCells(r.docID, f, into: &$0) } }
    }

    private static func stringRow(_ cells: (inout CSVStringRow) -> Void) -> [String] {
        var row = CSVStringRow()
        cells(&row)
        return row.cells
    }

    // MARK: The cells of each table, stated once (`CSVCellSink`)

    package static func clauseCells<S: CSVCellSink>(_ docID: String, _ c: Clause, into s: inout S) {
        s.field(docID)
        s.field(c.id)
        s.field(c.parentID ?? "")
        s.field(c.depth)
        s.field(c.markerStyle.rawValue)
        s.field(c.ordinal)
        s.field(c.marker)
        s.field(c.heading)
        s.field(c.text)
        s.field(c.start)
        s.field(c.end)
    }

    package static func targetCells<S: CSVCellSink>(_ docID: String, _ t: Target, into s: inout S) {
        s.field(docID)
        s.field(t.clauseID ?? "")
        s.field(t.indicator)
        s.field(t.comparator.rawValue)
        s.field(number(t.value))
        s.field(number(t.valueMax))
        s.field(t.unit)
        s.field(t.deadline)
        s.field(t.kind.rawValue)
        s.field(t.redacted ? "true" : "false")
        s.field(t.raw)
        s.field(t.start)
        s.field(t.end)
    }

    package static func responsibilityCells<S: CSVCellSink>(_ docID: String, _ p: Responsibility, into s: inout S) {
        s.field(docID)
        s.field(p.clauseID ?? "")
        s.field(p.partyKind.rawValue)
        s.field(p.role.rawValue)
        s.field(p.name)
        s.field(p.label)
        s.field(p.raw)
        s.field(p.start)
        s.field(p.end)
    }

    package static func flagCells<S: CSVCellSink>(_ docID: String, _ f: QualityFlag, into s: inout S) {
        s.field(docID)
        s.field(f.flag.rawValue)
        s.field(f.detail)
        s.field(f.start)
        s.field(f.end)
    }

    public static func errorRow(_ f: DocumentFailure) -> [String] {
        [f.docID, f.sourcePath, f.stage, f.error]
    }

    /// Numbers as written: `30` not `30.0`, `3.09` not `3.0899999`.
    public static func number(_ value: Double?) -> String { DecimalText.format(value) }
}
