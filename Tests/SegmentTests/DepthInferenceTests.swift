import XCTest
@testable import YaodianCore

/// Depth comes from the document (extraction guide, section 2): a style seen first opens a level
/// under the current one; a style already open closes the levels below it.
final class DepthInferenceTests: XCTestCase {
    func testTheUsualFourLevelsNestInOrderOfAppearance() {
        let body = """
        某某县卫生健康局2023年工作要点
        一、深化医药卫生体制改革
        （一）推进紧密型县域医共体建设
        1.完善医共体内部管理制度。
        （1）统一人员调配。
        （2）统一财务管理。
        ①建立总会计师制度。
        2.推进分级诊疗。
        （二）完善药品供应保障
        二、强化公共卫生服务
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 深化医药卫生体制改革",
            "1.1 cn_paren 1 推进紧密型县域医共体建设",
            "1.1.1 arabic 1 完善医共体内部管理制度",
            "1.1.1.1 arabic_paren 1 统一人员调配",
            "1.1.1.2 arabic_paren 2 统一财务管理",
            "1.1.1.2.1 circled 1 建立总会计师制度",
            "1.1.2 arabic 2 推进分级诊疗",
            "1.2 cn_paren 2 完善药品供应保障",
            "2 cn_dun 2 强化公共卫生服务",
        ])
    }

    func testDepthAndParentFollowTheTree() {
        let body = """
        一、加强疾病预防控制
        （一）做好传染病防控
        1.加强发热门诊建设。
        二、提升医疗服务水平
        """
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat.map(\.depth), [1, 2, 3, 1])
        XCTAssertEqual(flat.map(\.parentID), [nil, "1", "1.1", nil])
        XCTAssertEqual(flat.map(\.id), ["1", "1.1", "1.1.1", "2"])
    }

    func testTheOrderOfStylesIsTheDocumentsOwn() {
        // Some plans put 1. above （一）: the first style seen is the top level.
        let body = """
        1.强化基层卫生服务
        （一）推进乡镇卫生院提档升级。
        （二）加强村卫生室规范化建设。
        2.提升中医药服务能力
        （一）建设中医馆。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 arabic 1 强化基层卫生服务",
            "1.1 cn_paren 1 推进乡镇卫生院提档升级",
            "1.2 cn_paren 2 加强村卫生室规范化建设",
            "2 arabic 2 提升中医药服务能力",
            "2.1 cn_paren 1 建设中医馆",
        ])
    }

    func testASkippedLevelNestsDirectlyUnderTheOpenOne() {
        // 一、 straight to 1. without any （一）.
        let body = """
        一、提升妇幼健康服务水平
        1.落实母婴安全五项制度。
        2.推进出生缺陷综合防治。
        二、加强老龄健康工作
        1.开展医养结合示范创建。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 提升妇幼健康服务水平",
            "1.1 arabic 1 落实母婴安全五项制度",
            "1.2 arabic 2 推进出生缺陷综合防治",
            "2 cn_dun 2 加强老龄健康工作",
            "2.1 arabic 1 开展医养结合示范创建",
        ])
    }

    func testALevelAppearingLaterUnderAnotherParentStillNestsBelowIt() {
        // （一） first appears under the second 一、 only: it opens a level there.
        let body = """
        一、总体要求
        1.坚持预防为主。
        二、重点任务
        （一）推进健康某某区建设
        1.开展健康细胞创建。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 总体要求",
            "1.1 arabic 1 坚持预防为主",
            "2 cn_dun 2 重点任务",
            "2.1 cn_paren 1 推进健康某某区建设",
            "2.1.1 arabic 1 开展健康细胞创建",
        ])
    }

    func testNumberingContinuingAcrossParentsKeepsItsOrdinals() {
        // Like seed 004: 1. 2. 3. run on through （一）（二）（三）.
        let body = """
        一、做好常态化疫情防控
        （一）落实重点场所防控措施。
        1.严格执行预检分诊制度。
        2.加强院感防控督导。
        （二）提升核酸检测能力。
        3.扩充县级核酸检测实验室。
        （三）推进疫苗接种。
        4.做好重点人群接种。
        5.规范接种门诊管理。
        """
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 做好常态化疫情防控",
            "1.1 cn_paren 1 落实重点场所防控措施",
            "1.1.1 arabic 1 严格执行预检分诊制度",
            "1.1.2 arabic 2 加强院感防控督导",
            "1.2 cn_paren 2 提升核酸检测能力",
            "1.2.1 arabic 3 扩充县级核酸检测实验室",
            "1.3 cn_paren 3 推进疫苗接种",
            "1.3.1 arabic 4 做好重点人群接种",
            "1.3.2 arabic 5 规范接种门诊管理",
        ])
        XCTAssertEqual(flat.map(\.marker), ["一、", "（一）", "1.", "2.", "（二）", "3.", "（三）", "4.", "5."])
    }

    func testChaptersSectionsAndArticles() {
        let body = """
        第一章 总则
        第一条 为做好某某区基层卫生工作，制定本方案。
        第二条 本方案适用于全区基层医疗卫生机构。
        第二章 重点任务
        第一节 家庭医生签约服务
        第三条 扩大签约覆盖面。
        第二节 慢病管理
        第四条 加强高血压患者管理。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 chapter 1 总则",
            "1.1 article 1 为做好某某区基层卫生工作，制定本方案",
            "1.2 article 2 本方案适用于全区基层医疗卫生机构",
            "2 chapter 2 重点任务",
            "2.1 section 1 家庭医生签约服务",
            "2.1.1 article 3 扩大签约覆盖面",
            "2.2 section 2 慢病管理",
            "2.2.1 article 4 加强高血压患者管理",
        ])
    }

    func testCnShiAtLineStartOpensItsOwnLevel() {
        let body = """
        一、主要工作
        一是抓实健康某某县行动。
        二是抓实基本公共卫生服务。
        二、存在问题
        一是基层人才短缺。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 主要工作",
            "1.1 cn_shi 1 抓实健康某某县行动",
            "1.2 cn_shi 2 抓实基本公共卫生服务",
            "2 cn_dun 2 存在问题",
            "2.1 cn_shi 1 基层人才短缺",
        ])
    }

    func testAPreambleBeforeTheFirstMarkerIsNoClause() {
        let body = """
        某某区2022年卫生健康工作要点
        2022年全区卫生健康工作的总体要求是：以人民健康为中心，推动卫生健康事业高质量发展。
        一、加强公共卫生体系建设
        """
        XCTAssertEqual(ClauseOutline.lines(body), ["1 cn_dun 1 加强公共卫生体系建设"])
    }

    func testABodyWithoutMarkersHasNoClauses() {
        let body = "某某县卫健委召开2022年工作会议\n会议总结了去年工作，部署了今年任务。"
        XCTAssertTrue(ClauseOutline.segment(body).clauses.isEmpty)
    }
}
