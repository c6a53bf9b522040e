import Foundation
import YaodianModel
import YaodianAudit
import YaodianEmit

/// Writes the review report of an output folder: `OUT/report/index.html` and one page per
/// document, `OUT/report/<doc_id>.html`, from `OUT/documents.jsonl` (and `OUT/errors.csv`).
///
/// The pages are self-contained HTML (see `ReportPage`) that open from the file system and
/// link only to each other. Each file is written under a temporary name and renamed into place
/// (`AtomicFile`), the document pages before the index, so a reader never opens half a page.
/// The same input always gives the same bytes: documents are sorted by `doc_id` and nothing
/// depends on the time or the machine. `report/` belongs to the report: `.html` files there
/// that the current documents no longer have are removed.
///
/// ```swift
/// let summary = try ReportWriter(outputDirectory: URL(fileURLWithPath: "output")).write()
/// // output/report/index.html, output/report/004_e4a73cddc4d3395e.html, …
/// ```
public struct ReportWriter: Sendable {
    public var outputDirectory: URL

    /// What was written.
    public struct Summary: Sendable, Hashable {
        public var reportDirectory: URL
        public var documents: Int
        public var errors: Int
        public var removedPages: Int
    }

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    public var reportDirectory: URL { outputDirectory.appendingPathComponent("report", isDirectory: true) }

    /// Reads the outputs and writes the report.
    @discardableResult
    public func write() throws -> Summary {
        let jsonl = outputDirectory.appendingPathComponent("documents.jsonl")
        let records: [DocumentRecord]
        do {
            records = try GoldLoader.records(in: outputDirectory).values.sorted { $0.docID < $1.docID }
        } catch {
            throw ReportError.unreadableInput(path: jsonl.path, reason: Self.reason(error))
        }
        let errors: [DocumentFailure]
        do {
            errors = try ErrorTableReader.failures(in: outputDirectory)
        } catch {
            throw ReportError.unreadableInput(path: outputDirectory.appendingPathComponent("errors.csv").path, reason: Self.reason(error))
        }
        let pages = Self.pageNames(for: records.map(\.docID))

        do {
            try FileManager.default.createDirectory(at: reportDirectory, withIntermediateDirectories: true)
        } catch {
            throw ReportError.unwritable(path: reportDirectory.path, reason: Self.reason(error))
        }
        for record in records {
            let name = pages[record.docID] ?? "\(record.docID).html"
            try write(DocumentPageRenderer(record: record).render(), to: name)
        }
        try write(IndexPageRenderer(records: records, pageNames: pages, errors: errors).render(), to: "index.html")
        let removed = removeStalePages(keeping: Set(pages.values).union(["index.html"]))
        return Summary(reportDirectory: reportDirectory, documents: records.count, errors: errors.count, removedPages: removed)
    }

    private func write(_ page: String, to name: String) throws {
        let url = reportDirectory.appendingPathComponent(name)
        AtomicFile.removeStalePartials(for: url)
        do {
            let file = try AtomicFile(url)
            do {
                try file.write(Array(page.utf8))
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
        } catch {
            throw ReportError.unwritable(path: url.path, reason: Self.reason(error))
        }
    }

    /// Deletes the pages of documents that are gone; returns how many.
    private func removeStalePages(keeping: Set<String>) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: reportDirectory.path) else { return 0 }
        var removed = 0
        for name in names.sorted() where name.hasSuffix(".html") && !name.hasPrefix(".") && !keeping.contains(name) {
            if (try? FileManager.default.removeItem(at: reportDirectory.appendingPathComponent(name))) != nil { removed += 1 }
        }
        return removed
    }

    /// The page file name of each document: its `doc_id` plus `.html` when that is a safe file
    /// name (what `extract` allocates always is); otherwise characters other than letters,
    /// digits, `-`, `_` and `.` become `_`, a name that would be hidden, empty or `index` gets a
    /// `doc_` prefix, and names that would collide (also by case) get `-2`, `-3`, … in the order
    /// of `docIDs` sorted.
    public static func pageNames(for docIDs: [String]) -> [String: String] {
        var taken: Set<String> = ["index"]
        var out: [String: String] = [:]
        for id in Set(docIDs).sorted() {
            var safe = String.UnicodeScalarView()
            for scalar in id.unicodeScalars.prefix(120) {
                let ascii = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                let letter = !scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                safe.append(ascii || letter ? scalar : "_")
            }
            var base = String(safe)
            if base.isEmpty || base.hasPrefix(".") || base.lowercased() == "index" { base = "doc_" + base }
            var name = base
            var n = 2
            while taken.contains(name.lowercased()) {
                name = "\(base)-\(n)"
                n += 1
            }
            taken.insert(name.lowercased())
            out[id] = name + ".html"
        }
        return out
    }

    private static func reason(_ error: any Error) -> String {
        if let e = error as? ReportError { return e.description }
        if let e = error as? DecodingError { return "invalid JSON line: \(e)" }
        return (error as NSError).localizedDescription
    }
}
