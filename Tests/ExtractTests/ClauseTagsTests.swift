import XCTest
@testable import YaodianCore

/// Extract reads the tags Segment marked: the finder's reading when it has one, the same tag
/// parsed from the marked range when it has not, and the 完成时限 a tag gives its clause.
final class ClauseTagsTests: XCTestCase {
    let body = """
    一、重点工作
    1.开展医疗机构依法执业检查。（牵头领导：王某；责任科室：监督所；完成时限：2023年6月底）
    2.做好信访维稳工作。（办公室、医政科按职责分工负责）
    3.推进县医院互联网医院建设（责任科室：规信科
    """

    func testReadingsAndRangesGiveTheSameTags() {
        let scalars = Array(body.unicodeScalars)
        let doc = ClauseSegmenter(tags: ResponsibilityTagFinder()).segment(body: body)
        XCTAssertEqual(doc.tags.keys.sorted(), ["1.1", "1.2", "1.3"])
        let read = ClauseTags(doc, matching: scalars)
        var bare = doc
        for (id, mark) in doc.tags { bare.tags[id] = TagMark(range: mark.range) }
        let parsed = ClauseTags(bare, matching: scalars)
        XCTAssertEqual(read.byClause, parsed.byClause)
        XCTAssertEqual(parsed.byClause["1.1"]?.parties.map(\.name), ["王某", "监督所"])
        XCTAssertEqual(parsed.byClause["1.2"]?.parties.map(\.name), ["办公室", "医政科"])
        XCTAssertEqual(parsed.byClause["1.2"]?.parties.map(\.role), [.responsible, .responsible])
        XCTAssertEqual(parsed.byClause["1.3"]?.closed, false, "a tag cut off by the end of the page")
        XCTAssertEqual(parsed.byClause["1.3"]?.parties.map(\.name), ["规信科"])
    }

    func testTheTagDeadlineBelongsToItsClause() {
        let doc = ClauseSegmenter(tags: ResponsibilityTagFinder()).segment(body: body)
        let tags = ClauseTags(doc, matching: Array(body.unicodeScalars))
        XCTAssertEqual(tags.deadline(ofClause: "1.1"), "2023年6月底")
        XCTAssertNil(tags.deadline(ofClause: "1.2"))
        XCTAssertNil(tags.deadline(ofClause: "9"))
    }

    func testARangeThatIsNoTagGivesNone() {
        let text = "推进乡镇（街道）卫生院建设"
        let s = Array(text.unicodeScalars)
        XCTAssertNil(ResponsibilityTagParser.tag(in: s, span: 4..<8))
        XCTAssertNil(ResponsibilityTagParser.tag(in: s, span: 0..<1))
        XCTAssertNil(ResponsibilityTagParser.tag(in: s, span: 10..<40), "a range past the end")
    }
}
