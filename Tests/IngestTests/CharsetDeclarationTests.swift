import XCTest
import YaodianCore

/// The charset a page declares about itself, read from the raw bytes' first 4 KiB, lower-cased.
final class CharsetDeclarationTests: XCTestCase {
    private func find(_ text: String) -> String? {
        CharsetDeclaration.find(in: Array(text.utf8))
    }

    func testMetaCharset() {
        XCTAssertEqual(find("<html><head><meta charset=\"gb2312\"><title>工作要点</title>"), "gb2312")
        XCTAssertEqual(find("<meta charset='UTF-8'>"), "utf-8")
        XCTAssertEqual(find("<meta charset=GB18030>"), "gb18030")
    }

    func testHTTPEquivContentType() {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\" />"
        XCTAssertEqual(find(head), "gbk")
    }

    func testSpacesAroundTheEqualsSign() {
        XCTAssertEqual(find("<meta charset = \"gb2312\">"), "gb2312")
    }

    func testXMLPrologEncoding() {
        XCTAssertEqual(find("<?xml version=\"1.0\" encoding=\"GB18030\"?>\n<html>"), "gb18030")
    }

    func testHTTPHeaderLineSavedWithThePage() {
        XCTAssertEqual(find("HTTP/1.1 200 OK\nContent-Type: text/html;charset=x-gbk\n\n<html>"), "x-gbk")
    }

    func testNamesKeepDigitsDashesAndUnderscores() {
        XCTAssertEqual(find("<meta charset=\"GB_2312-80\">"), "gb_2312-80")
    }

    func testNoDeclaration() {
        XCTAssertNil(find("<html><head><title>2023年青溪区卫生健康工作要点</title></head>"))
        XCTAssertNil(find("2023年青溪区卫生健康工作要点\n一、总体要求"))
    }

    func testTheWordWithoutAnEqualsSignIsSkipped() {
        // "charset" mentioned in text before the real declaration.
        XCTAssertEqual(find("<!-- charset notes --><meta charset=\"gbk\">"), "gbk")
        XCTAssertNil(find("the encoding of this page"))
    }

    func testOnlyTheFirstFourKiBAreRead() {
        let padding = String(repeating: " ", count: 4100)
        XCTAssertNil(find(padding + "<meta charset=\"gbk\">"))
        XCTAssertEqual(find(String(repeating: " ", count: 3000) + "<meta charset=\"gbk\">"), "gbk")
    }

    func testCharsetWinsOverAnEarlierXMLEncoding() {
        // Both keys present: `charset` is looked for first.
        XCTAssertEqual(find("<?xml version=\"1.0\" encoding=\"utf-8\"?><meta charset=\"gbk\">"), "gbk")
    }

    func testGBFamily() {
        for name in ["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "x-euc-cn", "windows-936"] {
            XCTAssertTrue(CharsetDeclaration.isGBFamily(name), name)
        }
        XCTAssertFalse(CharsetDeclaration.isGBFamily("utf-8"))
        XCTAssertFalse(CharsetDeclaration.isGBFamily("big5"))
    }

    func testBig5Family() {
        XCTAssertTrue(CharsetDeclaration.isBig5("big5"))
        XCTAssertTrue(CharsetDeclaration.isBig5("big5-hkscs"))
        XCTAssertFalse(CharsetDeclaration.isBig5("gbk"))
    }

    func testDeclarationIsFoundInGBKBytes() {
        // The declaration is ASCII, so it is found before decoding, whatever the rest is.
        let bytes = Array("<meta charset=\"gbk\"><p>".utf8) + [0xCE, 0xC0, 0xC9, 0xFA] + Array("</p>".utf8)
        XCTAssertEqual(CharsetDeclaration.find(in: bytes), "gbk")
    }
}
