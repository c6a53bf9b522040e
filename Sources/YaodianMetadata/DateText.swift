import Foundation
import YaodianText

/// Dates as Chinese pages write them, normalised to ISO `YYYY-MM-DD`:
/// `2021-05-21`, `2021/5/21`, `2021.05.21`, `2021年5月21日`, `二〇二一年三月五日`, with or without a time.
public enum DateText {
    /// The first date in `text`, as ISO, or nil.
    public static func firstISODate(in text: String) -> String? {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if let (iso, _) = date(at: i, in: s) { return iso }
            i += 1
        }
        return nil
    }

    /// A line that is only a date (a signature date).
    public static func isDateLine(_ line: String) -> Bool {
        guard let s = trimmedScalars(line, limit: longestDate) else { return false }
        guard let (_, end) = date(at: 0, in: s) else { return false }
        return end == s.count
    }

    /// The most scalars a date takes (`MetadataRules.longestDate`).
    package static let longestDate = MetadataRules.longestDate

    /// The scalars of `line` without spaces (ASCII and ideographic) at either end, as
    /// `trimmingCharacters(in: [" ", "\u{3000}"])` leaves them; nil when there are more than
    /// `limit` of them. Every line read from the end of a body is asked whether it is a date:
    /// a long one is answered without bridging it to NSString or copying its scalars.
    package static func trimmedScalars(_ line: String, limit: Int) -> [Unicode.Scalar]? {
        let scalars = line.unicodeScalars
        let range = scalars.trimmedRange { $0 == " " || $0 == "\u{3000}" }
        var out: [Unicode.Scalar] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard out.count < limit else { return nil }
            out.append(scalars[i])
            i = scalars.index(after: i)
        }
        return out
    }

    /// A date starting at i: (ISO, end index).
    package static func date(at i: Int, in s: [Unicode.Scalar]) -> (String, Int)? {
        if i > 0, ChineseNumeral.digit(s[i - 1]) != nil { return nil }
        if let r = arabicDate(at: i, in: s) { return r }
        return chineseDate(at: i, in: s)
    }

    private static func number(at i: Int, in s: [Unicode.Scalar], maxDigits: Int) -> (Int, Int)? {
        var j = i
        var n = 0
        while j < s.count, let d = ChineseNumeral.digit(s[j]), j - i < maxDigits { n = n * 10 + d; j += 1 }
        return j > i ? (n, j) : nil
    }

    private static func arabicDate(at i: Int, in s: [Unicode.Scalar]) -> (String, Int)? {
        guard let (year, j) = number(at: i, in: s, maxDigits: 4), j - i == 4, MetadataRules.dateYears.contains(year), j < s.count else { return nil }
        let sep = s[j]
        let chinese = sep == MetadataRules.yearWord
        guard chinese || MetadataRules.dateSeparators.contains(sep) else { return nil }
        guard let (month, k) = number(at: j + 1, in: s, maxDigits: 2), (1...12).contains(month), k < s.count else { return nil }
        if chinese { guard s[k] == MetadataRules.monthWord else { return nil } } else { guard s[k] == sep else { return nil } }
        guard let (day, m) = number(at: k + 1, in: s, maxDigits: 2), (1...31).contains(day) else { return nil }
        var end = m
        if chinese {
            guard m < s.count, MetadataRules.dayWords.contains(s[m]) else { return nil }
            end = m + 1
        }
        return (iso(year, month, day), end)
    }

    private static func chineseDate(at i: Int, in s: [Unicode.Scalar]) -> (String, Int)? {
        var j = i
        var year = 0
        while j < s.count, j - i < 4, let d = ChineseNumeral.digitValues[s[j]] { year = year * 10 + d; j += 1 }
        guard j - i == 4, MetadataRules.dateYears.contains(year), j < s.count, s[j] == MetadataRules.yearWord else { return nil }
        func part(_ from: Int, _ terminator: Set<Unicode.Scalar>) -> (Int, Int)? {
            var k = from
            while k < s.count, ChineseNumeral.isNumeralScalar(s[k]), k - from < MetadataRules.maxDatePartLength { k += 1 }
            guard k > from, k < s.count, terminator.contains(s[k]), let v = ChineseNumeral.value(of: s[from..<k]) else { return nil }
            return (v, k + 1)
        }
        guard let (month, k) = part(j + 1, [MetadataRules.monthWord]), (1...12).contains(month),
              let (day, end) = part(k, MetadataRules.dayWords), (1...31).contains(day) else { return nil }
        return (iso(year, month, day), end)
    }

    package static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        let mm = m < 10 ? "0\(m)" : "\(m)"
        let dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }
}
