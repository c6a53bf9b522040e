import CSV
import Foundation

/// Writes a batch's output folder: `documents.jsonl`, the CSV tables (`documents.csv`,
/// `clauses.csv`, `targets.csv`, `responsibilities.csv`, `flags.csv`, `errors.csv`) and, when
/// asked, `datapackage.json` describing them (`DataPackageDescriptor`).
///
/// Documents arrive in input order and are streamed out one by one, so memory does not grow with
/// the batch. Every file is written under a temporary name and renamed into place by `finish()`,
/// so a run that dies half-way leaves the previous complete outputs.
///
/// CSV follows RFC 4180 (CRLF between records, quotes only where needed) in UTF-8. With `excel`
/// each CSV file starts with a byte order mark and cells a spreadsheet would run as formulas are
/// neutralised (`SpreadsheetSafety`); `documents.jsonl` is never changed by it.
///
/// ```swift
/// let sink = try OutputSink(directory: out, format: .all, excel: false, dataPackage: true)
/// for record in records { try sink.write(record) }
/// try sink.finish()
/// ```
public final class OutputSink: DocumentSink {
    private let jsonl: AtomicFile?
    private var tables: [AtomicFile] = []
    private let dataPackage: AtomicFile?
    private let excel: Bool
    private let lineEncoder = DocumentLineEncoder()
    public private(set) var documentCount = 0
    public private(set) var failureCount = 0

    private enum Table: Int, CaseIterable { case documents, clauses, targets, responsibilities, flags, errors }

    /// The CSV files in the order of `Table`, with their headers.
    public static let tableFiles: [(name: String, header: [String])] = [
        ("documents.csv", CSVTables.documents), ("clauses.csv", CSVTables.clauses), ("targets.csv", CSVTables.targets),
        ("responsibilities.csv", CSVTables.responsibilities), ("flags.csv", CSVTables.flags), ("errors.csv", CSVTables.errors),
    ]

    /// - Parameters:
    ///   - format: which of `documents.jsonl` and the CSV tables to write.
    ///   - excel: a byte order mark and formula-safe cells in every CSV file.
    ///   - dataPackage: also write `datapackage.json` (only when CSV tables are written).
    ///   - registry: where temporary files are recorded for deletion on interrupt.
    public init(directory: URL, format: OutputFormat = .all, excel: Bool = false, dataPackage: Bool = false,
                registry: TemporaryFileRegistry? = nil) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.excel = excel
        var names = ["documents.jsonl", DataPackageDescriptor.fileName]
        names += Self.tableFiles.map(\.name)
        for name in names { AtomicFile.removeStalePartials(for: directory.appendingPathComponent(name)) }

        jsonl = format.writesJSONLines ? try AtomicFile(directory.appendingPathComponent("documents.jsonl"), registry: registry) : nil
        if format.writesTables {
            for (name, header) in Self.tableFiles {
                let file = try AtomicFile(directory.appendingPathComponent(name), registry: registry)
                if excel { try file.write(SpreadsheetSafety.byteOrderMark) }
                try file.write(try Self.csv([header]))
                tables.append(file)
            }
        }
        if format.writesTables, dataPackage {
            let file = try AtomicFile(directory.appendingPathComponent(DataPackageDescriptor.fileName), registry: registry)
            try file.write(DataPackageDescriptor(excel: excel).json())
            self.dataPackage = file
        } else {
            self.dataPackage = nil
        }
    }

    /// Appends one document to every output.
    public func write(_ record: DocumentRecord) throws {
        try jsonl?.write(lineEncoder.encode(record))
        try write(.documents, [CSVTables.documentRow(record)])
        try write(.clauses, CSVTables.clauseRows(record))
        try write(.targets, CSVTables.targetRows(record))
        try write(.responsibilities, CSVTables.responsibilityRows(record))
        try write(.flags, CSVTables.flagRows(record))
        documentCount += 1
    }

    /// Appends one failed document to `errors.csv`.
    public func write(_ failure: DocumentFailure) throws {
        try write(.errors, [CSVTables.errorRow(failure)])
        failureCount += 1
    }

    /// Appends rows to a table in one write: each record follows a CRLF, so the file is the
    /// header and the records separated by CRLF, as CSV.swift writes a whole file.
    private func write(_ table: Table, _ rows: [[String]]) throws {
        guard !rows.isEmpty, table.rawValue < tables.count else { return }
        let cells = excel ? rows.map(SpreadsheetSafety.neutralise(row:)) : rows
        try tables[table.rawValue].write([0x0D, 0x0A] + Self.csv(cells))
    }

    /// RFC 4180 records separated by CRLF, without a CRLF at the end.
    static func csv(_ rows: [[String]]) throws -> [UInt8] {
        try CSVRecordEncoder.encode(rows)
    }

    /// Renames every file into place.
    public func finish() throws {
        try jsonl?.commit()
        for file in tables { try file.commit() }
        try dataPackage?.commit()
    }

    /// Deletes the temporary files, leaving any previous outputs untouched.
    public func abandon() {
        jsonl?.discard()
        for file in tables { file.discard() }
        dataPackage?.discard()
    }
}
