import XCTest
import YaodianCore

/// Which elements never hold body text: hidden by style, or named as chrome by class or id.
final class HTMLVisibilityTests: XCTestCase {
    func testStylesThatHide() {
        for style in ["display:none", "DISPLAY : NONE ;", "visibility: hidden", "font-size:0", "font-size: 0px; color:#fff",
                      "opacity:0", "width:0;height:0;overflow:hidden", "height:0px; overflow:hidden",
                      "position:absolute; left:-9999px", "position:absolute;top:-5000px", "text-indent:-10000em",
                      "margin-left:-3000px"] {
            XCTAssertTrue(HTMLVisibility.styleHides(style), style)
        }
    }

    func testStylesThatShow() {
        for style in ["display:block", "font-size:16px", "font-size:0.9em", "opacity:0.8", "margin-left:-20px",
                      "left:-999px", "text-indent:2em", "height:0", "line-height:0;", "text-align:center"] {
            XCTAssertFalse(HTMLVisibility.styleHides(style), style)
        }
    }

    func testChromeClassesAndIDs() {
        for value in ["nav", "main-nav", "footer", "bdsharebuttonbox", "article share", "sidebar_right", "qrcode",
                      "wza-toolbar", "related", "xgxx", "Pagination", "copyright"] {
            XCTAssertTrue(HTMLVisibility.namesChrome(value), value)
        }
    }

    func testContentClassesAndIDs() {
        for value in ["content", "TRS_Editor", "article-body", "footnote", "navigator-text", "shareholder", "printable", "location"] {
            XCTAssertFalse(HTMLVisibility.namesChrome(value), value)
        }
    }
}
