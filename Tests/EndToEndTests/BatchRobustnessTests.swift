import Foundation
import XCTest

/// Runs the real `yaodian extract` binary on a folder of good and broken files: the batch goes
/// to the end, each broken file is a row of `errors.csv`, the good ones come out exactly as in a
/// run without the broken ones, and the exit status is 0 unless `--strict` is given.
final class BatchRobustnessTests: XCTestCase {
    static let corpus = GoldCorpusTests.corpus

    static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("yaodian") }

    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func makeFolder(withBroken: Bool) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in ["002_73b0f846392eb133.txt", "003_f40f8569e1bd499c.txt"] {
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        if withBroken {
            try Data().write(to: dir.appendingPathComponent("empty.txt"))
            var binary = Data()
            for i in 0..<4096 { binary.append(UInt8((i * 7919) % 256)) }
            try binary.write(to: dir.appendingPathComponent("image.html"))
            // Not UTF-8 and not GB18030: bytes 0x80 and 0xFF are invalid lead bytes in both.
            let invalid = Data((0..<600).map { i -> UInt8 in i % 3 == 0 ? 0x80 : (i % 3 == 1 ? 0xFF : 0x41) })
            try invalid.write(to: dir.appendingPathComponent("garbled.txt"))
        }
        return dir
    }

    func testBrokenFilesBecomeErrorRowsAndTheBatchGoesOn() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            throw XCTSkip("yaodian binary not built at \(Self.binary.path)")
        }
        let mixed = try makeFolder(withBroken: true)
        let clean = try makeFolder(withBroken: false)
        defer {
            try? FileManager.default.removeItem(at: mixed)
            try? FileManager.default.removeItem(at: clean)
        }
        let outMixed = mixed.appendingPathComponent("out")
        let outClean = clean.appendingPathComponent("out")
        let result = try Self.run(["extract", mixed.path, "--out", outMixed.path, "--jobs", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try Self.run(["extract", clean.path, "--out", outClean.path, "--jobs", "1", "--quiet"])

        let errors = try String(contentsOf: outMixed.appendingPathComponent("errors.csv"), encoding: .utf8)
        let errorLines = errors.split(separator: "\r\n").dropFirst()
        XCTAssertEqual(errorLines.count, 3, errors)
        XCTAssertTrue(errors.contains("empty,") && errors.contains("is empty"), errors)
        XCTAssertTrue(errors.contains("image,") && errors.contains("binary"), errors)
        XCTAssertTrue(errors.contains("garbled,") && errors.contains("not valid text"), errors)
        XCTAssertTrue(errorLines.allSatisfy { $0.contains(",ingest,") })

        // The good documents come out exactly as without the broken ones (source paths aside).
        for table in ["clauses.csv", "targets.csv", "responsibilities.csv", "flags.csv"] {
            let a = try String(contentsOf: outMixed.appendingPathComponent(table), encoding: .utf8)
            let b = try String(contentsOf: outClean.appendingPathComponent(table), encoding: .utf8)
            XCTAssertEqual(a, b, table)
        }
        let documents = try String(contentsOf: outMixed.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        XCTAssertEqual(documents.split(separator: "\n").count, 2)

        let strict = try Self.run(["extract", mixed.path, "--out", outMixed.path, "--strict", "--quiet"])
        XCTAssertEqual(strict.status, 1)
    }

    func testSameInputsGiveByteIdenticalFiles() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            throw XCTSkip("yaodian binary not built at \(Self.binary.path)")
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-det-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let a = base.appendingPathComponent("a"), b = base.appendingPathComponent("b")
        try Self.run(["extract", Self.corpus.path, "--out", a.path, "--jobs", "1", "--quiet"])
        try Self.run(["extract", Self.corpus.path, "--out", b.path, "--jobs", "2", "--quiet"])
        for file in ["documents.jsonl", "documents.csv", "clauses.csv", "targets.csv", "responsibilities.csv", "flags.csv", "errors.csv"] {
            let x = try Data(contentsOf: a.appendingPathComponent(file))
            let y = try Data(contentsOf: b.appendingPathComponent(file))
            XCTAssertEqual(x, y, file)
            XCTAssertFalse(x.isEmpty, file)
        }
    }
}
