import YaodianModel
import YaodianMetadata

/// Finds quantitative targets in a body (extraction guide, section 3): a number with its unit
/// about an indicator, in a sentence that sets a goal or reports a result.
///
/// It composes small matchers, each with its own file and tests: `QuantityParser` reads numbers
/// (`3.09`, `2.8万人`, `两家`, `***万元`), `UnitTable` their units, `NonTargetFilter` drops years,
/// names and population qualifiers, `ComparatorMatcher` picks the comparator, `IndicatorPhrase` cuts
/// the indicator, `DeadlineFinder` the deadline, `TargetKindClassifier` the kind and `RespectivelyList`
/// distributes `分别` statements. Example:
///
/// ```swift
/// let body = "实施居民健康素养促进行动项目，居民健康素养水平提高到30%以上。"
/// let rows = TargetExtractor().extract(body: Array(body.unicodeScalars), clauses: [], documentKind: .plan)
/// // rows[0]: indicator 居民健康素养水平, comparator ge, value 30, unit %, raw 居民健康素养水平提高到30%以上
/// ```
public struct TargetExtractor: Sendable {
    /// Whether the document sets goals (a plan) or reports results (a summary or report).
    public typealias DocumentKind = DocumentGenre

    public init() {}

    /// Targets of the body in body order, each attached to the clause whose own segment contains
    /// its start (`clauseID` nil when none does).
    public func extract(body: [Unicode.Scalar], clauses: [Clause], documentKind: DocumentKind) -> [Target] {
        extractWithAudit(body: body, clauses: clauses, documentKind: documentKind).targets
    }

    /// The targets, the count of numbers in the body, and the spans of the numbers that became
    /// neither a target nor a known non-target (a date, a code, a name, a qualifier…).
    public func extractWithAudit(body: [Unicode.Scalar], clauses: [Clause], documentKind: DocumentKind)
        -> (targets: [Target], numbers: Int, unexplained: [Range<Int>]) {
        guard !body.isEmpty else { return ([], 0, []) }
        let index = BodyIndex(body)
        let ordered = Self.inBodyOrder(clauses)
        let scanner = CandidateScanner(body: body, index: index, clauses: ordered)
        let scan = scanner.scanWithAudit()
        var builder = TargetRowBuilder(body: body, index: index, clauses: ordered, documentKind: documentKind,
                                       candidates: scan.candidates, markerMask: scanner.markerMask)
        return (builder.build(), scan.numbers, scan.unexplained)
    }

    /// Every clause of a forest sorted by start: `clauses.flattened.sorted { $0.start < $1.start }`,
    /// with each clause copied once (the tree is walked in place) and the sort, which is stable,
    /// skipped when the pre-order is already in body order (the usual case).
    package static func inBodyOrder(_ clauses: [Clause]) -> [Clause] {
        var out: [Clause] = []
        var stack: [(siblings: [Clause], next: Int)] = [(clauses, 0)]
        while let top = stack.last {
            guard top.next < top.siblings.count else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            out.append(top.siblings[top.next])
            if let last = out.last, !last.children.isEmpty { stack.append((last.children, 0)) }
        }
        var k = 1
        while k < out.count, out[k - 1].start <= out[k].start { k += 1 }
        if k < out.count { out.sort { $0.start < $1.start } }
        return out
    }
}
