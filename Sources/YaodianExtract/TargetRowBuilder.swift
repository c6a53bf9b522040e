import Foundation
import YaodianText
import YaodianModel

/// Turns the candidates of one body into `Target` rows: indicator, comparator, deadline, kind,
/// clause and raw span of each.
///
/// `raw` runs from the start of the indicator (or, when the indicator follows the number, from
/// the verb) to the end of the value, unit and bound word, or to the end of an indicator that
/// follows: `居民健康素养水平提高到30%以上`, `新增2家普惠托育机构`. Example:
/// `全县人口自然增长率5‰以内，出生政策符合率98%以上` → two rows, `人口自然增长率` `le` 5 `‰` and
/// `出生政策符合率` `ge` 98 `%`.
package struct TargetRowBuilder {
    private typealias Rules = ExtractRules.Rows

    package let body: [Unicode.Scalar]
    package let index: BodyIndex
    /// Clauses in body order.
    package let clauses: [Clause]
    /// Per clause index: the index in `clauses` of its parent's ID (the last one when an ID
    /// repeats), -1 for none; built on first use.
    private var parentIndices: [Int]?
    /// Per clause index: the lead deadline of the first heading of the clause and its ancestors
    /// that has one (`.some(nil)` when none has), computed on first use.
    private var headingLeads: [String??]
    /// Per clause index: whether a heading of the clause or its ancestors announces plans.
    private var headingsLookAhead: [Bool?]
    /// Per clause index: the lead deadline of its own heading (`.some(nil)`: none), and whether
    /// its own heading announces plans; each heading is read once.
    private var ownHeadingLeads: [String??]
    private var ownHeadingLooksAhead: [Bool?]
    /// The first scalars of the heading being read for a lead (one buffer for the body).
    private var headingPrefix: [Unicode.Scalar] = []
    package let documentKind: TargetExtractor.DocumentKind
    package let candidates: [QuantityCandidate]
    /// Whether each body scalar lies inside a clause marker.
    package let markerMask: [Bool]

    /// End of the text the previous row used (its raw span or the indicator after its number).
    private var consumedEnd = 0
    /// The previous row's indicator and the sentence it stands in.
    private var lastIndicator: (text: String, sentence: Int)?

    package init(body: [Unicode.Scalar], index: BodyIndex, clauses: [Clause], documentKind: TargetExtractor.DocumentKind,
         candidates: [QuantityCandidate], markerMask: [Bool]) {
        self.markerMask = markerMask
        self.body = body
        self.index = index
        self.clauses = clauses
        headingLeads = [String??](repeating: nil, count: clauses.count)
        headingsLookAhead = [Bool?](repeating: nil, count: clauses.count)
        ownHeadingLeads = [String??](repeating: nil, count: clauses.count)
        ownHeadingLooksAhead = [Bool?](repeating: nil, count: clauses.count)
        self.documentKind = documentKind
        self.candidates = candidates
    }

    package mutating func build() -> [Target] {
        var rows: [Target] = []
        rows.reserveCapacity(candidates.count)
        var k = 0
        while k < candidates.count {
            if let list = RespectivelyList.starting(at: k, in: candidates, body: body) {
                rows += distribute(list)
                k = list.members.upperBound
            } else {
                single(k, into: &rows)
                k += 1
            }
        }
        return rows
    }

    // MARK: One number, one row

    /// Appends the row (or the rows of a shared value) of candidate `k` to `rows`.
    private mutating func single(_ k: Int, into rows: inout [Target]) {
        let c = candidates[k]
        let q = c.quantity
        let g = c.governor
        let phraseStart = skipMarker(max(index.phraseStart(q.start), q.start - Rules.reach), before: q.start)
        let leadStart = min(g.leadStart, g.boundRange?.lowerBound ?? Int.max)
        let windowStart = min(max(phraseStart, min(consumedEnd, leadStart)), leadStart)
        let sentence = max(index.sentenceStart(q.start), q.start - 2 * Rules.reach)

        var verbRange = g.verbRange
        var verbKind = g.verb
        let adjacent = g.verb != nil
        if verbRange == nil, let found = lastVerb(in: windowStart..<leadStart) {
            verbRange = found.range
            verbKind = found.value
        }
        let countVerb = verbKind == .action || (!adjacent && (verbKind == .rise || verbKind == .fall) && q.unitClass != .points)
        if countVerb, let r = verbRange,
           let first = ExtractRules.Comparator.actionVerbs.firstOccurrence(in: body, within: windowStart..<r.lowerBound),
           ExtractRules.Comparator.levelVerbs.firstOccurrence(in: body, within: first.range.upperBound..<r.lowerBound) == nil {
            verbRange = first.range
        }

        let verbStart = verbRange?.lowerBound ?? leadStart
        let verbEnd = verbRange?.upperBound ?? leadStart
        let numberLead = g.boundRange.map { $0.lowerBound >= verbEnd ? $0.lowerBound : q.start } ?? q.start
        let pre = IndicatorPhrase.trim(body, windowStart..<verbStart)
        let mid = IndicatorPhrase.dropLeadingVerbs(body, verbEnd..<max(verbEnd, numberLead))
        let post = postRange(k)

        let order: [Range<Int>]
        switch verbKind {
        case .action?: order = [mid, post, pre]
        case .rise?, .fall?: order = adjacent ? [pre, mid, post] : [mid, pre, post]
        case .reach?, .fallTo?: order = [pre, mid, post]
        case nil:
            order = !pre.isEmpty && (post.isEmpty || IndicatorPhrase.namesMeasure(body, pre)) ? [pre] : [post, pre]
        }
        let chosen = order.first { !$0.isEmpty }
        var indicator = chosen.map { IndicatorPhrase.unquoted(IndicatorPhrase.text(body, $0)) } ?? ""
        if indicator.isEmpty, let last = lastIndicator, last.sentence == sentence { indicator = last.text }

        var rawStart = verbStart
        var rawEnd = q.end
        if let r = chosen {
            if r.lowerBound < q.start { rawStart = min(rawStart, r.lowerBound) } else { rawEnd = max(rawEnd, r.upperBound) }
        }
        rawStart = max(rawStart, windowStart)

        let baseline = TargetKindClassifier.isBaseline(body, before: q.start, lowerBound: phraseStart)
        let kind = baseline ? .baseline : kindOf(phrase: phraseStart..<q.start, at: rawStart)
        let deadline = baseline ? "" : deadline(sentence: sentence..<max(sentence, leadStart), at: q.start, clauseAt: rawStart).last ?? ""
        let comparator = ComparatorMatcher.comparator(for: q, governor: g, phraseVerb: verbKind)

        consumedEnd = rawEnd
        if !indicator.isEmpty { lastIndicator = (indicator, sentence) }
        if let r = chosen, r.upperBound <= q.start, let names = sharedValueNames(r, before: verbStart, quantity: q) {
            // Several indicators sharing one value: one row each, as for 分别.
            for item in names {
                rows.append(row(q, indicator: item.name, comparator: comparator, deadline: deadline, kind: kind, raw: item.start..<rawEnd))
            }
            return
        }
        rows.append(row(q, indicator: indicator, comparator: comparator, deadline: deadline, kind: kind, raw: rawStart..<rawEnd))
    }

    /// The indicators of a list that shares one value: `A、B均达100%` (any unit), or a list of rates
    /// whose first and last items name a measure (`老年人健康管理率、高血压患者和糖尿病患者规范管理率达到70%以上`
    /// → three rates, the shared `规范管理率` completed as for 分别). A combined count
    /// (`科技奖项和科研立项2项以上`) stays one row.
    private func sharedValueNames(_ r: Range<Int>, before verbStart: Int, quantity q: Quantity) -> [(name: String, start: Int)]? {
        var each = false
        var p = max(r.upperBound, verbStart - Rules.eachWordReach)
        while p < min(q.start, verbStart + 1) {
            if Rules.eachWords.contains(body[p]) { each = true }
            p += 1
        }
        // Neither 均 nor a rate, or no separator (at most one item): one row, and the items are not cut.
        guard each || q.unitClass == .ratio || q.unitClass == .points, IndicatorPhrase.mayHoldSeveralItems(body, r) else { return nil }
        let items = IndicatorPhrase.items(body, r)
        guard items.count >= 2, let last = items.last else { return nil }
        // Without 均, only a list in which an earlier item is itself a rate: `二级以上综合医院和二甲以上
        // 中医医院…的比例` is one ratio over two kinds of hospital.
        let rates = (q.unitClass == .ratio || q.unitClass == .points) && IndicatorPhrase.namesMeasure(body, last)
            && items.dropLast().contains { IndicatorPhrase.namesMeasure(body, $0) } && items.allSatisfy { $0.count >= 2 }
        guard each || rates else { return nil }
        let names = IndicatorPhrase.completedNames(body, items)
        return zip(names, items).map { ($0, $1.lowerBound) }
    }

    /// The last verb of `range`, level or action, whichever starts later; verbs inside nouns
    /// (`人口自然增长率`) are skipped.
    private func lastVerb(in range: Range<Int>) -> (range: Range<Int>, value: ComparatorMatcher.VerbKind)? {
        var upper = range.upperBound
        while upper > range.lowerBound {
            let within = range.lowerBound..<upper
            let level = ExtractRules.Comparator.levelVerbs.lastOccurrence(in: body, within: within)
            let action = ExtractRules.Comparator.actionVerbs.lastOccurrence(in: body, within: within)
            let found: (range: Range<Int>, value: ComparatorMatcher.VerbKind)?
            switch (level, action) {
            case let (l?, a?): found = a.range.lowerBound > l.range.lowerBound ? a : l
            case let (l?, nil): found = l
            case let (nil, a?): found = a
            default: found = nil
            }
            guard let f = found else { return nil }
            let next = f.range.upperBound
            if next < body.count, Rules.nounAfterVerb.contains(body[next]) {
                upper = f.range.lowerBound
                continue
            }
            return f
        }
        return nil
    }

    /// The object named after candidate `k`'s number, up to the phrase end or the next number;
    /// after an adjacent number (`**支**人卫生应急救援队伍`) it is the one after that number.
    private func postRange(_ k: Int) -> Range<Int> {
        let q = candidates[k].quantity
        var start = q.end
        var next = k + 1
        var limit = min(index.phraseEnd(start), start + Rules.reach, next < candidates.count ? candidates[next].quantity.start : Int.max)
        if limit <= start, next < candidates.count, candidates[next].quantity.start == start {
            start = candidates[next].quantity.end
            next += 1
            limit = min(index.phraseEnd(start), start + Rules.reach, next < candidates.count ? candidates[next].quantity.start : Int.max)
        }
        guard limit > start else { return start..<start }
        return IndicatorPhrase.after(body, from: start, limit: limit)
    }

    // MARK: 分别: several numbers, several rows

    private mutating func distribute(_ list: RespectivelyList) -> [Target] {
        let members = RespectivelyList.shared(Array(candidates[list.members]))
        guard let first = members.first, let lastMember = members.last else { return [] }
        let phraseStart = skipMarker(max(index.phraseStart(list.markerStart), list.markerStart - Rules.reach), before: list.markerStart)
        let regionStart = min(max(phraseStart, min(consumedEnd, list.markerStart)), list.markerStart)
        let region = IndicatorPhrase.trim(body, regionStart..<list.markerStart)
        let items = IndicatorPhrase.items(body, region)
        let names = items.count == members.count ? IndicatorPhrase.completedNames(body, items) : nil
        let sentence = max(index.sentenceStart(list.markerStart), list.markerStart - 2 * Rules.reach)
        var whole = IndicatorPhrase.text(body, region)
        if whole.isEmpty, let last = lastIndicator, last.sentence == sentence { whole = last.text }
        let deadlines = deadline(sentence: min(sentence, list.markerStart)..<list.markerStart, at: list.markerStart,
                                 clauseAt: region.isEmpty ? list.markerStart : region.lowerBound)
        let perRow = names == nil && deadlines.count == members.count

        var rows: [Target] = []
        for (i, m) in members.enumerated() {
            let start = names != nil ? items[i].lowerBound : (region.isEmpty ? list.markerStart : region.lowerBound)
            let baseline = TargetKindClassifier.isBaseline(body, before: m.quantity.start, lowerBound: phraseStart)
            let kind = baseline ? .baseline : kindOf(phrase: phraseStart..<first.quantity.start, at: start)
            let comparator = ComparatorMatcher.comparator(for: m.quantity, governor: m.governor, phraseVerb: first.governor.verb)
            rows.append(row(m.quantity, indicator: names?[i] ?? whole, comparator: comparator,
                            deadline: perRow ? deadlines[i] : (deadlines.last ?? ""), kind: kind,
                            raw: start..<m.quantity.end))
        }
        consumedEnd = lastMember.quantity.end
        if let last = rows.last, !last.indicator.isEmpty { lastIndicator = (last.indicator, sentence) }
        return rows
    }

    // MARK: Shared rules

    /// `start` moved past a clause marker (`8. 全县…`), not beyond `limit`.
    private func skipMarker(_ start: Int, before limit: Int) -> Int {
        var p = start
        while p < limit, p < markerMask.count, markerMask[p] || (p > start && UnitTable.isSpace(body[p]) && markerMask[p - 1]) { p += 1 }
        return p
    }

    /// The deadlines (one, or several coordinated ones) governing a number: the nearest in its
    /// sentence, else the lead of its paragraph, else the lead of a heading above it.
    private mutating func deadline(sentence: Range<Int>, at position: Int, clauseAt rawStart: Int) -> [String] {
        let inSentence = DeadlineFinder.nearest(in: body, within: sentence.lowerBound..<max(sentence.lowerBound, sentence.upperBound))
        if !inSentence.isEmpty { return inSentence.map(\.text) }
        let line = index.lineStart(position)
        if let lead = DeadlineFinder.lead(in: body, within: line..<max(line, sentence.upperBound)) { return [lead.text] }
        if let lead = headingLead(at: rawStart) { return [lead] }
        return []
    }

    /// The lead deadline of the first heading (of the clause at `position`, then of its
    /// ancestors) that has one.
    private mutating func headingLead(at position: Int) -> String? {
        guard let k = clauseIndex(at: position) else { return nil }
        if let cached = headingLeads[k] { return cached }
        var found: String?
        var i = k
        for _ in 0..<Rules.chainLimit {
            if ownHeadingLeads[i] == nil {
                // `lead` reads at most its window and the one scalar after a match, and compares
                // match ends (at most the window) with the range's end, so a heading cut to one
                // scalar past the window gives the same answer without copying all of it.
                headingPrefix.removeAll(keepingCapacity: true)
                for c in clauses[i].heading.unicodeScalars {
                    guard headingPrefix.count < ExtractRules.Deadline.leadWindow + 1 else { break }
                    headingPrefix.append(c)
                }
                ownHeadingLeads[i] = .some(DeadlineFinder.lead(in: headingPrefix, within: 0..<headingPrefix.count)?.text)
            }
            if let lead = ownHeadingLeads[i]! { found = lead; break }
            // A top-level clause has no parent to look up (the IDs are indexed only when one is needed).
            guard clauses[i].parentID != nil else { break }
            i = parentIndicesBuilt()[i]
            if i < 0 { break }
        }
        headingLeads[k] = .some(found)
        return found
    }

    private mutating func kindOf(phrase: Range<Int>, at rawStart: Int) -> Target.Kind {
        switch documentKind {
        case .report:
            guard let k = clauseIndex(at: rawStart) else { return TargetKindClassifier.looksAhead([]) ? .target : .achievement }
            if headingsLookAhead[k] == nil {
                var ahead = false
                let parents = parentIndicesBuilt()
                var i = k
                for _ in 0..<Rules.chainLimit {
                    if ownHeadingLooksAhead[i] == nil {
                        ownHeadingLooksAhead[i] = TargetKindClassifier.looksAhead([Array(clauses[i].heading.unicodeScalars)])
                    }
                    if ownHeadingLooksAhead[i]! { ahead = true; break }
                    i = parents[i]
                    if i < 0 { break }
                }
                headingsLookAhead[k] = ahead
            }
            return headingsLookAhead[k]! ? .target : .achievement
        case .plan: return TargetKindClassifier.isPast(body, phrase) ? .achievement : .target
        }
    }

    /// The ID of the clause whose own segment contains `position` (read in place, not copying the clause).
    private func clauseID(at position: Int) -> String? {
        clauseIndex(at: position).map { clauses[$0].id }
    }

    /// Index in `clauses` of the clause whose own segment contains `position`.
    private func clauseIndex(at position: Int) -> Int? {
        var lo = 0, hi = clauses.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if clauses[mid].start <= position { lo = mid + 1 } else { hi = mid }
        }
        // Own segments do not overlap; look at the few clauses starting last before `position`.
        for k in stride(from: lo - 1, through: max(0, lo - 4), by: -1) where clauses[k].start <= position && position < clauses[k].end {
            return k
        }
        return nil
    }

    /// `parentIndices`, built on first use from the clauses' IDs.
    private mutating func parentIndicesBuilt() -> [Int] {
        if let built = parentIndices { return built }
        // Indices, not `for c in clauses`: each clause is read in place instead of copied.
        let byID = ClauseIDIndex(clauses)
        let built = clauses.indices.map { i in clauses[i].parentID.flatMap { byID.index(of: $0) } ?? -1 }
        parentIndices = built
        return built
    }

    private func row(_ q: Quantity, indicator: String, comparator: Target.Comparator, deadline: String,
                     kind: Target.Kind, raw: Range<Int>) -> Target {
        Target(clauseID: clauseID(at: raw.lowerBound), indicator: indicator, comparator: comparator,
               value: q.value, valueMax: q.isRange ? q.valueMax : nil, unit: q.unit, deadline: deadline, kind: kind,
               redacted: q.redacted, raw: IndicatorPhrase.text(body, raw), start: raw.lowerBound, end: raw.upperBound)
    }
}
