import ArgumentParser
import Foundation
import YaodianCore

/// `yaodian report OUT`: HTML pages for reviewing an output folder, written to `OUT/report/`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML review report of an output folder (OUT/report/index.html and one page per document).",
        discussion: """
        Reads OUT/documents.jsonl (and OUT/errors.csv when present) and writes self-contained pages that open \
        from the file system: index.html with the corpus totals, charts of targets per document and flags by name, \
        and a table of documents; one page per document with its clauses, responsibility tags, targets and flags \
        highlighted in the body. Exit status 1 if the outputs cannot be read, 3 if the report cannot be written.
        """
    )

    @Argument(help: "Output folder of `yaodian extract`.")
    var out: String = "output"

    @Flag(name: .long, help: "No summary line.")
    var quiet = false

    func run() throws {
        let writer = ReportWriter(outputDirectory: URL(fileURLWithPath: out))
        do {
            let summary = try writer.write()
            if !quiet {
                var line = "report of \(summary.documents) documents"
                if summary.errors > 0 { line += " and \(summary.errors) failed (errors.csv)" }
                line += " → \(summary.reportDirectory.appendingPathComponent("index.html").path)"
                Console.error(line)
            }
        } catch let error as ReportError {
            Console.error(error.description)
            switch error {
            case .unreadableInput: throw ExitCode(1)
            case .unwritable: throw ExitCode(3)
            }
        }
    }
}
