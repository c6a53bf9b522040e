import CSV
import Foundation
import YaodianModel

/// Reads the failed documents of an output folder's `errors.csv`, for the report's index.
///
/// The file is the one `yaodian extract` writes: RFC 4180 with a header row
/// (`doc_id, source_path, stage, error`), or the `--excel` variant, told by its byte order mark,
/// whose `'` prefixes are taken off again (`'=cmd` was `=cmd`). A folder without the file, or
/// written with `--format jsonl`, has no errors to show.
///
/// ```
/// empty,/data/pages/empty.txt,ingest,/data/pages/empty.txt is empty
/// ```
public enum ErrorTableReader {
    public static func failures(in outputDirectory: URL) throws -> [DocumentFailure] {
        let url = outputDirectory.appendingPathComponent("errors.csv")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        var text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let excel = text.unicodeScalars.first == "\u{FEFF}"
        if excel { text.unicodeScalars.removeFirst() }
        return try failures(csv: text, excel: excel)
    }

    /// The rows of the text of an `errors.csv` file.
    public static func failures(csv text: String, excel: Bool = false) throws -> [DocumentFailure] {
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        let header = reader.headerRow ?? []
        func column(_ name: String, _ fallback: Int) -> Int { header.firstIndex(of: name) ?? fallback }
        let columns = (column("doc_id", 0), column("source_path", 1), column("stage", 2), column("error", 3))
        var out: [DocumentFailure] = []
        while let row = reader.next() {
            guard row.contains(where: { !$0.isEmpty }) else { continue }
            func cell(_ i: Int) -> String {
                guard i < row.count else { return "" }
                let value = row[i]
                // `--excel` writes `'` before a cell a spreadsheet would run as a formula.
                if excel, value.count > 1, value.hasPrefix("'"), let next = value.dropFirst().unicodeScalars.first,
                   "=+-@\t\r".unicodeScalars.contains(next) {
                    return String(value.dropFirst())
                }
                return value
            }
            out.append(DocumentFailure(docID: cell(columns.0), sourcePath: cell(columns.1), stage: cell(columns.2),
                                       error: cell(columns.3)))
        }
        if let error = reader.error { throw error }
        return out
    }
}
