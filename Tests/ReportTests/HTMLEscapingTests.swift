import XCTest
@testable import YaodianCore

/// Everything a scraped body holds must reach the page as text, never as markup.
final class HTMLEscapingTests: XCTestCase {
    func testMarkupCharactersBecomeReferences() {
        XCTAssertEqual(HTMLEscaping.text("<script>alert(\"x\" & 'y')</script>"),
                       "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
        XCTAssertEqual(HTMLEscaping.text("疫苗接种率>90%，5<6"), "疫苗接种率&gt;90%，5&lt;6")
        XCTAssertEqual(HTMLEscaping.text("&amp;"), "&amp;amp;", "an entity in the body is text, not an entity")
    }

    func testChineseAndLineBreaksStayAsTheyAre() {
        XCTAssertEqual(HTMLEscaping.text("一、总体要求\n（牵头领导：钱博）𠮷"), "一、总体要求\n（牵头领导：钱博）𠮷")
    }

    func testAttributesKeepLineBreaksAsReferences() {
        XCTAssertEqual(HTMLEscaping.attribute("a\"b\nc\td"), "a&quot;b&#10;c&#9;d")
    }

    func testForbiddenControlCharactersBecomeReplacementCharacters() {
        XCTAssertEqual(HTMLEscaping.text("a\u{0}b\u{7}c\u{7F}d\u{85}e\u{FFFF}"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}")
    }

    func testURLsInTextAreNotWrittenAsURLs() {
        let escaped = HTMLEscaping.text("……(新文秘网http://www.wm114.cn省略659字) HTTPS://X.CN ftp://y")
        XCTAssertFalse(escaped.lowercased().contains("http://"))
        XCTAssertFalse(escaped.lowercased().contains("https://"))
        XCTAssertTrue(escaped.contains("http&#58;//www.wm114.cn"))
        XCTAssertEqual(HTMLEscaping.text("时间:2021年 a:b 结尾:"), "时间:2021年 a:b 结尾:", "other colons are untouched")
        XCTAssertFalse(HTMLEscaping.attribute("see https://a.b").contains("https://"))
    }
}
