import Foundation
import XCTest
@testable import YaodianCore

/// The seed documents, run through the real pipeline and rendered: every page gives back its
/// body exactly, holds no URL, and seed 004 shows its first tag and clause where they are.
final class CorpusReportTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")

    private func records() throws -> [DocumentRecord] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(names.isEmpty)
        return try names.map { name in
            let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
            let source = DocumentSource(docID: String(name.dropLast(4)), sourcePath: "corpus/" + name, bytes: [UInt8](data))
            return try DocumentPipeline().process(source)
        }
    }

    func testEverySeedPageRoundTripsItsBody() throws {
        for record in try records() {
            let html = DocumentPageRenderer(record: record).render()
            XCTAssertEqual(HTMLProbe.text(HTMLProbe(html: html).bodyMarkup), record.body, record.docID)
            XCTAssertNil(html.range(of: "https?://", options: [.regularExpression, .caseInsensitive]), record.docID)
        }
    }

    func testSeed004ShowsItsFirstTagInsideClause111() throws {
        let record = try XCTUnwrap(try records().first { $0.docID == "004_e4a73cddc4d3395e" })
        let probe = HTMLProbe(html: DocumentPageRenderer(record: record).render())
        let tag = try XCTUnwrap(probe.element(id: "tag-0"))
        XCTAssertTrue(HTMLProbe.text(tag).contains("钱博"))
        let clause = try XCTUnwrap(probe.element(id: "clause-1.1.1"))
        XCTAssertTrue(clause.contains("data-clause=\"1.1.1\""))
        XCTAssertTrue(clause.contains("id=\"tag-0\""))
    }
}
