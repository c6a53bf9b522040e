/// A list of Chinese words, each with a value, matched against body scalars longest first.
///
/// Every rule table of the target extractor (units, bound words, verbs, qualifiers) is a
/// `PhraseTable` built once as a static constant, so a new word is a one-line change. Matching
/// folds full-width ASCII to half-width, so `％` matches `%` and `／１０万` matches `/10万`.
/// Example (seed 002): in `确保全市应配置母婴设施的公共场所配置率达100%以上`, the bound-word table
/// finds `以上` right after `100%` and maps it to `ge`.
struct PhraseTable<Value: Sendable & Hashable>: Sendable {
    private let entries: [(word: [Unicode.Scalar], value: Value)]
    private let firstScalars: ScalarSet
    private let lastScalars: ScalarSet
    /// Length of the longest word, bounding every backward search.
    let maxLength: Int

    init(_ pairs: [(String, Value)]) {
        let list = pairs
            .map { (word: $0.0.unicodeScalars.map(PhraseTable.fold), value: $0.1) }
            .filter { !$0.word.isEmpty }
            .sorted { $0.word.count > $1.word.count }
        entries = list
        firstScalars = ScalarSet(list.compactMap { $0.word.first })
        lastScalars = ScalarSet(list.compactMap { $0.word.last })
        maxLength = list.first?.word.count ?? 0
        var firsts: [UInt32] = []
        for e in list where !firsts.contains(e.word[0].value) { firsts.append(e.word[0].value) }
        firstScalarValues = firsts
    }

    /// The distinct first scalars of the words (folded).
    let firstScalarValues: [UInt32]

    /// Whether some word may start with `c` (folded): a quick test before `match(in:at:limit:)`.
    @inline(__always)
    func mayStart(with c: Unicode.Scalar) -> Bool { firstScalars.contains(Self.fold(c)) }

    /// Full-width ASCII (`０`–`～`) to half-width; the ideographic space to a space.
    @inline(__always)
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(c.value - 0xFEE0) ?? c
        case 0x3000: return " "
        default: return c
        }
    }

    /// The longest word starting at `i` and ending by `limit`: its length and value.
    func match(in s: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let lim = min(limit ?? s.count, s.count)
        guard i >= 0, i < lim, firstScalars.contains(Self.fold(s[i])) else { return nil }
        for e in entries where i + e.word.count <= lim && equal(s, from: i, e.word) {
            return (e.word.count, e.value)
        }
        return nil
    }

    /// The longest word ending right before `end` and starting at or after `lowerBound`.
    func match(in s: [Unicode.Scalar], endingAt end: Int, lowerBound: Int = 0) -> (length: Int, value: Value)? {
        guard end > max(lowerBound, 0), end <= s.count, lastScalars.contains(Self.fold(s[end - 1])) else { return nil }
        for e in entries where end - e.word.count >= max(lowerBound, 0) && equal(s, from: end - e.word.count, e.word) {
            return (e.word.count, e.value)
        }
        return nil
    }

    /// The occurrence starting last within `range` (the longest one when several overlap there).
    func lastOccurrence(in s: [Unicode.Scalar], within range: Range<Int>) -> (range: Range<Int>, value: Value)? {
        var p = min(range.upperBound, s.count) - 1
        while p >= range.lowerBound {
            if p >= 0, firstScalars.contains(Self.fold(s[p])), let m = match(in: s, at: p, limit: range.upperBound) {
                // A longer word may start a little earlier and cover this one (提升至 over 升至).
                var best = (range: p..<(p + m.length), value: m.value)
                var q = p - 1
                while q >= max(range.lowerBound, p - maxLength + 1) {
                    if let longer = match(in: s, at: q, limit: range.upperBound), q + longer.length >= best.range.upperBound {
                        best = (q..<(q + longer.length), longer.value)
                    }
                    q -= 1
                }
                return best
            }
            p -= 1
        }
        return nil
    }

    /// The occurrence starting first within `range`.
    func firstOccurrence(in s: [Unicode.Scalar], within range: Range<Int>) -> (range: Range<Int>, value: Value)? {
        var p = max(range.lowerBound, 0)
        let end = min(range.upperBound, s.count)
        while p < end {
            if firstScalars.contains(Self.fold(s[p])), let m = match(in: s, at: p, limit: range.upperBound) {
                return (p..<(p + m.length), m.value)
            }
            p += 1
        }
        return nil
    }

    private func equal(_ s: [Unicode.Scalar], from i: Int, _ word: [Unicode.Scalar]) -> Bool {
        for k in 0..<word.count where Self.fold(s[i + k]) != word[k] { return false }
        return true
    }
}

extension PhraseTable where Value == String {
    /// A plain word list; each word's value is the word itself.
    init(words: [String]) {
        self.init(words.map { ($0, $0) })
    }
}
