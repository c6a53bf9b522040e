import XCTest
@testable import YaodianCore

/// 文号: an issuer abbreviation, the year in 〔〕 (or [] ［］ （） 【】) and a number with 号.
final class DocumentNumberTests: XCTestCase {
    func testTheUsualForm() {
        XCTAssertEqual(DocumentNumber.first(in: "某卫发〔2023〕10号"), "某卫发〔2023〕10号")
        XCTAssertEqual(DocumentNumber.first(in: "东卫健〔2021〕3号"), "东卫健〔2021〕3号")
    }

    func testEveryBracketForm() {
        XCTAssertEqual(DocumentNumber.first(in: "某卫办[2022]15号"), "某卫办[2022]15号")
        XCTAssertEqual(DocumentNumber.first(in: "某卫办［2022］15号"), "某卫办［2022］15号")
        XCTAssertEqual(DocumentNumber.first(in: "某卫办（2022）15号"), "某卫办（2022）15号")
        XCTAssertEqual(DocumentNumber.first(in: "某卫办(2022)15号"), "某卫办(2022)15号")
        XCTAssertEqual(DocumentNumber.first(in: "某卫办【2022】15号"), "某卫办【2022】15号")
    }

    func testInsideALine() {
        XCTAssertEqual(DocumentNumber.first(in: "文号：某县卫健〔2022〕8号 发布日期：2022-03-01"), "某县卫健〔2022〕8号")
        XCTAssertEqual(DocumentNumber.first(in: "根据《某市卫生健康委关于印发工作要点的通知》（某卫发〔2022〕1号）精神"),
                       "某卫发〔2022〕1号")
    }

    func testWhatIsNotADocumentNumber() {
        XCTAssertNil(DocumentNumber.first(in: ""))
        XCTAssertNil(DocumentNumber.first(in: "〔2023〕10号"), "no issuer before the year")
        XCTAssertNil(DocumentNumber.first(in: "某卫发〔2023〕"), "no number")
        XCTAssertNil(DocumentNumber.first(in: "某卫发〔2023〕10"), "no 号")
        XCTAssertNil(DocumentNumber.first(in: "某卫发〔23〕10号"), "a year has four digits")
        XCTAssertNil(DocumentNumber.first(in: "投入（2023）年度资金"))
    }
}
