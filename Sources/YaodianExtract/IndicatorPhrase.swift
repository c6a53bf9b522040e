import Foundation
import YaodianText

/// Cuts the indicator of a target out of its phrase (the words are `ExtractRules.Indicator`): the shortest phrase naming what is
/// measured, without the verb and without leading qualifiers.
///
/// Examples: `力争县域就诊率达到90%` → `县域就诊率` (before the verb); `全县甲乙类法定报告传染病发病率
/// 确保控制在120/10万以内` → `甲乙类法定报告传染病发病率`; `新增托位500-600个` → `托位` (between
/// verb and number); `新增2家普惠托育机构` → `普惠托育机构` (after the number); `建成1-2个功能齐全、
/// …的普惠性婴幼儿照护服务机构` → `普惠性婴幼儿照护服务机构` (after the last `的`).
package enum IndicatorPhrase {
    private typealias Rules = ExtractRules.Indicator

    /// The text of `r`, empty when `r` is empty or outside `s`.
    package static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        guard r.lowerBound >= 0, r.upperBound <= s.count, !r.isEmpty else { return "" }
        return String(scalars: s[r])
    }

    /// `range` without qualifiers, deadlines, reference points and punctuation at its ends.
    package static func trim(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lo = max(range.lowerBound, 0), hi = min(range.upperBound, s.count)
        var changed = true
        while changed && lo < hi {
            changed = false
            if Rules.edgePunctuation.contains(s[lo]) { lo += 1; changed = true; continue }
            if Rules.edgePunctuation.contains(s[hi - 1]) { hi -= 1; changed = true; continue }
            if let q = Rules.leadingQualifiers.match(in: s, at: lo, limit: hi) { lo += q.length; changed = true; continue }
            if s[lo] == "）" || s[lo] == ")" { lo += 1; changed = true; continue }
            if s[lo] == "（" || s[lo] == "(", let close = s[lo..<hi].firstIndex(where: { $0 == "）" || $0 == ")" }), close + 1 < hi {
                lo = close + 1 // a leading aside: `(改造提升)村卫生室`
                changed = true
                continue
            }
            if let d = DeadlineFinder.match(in: s, at: lo, limit: hi), d.range.upperBound < hi {
                lo = d.range.upperBound
                changed = true
                continue
            }
            if let q = Rules.trailingQualifiers.match(in: s, endingAt: hi, lowerBound: lo), hi - q.length > lo { hi -= q.length; changed = true; continue }
            if let r = referenceStart(s, lo..<hi), r > lo { hi = r; changed = true; continue }
            if let d = DeadlineFinder.all(in: s, within: lo..<hi).last, d.range.upperBound == hi, d.range.lowerBound > lo {
                hi = d.range.lowerBound
                changed = true
            }
        }
        return lo..<max(lo, hi)
    }

    /// Where a trailing reference point begins (`较2020年`, `比上年`, `由2020年的`), if `range` ends with one.
    package static func referenceStart(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var p = range.upperBound
        if p > range.lowerBound, s[p - 1] == ExtractRules.possessive { p -= 1 }
        let beforeYear = p
        p = referenceYearStart(s, endingAt: p, lowerBound: range.lowerBound)
        // `由` alone ends a phrase before a baseline value; `比` alone is part of a noun (`性别比`).
        let bareHeadAllowed = p > range.lowerBound && ExtractRules.Reference.baselineHeads.contains(s[p - 1])
        guard p > range.lowerBound, ExtractRules.Reference.heads.contains(s[p - 1]), p < beforeYear || bareHeadAllowed else { return nil }
        return p - 1
    }

    /// Where the year of a reference point ending at `end` starts (`上年`, `2020年`, `2020年底`):
    /// `end` when no year ends there (a lone `底` is still skipped).
    package static func referenceYearStart(_ s: [Unicode.Scalar], endingAt end: Int, lowerBound: Int) -> Int {
        var p = end
        if let y = ExtractRules.Reference.years.match(in: s, endingAt: p, lowerBound: lowerBound) { return p - y.length }
        if p > lowerBound, s[p - 1] == ExtractRules.periodEnd { p -= 1 }
        if p - 5 >= lowerBound, s[p - 1] == ExtractRules.year, (2...5).allSatisfy({ QuantityParser.isDigit(s[p - $0]) }) { p -= 5 }
        return p
    }

    /// An indicator without the quotes that wrap all of it (`“全国示范性老年友好型社区”`).
    package static func unquoted(_ text: String) -> String {
        // Only a text whose first scalar is an opening quote can start with one as a Character
        // (no other scalar sequence is canonically equivalent to these quotes): others return
        // at once, without counting Characters.
        switch text.unicodeScalars.first {
        case "“"?, "「"?, "‘"?, "\""?: break
        default: return text
        }
        let pairs: [(Character, Character)] = [("“", "”"), ("「", "」"), ("‘", "’"), ("\"", "\"")]
        for (open, close) in pairs where text.count > 2 && text.first == open && text.last == close {
            let inner = text.dropFirst().dropLast()
            if !inner.contains(open) && !inner.contains(close) { return String(inner) }
        }
        return text
    }

    /// `range` with verbs at its start removed (an object after an action verb); empty when it
    /// holds only verbs (`争取创建5个“…”`: the object follows the number).
    package static func dropLeadingVerbs(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        while let v = Rules.leadingVerbs.match(in: s, at: lo, limit: range.upperBound) { lo += v.length }
        guard lo < range.upperBound else { return range.upperBound..<range.upperBound }
        return trim(s, lo..<range.upperBound)
    }

    /// The object named after a number, in `start..<limit`: after the last `的`, up to a verb that
    /// opens a new predicate. A phrase starting with `的` (`60%的基层机构达到基本标准`) is kept whole.
    package static func after(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Range<Int> {
        guard start < limit else { return start..<start }
        if s[start] == ExtractRules.possessive { return trim(s, (start + 1)..<limit) }
        var lo = start
        var p = limit - 1
        while p > lo {
            if s[p] == ExtractRules.possessive { lo = p + 1; break }
            p -= 1
        }
        var hi = limit
        if lo == start, let comma = s[start..<limit].firstIndex(of: "、") { hi = comma } // no `的`: one item of a list
        if lo + 1 < hi, let cut = Rules.postCutVerbs.firstOccurrence(in: s, within: (lo + 1)..<hi) { hi = cut.range.lowerBound }
        return trim(s, lo..<max(lo, hi))
    }

    /// Whether a phrase ends with a noun naming a measure (`…覆盖率`, `总投资`).
    package static func namesMeasure(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        var last = s[r.upperBound - 1]
        if (last == "）" || last == ")"), let open = s[r].lastIndex(where: { $0 == "（" || $0 == "(" }), open > r.lowerBound {
            last = s[open - 1]
        }
        return Rules.measureEndings.contains(last)
    }

    /// Whether `range` may hold several items: a scalar in it may start a separator (else
    /// `items` gives at most one).
    package static func mayHoldSeveralItems(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let separators = ExtractRules.listJoints
        return range.contains(where: { separators.mayStart(with: s[$0]) })
    }

    /// The items of a 分别 list (`每千人医生数、护士数` → two ranges), split outside parentheses.
    package static func items(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        // Without a scalar that may start a separator, the range is one item.
        if !mayHoldSeveralItems(s, range) {
            let whole = trim(s, range)
            return whole.isEmpty ? [] : [whole]
        }
        var out: [Range<Int>] = []
        var depth = 0
        var lo = range.lowerBound
        var p = range.lowerBound
        while p < range.upperBound {
            let c = s[p]
            if c == "（" || c == "(" { depth += 1 }
            if c == "）" || c == ")" { depth = max(0, depth - 1) }
            if depth == 0, let sep = ExtractRules.listJoints.match(in: s, at: p, limit: range.upperBound) {
                out.append(lo..<p)
                p += sep.length
                lo = p
                continue
            }
            p += 1
        }
        out.append(lo..<range.upperBound)
        return out.map { trim(s, $0) }.filter { !$0.isEmpty }
    }

    /// Names of 分别 items completed from their siblings: a shared `每千人` prefix
    /// (`每千人医生数、护士数` → `每千人护士数`) and a shared measure suffix
    /// (`高血压患者、2型糖尿病患者健康规范化管理率` → `高血压患者健康规范化管理率`).
    package static func completedNames(_ s: [Unicode.Scalar], _ items: [Range<Int>]) -> [String] {
        var names = items.map { text(s, $0) }
        guard let first = items.first, let last = items.last, items.count > 1 else { return names }
        if s[first.lowerBound] == Rules.perHead {
            var p = first.lowerBound + 1
            while p < min(first.upperBound, first.lowerBound + Rules.perCapitaReach), s[p] != Rules.person { p += 1 }
            if p < first.upperBound - 1, s[p] == Rules.person {
                var end = p + 1
                if end < first.upperBound - 1, s[end] == Rules.population { end += 1 }
                let prefix = text(s, first.lowerBound..<end)
                for k in 1..<items.count where s[items[k].lowerBound] != Rules.perHead { names[k] = prefix + names[k] }
            }
        }
        for k in 0..<(items.count - 1) where !namesMeasure(s, items[k]) && items[k].count >= 2 {
            let tail = Array(s[(items[k].upperBound - 2)..<items[k].upperBound])
            var p = last.upperBound - 2
            while p >= last.lowerBound {
                if s[p] == tail[0], s[p + 1] == tail[1] { break }
                p -= 1
            }
            if p >= last.lowerBound, p + 2 < last.upperBound {
                names[k] += text(s, (p + 2)..<last.upperBound)
            }
        }
        return names
    }
}
