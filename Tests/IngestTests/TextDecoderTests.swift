import XCTest
@testable import YaodianCore

/// Decoding order of trust: byte-order mark, strict UTF-8, a declared Big5, GB18030, lossy UTF-8
/// under 1% invalid bytes, else an `undecodable` error for that document only.
final class TextDecoderTests: XCTestCase {
    private let notice = "青溪区卫生健康委员会关于印发2023年卫生健康工作要点的通知"

    private func decode(_ bytes: [UInt8], path: String = "qingxi/notice.txt") throws -> DecodedDocument {
        try TextDecoder().decode(DocumentSource(docID: "notice", sourcePath: path, bytes: bytes))
    }

    private func decodingError(_ bytes: [UInt8], maxBytes: Int = 64 << 20) -> YaodianError? {
        do {
            _ = try TextDecoder(maxBytes: maxBytes).decode(DocumentSource(docID: "d", sourcePath: "in/d.html", bytes: bytes))
            return nil
        } catch {
            return error
        }
    }

    // MARK: UTF-8 and UTF-16

    func testUTF8WithoutBOM() throws {
        let decoded = try decode(Array(notice.utf8))
        XCTAssertEqual(decoded.text, notice)
        XCTAssertEqual(decoded.encoding, "utf-8")
        XCTAssertFalse(decoded.lossy)
        XCTAssertNil(decoded.declaredEncoding)
        XCTAssertEqual(decoded.format, .text)
    }

    func testUTF8BOMIsStripped() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array(notice.utf8))
        XCTAssertEqual(decoded.text, notice)
        XCTAssertFalse(decoded.text.unicodeScalars.contains("\u{FEFF}"))
        XCTAssertEqual(decoded.encoding, "utf-8")
        XCTAssertFalse(decoded.lossy)
    }

    func testUTF8BOMWithInvalidBytesIsLossy() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("一、总体要求".utf8) + [0xFF] + Array("二、重点任务".utf8))
        XCTAssertEqual(decoded.encoding, "utf-8")
        XCTAssertTrue(decoded.lossy)
        XCTAssertEqual(decoded.text, "一、总体要求\u{FFFD}二、重点任务")
    }

    func testUTF16LittleEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in notice.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, notice)
        XCTAssertEqual(decoded.encoding, "utf-16le")
        XCTAssertFalse(decoded.lossy)
    }

    func testUTF16BigEndianWithBOM() throws {
        // A supplementary-plane character (𠀀) exercises surrogate pairs.
        let text = "区卫健委𠀀工作要点"
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.encoding, "utf-16be")
        XCTAssertFalse(decoded.lossy)
    }

    func testUTF16WithALoneSurrogateIsLossy() throws {
        // 卫 then an unpaired high surrogate D800 then 生, little-endian.
        let decoded = try decode([0xFF, 0xFE, 0x6B, 0x53, 0x00, 0xD8, 0x1F, 0x75])
        XCTAssertEqual(decoded.encoding, "utf-16le")
        XCTAssertTrue(decoded.lossy)
        XCTAssertEqual(decoded.text, "卫\u{FFFD}生")
    }

    func testUTF16HTMLPageIsDetectedAsHTML() throws {
        let page = "<html><head><title>工作要点</title></head><body><p>一、总体要求</p></body></html>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in page.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try decode(bytes, path: "page.txt")
        XCTAssertEqual(decoded.format, .html)
        XCTAssertEqual(decoded.text, page)
    }

    // MARK: GBK, GB2312, GB18030, Big5

    func testKnownGBKBytes() throws {
        // "卫生" is CE C0 C9 FA in GBK (and in GB2312 and GB18030).
        let decoded = try decode([0xCE, 0xC0, 0xC9, 0xFA])
        XCTAssertEqual(decoded.text, "卫生")
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertFalse(decoded.lossy)
        XCTAssertEqual(decoded.format, .text)
    }

    func testGBKSentenceBuiltWithIconv() throws {
        let text = "2023年，全区居民健康素养水平达到30%以上。"
        let bytes = LegacyEncoding.bytes(text, in: "GBK")
        XCTAssertNil(String(validating: bytes, as: UTF8.self), "the fixture must not be valid UTF-8")
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.encoding, "gb18030")
    }

    func testGB18030FourByteCharacterSurvives() throws {
        // 𠀀 (U+20000) has no GBK code; GB18030 writes it as 95 32 82 36.
        XCTAssertEqual(LegacyEncoding.bytes("𠀀", in: "GB18030"), [0x95, 0x32, 0x82, 0x36])
        let text = "一、𠀀村卫生室标准化建设"
        let decoded = try decode(LegacyEncoding.bytes(text, in: "GB18030"))
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.encoding, "gb18030")
    }

    func testGB2312PageDeclaringItsCharsetIsHTML() throws {
        let page = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <title>青溪区卫生健康工作要点</title></head>
        <body><p>一、提升公共卫生服务能力</p></body></html>
        """
        let decoded = try decode(LegacyEncoding.bytes(page, in: "GB2312"), path: "page.htm")
        XCTAssertEqual(decoded.text, page)
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertEqual(decoded.declaredEncoding, "gb2312")
        XCTAssertEqual(decoded.format, .html)
    }

    func testGB18030PageCleansLikeItsUTF8Twin() throws {
        // The decoded text goes to libxml2 as UTF-8 whatever the <meta> says (libxml2.md, pitfall 3):
        // nothing after the 4-byte character may be lost.
        let page = """
        <html><head><meta charset="gb2312"><title>青溪区卫生健康工作要点</title></head>
        <body><p>一、𠀀村卫生室标准化建设</p><p>二、深化紧密型医共体建设。</p></body></html>
        """
        let gb = try decode(LegacyEncoding.bytes(page, in: "GB18030"), path: "page.html")
        let utf8 = try decode(Array(page.utf8), path: "page.html")
        XCTAssertEqual(gb.encoding, "gb18030")
        let cleanGB = try DocumentCleaner().clean(gb)
        XCTAssertEqual(cleanGB.body, "一、𠀀村卫生室标准化建设\n二、深化紧密型医共体建设。")
        XCTAssertEqual(cleanGB.body, try DocumentCleaner().clean(utf8).body)
        XCTAssertEqual(cleanGB.htmlTitle, "青溪区卫生健康工作要点")
    }

    func testPageDeclaringGB2312ButWrittenInUTF8IsReadAsUTF8() throws {
        let page = """
        <html><head><meta charset="gb2312"><title>2023年青溪区卫生健康工作要点</title></head>
        <body><div class="content"><p>一、提升公共卫生服务能力</p></div></body></html>
        """
        let decoded = try decode(Array(page.utf8), path: "page.html")
        XCTAssertEqual(decoded.text, page)
        XCTAssertEqual(decoded.encoding, "utf-8")
        XCTAssertEqual(decoded.declaredEncoding, "gb2312")
        XCTAssertFalse(decoded.lossy)
    }

    func testDeclaredBig5IsDecodedAsBig5() throws {
        let page = "<meta charset=\"big5\"><p>衛生健康工作要點</p>"
        let bytes = LegacyEncoding.bytes(page, in: "BIG5")
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.encoding, "big5")
        XCTAssertEqual(decoded.declaredEncoding, "big5")
        XCTAssertEqual(decoded.text, page)
    }

    func testBig5BytesWithoutDeclarationAreNotReadAsBig5() throws {
        // Without a declaration the GB family is tried first: Big5 is only used when declared.
        let decoded = try decode([0xBD, 0xC3, 0xA5, 0xCD])
        XCTAssertNotEqual(decoded.encoding, "big5")
    }

    // MARK: Invalid, empty and binary input

    func testAFewInvalidBytesInUTF8AreReplacedAndFlaggedLossy() throws {
        // One 0xFF in a long UTF-8 text: not UTF-8, not GB18030 (0xFF is never a GB byte), under 1% invalid.
        let sentence = "持续推进健康青溪建设，居民健康素养水平稳步提升。"
        let bytes = Array(String(repeating: sentence, count: 4).utf8) + [0xFF] + Array(sentence.utf8)
        XCTAssertLessThan(1.0 / Double(bytes.count), 0.01)
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.encoding, "utf-8")
        XCTAssertTrue(decoded.lossy)
        XCTAssertEqual(decoded.text, String(repeating: sentence, count: 4) + "\u{FFFD}" + sentence)
    }

    func testMostlyInvalidBytesAreUndecodable() {
        let bytes = [UInt8](repeating: 0xFF, count: 40) + Array("卫生".utf8)
        XCTAssertEqual(decodingError(bytes), .undecodable(path: "in/d.html", encoding: "utf-8"))
    }

    func testUndecodableErrorNamesTheDeclaredCharset() {
        let bytes = Array("<meta charset=\"gbk\">".utf8) + [UInt8](repeating: 0xFF, count: 40)
        XCTAssertEqual(decodingError(bytes), .undecodable(path: "in/d.html", encoding: "gbk"))
    }

    func testEmptyInputIsAnIngestError() {
        let error = decodingError([])
        XCTAssertEqual(error, .empty(path: "in/d.html"))
        XCTAssertEqual(error?.stage, "ingest")
    }

    func testBinaryInputIsAnError() {
        // A PNG header followed by a zero-filled chunk.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
            + [UInt8](repeating: 0, count: 200)
        let error = decodingError(png)
        XCTAssertEqual(error, .binary(path: "in/d.html"))
        XCTAssertEqual(error?.stage, "ingest")
    }

    func testControlCharactersOverOnePercentAreBinary() {
        var bytes = Array(String(repeating: "卫生健康", count: 10).utf8)  // 120 bytes
        bytes += [0x01, 0x02]
        XCTAssertEqual(decodingError(bytes), .binary(path: "in/d.html"))
    }

    func testTabsFormFeedsAndEscapesAreNotBinary() throws {
        let text = "一、总体要求\t\u{0C}\u{1B}\r\n二、重点任务"
        XCTAssertEqual(try decode(Array(text.utf8)).text, text)
    }

    func testStrayNULBytesAreRemoved() throws {
        let sentence = "一、提升公共卫生服务能力。全区建成标准化预防接种门诊12家。"
        let bytes = Array(String(repeating: sentence, count: 3).utf8) + [0x00] + Array(sentence.utf8) + [0x00]
        let decoded = try decode(bytes)
        XCTAssertEqual(decoded.text, String(repeating: sentence, count: 4))
        XCTAssertFalse(decoded.text.unicodeScalars.contains("\u{0}"))
    }

    func testNULBytesInUTF16AreRemoved() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "卫\u{0}生".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertEqual(try decode(bytes).text, "卫生")
    }

    func testInputOverTheSizeCapIsCutNotRefused() throws {
        let bytes = Array(String(repeating: "卫", count: 100).utf8)  // 300 bytes
        let decoded = try TextDecoder(maxBytes: 299).decode(DocumentSource(docID: "d", sourcePath: "in/d.html", bytes: bytes))
        // 299 bytes end in the middle of the 100th character, which is dropped.
        XCTAssertEqual(decoded.text, String(repeating: "卫", count: 99))
        XCTAssertEqual(decoded.cut, DecodedDocument.Cut(keptBytes: 299, totalBytes: 300))
        XCTAssertFalse(decoded.lossy)
        XCTAssertEqual(decoded.source.sha256, ContentHash.sha256Hex(bytes), "the hash is of the whole input")
        let whole = try TextDecoder(maxBytes: 300).decode(DocumentSource(docID: "d", sourcePath: "in/d.html", bytes: bytes))
        XCTAssertNil(whole.cut)
        XCTAssertEqual(whole.text, String(repeating: "卫", count: 100))
    }

    func testDecodedDocumentKeepsItsSource() throws {
        let decoded = try decode(Array("卫生".utf8), path: "2023/青溪区.txt")
        XCTAssertEqual(decoded.source.docID, "notice")
        XCTAssertEqual(decoded.source.sourcePath, "2023/青溪区.txt")
        XCTAssertEqual(decoded.source.bytes, Array("卫生".utf8))
    }
}
