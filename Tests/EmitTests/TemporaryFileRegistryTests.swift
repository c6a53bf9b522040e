import Foundation
import XCTest
@testable import YaodianCore

/// The temporary files a signal handler deletes: registered while open, forgotten once renamed.
final class TemporaryFileRegistryTests: XCTestCase {
    func testAtomicFilesRegisterUntilCommittedOrDiscarded() throws {
        let directory = EmitFixtures.temporaryDirectory("registry")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let registry = TemporaryFileRegistry()
        let kept = try AtomicFile(directory.appendingPathComponent("a.csv"), registry: registry)
        let dropped = try AtomicFile(directory.appendingPathComponent("b.csv"), registry: registry)
        XCTAssertEqual(registry.registered, [kept.temporaryURL.path, dropped.temporaryURL.path].sorted())
        try kept.commit()
        dropped.discard()
        XCTAssertEqual(registry.registered, [])
    }

    func testRemoveAllDeletesTheFilesButNotTheFinishedOnes() throws {
        let directory = EmitFixtures.temporaryDirectory("registry")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let registry = TemporaryFileRegistry()
        let done = try AtomicFile(directory.appendingPathComponent("done.csv"), registry: registry)
        try done.write(Array("x".utf8))
        try registry.withoutInterruption { try done.commit() }
        let open = try AtomicFile(directory.appendingPathComponent("open.csv"), registry: registry)
        try open.write(Array("half".utf8))
        registry.removeAll()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["done.csv"])
        XCTAssertEqual(registry.registered, [])
    }
}
