import XCTest
@testable import YaodianCore

/// The numbered items after `附件：` are file names, not clauses; they go to `attachments`
/// (extraction guide, section 2).
final class AttachmentListTests: XCTestCase {
    func testAnAttachmentListAfterATransmittalNotice() {
        let body = """
        关于印发某某县2023年卫生健康工作要点的通知
        各乡镇卫生院，县直各医疗卫生单位：
        现将《某某县2023年卫生健康工作要点》印发给你们，请认真贯彻落实。
        附件：1.某某县2023年卫生健康工作要点
        2.某某县2023年卫生健康重点任务分解表
        某某县卫生健康局
        2023年2月10日
        某某县2023年卫生健康工作要点
        一、加强公共卫生服务
        1.做好传染病防控。
        """
        let doc = ClauseOutline.segment(body)
        XCTAssertEqual(doc.attachments, ["某某县2023年卫生健康工作要点", "某某县2023年卫生健康重点任务分解表"])
        XCTAssertEqual(ClauseOutline.lines(of: doc.clauses), [
            "1 cn_dun 1 加强公共卫生服务",
            "1.1 arabic 1 做好传染病防控",
        ])
    }

    func testItemsOnTheirOwnLinesWithHalfWidthColon() {
        let (lines, items) = AttachmentList.find(in: [
            "请遵照执行。",
            "附件:",
            "1.重点任务清单",
            "2、责任分工表",
            "（3）联系人名单",
            "一、总体要求",
        ])
        XCTAssertEqual(items, ["重点任务清单", "责任分工表", "联系人名单"])
        XCTAssertEqual(lines, [1, 2, 3, 4])
    }

    func testANumberedLabelAndASingleAttachment() {
        let found = AttachmentList.find(in: ["附件1：某某区家庭医生签约服务考核细则"])
        XCTAssertEqual(found.items, ["某某区家庭医生签约服务考核细则"])
        XCTAssertEqual(found.lines, [0])
    }

    func testTheListEndsAtALineThatIsNotAnItem() {
        let found = AttachmentList.find(in: [
            "附件：1.工作要点",
            "2.任务分解表",
            "1.加强组织领导。各单位要高度重视，确保各项任务落到实处。",
        ])
        XCTAssertEqual(found.items, ["工作要点", "任务分解表"])
        XCTAssertEqual(found.lines, [0, 1])
    }

    func testAttachmentItemsAreNotClausesInsideAPlan() {
        let body = """
        一、重点任务
        1.推进紧密型医共体建设。
        2.加强基层人才队伍建设。
        附件：1.任务分解表
        2.考核办法
        """
        let doc = ClauseOutline.segment(body)
        XCTAssertEqual(ClauseOutline.lines(of: doc.clauses), [
            "1 cn_dun 1 重点任务",
            "1.1 arabic 1 推进紧密型医共体建设",
            "1.2 arabic 2 加强基层人才队伍建设",
        ])
        XCTAssertEqual(doc.clauses[0].children[1].text, "加强基层人才队伍建设。", "the list is not in the last clause")
        XCTAssertEqual(doc.attachments, ["任务分解表", "考核办法"])
    }

    func testTheWordAttachmentInsideASentenceIsNoList() {
        let found = AttachmentList.find(in: ["1.按附件要求报送材料。", "附件材料请于月底前报送。"])
        XCTAssertTrue(found.items.isEmpty)
        XCTAssertTrue(found.lines.isEmpty)
    }
}
