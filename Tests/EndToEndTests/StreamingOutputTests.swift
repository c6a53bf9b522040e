import Foundation
import XCTest

/// `--format jsonl --out -` and `--files-from FILE|-` through the real binary: standard output
/// carries one JSON line per document in input order and nothing else, each line as soon as
/// its document is done, and paths can be fed on standard input one at a time.
final class StreamingOutputTests: XCTestCase {
    /// The seeds alone (corpus/ also holds the dev pages in corpus/dev/), copied to a folder of their own.
    static let corpus: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-seeds-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let seeds = (try? FileManager.default.contentsOfDirectory(atPath: GoldCorpusTests.corpus.path)) ?? []
        for name in seeds where name.hasSuffix(".txt") {
            try? FileManager.default.copyItem(at: GoldCorpusTests.corpus.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }()

    static func seeds() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { corpus.appendingPathComponent($0) }
    }

    private func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testStandardOutputCarriesExactlyTheJSONLines() throws {
        try YaodianProcess.requireBinary()
        let dir = try temporaryFolder()
        let folder = try YaodianProcess.run(["extract", Self.corpus.path, "--out", dir.path, "--quiet"])
        XCTAssertEqual(folder.status, 0, folder.stderr)
        let stream = try YaodianProcess.run(["extract", Self.corpus.path, "--format", "jsonl", "--out", "-", "--jobs", "2"])
        XCTAssertEqual(stream.status, 0, stream.stderr)
        XCTAssertEqual(stream.stdout, try Data(contentsOf: dir.appendingPathComponent("documents.jsonl")),
                       "the same bytes as documents.jsonl, and nothing else")
        XCTAssertEqual(stream.stdoutText.split(separator: "\n").count, try Self.seeds().count)
        XCTAssertTrue(stream.stderr.contains("→ standard output"), stream.stderr)
        // --out - alone implies --format jsonl.
        XCTAssertEqual(try YaodianProcess.run(["extract", Self.corpus.path, "--out", "-", "--quiet"]).stdout, stream.stdout)
    }

    func testFailuresGoToStandardErrorNotStandardOutput() throws {
        try YaodianProcess.requireBinary()
        let dir = try temporaryFolder()
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let seed = try Self.seeds()[0]
        let result = try YaodianProcess.run(["extract", empty.path, seed.path, "--out", "-"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdoutText.split(separator: "\n")
        XCTAssertEqual(lines.count, 1)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(object["source_path"] as? String, seed.path)
        XCTAssertTrue(result.stderr.contains("is empty"), result.stderr)
    }

    func testOptionsThatDoNotFitStandardOutputAreRefused() throws {
        try YaodianProcess.requireBinary()
        for arguments in [["--out", "-", "--format", "csv"], ["--out", "-", "--format", "all"], ["--out", "-", "--excel"]] {
            let result = try YaodianProcess.run(["extract", Self.corpus.path] + arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, Data(), "\(arguments)")
        }
        let both = try YaodianProcess.run(["extract", "-", "--files-from", "-", "--out", "-"])
        XCTAssertEqual(both.status, 64, both.stderr)
    }

    /// A list file gives the same outputs as the folder (same ids and paths); a listed path that
    /// does not exist becomes an error row in its place, and exit status 4.
    func testFilesFromAListFile() throws {
        try YaodianProcess.requireBinary()
        let dir = try temporaryFolder()
        let seeds = try Self.seeds()
        let list = dir.appendingPathComponent("list.txt")
        let missing = dir.appendingPathComponent("gone.html").path
        try ([seeds[0].path, "", missing] + seeds.dropFirst().map(\.path)).joined(separator: "\r\n").write(to: list, atomically: true, encoding: .utf8)
        let fromList = dir.appendingPathComponent("list-out"), fromFolder = dir.appendingPathComponent("folder-out")
        // The missing path makes the exit status 4 (README, Robustness); the outputs are complete.
        XCTAssertEqual(try YaodianProcess.run(["extract", "--files-from", list.path, "--out", fromList.path, "--quiet"]).status, 4)
        XCTAssertEqual(try YaodianProcess.run(["extract", Self.corpus.path, "--out", fromFolder.path, "--quiet"]).status, 0)
        for name in ["documents.jsonl", "documents.csv", "clauses.csv", "targets.csv", "responsibilities.csv", "flags.csv"] {
            XCTAssertEqual(try Data(contentsOf: fromList.appendingPathComponent(name)),
                           try Data(contentsOf: fromFolder.appendingPathComponent(name)), name)
        }
        let errors = try String(contentsOf: fromList.appendingPathComponent("errors.csv"), encoding: .utf8)
        XCTAssertTrue(errors.contains("\r\ngone,\(missing),ingest,"), errors)
    }

    /// A batch engine writes one path, reads that document's line, then writes the next: each
    /// line arrives while standard input is still open.
    func testPathsFedOnStandardInputComeBackOneByOne() throws {
        try YaodianProcess.requireBinary()
        let seeds = try Self.seeds()
        let process = Process()
        process.executableURL = YaodianProcess.binary
        process.arguments = ["extract", "--files-from", "-", "--format", "jsonl", "--out", "-", "--quiet"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reader = PipeLineReader(output.fileHandleForReading)
        var ids: [String] = []
        for seed in seeds.prefix(3) {
            input.fileHandleForWriting.write(Data((seed.path + "\n").utf8))
            let line = try XCTUnwrap(reader.nextLine(timeout: 30), "no line for \(seed.lastPathComponent) while input stays open")
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(object["source_path"] as? String, seed.path)
            ids.append(object["doc_id"] as? String ?? "")
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(reader.rest(timeout: 10), "", "nothing after the last line")
        XCTAssertEqual(ids, seeds.prefix(3).map { $0.deletingPathExtension().lastPathComponent })
    }

    func testPathsOnStandardInputCanAlsoBeSentAllAtOnce() throws {
        try YaodianProcess.requireBinary()
        let seeds = try Self.seeds()
        let list = Data(seeds.map { $0.path + "\n" }.joined().utf8)
        let streamed = try YaodianProcess.run(["extract", "--files-from", "-", "--out", "-", "--jobs", "2", "--quiet"], stdin: list)
        XCTAssertEqual(streamed.status, 0, streamed.stderr)
        let direct = try YaodianProcess.run(["extract"] + seeds.map(\.path) + ["--out", "-", "--quiet"])
        XCTAssertEqual(streamed.stdout, direct.stdout)
        XCTAssertEqual(streamed.stdoutText.split(separator: "\n").count, seeds.count)
    }
}
