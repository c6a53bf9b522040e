import ArgumentParser
import Dispatch
import Foundation
import YaodianCore

extension OutputFormat: ExpressibleByArgument {}

/// `yaodian extract PATH... --out DIR`: the main job.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract metadata, clauses, targets and responsibility tags into JSON Lines, CSV tables and SQLite.",
        discussion: """
        PATH is a file, a directory (searched recursively for .html, .htm, .shtml and .txt) or - for standard input. \
        A document that cannot be read becomes a row of errors.csv; the batch goes on. \
        The output folder gets documents.jsonl, the CSV tables and datapackage.json, always complete for this run; \
        --out - with --format jsonl streams one JSON line per document to standard output instead. \
        --sqlite adds to a database across runs, skipping documents whose sha256 did not change (unless --force). \
        SIGINT and SIGTERM remove the temporary files and exit with 130 and 143.
        """
    )

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output directory, or - for JSON lines on standard output (with --format jsonl).",
                                             valueName: "DIR|-"))
    var out: String = "output"

    @Option(name: .long, help: "Which files to write: all (JSON lines, CSV tables, datapackage.json), jsonl, or csv (default: all; jsonl with --out -).")
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Read input paths from FILE, one per line, or from standard input with -.",
                                             valueName: "FILE|-"))
    var filesFrom: String?

    @Option(name: .long, help: ArgumentHelp("Also write into this SQLite database (created if missing, updated per document).",
                                             valueName: "FILE"))
    var sqlite: String?

    @Flag(name: .long, help: "With --sqlite: rewrite documents even when their sha256 did not change.")
    var force = false

    @Flag(name: .long, help: "CSV for spreadsheets: a UTF-8 byte order mark, and cells starting with = + - @ prefixed with ' (numbers unchanged).")
    var excel = false

    @Option(name: .long, help: "Documents processed in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Exit with status 1 if any document failed.")
    var strict = false

    @Flag(name: .long, help: "No progress line.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Read at most N MiB of each input; a larger one is cut there and flagged truncated.",
                                             valueName: "N"))
    var maxInputMib: Int = TextDecoder.defaultMaxBytes >> 20

    @Option(name: .long, help: ArgumentHelp("Write the CPU seconds of each stage, summed over documents, to FILE as JSON (scripts/bench).",
                                             valueName: "FILE"))
    var timings: String?

    var streaming: Bool { out == "-" }
    /// The pipeline with the size cap of `--max-input-mib`.
    var pipeline: DocumentPipeline {
        var pipeline = DocumentPipeline()
        pipeline.decoder = TextDecoder(maxBytes: maxInputMib << 20)
        return pipeline
    }
    var resolvedFormat: OutputFormat { format ?? (streaming ? .jsonl : .all) }

    func validate() throws {
        guard !paths.isEmpty || filesFrom != nil else { throw ValidationError("give at least one file or directory, or --files-from") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxInputMib >= 1, maxInputMib <= 1 << 20 else { throw ValidationError("--max-input-mib must be between 1 and 1048576") }
        if streaming, resolvedFormat != .jsonl { throw ValidationError("--out - writes JSON lines only: use --format jsonl") }
        if excel, !resolvedFormat.writesTables { throw ValidationError("--excel applies to CSV files, which --format jsonl and --out - do not write") }
        if force, sqlite == nil { throw ValidationError("--force applies to --sqlite") }
        if filesFrom == "-", paths.contains("-") {
            throw ValidationError("standard input cannot be both a document and the --files-from list")
        }
        if let list = filesFrom, list != "-", !FileManager.default.isReadableFile(atPath: list) {
            throw ValidationError("cannot read the list of inputs \(list)")
        }
    }

    func run() async throws {
        // Before the workers allocate: heap arenas capped by the worker count, big buffers mapped apart.
        AllocatorTuning.apply(workers: jobs)
        let registry = TemporaryFileRegistry()
        let interrupts = InterruptHandler.install(registry: registry)
        defer { withExtendedLifetime(interrupts) {} }

        let collector = InputCollector()
        // Directories are walked as the batch goes, so a huge archive is never listed in memory.
        let walker = InputWalker(paths: paths)
        let problems = walker.problems
        var stdinBytes: [UInt8]?
        if paths.contains("-") { stdinBytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }

        var sinks: [any DocumentSink] = []
        var database: SQLiteWriter?
        let destination = streaming ? "standard output" : out + "/"
        do {
            if streaming {
                sinks.append(JSONLinesStreamWriter(handle: FileHandle.standardOutput))
            } else {
                sinks.append(try OutputSink(directory: URL(fileURLWithPath: out), format: resolvedFormat, excel: excel,
                                            dataPackage: true, registry: registry))
            }
        } catch {
            Console.error("cannot write to \(out): \(error.localizedDescription)")
            throw ExitCode(3)
        }
        if let path = sqlite {
            do {
                let runInputs = paths + (filesFrom.map { ["--files-from", $0] } ?? [])
                let writer = try SQLiteWriter(url: URL(fileURLWithPath: path), inputs: runInputs, force: force)
                database = writer
                sinks.append(writer)
            } catch {
                sinks.forEach { $0.abandon() }
                Console.error("cannot open the database \(path): \(error)")
                throw ExitCode(3)
            }
        }

        let progress = Progress(total: nil, enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let batch = BatchExtraction(pipeline: pipeline, jobs: jobs, sinks: sinks)
        batch.onFailure = { failure in
            progress.clear()
            Console.error("\(failure.sourcePath): \(failure.error)")
        }
        batch.onProgress = progress.update
        let summary: BatchExtraction.Summary
        do {
            // A signal during the renames waits until every file is in place, so the folder is never half new.
            let finishing: (() throws -> Void) throws -> Void = { try registry.withoutInterruption($0) }
            if let filesFrom {
                let feed = PathListFeed.stream(walker: walker, filesFrom: filesFrom, collector: collector)
                summary = try await batch.run(problems: problems, stream: feed, stdin: stdinBytes, finishing: finishing)
            } else {
                // The walk is taken from as workers need documents: it advances no faster than they start.
                summary = try await batch.run(problems: problems, pulling: { walker.next() }, stdin: stdinBytes, finishing: finishing)
            }
            if let path = timings {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                try encoder.encode(summary.timings).write(to: URL(fileURLWithPath: path))
            }
        } catch {
            sinks.forEach { $0.abandon() }
            progress.clear()
            Console.error("cannot write outputs to \(destination): \(error)")
            throw ExitCode(3)
        }
        progress.finish()
        if !quiet {
            var line = "\(summary.documents) documents extracted, \(summary.failures) failed → \(destination)"
            if let db = database, let path = sqlite {
                let c = db.counts
                line += "; \(path): \(c.written) written, \(c.skipped) unchanged, \(c.failed) errors"
            }
            Console.error(line)
        }
        if summary.documents + summary.failures == 0 { Console.error("no input document found") }
        let status = ExitStatus.afterBatch(documents: summary.documents, failures: summary.failures,
                                           inputProblems: summary.inputProblems, strict: strict)
        if status != 0 { throw ExitCode(status) }
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
    let total: Int?
    let enabled: Bool

    /// `total` is nil when inputs are still arriving (`--files-from`).
    init(total: Int?, enabled: Bool) {
        self.total = total
        self.enabled = enabled && (total ?? 2) > 1
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let count = total.map { "\(done)/\($0)" } ?? "\(done)"
        FileHandle.standardError.write(Data("\r\u{1B}[K\(count) documents".utf8))
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
