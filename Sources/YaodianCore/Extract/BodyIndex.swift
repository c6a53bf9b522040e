/// Where lines, sentences and comma-phrases of a body begin and end, computed once per body.
///
/// A target's indicator never crosses a phrase boundary (`，`, `：`, `。`…), and its deadline is
/// looked for in its sentence (up to `。`, `；` or a line end). Example (seed 004): in
/// `全县人口自然增长率5‰以内，出生政策符合率98%以上` the phrase of `98%` starts after the `，`.
struct BodyIndex: Sendable {
    /// Scalars that end a comma-phrase.
    static let phraseDelimiters: ScalarSet = [
        "。", "；", ";", "！", "？", "!", "?", "，", ",", "：", ":", "\n", "\r",
    ]
    /// Scalars that end a sentence.
    static let sentenceDelimiters: ScalarSet = ["。", "；", ";", "！", "？", "!", "?", "\n", "\r"]

    let count: Int
    private let phraseStarts: [Int]
    private let phraseEnds: [Int]
    private let sentenceStarts: [Int]
    private let lineStarts: [Int]

    init(_ s: [Unicode.Scalar]) {
        count = s.count
        var ps = [Int](repeating: 0, count: s.count + 1)
        var ss = ps
        var ls = ps
        var phrase = 0, sentence = 0, line = 0
        for (i, c) in s.enumerated() {
            ps[i] = phrase
            ss[i] = sentence
            ls[i] = line
            if Self.phraseDelimiters.contains(c) { phrase = i + 1 }
            if Self.sentenceDelimiters.contains(c) { sentence = i + 1 }
            if c == "\n" { line = i + 1 }
        }
        ps[s.count] = phrase
        ss[s.count] = sentence
        ls[s.count] = line
        var pe = [Int](repeating: s.count, count: s.count + 1)
        var next = s.count
        for i in stride(from: s.count - 1, through: 0, by: -1) {
            if Self.phraseDelimiters.contains(s[i]) { next = i }
            pe[i] = next
        }
        phraseStarts = ps
        phraseEnds = pe
        sentenceStarts = ss
        lineStarts = ls
    }

    private func clamp(_ i: Int) -> Int { min(max(i, 0), count) }

    /// First scalar of the comma-phrase containing `i`.
    func phraseStart(_ i: Int) -> Int { phraseStarts[clamp(i)] }
    /// The phrase delimiter at or after `i` (or the body's end).
    func phraseEnd(_ i: Int) -> Int { phraseEnds[clamp(i)] }
    /// First scalar of the sentence containing `i`.
    func sentenceStart(_ i: Int) -> Int { sentenceStarts[clamp(i)] }
    /// First scalar of the line (paragraph) containing `i`.
    func lineStart(_ i: Int) -> Int { lineStarts[clamp(i)] }
}
