import XCTest
@testable import YaodianCore

/// The city, county, district or province a document is for (extraction guide, section 5).
final class RegionFinderTests: XCTestCase {
    func testNamesWithTheirSuffix() {
        XCTAssertEqual(RegionFinder.names(in: "某某县2022年卫生健康工作要点"), ["某某县"])
        XCTAssertEqual(RegionFinder.names(in: "关于印发2023年柳岸区卫生健康工作要点的通知"), ["柳岸区"])
        XCTAssertEqual(RegionFinder.names(in: "白河市白沙区卫生健康局"), ["白河市", "白沙区"])
        XCTAssertEqual(RegionFinder.names(in: "东江省卫生健康委员会"), ["东江省"])
    }

    func testCommonNounsAreNotNames() {
        XCTAssertEqual(RegionFinder.names(in: "推进城市医联体建设，加强社区卫生服务"), [])
        XCTAssertEqual(RegionFinder.names(in: "创建慢性病综合防控示范区"), [])
        XCTAssertEqual(RegionFinder.names(in: "全县卫生健康工作"), [])
        XCTAssertEqual(RegionFinder.names(in: "建设国家卫生城市"), [])
    }

    func testVerbPhrasesBeforeTheSuffixAreNotNames() {
        XCTAssertEqual(RegionFinder.names(in: "，推进县中医院创建三级医院"), [])
        XCTAssertEqual(RegionFinder.names(in: "，启动区中医医院迁建"), [])
    }

    func testTheLevelATextSpeaksFor() {
        XCTAssertEqual(RegionFinder.level(in: "2022年全县卫生健康工作要点"), "县")
        XCTAssertEqual(RegionFinder.level(in: "全市卫生健康工作会议"), "市")
        XCTAssertEqual(RegionFinder.level(in: "区卫健局谋划2022年工作"), "区")
        XCTAssertEqual(RegionFinder.level(in: "某某县卫生健康局"), "县")
        XCTAssertEqual(RegionFinder.level(in: "某某市人民政府"), "市")
        XCTAssertNil(RegionFinder.level(in: "卫生健康工作要点"))
    }

    func testRegionFromTheTitle() {
        XCTAssertEqual(RegionFinder.find(title: "柳岸区2022年卫生健康工作要点", publisher: "", siteHeader: [], body: ""), "柳岸区")
    }

    func testTheTitlesLevelPicksTheNameOfThatLevel() {
        // A district plan from a city's site: the district is the region.
        let region = RegionFinder.find(title: "白河市白沙区2022年卫生健康工作要点", publisher: "白沙区卫生健康局",
                                       siteHeader: ["白河市人民政府"], body: "")
        XCTAssertEqual(region, "白沙区")
    }

    func testRegionFromThePublisher() {
        XCTAssertEqual(RegionFinder.find(title: "2022年卫生健康工作要点", publisher: "青石县卫生健康局", siteHeader: [], body: ""),
                       "青石县")
    }

    func testRegionFromTheMasthead() {
        // The title says only 区卫健局; the site's masthead names the district.
        let region = RegionFinder.find(title: "区卫健局部署2022年重点工作", publisher: "区卫生健康局",
                                       siteHeader: ["青石市柳岸区人民政府"], body: "")
        XCTAssertEqual(region, "柳岸区")
    }

    func testRegionFromTheBodyMustRecur() {
        let body = """
        2022年全县卫生健康工作要点
        一、推进健康青石县建设
        深入开展健康青石县行动，巩固国家卫生县城成果，青石县人民群众健康水平持续提升。
        """
        XCTAssertEqual(RegionFinder.find(title: "2022年全县卫生健康工作要点", publisher: "", siteHeader: [], body: body), "青石县")
        let once = "2022年全县卫生健康工作要点\n一、推进健康青石县建设"
        XCTAssertEqual(RegionFinder.find(title: "2022年全县卫生健康工作要点", publisher: "", siteHeader: [], body: once), "")
    }

    func testNoLevelAndNoNameMeansNoRegion() {
        XCTAssertEqual(RegionFinder.find(title: "卫生健康工作要点", publisher: "", siteHeader: [], body: "推进青石县医共体建设。"), "")
    }

    func testIdeographs() {
        XCTAssertTrue(Ideograph.contains("县"))
        XCTAssertFalse(Ideograph.contains("，"))
        XCTAssertFalse(Ideograph.contains("A"))
    }
}

/// Counting a region's name on the body's scalars gives what the Character search gives.
final class RegionOccurrenceTests: XCTestCase {
    func testScalarCountEqualsCharacterCount() {
        let bodies = [
            "青石县卫生健康局。推进青石县医共体建设，青石县中医院扩建。", "青石县青石县", "青石县", "在青石县", "",
            "青石县委、青石县政府、青石县人民", "全县（青石县）青石县。青石县", "青石县中山区中山区中山区人民",
            "一、青石县\n青石县卫生院\n青石县", "青石县\r\n青石县", "青石县\u{301}青石县青石县",
        ]
        for body in bodies {
            let scalars = Array(body.unicodeScalars)
            // (The scalar count is for plain bodies only: `find` falls back on the others, as the
            // combining mark after 县 in the last body shows.)
            for name in ["青石县", "中山区", "县"] where !body.unicodeScalars.contains("\u{301}") {
                XCTAssertEqual(RegionFinder.standaloneOccurrences(of: name, inPlain: scalars),
                               RegionFinder.standaloneOccurrences(of: name, in: body), "\(name) in \(body)")
            }
            XCTAssertEqual(RegionFinder.find(title: "全县工作要点", publisher: "", siteHeader: [], body: body, bodyScalars: scalars),
                           RegionFinder.find(title: "全县工作要点", publisher: "", siteHeader: [], body: body), body)
        }
    }
}
