import Foundation
import XCTest
@testable import YaodianCore

/// `CSVRowWriter` with `CSVTables.write…Rows` gives, table by table, the bytes of the readable
/// path: `CSVTables`' row functions (with `SpreadsheetSafety` for `--excel`) encoded by
/// `CSVRecordEncoder`, each record preceded by CRLF — on the seed documents run through the
/// pipeline and on made-up records with quotes, separators, formula starts and negative numbers.
/// (Both take their cells from the same cell functions; the columns themselves are held to
/// literal rows by `CSVTablesTests`. What this checks is the writer's bytes: quoting, digits,
/// `--excel`, row separators.)
final class CSVRowWriterTests: XCTestCase {
    private func viaRows(_ rows: [[String]], excel: Bool) throws -> [UInt8] {
        guard !rows.isEmpty else { return [] }
        let cells = excel ? rows.map(SpreadsheetSafety.neutralise(row:)) : rows
        return [0x0D, 0x0A] + (try CSVRecordEncoder.encode(cells))
    }

    private func written(_ record: DocumentRecord, excel: Bool,
                         _ write: (DocumentRecord, inout CSVRowWriter) throws -> Void) rethrows -> [UInt8] {
        var w = CSVRowWriter(excel: excel)
        try write(record, &w)
        return w.bytes
    }

    private func assertSameBytes(_ r: DocumentRecord, file: StaticString = #filePath, line: UInt = #line) throws {
        for excel in [false, true] {
            let pairs: [([UInt8], [UInt8], String)] = [
                (try written(r, excel: excel, CSVTables.writeDocumentRow), try viaRows([CSVTables.documentRow(r)], excel: excel), "documents"),
                (try written(r, excel: excel, CSVTables.writeClauseRows), try viaRows(CSVTables.clauseRows(r), excel: excel), "clauses"),
                (try written(r, excel: excel, CSVTables.writeTargetRows), try viaRows(CSVTables.targetRows(r), excel: excel), "targets"),
                (try written(r, excel: excel, CSVTables.writeResponsibilityRows),
                 try viaRows(CSVTables.responsibilityRows(r), excel: excel), "responsibilities"),
                (try written(r, excel: excel, CSVTables.writeFlagRows), try viaRows(CSVTables.flagRows(r), excel: excel), "flags"),
            ]
            for (got, expected, table) in pairs {
                XCTAssertEqual(String(decoding: got, as: UTF8.self), String(decoding: expected, as: UTF8.self),
                               "\(table), excel \(excel)", file: file, line: line)
                XCTAssertEqual(got, expected, "\(table), excel \(excel)", file: file, line: line)
            }
        }
    }

    func testSeedDocuments() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")
        let (inputs, _) = InputCollector().collect([corpus.path])
        XCTAssertFalse(inputs.isEmpty)
        var clauseRows = 0
        for input in inputs {
            let record = try DocumentPipeline().process(input).get()
            clauseRows += CSVTables.clauseRows(record).count
            try assertSameBytes(record)
        }
        XCTAssertGreaterThan(clauseRows, 100)
    }

    func testMadeUpRecords() throws {
        var record = CSVTablesTests.sampleRecord()
        try assertSameBytes(record)
        // Quotes, separators, a comma a combining mark follows, formula starts, negative numbers.
        record.clauses[0].children[0].text = "=SUM(A1) \"引号\", 逗号,\u{301}\r\n换行"
        record.clauses[0].children[0].heading = "-较上年下降"
        record.clauses[0].children[0].children = [
            Clause(id: "1.1.1", parentID: "1.1", depth: 3, markerStyle: .arabicParen, ordinal: 1, marker: "（1）",
                   heading: "@提及", text: "+3", start: -1, end: 1_000_000_001),
        ]
        record.targets[0].raw = "-3.5"
        record.targets[0].value = -3.5
        record.targets[1].indicator = "\t缩进"
        record.responsibilities[0].name = "王某,李某"
        record.flags[0].detail = "="
        record.flags[1].start = -7
        try assertSameBytes(record)
        record.clauses = []
        record.targets = []
        record.responsibilities = []
        record.flags = []
        try assertSameBytes(record)
    }
}
