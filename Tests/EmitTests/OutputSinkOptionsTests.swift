import CSV
import Foundation
import XCTest
@testable import YaodianCore

/// The options of the output folder: `--excel`, `--format`, `datapackage.json`, and temporary
/// files that an interrupt can find and a later run cleans up.
final class OutputSinkOptionsTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = EmitFixtures.temporaryDirectory("sink-options")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(excel: Bool = false, format: OutputFormat = .all, dataPackage: Bool = true,
                       registry: TemporaryFileRegistry? = nil) throws {
        let sink = try OutputSink(directory: directory, format: format, excel: excel, dataPackage: dataPackage, registry: registry)
        try sink.write(EmitFixtures.record())
        try sink.write(DocumentFailure(docID: "broken", sourcePath: "-", stage: "ingest", error: "- is empty"))
        try sink.finish()
    }

    private func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    private func rows(_ name: String) throws -> [[String]] {
        var data = try bytes(name)
        if data.starts(with: SpreadsheetSafety.byteOrderMark) { data.removeFirst(3) }
        let reader = try CSVReader(string: String(decoding: data, as: UTF8.self))
        var out: [[String]] = []
        while let row = reader.next() { out.append(row) }
        return out
    }

    private func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    // MARK: --excel

    func testExcelStartsEveryCSVWithAByteOrderMarkAndLeavesJSONLinesAlone() throws {
        try write(excel: true)
        for (name, header) in OutputSink.tableFiles {
            XCTAssertEqual(Array(try bytes(name).prefix(3)), SpreadsheetSafety.byteOrderMark, name)
            XCTAssertEqual(try rows(name).first, header, name)
        }
        XCTAssertEqual(try bytes("documents.jsonl").first, UInt8(ascii: "{"))
        XCTAssertTrue(String(decoding: try bytes("documents.jsonl"), as: UTF8.self).contains("\"heading\":\"=做好其他工作\""))
    }

    func testExcelNeutralisesFormulasButNotNumbers() throws {
        try write(excel: true)
        let clauses = try rows("clauses.csv")
        XCTAssertEqual(clauses[3][7], "'=做好其他工作")
        let targets = try rows("targets.csv")
        XCTAssertEqual(targets[2][4], "-3.5", "a negative number stays a number")
        XCTAssertEqual(targets[2][10], "'-3.5-3.4", "a text cell starting with - is neutralised")
        XCTAssertEqual(try rows("responsibilities.csv")[4][4], "'+各乡镇")
        XCTAssertEqual(try rows("errors.csv")[1][1], "'-")
    }

    func testWithoutExcelCellsAreWrittenAsTheyAre() throws {
        try write(excel: false)
        XCTAssertEqual(Array(try bytes("documents.csv").prefix(6)), Array("doc_id".utf8))
        XCTAssertEqual(try rows("clauses.csv")[3][7], "=做好其他工作")
        XCTAssertEqual(try rows("responsibilities.csv")[4][4], "+各乡镇")
    }

    // MARK: --format and datapackage.json

    func testFormatAllWritesEverythingAndTheDataPackage() throws {
        try write(format: .all)
        XCTAssertEqual(try files(), (["datapackage.json", "documents.jsonl"] + OutputSink.tableFiles.map(\.name)).sorted())
        XCTAssertEqual(try bytes("datapackage.json"), try DataPackageDescriptor().json())
    }

    func testFormatJSONLinesWritesOnlyDocumentsJSONL() throws {
        try write(format: .jsonl)
        XCTAssertEqual(try files(), ["documents.jsonl"])
    }

    func testFormatCSVWritesTablesAndTheDataPackageOnly() throws {
        try write(format: .csv)
        XCTAssertEqual(try files(), (["datapackage.json"] + OutputSink.tableFiles.map(\.name)).sorted())
    }

    func testTheDataPackageIsOptionalAndAbandonedWithTheRest() throws {
        try write(dataPackage: false)
        XCTAssertFalse(try files().contains("datapackage.json"))
        try FileManager.default.removeItem(at: directory)
        let sink = try OutputSink(directory: directory, dataPackage: true)
        try sink.write(EmitFixtures.record())
        sink.abandon()
        XCTAssertEqual(try files(), [])
    }

    // MARK: Temporary files

    func testTemporaryFilesAreRegisteredUntilFinish() throws {
        let registry = TemporaryFileRegistry()
        let sink = try OutputSink(directory: directory, dataPackage: true, registry: registry)
        XCTAssertEqual(registry.registered.count, 8)
        XCTAssertTrue(registry.registered.allSatisfy { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(".") })
        XCTAssertTrue(registry.registered.allSatisfy { $0.contains(".partial-") })
        try sink.write(EmitFixtures.record())
        try registry.withoutInterruption { try sink.finish() }
        XCTAssertEqual(registry.registered, [])
    }

    func testAnInterruptRemovesTheTemporaryFilesAndKeepsThePreviousOutputs() throws {
        try write()
        let before = try OutputSink.tableFiles.map { try bytes($0.name) }
        let registry = TemporaryFileRegistry()
        let sink = try OutputSink(directory: directory, dataPackage: true, registry: registry)
        try sink.write(EmitFixtures.record(docID: "new"))
        registry.removeAll()
        XCTAssertEqual(try files().filter { $0.hasPrefix(".") }, [])
        XCTAssertEqual(try OutputSink.tableFiles.map { try bytes($0.name) }, before)
    }

    func testTemporaryFilesOfAKilledRunAreRemovedByTheNextRun() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // pid 2^22 + 1 is above Linux's pid_max limit, so no process has it.
        let dead = directory.appendingPathComponent(".clauses.csv.partial-4194305")
        let stranger = directory.appendingPathComponent(".notes.txt.partial-4194305")
        let alive = directory.appendingPathComponent(".targets.csv.partial-1")
        for url in [dead, stranger, alive] { try Data("half".utf8).write(to: url) }
        try write()
        let left = try files()
        XCTAssertFalse(left.contains(dead.lastPathComponent), "a dead run's partial file is removed")
        XCTAssertTrue(left.contains(stranger.lastPathComponent), "files that are not outputs are not touched")
        XCTAssertTrue(left.contains(alive.lastPathComponent), "a running process's partial file is not touched")
    }
}
