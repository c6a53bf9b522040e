/// Where lines, sentences and comma-phrases of a body begin and end, computed once per body.
///
/// A target's indicator never crosses a phrase boundary (`，`, `：`, `。`…), and its deadline is
/// looked for in its sentence (up to `。`, `；` or a line end). Example (seed 004): in
/// `全县人口自然增长率5‰以内，出生政策符合率98%以上` the phrase of `98%` starts after the `，`.
///
/// Only the positions of the delimiters are stored (a few per hundred scalars), and a query is a
/// binary search among them: no per-scalar tables of the body's length are built.
struct BodyIndex: Sendable {
    /// Scalars that end a comma-phrase.
    static let phraseDelimiters: ScalarSet = [
        "。", "；", ";", "！", "？", "!", "?", "，", ",", "：", ":", "\n", "\r",
    ]
    /// Scalars that end a sentence.
    static let sentenceDelimiters: ScalarSet = ["。", "；", ";", "！", "？", "!", "?", "\n", "\r"]

    let count: Int
    /// Positions of phrase delimiters, ascending.
    private let phraseBreaks: [Int]
    /// Positions of sentence delimiters, ascending.
    private let sentenceBreaks: [Int]
    /// Positions of line feeds, ascending.
    private let lineBreaks: [Int]
    /// Positions of the opening quotes of `NonTargetRules.quotePairs`, ascending.
    private let quoteOpenings: [Int]

    init(_ s: [Unicode.Scalar]) {
        count = s.count
        let phraseSet = Self.phraseDelimiters
        let sentenceSet = Self.sentenceDelimiters
        let openings = NonTargetRules.quoteOpenings
        let (low, high) = NonTargetRules.quoteOpeningBounds
        var pb: [Int] = [], sb: [Int] = [], lb: [Int] = [], qb: [Int] = []
        s.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count {
                let c = buffer[i]
                let v = c.value
                if v >= low, v <= high, openings.contains(c) {
                    qb.append(i)
                    continue
                }
                // Every delimiter is ASCII, `。` (U+3002) or a full-width form (U+FF01 and up):
                // the ideographs that make most of a body are rejected by this one test.
                guard v < 0x80 || v == 0x3002 || v >= 0xFF01 else { continue }
                if phraseSet.contains(c) { pb.append(i) }
                if sentenceSet.contains(c) { sb.append(i) }
                if c == "\n" { lb.append(i) }
            }
        }
        phraseBreaks = pb
        sentenceBreaks = sb
        lineBreaks = lb
        quoteOpenings = qb
    }

    @inline(__always)
    private func clamp(_ i: Int) -> Int { min(max(i, 0), count) }

    /// Index of the first element of `breaks` that is `>= i`.
    @inline(__always)
    private static func firstAtOrAfter(_ i: Int, in breaks: [Int]) -> Int {
        var lo = 0, hi = breaks.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if breaks[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Just after the last break before `i`, or 0.
    @inline(__always)
    private static func start(_ i: Int, in breaks: [Int]) -> Int {
        let k = firstAtOrAfter(i, in: breaks)
        return k > 0 ? breaks[k - 1] + 1 : 0
    }

    /// First scalar of the comma-phrase containing `i`.
    func phraseStart(_ i: Int) -> Int { Self.start(clamp(i), in: phraseBreaks) }
    /// The phrase delimiter at or after `i` (or the body's end).
    func phraseEnd(_ i: Int) -> Int {
        let k = Self.firstAtOrAfter(clamp(i), in: phraseBreaks)
        return k < phraseBreaks.count ? phraseBreaks[k] : count
    }
    /// First scalar of the sentence containing `i`.
    func sentenceStart(_ i: Int) -> Int { Self.start(clamp(i), in: sentenceBreaks) }
    /// Position of the last opening quote before `i`, or -1.
    func lastQuoteOpening(before i: Int) -> Int {
        let k = Self.firstAtOrAfter(clamp(i), in: quoteOpenings)
        return k > 0 ? quoteOpenings[k - 1] : -1
    }
    /// First scalar of the line (paragraph) containing `i`.
    func lineStart(_ i: Int) -> Int { Self.start(clamp(i), in: lineBreaks) }
}
