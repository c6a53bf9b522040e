import ArgumentParser
import Foundation
import YaodianCore

/// `yaodian extract PATH... --out DIR`: the main job.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract metadata, clauses, targets and responsibility tags into JSON Lines and CSV tables.",
        discussion: """
        PATH is a file, a directory (searched recursively for .html, .htm, .shtml and .txt) or - for standard input. \
        A document that cannot be read becomes a row of errors.csv; the batch goes on.
        """
    )

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    @Option(name: .long, help: "Output directory.")
    var out: String = "output"

    @Option(name: .long, help: "Documents processed in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Exit with status 1 if any document failed.")
    var strict = false

    @Flag(name: .long, help: "No progress line.")
    var quiet = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or directory") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let (inputs, problems) = InputCollector().collect(paths)
        var stdinBytes: [UInt8]?
        if paths.contains("-") { stdinBytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        let sink: OutputSink
        do {
            sink = try OutputSink(directory: URL(fileURLWithPath: out))
        } catch {
            Console.error("cannot write to \(out): \(error.localizedDescription)")
            throw ExitCode(3)
        }
        let progress = Progress(total: inputs.count, enabled: !quiet && isatty(STDERR_FILENO) == 1)
        do {
            for problem in problems {
                Console.error("\(problem.path): \(problem.reason)")
                try sink.write(DocumentFailure(docID: "", sourcePath: problem.path, stage: "ingest", error: problem.reason))
            }
            try await BatchRunner(jobs: jobs).run(inputs, stdin: stdinBytes) { index, result in
                switch result {
                case .success(let record): try sink.write(record)
                case .failure(let failure):
                    try sink.write(failure)
                    progress.clear()
                    Console.error("\(failure.sourcePath): \(failure.error)")
                }
                progress.update(index + 1)
            }
            try sink.finish()
        } catch {
            sink.abandon()
            progress.clear()
            Console.error("cannot write outputs to \(out): \(error)")
            throw ExitCode(3)
        }
        progress.finish()
        if !quiet {
            Console.error("\(sink.documentCount) documents extracted, \(sink.failureCount) failed → \(out)/")
        }
        if strict, sink.failureCount > 0 { throw ExitCode(1) }
    }
}

/// Messages for people, on standard error.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("yaodian: " + message + "\n").utf8))
    }
}

/// A one-line progress counter on standard error, only when it is a terminal.
final class Progress: @unchecked Sendable {
    let total: Int
    let enabled: Bool

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total > 1
    }

    func update(_ done: Int) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(done)/\(total) documents".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
