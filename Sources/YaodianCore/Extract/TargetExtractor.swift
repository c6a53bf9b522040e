/// Finds quantitative targets in a body (extraction guide, section 3). Being written.
public struct TargetExtractor: Sendable {
    /// Whether the document sets goals (a plan) or reports results (a summary or report).
    public enum DocumentKind: String, Sendable {
        case plan, report
    }

    public init() {}

    /// Targets of the body, each attached to the innermost clause containing it.
    public func extract(body: [Unicode.Scalar], clauses: [Clause], documentKind: DocumentKind) -> [Target] {
        []
    }
}
