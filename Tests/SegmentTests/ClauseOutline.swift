@testable import YaodianCore

/// Clause trees written as one line a clause (`id style ordinal heading`), so a test can state
/// the expected structure of a small plan at a glance.
enum ClauseOutline {
    static func segment(_ body: String, truncations: [CleanDocument.Mark] = []) -> SegmentedDocument {
        ClauseSegmenter().segment(body: body, truncations: truncations)
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
