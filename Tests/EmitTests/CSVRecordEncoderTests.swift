import CSV
import Foundation
import XCTest
@testable import YaodianCore

/// `CSVRecordEncoder` writes the same bytes as CSV.swift's `CSVWriter`, including the fields it
/// hands back to `CSVWriter` (quotes, separators next to combining marks).
final class CSVRecordEncoderTests: XCTestCase {
    private func viaCSVWriter(_ rows: [[String]]) throws -> [UInt8] {
        let memory = OutputStream(toMemory: ())
        memory.open()
        let writer = try CSVWriter(stream: memory, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        let data = memory.property(forKey: .dataWrittenToMemoryStreamKey) as? Data
        memory.close()
        return data.map { [UInt8]($0) } ?? []
    }

    func testSameBytesAsCSVWriter() throws {
        let cells = [
            "", "plain", "居民健康素养水平达到30%", "a,b", "财政资金,卫生", "，全角逗号", "line\nbreak", "crlf\r\nend", "cr\ronly",
            "say \"hi\"", "\"", "“中文引号”", ",", "\n", "e\u{301},x", ",\u{301}", "x\u{300}\n", "\u{600},a", "🇨🇳,🇨🇳",
            "a,\u{200D}b", "ｶﾞ,ﾞ", "=1+2", "-3.5", "tab\there", "末尾,", ",开头", "多,个,逗,号\n换行",
        ]
        var rows: [[String]] = cells.map { [$0] }
        rows.append(cells)
        rows.append([])
        rows.append(["after", "an empty row"])
        for row in rows {
            XCTAssertEqual(try CSVRecordEncoder.encode([row]), try viaCSVWriter([row]), "\(row)")
        }
        XCTAssertEqual(try CSVRecordEncoder.encode(rows), try viaCSVWriter(rows))
        XCTAssertEqual(try CSVRecordEncoder.encode([[], ["a"]]), try viaCSVWriter([[], ["a"]]))
    }
}
