import ArgumentParser
import Foundation
import YaodianCore

/// The `yaodian` command line: `extract` turns pages into tables; `body` shows one cleaned body.
@main
struct Yaodian: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yaodian",
        abstract: "Turn published plans of Chinese health authorities into structured data.",
        subcommands: [ExtractCommand.self, SchemaCommand.self, EvalCommand.self, BodyCommand.self, ReportCommand.self]
    )
}

/// Prints the cleaned body of one document, to see what the Clean stage kept.
struct BodyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "body", abstract: "Print the cleaned body of a document.")

    @Argument(help: "An HTML or text file.")
    var path: String

    func run() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let source = DocumentSource(docID: "doc", sourcePath: path, bytes: [UInt8](data))
        let decoded = try TextDecoder().decode(source)
        let clean = try DocumentCleaner().clean(decoded)
        print(clean.body)
        FileHandle.standardError.write(Data("--- format \(decoded.format.rawValue) encoding \(decoded.encoding)\n".utf8))
        for f in clean.chromeFields { FileHandle.standardError.write(Data("field \(f.label)=\(f.value)\n".utf8)) }
        for t in clean.truncations { FileHandle.standardError.write(Data("cut \(t.start)-\(t.end) \(t.detail)\n".utf8)) }
        if let toc = clean.tableOfContents { FileHandle.standardError.write(Data("toc \(toc.start) \(toc.detail)\n".utf8)) }
        FileHandle.standardError.write(Data("header \(clean.siteHeader)\n".utf8))
    }
}
