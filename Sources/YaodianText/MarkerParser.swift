import Foundation

/// Recognises one clause marker of the extraction guide at a given position.
///
/// Each style is a small named matcher, composed in `match(_:at:)`:
/// `第一章`/`第3章` (chapter), `第一节` (section), `第一条` (article), `一、` (cn_dun),
/// `(一)`/`（二十）` (cn_paren), `1.`/`1、`/`1．` (arabic), `(1)`/`（12）` (arabic_paren),
/// `①` (circled), `一是` (cn_shi). The matchers reject what only looks like a marker:
/// decimals (`1.4025万元`, `3.09`), years (`2020.`), and lists of numerals (`一、二级医院`).
public enum MarkerParser {
    @inlinable public static func match(_ s: [Unicode.Scalar], at i: Int) -> MarkerMatch? {
        guard i < s.count else { return nil }
        let c = s[i]
        if c == TextRules.ordinalPrefix { return ordinalWord(s, at: i) }
        if c == "(" || c == "（" { return parenthesised(s, at: i) }
        if let circled = circledValue(c) { return finish(s, style: circled.1, ordinal: circled.0, start: i, end: i + 1) }
        if ChineseNumeral.digit(c) != nil { return arabic(s, at: i) }
        if ChineseNumeral.isNumeralScalar(c) { return chinese(s, at: i) }
        return nil
    }

    /// Spaces that may follow a marker.
    @inlinable package static func isSpace(_ s: Unicode.Scalar) -> Bool {
        TextRules.markerSpaces.contains(s)
    }

    @inlinable static func finish(_ s: [Unicode.Scalar], style: MarkerStyle, ordinal: Int, start: Int, end: Int) -> MarkerMatch {
        var content = end
        while content < s.count, isSpace(s[content]) { content += 1 }
        return MarkerMatch(style: style, ordinal: ordinal, start: start, markerEnd: end, contentStart: content)
    }

    /// 第一章 / 第3节 / 第十二条.
    @inlinable static func ordinalWord(_ s: [Unicode.Scalar], at i: Int) -> MarkerMatch? {
        var j = i + 1
        var value: Int?
        if j < s.count, ChineseNumeral.digit(s[j]) != nil {
            var n = 0
            while j < s.count, let d = ChineseNumeral.digit(s[j]), n < TextRules.maxOrdinalValue { n = n * 10 + d; j += 1 }
            value = n
        } else {
            let numStart = j
            while j < s.count, ChineseNumeral.isNumeralScalar(s[j]), s[j] != TextRules.quantityTwo { j += 1 }
            value = ChineseNumeral.value(of: s[numStart..<j])
        }
        guard let ordinal = value, ordinal > 0, j < s.count else { return nil }
        let style: MarkerStyle
        switch s[j] {
        case TextRules.chapterWord: style = .chapter
        case TextRules.sectionWord: style = .section
        case TextRules.articleWord: style = .article
        default: return nil
        }
        // 第一条 followed by a sentence particle is a reference (第一条规定), still a marker at line start.
        return finish(s, style: style, ordinal: ordinal, start: i, end: j + 1)
    }

    /// (一) （二十） (1) （12）.
    @inlinable static func parenthesised(_ s: [Unicode.Scalar], at i: Int) -> MarkerMatch? {
        var j = i + 1
        while j < s.count, isSpace(s[j]) { j += 1 }
        let numStart = j
        guard j < s.count else { return nil }
        let style: MarkerStyle
        let ordinal: Int
        if ChineseNumeral.digit(s[j]) != nil {
            var n = 0
            while j < s.count, let d = ChineseNumeral.digit(s[j]), j - numStart < TextRules.maxMarkerDigits { n = n * 10 + d; j += 1 }
            style = .arabicParen
            ordinal = n
        } else {
            while j < s.count, ChineseNumeral.isNumeralScalar(s[j]), s[j] != TextRules.quantityTwo, j - numStart < TextRules.maxMarkerNumeralLength { j += 1 }
            guard let v = ChineseNumeral.value(of: s[numStart..<j]) else { return nil }
            style = .cnParen
            ordinal = v
        }
        while j < s.count, isSpace(s[j]) { j += 1 }
        guard j < s.count, s[j] == ")" || s[j] == "）", ordinal > 0 else { return nil }
        return finish(s, style: style, ordinal: ordinal, start: i, end: j + 1)
    }

    /// ① … ⑳, ㉑ … ㊿; also the one-character forms ⑴ (arabic_paren) and ⒈ (arabic).
    @inlinable static func circledValue(_ c: Unicode.Scalar) -> (Int, MarkerStyle)? {
        switch c.value {
        case 0x2460...0x2473: return (Int(c.value - 0x2460) + 1, .circled)
        case 0x3251...0x325F: return (Int(c.value - 0x3251) + 21, .circled)
        case 0x32B1...0x32BF: return (Int(c.value - 0x32B1) + 36, .circled)
        case 0x2474...0x2487: return (Int(c.value - 0x2474) + 1, .arabicParen)
        case 0x2488...0x249B: return (Int(c.value - 0x2488) + 1, .arabic)
        default: return nil
        }
    }

    /// 1. 1、 1． — not a decimal (3.09), not a year (2020.), at most three digits.
    @inlinable static func arabic(_ s: [Unicode.Scalar], at i: Int) -> MarkerMatch? {
        var j = i
        var n = 0
        while j < s.count, let d = ChineseNumeral.digit(s[j]) {
            n = n * 10 + d
            j += 1
            if j - i > TextRules.maxMarkerDigits { return nil }
        }
        guard j < s.count, n > 0 else { return nil }
        let sep = s[j]
        guard sep == "." || sep == "、" || sep == "．" else { return nil }
        if j + 1 < s.count {
            let next = s[j + 1]
            if ChineseNumeral.digit(next) != nil { return nil }  // 1.4025
            if next == "%" || next == "." || next == "．" { return nil }
        }
        return finish(s, style: .arabic, ordinal: n, start: i, end: j + 1)
    }

    /// 一、 十二、 and 一是 … 十是.
    @inlinable static func chinese(_ s: [Unicode.Scalar], at i: Int) -> MarkerMatch? {
        var j = i
        while j < s.count, ChineseNumeral.isNumeralScalar(s[j]), s[j] != TextRules.quantityTwo, s[j] != TextRules.circleZero,
              j - i < TextRules.maxMarkerNumeralLength { j += 1 }
        guard j < s.count, let value = ChineseNumeral.value(of: s[i..<j]), value > 0 else { return nil }
        if s[j] == "、" {
            // 一、二级医院 / 一、二、三类: a list of numerals, not a marker.
            if j + 2 < s.count, ChineseNumeral.isNumeralScalar(s[j + 1]),
               TextRules.numeralListFollowers.contains(s[j + 2]) {
                return nil
            }
            return finish(s, style: .cnDun, ordinal: value, start: i, end: j + 1)
        }
        if s[j] == TextRules.shiWord, value <= TextRules.maxShiOrdinal {
            return finish(s, style: .cnShi, ordinal: value, start: i, end: j + 1)
        }
        return nil
    }

}
