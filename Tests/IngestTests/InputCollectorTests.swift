import Foundation
import XCTest
import YaodianCore

/// Paths from the command line become an ordered list of inputs with stable ids.
final class InputCollectorTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("yaodian-input-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    private func write(_ relative: String, _ text: String = "一、总体要求") throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testDirectoryIsWalkedRecursivelyInSortedOrder() throws {
        try write("2023/青溪区要点.html")
        try write("2022/总结.txt")
        try write("a.shtml")
        try write("B.HTM")
        try write("notes.pdf")
        try write("readme.md")
        try write(".cache/hidden.html")
        try write(".hidden.txt")
        let (inputs, problems) = InputCollector().collect([root.path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(inputs.map(\.docID), ["2022_总结", "2023_青溪区要点", "B", "a"])
        XCTAssertEqual(inputs.map(\.sourcePath), ["2022/总结.txt", "2023/青溪区要点.html", "B.HTM", "a.shtml"].map { root.path + "/" + $0 })
        XCTAssertEqual(inputs.first?.fileURL?.lastPathComponent, "总结.txt")
    }

    func testTrailingSlashIsNotDoubled() throws {
        try write("plan.txt")
        let (inputs, _) = InputCollector().collect([root.path + "/"])
        XCTAssertEqual(inputs.map(\.sourcePath), [root.path + "/plan.txt"])
    }

    func testFileIsTakenAsItIsWhateverItsExtension() throws {
        try write("要点.pdf.bak")
        let path = root.appendingPathComponent("要点.pdf.bak").path
        let (inputs, problems) = InputCollector().collect([path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(inputs.count, 1)
        XCTAssertEqual(inputs[0].docID, "要点.pdf")
        XCTAssertEqual(inputs[0].sourcePath, path)
    }

    func testDashIsStandardInput() {
        let (inputs, problems) = InputCollector().collect(["-"])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(inputs, [InputLocation(docID: "stdin", fileURL: nil, sourcePath: "-")])
    }

    func testMissingPathIsAProblemAndTheOthersStillRun() throws {
        try write("plan.txt")
        let missing = root.appendingPathComponent("no-such.html").path
        let (inputs, problems) = InputCollector().collect([missing, root.path])
        XCTAssertEqual(problems.map(\.path), [missing])
        XCTAssertEqual(problems.first?.reason, "no such file or directory")
        XCTAssertEqual(inputs.map(\.docID), ["plan"])
    }

    func testSameNameWithTwoExtensionsGetsDistinctIDs() throws {
        try write("plan.html")
        try write("plan.txt")
        let (inputs, _) = InputCollector().collect([root.path])
        XCTAssertEqual(inputs.count, 2)
        XCTAssertEqual(inputs[0].docID, "plan")
        XCTAssertTrue(inputs[1].docID.hasPrefix("plan-"), inputs[1].docID)
        XCTAssertEqual(inputs[1].docID.count, "plan-".count + 8)
    }

    func testIDsAreStableBetweenRuns() throws {
        try write("x/plan.html")
        try write("x_plan.txt")
        try write("x/plan.txt")
        let first = InputCollector().collect([root.path]).inputs.map(\.docID)
        let second = InputCollector().collect([root.path]).inputs.map(\.docID)
        XCTAssertEqual(first, second)
        XCTAssertEqual(Set(first).count, 3)
    }

    func testLoadReadsTheBytes() throws {
        try write("plan.txt", "二、重点任务")
        let location = InputCollector().collect([root.path]).inputs[0]
        let source = try location.load()
        XCTAssertEqual(source.bytes, Array("二、重点任务".utf8))
        XCTAssertEqual(source.docID, "plan")
        XCTAssertEqual(source.sourcePath, location.sourcePath)
    }

    func testLoadFromStandardInputUsesTheGivenBytes() throws {
        let location = InputLocation(docID: "stdin", fileURL: nil, sourcePath: "-")
        XCTAssertEqual(try location.load(stdin: [0xCE, 0xC0]).bytes, [0xCE, 0xC0])
        XCTAssertEqual(try location.load().bytes, [])
    }

    func testLoadOfAVanishedFileIsAMissingError() {
        let url = root.appendingPathComponent("gone.html")
        let location = InputLocation(docID: "gone", fileURL: url, sourcePath: "in/gone.html")
        XCTAssertThrowsError(try location.load()) { error in
            XCTAssertEqual(error as? YaodianError, .missing(path: "in/gone.html"))
            XCTAssertEqual((error as? YaodianError)?.stage, "ingest")
            XCTAssertEqual((error as? YaodianError)?.inputProblem, .missing)
        }
    }

    func testWalkOrdersFilesAndFoldersAsTheirFullPathsSort() throws {
        // "-" < "." < "/": a-b.html, a.html, then the folder a/ (a/b.html), then b.txt.
        try write("a/b.html")
        try write("a.html")
        try write("a-b.html")
        try write("b.txt")
        try write("a/c/d.txt")
        let (inputs, _) = InputCollector().collect([root.path])
        XCTAssertEqual(inputs.map(\.sourcePath), ["a-b.html", "a.html", "a/b.html", "a/c/d.txt", "b.txt"].map { root.path + "/" + $0 })
        let paths = inputs.map(\.sourcePath)
        XCTAssertEqual(paths, paths.sorted())
    }

    func testWalkerYieldsOneInputAtATimeWithCollectsIDs() throws {
        try write("x/plan.html")
        try write("x_plan.txt")
        try write("x/plan.txt")
        let collected = InputCollector().collect([root.path, "-"]).inputs
        let walker = InputWalker(paths: [root.path, "-"])
        var walked: [InputLocation] = []
        while let next = walker.next() { walked.append(next) }
        XCTAssertEqual(walked, collected)
        XCTAssertNil(walker.next())
        XCTAssertEqual(walked.last?.sourcePath, "-")
    }

    func testWalkerReportsMissingPathsBeforeItStarts() throws {
        try write("plan.txt")
        let missing = root.appendingPathComponent("absent").path
        let walker = InputWalker(paths: [missing, root.path])
        XCTAssertEqual(walker.problems.map(\.path), [missing])
        XCTAssertEqual(walker.next()?.docID, "plan")
        XCTAssertNil(walker.next())
    }

    func testLinkToAFileIsTakenAndLinkToAFolderIsNotFollowed() throws {
        try write("real/plan.html")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("link.html").path,
                                  withDestinationPath: root.appendingPathComponent("real/plan.html").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)
        let (inputs, _) = InputCollector().collect([root.path])
        XCTAssertEqual(inputs.map(\.sourcePath), ["link.html", "real/plan.html"].map { root.path + "/" + $0 })
    }
}
