@testable import YaodianCore

/// Runs invented pages through Ingest and Clean, and reads marks back out of a body.
/// Test fixtures only: every page in these tests is written for them, none is copied from a seed.
enum PageFixture {
    /// Decodes `text` as the bytes of a file at `path` and cleans it.
    static func clean(_ text: String, path: String = "qingxi/page.html") throws -> CleanDocument {
        let source = DocumentSource(docID: "page", sourcePath: path, bytes: Array(text.utf8))
        return try DocumentCleaner().clean(try TextDecoder().decode(source))
    }

    /// Cleans already-decoded text, with the format stated rather than detected.
    static func clean(_ text: String, format: DecodedDocument.Format) throws -> CleanDocument {
        let source = DocumentSource(docID: "page", sourcePath: "qingxi/page", bytes: Array(text.utf8))
        let decoded = DecodedDocument(source: source, text: text, encoding: "utf-8", declaredEncoding: nil,
                                      lossy: false, format: format)
        return try DocumentCleaner().clean(decoded)
    }

    /// The body's lines.
    static func lines(_ clean: CleanDocument) -> [String] {
        clean.body.isEmpty ? [] : clean.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `body[start..<end]` in Unicode scalars, the unit of every offset in a `CleanDocument`.
    static func slice(_ body: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(body.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Text lines as the line cleaner sees them, hard breaks marked where asked.
    static func textLines(_ texts: [String], hardBreaks: Set<Int> = [0]) -> [TextLine] {
        texts.enumerated().map { TextLine(text: $0.element, hardBreakBefore: hardBreaks.contains($0.offset)) }
    }
}
