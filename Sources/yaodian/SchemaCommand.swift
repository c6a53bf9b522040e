import ArgumentParser
import Foundation
import YaodianCore

/// `yaodian schema`: the shape of the outputs, for validators and database tools. By default the
/// JSON Schema (draft 2020-12) of one `documents.jsonl` line; `--datapackage` prints the
/// `datapackage.json` that `extract` writes beside the CSV tables, `--sql` the SQLite schema.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a documents.jsonl line (or the data package, or the SQLite schema)."
    )

    @Flag(name: .long, help: "Print the Frictionless Data Package descriptor of the CSV tables instead.")
    var datapackage = false

    @Flag(name: .long, help: "Print the SQL that creates the --sqlite database instead.")
    var sql = false

    @Flag(name: .long, help: "With --datapackage: describe CSV files written with --excel.")
    var excel = false

    func validate() throws {
        if datapackage, sql { throw ValidationError("give at most one of --datapackage and --sql") }
        if excel, !datapackage { throw ValidationError("--excel applies to --datapackage") }
    }

    func run() throws {
        let bytes: [UInt8]
        if sql {
            bytes = Array(DatabaseSchema.sql.utf8)
        } else if datapackage {
            bytes = try DataPackageDescriptor(excel: excel).json()
        } else {
            bytes = try JSONSchemaDocument.schema.prettyPrinted()
        }
        try FileHandle.standardOutput.write(contentsOf: Data(bytes))
    }
}
