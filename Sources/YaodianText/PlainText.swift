import Foundation

/// Lines on which literal scalar matching is exact, so the line rules can run on scalars.
///
/// The chrome rules were written with `String` operations: Character counts, `hasPrefix`, and
/// Foundation's `contains` and `replacingOccurrences`, which compare by canonical equivalence
/// and never split a grapheme cluster. Those are slow per line, and on almost every real line
/// they give the same answers as comparing Unicode scalars one by one: when each scalar is a
/// Character of its own (no combining marks, joiners, variation selectors or CR) and no scalar
/// is canonically equivalent to a different one (no CJK compatibility ideographs, no Ohm or
/// Kelvin sign). `isPlain` accepts exactly such lines — ASCII, Latin-1, general punctuation,
/// symbols, CJK punctuation, kana, CJK ideographs, full-width forms (`发布日期：2021-05-21`,
/// `【字号：大 中 小】`) — and the rules run their original `String` code on any other line.
@usableFromInline package enum PlainText {
    @inlinable package static func isPlain(_ s: some Collection<Unicode.Scalar>) -> Bool {
        s.allSatisfy(isPlain)
    }

    @inlinable package static func isPlain(_ s: Unicode.Scalar) -> Bool {
        // The common cases first: CJK ideographs and printable ASCII.
        let v = s.value
        if v >= 0x4E00 ? v <= 0x9FFF : (v >= 0x20 && v <= 0x7E) { return true }
        switch v {
        case 0x20...0x7E, 0x09: return true
        case 0x00A0...0x00FF: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x218F: return true
        // Arrows and operators without a canonical decomposition (not ≠ ≮ ∉, which decompose).
        case 0x2190...0x2199, 0x2200...0x2203, 0x2208, 0x2211...0x2223, 0x2227...0x2240, 0x2264...0x2265,
             0x2295...0x22A5: return true
        case 0x2300...0x2328, 0x232B...0x23FF, 0x2460...0x27BF: return true
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF: return true
        case 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x33FF: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0xFF01...0xFF9D, 0xFFE0...0xFFEE: return true
        case 0x20000...0x2A6DF, 0x2A700...0x2EBEF: return true
        default: return false
        }
    }

    /// Whether `word` occurs in `s`.
    @inlinable package static func contains(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        firstIndex(of: word, in: s, from: 0) != nil
    }

    /// Where `word` first occurs in `s` at or after `start` (scalars, or bytes of ASCII text).
    @inlinable package static func firstIndex<Unit: Equatable>(of word: [Unit], in s: [Unit], from start: Int) -> Int? {
        guard let first = word.first, word.count <= s.count else { return word.isEmpty ? start : nil }
        var i = start
        let last = s.count - word.count
        while i <= last {
            if s[i] == first {
                var k = 1
                while k < word.count, s[i + k] == word[k] { k += 1 }
                if k == word.count { return i }
            }
            i += 1
        }
        return nil
    }

    @inlinable package static func hasPrefix(_ s: some Collection<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        s.starts(with: word)
    }

    /// Replaces every occurrence of `word`, left to right and not overlapping, with `replacement`.
    @inlinable package static func replaceAll(_ s: inout [Unicode.Scalar], _ word: [Unicode.Scalar], with replacement: Unicode.Scalar) {
        guard !word.isEmpty, var i = firstIndex(of: word, in: s, from: 0) else { return }
        var out: [Unicode.Scalar] = Array(s[..<i])
        out.reserveCapacity(s.count)
        while true {
            out.append(replacement)
            let from = i + word.count
            guard let next = firstIndex(of: word, in: s, from: from) else {
                out.append(contentsOf: s[from...])
                break
            }
            out.append(contentsOf: s[from..<next])
            i = next
        }
        s = out
    }

    /// Scalars of each word, for matching.
    @inlinable package static func table(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }
    }
}
