@testable import YaodianCore

/// Clause trees written as one line a clause (`id style ordinal heading`), so a test can state
/// the expected structure of a small plan at a glance.
enum ClauseOutline {
    static func segment(_ body: String, truncations: [CleanDocument.Mark] = []) -> SegmentedDocument {
        segmenter.segment(body: body, truncations: truncations)
    }

    /// The segmenter as the pipeline builds it, with Extract's tag grammar.
    static let segmenter = ClauseSegmenter(tags: ResponsibilityTagFinder())

    /// The text of the tag Segment marked at the end of clause `id`, parentheses included.
    static func tagText(_ doc: SegmentedDocument, _ id: String, in body: String) -> String? {
        guard let range = doc.tags[id]?.range else { return nil }
        return String(String.UnicodeScalarView(Array(body.unicodeScalars)[range]))
    }

    static func lines(_ body: String, truncations: [CleanDocument.Mark] = []) -> [String] {
        lines(of: segment(body, truncations: truncations).clauses)
    }

    static func lines(of clauses: [Clause]) -> [String] {
        clauses.flattened.map { c in
            "\(c.id) \(c.markerStyle.rawValue) \(c.ordinal.map(String.init) ?? "-") \(c.heading)"
        }
    }

    /// The body text a clause's `start..<end` span covers.
    static func span(_ clause: Clause, in body: String) -> String {
        let s = Array(body.unicodeScalars)
        return String(String.UnicodeScalarView(s[clause.start..<clause.end]))
    }
}
