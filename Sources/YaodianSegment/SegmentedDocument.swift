import YaodianModel

/// The Segment stage's result: the clause tree, where each clause's trailing responsibility tag
/// sits, and the attachment list found in the body.
public struct SegmentedDocument: Sendable {
    public var clauses: [Clause]
    /// The tag that closes a clause, by clause id (offsets in body scalars, parentheses
    /// included); Extract reads its parties.
    public var tags: [String: TagMark]
    public var attachments: [String]

    public init(clauses: [Clause], tags: [String: TagMark], attachments: [String]) {
        self.clauses = clauses
        self.tags = tags
        self.attachments = attachments
    }
}
