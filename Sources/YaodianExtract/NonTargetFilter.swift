import Foundation
import YaodianText

/// Tells the numbers that are never targets from target candidates (extraction guide, section 3, "Not quantities").
///
/// Each rule names one phenomenon of Chinese plans: years and dates (`2021年`, `2020-12-22`),
/// document numbers (`〔2023〕1号`), phone numbers (`0839-3262313`), clause markers (`1.`),
/// ordinals (`第一`), digits in names (`2型糖尿病`, `5G`, `县120急救站`, `“16819”行动`,
/// `《健康杭州建设三年行动计划(2020-2022)》`), slogans with numerals (`五大行动`, `四不摘`), counts
/// that summarise a list (`等37项具体行动`), sizes of rule sets (`24项制度`) and population qualifiers (`60岁以上男性`, `0-6岁儿童`,
/// `年满35周岁以上女职工`), which qualify an indicator but are not its value.
package enum NonTargetFilter {
    private typealias Rules = ExtractRules.NonTarget

    /// The opening scalars of `ExtractRules.NonTarget.quotePairs`, and the longest reach.
    package static let quoteOpenings = ScalarSet(Rules.quotePairs.map(\.open))
    package static let quoteReach = Rules.quotePairs.map(\.reach).max() ?? 0
    /// The smallest and largest opening scalar values (a range test before the set).
    package static let quoteOpeningBounds: (UInt32, UInt32) = (Rules.quotePairs.map(\.open.value).min() ?? 0, Rules.quotePairs.map(\.open.value).max() ?? 0)

    /// Whether `c` is a Latin letter, half- or full-width (`5G`, `Ａ级`): a number beside one is part of a code.
    package static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = PhraseTable<String>.fold(c).value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    /// Whether the quantity `q` may be a target.
    /// - Parameters:
    ///   - linked: `q` continues a list started by an accepted quantity (`3.09、3.40`).
    ///   - inMarker: whether an index lies inside a clause marker.
    package static func accepts(_ q: Quantity, in s: [Unicode.Scalar], governor g: ComparatorMatcher.Governor,
                        linked: Bool, lineStart: Int, inMarker: (Int) -> Bool) -> Bool {
        verdict(q, in: s, governor: g, linked: linked, lineStart: lineStart, inMarker: inMarker) == .target
    }

    /// What a number of the body is, for the audit's count of numbers nobody explained.
    package enum Verdict: Sendable, Hashable {
        /// A target candidate.
        case target
        /// Recognised as something else: a date, a code, a name, a marker, a qualifier, a slogan.
        case knownNonTarget
        /// A bare number (no unit) that no rule claimed: neither a target nor a known non-target.
        case unexplained
    }

    /// - Parameter quoteOpening: when the caller knows it, the position of the last opening quote
    ///   of `quotePairs` before `q` (-1 for none); `insideQuotedName` then runs only when that quote
    ///   stands on `q`'s line within `quoteReach`, and tries only the pairs that reach it.
    package static func verdict(_ q: Quantity, in s: [Unicode.Scalar], governor g: ComparatorMatcher.Governor,
                        linked: Bool, lineStart: Int, quoteOpening: Int? = nil, inMarker: (Int) -> Bool) -> Verdict {
        guard passesNameAndDateRules(q, in: s, lineStart: lineStart, quoteOpening: quoteOpening, inMarker: inMarker) else {
            return .knownNonTarget
        }
        return governedVerdict(q, in: s, governor: g, linked: linked)
    }

    /// `verdict` for a quantity that passes the name and date rules (`passesTokenRules` and
    /// `passesQuantityRules`): what governs it decides.
    package static func governedVerdict(_ q: Quantity, in s: [Unicode.Scalar], governor g: ComparatorMatcher.Governor, linked: Bool) -> Verdict {
        if isGoverned(q, in: s, governor: g, linked: linked) { return .target }
        let bare = q.unitClass == nil || q.unitClass == .magnitude
        return bare && q.form != .chinese ? .unexplained : .knownNonTarget
    }

    /// Dates, codes, names, markers, quoted names: never targets whatever governs them.
    package static func isKnownNonTarget(_ q: Quantity, in s: [Unicode.Scalar], lineStart: Int, inMarker: (Int) -> Bool) -> Bool {
        !passesNameAndDateRules(q, in: s, lineStart: lineStart, inMarker: inMarker)
    }

    private static func passesNameAndDateRules(_ q: Quantity, in s: [Unicode.Scalar], lineStart: Int, quoteOpening: Int? = nil,
                                               inMarker: (Int) -> Bool) -> Bool {
        passesTokenRules(start: q.start, numberEnd: q.numberEnd, in: s, inMarker: inMarker)
            && passesQuantityRules(q, in: s, lineStart: lineStart, quoteOpening: quoteOpening)
    }

    /// The name and date rules that read only where the number's first token starts and ends
    /// (a marker; a name prefix, a letter or a date's dash before it; a letter or a time's colon
    /// after it), so a scan can apply them before it reads the unit.
    package static func passesTokenRules(start: Int, numberEnd: Int, in s: [Unicode.Scalar], inMarker: (Int) -> Bool) -> Bool {
        if inMarker(start) { return false }
        let before: Unicode.Scalar? = start > 0 ? s[start - 1] : nil
        let after: Unicode.Scalar? = numberEnd < s.count ? s[numberEnd] : nil
        if let b = before {
            if Rules.namePrefixes.contains(b) || isLetter(b) { return false }
            // The second part of a date or a phone number: `12-22`, `-3262313`.
            if QuantityParser.dashes.contains(b), start > 1, QuantityParser.isDigit(s[start - 2]) { return false }
        }
        if let a = after {
            if isLetter(a) { return false }
            if a == ":" || a == "：", numberEnd + 1 < s.count, QuantityParser.isDigit(s[numberEnd + 1]) { return false }
        }
        return true
    }

    /// The rest of the name and date rules: name suffixes, years, codes, quoted names, list markers.
    /// - Parameter quoteOpening: as for `verdict`.
    package static func passesQuantityRules(_ q: Quantity, in s: [Unicode.Scalar], lineStart: Int, quoteOpening: Int? = nil) -> Bool {
        if q.unitClass == nil, Rules.nameSuffixes.match(in: s, at: q.numberEnd) != nil { return false }
        if q.form == .arabic {
            if q.leadingZero { return false }
            let yearLike = q.integerDigits == 4 && (q.value.map { Rules.yearValues.contains($0) && $0 == $0.rounded() } ?? false)
            if yearLike && (q.unitClass == nil || q.isRange) { return false }
            if q.integerDigits >= Rules.minCodeDigits && q.unitClass == nil { return false }
            // A third part: `2020-12-22`.
            if q.isRange, q.end + 1 < s.count, QuantityParser.dashes.contains(s[q.end]), QuantityParser.isDigit(s[q.end + 1]) { return false }
        }
        if let o = quoteOpening {
            if o >= max(lineStart, q.start - quoteReach), insideQuotedName(s, at: q.start, nearestOpening: q.start - o) { return false }
        } else if insideQuotedName(s, at: q.start) {
            return false
        }
        if isListMarker(q, in: s, lineStart: lineStart) { return false }
        return true
    }

    /// Whether what stands around a number (a unit, a verb, a bound word, a list) makes it a value.
    private static func isGoverned(_ q: Quantity, in s: [Unicode.Scalar], governor g: ComparatorMatcher.Governor, linked: Bool) -> Bool {
        let before: Unicode.Scalar? = q.start > 0 ? s[q.start - 1] : nil
        let breakAfter = q.end >= s.count || Rules.breaksAfter.contains(s[q.end])
        let levelVerb = g.verb.map { $0 != .action } ?? false
        switch q.unitClass {
        case nil, .magnitude?:
            if q.form == .chinese { return false }
            return linked || q.suffixBound != nil || (levelVerb && breakAfter)
        case .age?, .duration?:
            // `平均住院日9天以下。` is a value; `60岁以上男性` is a qualifier (a noun follows). A masked
            // duration (`城区**分钟核酸采样圈`) hides a number that the page withheld: it is reported.
            if q.redacted, q.unitClass == .duration { return true }
            return q.form != .chinese && (levelVerb || q.suffixBound != nil) && breakAfter
        case .count?:
            if q.form == .chinese && g.verb == nil { return false }
            if countsARuleSet(q, in: s) { return false }
            if g.bound == nil, g.verb == nil, let b = before, Rules.summaryBefore.contains(b) { return false }
            return true
        default:
            return q.form != .chinese || g.verb != nil
        }
    }

    /// `Rules.ruleSetNouns` as scalar arrays, built once.
    package static let ruleSetNounScalars: [[Unicode.Scalar]] = Rules.ruleSetNouns.map { Array($0.unicodeScalars) }

    /// Whether the noun phrase counted by `q` (up to a delimiter, 的 or a list joint) ends with a rule-set noun.
    package static func countsARuleSet(_ q: Quantity, in s: [Unicode.Scalar]) -> Bool {
        var e = q.end
        while e < s.count, e - q.end < Rules.ruleSetNounReach, !BodyIndex.phraseDelimiters.contains(s[e]), !Rules.nounEnds.contains(s[e]) { e += 1 }
        guard e > q.end else { return false }
        if (q.end..<e).allSatisfy({ ResponsibilityTagParser.isSimpleScalar(s[$0]) }) {
            // Each scalar is a Character of its own with no canonical equivalent: `hasSuffix` on
            // the String is a comparison of the last scalars.
            for noun in ruleSetNounScalars where e - q.end >= noun.count {
                var same = true
                for k in 0..<noun.count where s[e - noun.count + k] != noun[k] { same = false; break }
                if same { return true }
            }
            return false
        }
        let noun = String(scalars: s[q.end..<e])
        return Rules.ruleSetNouns.contains { noun.hasSuffix($0) }
    }

    /// Whether `i` lies inside a short quoted name or a book title on its line.
    /// - Parameter nearestOpening: when the caller knows it, how far before `i` the last opening
    ///   scalar of `quotePairs` stands, on `i`'s line and within `quoteReach`.
    package static func insideQuotedName(_ s: [Unicode.Scalar], at i: Int, nearestOpening: Int? = nil) -> Bool {
        // Every pair needs its opening scalar on the line within its reach before `i`: when no
        // opening scalar stands there (the usual case), no pair can hold.
        let distance: Int
        if let d = nearestOpening {
            distance = d
        } else {
            let opens = quoteOpenings
            let (low, high) = quoteOpeningBounds
            let lowest = i - quoteReach
            var b = i - 1
            var anyOpening = false
            while b >= 0 && b >= lowest {
                let c = s[b]
                if c == "\n" { break }
                if c.value >= low, c.value <= high, opens.contains(c) { anyOpening = true; break }
                b -= 1
            }
            guard anyOpening else { return false }
            distance = i - b
        }
        for pair in Rules.quotePairs where pair.reach >= distance {
            var p = i - 1
            var opened = false
            while p >= 0 && p >= i - pair.reach {
                let c = s[p]
                if c == pair.close || c == "\n" { break }
                if c == pair.open { opened = true; break }
                p -= 1
            }
            guard opened else { continue }
            var q = i
            while q < s.count && q <= i + pair.reach {
                let c = s[q]
                if c == pair.close { return true }
                if c == pair.open || c == "\n" { break }
                q += 1
            }
        }
        return false
    }

    /// A bare number at a line start or after a sentence end, followed by marker punctuation
    /// (`1.`, `16.` in `…管理水平。16.打造`), or a bare number in parentheses (`（3）`).
    package static func isListMarker(_ q: Quantity, in s: [Unicode.Scalar], lineStart: Int) -> Bool {
        guard q.unitClass == nil, !q.isRange, q.numberEnd < s.count, Rules.markerPunctuation.contains(s[q.numberEnd]) else { return false }
        var p = q.start
        while p > lineStart, UnitTable.isSpace(s[p - 1]) { p -= 1 }
        if p == lineStart || BodyIndex.sentenceDelimiters.contains(s[p - 1]) { return true }
        return s[p - 1] == "(" || s[p - 1] == "（"
    }
}
