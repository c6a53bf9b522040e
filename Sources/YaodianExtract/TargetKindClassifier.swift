import Foundation
import YaodianText

/// Decides whether a quantity sets a goal (`target`), reports a result (`achievement`) or states the
/// value a goal is measured from (`baseline`).
///
/// Plans set goals unless the phrase is in the past (`已建成`, `累计完成`, `建成了`); reports state
/// results unless the part of the report they sit in looks ahead (under a heading such as
/// `二、下一步目标思路及重点任务`, `规划设置病床**张` is a target). A value after `由`/`从`
/// (`孕产妇死亡率由2020年的10/10万下降到8/10万`) is the baseline.
package enum TargetKindClassifier {
    private typealias Rules = ExtractRules.TargetKind

    /// Whether `range` (a number's phrase) is written in the past.
    package static func isPast(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var p = range.lowerBound
        while let m = Rules.pastMarkers.firstOccurrence(in: s, within: p..<range.upperBound) {
            let end = m.range.upperBound
            if m.value == Rules.already, end < s.count, Rules.notPastAfterYi.contains(s[end]) {
                p = end
                continue
            }
            return true
        }
        return false
    }

    /// Whether the number starting at `start` follows `由`/`从` (with an optional year and `的`).
    package static func isBaseline(_ s: [Unicode.Scalar], before start: Int, lowerBound: Int) -> Bool {
        var p = start
        while p > lowerBound, UnitTable.isSpace(s[p - 1]) { p -= 1 }
        if p > lowerBound, s[p - 1] == ExtractRules.possessive { p -= 1 }
        p = IndicatorPhrase.referenceYearStart(s, endingAt: p, lowerBound: lowerBound)
        return p > lowerBound && ExtractRules.Reference.baselineHeads.contains(s[p - 1])
    }

    /// Whether any of `headings` (a clause and its ancestors) announces plans.
    package static func looksAhead(_ headings: [[Unicode.Scalar]]) -> Bool {
        headings.contains { h in Rules.futureHeadings.firstOccurrence(in: h, within: 0..<h.count) != nil }
    }
}
