import XCTest
@testable import YaodianCore

/// `yaodian report` reads an output folder and writes the pages atomically and reproducibly.
final class ReportWriterTests: XCTestCase {
    /// XCTest makes one instance a test, so each test has a folder of its own.
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-tests-\(UUID().uuidString)")

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var lines: [UInt8] = []
        for record in [ReportFixtures.record(docID: "004_demo"), ReportFixtures.record(docID: "001_first", title: "调研报告")] {
            lines += try DocumentLineEncoder().encode(record)
        }
        try Data(lines).write(to: folder.appendingPathComponent("documents.jsonl"))
        try Data("doc_id,source_path,stage,error\r\nempty,/data/empty.txt,ingest,\"/data/empty.txt is empty, \"\"really\"\"\"\r\n".utf8)
            .write(to: folder.appendingPathComponent("errors.csv"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func report(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent("report").appendingPathComponent(name)), as: UTF8.self)
    }

    func testWritesTheIndexAndOnePagePerDocument() throws {
        let summary = try ReportWriter(outputDirectory: folder).write()
        XCTAssertEqual(summary.documents, 2)
        XCTAssertEqual(summary.errors, 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("report").path).sorted()
        XCTAssertEqual(names, ["001_first.html", "004_demo.html", "index.html"], "no temporary files are left")
        let index = try report("index.html")
        XCTAssertLessThan(try XCTUnwrap(index.range(of: "001_first.html")).lowerBound,
                          try XCTUnwrap(index.range(of: "004_demo.html")).lowerBound, "documents in doc_id order")
        XCTAssertTrue(index.contains("<td>/data/empty.txt is empty, &quot;really&quot;</td>"))
        XCTAssertTrue(try report("004_demo.html").contains("id=\"tag-0\""))
    }

    func testSameInputSameBytes() throws {
        try ReportWriter(outputDirectory: folder).write()
        let first = try ["index.html", "001_first.html", "004_demo.html"].map(report)
        try ReportWriter(outputDirectory: folder).write()
        XCTAssertEqual(try ["index.html", "001_first.html", "004_demo.html"].map(report), first)
    }

    func testPagesOfDocumentsThatAreGoneAreRemoved() throws {
        let reportFolder = folder.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: reportFolder, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: reportFolder.appendingPathComponent("999_gone.html"))
        try Data("notes".utf8).write(to: reportFolder.appendingPathComponent("notes.txt"))
        let summary = try ReportWriter(outputDirectory: folder).write()
        XCTAssertEqual(summary.removedPages, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: reportFolder.appendingPathComponent("999_gone.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: reportFolder.appendingPathComponent("notes.txt").path))
    }

    func testExcelErrorsAndMissingErrorsFile() throws {
        try Data("\u{FEFF}doc_id,source_path,stage,error\r\nx,'=cmd.txt,ingest,'-bad\r\n".utf8)
            .write(to: folder.appendingPathComponent("errors.csv"))
        XCTAssertEqual(try ErrorTableReader.failures(in: folder),
                       [DocumentFailure(docID: "x", sourcePath: "=cmd.txt", stage: "ingest", error: "-bad")])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("errors.csv"))
        XCTAssertEqual(try ReportWriter(outputDirectory: folder).write().errors, 0)
        XCTAssertFalse(try report("index.html").contains("data-total=\"errors\""))
    }

    func testMissingOrBrokenInputIsAnError() throws {
        try Data("{not json\n".utf8).write(to: folder.appendingPathComponent("documents.jsonl"))
        XCTAssertThrowsError(try ReportWriter(outputDirectory: folder).write()) { error in
            guard case .unreadableInput(let path, _)? = error as? ReportError else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("documents.jsonl"))
        }
        let empty = folder.appendingPathComponent("nothing-here")
        XCTAssertThrowsError(try ReportWriter(outputDirectory: empty).write())
    }

    func testPageNamesAreSafeAndUnique() {
        let names = ReportWriter.pageNames(for: ["004_e4a73cddc4d3395e", "../etc/passwd", "index", "A", "a", "", "某县 2022"])
        XCTAssertEqual(names["004_e4a73cddc4d3395e"], "004_e4a73cddc4d3395e.html")
        XCTAssertEqual(names["../etc/passwd"], "doc_.._etc_passwd.html")
        XCTAssertEqual(names["index"], "doc_index.html")
        XCTAssertEqual(names["A"], "A.html")
        XCTAssertEqual(names["a"], "a-2.html", "case-insensitive file systems")
        XCTAssertEqual(names[""], "doc_.html")
        XCTAssertEqual(names["某县 2022"], "某县_2022.html")
    }
}
