import Foundation
import YaodianText
import YaodianModel

/// A number as written in a body, with its unit and the bound word after it.
///
/// Example: `新增托位500-600个` → value 500, valueMax 600, unit `个`, a range;
/// `完成城乡适龄妇女免费“两癌”检查2.8万人` → value 2.8, unit `万人`.
package struct Quantity: Sendable, Hashable {
    /// How the number is written.
    package enum Form: Sendable, Hashable {
        /// Arabic digits, half- or full-width: `3.09`, `１２`.
        case arabic
        /// Chinese numerals: `两` in `新增两家`.
        case chinese
        /// A masked number: `**`, `***`, `××`.
        case masked
    }

    package var start: Int
    /// Index just after the first number (before any unit or range).
    package var numberEnd: Int
    /// Index just after the whole expression (number, range, unit, bound word).
    package var end: Int
    package var value: Double?
    package var valueMax: Double?
    package var form: Form
    /// Digits before the decimal point of the first number (`2021` → 4), 0 unless Arabic.
    package var integerDigits: Int
    package var leadingZero: Bool
    package var unit: String
    package var unitClass: UnitTable.UnitClass?
    package var isRange: Bool
    package var redacted: Bool
    /// `余`/`多` between number and unit (`40余次`).
    package var more: Bool
    package var suffixBound: Target.Comparator?
}

/// Reads the number expression starting at a position: Arabic digits (half- or full-width,
/// decimals, `46,525`), Chinese numerals (`两`, `二十`), masks (`***`); then `余`, a unit, a
/// range's second number (`500-600个`, `2—3家`, `1至2所`, `2%～3%`) and a bound word (`以上`).
package enum QuantityParser {
    private typealias Rules = ExtractRules.Numbers

    /// Separators between the two ends of a range: dashes and words.
    package static let rangeSeparators = ScalarSet(Rules.dashList + Rules.wordRangeSeparatorList)
    /// `Rules.dashList` as a set: range separators, and the joints of dates and phone numbers.
    package static let dashes = ScalarSet(Rules.dashList)
    /// `Rules.wordRangeSeparatorList` as a set.
    package static let wordRangeSeparators = ScalarSet(Rules.wordRangeSeparatorList)

    @inline(__always)
    package static func isDigit(_ c: Unicode.Scalar) -> Bool { ChineseNumeral.digit(c) != nil }
    /// Whether `c` masks a number (`ExtractRules.Numbers.maskScalars`). Read at the positions where
    /// a number may start, not for every body scalar (`BodyIndex` tabulates those once).
    @inline(__always)
    package static func isMask(_ c: Unicode.Scalar) -> Bool { Rules.maskScalars.contains(c) }
    @inline(__always)
    package static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool { ChineseNumeral.isNumeralScalar(c) }

    /// Whether a number token may begin at `i` (not inside a longer number).
    package static func startsToken(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let c = s[i]
        let previous: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        if isDigit(c) || isMask(c) {
            guard let p = previous else { return true }
            return !(isDigit(p) || isMask(p) || ((p == "." || p == "．") && i > 1 && isDigit(s[i - 2])))
        }
        if isChineseNumeral(c) {
            guard let p = previous else { return true }
            return !isChineseNumeral(p)
        }
        return false
    }

    /// A bare number token.
    package struct Token: Sendable, Hashable {
        package var start: Int
        package var end: Int
        package var value: Double?
        package var form: Quantity.Form
        package var integerDigits: Int
        package var leadingZero: Bool
    }

    /// The number token at `i`, or nil.
    package static func token(in s: [Unicode.Scalar], at i: Int) -> Token? {
        guard i < s.count else { return nil }
        let c = s[i]
        if isDigit(c) {
            var j = i
            var intDigits = 0
            while j < s.count {
                if isDigit(s[j]) {
                    intDigits += 1
                    j += 1
                } else if s[j] == ",", intDigits > 0, j + 3 < s.count, isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]),
                          j + 4 >= s.count || !isDigit(s[j + 4]) {
                    j += 1 // thousands separator: 46,525
                } else {
                    break
                }
            }
            var fraction = false
            if j + 1 < s.count, s[j] == "." || s[j] == "．", isDigit(s[j + 1]) {
                fraction = true
                j += 1
                while j < s.count, isDigit(s[j]) { j += 1 }
            }
            let end = j
            let zero = intDigits > 1 && ChineseNumeral.digit(c) == 0
            if !fraction && intDigits <= Rules.maxExactIntegerDigits {
                // A whole number of at most 15 digits is exact in a Double: the value `Double(text)`
                // would parse, without the text.
                var n = 0
                for k in i..<end { if let d = ChineseNumeral.digit(s[k]) { n = n * 10 + d } }
                return Token(start: i, end: j, value: Double(n), form: .arabic, integerDigits: intDigits, leadingZero: zero)
            }
            // The digits as ASCII, thousands separators dropped, the decimal point as `.`: built in
            // place (a small string for ordinary numbers) rather than a String per digit.
            let text = String(unsafeUninitializedCapacity: end - i) { buffer in
                var n = 0
                for k in i..<end {
                    let c = s[k]
                    if let d = ChineseNumeral.digit(c) {
                        buffer[n] = UInt8(0x30 + d)
                        n += 1
                    } else if c != "," {
                        buffer[n] = UInt8(ascii: ".")
                        n += 1
                    }
                }
                return n
            }
            return Token(start: i, end: j, value: Double(text), form: .arabic, integerDigits: intDigits, leadingZero: zero)
        }
        if isMask(c) {
            var j = i
            var masks = 0
            while j < s.count {
                if isMask(s[j]) {
                    masks += 1
                    j += 1
                } else if s[j] == "." || s[j] == "．", j + 1 < s.count, isMask(s[j + 1]) {
                    j += 1
                } else {
                    break
                }
            }
            guard masks >= Rules.minMaskLength else { return nil }
            // A mask right before digits masks a name, not a number (`加强**120指挥调度中心`).
            if j < s.count, isDigit(s[j]) { return nil }
            return Token(start: i, end: j, value: nil, form: .masked, integerDigits: 0, leadingZero: false)
        }
        if isChineseNumeral(c) {
            var j = i
            while j < s.count, isChineseNumeral(s[j]) { j += 1 }
            guard let v = ChineseNumeral.value(of: s[i..<j]) else { return nil }
            return Token(start: i, end: j, value: Double(v), form: .chinese, integerDigits: 0, leadingZero: false)
        }
        return nil
    }

    /// The number expression at `i`, or nil when no number starts there.
    package static func quantity(in s: [Unicode.Scalar], at i: Int) -> Quantity? {
        token(in: s, at: i).map { quantity(in: s, from: $0) }
    }

    /// The number expression whose first token (`token(in:at:)`) is `first`.
    package static func quantity(in s: [Unicode.Scalar], from first: Token) -> Quantity {
        let i = first.start
        var j = first.end
        var more = false
        if j + 1 < s.count, ExtractRules.Comparator.moreInfixes.contains(s[j]), UnitTable.match(in: s, at: j + 1) != nil {
            more = true
            j += 1
        }
        var firstUnit = UnitTable.match(in: s, at: j)
        if first.form == .masked, firstUnit == nil || firstUnit?.unitClass == .magnitude,
           let measure = UnitTable.maskedMeasure(in: s, at: j) {
            firstUnit = measure
        }
        var k = firstUnit?.end ?? j
        var unit = firstUnit
        var second: Token?
        if k < s.count, rangeSeparators.contains(s[k]) {
            var sepEnd = k + 1
            while sepEnd < s.count, dashes.contains(s[sepEnd]), dashes.contains(s[k]) { sepEnd += 1 }
            if let t = token(in: s, at: sepEnd), (t.form == .chinese) == (first.form == .chinese) {
                let secondUnit = UnitTable.match(in: s, at: t.end)
                let compatible = firstUnit == nil || secondUnit == nil || firstUnit?.unit == secondUnit?.unit
                let wordSeparator = Self.wordRangeSeparators.contains(s[k])
                if compatible && (!wordSeparator || firstUnit != nil || secondUnit != nil) {
                    second = t
                    unit = secondUnit ?? firstUnit
                    k = secondUnit?.end ?? t.end
                }
            }
        }
        var end = k
        var suffix: Target.Comparator?
        if let b = ExtractRules.Comparator.suffixBounds.match(in: s, at: end) {
            suffix = b.value
            end += b.length
        }
        let redacted = first.form == .masked || second?.form == .masked
        return Quantity(start: i, numberEnd: first.end, end: end,
                        value: redacted ? nil : first.value, valueMax: redacted ? nil : second?.value,
                        form: redacted ? .masked : first.form, integerDigits: first.integerDigits,
                        leadingZero: first.leadingZero, unit: unit?.unit ?? "", unitClass: unit?.unitClass,
                        isRange: second != nil, redacted: redacted, more: more, suffixBound: suffix)
    }
}
