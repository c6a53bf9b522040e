import Foundation
import XCTest
@testable import YaodianCore

/// `DocumentJSONWriter` writes the bytes `JSONEncoder` (sorted keys, unescaped slashes) writes,
/// on the seed documents run through the pipeline and on made-up records with every optional
/// field empty and set, escapes, and numbers Swift prints in exponent form.
final class DocumentJSONWriterTests: XCTestCase {
    private func viaJSONEncoder(_ record: DocumentRecord) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return [UInt8](try encoder.encode(record))
    }

    private func assertSameBytes(_ record: DocumentRecord, file: StaticString = #filePath, line: UInt = #line) throws {
        var written: [UInt8] = []
        try DocumentJSONWriter.write(record, to: &written)
        let expected = try viaJSONEncoder(record)
        XCTAssertEqual(String(decoding: written, as: UTF8.self), String(decoding: expected, as: UTF8.self), file: file, line: line)
        XCTAssertEqual(written, expected, file: file, line: line)
    }

    func testSeedDocuments() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")
        let (inputs, _) = InputCollector().collect([corpus.path])
        XCTAssertFalse(inputs.isEmpty)
        for input in inputs {
            try assertSameBytes(try DocumentPipeline().process(input).get())
        }
    }

    func testMadeUpRecords() throws {
        var record = CSVTablesTests.sampleRecord()
        try assertSameBytes(record)
        record.body = "控制\u{0}\u{1}\u{8}\t\n\u{B}\u{C}\r\u{1F} \"quoted\" back\\slash /path/ \u{7F}\u{2028}é𠀀🇨🇳"
        record.metadata.attachments = ["附件1：\"表\"", ""]
        record.flags = [QualityFlag(flag: .mojibake, detail: "\u{FFFD}\u{FFFD}", start: 0, end: 2),
                        QualityFlag(flag: .truncated, detail: "", start: 5, end: 5)]
        for (value, valueMax) in [(0.0, -0.0), (30, 3.09), (1e16, 1.5e16), (0.1 + 0.2, 1e-5), (123456789012345678, 4.35e-7)] as [(Double, Double)] {
            record.targets[0].value = value
            record.targets[0].valueMax = valueMax
            record.confidence = ConfidenceSummary(clauseCoverage: value, numbers: 3, unexplained: [0..<2, 5..<9])
            try assertSameBytes(record)
        }
        record.targets[0].value = nil
        record.targets[0].valueMax = nil
        record.targets[0].clauseID = nil
        record.responsibilities = record.responsibilities.map { var r = $0; r.clauseID = nil; return r }
        record.clauses = record.clauses.map { var c = $0; c.ordinal = nil; c.parentID = nil; c.children = []; return c }
        try assertSameBytes(record)
        record.clauses = []
        record.targets = []
        record.responsibilities = []
        record.flags = []
        record.metadata = DocumentMetadata()
        record.confidence = ConfidenceSummary(clauseCoverage: 0, numbers: 0, unexplained: [])
        try assertSameBytes(record)
    }

    func testNonFiniteNumbersFailAsWithJSONEncoder() {
        var record = CSVTablesTests.sampleRecord()
        record.targets[0].value = .infinity
        var out: [UInt8] = []
        XCTAssertThrowsError(try DocumentJSONWriter.write(record, to: &out))
        XCTAssertThrowsError(try viaJSONEncoder(record))
    }
}
