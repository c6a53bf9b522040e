import XCTest
@testable import yaodian

/// The allocator settings that keep a long batch's peak memory flat: how many arenas each worker
/// count gets, and that glibc really takes them (the C side compiles them only where it detects
/// glibc, so a wrong preprocessor test silently turns them into nothing, as a first version did by
/// testing `__GLIBC__` before any glibc header).
final class AllocatorTuningTests: XCTestCase {
    func testOneArenaForOneWorkerAndOneMoreThanTheWorkersAbove() {
        XCTAssertEqual(AllocatorTuning.arenas(workers: 1), 1)
        XCTAssertEqual(AllocatorTuning.arenas(workers: 0), 1)
        // The main thread's arena is one of them: two workers get two of their own.
        XCTAssertEqual(AllocatorTuning.arenas(workers: 2), 3)
        XCTAssertEqual(AllocatorTuning.arenas(workers: 16), 17)
    }

    func testGlibcTakesTheSettings() throws {
        #if os(Linux) && canImport(Glibc)
        XCTAssertTrue(AllocatorTuning.apply(workers: 2))
        #else
        throw XCTSkip("the settings are for glibc only")
        #endif
    }
}
