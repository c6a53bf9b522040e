import Foundation
import YaodianText
import YaodianModel

/// Decides a number's comparator from the words around it and finds the verb that governs it
/// (extraction guide, section 3, "first rule that applies"; the words are `ExtractRules.Comparator`).
///
/// Order: a range (`新增托位500-600个`) → `range`; a change by an amount (`较2020年降低1个百分点`,
/// `增长5%`) → `increase_by`/`decrease_by`; bound words, `ge` before `gt` before `le` before `lt`
/// before `approx` (`达到70%以上` → `ge`, `超过70%` → `gt`, `40余次` → `gt`, `控制在5‰以内` → `le`,
/// `20家左右` → `approx`); a goal with a falling verb and no bound word (`降至8%`) → `le`;
/// everything else (`达到`, `新增`, `建成`, a reported result) → `eq`.
package enum ComparatorMatcher {
    private typealias Rules = ExtractRules.Comparator

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
        if let b = Rules.prefixBounds.match(in: s, endingAt: p, lowerBound: lowerBound) {
            let bStart = p - b.length
            let isFalseApprox = b.value == .approx && b.length == 1 && bStart > lowerBound && Rules.notApproxBefore.contains(s[bStart - 1])
            if !isFalseApprox {
                g.bound = b.value
                g.boundRange = bStart..<p
                g.leadStart = bStart
                p = bStart
                while p > lowerBound, UnitTable.isSpace(s[p - 1]) { p -= 1 }
            }
        }
        var q = p
        if q > lowerBound, s[q - 1] == Rules.perfectiveParticle { q -= 1 }
        if let v = Rules.levelVerbs.match(in: s, endingAt: q, lowerBound: lowerBound)
            ?? Rules.actionVerbs.match(in: s, endingAt: q, lowerBound: lowerBound)
            ?? Rules.adjacentVerbs.match(in: s, endingAt: q, lowerBound: lowerBound) {
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
        if let first = Rules.boundOrder.first(where: { $0 == governor.bound || $0 == q.suffixBound || (q.more && $0 == .gt) }) {
            return first
        }
        if governor.verb == .fallTo || (governor.verb == nil && phraseVerb == .fallTo) { return .le }
        return .eq
    }
}
