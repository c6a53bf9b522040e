import YaodianSegment

/// The responsibility tags that close clauses, parsed into their parties, by clause id: read once
/// per document from the ranges Segment marked, for the responsibility rows and for the 完成时限
/// a tag gives the targets of its clause.
public struct ClauseTags: Sendable {
    public let byClause: [String: ResponsibilityTag]

    /// The tags of `segmented`: the finder's readings, or each range parsed in `matching` (the
    /// scalars Segment scanned) when another finder marked it.
    public init(_ segmented: SegmentedDocument, matching: [Unicode.Scalar]) {
        var tags: [String: ResponsibilityTag] = [:]
        for (id, mark) in segmented.tags {
            if let tag = mark.reading as? ResponsibilityTag ?? ResponsibilityTagParser.tag(in: matching, span: mark.range) {
                tags[id] = tag
            }
        }
        byClause = tags
    }

    /// The deadline a clause's tag states (`完成时限：…`), if any.
    public func deadline(ofClause id: String) -> String? {
        guard let due = byClause[id]?.deadline, !due.isEmpty else { return nil }
        return due
    }
}
