import XCTest
@testable import YaodianCore

/// The charts are inline SVG: one bar a value, proportional, labelled, escaped, linkable.
final class SVGBarChartTests: XCTestCase {
    func testBarsAreProportionalAndLabelled() throws {
        let chart = SVGBarChart(title: "Targets per document", bars: [
            .init(label: "2021年嘉兴市卫生健康工作要点", value: 22, link: "000.html"),
            .init(label: "2021年全县卫生健康工作要点", value: 44, link: "004.html"),
            .init(label: "空", value: 0),
        ])
        let svg = chart.render()
        XCTAssertTrue(svg.hasPrefix("<svg class=\"chart\" role=\"img\""))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
        XCTAssertFalse(svg.contains("xmlns"), "inline SVG needs no namespace URL")
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 3)
        let widths = try NSRegularExpression(pattern: "<rect [^>]* width=\"(\\d+)\"")
            .matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
            .compactMap { Range($0.range(at: 1), in: svg).flatMap { Int(svg[$0]) } }
        XCTAssertEqual(widths.count, 3)
        XCTAssertEqual(widths[2], 0)
        XCTAssertGreaterThan(widths[1], 100)
        XCTAssertLessThanOrEqual(abs(widths[1] - 2 * widths[0]), 1)
        XCTAssertTrue(svg.contains(">2021年全县卫生健康工作要点</text>"))
        XCTAssertTrue(svg.contains("<a href=\"004.html\">"))
        XCTAssertTrue(svg.contains("<text class=\"value\""))
        XCTAssertTrue(svg.contains(">44</text>"))
    }

    func testLongLabelsAreCutAndEscaped() {
        let long = "区卫健局谋划2021年工作,开启卫生健康现代化新征程<script>"
        let svg = SVGBarChart(title: "A & B", bars: [.init(label: long, value: 3)], maxLabelWidth: 120).render()
        XCTAssertTrue(svg.contains("<title>A &amp; B</title>"))
        XCTAssertTrue(svg.contains("…</text>"), "the label is cut")
        XCTAssertTrue(svg.contains("<title>区卫健局谋划2021年工作,开启卫生健康现代化新征程&lt;script&gt;: 3</title>"),
                      "the whole label is in the tooltip")
        XCTAssertFalse(svg.contains("<script>"))
    }

    func testEmptyAndZeroCharts() {
        XCTAssertTrue(SVGBarChart(title: "none", bars: []).render().contains("<svg"))
        let zero = SVGBarChart(title: "zero", bars: [.init(label: "mojibake", value: 0)]).render()
        XCTAssertTrue(zero.contains("width=\"0\""))
    }
}
