import XCTest
@testable import YaodianCore

/// The document page shows each row at the text its offsets name, nested correctly, escaped,
/// and with nothing that reaches the network.
final class DocumentPageRendererTests: XCTestCase {
    private let record = ReportFixtures.record()
    private lazy var html = DocumentPageRenderer(record: record).render()
    private lazy var probe = HTMLProbe(html: html)

    func testPageIsUTF8ChineseAndSelfContained() {
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("\"Noto Sans CJK SC\""), "a CJK font stack")
        XCTAssertTrue(html.contains("<style>") && html.contains("<script>"))
        for external in ["<link", " src=", "@import", "url("] {
            XCTAssertFalse(html.contains(external), external)
        }
        XCTAssertNil(html.range(of: "https?://", options: [.regularExpression, .caseInsensitive]),
                     "no http(s) URL anywhere, not even the body's own")
        XCTAssertTrue(html.contains("href=\"index.html\""))
    }

    func testBodyIsEscaped() {
        XCTAssertFalse(html.contains("<b>"), "markup in the body is text")
        XCTAssertTrue(html.contains("总体要求 &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;"))
        XCTAssertTrue(html.contains("项目数达到5&lt;6项"))
        XCTAssertTrue(html.contains("http&#58;//example.com/x?a=1&amp;b=2"))
        XCTAssertTrue(html.contains("<title>2023年某县卫生健康工作要点 — Yaodian</title>"))
    }

    func testBodyTextRoundTripsThroughTheHighlights() {
        XCTAssertEqual(HTMLProbe.text(probe.bodyMarkup), record.body)
    }

    func testResponsibilityTagIsHighlightedAtItsTextInsideItsClause() throws {
        let tag = try XCTUnwrap(probe.element(id: "tag-0"))
        XCTAssertTrue(tag.hasPrefix("<span class=\"hl tag\""))
        XCTAssertEqual(HTMLProbe.text(tag), "（牵头领导：钱博；责任科室：疾控科、医政科等）")
        XCTAssertTrue(tag.contains("lead: 钱博 (person, 牵头领导)"), "the tooltip lists every party")
        XCTAssertTrue(tag.contains("responsible: 医政科 (unit, 责任科室)"))
        XCTAssertEqual(probe.fragments(row: "tag-0").count, 1, "three rows, one tag, one highlight")
        let clause = try XCTUnwrap(probe.element(id: "clause-1.1"))
        XCTAssertTrue(clause.contains("id=\"tag-0\""), "the clause span holds its tag")
        XCTAssertTrue(clause.contains("id=\"target-0\""), "and its target")
        XCTAssertFalse(clause.contains("id=\"clause-1.2\""), "a sibling follows, it is not inside")
    }

    func testTargetsSitAtTheirText() throws {
        let first = try XCTUnwrap(probe.element(id: "target-0"))
        XCTAssertEqual(HTMLProbe.text(first), "建成3家示范门诊")
        XCTAssertTrue(first.contains("示范门诊 eq 3家"))
        XCTAssertTrue(first.contains("deadline: 年内"))
        let range = try XCTUnwrap(probe.element(id: "target-2"))
        XCTAssertEqual(HTMLProbe.text(range), "项目数达到5<6项")
        XCTAssertTrue(range.contains("项目数 range 5–6项"))
    }

    func testCrossingSpansAreSplitIntoFragmentsThatJoinToTheirText() {
        // target-1 starts inside target-0 and ends inside the tag: three fragments.
        let fragments = probe.fragments(row: "target-1")
        XCTAssertGreaterThan(fragments.count, 1)
        XCTAssertEqual(fragments.map(HTMLProbe.text).joined(), "示范门诊。（牵头领导")
        XCTAssertEqual(fragments.filter { $0.contains(" id=\"target-1\"") }.count, 1, "the id is on the first fragment only")
        XCTAssertTrue(fragments.dropFirst().allSatisfy { $0.hasPrefix("<span class=\"hl target kind-target cont\"") })
        // The flag runs from the tag of clause 1.1 into clause 1.2.
        let flag = probe.fragments(row: "flag-1")
        XCTAssertEqual(flag.count, 3, "in the tag of 1.1, on the line break between the clauses, in 1.2")
        XCTAssertEqual(flag.map(HTMLProbe.text).joined(), "医政科等）\n2.提升")
    }

    func testClauseStartsAreMarkedWithIdAndStyle() throws {
        let clause = try XCTUnwrap(probe.element(id: "clause-1.1"))
        XCTAssertTrue(clause.hasPrefix("<span class=\"hl clause depth-2 style-arabic\" id=\"clause-1.1\" data-row=\"clause-1.1\""))
        XCTAssertTrue(clause.contains("<span class=\"cmark s-arabic\" data-clause=\"1.1\">1.1<small>arabic</small></span>1.完善疾控体系"))
        XCTAssertTrue(html.contains("<span class=\"cmark s-cn_dun\" data-clause=\"1\">1<small>cn_dun</small></span>一、总体要求"))
        XCTAssertTrue(clause.contains("title=\"clause 1.1 · arabic · depth 2&#10;1.完善疾控体系\""))
    }

    func testFlagsAreListedWithLinksToTheirSpans() throws {
        let point = try XCTUnwrap(probe.element(id: "flag-0"))
        XCTAssertTrue(point.contains("point"), "a flag with start = end is a marker")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<a href=\"#flag-0\">toc_removed</a>"))
        XCTAssertTrue(html.contains("<a href=\"#flag-1\">truncated</a> banner removed: (http&#58;//mirror.example &lt;x&gt;)"))
        XCTAssertTrue(html.contains("<a href=\"#target-0\">示范门诊</a>"))
    }

    func testEveryHighlightHasAHiddenRowForThePanel() {
        for key in ["clause-1", "clause-1.1", "clause-1.2", "tag-0", "target-0", "target-1", "target-2", "flag-0", "flag-1"] {
            XCTAssertTrue(html.contains("<div class=\"row-detail\" id=\"row-\(key)\" hidden>"), key)
        }
        XCTAssertTrue(html.contains("<tr><td>lead</td><td>person</td><td>钱博</td><td>牵头领导</td></tr>"))
        XCTAssertTrue(html.contains("<tr><th>indicator</th><td>示范门诊&lt;交叉&gt;</td></tr>"))
        XCTAssertTrue(html.contains("id=\"selection\""))
    }

    func testMetadataPanel() {
        XCTAssertTrue(html.contains("<dt>region</dt><dd>某县</dd>"))
        XCTAssertTrue(html.contains("<dt>plan_year</dt><dd>2023</dd>"))
        XCTAssertTrue(html.contains("<dt>doc_number</dt><dd><span class=\"none\">—</span></dd>"))
    }

    func testDamagedOffsetsStillRender() {
        var damaged = record
        damaged.targets[0].start = 5000
        damaged.targets[0].end = 6000
        damaged.flags.append(QualityFlag(flag: .mojibake, detail: "x", start: 30, end: 2))
        damaged.responsibilities[0].start = -4
        damaged.clauses[0].children[0].id = "1.1"
        damaged.clauses[0].children[1].id = "1.1"  // a duplicate id
        let page = DocumentPageRenderer(record: damaged).render()
        let probe = HTMLProbe(html: page)
        XCTAssertEqual(HTMLProbe.text(probe.bodyMarkup), record.body)
        XCTAssertNotNil(probe.element(id: "clause-1.1~2"), "ids stay unique")
    }

    func testSameRecordSamePage() {
        XCTAssertEqual(DocumentPageRenderer(record: record).render(), html)
    }
}
