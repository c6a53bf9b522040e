/// Which files `extract` writes into its output folder (`--format`).
///
/// `all` (the default) writes `documents.jsonl`, the CSV tables and `datapackage.json`;
/// `jsonl` writes `documents.jsonl` only, and is the one format that can go to standard output
/// (`--format jsonl --out -`, one line per document as each finishes); `csv` writes the CSV
/// tables and `datapackage.json`.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    case all
    case jsonl
    case csv

    /// Whether `documents.jsonl` is written.
    public var writesJSONLines: Bool { self != .csv }

    /// Whether the CSV tables (and the data package describing them) are written.
    public var writesTables: Bool { self != .jsonl }
}
