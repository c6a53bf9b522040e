import Foundation
import YaodianText

/// Finds the time a target is due, as written: `年内`, `年底前`, `到2025年`, `2021年底`,
/// `到“十四五”末`, `三年内`, `2021年6月底前` (the words are `ExtractRules.Deadline`).
///
/// The deadline of a target is the nearest one before it in its sentence (in
/// `力争到2021年底每千人医生数…,到“十四五”末,每千人医生数…` gives the first pair `到2021年底`,
/// the second `到“十四五”末`); failing that, one that leads its paragraph or a heading above it
/// (`到2025年，…`). Years that are not deadlines are skipped: references (`较2020年`, `2020年以来`,
/// `对2020年遴选的`), ranges (`2018—2020年`) and years in titles (`《…（2020-2022）》`).
package enum DeadlineFinder {
    /// A deadline expression in a body.
    package struct Match: Sendable, Hashable {
        package var range: Range<Int>
        package var text: String
    }

    private typealias Rules = ExtractRules.Deadline

    /// `Rules.quoteList` as a set.
    package static let quoteScalars = ScalarSet(Rules.quoteList)

    /// Scalars (besides Arabic digits) at which a deadline may start: the first scalars of
    /// `leadWords`, `fiveYearPlans` and `relative` (folded as `PhraseTable` folds them), the quotes
    /// before a plan's name, and Chinese numerals (`三年内`). Quotes and numerals are not changed
    /// by folding, so testing the folded scalar is enough. Anything else is rejected before the
    /// tables are consulted.
    package static let startScalars: ScalarSet = {
        var all: [Unicode.Scalar] = []
        for table in [Rules.leadWords, Rules.fiveYearPlans, Rules.relative] { all += table.firstScalarValues.compactMap(Unicode.Scalar.init) }
        all += Rules.quoteList
        all += ChineseNumeral.digitValues.keys
        all += ChineseNumeral.unitValues.keys
        return ScalarSet(all)
    }()

    /// Whether a deadline may start with `c` (a necessary condition for `match`).
    @inline(__always)
    private static func mayStart(_ c: Unicode.Scalar, _ starts: ScalarSet) -> Bool {
        QuantityParser.isDigit(c) || starts.contains(PhraseTable<String>.fold(c))
    }

    /// `mayStart` for the Basic Multilingual Plane, one bit per scalar (8 KB): one test per
    /// scalar of the ranges `all` walks.
    private static let startBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        let starts = startScalars
        for v in 0..<UInt32(0x10000) {
            if let c = Unicode.Scalar(v), mayStart(c, starts) { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        }
        return bits
    }()

    /// The deadline starting at `i`, if any.
    package static func match(in s: [Unicode.Scalar], at i: Int, limit: Int) -> Match? {
        guard i < limit, i >= 0, i < s.count, mayStart(s[i], startScalars) else { return nil }
        return matchAfterTest(in: s, at: i, limit: limit)
    }

    /// `match` once `mayStart` holds at `i`.
    private static func matchAfterTest(in s: [Unicode.Scalar], at i: Int, limit: Int) -> Match? {
        guard i < limit else { return nil }
        var p = i
        if let lead = Rules.leadWords.match(in: s, at: p, limit: limit) { p += lead.length }
        if let end = yearExpression(in: s, at: p, limit: limit) ?? periodExpression(in: s, at: p, limit: limit, led: p > i) {
            return Match(range: i..<end, text: String(scalars: s[i..<end]))
        }
        guard p == i else { return nil }
        if let end = countedYears(in: s, at: i, limit: limit) {
            return Match(range: i..<end, text: String(scalars: s[i..<end]))
        }
        if let r = Rules.relative.match(in: s, at: i, limit: limit) {
            // `年内` inside `2021年内` is read as part of the year; alone it is relative.
            if i > 0, QuantityParser.isDigit(s[i - 1]) || ChineseNumeral.isNumeralScalar(s[i - 1]) { return nil }
            return Match(range: i..<(i + r.length), text: String(scalars: s[i..<(i + r.length)]))
        }
        return nil
    }

    /// `2021年`, `2021年底`, `2021年6月底前`: the end index, or nil.
    private static func yearExpression(in s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard i + 4 < limit, (0..<4).allSatisfy({ QuantityParser.isDigit(s[i + $0]) }) else { return nil }
        let first = ChineseNumeral.digit(s[i]) ?? 0, second = ChineseNumeral.digit(s[i + 1]) ?? 0
        guard (first == 1 && second == 9) || (first == 2 && second == 0), s[i + 4] == ExtractRules.year else { return nil }
        if i > 0, QuantityParser.isDigit(s[i - 1]) || Rules.referenceBefore.contains(s[i - 1]) { return nil }
        var p = i + 5
        if p < limit, QuantityParser.dashes.contains(s[p]) { return nil }
        if Rules.yearReferences.match(in: s, at: p, limit: limit) != nil { return nil }
        // A month: `2021年6月底前`.
        var q = p
        while q < limit, q < p + Rules.maxMonthDigits, QuantityParser.isDigit(s[q]) || ChineseNumeral.isNumeralScalar(s[q]) { q += 1 }
        if q > p, q < limit, s[q] == Rules.month {
            p = q + 1
            if p < limit, Rules.monthSuffixes.contains(s[p]) { p += 1 }
            if p < limit, s[p] == Rules.before { p += 1 }
            return p
        }
        if let suffix = Rules.yearSuffixes.match(in: s, at: p, limit: limit) { p += suffix.length }
        return p
    }

    /// `“十四五”末`, `十四五期间`: the end index, or nil. Without a lead word (`到`) a suffix is
    /// required, so `“十四五”规划` is not a deadline.
    private static func periodExpression(in s: [Unicode.Scalar], at i: Int, limit: Int, led: Bool) -> Int? {
        var p = i
        if p < limit, quoteScalars.contains(s[p]) { p += 1 }
        guard let plan = Rules.fiveYearPlans.match(in: s, at: p, limit: limit) else { return nil }
        p += plan.length
        if p < limit, quoteScalars.contains(s[p]) { p += 1 }
        if let suffix = Rules.periodSuffixes.match(in: s, at: p, limit: limit) { return p + suffix.length }
        return led ? p : nil
    }

    /// `三年内`, `3年内`: the end index, or nil.
    private static func countedYears(in s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        var p = i
        while p < limit, p < i + Rules.maxCountedYearDigits, QuantityParser.isDigit(s[p]) || ChineseNumeral.isNumeralScalar(s[p]) { p += 1 }
        guard p > i, p + 1 < limit, s[p] == ExtractRules.year, s[p + 1] == Rules.within else { return nil }
        if i > 0, QuantityParser.isDigit(s[i - 1]) || ChineseNumeral.isNumeralScalar(s[i - 1]) { return nil }
        return p + 2
    }

    /// Every deadline in `range`, left to right, not overlapping.
    package static func all(in s: [Unicode.Scalar], within range: Range<Int>, skip: (Int) -> Bool = { _ in false }) -> [Match] {
        var out: [Match] = []
        var i = range.lowerBound
        let starts = startScalars, bits = startBits
        while i < range.upperBound {
            let c = s[i], v = c.value
            if !skip(i), v < 0x10000 ? bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : mayStart(c, starts),
               let m = matchAfterTest(in: s, at: i, limit: range.upperBound) {
                out.append(m)
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// The last deadline in `range` and the deadlines coordinated with it, in order.
    package static func nearest(in s: [Unicode.Scalar], within range: Range<Int>, skip: (Int) -> Bool = { _ in false }) -> [Match] {
        let found = all(in: s, within: range, skip: skip)
        guard var k = found.indices.last else { return [] }
        var group = [found[k]]
        while k > 0 {
            let gap = found[k - 1].range.upperBound..<found[k].range.lowerBound
            guard let c = ExtractRules.listJoints.match(in: s, at: gap.lowerBound, limit: gap.upperBound), c.length == gap.count else { break }
            k -= 1
            group.insert(found[k], at: 0)
        }
        return group
    }

    /// A deadline that leads `range` (a paragraph or a heading): within its first scalars and
    /// followed by a comma, a colon or the end (`到2025年，…`, `2021年：`).
    package static func lead(in s: [Unicode.Scalar], within range: Range<Int>) -> Match? {
        let window = range.lowerBound..<min(range.upperBound, range.lowerBound + Rules.leadWindow)
        for m in all(in: s, within: window) {
            let next = m.range.upperBound
            if next >= range.upperBound { return m }
            switch s[next] {
            case "，", ",", "：", ":", " ": return m
            default: break
            }
        }
        return nil
    }
}
