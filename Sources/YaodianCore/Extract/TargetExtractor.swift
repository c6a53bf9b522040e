/// Finds quantitative targets in a body (extraction guide, section 3): a number with its unit
/// about an indicator, in a sentence that sets a goal or reports a result.
///
/// It composes small matchers, each with its own file and tests: `QuantityParser` reads numbers
/// (`3.09`, `2.8万人`, `两家`, `***万元`), `UnitTable` their units, `NonTargetRules` drops years,
/// names and population qualifiers, `ComparatorRules` picks the comparator, `IndicatorPhrase` cuts
/// the indicator, `DeadlineFinder` the deadline, `TargetKindRules` the kind and `RespectivelyList`
/// distributes `分别` statements. Example (seed 004):
///
/// ```swift
/// let body = "实施居民健康素养促进行动项目，居民健康素养水平提高到30%以上。"
/// let rows = TargetExtractor().extract(body: Array(body.unicodeScalars), clauses: [], documentKind: .plan)
/// // rows[0]: indicator 居民健康素养水平, comparator ge, value 30, unit %, raw 居民健康素养水平提高到30%以上
/// ```
public struct TargetExtractor: Sendable {
    /// Whether the document sets goals (a plan) or reports results (a summary or report).
    public enum DocumentKind: String, Sendable {
        case plan, report
    }

    public init() {}

    /// Targets of the body in body order, each attached to the clause whose own segment contains
    /// its start (`clauseID` nil when none does).
    public func extract(body: [Unicode.Scalar], clauses: [Clause], documentKind: DocumentKind) -> [Target] {
        guard !body.isEmpty else { return [] }
        let index = BodyIndex(body)
        let ordered = clauses.flattened.sorted { $0.start < $1.start }
        let scanner = CandidateScanner(body: body, index: index, clauses: ordered)
        var builder = TargetRowBuilder(body: body, index: index, clauses: ordered, documentKind: documentKind,
                                       candidates: scanner.scan(), markerMask: scanner.markerMask)
        return builder.build()
    }
}
