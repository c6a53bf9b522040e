import Foundation
import XCTest
@testable import YaodianCore

/// Pages in every encoding the issue lists, declared, undeclared and mis-declared, each read to
/// the same text: libuchardet proposes, strict decoding validates, `CommonHanzi` judges.
final class EncodingRobustnessTests: XCTestCase {
    private let plan = """
    2023年青溪区卫生健康工作要点
    一、提升公共卫生服务能力
    （一）完善疾病预防控制体系。全区建成标准化预防接种门诊12家，居民健康素养水平达到30%以上。
    二、加强组织保障
    严格落实工作责任，确保各项任务按期完成。
    """
    private let traditional = "2023年青溪區衛生健康工作要點。一、提升公共衛生服務能力，完善疾病預防控制體系，全區建成標準化預防接種門診十二家。"

    private func decode(_ bytes: [UInt8], maxBytes: Int = TextDecoder.defaultMaxBytes) throws -> DecodedDocument {
        try TextDecoder(maxBytes: maxBytes).decode(DocumentSource(docID: "d", sourcePath: "in/d.html", bytes: bytes))
    }

    private func page(_ body: String, head: String = "", title: String = "工作要点") -> String {
        "<html><head>\(head)<title>\(title)</title></head><body><pre>\(body)</pre></body></html>"
    }

    // MARK: Detection

    func testLibuchardetRecognisesUndeclaredGBKAndBig5() {
        XCTAssertEqual(CharsetDetector.detect(LegacyEncoding.bytes(plan, in: "GBK")), "GB18030")
        XCTAssertEqual(CharsetDetector.detect(LegacyEncoding.bytes(traditional, in: "BIG5")), "BIG5-HKSCS")
        XCTAssertNil(CharsetDetector.detect([UInt8]()))
    }

    func testUndeclaredGBKIsReadAsGB18030() throws {
        let decoded = try decode(LegacyEncoding.bytes(plan, in: "GBK"))
        XCTAssertEqual(decoded.text, plan)
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertNil(decoded.declaredEncoding)
    }

    func testUndeclaredBig5IsReadAsBig5NotAsGBKGarbage() throws {
        // Big5 bytes are valid GB18030 too; the GB reading is mostly rare characters.
        let bytes = LegacyEncoding.bytes(traditional, in: "BIG5")
        XCTAssertNotNil(IconvDecoder.decode(bytes, from: "GB18030"), "the fixture must also decode as GB18030")
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, traditional)
        XCTAssertEqual(decoded.encoding, "big5")
    }

    // MARK: Declared one charset, written in another

    func testBig5PageDeclaringGB2312IsReadAsBig5() throws {
        let html = page(traditional, head: "<meta charset=\"gb2312\">", title: "工作要點")
        let decoded = try decode(LegacyEncoding.bytes(html, in: "BIG5"))
        XCTAssertEqual(decoded.declaredEncoding, "gb2312")
        XCTAssertEqual(decoded.encoding, "big5")
        XCTAssertEqual(decoded.text, html)
    }

    func testGBKPageDeclaringUTF8IsReadAsGBK() throws {
        let html = page(plan, head: "<meta charset=\"utf-8\">")
        let decoded = try decode(LegacyEncoding.bytes(html, in: "GBK"))
        XCTAssertEqual(decoded.declaredEncoding, "utf-8")
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertEqual(decoded.text, html)
    }

    func testGBKPageDeclaringAWesternCharsetIsReadAsGBK() throws {
        let html = page(plan, head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")
        let decoded = try decode(LegacyEncoding.bytes(html, in: "GBK"))
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertEqual(decoded.text, html)
    }

    func testGBKDeclaredInASavedHTTPHeaderAndTheHeaderIsRemoved() throws {
        let html = page(plan)
        let saved = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=GBK\r\n\r\n" + html
        let decoded = try decode(LegacyEncoding.bytes(saved, in: "GBK"))
        XCTAssertEqual(decoded.declaredEncoding, "gbk")
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertEqual(decoded.text, html)
        XCTAssertEqual(decoded.format, .html)
    }

    func testHTTPHeaderBlockNeedsAStatusOrContentTypeLineAndFieldsOnly() {
        XCTAssertEqual(HTTPHeaderBlock.strip("Content-Type: text/plain\n\n正文"), "正文")
        XCTAssertEqual(HTTPHeaderBlock.strip("HTTP/1.0 200 OK\nX-Cache: HIT\n\n正文"), "正文")
        // A body that happens to start like a header is kept whole.
        let text = "Content: 2023年工作要点\n一、总体要求\n\n正文"
        XCTAssertEqual(HTTPHeaderBlock.strip(text), text)
        let noBlank = "HTTP/1.1 200 OK\nContent-Type: text/html"
        XCTAssertEqual(HTTPHeaderBlock.strip(noBlank), noBlank)
        let notFields = "HTTP/1.1 200 OK\n一、总体要求\n\n正文"
        XCTAssertEqual(HTTPHeaderBlock.strip(notFields), notFields)
    }

    // MARK: UTF-8 and UTF-16

    func testUTF8WithAndWithoutBOMGiveTheSameText() throws {
        let plain = try decode(Array(plan.utf8))
        let bom = try decode([0xEF, 0xBB, 0xBF] + Array(plan.utf8))
        XCTAssertEqual(plain.text, plan)
        XCTAssertEqual(bom.text, plan)
        XCTAssertEqual(bom.encoding, "utf-8")
    }

    func testUTF16WithoutBOMIsToldByItsNULBytes() throws {
        let html = page(plan)
        var le: [UInt8] = [], be: [UInt8] = []
        for unit in html.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        XCTAssertEqual(try decode(le).text, html)
        XCTAssertEqual(try decode(le).encoding, "utf-16le")
        XCTAssertEqual(try decode(be).text, html)
        XCTAssertEqual(try decode(be).encoding, "utf-16be")
    }

    // MARK: Damaged bytes

    func testGBKWithAFewDamagedBytesIsReadLossily() throws {
        var bytes = LegacyEncoding.bytes(String(repeating: plan, count: 3), in: "GBK")
        bytes.insert(0xFF, at: bytes.count / 2)  // 0xFF is never a GB byte
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertTrue(decoded.lossy)
        XCTAssertEqual(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count, 1)
        XCTAssertTrue(decoded.text.hasPrefix("2023年青溪区卫生健康工作要点"))
    }

    func testStrayNULBytesInAPageAreRemovedNotTakenForBinary() throws {
        let html = page(plan)
        let bytes = Array(html.utf8).flatMap { $0 == UInt8(ascii: "<") ? [0, $0] : [$0] }
        XCTAssertGreaterThan(bytes.filter { $0 == 0 }.count * 100, bytes.count, "over 1% NUL bytes")
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, html)
    }

    func testIconvLossyDecodeCountsInvalidBytes() throws {
        let result = try XCTUnwrap(IconvDecoder.decodeLossy([0xCE, 0xC0, 0xFF, 0xC9, 0xFA, 0xCE], from: "GB18030"))
        XCTAssertEqual(result.text, "卫\u{FFFD}生\u{FFFD}")
        XCTAssertEqual(result.invalidBytes, 2)
        XCTAssertNil(IconvDecoder.decode([0xCE, 0xC0, 0xCE], from: "GB18030"))
        XCTAssertEqual(IconvDecoder.decode([0xCE, 0xC0, 0xCE], from: "GB18030", allowIncompleteTail: true), "卫")
        XCTAssertNil(IconvDecoder.decode([0x41], from: "NO-SUCH-CHARSET"))
    }

    func testLongOutputCrossesIconvsChunks() throws {
        let text = String(repeating: plan, count: 2000)  // about 400 KB of GBK
        XCTAssertEqual(IconvDecoder.decode(LegacyEncoding.bytes(text, in: "GBK"), from: "GB18030"), text)
    }

    // MARK: The size cap

    func testACapInsideAGB18030CharacterDropsOnlyThatCharacter() throws {
        let bytes = LegacyEncoding.bytes(plan, in: "GB18030")
        let decoded = try decode(bytes, maxBytes: 9)  // "2023年青" and the first byte of 溪
        XCTAssertEqual(decoded.text, "2023年青")
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertEqual(decoded.cut?.totalBytes, bytes.count)
    }

    func testACapInsideAUTF16SurrogatePairDropsIt() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "卫生𠀀健康".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try decode(bytes, maxBytes: 2 + 2 * 3)  // 卫, 生 and the high surrogate of 𠀀
        XCTAssertEqual(decoded.text, "卫生")
        XCTAssertFalse(decoded.lossy)
        XCTAssertNotNil(decoded.cut)
    }

    func testLoadReadsOnlyUpToTheCapAndHashesTheWholeFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-cap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("big.txt")
        let content = Array(String(repeating: plan, count: 20_000).utf8)  // about 4 MB: several 1 MiB reads
        try Data(content).write(to: url)
        let location = InputLocation(docID: "big", fileURL: url, sourcePath: "big.txt")
        let capped = try location.load(maxBytes: 1_500_000)
        XCTAssertEqual(capped.bytes, Array(content.prefix(1_500_000)))
        XCTAssertEqual(capped.byteCount, content.count)
        XCTAssertEqual(capped.sha256, ContentHash.sha256Hex(content))
        let whole = try location.load()
        XCTAssertEqual(whole.bytes.count, content.count)
        XCTAssertNil(whole.wholeInputSHA256)
        XCTAssertEqual(whole.sha256, capped.sha256)
    }

    func testAFolderIsUnreadable() {
        let location = InputLocation(docID: "dir", fileURL: FileManager.default.temporaryDirectory, sourcePath: "tmp")
        XCTAssertThrowsError(try location.load()) { error in
            XCTAssertEqual(error as? YaodianError, .unreadable(path: "tmp", reason: "it is a directory"))
            XCTAssertEqual((error as? YaodianError)?.inputProblem, .unreadable)
        }
    }

    func testAFileWithoutReadPermissionIsUnreadable() throws {
        guard geteuid() != 0 else { throw XCTSkip("root reads files whatever their permissions") }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-locked-\(UUID().uuidString).html")
        try Data("卫生".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        chmod(url.path, 0)
        XCTAssertThrowsError(try InputLocation(docID: "l", fileURL: url, sourcePath: "locked.html").load()) { error in
            XCTAssertEqual(error as? YaodianError, .unreadable(path: "locked.html", reason: "permission denied"))
        }
    }

    // MARK: The yardstick

    func testCommonHanziHoldsTheFrequentCharactersOfBothScripts() {
        let common = CommonHanzi.shared
        for s in "卫生健康工作要点衛生健康工作要點的一是了".unicodeScalars { XCTAssertTrue(common.contains(s), "\(s)") }
        for s in "鍗敓娴嬭瘯".unicodeScalars { XCTAssertFalse(common.contains(s), "\(s)") }
        XCTAssertFalse(common.contains("A"))
        XCTAssertFalse(CommonHanzi.isJudged("，"))
        XCTAssertTrue(CommonHanzi.isJudged("\u{E000}"))
    }
}
