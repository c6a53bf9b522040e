import CSV
import Foundation
import XCTest
@testable import YaodianCore

/// The output folder: `documents.jsonl` and six CSV tables, RFC 4180 quoting, written atomically
/// and byte-identical for the same input.
final class OutputSinkTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-sink-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    static let files = ["documents.jsonl", "documents.csv", "clauses.csv", "targets.csv", "responsibilities.csv",
                        "flags.csv", "errors.csv"]

    private func run(into dir: URL, _ records: [DocumentRecord], failures: [DocumentFailure] = []) throws {
        let sink = try OutputSink(directory: dir)
        for r in records { try sink.write(r) }
        for f in failures { try sink.write(f) }
        try sink.finish()
    }

    private func text(_ name: String, in dir: URL? = nil) throws -> String {
        try String(contentsOf: (dir ?? directory).appendingPathComponent(name), encoding: .utf8)
    }

    private func rows(_ name: String) throws -> [[String]] {
        let reader = try CSVReader(string: try text(name))
        var out: [[String]] = []
        while let row = reader.next() { out.append(row) }
        return out
    }

    private func exists(_ name: String, in dir: URL? = nil) -> Bool {
        FileManager.default.fileExists(atPath: (dir ?? directory).appendingPathComponent(name).path)
    }

    // MARK: Files and headers

    func testEveryFileIsWrittenWithItsHeader() throws {
        try run(into: directory, [])
        for name in Self.files { XCTAssertTrue(exists(name), name) }
        XCTAssertEqual(try text("documents.jsonl"), "")
        XCTAssertEqual(try rows("documents.csv"), [CSVTables.documents])
        XCTAssertEqual(try rows("clauses.csv"), [CSVTables.clauses])
        XCTAssertEqual(try rows("targets.csv"), [CSVTables.targets])
        XCTAssertEqual(try rows("responsibilities.csv"), [CSVTables.responsibilities])
        XCTAssertEqual(try rows("flags.csv"), [CSVTables.flags])
        XCTAssertEqual(try rows("errors.csv"), [CSVTables.errors])
        XCTAssertTrue(try text("targets.csv").hasPrefix("doc_id,clause_id,indicator,comparator,value,value_max,unit,"))
    }

    func testRowsOfOneDocumentInEveryTable() throws {
        let record = CSVTablesTests.sampleRecord()
        try run(into: directory, [record])
        XCTAssertEqual(try rows("documents.csv").dropFirst().map { $0 }, [CSVTables.documentRow(record)])
        XCTAssertEqual(try rows("clauses.csv").dropFirst().map { $0 }, CSVTables.clauseRows(record))
        XCTAssertEqual(try rows("targets.csv").dropFirst().map { $0 }, CSVTables.targetRows(record))
        XCTAssertEqual(try rows("responsibilities.csv").dropFirst().map { $0 }, CSVTables.responsibilityRows(record))
        XCTAssertEqual(try rows("flags.csv").dropFirst().map { $0 }, CSVTables.flagRows(record))
        XCTAssertEqual(try rows("errors.csv").count, 1)
    }

    func testNumbersAreWrittenWithoutATrailingPointZero() throws {
        try run(into: directory, [CSVTablesTests.sampleRecord()])
        let csv = try text("targets.csv")
        XCTAssertTrue(csv.contains(",eq,30,,%,"), csv)
        XCTAssertFalse(csv.contains("30.0"))
        XCTAssertTrue(csv.contains(",range,3.09,3.4,"))
    }

    func testFailuresGoToErrorsCSV() throws {
        let failure = DocumentFailure(docID: "broken", sourcePath: "in/broken.html", stage: "clean",
                                      error: "cannot parse in/broken.html as HTML: bad, \"very\" bad")
        let sink = try OutputSink(directory: directory)
        try sink.write(failure)
        try sink.finish()
        XCTAssertEqual(sink.failureCount, 1)
        XCTAssertEqual(sink.documentCount, 0)
        XCTAssertEqual(try rows("errors.csv").last, ["broken", "in/broken.html", "clean", "cannot parse in/broken.html as HTML: bad, \"very\" bad"])
    }

    // MARK: RFC 4180 quoting

    func testCommasQuotesAndNewlinesAreQuotedAndReadBack() throws {
        let record = CSVTablesTests.sampleRecord()
        try run(into: directory, [record])
        let clauseText = "居民健康素养水平达到30%，“健康某某”行动，再推进。\n另起一行"
        XCTAssertEqual(try rows("clauses.csv")[2][8], clauseText)
        // A field with a comma, a double quote or a line break is quoted, inner quotes doubled.
        let flags = try text("flags.csv")
        XCTAssertTrue(flags.contains("\"paywall, \"\"未完\"\"\""), flags)
        XCTAssertEqual(try rows("flags.csv")[1][2], "paywall, \"未完\"")
        XCTAssertTrue(try text("clauses.csv").contains("\"\(clauseText)\""))
    }

    func testACarriageReturnLineFeedInsideAFieldSurvives() throws {
        let failure = DocumentFailure(docID: "x", sourcePath: "x.txt", stage: "clean", error: "line one\r\nline two, \"three\"")
        let sink = try OutputSink(directory: directory)
        try sink.write(failure)
        try sink.finish()
        XCTAssertEqual(try rows("errors.csv"), [CSVTables.errors, ["x", "x.txt", "clean", "line one\r\nline two, \"three\""]])
    }

    func testPlainFieldsAreNotQuotedAndRowsEndInCRLF() throws {
        try run(into: directory, [CSVTablesTests.sampleRecord()])
        let csv = try text("documents.csv")
        XCTAssertTrue(csv.hasPrefix("doc_id,source_path,title,"))
        XCTAssertTrue(csv.contains("\r\nplans/某某县2022,plans/某某县2022.txt,某某县2022年卫生健康工作要点,"))
        // RFC 4180: records are separated by CRLF (the last record may or may not end with one).
        let bytes = Array(csv.utf8)
        let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
        XCTAssertEqual(lineFeeds.count, 1)
        XCTAssertTrue(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D })
    }

    // MARK: JSON Lines

    func testOneLinePerDocumentWithSortedKeys() throws {
        let a = CSVTablesTests.sampleRecord(docID: "a")
        let b = CSVTablesTests.sampleRecord(docID: "b")
        try run(into: directory, [a, b])
        let jsonl = try text("documents.jsonl")
        XCTAssertTrue(jsonl.hasSuffix("\n"))
        let lines = jsonl.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 2, "the newline inside a clause's text is escaped")
        for (line, id) in zip(lines, ["a", "b"]) {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(object["doc_id"] as? String, id)
            XCTAssertEqual(object.keys.sorted(), ["body", "clauses", "confidence", "doc_id", "encoding", "flags", "format", "metadata",
                                                  "responsibilities", "sha256", "source_path", "targets"])
        }
        let first = String(lines[0])
        XCTAssertTrue(first.hasPrefix("{\"body\":"))
        let keys = ["\"body\"", "\"clauses\"", "\"doc_id\"", "\"encoding\"", "\"flags\"", "\"format\"", "\"metadata\"",
                    "\"responsibilities\"", "\"sha256\"", "\"source_path\"", "\"targets\""]
        let positions = keys.map { first.range(of: $0 + ":")!.lowerBound }
        XCTAssertEqual(positions, positions.sorted(), "top-level keys in sorted order")
        let metaKeys = ["\"attachments\"", "\"doc_number\"", "\"index_number\"", "\"plan_year\"", "\"published_date\"",
                        "\"publisher\"", "\"region\"", "\"title\"", "\"written_date\""]
        let metaPositions = metaKeys.map { first.range(of: $0 + ":")!.lowerBound }
        XCTAssertEqual(metaPositions, metaPositions.sorted(), "nested keys sorted too")
    }

    func testJSONKeepsSlashesAndNullsForMissingValues() throws {
        try run(into: directory, [CSVTablesTests.sampleRecord()])
        let line = try text("documents.jsonl")
        XCTAssertTrue(line.contains("\"source_path\":\"plans/某某县2022.txt\""))
        XCTAssertTrue(line.contains("\"parent_id\":null"))
        XCTAssertTrue(line.contains("\"value_max\":null"))
        XCTAssertTrue(line.contains("\"value\":30,"), "30 not 30.0")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let metadata = try XCTUnwrap(object["metadata"] as? [String: Any])
        XCTAssertEqual(metadata["plan_year"] as? String, "2022")
        XCTAssertEqual(metadata["attachments"] as? [String], ["工作要点", "任务分解表"])
    }

    // MARK: Atomic writing

    func testNothingIsAtTheFinalPathsBeforeFinish() throws {
        let sink = try OutputSink(directory: directory)
        try sink.write(CSVTablesTests.sampleRecord())
        for name in Self.files { XCTAssertFalse(exists(name), "\(name) before finish()") }
        try sink.finish()
        for name in Self.files { XCTAssertTrue(exists(name), "\(name) after finish()") }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary files after finish()")
    }

    func testAbandonLeavesThePreviousOutputsIntact() throws {
        try run(into: directory, [CSVTablesTests.sampleRecord(docID: "old")])
        let before = try Self.files.map { try text($0) }
        let sink = try OutputSink(directory: directory)
        try sink.write(CSVTablesTests.sampleRecord(docID: "new"))
        sink.abandon()
        XCTAssertEqual(try Self.files.map { try text($0) }, before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "abandon() deletes its temporary files")
    }

    func testAbandonWithoutPreviousOutputsLeavesNothing() throws {
        let sink = try OutputSink(directory: directory)
        try sink.write(CSVTablesTests.sampleRecord())
        sink.abandon()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
    }

    func testFinishReplacesThePreviousOutputs() throws {
        try run(into: directory, [CSVTablesTests.sampleRecord(docID: "old")])
        try run(into: directory, [CSVTablesTests.sampleRecord(docID: "new")])
        XCTAssertEqual(try rows("documents.csv").dropFirst().map { $0[0] }, ["new"])
    }

    func testAtomicFileRenamesIntoPlaceOnCommit() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("x.csv")
        let file = try AtomicFile(url)
        try file.write(Array("a,b\r\n".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.temporaryURL.path))
        try file.commit()
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "a,b\r\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.temporaryURL.path))
    }

    // MARK: Determinism

    func testTheSameInputGivesByteIdenticalOutputs() throws {
        let records = [CSVTablesTests.sampleRecord(docID: "a"), CSVTablesTests.sampleRecord(docID: "b")]
        let failure = DocumentFailure(docID: "c", sourcePath: "c.txt", stage: "ingest", error: "c.txt is empty")
        let second = directory.appendingPathComponent("again")
        try run(into: directory, records, failures: [failure])
        try run(into: second, records, failures: [failure])
        for name in Self.files {
            let one = try Data(contentsOf: directory.appendingPathComponent(name))
            let two = try Data(contentsOf: second.appendingPathComponent(name))
            XCTAssertEqual(one, two, name)
        }
    }
}
