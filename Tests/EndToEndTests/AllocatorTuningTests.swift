import CAllocatorTuning
import XCTest

/// The allocator tuning that keeps a long batch's peak memory flat must really run before main:
/// it is a C constructor, compiled only where glibc is detected, so a wrong preprocessor test
/// silently leaves it out (as a first version did, testing `__GLIBC__` before any glibc header).
final class AllocatorTuningTests: XCTestCase {
    func testConstructorTunedGlibcBeforeMain() throws {
        #if os(Linux) && canImport(Glibc)
        XCTAssertEqual(yaodian_allocator_tuning_applied(), 1)
        #else
        throw XCTSkip("the tuning is for glibc only")
        #endif
    }
}
