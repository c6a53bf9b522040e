import Foundation
import XCTest
import YaodianCore

/// Replays every saved fuzz finding (`Tests/Fixtures/fuzz-regressions/`) and every hostile sample
/// (`Tests/Fixtures/hostile/`) through the whole document path, as `Sources/YaodianFuzz` does:
/// each must end as a record that keeps `RecordInvariants` and encodes, or as a per-document
/// error — never as a crash.
final class FuzzRegressionTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func replay(_ folder: String) throws -> Int {
        let dir = Self.fixtures.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix("README") }.sorted()
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            // As in the harness: an input ending in 0x7F is read with a cap at three quarters of it.
            var pipeline = DocumentPipeline()
            if bytes.count >= 8, bytes.last == 0x7F { pipeline.decoder = TextDecoder(maxBytes: bytes.count * 3 / 4) }
            let source = DocumentSource(docID: "fuzz", sourcePath: name, bytes: bytes)
            do {
                let record = try pipeline.process(source)
                XCTAssertEqual(RecordInvariants.violations(of: record), [], name)
                XCTAssertNoThrow(try DocumentLineEncoder().encode(record), name)
            } catch {
                XCTAssertFalse(error.description.isEmpty, name)
            }
        }
        return names.count
    }

    func testSavedFuzzFindingsStaySound() throws {
        _ = try replay("fuzz-regressions")
    }

    func testHostileSamplesStaySound() throws {
        XCTAssertGreaterThanOrEqual(try replay("hostile"), 15)
    }

    func testInvariantsCatchABrokenRecord() throws {
        let source = DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array("一、总体要求\n全区建成标准化预防接种门诊12家。".utf8))
        var record = try DocumentPipeline().process(source)
        XCTAssertEqual(RecordInvariants.violations(of: record), [])
        record.flags.append(QualityFlag(flag: .mojibake, detail: "x", start: 5, end: 999))
        record.body += "\r"
        XCTAssertEqual(RecordInvariants.violations(of: record).count, 2)
    }
}
