import Foundation
import YaodianText

/// Where lines, sentences and comma-phrases of a body begin and end, computed once per body.
///
/// A target's indicator never crosses a phrase boundary (`，`, `：`, `。`…), and its deadline is
/// looked for in its sentence (up to `。`, `；` or a line end). Example: in
/// `全县人口自然增长率5‰以内，出生政策符合率98%以上` the phrase of `98%` starts after the `，`.
///
/// Only the positions of the delimiters are stored (a few per hundred scalars), and a query is a
/// binary search among them (or, for a left-to-right scan, a cursor: `Sweep`): no per-scalar
/// tables of the body's length are built. The same pass keeps the positions where a number may
/// start, so the candidate scanner does not read the body again.
package struct BodyIndex: Sendable {
    /// Scalars that end a comma-phrase (`ExtractRules.phraseDelimiters`).
    package static let phraseDelimiters = ExtractRules.phraseDelimiters
    /// Scalars that end a sentence (`ExtractRules.sentenceDelimiters`).
    package static let sentenceDelimiters = ExtractRules.sentenceDelimiters

    package let count: Int
    /// Positions of phrase delimiters, ascending.
    private let phraseBreaks: [Int]
    /// Positions of sentence delimiters, ascending.
    private let sentenceBreaks: [Int]
    /// Positions of line feeds, ascending.
    private let lineBreaks: [Int]
    /// Positions of the opening quotes of `ExtractRules.NonTarget.quotePairs`, ascending.
    private let quoteOpenings: [Int]
    /// Positions of the scalars a number token may start with (`CandidateScanner.isNumberScalar`), ascending.
    package let numberScalars: [Int]

    /// What a scalar is to the index, one bit per kind.
    private enum Kind {
        package static let phrase: UInt8 = 1, sentence: UInt8 = 2, lineFeed: UInt8 = 4, quoteOpening: UInt8 = 8, number: UInt8 = 16
    }

    /// The kinds of a scalar (0 for most: an ideograph is no delimiter, quote or number).
    private static func kinds(_ c: Unicode.Scalar) -> UInt8 {
        if NonTargetFilter.quoteOpenings.contains(c) { return Kind.quoteOpening }
        var k: UInt8 = 0
        if phraseDelimiters.contains(c) { k |= Kind.phrase }
        if sentenceDelimiters.contains(c) { k |= Kind.sentence }
        if c == "\n" { k |= Kind.lineFeed }
        if CandidateScanner.isNumberScalar(c) { k |= Kind.number }
        return k
    }

    /// `kinds` of every scalar of the Basic Multilingual Plane (64 KB), read only for the scalars
    /// that `bmpAnyKind` lets through.
    private static let bmpKinds: [UInt8] = (0..<UInt32(0x10000)).map { v in Unicode.Scalar(v).map(kinds) ?? 0 }
    /// Whether `bmpKinds` is not 0, one bit per scalar (8 KB, which stays in the cache): the test
    /// that passes over most scalars of a body.
    private static let bmpAnyKind: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for (v, k) in bmpKinds.enumerated() where k != 0 { bits[v >> 6] |= 1 << UInt64(v & 63) }
        return bits
    }()

    package init(_ s: [Unicode.Scalar]) {
        count = s.count
        var pb: [Int] = [], sb: [Int] = [], lb: [Int] = [], qb: [Int] = [], nb: [Int] = []
        let table = Self.bmpKinds, any = Self.bmpAnyKind
        s.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count {
                let v = buffer[i].value
                let k: UInt8
                if v < 0x10000 {
                    guard any[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 else { continue }
                    k = table[Int(v)]
                } else {
                    k = Self.kinds(buffer[i])
                    guard k != 0 else { continue }
                }
                if k & Kind.number != 0 { nb.append(i) }
                if k & Kind.quoteOpening != 0 { qb.append(i) }
                if k & Kind.phrase != 0 { pb.append(i) }
                if k & Kind.sentence != 0 { sb.append(i) }
                if k & Kind.lineFeed != 0 { lb.append(i) }
            }
        }
        phraseBreaks = pb
        sentenceBreaks = sb
        lineBreaks = lb
        quoteOpenings = qb
        numberScalars = nb
    }

    @inline(__always)
    fileprivate func clamp(_ i: Int) -> Int { min(max(i, 0), count) }

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
    package func phraseStart(_ i: Int) -> Int { Self.start(clamp(i), in: phraseBreaks) }
    /// The phrase delimiter at or after `i` (or the body's end).
    package func phraseEnd(_ i: Int) -> Int {
        let k = Self.firstAtOrAfter(clamp(i), in: phraseBreaks)
        return k < phraseBreaks.count ? phraseBreaks[k] : count
    }
    /// First scalar of the sentence containing `i`.
    package func sentenceStart(_ i: Int) -> Int { Self.start(clamp(i), in: sentenceBreaks) }
    /// Position of the last opening quote before `i`, or -1.
    package func lastQuoteOpening(before i: Int) -> Int {
        let k = Self.firstAtOrAfter(clamp(i), in: quoteOpenings)
        return k > 0 ? quoteOpenings[k - 1] : -1
    }
    /// First scalar of the line (paragraph) containing `i`.
    package func lineStart(_ i: Int) -> Int { Self.start(clamp(i), in: lineBreaks) }

    /// The queries of `phraseStart`, `lineStart` and `lastQuoteOpening` for positions that never
    /// decrease (a left-to-right scan): each advances a cursor instead of searching.
    package struct Sweep {
        private let index: BodyIndex
        private var phrase = 0, line = 0, quote = 0

        package init(_ index: BodyIndex) { self.index = index }

        /// Index of the first element of `breaks` that is `>= i`, from `k` (that of an earlier `i`) on.
        @inline(__always)
        private static func advance(_ k: inout Int, to i: Int, in breaks: [Int]) {
            while k < breaks.count, breaks[k] < i { k += 1 }
        }

        /// `index.phraseStart(i)`; `i` is at least every earlier query's.
        package mutating func phraseStart(_ i: Int) -> Int {
            Self.advance(&phrase, to: index.clamp(i), in: index.phraseBreaks)
            return phrase > 0 ? index.phraseBreaks[phrase - 1] + 1 : 0
        }

        /// `index.lineStart(i)`; `i` is at least every earlier query's.
        package mutating func lineStart(_ i: Int) -> Int {
            Self.advance(&line, to: index.clamp(i), in: index.lineBreaks)
            return line > 0 ? index.lineBreaks[line - 1] + 1 : 0
        }

        /// `index.lastQuoteOpening(before: i)`; `i` is at least every earlier query's.
        package mutating func lastQuoteOpening(before i: Int) -> Int {
            Self.advance(&quote, to: index.clamp(i), in: index.quoteOpenings)
            return quote > 0 ? index.quoteOpenings[quote - 1] : -1
        }
    }
}
