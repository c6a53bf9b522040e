import XCTest
import YaodianCore

/// HTML or text is decided by content, not by file name: scraped pages are often saved as `.txt`.
final class FormatDetectorTests: XCTestCase {
    func testDoctypeIsHTML() {
        XCTAssertEqual(FormatDetector.detect("<!DOCTYPE html>\n<p>工作要点</p>"), .html)
        XCTAssertEqual(FormatDetector.detect("<!doctype html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">"), .html)
    }

    func testHtmlRootInAnyCaseIsHTML() {
        XCTAssertEqual(FormatDetector.detect("<HTML><BODY>卫生健康工作要点"), .html)
        XCTAssertEqual(FormatDetector.detect("<html lang=\"zh-CN\">"), .html)
    }

    func testXMLPrologIsHTML() {
        XCTAssertEqual(FormatDetector.detect("<?xml version=\"1.0\" encoding=\"utf-8\"?><html>"), .html)
    }

    func testLeadingWhitespaceAndBOMAreSkipped() {
        XCTAssertEqual(FormatDetector.detect("\u{FEFF}\n\n   <!DOCTYPE html><title>要点</title>"), .html)
    }

    func testTextFileFullOfSpamTagsIsHTML() {
        let scraped = """
        <kbd id="q7xm"></kbd><small id="q7xm"></small>
        当前位置：首页 > 政务公开
        2023年青溪区卫生健康工作要点
        """
        XCTAssertEqual(FormatDetector.detect(scraped), .html)
    }

    func testThreeTagsAnywhereInTheHeadMakeHTML() {
        let text = "2023年青溪区卫生健康工作要点\n一、总体要求<br>\n二、重点任务<br/>\n三、保障措施</p>"
        XCTAssertEqual(FormatDetector.detect(text), .html)
    }

    func testTwoTagsAreNotEnough() {
        XCTAssertEqual(FormatDetector.detect("一、总体要求<br>\n二、重点任务<br>\n三、保障措施"), .text)
    }

    func testPlainCopiedTextIsText() {
        let copied = """
        您现在所在的位置：首页 > 信息公开 > 计划总结
        2023年青溪区卫生健康工作要点
        发布日期：2023-02-14　浏览次数：368
        一、提升公共卫生服务能力
        """
        XCTAssertEqual(FormatDetector.detect(copied), .text)
    }

    func testComparisonsAndBookTitleBracketsAreNotTags() {
        let text = """
        孕产妇死亡率<10/10万，婴儿死亡率<5‰。
        落实《青溪区健康促进条例》<第三章>要求。
        血压<140/90 mmHg者 <3 人 < 5 人
        """
        XCTAssertEqual(FormatDetector.detect(text), .text)
    }

    func testTinyAndEmptyInputsAreText() {
        XCTAssertEqual(FormatDetector.detect(""), .text)
        XCTAssertEqual(FormatDetector.detect("<"), .text)
        XCTAssertEqual(FormatDetector.detect("<p"), .text)
        XCTAssertEqual(FormatDetector.detect("卫"), .text)
    }

    func testDecoderUsesTheDetector() throws {
        let scraped = "<p>一、总体要求</p><p>二、重点任务</p>"
        let decoded = try TextDecoder().decode(DocumentSource(docID: "d", sourcePath: "plan.txt", bytes: Array(scraped.utf8)))
        XCTAssertEqual(decoded.format, .html)
        let copied = "一、总体要求\n二、重点任务"
        let text = try TextDecoder().decode(DocumentSource(docID: "d", sourcePath: "plan.html", bytes: Array(copied.utf8)))
        XCTAssertEqual(text.format, .text)
    }
}
