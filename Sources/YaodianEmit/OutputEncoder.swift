import YaodianModel

/// Encodes one document into the bytes `OutputSink` appends to each of its files. It holds no
/// state, so the workers of a batch encode their documents in parallel and the sink only writes.
public struct OutputEncoder: Sendable {
    public let format: OutputFormat
    public let excel: Bool
    private let lineEncoder = DocumentLineEncoder()

    public init(format: OutputFormat = .all, excel: Bool = false) {
        self.format = format
        self.excel = excel
    }

    /// A document's bytes: its JSON line, and for each CSV table (in `OutputSink.tableFiles`
    /// order) its rows, each preceded by CRLF (empty when it has none).
    public struct Encoded: Sendable {
        public var jsonLine: [UInt8]?
        public var tables: [[UInt8]]
        /// The bytes of a document that could not be processed (an `errors.csv` row).
        public var isFailure = false
    }

    /// The bytes of a processed document.
    public func encode(_ record: DocumentRecord) throws -> Encoded {
        let line = format.writesJSONLines ? try lineEncoder.encode(record) : nil
        guard format.writesTables else { return Encoded(jsonLine: line, tables: []) }
        // Rows go straight into each table's bytes (`CSVRowWriter`); clause texts are most of them.
        var documents = CSVRowWriter(excel: excel, capacity: 512)
        try CSVTables.writeDocumentRow(record, to: &documents)
        var clauses = CSVRowWriter(excel: excel, capacity: record.body.utf8.count * 5 / 4 + 256)
        try CSVTables.writeClauseRows(record, to: &clauses)
        var targets = CSVRowWriter(excel: excel)
        try CSVTables.writeTargetRows(record, to: &targets)
        var responsibilities = CSVRowWriter(excel: excel)
        try CSVTables.writeResponsibilityRows(record, to: &responsibilities)
        var flags = CSVRowWriter(excel: excel)
        try CSVTables.writeFlagRows(record, to: &flags)
        return Encoded(jsonLine: line, tables: [documents.bytes, clauses.bytes, targets.bytes, responsibilities.bytes, flags.bytes, []])
    }

    /// The bytes of a failed document (a row of `errors.csv`).
    public func encode(_ failure: DocumentFailure) throws -> Encoded {
        guard format.writesTables else { return Encoded(jsonLine: nil, tables: [], isFailure: true) }
        return Encoded(jsonLine: nil, tables: [[], [], [], [], [], try rows([CSVTables.errorRow(failure)])], isFailure: true)
    }

    /// Records each preceded by CRLF, so that a file is its header and records separated by CRLF,
    /// as CSV.swift writes a whole file.
    private func rows(_ rows: [[String]]) throws -> [UInt8] {
        guard !rows.isEmpty else { return [] }
        let cells = excel ? rows.map(SpreadsheetSafety.neutralise(row:)) : rows
        var bytes: [UInt8] = [0x0D, 0x0A]
        bytes.append(contentsOf: try CSVRecordEncoder.encode(cells))
        return bytes
    }
}
