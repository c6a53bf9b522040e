import XCTest
@testable import YaodianCore

final class CleanBasicsTests: XCTestCase {
    func testBreadcrumbAndCountersLeaveTheBody() throws {
        let text = """
        某某县人民政府
        当前位置：首页 > 政务公开 > 计划总结
        2022年某某县卫生健康工作要点
        发布日期：2022-03-01 浏览次数：
        一、总体要求
        全面推进健康某某建设。
        分享：
        """
        let source = DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(text.utf8))
        let clean = try DocumentCleaner().clean(try TextDecoder().decode(source))
        XCTAssertEqual(clean.body, "2022年某某县卫生健康工作要点\n一、总体要求\n全面推进健康某某建设。")
        XCTAssertEqual(clean.siteHeader, ["某某县人民政府"])
        XCTAssertEqual(clean.chromeFields.first?.value, "2022-03-01")
    }
}
