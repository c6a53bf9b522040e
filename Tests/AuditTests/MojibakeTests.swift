import XCTest
@testable import YaodianCore

/// The `mojibake` flag: replacement characters, 锟斤拷 / 烫烫烫, runs of rare characters left by
/// UTF-8 or Big5 read as GBK, and UTF-8 read as Latin-1 — each with its span — and no flag on
/// real text, names of places and people included.
final class MojibakeTests: XCTestCase {
    private func scan(_ text: String) -> [MojibakeScanner.Finding] {
        MojibakeScanner.scan(Array(text.unicodeScalars))
    }

    private func spanText(_ text: String, _ f: MojibakeScanner.Finding) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[f.range]))
    }

    private let sentence = "完善疾病预防控制体系，全区建成标准化预防接种门诊十二家，持续提升基层服务能力。"

    func testKunJinKaoIsOneSpanPerRun() {
        let text = "一、总体要求锟斤拷锟斤拷\n二、重点任务"
        let found = scan(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first.map { spanText(text, $0) }, "锟斤拷锟斤拷")
        XCTAssertTrue(found.first?.detail.contains("锟斤拷") ?? false)
    }

    func testTangTangTangNeedsThreeInARow() {
        XCTAssertEqual(scan("一、总体要求烫烫烫烫").map(\.range), [6..<10])
        XCTAssertEqual(scan("屯屯屯").map(\.range), [0..<3])
        XCTAssertTrue(scan("水很烫烫的。屯兵屯田。").isEmpty)
    }

    func testUTF8ReadAsGBKIsFlaggedOverItsSpan() throws {
        let garbled = try XCTUnwrap(IconvDecoder.decodeLossy(Array(sentence.utf8), from: "GBK")).text
        let text = "一、提升公共卫生服务能力\n（一）" + garbled + "\n二、加强组织保障"
        let found = scan(text)
        XCTAssertEqual(found.count, 1, "\(found)")
        let span = try XCTUnwrap(found.first)
        let prefix = Array("一、提升公共卫生服务能力\n（一）".unicodeScalars).count
        XCTAssertLessThanOrEqual(abs(span.range.lowerBound - prefix), 2)
        XCTAssertTrue(spanText(text, span).contains(String(garbled.unicodeScalars.dropFirst(3).prefix(4))), spanText(text, span) + " / " + garbled)
        XCTAssertFalse(spanText(text, span).contains("二、加强"))
    }

    func testClassicShortExamplesInALine() {
        XCTAssertEqual(scan("鍗敓鍋ュ悍宸ヤ綔瑕佺偣娴嬭瘯娴嬭瘯").count, 1)
    }

    func testGBKReadAsBig5IsFlagged() throws {
        let gbk = LegacyBytes.gbk(sentence + sentence)
        let garbled = try XCTUnwrap(IconvDecoder.decodeLossy(gbk, from: "BIG5")).text
        XCTAssertFalse(scan(garbled).isEmpty, garbled)
    }

    func testUTF8ReadAsLatin1IsFlagged() {
        let latin1 = String(String.UnicodeScalarView(Array("卫生健康".utf8).map { Unicode.Scalar($0) }))
        let found = scan("一、" + latin1 + "工作")
        XCTAssertEqual(found.map(\.range), [2..<14])
        XCTAssertTrue(found.first?.detail.contains("卫生健康") ?? false)
        XCTAssertTrue(scan("Café São Paulo Zürich").isEmpty)
    }

    func testRealTextWithRareNamesIsNotFlagged() {
        let text = """
        （牵头领导：瞿璟；责任科室：疾控科、医政科）鄞州区、婺城区、衢江区、磐安县、嵊州市卫生健康局
        邵逸夫医院、浙大一院、蔺璐、缪鑫、濮阳、亳州、涪陵、崂山、岷县、郫都区、邛崃市、犍为县
        """
        XCTAssertTrue(scan(text).isEmpty, "\(scan(text))")
        XCTAssertTrue(scan(sentence).isEmpty)
    }

    func testTheSeedCorpusHasNoMojibake() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(scan(text).isEmpty, "\(name): \(scan(text).prefix(3))")
        }
    }

    func testTheAuditorTurnsFindingsIntoFlags() throws {
        let body = "2023年某某县卫生健康工作要点\n一、加强疾病预防锟斤拷控制。"
        let flags = QualityAuditor().mojibake(Array(body.unicodeScalars))
        XCTAssertEqual(flags.map(\.flag), [.mojibake])
        XCTAssertEqual(flags.first?.start, 25)
        XCTAssertEqual(flags.first?.end, 28)
    }
}

/// GBK bytes through iconv (Foundation has no GB18030 on Linux).
enum LegacyBytes {
    static func gbk(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for ch in text.unicodeScalars {
            // Encode one scalar at a time by decoding every two-byte GBK code once.
            if ch.isASCII { out.append(UInt8(ch.value)); continue }
            if let pair = table[ch] { out += pair }
        }
        return out
    }

    static let table: [Unicode.Scalar: [UInt8]] = {
        var t: [Unicode.Scalar: [UInt8]] = [:]
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                if let s = IconvDecoder.decode([lead, trail], from: "GBK"), let scalar = s.unicodeScalars.first {
                    t[scalar] = [lead, trail]
                }
            }
        }
        return t
    }()
}
