import Foundation
import GRDB
import YaodianModel

/// Writes a batch into a SQLite database (`extract --sqlite FILE`) with the schema of
/// `DatabaseSchema`, one transaction per document.
///
/// The database accumulates across runs: a document's rows are replaced (deleted and inserted
/// again in the same transaction) when it is processed, so a reader never sees half a document
/// or a mix of two versions; documents not in the run keep their rows. A document whose
/// `sha256` and `source_path` are those already stored is skipped (its rows stay as they are)
/// unless `force` is set. A document that fails loses its old rows and gets a row in `errors`;
/// a document that succeeds loses its old `errors` rows. Every run adds a row to `runs` when it
/// starts and fills in `finished_at` and the counts when it finishes, so a run that was killed
/// is the one with `finished_at` NULL; documents committed before the kill are complete.
///
/// The database uses WAL journaling, so other processes can read while a run writes.
///
/// ```swift
/// let db = try SQLiteWriter(url: URL(fileURLWithPath: "plans.sqlite"), inputs: ["corpus"], force: false)
/// try db.write(record)        // replaced, or skipped if unchanged
/// try db.finish()             // runs.finished_at, counts
/// ```
public final class SQLiteWriter: DocumentSink {
    /// What happened to the documents of this run in the database.
    public struct Counts: Sendable, Hashable {
        /// Documents whose rows were (re)written.
        public var written = 0
        /// Unchanged documents left as they were.
        public var skipped = 0
        /// Documents recorded in `errors`.
        public var failed = 0

        public init(written: Int = 0, skipped: Int = 0, failed: Int = 0) {
            self.written = written
            self.skipped = skipped
            self.failed = failed
        }
    }

    /// What `write(_:)` did with one document.
    public enum Outcome: Sendable, Hashable {
        case written, skipped, failed
    }

    private let queue: DatabaseQueue
    private let force: Bool
    /// The `runs.run_id` of this run.
    public let runID: Int64
    public private(set) var counts = Counts()

    /// Opens (creating if needed) the database and records the start of a run.
    /// - Parameters:
    ///   - inputs: what the run reads, as given on the command line (stored as a JSON array).
    ///   - force: rewrite documents even when their `sha256` did not change.
    public init(url: URL, inputs: [String], force: Bool, now: Date = Date()) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        queue = try DatabaseQueue(path: url.path, configuration: configuration)
        try DatabaseSchema.migrator.migrate(queue)
        self.force = force
        let inputsJSON = try Self.json(inputs)
        runID = try queue.write { db in
            try db.execute(sql: "INSERT INTO runs (tool_version, started_at, inputs, forced) VALUES (?, ?, ?, ?)",
                           arguments: [ToolVersion.current, Self.timestamp(now), inputsJSON, force])
            return db.lastInsertedRowID
        }
    }

    public func write(_ record: DocumentRecord) throws {
        _ = try store(record)
    }

    /// Stores one document in its own transaction and says what was done.
    @discardableResult
    public func store(_ record: DocumentRecord) throws -> Outcome {
        let runID = self.runID
        let force = self.force
        do {
            let outcome = try queue.write { db -> Outcome in
                if !force, let row = try Row.fetchOne(db, sql: "SELECT sha256, source_path FROM documents WHERE doc_id = ?",
                                                      arguments: [record.docID]),
                   row["sha256"] as String? == record.sha256, row["source_path"] as String? == record.sourcePath {
                    return .skipped
                }
                try Self.delete(docID: record.docID, in: db)
                try Self.insert(record, runID: runID, in: db)
                return .written
            }
            if outcome == .written { counts.written += 1 } else { counts.skipped += 1 }
            return outcome
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            // Rows that contradict each other (a tag naming a clause the tree lacks) must not stop
            // the batch: the transaction was rolled back, and the document becomes an error row.
            try write(DocumentFailure(docID: record.docID, sourcePath: record.sourcePath, stage: "database",
                                      error: "rows violate the database schema: \(error.message ?? "\(error)")"))
            return .failed
        }
    }

    public func write(_ failure: DocumentFailure) throws {
        let runID = self.runID
        try queue.write { db in
            if failure.docID.isEmpty {
                try db.execute(sql: "DELETE FROM errors WHERE doc_id IS NULL AND source_path = ?", arguments: [failure.sourcePath])
            } else {
                try Self.delete(docID: failure.docID, in: db)
            }
            try db.execute(sql: "INSERT INTO errors (run_id, doc_id, source_path, stage, error) VALUES (?, ?, ?, ?, ?)",
                           arguments: [runID, Self.nullIfEmpty(failure.docID), failure.sourcePath, failure.stage, failure.error])
        }
        counts.failed += 1
    }

    /// Records the end of the run and closes the database.
    public func finish() throws {
        try finish(now: Date())
    }

    public func finish(now: Date) throws {
        let runID = self.runID, counts = self.counts
        try queue.write { db in
            try db.execute(sql: """
                UPDATE runs SET finished_at = ?, documents_written = ?, documents_skipped = ?, documents_failed = ?
                WHERE run_id = ?
                """, arguments: [Self.timestamp(now), counts.written, counts.skipped, counts.failed, runID])
        }
        try queue.close()
    }

    /// Closes the database; the documents committed so far stay, the run has no `finished_at`.
    public func abandon() {
        try? queue.close()
    }

    // MARK: Rows

    package static func delete(docID: String, in db: Database) throws {
        // ON DELETE CASCADE removes the clauses, targets, responsibilities and flags.
        try db.execute(sql: "DELETE FROM documents WHERE doc_id = ?", arguments: [docID])
        try db.execute(sql: "DELETE FROM errors WHERE doc_id = ?", arguments: [docID])
    }

    package static func insert(_ r: DocumentRecord, runID: Int64, in db: Database) throws {
        let m = r.metadata
        let attachments = try json(m.attachments)
        try db.execute(sql: """
            INSERT INTO documents (doc_id, source_path, sha256, format, encoding, title, doc_number, publisher,
                published_date, written_date, index_number, region, plan_year, truncated, attachments,
                clause_coverage, unexplained_numbers, body, run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.docID, r.sourcePath, r.sha256, r.format, r.encoding, nullIfEmpty(m.title),
                             nullIfEmpty(m.docNumber), nullIfEmpty(m.publisher), nullIfEmpty(m.publishedDate),
                             nullIfEmpty(m.writtenDate), nullIfEmpty(m.indexNumber), nullIfEmpty(m.region),
                             Int(m.planYear), r.truncated, attachments, r.confidence.clauseCoverage,
                             r.confidence.unexplainedNumbers, r.body, runID])

        let clause = try db.cachedStatement(sql: """
            INSERT INTO clauses (doc_id, clause_id, parent_id, depth, marker_style, ordinal, marker, heading, text, "start", "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for c in r.clauses.flattened {
            try clause.execute(arguments: [r.docID, c.id, c.parentID, c.depth, c.markerStyle.rawValue, c.ordinal,
                                           nullIfEmpty(c.marker), c.heading, c.text, c.start, c.end])
        }

        let target = try db.cachedStatement(sql: """
            INSERT INTO targets (doc_id, target_no, clause_id, indicator, comparator, value, value_max, unit, deadline,
                kind, redacted, raw, "start", "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, t) in r.targets.enumerated() {
            try target.execute(arguments: [r.docID, i + 1, t.clauseID, t.indicator, t.comparator.rawValue, t.value,
                                           t.valueMax, nullIfEmpty(t.unit), nullIfEmpty(t.deadline), t.kind.rawValue,
                                           t.redacted, t.raw, t.start, t.end])
        }

        let party = try db.cachedStatement(sql: """
            INSERT INTO responsibilities (doc_id, party_no, clause_id, party_kind, role, name, label, raw, "start", "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, p) in r.responsibilities.enumerated() {
            try party.execute(arguments: [r.docID, i + 1, p.clauseID, p.partyKind.rawValue, p.role.rawValue, p.name,
                                          nullIfEmpty(p.label), p.raw, p.start, p.end])
        }

        let flag = try db.cachedStatement(sql: """
            INSERT INTO flags (doc_id, flag_no, flag, detail, "start", "end") VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (i, f) in r.flags.enumerated() {
            try flag.execute(arguments: [r.docID, i + 1, f.flag.rawValue, f.detail, f.start, f.end])
        }
    }

    /// A JSON array of strings, slashes unescaped.
    package static func json(_ strings: [String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(strings), as: UTF8.self)
    }

    package static func nullIfEmpty(_ s: String) -> String? {
        s.isEmpty ? nil : s
    }

    /// ISO 8601 in UTC with milliseconds, e.g. `2026-11-23T07:40:12.345Z`.
    package static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
