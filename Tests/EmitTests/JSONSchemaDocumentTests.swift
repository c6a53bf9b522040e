import Foundation
import XCTest
@testable import YaodianCore

/// `yaodian schema`: the JSON Schema (draft 2020-12) of a `documents.jsonl` line matches what
/// the encoder writes, key for key, and real lines of the seeds validate against it.
final class JSONSchemaDocumentTests: XCTestCase {
    private func schema() throws -> ParsedJSON {
        try ParsedJSON.parse(JSONSchemaDocument.schema.prettyPrinted())
    }

    private func line(_ record: DocumentRecord) throws -> ParsedJSON {
        try ParsedJSON.parse(DocumentLineEncoder().encode(record))
    }

    func testItIsADraft202012Schema() throws {
        let s = try schema()
        XCTAssertEqual(s["$schema"]?.string, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertEqual(s["type"]?.string, "object")
        XCTAssertEqual(s["additionalProperties"], .bool(false))
        XCTAssertNotNil(s["$defs"]?["clause"])
    }

    /// Every object in the schema names exactly the keys the encoder writes, all required.
    func testPropertiesAreTheEncodedKeys() throws {
        let s = try schema()
        let l = try line(EmitFixtures.record())
        func keys(_ v: ParsedJSON?) -> [String] { (v?.object?.keys).map { $0.sorted() } ?? [] }
        let pairs: [(ParsedJSON?, ParsedJSON?)] = [
            (s, l),
            (s["$defs"]?["metadata"], l["metadata"]),
            (s["$defs"]?["clause"], l["clauses"]?.array?.first),
            (s["$defs"]?["clause"], l["clauses"]?.array?.first?["children"]?.array?.first),
            (s["$defs"]?["target"], l["targets"]?.array?.first),
            (s["$defs"]?["responsibility"], l["responsibilities"]?.array?.first),
            (s["$defs"]?["flag"], l["flags"]?.array?.first),
        ]
        for (definition, value) in pairs {
            let encoded = keys(value)
            XCTAssertFalse(encoded.isEmpty)
            XCTAssertEqual(keys(definition?["properties"]), encoded)
            XCTAssertEqual(definition?["required"]?.strings?.sorted(), encoded)
            XCTAssertEqual(definition?["additionalProperties"], .bool(false))
        }
    }

    func testEnumsComeFromTheModel() throws {
        let d = try XCTUnwrap(try schema()["$defs"])
        XCTAssertEqual(d["clause"]?["properties"]?["marker_style"]?["enum"]?.strings, MarkerStyle.allCases.map(\.rawValue))
        XCTAssertEqual(d["target"]?["properties"]?["comparator"]?["enum"]?.strings, Target.Comparator.allCases.map(\.rawValue))
        XCTAssertEqual(d["target"]?["properties"]?["kind"]?["enum"]?.strings, Target.Kind.allCases.map(\.rawValue))
        XCTAssertEqual(d["responsibility"]?["properties"]?["role"]?["enum"]?.strings, Responsibility.Role.allCases.map(\.rawValue))
        XCTAssertEqual(d["flag"]?["properties"]?["flag"]?["enum"]?.strings, QualityFlag.Kind.allCases.map(\.rawValue))
    }

    func testTheSeedsValidate() throws {
        let validator = SchemaSubsetValidator(root: try schema())
        let records = EmitFixtures.corpusRecords()
        XCTAssertGreaterThanOrEqual(records.count, 5)
        for record in records {
            XCTAssertEqual(validator.errors(try line(record)), [], record.docID)
        }
        XCTAssertEqual(validator.errors(try line(EmitFixtures.record())), [])
    }

    func testBrokenLinesDoNotValidate() throws {
        let validator = SchemaSubsetValidator(root: try schema())
        var record = EmitFixtures.record()
        record.sha256 = "ab12"
        record.metadata.publishedDate = "2022年3月9日"
        record.clauses[0].children[0].depth = 0
        let errors = validator.errors(try line(record))
        XCTAssertTrue(errors.contains { $0.hasPrefix("$.sha256:") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("$.metadata.published_date:") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("$.clauses[0].children[0].depth:") }, "\(errors)")

        guard case .object(var object) = try line(EmitFixtures.record()) else { return XCTFail("not an object") }
        object["extra"] = .integer(1)
        object["targets"] = .array([.object(["clause_id": .null])])
        let more = validator.errors(.object(object))
        XCTAssertTrue(more.contains("$: unexpected extra"), "\(more)")
        XCTAssertTrue(more.contains("$.targets[0]: missing indicator"), "\(more)")
    }

    func testTheSchemaIsTheSameEveryTime() throws {
        XCTAssertEqual(try JSONSchemaDocument.schema.prettyPrinted(), try JSONSchemaDocument.schema.prettyPrinted())
    }
}
