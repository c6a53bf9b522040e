import XCTest
@testable import YaodianCore

/// Ids are the relative path without extension, made file-name safe; clashes get a stable hash suffix.
final class DocumentIDAllocatorTests: XCTestCase {
    func testRelativePathBecomesTheID() {
        var allocator = DocumentIDAllocator()
        XCTAssertEqual(allocator.allocate(for: "2023/青溪区.html"), "2023_青溪区")
        XCTAssertEqual(allocator.allocate(for: "plan_2023-v2.txt"), "plan_2023-v2")
    }

    func testOnlyTheLastExtensionIsRemoved() {
        XCTAssertEqual(DocumentIDAllocator.sanitize("要点.2023.shtml"), "要点.2023")
        XCTAssertEqual(DocumentIDAllocator.sanitize("v1.2/要点"), "v1.2_要点")
    }

    func testUnsafeCharactersBecomeUnderscores() {
        XCTAssertEqual(DocumentIDAllocator.sanitize("卫健委 (2023)/工作要点：全文.htm"), "卫健委__2023__工作要点_全文")
        XCTAssertEqual(DocumentIDAllocator.sanitize("a\\b|c?.txt"), "a_b_c_")
    }

    func testCJKExtensionAIsKept() {
        // U+3400 block (CJK Extension A) is kept like the basic block.
        XCTAssertEqual(DocumentIDAllocator.sanitize("㐀卫.txt"), "㐀卫")
    }

    func testCharactersOutsideTheKeptBlocksAreReplaced() {
        // A supplementary-plane ideograph and a full-width digit are outside the kept ranges.
        XCTAssertEqual(DocumentIDAllocator.sanitize("𠀀村１.txt"), "_村_")
    }

    func testLeadingDotsAreRemoved() {
        XCTAssertEqual(DocumentIDAllocator.sanitize(".hidden.txt"), "hidden")
        XCTAssertEqual(DocumentIDAllocator.sanitize("../up.html"), "_up")
    }

    func testEmptyResultFallsBackToDoc() {
        XCTAssertEqual(DocumentIDAllocator.sanitize(""), "doc")
        XCTAssertEqual(DocumentIDAllocator.sanitize("..."), "doc")
    }

    func testClashGetsTheSHA256PrefixOfItsPath() {
        var allocator = DocumentIDAllocator()
        XCTAssertEqual(allocator.allocate(for: "a.html"), "a")
        // printf 'a.txt' | sha256sum → 18b7cb09…
        XCTAssertEqual(allocator.allocate(for: "a.txt"), "a-18b7cb09")
    }

    func testRepeatedClashesAreNumbered() {
        var allocator = DocumentIDAllocator()
        let ids = (0..<4).map { _ in allocator.allocate(for: "a.txt") }
        XCTAssertEqual(ids, ["a", "a-18b7cb09", "a-18b7cb09-2", "a-18b7cb09-3"])
    }

    func testSuffixDependsOnlyOnThePath() {
        var first = DocumentIDAllocator()
        _ = first.allocate(for: "docs_a.html")
        let one = first.allocate(for: "docs/a.txt")
        var second = DocumentIDAllocator()
        _ = second.allocate(for: "docs/a.html")
        let two = second.allocate(for: "docs/a.txt")
        // printf 'docs/a.txt' | sha256sum → 6b7bef38…
        XCTAssertEqual(one, "docs_a-6b7bef38")
        XCTAssertEqual(two, one)
    }

    func testIDsAreUniqueWithinARun() {
        var allocator = DocumentIDAllocator()
        let paths = ["x/y.html", "x_y.txt", "x/y.txt", "x y.htm", "x?y.shtml", "x/y.html"]
        let ids = paths.map { allocator.allocate(for: $0) }
        XCTAssertEqual(Set(ids).count, paths.count, "\(ids)")
        XCTAssertEqual(ids.first, "x_y")
    }

    /// Ids given are remembered by a fingerprint that must not change between processes (it
    /// decides which of two clashing ids gets the suffix): FNV-1a 64's published test values.
    func testFingerprintIsFNV1a64() {
        XCTAssertEqual(DocumentIDAllocator.fingerprint(""), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(DocumentIDAllocator.fingerprint("a"), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(DocumentIDAllocator.fingerprint("foobar"), 0x8594_4171_f739_67e8)
    }

    func testManyDistinctPathsKeepTheirOwnIDs() {
        var allocator = DocumentIDAllocator()
        for i in 0..<20_000 {
            let path = "html/\(i / 1000)/d\(i).html"
            XCTAssertEqual(allocator.allocate(for: path), "html_\(i / 1000)_d\(i)")
        }
        XCTAssertEqual(allocator.allocate(for: "html/3/d3000.htm"), "html_3_d3000-" + ContentHash.sha256Hex(Array("html/3/d3000.htm".utf8), bytes: 4))
    }
}
