import Foundation
import GRDB
import XCTest

/// `extract --sqlite` run again and again on one folder through the real binary: unchanged
/// documents are skipped, `--force` rewrites them, a changed file replaces its rows and a file
/// that breaks loses them; CSV and JSON Lines are complete outputs of every run regardless.
final class SQLiteIncrementalTests: XCTestCase {
    private var base: URL!
    private var input: URL { base.appendingPathComponent("in") }
    private var database: URL { base.appendingPathComponent("yaodian.sqlite") }

    override func setUpWithError() throws {
        try YaodianProcess.requireBinary()
        base = try YaodianProcess.folderOfCopies(5, label: "sqlite-runs")
    }

    override func tearDownWithError() throws {
        if let base { try? FileManager.default.removeItem(at: base) }
    }

    private func extract(_ out: String, _ extra: [String] = []) throws -> YaodianProcess.Output {
        let result = try YaodianProcess.run(["extract", input.path, "--out", base.appendingPathComponent(out).path,
                                             "--sqlite", database.path, "--jobs", "2"] + extra)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        let queue = try DatabaseQueue(path: database.path)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    /// Clauses per document in a `documents.jsonl`, counting nested children.
    static func clauseCounts(_ url: URL) throws -> [String: Int] {
        func count(_ clauses: [[String: Any]]) -> Int {
            clauses.reduce(0) { $0 + 1 + count($1["children"] as? [[String: Any]] ?? []) }
        }
        var out: [String: Int] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            out[object["doc_id"] as? String ?? ""] = count(object["clauses"] as? [[String: Any]] ?? [])
        }
        return out
    }

    private func lastRun() throws -> Row {
        try read { db in try XCTUnwrap(try Row.fetchOne(db, sql: "SELECT * FROM runs ORDER BY run_id DESC LIMIT 1")) }
    }

    private func counts(_ row: Row) -> [Int] {
        [row["documents_written"], row["documents_skipped"], row["documents_failed"]]
    }

    func testReRunsSkipForceReplaceAndRemove() throws {
        let first = try extract("one")
        XCTAssertTrue(first.stderr.contains("5 written, 0 unchanged, 0 errors"), first.stderr)
        XCTAssertEqual(counts(try lastRun()), [5, 0, 0])
        XCTAssertNotNil(try lastRun()["finished_at"] as String?)

        // Unchanged: the database is left alone, the folder outputs are complete and identical.
        let second = try extract("two")
        XCTAssertTrue(second.stderr.contains("0 written, 5 unchanged"), second.stderr)
        XCTAssertEqual(counts(try lastRun()), [0, 5, 0])
        for name in ["documents.jsonl", "documents.csv", "clauses.csv", "targets.csv", "datapackage.json"] {
            XCTAssertEqual(try Data(contentsOf: base.appendingPathComponent("one/\(name)")),
                           try Data(contentsOf: base.appendingPathComponent("two/\(name)")), "\(name): no timestamps in data files")
        }
        XCTAssertEqual(try read { db in try Int.fetchAll(db, sql: "SELECT DISTINCT run_id FROM documents") }, [1])

        // --force rewrites every document.
        XCTAssertEqual(counts(try { _ = try extract("three", ["--force"]); return try lastRun() }()), [5, 0, 0])
        XCTAssertEqual(try read { db in try Int.fetchAll(db, sql: "SELECT DISTINCT run_id FROM documents") }, [3])

        // A changed file replaces its rows; the others are skipped.
        let names = try FileManager.default.contentsOfDirectory(atPath: input.path).sorted()
        let changed = input.appendingPathComponent(names[4])
        let changedID = changed.deletingPathExtension().lastPathComponent
        let original = try String(contentsOf: changed, encoding: .utf8)
        let clausesBefore = try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM clauses WHERE doc_id = ?", arguments: [changedID]) }
        try (original + "\n五、其他工作\n（一）做好年度总结。\n").write(to: changed, atomically: true, encoding: .utf8)
        _ = try extract("four")
        XCTAssertEqual(counts(try lastRun()), [1, 4, 0])
        try read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT run_id FROM documents WHERE doc_id = ?", arguments: [changedID]), 4)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE run_id = 3"), 4)
            let clausesAfter = try Int.fetchOne(db, sql: "SELECT count(*) FROM clauses WHERE doc_id = ?", arguments: [changedID]) ?? 0
            XCTAssertGreaterThan(clausesAfter, clausesBefore ?? 0)
            let perDocument = try Self.clauseCounts(base.appendingPathComponent("four/documents.jsonl"))
            XCTAssertEqual(perDocument[changedID], clausesAfter, "the database has the clauses this run's JSON lines have")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM clauses"), perDocument.values.reduce(0, +))
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
        }

        // A file that can no longer be read loses its rows and becomes an error.
        try Data().write(to: changed, options: .atomic)
        _ = try extract("five")
        XCTAssertEqual(counts(try lastRun()), [0, 4, 1])
        try read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE doc_id = ?", arguments: [changedID]), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM clauses WHERE doc_id = ?", arguments: [changedID]), 0)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT doc_id FROM errors"), [changedID])
        }
        let documents = try String(contentsOf: base.appendingPathComponent("five/documents.csv"), encoding: .utf8)
        XCTAssertEqual(documents.components(separatedBy: "\r\n").count, 5, "header and the four good documents")
    }
}
