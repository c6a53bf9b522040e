import YaodianModel

/// The rows of each CSV table written straight into a `CSVRowWriter`, each from the same cell
/// functions (`clauseCells` …) as `CSVTables`' `[String]` row functions, so a table's columns are
/// stated once.
extension CSVTables {
    package static func writeDocumentRow(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        w.beginRow()
        for cell in documentRow(r) { w.field(cell) }
        try rethrowFailure(of: w)
    }

    package static func writeClauseRows(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        // Pre-order, as `flattened`, without copying the clauses into an array first.
        r.clauses.forEachInOrder { c in
            w.beginRow()
            clauseCells(r.docID, c, into: &w)
        }
        try rethrowFailure(of: w)
    }

    package static func writeTargetRows(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        for t in r.targets {
            w.beginRow()
            targetCells(r.docID, t, into: &w)
        }
        try rethrowFailure(of: w)
    }

    package static func writeResponsibilityRows(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        for p in r.responsibilities {
            w.beginRow()
            responsibilityCells(r.docID, p, into: &w)
        }
        try rethrowFailure(of: w)
    }

    package static func writeFlagRows(_ r: DocumentRecord, to w: inout CSVRowWriter) throws {
        for f in r.flags {
            w.beginRow()
            flagCells(r.docID, f, into: &w)
        }
        try rethrowFailure(of: w)
    }

    private static func rethrowFailure(of w: CSVRowWriter) throws {
        if let failure = w.failure { throw failure }
    }
}
