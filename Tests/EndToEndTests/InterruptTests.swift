import Foundation
import GRDB
import XCTest

/// A run killed half-way by SIGTERM or SIGINT: the real binary on 2000 documents, signalled
/// while its temporary files are open. The output folder must hold exactly the previous complete
/// outputs (or nothing), never a truncated file and no `.partial` leftovers; the exit status is
/// 143 or 130; a database keeps only whole documents.
final class InterruptTests: XCTestCase {
    static let outputs = ["documents.jsonl", "documents.csv", "clauses.csv", "targets.csv", "responsibilities.csv",
                          "flags.csv", "errors.csv", "datapackage.json"]

    /// Starts `extract` on `input`, waits until its temporary files exist (and `ready` holds),
    /// lets it work for 0.3 s, sends `signal`, and returns the exit status.
    private func interrupt(input: URL, out: URL, extra: [String] = [], signal: Int32,
                           ready: () -> Bool = { true }) throws -> (status: Int32, reason: Process.TerminationReason) {
        let process = Process()
        process.executableURL = YaodianProcess.binary
        process.arguments = ["extract", input.path, "--out", out.path, "--jobs", "2", "--quiet"] + extra
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            if names.contains(where: { $0.contains(".partial-\(process.processIdentifier)") }), ready() { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertTrue(process.isRunning, "the run must still be going when the signal comes; make the input larger")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason)
    }

    func testSIGTERMHalfWayLeavesThePreviousCompleteOutputs() throws {
        try YaodianProcess.requireBinary()
        let base = try YaodianProcess.folderOfCopies(2000, label: "sigterm", hardLinks: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("out")
        let previous = try YaodianProcess.run(["extract", GoldCorpusTests.corpus.path, "--out", out.path, "--quiet"])
        XCTAssertEqual(previous.status, 0, previous.stderr)
        let before = try YaodianProcess.snapshot(out)
        XCTAssertEqual(Set(before.keys), Set(Self.outputs))

        let result = try interrupt(input: base.appendingPathComponent("in"), out: out, signal: SIGTERM)
        XCTAssertEqual(result.reason, .exit, "the handler exits; the signal does not kill the process")
        XCTAssertEqual(result.status, 143)
        let after = try YaodianProcess.snapshot(out)
        XCTAssertEqual(Set(after.keys), Set(Self.outputs), "no .partial files are left, and no output is missing")
        for name in Self.outputs { XCTAssertEqual(after[name], before[name], "\(name) is the previous complete file") }
    }

    func testSIGINTWithoutPreviousOutputsLeavesNoFiles() throws {
        try YaodianProcess.requireBinary()
        let base = try YaodianProcess.folderOfCopies(2000, label: "sigint", hardLinks: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("out")
        let result = try interrupt(input: base.appendingPathComponent("in"), out: out, signal: SIGINT)
        XCTAssertEqual(result.reason, .exit)
        XCTAssertEqual(result.status, 130)
        XCTAssertEqual(try YaodianProcess.snapshot(out), [:], "neither outputs nor temporary files")
    }

    /// The database keeps the documents committed before the signal, each one whole, and the
    /// interrupted run has no finish time; the next run completes it.
    func testSIGTERMLeavesOnlyWholeDocumentsInTheDatabase() throws {
        try YaodianProcess.requireBinary()
        let base = try YaodianProcess.folderOfCopies(2000, label: "sigterm-db", hardLinks: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("out"), db = base.appendingPathComponent("yaodian.sqlite")
        let result = try interrupt(input: base.appendingPathComponent("in"), out: out, extra: ["--sqlite", db.path], signal: SIGTERM) {
            // Wait until the first document is committed, so the signal lands among documents.
            guard FileManager.default.fileExists(atPath: db.path + "-wal"),
                  let queue = try? DatabaseQueue(path: db.path) else { return false }
            defer { try? queue.close() }
            let committed = (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") }) ?? nil
            return (committed ?? 0) > 0
        }
        XCTAssertEqual(result.status, 143)

        // Clause counts per seed, from a complete run on the seeds themselves.
        let seeds = base.appendingPathComponent("seeds")
        try YaodianProcess.run(["extract", GoldCorpusTests.corpus.path, "--out", seeds.path, "--sqlite",
                                seeds.appendingPathComponent("db.sqlite").path, "--quiet"])
        let expected: [String: Int] = try DatabaseQueue(path: seeds.appendingPathComponent("db.sqlite").path).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT d.sha256 AS sha, (SELECT count(*) FROM clauses c WHERE c.doc_id = d.doc_id) AS n FROM documents d
                """).map { ($0["sha"] as String, $0["n"] as Int) })
        }
        let queue = try DatabaseQueue(path: db.path)
        try queue.read { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertNil(try String.fetchOne(db, sql: "SELECT finished_at FROM runs"))
            let stored = try Row.fetchAll(db, sql: """
                SELECT d.sha256 AS sha, (SELECT count(*) FROM clauses c WHERE c.doc_id = d.doc_id) AS n FROM documents d
                """)
            XCTAssertGreaterThan(stored.count, 0, "some documents were committed before the signal")
            XCTAssertLessThan(stored.count, 2000)
            for row in stored { XCTAssertEqual(row["n"] as Int, expected[row["sha"] as String], "a stored document has all its clauses") }
        }
        try queue.close()
    }
}
