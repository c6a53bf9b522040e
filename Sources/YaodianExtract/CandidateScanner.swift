import YaodianText
import YaodianModel

/// A number of a body that may be a target, with what governs it.
package struct QuantityCandidate: Sendable, Hashable {
    package var quantity: Quantity
    package var governor: ComparatorMatcher.Governor
    /// Continues a list begun by the previous candidate (`3.09、3.40`, `99%和98%以上`).
    package var linked: Bool
}

/// Walks a body once, left to right, and keeps the numbers that may be targets (see
/// `NonTargetFilter`); it visits only the positions where `BodyIndex` saw a scalar a number may
/// start with.
///
/// Example: in `完成500名儿童1000颗牙窝沟封闭项目任务` it keeps `500名` and `1000颗`; in
/// `推进3岁以下婴幼儿照护服务健康规范发展` it keeps nothing (a population qualifier).
package struct CandidateScanner: Sendable {
    /// Whether a scalar is a digit, a mask or a Chinese numeral (what a number token starts with).
    @inline(__always)
    package static func isNumberScalar(_ c: Unicode.Scalar) -> Bool {
        QuantityParser.isDigit(c) || QuantityParser.isMask(c) || QuantityParser.isChineseNumeral(c)
    }

    package let body: [Unicode.Scalar]
    package let index: BodyIndex
    /// Whether each body scalar lies inside a clause marker (`1.`, `（二）`).
    package let markerMask: [Bool]

    package init(body: [Unicode.Scalar], index: BodyIndex, clauses: [Clause]) {
        self.body = body
        self.index = index
        var mask = [Bool](repeating: false, count: body.count)
        // Indices, not `for clause in clauses`: each clause is read in place instead of copied.
        for c in clauses.indices where !clauses[c].marker.isEmpty {
            let marker = clauses[c].marker.unicodeScalars
            let length = marker.count
            let from = max(0, clauses[c].start)
            let to = min(body.count - length, from + ExtractRules.Rows.markerSearchReach)
            guard from <= to else { continue }
            for p in from...to where body[p..<(p + length)].elementsEqual(marker) {
                for k in p..<(p + length) { mask[k] = true }
                break
            }
        }
        markerMask = mask
    }

    package func scan() -> [QuantityCandidate] {
        scanWithAudit().candidates
    }

    /// The candidates, and the numbers of the body that no rule explained (see `NonTargetFilter.Verdict`).
    package func scanWithAudit() -> (candidates: [QuantityCandidate], numbers: Int, unexplained: [Range<Int>]) {
        var out: [QuantityCandidate] = []
        var numbers = 0
        var unexplained: [Range<Int>] = []
        var sweep = BodyIndex.Sweep(index)
        let mask = markerMask
        let prefixBounds = ExtractRules.Comparator.prefixBounds
        // The next position a number may start at; the scalars no number starts with were left
        // out by the index's pass over the body.
        var next = 0
        for i in index.numberScalars where i >= next {
            guard QuantityParser.startsToken(body, at: i), let token = QuantityParser.token(in: body, at: i) else {
                next = i + 1
                continue
            }
            numbers += 1
            // The rules of `NonTargetFilter.verdict` in an order that reads less for the numbers
            // they reject (the verdict does not depend on the order): first those that need only
            // the token, then those that need the unit, then what governs the number.
            guard NonTargetFilter.passesTokenRules(start: i, numberEnd: token.end, in: body,
                                                  inMarker: { $0 >= 0 && $0 < mask.count && mask[$0] }) else {
                next = max(token.end, i + 1)
                continue
            }
            let q = QuantityParser.quantity(in: body, from: token)
            let lineStart = sweep.lineStart(i)
            guard NonTargetFilter.passesQuantityRules(q, in: body, lineStart: lineStart, quoteOpening: sweep.lastQuoteOpening(before: i)) else {
                next = max(q.numberEnd, i + 1)
                continue
            }
            let phraseStart = sweep.phraseStart(i)
            var g = ComparatorMatcher.governor(in: body, before: i, lowerBound: phraseStart)
            if g.bound == nil, let v = g.verbRange {
                // A bound word before the verb: `至少新增1家`.
                var p = v.lowerBound
                while p > 0, UnitTable.isSpace(body[p - 1]) { p -= 1 }
                if let b = prefixBounds.match(in: body, endingAt: p, lowerBound: phraseStart) {
                    g.bound = b.value
                    g.boundRange = (p - b.length)..<p
                }
            }
            // By index: `out.last` would copy the whole candidate.
            let linked = out.isEmpty ? false : isLinked(from: out[out.count - 1].quantity.end, to: i)
            switch NonTargetFilter.governedVerdict(q, in: body, governor: g, linked: linked) {
            case .target:
                out.append(QuantityCandidate(quantity: q, governor: g, linked: linked))
                next = max(q.end, i + 1)
            case .unexplained:
                unexplained.append(q.start..<q.end)
                next = max(q.numberEnd, i + 1)
            case .knownNonTarget:
                next = max(q.numberEnd, i + 1)
            }
        }
        return (out, numbers, unexplained)
    }

    /// Whether only a list separator stands between `end` and `start`.
    package func isLinked(from end: Int, to start: Int) -> Bool {
        var p = end
        while p < start, UnitTable.isSpace(body[p]) { p += 1 }
        guard let sep = ExtractRules.listJoints.match(in: body, at: p, limit: start) else { return false }
        p += sep.length
        while p < start, UnitTable.isSpace(body[p]) { p += 1 }
        return p == start
    }
}
