import Foundation

/// A list of Chinese words, each with a value, matched against body scalars longest first.
///
/// Every rule table of the target extractor (units, bound words, verbs, qualifiers) is a
/// `PhraseTable` built once as a static constant, so a new word is a one-line change. Matching
/// folds full-width ASCII to half-width, so `％` matches `%` and `／１０万` matches `/10万`.
/// Example: in `确保全市应配置母婴设施的公共场所配置率达100%以上`, the bound-word table
/// finds `以上` right after `100%` and maps it to `ge`.
///
/// A match compares only the words that start (or, backwards, end) with the body's scalar, found
/// in `ScalarBuckets`, longest first: the same word as trying every word longest first.
@usableFromInline package struct PhraseTable<Value: Sendable & Hashable>: Sendable {
    /// The words, longest first, laid end to end: word `e` is `scalars[starts[e]..<starts[e] + lengths[e]]`.
    @usableFromInline let scalars: [Unicode.Scalar]
    @usableFromInline let starts: [Int]
    @usableFromInline let lengths: [Int]
    @usableFromInline let values: [Value]
    /// The words as text (folded): what `UnitTable.normalised` makes of the scalars a word matched.
    @usableFromInline let texts: [String]
    /// The words by first scalar and by last scalar, each group longest first.
    @usableFromInline let byFirst: ScalarBuckets
    @usableFromInline let byLast: ScalarBuckets
    @usableFromInline let firstScalars: ScalarSet
    /// Length of the longest word, bounding every backward search.
    @usableFromInline package let maxLength: Int

    @inlinable package init(_ pairs: [(String, Value)]) {
        let list = pairs
            .map { (word: $0.0.unicodeScalars.map(PhraseTable.fold), value: $0.1) }
            .filter { !$0.word.isEmpty }
            .sorted { $0.word.count > $1.word.count }
        scalars = list.flatMap(\.word)
        var offsets: [Int] = []
        var offset = 0
        for e in list {
            offsets.append(offset)
            offset += e.word.count
        }
        starts = offsets
        lengths = list.map(\.word.count)
        values = list.map(\.value)
        texts = list.map { String(String.UnicodeScalarView($0.word)) }
        byFirst = ScalarBuckets(keys: list.map { $0.word[0].value })
        byLast = ScalarBuckets(keys: list.map { $0.word[$0.word.count - 1].value })
        firstScalars = ScalarSet(list.compactMap { $0.word.first })
        maxLength = list.first?.word.count ?? 0
        var firsts: [UInt32] = []
        for e in list where !firsts.contains(e.word[0].value) { firsts.append(e.word[0].value) }
        firstScalarValues = firsts
    }

    /// The distinct first scalars of the words (folded).
    @usableFromInline package let firstScalarValues: [UInt32]

    /// Whether some word may start with `c` (folded): a quick test before `match(in:at:limit:)`.
    @inline(__always)
    @inlinable package func mayStart(with c: Unicode.Scalar) -> Bool { firstScalars.contains(Self.fold(c)) }

    /// Full-width ASCII (`０`–`～`) to half-width; the ideographic space to a space.
    @inline(__always)
    @inlinable package static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(c.value - 0xFEE0) ?? c
        case 0x3000: return " "
        default: return c
        }
    }

    /// The longest word starting at `i` and ending by `limit`: its length and value.
    @inlinable package func match(in s: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        entry(in: s, at: i, limit: limit).map { (lengths[$0], values[$0]) }
    }

    /// `match(in:at:limit:)` with the word's folded text, which is the matched scalars folded
    /// (a unit as written in full width, `％`, gives `%`) without building a string from them.
    @inlinable package func matchWord(in s: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> (length: Int, value: Value, word: String)? {
        entry(in: s, at: i, limit: limit).map { (lengths[$0], values[$0], texts[$0]) }
    }

    /// Index of the longest word starting at `i` and ending by `limit`.
    @inline(__always)
    @inlinable func entry(in s: [Unicode.Scalar], at i: Int, limit: Int?) -> Int? {
        let lim = min(limit ?? s.count, s.count)
        guard i >= 0, i < lim else { return nil }
        let bucket = byFirst.indices(of: Self.fold(s[i]).value)
        guard !bucket.isEmpty else { return nil }
        for e in byFirst.order[bucket] where i + lengths[e] <= lim && equal(s, from: i, word: e, skipping: 0) { return e }
        return nil
    }

    /// The longest word ending right before `end` and starting at or after `lowerBound`.
    @inlinable package func match(in s: [Unicode.Scalar], endingAt end: Int, lowerBound: Int = 0) -> (length: Int, value: Value)? {
        guard end > max(lowerBound, 0), end <= s.count else { return nil }
        let bucket = byLast.indices(of: Self.fold(s[end - 1]).value)
        guard !bucket.isEmpty else { return nil }
        for e in byLast.order[bucket] {
            let n = lengths[e]
            if end - n >= max(lowerBound, 0) && equal(s, from: end - n, word: e, skipping: n - 1) { return (n, values[e]) }
        }
        return nil
    }

    /// The occurrence starting last within `range` (the longest one when several overlap there).
    @inlinable package func lastOccurrence(in s: [Unicode.Scalar], within range: Range<Int>) -> (range: Range<Int>, value: Value)? {
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
    @inlinable package func firstOccurrence(in s: [Unicode.Scalar], within range: Range<Int>) -> (range: Range<Int>, value: Value)? {
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

    /// Whether word `e` stands at `i` (its scalar at `skipping` is known to match).
    @inline(__always)
    @inlinable func equal(_ s: [Unicode.Scalar], from i: Int, word e: Int, skipping known: Int) -> Bool {
        let start = starts[e]
        for k in 0..<lengths[e] where k != known && Self.fold(s[i + k]) != scalars[start + k] { return false }
        return true
    }
}

/// Positions grouped by a scalar value, looked up by an open-addressing hash on the value: the
/// word indices of a `PhraseTable` by first or last scalar, each group in ascending order.
@usableFromInline package struct ScalarBuckets: Sendable {
    /// Scalar value per slot, or `UInt32.max` (no scalar has it) for an empty slot.
    @usableFromInline let keys: [UInt32]
    /// Per slot, the range of `order` holding its positions.
    @usableFromInline let lower: [Int]
    @usableFromInline let upper: [Int]
    /// The positions, grouped by key.
    @usableFromInline package let order: [Int]
    @usableFromInline let mask: Int

    /// - Parameter keys: the key of each position `0..<keys.count`.
    @inlinable package init(keys positions: [UInt32]) {
        var capacity = 8
        while capacity < 2 * positions.count { capacity *= 2 }
        mask = capacity - 1
        var slotKeys = [UInt32](repeating: .max, count: capacity)
        var groups: [[Int]] = Array(repeating: [], count: capacity)
        for (position, key) in positions.enumerated() {
            var h = Self.hash(key) & (capacity - 1)
            while slotKeys[h] != .max && slotKeys[h] != key { h = (h + 1) & (capacity - 1) }
            slotKeys[h] = key
            groups[h].append(position)
        }
        var flat: [Int] = []
        var lo = [Int](repeating: 0, count: capacity), hi = [Int](repeating: 0, count: capacity)
        for h in 0..<capacity {
            lo[h] = flat.count
            flat += groups[h]
            hi[h] = flat.count
        }
        keys = slotKeys
        lower = lo
        upper = hi
        order = flat
    }

    @inline(__always)
    @inlinable static func hash(_ v: UInt32) -> Int { Int((v &* 0x9E37_79B1) >> 16) }

    /// The range of `order` holding the positions whose key is `v` (empty when none).
    @inline(__always)
    @inlinable package func indices(of v: UInt32) -> Range<Int> {
        var h = Self.hash(v) & mask
        while true {
            let k = keys[h]
            if k == v { return lower[h]..<upper[h] }
            if k == .max { return 0..<0 }
            h = (h + 1) & mask
        }
    }
}

extension PhraseTable where Value == String {
    /// A plain word list; each word's value is the word itself.
    @inlinable package init(words: [String]) {
        self.init(words.map { ($0, $0) })
    }
}
