import Foundation
import YaodianText
import YaodianModel

/// The words around a number that decide its comparator, and the verbs that govern it
/// (extraction guide, section 3, "first rule that applies").
///
/// Order: a range (`新增托位500-600个`) → `range`; a change by an amount (`较2020年降低1个百分点`,
/// `增长5%`) → `increase_by`/`decrease_by`; bound words, `ge` before `gt` before `le` before `lt`
/// before `approx` (`达到70%以上` → `ge`, `超过70%` → `gt`, `40余次` → `gt`, `控制在5‰以内` → `le`,
/// `20家左右` → `approx`); a goal with a falling verb and no bound word (`降至8%`) → `le`;
/// everything else (`达到`, `新增`, `建成`, a reported result) → `eq`.
package enum ComparatorRules {
    /// How a verb relates the indicator to the number after it.
    package enum VerbKind: Sendable, Hashable {
        /// Sets a level: `达到`, `提高到`, `保持在` (indicator before the verb).
        case reach
        /// Sets a level from above: `降至`, `控制在`, `缩短至` (`le` without a bound word).
        case fallTo
        /// Changes by an amount upwards: `提高`, `增加`, `增长`.
        case rise
        /// Changes by an amount downwards: `降低`, `下降`, `减少`.
        case fall
        /// Produces a count of things: `新增`, `建成`, `完成` (the indicator usually follows it).
        case action

        /// Whether the indicator usually stands before the verb.
        package var indicatorBefore: Bool { self != .action }
    }

    /// Verbs that set or change a level, found anywhere in a number's phrase, longest first.
    package static let levelVerbs = PhraseTable<VerbKind>([
        ("达到", .reach), ("提高到", .reach), ("提高至", .reach), ("提升到", .reach), ("提升至", .reach),
        ("增加到", .reach), ("增加至", .reach), ("增长到", .reach), ("增长至", .reach), ("增至", .reach),
        ("上升到", .reach), ("上升至", .reach), ("升至", .reach), ("升到", .reach), ("保持在", .reach),
        ("保持", .reach), ("稳定在", .reach), ("维持在", .reach), ("实现", .reach), ("扩大到", .reach),
        ("扩大至", .reach), ("延长到", .reach), ("延长至", .reach), ("突破", .reach),
        ("降至", .fallTo), ("降到", .fallTo), ("降低到", .fallTo), ("降低至", .fallTo), ("下降到", .fallTo),
        ("下降至", .fallTo), ("缩短至", .fallTo), ("缩短到", .fallTo), ("减少到", .fallTo), ("减少至", .fallTo),
        ("减至", .fallTo), ("压缩至", .fallTo), ("压缩到", .fallTo), ("控制在", .fallTo), ("控制到", .fallTo),
        ("提高", .rise), ("提升", .rise), ("增加", .rise), ("增长", .rise), ("上升", .rise), ("扩大", .rise),
        ("延长", .rise),
        ("降低", .fall), ("下降", .fall), ("减少", .fall), ("缩短", .fall), ("压缩", .fall),
    ])

    /// Verbs that produce a count of things; the thing counted usually follows the verb
    /// (`新增托位500-600个`, `新增2家普惠托育机构`).
    package static let actionVerbs = PhraseTable<VerbKind>([
        ("新增", .action), ("新建", .action), ("改扩建", .action), ("改建", .action), ("扩建", .action),
        ("建成", .action), ("建设", .action), ("建立", .action), ("创建", .action), ("争创", .action),
        ("完成", .action), ("培育", .action), ("培养", .action), ("引进", .action), ("设立", .action),
        ("设置", .action), ("增设", .action), ("组建", .action), ("组织", .action), ("举办", .action),
        ("开展", .action), ("招录", .action), ("招收", .action), ("招聘", .action), ("获得", .action),
        ("发表", .action), ("立项", .action), ("投入", .action), ("争取", .action), ("选派", .action),
        ("谋划", .action), ("推进", .action), ("推动", .action), ("启动", .action), ("落实", .action),
        ("打造", .action), ("评选", .action), ("通过", .action), ("配备", .action), ("援派", .action),
        ("下派", .action), ("选拔", .action), ("认定", .action), ("命名", .action), ("收治", .action),
        ("实施", .action), ("成立", .action), ("开设", .action), ("资助", .action), ("帮扶", .action),
    ])

    /// One-character verbs, only when they stand right before the number (`均达100%`, `占比为30%`);
    /// elsewhere they are parts of words (`达标率`, `以乡镇为单位`).
    package static let adjacentVerbs = PhraseTable<VerbKind>([("达", .reach), ("为", .reach), ("是", .reach), ("占", .reach)])

    /// Bound words written before the number: `不低于88元`, `超过70%`, `约3万人`.
    package static let prefixBounds = PhraseTable<Target.Comparator>([
        ("不低于", .ge), ("不少于", .ge), ("至少", .ge), ("最少", .ge), ("不小于", .ge), ("大于等于", .ge),
        ("≥", .ge), (">=", .ge),
        ("超过", .gt), ("大于", .gt), ("高于", .gt), ("多于", .gt), ("逾", .gt), (">", .gt),
        ("不超过", .le), ("不高于", .le), ("不多于", .le), ("不大于", .le), ("最多", .le), ("小于等于", .le),
        ("≤", .le), ("<=", .le),
        ("小于", .lt), ("低于", .lt), ("少于", .lt), ("不足", .lt), ("<", .lt),
        ("约", .approx), ("大约", .approx),
    ])

    /// Bound words written after the number and unit: `90%以上`, `7/10万以内`, `20家左右`.
    package static let suffixBounds = PhraseTable<Target.Comparator>([
        ("及以上", .ge), ("以上", .ge), ("及以下", .le), ("以下", .le), ("以内", .le), ("之内", .le),
        ("左右", .approx), ("上下", .approx),
    ])

    /// Words ending in 约 that are not "about" (`签约`, `预约`, `节约`).
    package static let notApproxBefore: ScalarSet = ["签", "预", "节", "制", "公", "契", "合", "条", "特", "邀", "履"]

    /// Infixes between number and unit meaning "more than": `40余次`, `10多个`.
    package static let moreInfixes: ScalarSet = ["余", "多"]

    /// Priority of bound comparators when several apply.
    package static let boundOrder: [Target.Comparator] = [.ge, .gt, .le, .lt, .approx]

    /// What directly governs a number: a bound word and a verb right before it.
    package struct Governor: Sendable, Hashable {
        package var bound: Target.Comparator?
        package var boundRange: Range<Int>?
        package var verb: VerbKind?
        package var verbRange: Range<Int>?
        /// Where the number's lead-in (verb, bound word) begins.
        package var leadStart: Int
    }

    /// The bound word and verb standing right before `start` (spaces and `了` skipped).
    package static func governor(in s: [Unicode.Scalar], before start: Int, lowerBound: Int) -> Governor {
        var g = Governor(leadStart: start)
        var p = start
        while p > lowerBound, UnitTable.isSpace(s[p - 1]) { p -= 1 }
        if let b = prefixBounds.match(in: s, endingAt: p, lowerBound: lowerBound) {
            let bStart = p - b.length
            let isFalseApprox = b.value == .approx && b.length == 1 && bStart > lowerBound && notApproxBefore.contains(s[bStart - 1])
            if !isFalseApprox {
                g.bound = b.value
                g.boundRange = bStart..<p
                g.leadStart = bStart
                p = bStart
                while p > lowerBound, UnitTable.isSpace(s[p - 1]) { p -= 1 }
            }
        }
        var q = p
        if q > lowerBound, s[q - 1] == "了" { q -= 1 }
        if let v = levelVerbs.match(in: s, endingAt: q, lowerBound: lowerBound)
            ?? actionVerbs.match(in: s, endingAt: q, lowerBound: lowerBound)
            ?? adjacentVerbs.match(in: s, endingAt: q, lowerBound: lowerBound) {
            g.verb = v.value
            g.verbRange = (q - v.length)..<q
            g.leadStart = q - v.length
        }
        return g
    }

    /// The comparator of one quantity (see the type's rule order).
    package static func comparator(for q: Quantity, governor: Governor, phraseVerb: VerbKind?) -> Target.Comparator {
        if q.isRange { return .range }
        let adjacentChange = governor.verb == .rise || governor.verb == .fall
        let changeVerb = adjacentChange ? governor.verb : phraseVerb
        if q.unitClass == .points, changeVerb == .rise { return .increaseBy }
        if q.unitClass == .points, changeVerb == .fall { return .decreaseBy }
        if adjacentChange { return governor.verb == .rise ? .increaseBy : .decreaseBy }
        // The bound words that apply (before the number, after it, and 余/多), tested in place
        // rather than gathered into a set.
        if let first = boundOrder.first(where: { $0 == governor.bound || $0 == q.suffixBound || (q.more && $0 == .gt) }) {
            return first
        }
        if governor.verb == .fallTo || (governor.verb == nil && phraseVerb == .fallTo) { return .le }
        return .eq
    }
}
