/// Maps strings produced from a Simplified matching text back to the characters of the source,
/// using the document's own correspondences (each Simplified character → the source character it
/// most often stands for in this document). Offsets are unchanged, since both texts have the same
/// length; this is only for strings a stage composed rather than sliced (an indicator whose shared
/// prefix was copied, a deadline taken from a paragraph lead).
public struct ScriptRestorer: Sendable {
    private let map: [Unicode.Scalar: Unicode.Scalar]

    public init(original: [Unicode.Scalar], matching: [Unicode.Scalar]) {
        var counts: [Unicode.Scalar: [Unicode.Scalar: Int]] = [:]
        for (a, b) in zip(matching, original) where a != b {
            counts[a, default: [:]][b, default: 0] += 1
        }
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (simplified, sources) in counts {
            if let best = sources.max(by: { ($0.value, $1.key.value) < ($1.value, $0.key.value) }) { map[simplified] = best.key }
        }
        self.map = map
    }

    /// True when the two texts were identical (nothing to restore).
    public var isIdentity: Bool { map.isEmpty }

    public func restore(_ text: String) -> String {
        guard !map.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(map[s] ?? s) }
        return String(out)
    }
}
