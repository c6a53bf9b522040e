import Foundation
import XCTest
@testable import YaodianCore

/// `datapackage.json`: one Table Schema per CSV file, field names equal to the CSV headers of
/// `CSVTables`, typed fields that real rows of the seeds satisfy, and keys that point at
/// fields and resources that exist.
final class DataPackageDescriptorTests: XCTestCase {
    private func package(excel: Bool = false) throws -> ParsedJSON {
        try ParsedJSON.parse(DataPackageDescriptor(excel: excel).json())
    }

    private func resources() throws -> [ParsedJSON] {
        try XCTUnwrap(try package()["resources"]?.array)
    }

    private func resource(_ name: String) throws -> ParsedJSON {
        try XCTUnwrap(try resources().first { $0["name"]?.string == name }, name)
    }

    func testOneTabularResourcePerCSVFile() throws {
        let p = try package()
        XCTAssertEqual(p["profile"]?.string, "tabular-data-package")
        XCTAssertEqual(try resources().compactMap { $0["path"]?.string }, OutputSink.tableFiles.map(\.name))
        for r in try resources() {
            XCTAssertEqual(r["profile"]?.string, "tabular-data-resource")
            XCTAssertEqual(r["format"]?.string, "csv")
            XCTAssertEqual(r["encoding"]?.string, "utf-8")
            XCTAssertEqual(r["dialect"]?["lineTerminator"]?.string, "\r\n")
        }
    }

    func testFieldNamesAreTheCSVHeaders() throws {
        let headers: [String: [String]] = [
            "documents": CSVTables.documents, "clauses": CSVTables.clauses, "targets": CSVTables.targets,
            "responsibilities": CSVTables.responsibilities, "flags": CSVTables.flags, "errors": CSVTables.errors,
        ]
        XCTAssertEqual(Set(try resources().compactMap { $0["name"]?.string }), Set(headers.keys))
        for (name, header) in headers {
            let fields = try XCTUnwrap(try resource(name)["schema"]?["fields"]?.array, name)
            XCTAssertEqual(fields.compactMap { $0["name"]?.string }, header, name)
        }
        // No column definition is left over from a renamed or removed column.
        for table in DataPackageDescriptor.tables {
            XCTAssertEqual(Set(table.fields.keys), Set(table.header), table.name)
        }
    }

    func testEveryFieldHasATypeAndADescription() throws {
        let types: Set<String> = ["string", "integer", "number", "boolean", "date", "year"]
        for r in try resources() {
            for f in r["schema"]?["fields"]?.array ?? [] {
                XCTAssertTrue(types.contains(f["type"]?.string ?? ""), "\(f)")
                XCTAssertFalse((f["description"]?.string ?? "").isEmpty, "\(f)")
            }
        }
        func type(_ table: String, _ field: String) throws -> String? {
            try resource(table)["schema"]?["fields"]?.array?.first { $0["name"]?.string == field }?["type"]?.string
        }
        XCTAssertEqual(try type("documents", "published_date"), "date")
        XCTAssertEqual(try type("documents", "plan_year"), "year")
        XCTAssertEqual(try type("documents", "truncated"), "boolean")
        XCTAssertEqual(try type("clauses", "depth"), "integer")
        XCTAssertEqual(try type("clauses", "ordinal"), "integer")
        XCTAssertEqual(try type("targets", "value"), "number")
        XCTAssertEqual(try type("targets", "redacted"), "boolean")
        XCTAssertEqual(try type("flags", "end"), "integer")
    }

    func testKeysNameExistingFieldsAndResources() throws {
        XCTAssertEqual(try resource("documents")["schema"]?["primaryKey"]?.strings, ["doc_id"])
        XCTAssertEqual(try resource("clauses")["schema"]?["primaryKey"]?.strings, ["doc_id", "clause_id"])
        let all = try resources()
        let fieldsOf = Dictionary(uniqueKeysWithValues: all.map {
            ($0["name"]?.string ?? "", Set(($0["schema"]?["fields"]?.array ?? []).compactMap { $0["name"]?.string }))
        })
        for r in all {
            let name = r["name"]?.string ?? ""
            let fields = fieldsOf[name] ?? []
            for key in r["schema"]?["primaryKey"]?.strings ?? [] {
                XCTAssertTrue(fields.contains(key), "\(name).\(key)")
                let field = r["schema"]?["fields"]?.array?.first { $0["name"]?.string == key }
                XCTAssertEqual(field?["constraints"]?["required"], .bool(true), "primary key \(name).\(key) is required")
            }
            for fk in r["schema"]?["foreignKeys"]?.array ?? [] {
                let target = fk["reference"]?["resource"]?.string ?? ""
                XCTAssertNotNil(fieldsOf[target], "\(name) refers to \(target)")
                for f in fk["fields"]?.strings ?? [] { XCTAssertTrue(fields.contains(f), "\(name).\(f)") }
                for f in fk["reference"]?["fields"]?.strings ?? [] { XCTAssertTrue(fieldsOf[target]?.contains(f) == true, "\(target).\(f)") }
            }
        }
        for table in ["clauses", "targets", "responsibilities", "flags"] {
            let keys = try resource(table)["schema"]?["foreignKeys"]?.array ?? []
            XCTAssertTrue(keys.contains { $0["fields"]?.strings == ["doc_id"] && $0["reference"]?["resource"]?.string == "documents" }, table)
        }
    }

    /// The cells the seeds produce parse as the declared types and meet the constraints.
    func testRealRowsMatchTheDeclaredTypes() throws {
        let records = EmitFixtures.corpusRecords() + [EmitFixtures.record()]
        let tables: [(String, [[String]])] = [
            ("documents", records.map(CSVTables.documentRow)),
            ("clauses", records.flatMap(CSVTables.clauseRows)),
            ("targets", records.flatMap(CSVTables.targetRows)),
            ("responsibilities", records.flatMap(CSVTables.responsibilityRows)),
            ("flags", records.flatMap(CSVTables.flagRows)),
        ]
        var checked = 0
        for (name, rows) in tables {
            let fields = try XCTUnwrap(try resource(name)["schema"]?["fields"]?.array)
            for row in rows {
                XCTAssertEqual(row.count, fields.count, name)
                for (cell, field) in zip(row, fields) {
                    let label = "\(name).\(field["name"]?.string ?? "") = \(cell)"
                    if cell.isEmpty {
                        XCTAssertNotEqual(field["constraints"]?["required"], .bool(true), label)
                        continue
                    }
                    XCTAssertTrue(Self.parses(cell, as: field["type"]?.string ?? ""), label)
                    if let allowed = field["constraints"]?["enum"]?.strings { XCTAssertTrue(allowed.contains(cell), label) }
                    if case .integer(let minimum)? = field["constraints"]?["minimum"] { XCTAssertGreaterThanOrEqual(Int(cell) ?? -1, minimum, label) }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    static func parses(_ cell: String, as type: String) -> Bool {
        switch type {
        case "string": return true
        case "integer": return Int(cell) != nil
        case "number": return Double(cell) != nil
        case "boolean": return cell == "true" || cell == "false"
        case "year": return cell.count == 4 && Int(cell) != nil
        case "date": return cell.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression) != nil
        default: return false
        }
    }

    func testNoTimestampAndTheSameBytesEveryTime() throws {
        let bytes = try DataPackageDescriptor().json()
        XCTAssertEqual(bytes, try DataPackageDescriptor().json())
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertNil(text.range(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}T", options: .regularExpression), "no timestamp")
        XCTAssertNil(try package()["created"])
    }

    func testExcelIsSaidInTheDescriptions() throws {
        let plain = try resources()
        let excel = try XCTUnwrap(try package(excel: true)["resources"]?.array)
        for (a, b) in zip(plain, excel) {
            XCTAssertFalse(a["description"]?.string?.contains("--excel") ?? true)
            XCTAssertTrue(b["description"]?.string?.contains("--excel") ?? false)
            XCTAssertEqual(a["schema"], b["schema"])
        }
    }
}
