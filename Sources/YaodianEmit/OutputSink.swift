import CSV
import Foundation
import YaodianModel

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
    /// Encodes documents for this sink; call it on any thread, then `write(encoded:)`.
    public let encoder: OutputEncoder
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
        self.encoder = OutputEncoder(format: format, excel: excel)
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
        try write(encoded: encoder.encode(record))
        documentCount += 1
    }

    /// Appends one failed document to `errors.csv`.
    public func write(_ failure: DocumentFailure) throws {
        try write(encoded: encoder.encode(failure))
        failureCount += 1
    }

    /// Appends a document or failure that `encoder` has encoded.
    public func write(prepared encoded: OutputEncoder.Encoded) throws {
        try write(encoded: encoded)
        if encoded.isFailure { failureCount += 1 } else { documentCount += 1 }
    }

    private func write(encoded: OutputEncoder.Encoded) throws {
        if let line = encoded.jsonLine { try jsonl?.write(line) }
        for (table, bytes) in zip(tables, encoded.tables) where !bytes.isEmpty {
            try table.write(bytes)
        }
    }

    /// RFC 4180 records separated by CRLF, without a CRLF at the end.
    package static func csv(_ rows: [[String]]) throws -> [UInt8] {
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
