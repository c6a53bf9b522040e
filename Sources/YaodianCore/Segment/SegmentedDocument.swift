/// The Segment stage's result: the clause tree, each clause's trailing responsibility tag, and
/// the attachment list found in the body.
public struct SegmentedDocument: Sendable {
    public var clauses: [Clause]
    /// The tag that closes a clause, by clause id (offsets in body scalars).
    public var tags: [String: ResponsibilityTag]
    public var attachments: [String]

    public init(clauses: [Clause], tags: [String: ResponsibilityTag], attachments: [String]) {
        self.clauses = clauses
        self.tags = tags
        self.attachments = attachments
    }
}
