import XCTest
@testable import YaodianCore

/// Paywall and mirror-site banners: found inside a line, cut out, and remembered as truncations
/// whose span ends where the text was cut.
final class PaywallBannerTests: XCTestCase {
    // MARK: Finding a banner in a line

    func testClosedBannerWithDotLeadersOnBothSides() throws {
        let before = "2.全区家庭医生签约服务覆盖率达到"
        let banner = "……(青溪文库网http://www.qxwk.net已省略1024字,付费阅读全文)……"
        let line = before + banner + "重点人群签约率达到"
        let match = try XCTUnwrap(PaywallBanner.find(in: line))
        XCTAssertEqual(match.range, before.count..<(before.count + banner.count))
        XCTAssertEqual(match.text, banner)
        XCTAssertFalse(match.unclosed)
    }

    func testBannerLeftOpenToTheEndOfTheLine() throws {
        let before = "向下辐射村卫生室"
        let banner = " ……（未完待续：本文全文共3680字，登录后阅读剩余1680字"
        let match = try XCTUnwrap(PaywallBanner.find(in: before + banner))
        XCTAssertTrue(match.unclosed)
        XCTAssertEqual(match.range, before.count..<(before + banner).count)
        XCTAssertEqual(match.text, banner)
    }

    func testNestedParenthesesStayInsideTheBanner() throws {
        let line = "医共体建设(内容提示(二):登录后阅读)。"
        let match = try XCTUnwrap(PaywallBanner.find(in: line))
        XCTAssertEqual(match.text, "(内容提示(二):登录后阅读)")
        XCTAssertFalse(match.unclosed)
    }

    func testURLWithAnOmissionNoteIsABanner() throws {
        let line = "（www.qxwk.net 省略300字）"
        let match = try XCTUnwrap(PaywallBanner.find(in: line))
        XCTAssertEqual(match.range, 0..<line.count)
    }

    func testOrdinaryParenthesesAreNotBanners() {
        for line in [
            "（一）完善疾病预防控制体系。",
            "1.加强传染病监测预警（牵头单位：区疾控中心；配合单位：各街道）。",
            "落实“两个允许”要求（详见http://wjw.qingxi.gov.cn）。",
            "（2023年版）",
            "孕产妇死亡率控制在10/10万以内(全年)",
        ] {
            XCTAssertNil(PaywallBanner.find(in: line), line)
        }
    }

    func testAWebsiteAddressInABodySentenceIsNotABanner() {
        XCTAssertNil(PaywallBanner.find(in: "居民可登录区卫健委官方网站（网址：http://wjw.qingxi.gov.cn）预约接种。"))
        XCTAssertNil(PaywallBanner.find(in: "详情请查阅区政府网站(www.qingxi.gov.cn)。"))
    }

    func testTheFirstBannerIsFoundAfterOrdinaryParentheses() throws {
        let line = "（二）推进健康城市建设(本文来源于青溪健康资讯)"
        let match = try XCTUnwrap(PaywallBanner.find(in: line))
        XCTAssertEqual(match.text, "(本文来源于青溪健康资讯)")
        XCTAssertEqual(match.range.lowerBound, "（二）推进健康城市建设".count)
    }

    // MARK: Cutting banners out of a document

    func testBannerOnItsOwnLineCutsAfterTheUnfinishedSentence() throws {
        let page = """
        2022年青溪区卫生健康工作总结
        一、主要成效
        全年新增家庭医生团队36个。基层就诊率达到**%，重点人群签约率达到
        ……(青溪文库网http://www.qxwk.net已省略1024字,付费阅读全文)……
        人,慢性病规范管理率持续提升。
        二、存在问题
        """
        let clean = try PageFixture.clean(page, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "2022年青溪区卫生健康工作总结",
            "一、主要成效",
            "全年新增家庭医生团队36个。基层就诊率达到**%，重点人群签约率达到",
            "人,慢性病规范管理率持续提升。",
            "二、存在问题",
        ])
        let cut = try XCTUnwrap(clean.truncations.first)
        XCTAssertEqual(clean.truncations.count, 1)
        XCTAssertEqual(PageFixture.slice(clean.body, cut.start, cut.end), "基层就诊率达到**%，重点人群签约率达到")
        XCTAssertEqual(Array(clean.body.unicodeScalars)[cut.end], "\n", "the span ends at the cut")
        XCTAssertTrue(cut.detail.contains("青溪文库网"), cut.detail)
        XCTAssertFalse(clean.body.contains("qxwk"))
    }

    func testBannerInsideALineSplitsItAtTheCut() throws {
        let page = "一、主要成效\n全区建成胸痛中心2家。卒中中心建设加快推进，溶栓时间缩短至……(已省略560字，会员可见全文)……基层首诊率逐年提高。\n"
        let clean = try PageFixture.clean(page, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "一、主要成效",
            "全区建成胸痛中心2家。卒中中心建设加快推进，溶栓时间缩短至",
            "基层首诊率逐年提高。",
        ])
        let cut = try XCTUnwrap(clean.truncations.first)
        XCTAssertEqual(PageFixture.slice(clean.body, cut.start, cut.end), "卒中中心建设加快推进，溶栓时间缩短至")
        XCTAssertEqual(cut.end, "一、主要成效\n全区建成胸痛中心2家。卒中中心建设加快推进，溶栓时间缩短至".unicodeScalars.count)
    }

    /// The same cut on a line that is not plain (a combining mark makes Characters and scalars
    /// differ), where the banner's Character range is applied to the line's Characters.
    func testBannerInsideANonPlainLineSplitsItAtTheCut() throws {
        let page = "一、主要成效\n引进Cafe\u{301}模式，溶栓时间缩短至……(已省略560字，会员可见全文)……基层首诊率逐年提高。\n"
        let clean = try PageFixture.clean(page, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "一、主要成效",
            "引进Cafe\u{301}模式，溶栓时间缩短至",
            "基层首诊率逐年提高。",
        ])
        XCTAssertEqual(clean.truncations.count, 1)
    }

    func testUnclosedBannerSwallowsItsContinuationLine() throws {
        let page = """
        二、下一步工作
        （一）推进紧密型医共体建设。整合县域检验、影像资源，向下辐射乡镇卫生院和村 ……（未完待续：本文全文共3680字，登录后阅读剩余1680字
        下载本文《青溪区卫生健康事业发展调研报告》）
        """
        let clean = try PageFixture.clean(page, path: "report.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "二、下一步工作",
            "（一）推进紧密型医共体建设。整合县域检验、影像资源，向下辐射乡镇卫生院和村",
        ])
        let cut = try XCTUnwrap(clean.truncations.first)
        XCTAssertEqual(cut.end, clean.body.unicodeScalars.count)
        XCTAssertEqual(PageFixture.slice(clean.body, cut.start, cut.end), "整合县域检验、影像资源，向下辐射乡镇卫生院和村")
        XCTAssertTrue(cut.detail.contains("未完"), cut.detail)
    }

    func testCutAfterACompleteSentenceHasAnEmptySpanAtTheLineEnd() throws {
        let page = "一、主要成效\n全年完成核酸检测120万人次。\n(未完待续,付费阅读全文)\n二、存在问题\n"
        let clean = try PageFixture.clean(page, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), ["一、主要成效", "全年完成核酸检测120万人次。", "二、存在问题"])
        let cut = try XCTUnwrap(clean.truncations.first)
        let lineEnd = "一、主要成效\n全年完成核酸检测120万人次。".unicodeScalars.count
        XCTAssertEqual(cut.start, lineEnd)
        XCTAssertEqual(cut.end, lineEnd)
    }

    func testTextAcrossACutIsNotJoined() throws {
        let fragment = "全区持续推进基层医疗卫生机构标准化建设和能力提升工作，年内新建改建村卫生室和社区卫生服务站共计"
        XCTAssertGreaterThanOrEqual(fragment.count, LineJoiner.minimumLength)
        let page = fragment + "\n……(青溪文库网http://www.qxwk.net省略300字)……\n个，服务能力明显提升。\n"
        let clean = try PageFixture.clean(page, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), [fragment, "个，服务能力明显提升。"])
    }

    func testBodyWithoutBannersHasNoTruncations() throws {
        let clean = try PageFixture.clean("一、总体要求\n（一）完善疾病预防控制体系（牵头单位：区疾控中心）。\n", path: "plan.txt")
        XCTAssertEqual(clean.truncations, [])
    }
}
