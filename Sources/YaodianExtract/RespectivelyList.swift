/// A `分别` statement: several values that distribute over several indicators or deadlines.
///
/// Examples: `每千人医生数、护士数分别达到 3.09、3.40` → two rows (每千人医生数 3.09,
/// 每千人护士数 3.40); `信息完整性和逻辑关系正确性分别达到99%和98%以上` → two rows, both `ge`
/// (a bound word after the last value applies to every value, and so does a unit);
/// `到2023年底和2030年，…分别不低于24%和30%` → two rows with two deadlines.
package struct RespectivelyList: Sendable, Hashable {
    /// Index of the `分` of `分别`.
    package var markerStart: Int
    /// Indices of the member candidates.
    package var members: Range<Int>

    /// The list that begins at candidate `k`, if `分别` (and only a verb or bound word) precedes it.
    package static func starting(at k: Int, in candidates: [QuantityCandidate], body s: [Unicode.Scalar]) -> RespectivelyList? {
        guard k < candidates.count else { return nil }
        var p = min(candidates[k].governor.leadStart, candidates[k].governor.boundRange?.lowerBound ?? Int.max)
        while p > 0, UnitTable.isSpace(s[p - 1]) { p -= 1 }
        let marker = ExtractRules.respectively
        guard p >= 2, s[p - 2] == marker[0], s[p - 1] == marker[1] else { return nil }
        var end = k + 1
        while end < candidates.count, candidates[end].linked { end += 1 }
        guard end - k >= 2 else { return nil }
        return RespectivelyList(markerStart: p - 2, members: k..<end)
    }

    /// The members' quantities with the bound word, unit and verb of the list shared out:
    /// `91%、90%以上` → both `以上`; `3.09、3.40` keep no unit; `24和30%` → both `%`.
    package static func shared(_ candidates: [QuantityCandidate]) -> [QuantityCandidate] {
        var out = candidates
        guard let last = candidates.last, let first = candidates.first else { return out }
        var unit = last.quantity.unit
        var unitClass = last.quantity.unitClass
        for k in out.indices.reversed() {
            if out[k].quantity.unitClass == nil {
                out[k].quantity.unit = unit
                out[k].quantity.unitClass = unitClass
            } else {
                unit = out[k].quantity.unit
                unitClass = out[k].quantity.unitClass
            }
            if out[k].quantity.suffixBound == nil { out[k].quantity.suffixBound = last.quantity.suffixBound }
            if out[k].governor.bound == nil { out[k].governor.bound = first.governor.bound }
            if out[k].governor.verb == nil { out[k].governor.verb = first.governor.verb }
        }
        return out
    }
}
