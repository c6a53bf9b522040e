import CSV
import Foundation

/// Writes a batch's output folder: `documents.jsonl` and the CSV tables (`documents.csv`,
/// `clauses.csv`, `targets.csv`, `responsibilities.csv`, `flags.csv`, `errors.csv`).
///
/// Documents arrive in input order and are streamed out one by one, so memory does not grow with
/// the batch. Every file is written under a temporary name and renamed into place by `finish()`,
/// so a run that dies half-way leaves the previous complete outputs.
public final class OutputSink {
    private let jsonl: AtomicFile
    private var tables: [(AtomicFile, CSVWriter)] = []
    private let encoder: JSONEncoder
    public private(set) var documentCount = 0
    public private(set) var failureCount = 0

    private enum Table: Int { case documents, clauses, targets, responsibilities, flags, errors }

    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        jsonl = try AtomicFile(directory.appendingPathComponent("documents.jsonl"))
        let specs: [(String, [String])] = [
            ("documents.csv", CSVTables.documents), ("clauses.csv", CSVTables.clauses), ("targets.csv", CSVTables.targets),
            ("responsibilities.csv", CSVTables.responsibilities), ("flags.csv", CSVTables.flags), ("errors.csv", CSVTables.errors),
        ]
        for (name, header) in specs {
            let file = try AtomicFile(directory.appendingPathComponent(name))
            let writer = try CSVWriter(stream: file.stream, newline: .crlf)
            try writer.write(row: header)
            tables.append((file, writer))
        }
        encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    }

    /// Appends one document to every output.
    public func write(_ record: DocumentRecord) throws {
        var line = try encoder.encode(record)
        line.append(0x0A)
        try jsonl.write([UInt8](line))
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

    private func write(_ table: Table, _ rows: [[String]]) throws {
        let writer = tables[table.rawValue].1
        for row in rows { try writer.write(row: row) }
    }

    /// Renames every file into place.
    public func finish() throws {
        try jsonl.commit()
        for (file, writer) in tables {
            writer.stream.close()
            try file.commit()
        }
    }

    /// Deletes the temporary files, leaving any previous outputs untouched.
    public func abandon() {
        jsonl.discard()
        for (file, _) in tables { file.discard() }
    }
}
