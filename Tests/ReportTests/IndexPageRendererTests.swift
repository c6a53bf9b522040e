import XCTest
@testable import YaodianCore

/// The index sums up the corpus, charts it and links every document.
final class IndexPageRendererTests: XCTestCase {
    private func records() -> [DocumentRecord] {
        var second = ReportFixtures.record(docID: "005_other", title: "杭州市<卫生>健康委员会2020年工作要点")
        second.targets.removeLast()
        second.flags = [QualityFlag(flag: .redactedValues, detail: "masked number 「**」", start: 1, end: 3),
                        QualityFlag(flag: .redactedValues, detail: "masked number 「**」", start: 5, end: 7)]
        second.metadata.planYear = ""
        return [ReportFixtures.record(), second]
    }

    private func page(errors: [DocumentFailure] = []) -> String {
        let records = records()
        return IndexPageRenderer(records: records, pageNames: ReportWriter.pageNames(for: records.map(\.docID)), errors: errors).render()
    }

    func testSummaryCounts() {
        let html = page()
        XCTAssertTrue(html.contains("<div class=\"card\" data-total=\"documents\"><b>2</b>"))
        XCTAssertTrue(html.contains("<div class=\"card\" data-total=\"clauses\"><b>6</b>"))
        XCTAssertTrue(html.contains("<div class=\"card\" data-total=\"targets\"><b>5</b>"))
        XCTAssertTrue(html.contains("<div class=\"card\" data-total=\"responsibility rows\"><b>6</b>"))
        XCTAssertTrue(html.contains("<div class=\"card\" data-total=\"flags\"><b>4</b>"))
        XCTAssertFalse(html.contains("data-total=\"errors\""), "no errors card without errors")
    }

    func testTwoChartsAsInlineSVG() throws {
        let html = page()
        XCTAssertEqual(html.components(separatedBy: "<svg class=\"chart\"").count - 1, 2)
        let targets = try XCTUnwrap(html.range(of: "<figure id=\"chart-targets\">"))
        let flags = try XCTUnwrap(html.range(of: "<figure id=\"chart-flags\">"))
        let targetChart = String(html[targets.upperBound..<flags.lowerBound])
        XCTAssertTrue(targetChart.contains("<a href=\"004_demo.html\">"))
        XCTAssertTrue(targetChart.contains(">3</text>") && targetChart.contains(">2</text>"))
        XCTAssertTrue(targetChart.contains("杭州市&lt;卫生&gt;健康委员会"))
        let flagChart = String(html[flags.upperBound...])
        for kind in QualityFlag.Kind.allCases {
            XCTAssertTrue(flagChart.contains(">\(kind.rawValue)</text>"), kind.rawValue)
        }
        XCTAssertTrue(flagChart.contains("<title>redacted_values: 2 flags in 1 documents</title>"))
    }

    func testDocumentTableLinksEveryPage() {
        let html = page()
        XCTAssertTrue(html.contains("<td><a href=\"004_demo.html\">2023年某县卫生健康工作要点</a></td><td>某县</td>"))
        XCTAssertTrue(html.contains("<a href=\"005_other.html\">杭州市&lt;卫生&gt;健康委员会2020年工作要点</a>"))
        XCTAssertTrue(html.contains("<span class=\"chip\">redacted_values ×2</span>"))
        XCTAssertTrue(html.contains("<span class=\"chip\">truncated</span><span class=\"chip\">toc_removed</span>"), "in the guide's order")
        XCTAssertFalse(html.contains("<卫生>"))
    }

    func testErrorsAreShownWhenThereAreAny() {
        let html = page(errors: [DocumentFailure(docID: "empty", sourcePath: "/data/pages/empty.txt", stage: "ingest",
                                                 error: "/data/pages/empty.txt is empty & <bad>")])
        XCTAssertTrue(html.contains("<div class=\"card bad\" data-total=\"errors\"><b>1</b>"))
        XCTAssertTrue(html.contains("<td>ingest</td><td>/data/pages/empty.txt is empty &amp; &lt;bad&gt;</td>"))
    }

    func testSelfContained() {
        let html = page()
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">") && html.contains("lang=\"zh-CN\""))
        XCTAssertNil(html.range(of: "https?://", options: [.regularExpression, .caseInsensitive]))
        XCTAssertFalse(html.contains(" src="))
    }

    func testLargeCorporaChartTheDocumentsWithMostTargets() {
        let many = (0..<5).map { i -> DocumentRecord in
            var r = ReportFixtures.record(docID: "d\(i)")
            r.targets = Array(r.targets.prefix(i % 4))
            return r
        }
        let renderer = IndexPageRenderer(records: many, pageNames: ReportWriter.pageNames(for: many.map(\.docID)), chartLimit: 2)
        XCTAssertEqual(renderer.chartedRecords().map(\.docID), ["d2", "d3"])
        XCTAssertTrue(renderer.render().contains("(the 2 with the most, of 5)"))
    }
}
