import CAllocatorTuning
import XCTest

/// The allocator settings that keep a long batch's peak memory flat must really reach glibc: the
/// C side compiles them only where it detects glibc, so a wrong preprocessor test silently turns
/// them into nothing (as a first version did, testing `__GLIBC__` before any glibc header).
final class AllocatorTuningTests: XCTestCase {
    func testGlibcTakesTheSettings() throws {
        #if os(Linux) && canImport(Glibc)
        XCTAssertEqual(yaodian_tune_allocator(2, 256 * 1024), 1)
        #else
        throw XCTSkip("the settings are for glibc only")
        #endif
    }
}
