import XCTest
@testable import YaodianCore

/// The `truncated` flag: raised by every form of cut-off banner, and by a sentence that stops
/// in the middle; not by a document that ends with a list item, a signature block or site text.
final class TruncationTests: XCTestCase {
    private func truncations(_ text: String) throws -> [QualityFlag] {
        try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(text.utf8)))
            .flags.filter { $0.flag == .truncated }
    }

    private func body(_ text: String) throws -> String {
        try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(text.utf8))).body
    }

    private let opening = "某某区卫生健康局2023年工作总结\n一、主要成效\n全年新增家庭医生签约服务对象1.2万人，建成2家社区医院。\n"

    func testWholeLineBannersOfEssayAndDocumentSites() throws {
        for banner in ["…… 剩余1830字未显示，开通VIP会员即可阅读全文 ……",
                       "亲，该文档总共9页，到这已经超出免费预览范围，如果喜欢就下载吧！",
                       "【余下内容已折叠，请下载APP阅读全文】",
                       "（未完待续）"] {
            let text = opening + banner + "\n本站文章均来自网络，如有侵权请联系删除"
            XCTAssertFalse(try truncations(text).isEmpty, banner)
            XCTAssertFalse(try body(text).contains(banner), "the banner line is removed: \(banner)")
        }
    }

    func testASentenceThatNamesReadingIsNoBanner() throws {
        let text = opening + "二、下一步打算\n组织全体干部认真阅读全文并抓好落实。"
        XCTAssertTrue(try truncations(text).isEmpty)
        XCTAssertTrue(try body(text).contains("认真阅读全文"))
    }

    func testEndingsOfCompleteDocumentsAreNoCut() throws {
        for ending in ["附件：1.2023年重点工作任务清单\n2.2023年民生实事项目表",
                       "抄送：市卫生健康委，区委办公室。\n某某区卫生健康局办公室 2023年3月30日印发",
                       "上一篇：关于做好春季传染病防控工作的通知",
                       "一审：王某 二审：李某 三审：张某"] {
            XCTAssertTrue(try truncations(opening + ending).isEmpty, ending)
        }
    }

    func testASentenceCutInTheMiddleIsTruncated() throws {
        let found = try truncations(opening + "二、下一步打算\n持续推进紧密型县域医共体建设，完善分级诊疗")
        XCTAssertEqual(found.map(\.detail), ["text stops mid-sentence"])
    }
}
