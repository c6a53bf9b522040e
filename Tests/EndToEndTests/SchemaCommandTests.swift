import Foundation
import XCTest

/// `yaodian schema`: the JSON Schema, the data package `extract` writes, and the SQL schema.
final class SchemaCommandTests: XCTestCase {
    func testSchemaPrintsTheDraft202012SchemaOfALine() throws {
        try YaodianProcess.requireBinary()
        let result = try YaodianProcess.run(["schema"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
        XCTAssertEqual(properties.keys.sorted(), ["body", "clauses", "confidence", "doc_id", "encoding", "flags", "format", "metadata",
                                                  "responsibilities", "sha256", "source_path", "targets"])
    }

    func testTheDataPackageIsTheOneExtractWrites() throws {
        try YaodianProcess.requireBinary()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        XCTAssertEqual(try YaodianProcess.run(["extract", GoldCorpusTests.corpus.path, "--out", out.path, "--quiet"]).status, 0)
        XCTAssertEqual(try YaodianProcess.run(["schema", "--datapackage"]).stdout,
                       try Data(contentsOf: out.appendingPathComponent("datapackage.json")))
        XCTAssertEqual(try YaodianProcess.run(["extract", GoldCorpusTests.corpus.path, "--out", out.path, "--excel", "--quiet"]).status, 0)
        XCTAssertEqual(try YaodianProcess.run(["schema", "--datapackage", "--excel"]).stdout,
                       try Data(contentsOf: out.appendingPathComponent("datapackage.json")))
    }

    func testSQLPrintsTheDatabaseSchema() throws {
        try YaodianProcess.requireBinary()
        let sql = try YaodianProcess.run(["schema", "--sql"]).stdoutText
        XCTAssertTrue(sql.contains("CREATE TABLE documents"), sql)
        XCTAssertTrue(sql.contains("CREATE VIEW targets_with_context"), sql)
    }
}
