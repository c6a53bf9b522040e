import Foundation
import GRDB
import XCTest
@testable import YaodianCore

/// `--sqlite`: keys, indices, typed columns, the context view, the `runs` table, and
/// re-runs that replace, skip or rewrite a document in one transaction.
final class SQLiteWriterTests: XCTestCase {
    private var directory: URL!
    private var url: URL { directory.appendingPathComponent("yaodian.sqlite") }

    override func setUpWithError() throws {
        directory = EmitFixtures.temporaryDirectory("sqlite")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    private func run(_ records: [DocumentRecord], failures: [DocumentFailure] = [], force: Bool = false) throws -> SQLiteWriter.Counts {
        let writer = try SQLiteWriter(url: url, inputs: ["plans"], force: force)
        for r in records { try writer.write(r) }
        for f in failures { try writer.write(f) }
        let counts = writer.counts
        try writer.finish()
        return counts
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    // MARK: Schema

    func testKeysAndForeignKeys() throws {
        try run([EmitFixtures.record()])
        try read { db in
            XCTAssertEqual(try db.primaryKey("documents").columns, ["doc_id"])
            XCTAssertEqual(try db.primaryKey("clauses").columns, ["doc_id", "clause_id"])
            XCTAssertEqual(try db.primaryKey("targets").columns, ["doc_id", "target_no"])
            XCTAssertEqual(try db.primaryKey("responsibilities").columns, ["doc_id", "party_no"])
            XCTAssertEqual(try db.primaryKey("flags").columns, ["doc_id", "flag_no"])
            XCTAssertEqual(try db.primaryKey("runs").columns, ["run_id"])
            func references(_ table: String) throws -> Set<String> {
                Set(try db.foreignKeys(on: table).map { fk in
                    "\(fk.originColumns.joined(separator: "+"))->\(fk.destinationTable).\(fk.destinationColumns.joined(separator: "+"))"
                })
            }
            XCTAssertEqual(try references("clauses"), ["doc_id->documents.doc_id", "doc_id+parent_id->clauses.doc_id+clause_id"])
            for table in ["targets", "responsibilities"] {
                XCTAssertEqual(try references(table), ["doc_id->documents.doc_id", "doc_id+clause_id->clauses.doc_id+clause_id"], table)
            }
            XCTAssertEqual(try references("flags"), ["doc_id->documents.doc_id"])
            XCTAssertEqual(try references("documents"), ["run_id->runs.run_id"])
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
        }
    }

    func testIndicesOnTheColumnsPeopleFilterBy() throws {
        try run([])
        try read { db in
            func indexed(_ table: String) throws -> [[String]] {
                try db.indexes(on: table).map(\.columns) + [try db.primaryKey(table).columns]
            }
            let leading: (String) throws -> Set<String> = { table in Set(try indexed(table).compactMap(\.first)) }
            XCTAssertTrue(try leading("targets").isSuperset(of: ["doc_id", "indicator", "unit"]))
            XCTAssertTrue(try leading("responsibilities").isSuperset(of: ["doc_id", "name"]))
            XCTAssertTrue(try leading("clauses").contains("doc_id"))
            XCTAssertTrue(try leading("flags").isSuperset(of: ["doc_id", "flag"]))
            XCTAssertTrue(try leading("errors").isSuperset(of: ["doc_id", "source_path"]))
            XCTAssertTrue(try indexed("targets").contains(["doc_id", "clause_id"]))
        }
    }

    func testColumnsAreTyped() throws {
        try run([EmitFixtures.record()])
        try read { db in
            let document = try XCTUnwrap(try Row.fetchOne(db, sql: """
                SELECT typeof(plan_year) AS year, typeof(truncated) AS truncated, truncated AS t, published_date,
                       written_date, typeof(written_date) AS written, attachments FROM documents
                """))
            XCTAssertEqual(document["year"] as String, "integer")
            XCTAssertEqual(document["truncated"] as String, "integer")
            XCTAssertEqual(document["t"] as Int, 1)
            XCTAssertEqual(document["published_date"] as String, "2022-03-09")
            XCTAssertEqual(document["written"] as String, "null", "a date the document does not state is NULL")
            XCTAssertEqual(document["attachments"] as String, "[\"任务分解表\"]")

            let targets = try Row.fetchAll(db, sql: """
                SELECT typeof(value) AS v, value, typeof(value_max) AS vm, typeof(redacted) AS r, redacted, unit,
                       typeof("start") AS s, clause_id FROM targets ORDER BY target_no
                """)
            XCTAssertEqual(targets.map { $0["v"] as String }, ["real", "real", "null"])
            XCTAssertEqual(targets.map { $0["value"] as Double? }, [30, -3.5, nil])
            XCTAssertEqual(targets.map { $0["vm"] as String }, ["null", "real", "null"])
            XCTAssertEqual(targets.map { $0["r"] as String }, ["integer", "integer", "integer"])
            XCTAssertEqual(targets.map { $0["redacted"] as Int }, [0, 0, 1])
            XCTAssertEqual(targets.map { $0["unit"] as String? }, ["%", nil, "人"])
            XCTAssertEqual(targets.map { $0["s"] as String }, ["integer", "integer", "integer"])
            XCTAssertEqual(targets.map { $0["clause_id"] as String? }, ["1.1", nil, "1.1"])

            let clauses = try Row.fetchAll(db, sql: "SELECT clause_id, parent_id, typeof(depth) AS d, ordinal, marker FROM clauses ORDER BY \"start\"")
            XCTAssertEqual(clauses.map { $0["clause_id"] as String }, ["1", "1.1", "2"])
            XCTAssertEqual(clauses.map { $0["parent_id"] as String? }, [nil, "1", nil])
            XCTAssertEqual(clauses.map { $0["d"] as String }, ["integer", "integer", "integer"])
            XCTAssertEqual(clauses.map { $0["ordinal"] as Int? }, [1, 1, nil])
            XCTAssertEqual(clauses.map { $0["marker"] as String? }, ["一、", "1.", nil])
        }
    }

    func testTheContextViewJoinsTitleHeadingAndParties() throws {
        try run([EmitFixtures.record()])
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM targets_with_context ORDER BY target_no")
            XCTAssertEqual(rows.count, 3)
            let first = rows[0]
            XCTAssertEqual(first["document_title"] as String, "某某县2022年卫生健康工作要点")
            XCTAssertEqual(first["clause_heading"] as String, "居民健康素养水平达到30%")
            XCTAssertEqual(first["indicator"] as String, "居民健康素养水平")
            XCTAssertEqual(first["parties"] as String, "王某;疾控科;医政科")
            XCTAssertEqual(first["lead_parties"] as String, "王某")
            XCTAssertEqual(first["responsible_parties"] as String, "疾控科;医政科")
            XCTAssertNil(first["cooperating_parties"] as String?)
            XCTAssertNil(rows[1]["clause_heading"] as String?, "a target outside any clause has no heading")
            XCTAssertNil(rows[1]["parties"] as String?)
        }
    }

    func testTimestampsAreInTheRunsTableOnly() throws {
        try run([EmitFixtures.record()])
        try read { db in
            let run = try XCTUnwrap(try Row.fetchOne(db, sql: "SELECT * FROM runs"))
            XCTAssertEqual(run["tool_version"] as String, ToolVersion.current)
            XCTAssertEqual(run["inputs"] as String, "[\"plans\"]")
            XCTAssertNotNil((run["started_at"] as String).range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$", options: .regularExpression))
            XCTAssertNotNil(run["finished_at"] as String?)
            XCTAssertEqual(run["documents_written"] as Int, 1)
            for table in ["documents", "clauses", "targets", "responsibilities", "flags", "errors"] {
                let columns = try db.columns(in: table).map(\.name)
                XCTAssertFalse(columns.contains { $0.hasSuffix("_at") }, table)
            }
        }
    }

    // MARK: Re-runs

    func testAnUnchangedDocumentIsSkippedAndForceRewritesIt() throws {
        XCTAssertEqual(try run([EmitFixtures.record()]), SQLiteWriter.Counts(written: 1))
        XCTAssertEqual(try run([EmitFixtures.record()]), SQLiteWriter.Counts(skipped: 1))
        XCTAssertEqual(try run([EmitFixtures.record()], force: true), SQLiteWriter.Counts(written: 1))
        try read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT run_id FROM documents"), 3, "the forced run wrote it last")
            XCTAssertEqual(try Int.fetchAll(db, sql: "SELECT forced FROM runs ORDER BY run_id"), [0, 0, 1])
            XCTAssertEqual(try Int.fetchAll(db, sql: "SELECT documents_skipped FROM runs ORDER BY run_id"), [0, 1, 0])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM targets"), 3)
        }
    }

    func testAMovedDocumentIsRewritten() throws {
        try run([EmitFixtures.record()])
        XCTAssertEqual(try run([EmitFixtures.record(sourcePath: "elsewhere/某某县2022.txt")]), SQLiteWriter.Counts(written: 1))
        try read { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT source_path FROM documents"), "elsewhere/某某县2022.txt")
        }
    }

    func testAChangedDocumentReplacesItsRowsAndLeavesOthersAlone() throws {
        let other = EmitFixtures.record(docID: "other", sha256: EmitFixtures.sha("c"))
        try run([EmitFixtures.record(), other])
        let changed = EmitFixtures.record(sha256: EmitFixtures.sha("b"), indicator: "孕产妇死亡率")
        XCTAssertEqual(try run([changed]), SQLiteWriter.Counts(written: 1))
        try read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT doc_id FROM documents ORDER BY doc_id"), ["other", "plans_某某县2022"])
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT indicator FROM targets WHERE doc_id = 'plans_某某县2022' ORDER BY target_no"),
                           ["孕产妇死亡率", "每千人口医师数", "建档立卡人数"])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM targets WHERE doc_id = 'other'"), 3)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM clauses"), 6)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM responsibilities"), 8)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM flags"), 4)
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT sha256 FROM documents WHERE doc_id = 'plans_某某县2022'"), EmitFixtures.sha("b"))
        }
    }

    func testAFailedDocumentLosesItsRowsAndASuccessClearsItsError() throws {
        try run([EmitFixtures.record()])
        let failure = DocumentFailure(docID: "plans_某某县2022", sourcePath: "plans/某某县2022.txt", stage: "ingest", error: "is empty")
        XCTAssertEqual(try run([], failures: [failure]), SQLiteWriter.Counts(failed: 1))
        try read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM clauses"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM targets"), 0)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT stage FROM errors"), ["ingest"])
        }
        try run([EmitFixtures.record()])
        try read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM errors"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents"), 1)
        }
    }

    func testAPathThatDoesNotExistKeepsOneErrorRow() throws {
        let missing = DocumentFailure(docID: "", sourcePath: "nope", stage: "ingest", error: "no such file or directory")
        try run([], failures: [missing])
        try run([], failures: [missing])
        try read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM errors WHERE doc_id IS NULL AND source_path = 'nope'"), 1)
        }
    }

    /// A document whose rows contradict the schema is rolled back whole and becomes an error
    /// row: no reader ever sees part of it, and the batch goes on.
    func testADocumentIsWrittenInOneTransaction() throws {
        var broken = EmitFixtures.record(docID: "broken")
        broken.responsibilities.append(Responsibility(clauseID: "9.9", partyKind: .unit, role: .lead, name: "某科", label: "",
                                                      raw: "（某科牵头）", start: 70, end: 75))
        let writer = try SQLiteWriter(url: url, inputs: [], force: false)
        XCTAssertEqual(try writer.store(broken), .failed)
        XCTAssertEqual(try writer.store(EmitFixtures.record()), .written)
        try writer.finish()
        try read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT doc_id FROM documents"), ["plans_某某县2022"])
            for table in ["clauses", "targets", "responsibilities", "flags"] {
                XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE doc_id = 'broken'"), 0, table)
            }
            let error = try XCTUnwrap(try Row.fetchOne(db, sql: "SELECT doc_id, stage, error FROM errors"))
            XCTAssertEqual(error["doc_id"] as String, "broken")
            XCTAssertEqual(error["stage"] as String, "database")
            XCTAssertTrue((error["error"] as String).contains("FOREIGN KEY"), error["error"] as String)
        }
    }

    func testAnAbandonedRunHasNoFinishTimeButKeepsItsDocuments() throws {
        let writer = try SQLiteWriter(url: url, inputs: ["plans"], force: false)
        try writer.write(EmitFixtures.record())
        writer.abandon()
        try read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM runs WHERE finished_at IS NULL"), 1)
        }
    }

    func testTheSeedsAreStoredWithConsistentKeys() throws {
        let records = EmitFixtures.corpusRecords()
        try run(records)
        try read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents"), records.count)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM clauses"), records.reduce(0) { $0 + $1.clauses.flattened.count })
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM targets_with_context"), records.reduce(0) { $0 + $1.targets.count })
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM errors"), 0)
        }
    }

    func testTheSQLScriptCreatesTheSameSchema() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in try db.execute(sql: DatabaseSchema.sql) }
        try queue.read { db in
            for table in ["runs", "documents", "clauses", "targets", "responsibilities", "flags", "errors"] {
                XCTAssertTrue(try db.tableExists(table), table)
            }
            XCTAssertTrue(try db.viewExists("targets_with_context"))
        }
    }
}
