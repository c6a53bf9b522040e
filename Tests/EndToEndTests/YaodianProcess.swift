import Foundation
import XCTest

/// Runs the real `yaodian` binary for the end-to-end tests: to completion with captured output,
/// or started in the background to talk to it through pipes and signals.
enum YaodianProcess {
    static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("yaodian") }

    static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("yaodian binary not built at \(binary.path)")
        }
    }

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs to the end; standard output and error go through files, so neither can fill a pipe.
    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Output {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        try (stdin ?? Data()).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Copies `count` seeds from `corpus/` into a new folder as `NNNN_<seed>.txt`; with
    /// `hardLinks` (for inputs that are only read) they are hard links where possible.
    static func folderOfCopies(_ count: Int, label: String, hardLinks: Bool = false) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-\(label)-\(UUID().uuidString)")
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: GoldCorpusTests.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        for i in 0..<count {
            let seed = seeds[i % seeds.count]
            let name = String(format: "%04d_", i) + seed
            let source = GoldCorpusTests.corpus.appendingPathComponent(seed), target = input.appendingPathComponent(name)
            if !hardLinks || link(source.path, target.path) != 0 { try FileManager.default.copyItem(at: source, to: target) }
        }
        return dir
    }

    /// Every regular file of a folder with its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [:] }
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return out
    }
}
