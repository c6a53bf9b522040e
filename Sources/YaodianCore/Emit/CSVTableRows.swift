/// The rows of each CSV table written straight into a `CSVRowWriter`: the same cells, in the
/// same order, as `CSVTables`' row functions, which stay the readable statement of each table
/// (and what `CSVRowWriterTests` compares these with).
extension CSVTables {
    static func writeDocumentRow(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        w.beginRow()
        for cell in documentRow(r) { try w.field(cell) }
    }

    static func writeClauseRows(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        // Pre-order, as `flattened`, without copying the clauses into an array first.
        try r.clauses.forEachInOrder { c in
            w.beginRow()
            try w.field(r.docID)
            try w.field(c.id)
            try w.field(c.parentID ?? "")
            w.field(c.depth)
            try w.field(c.markerStyle.rawValue)
            w.field(c.ordinal)
            try w.field(c.marker)
            try w.field(c.heading)
            try w.field(c.text)
            w.field(c.start)
            w.field(c.end)
        }
    }

    static func writeTargetRows(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        for t in r.targets {
            w.beginRow()
            try w.field(r.docID)
            try w.field(t.clauseID ?? "")
            try w.field(t.indicator)
            try w.field(t.comparator.rawValue)
            try w.field(number(t.value))
            try w.field(number(t.valueMax))
            try w.field(t.unit)
            try w.field(t.deadline)
            try w.field(t.kind.rawValue)
            try w.field(t.redacted ? "true" : "false")
            try w.field(t.raw)
            w.field(t.start)
            w.field(t.end)
        }
    }

    static func writeResponsibilityRows(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        for p in r.responsibilities {
            w.beginRow()
            try w.field(r.docID)
            try w.field(p.clauseID ?? "")
            try w.field(p.partyKind.rawValue)
            try w.field(p.role.rawValue)
            try w.field(p.name)
            try w.field(p.label)
            try w.field(p.raw)
            w.field(p.start)
            w.field(p.end)
        }
    }

    static func writeFlagRows(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        for f in r.flags {
            w.beginRow()
            try w.field(r.docID)
            try w.field(f.flag.rawValue)
            try w.field(f.detail)
            w.field(f.start)
            w.field(f.end)
        }
    }
}
