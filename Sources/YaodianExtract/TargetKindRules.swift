import Foundation
import YaodianText

/// Whether a quantity sets a goal (`target`), reports a result (`achievement`) or states the
/// value a goal is measured from (`baseline`).
///
/// Plans set goals unless the phrase is in the past (`已建成`, `累计完成`, `建成了`); reports state
/// results unless the part of the report they sit in looks ahead (seed 001:
/// `二、下一步目标思路及重点任务` → `规划设置病床**张` is a target). A value after `由`/`从`
/// (`孕产妇死亡率由2020年的10/10万下降到8/10万`) is the baseline.
package enum TargetKindRules {
    /// Words of a phrase that report a past result.
    package static let pastMarkers = PhraseTable(words: [
        "已经", "已", "累计", "共计", "截至目前", "以来", "建成了", "完成了", "实现了", "达到了", "新增了", "打造了",
        "提高了", "增加了", "下降了", "降低了", "开展了", "组建了", "投入了", "争取了", "引进了", "创建了", "培训了",
    ])
    /// Words after 已 that do not make it past tense (`已婚育龄妇女`).
    package static let notPastAfterYi: ScalarSet = ["婚", "知", "故"]
    /// Words of a heading that announce plans inside a report.
    package static let futureHeadings = PhraseTable(words: [
        "下一步", "目标", "计划", "任务", "思路", "打算", "要点", "重点工作", "安排", "举措", "展望", "预期",
    ])

    /// Whether `range` (a number's phrase) is written in the past.
    package static func isPast(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var p = range.lowerBound
        while let m = pastMarkers.firstOccurrence(in: s, within: p..<range.upperBound) {
            let end = m.range.upperBound
            if m.value == "已", end < s.count, notPastAfterYi.contains(s[end]) {
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
        if p > lowerBound, s[p - 1] == "的" { p -= 1 }
        if let y = IndicatorPhrase.referenceYears.match(in: s, endingAt: p, lowerBound: lowerBound) {
            p -= y.length
        } else {
            if p > lowerBound, s[p - 1] == "底" { p -= 1 }
            if p - 5 >= lowerBound, s[p - 1] == "年", (2...5).allSatisfy({ QuantityParser.isDigit(s[p - $0]) }) { p -= 5 }
        }
        return p > lowerBound && (s[p - 1] == "由" || s[p - 1] == "从")
    }

    /// Whether any of `headings` (a clause and its ancestors) announces plans.
    package static func looksAhead(_ headings: [[Unicode.Scalar]]) -> Bool {
        headings.contains { h in futureHeadings.firstOccurrence(in: h, within: 0..<h.count) != nil }
    }
}
