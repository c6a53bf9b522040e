import Foundation
import YaodianText

/// Reads the unit a target's number carries, as written and normalised to half-width (the units
/// are `ExtractRules.Units`).
///
/// A unit is a base unit (`%`, `个`, `人次`, `平方米`…), optionally after a magnitude (`万`, `亿`):
/// `2.8万人` → `万人`, `1.1亿元` → `亿元`, `比上年增加1.3亿人次` → `亿人次`; a rate per population
/// (`控制在7/10万以内` → `/10万`); spaces may stand between number and unit (`总投资 1.4025 万元`).
/// The class of a unit decides when a number may be a target: ages and durations only as the
/// value of a goal verb (`人均预期寿命达到79岁`), never as population qualifiers (`60岁以上男性`)
/// or names (`24小时运行`).
package enum UnitTable {
    /// What a unit measures.
    package enum UnitClass: Sendable, Hashable {
        case ratio, points, count, money, measure, multiple, age, duration
        /// A bare magnitude (`升至**万`): treated like a number without unit.
        case magnitude
    }

    /// A unit found after a number.
    package struct Match: Sendable, Hashable {
        package var unit: String
        package var unitClass: UnitClass
        /// Index just after the unit.
        package var end: Int
    }

    private typealias Rules = ExtractRules.Units

    /// The unit starting at `i` (after optional spaces), if any.
    package static func match(in s: [Unicode.Scalar], at i: Int) -> Match? {
        var p = i
        while p < s.count, isSpace(s[p]) { p += 1 }
        guard p < s.count else { return nil }
        if let d = Rules.denominators.match(in: s, at: p) {
            return Match(unit: d.value, unitClass: .ratio, end: p + d.length)
        }
        // A matched word's folded text is `normalised` of the scalars it matched.
        if let b = Rules.base.matchWord(in: s, at: p) {
            return Match(unit: b.word, unitClass: b.value, end: p + b.length)
        }
        if let m = Rules.magnitudes.matchWord(in: s, at: p) {
            let q = p + m.length
            if let b = Rules.base.matchWord(in: s, at: q), b.value != .age, b.value != .duration {
                return Match(unit: m.word + b.word, unitClass: b.value, end: q + b.length)
            }
            return Match(unit: m.value, unitClass: .magnitude, end: q)
        }
        return nil
    }

    /// After a masked number only (a mask hides a number, never a date part or a code): days
    /// (`提前**日报告`), or a measure word outside the table that ends its phrase, after an optional
    /// magnitude (`核酸检测能力升至**万单管，`).
    package static func maskedMeasure(in s: [Unicode.Scalar], at i: Int) -> Match? {
        var p = i
        while p < s.count, isSpace(s[p]) { p += 1 }
        guard p < s.count else { return nil }
        if Rules.maskedDays.contains(s[p]) { return Match(unit: String(s[p]), unitClass: .duration, end: p + 1) }
        var q = p
        if let m = Rules.magnitudes.match(in: s, at: p) { q += m.length }
        var e = q
        while e < s.count, e - q < Rules.maxMaskedMeasureLength, (0x4E00...0x9FFF).contains(s[e].value) { e += 1 }
        guard e > q, e == s.count || BodyIndex.phraseDelimiters.contains(s[e]) else { return nil }
        return Match(unit: normalised(s, p..<e), unitClass: .count, end: e)
    }

    /// Spaces that may stand between a number and its unit.
    package static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{3000}" || c == "\u{00A0}" || c == "\t"
    }

    /// The text of `range`, full-width ASCII folded to half-width.
    package static func normalised(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        for c in s[range] { out.append(PhraseTable<String>.fold(c)) }
        return String(out)
    }
}
