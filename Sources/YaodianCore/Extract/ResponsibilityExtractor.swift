/// Turns the tags that close clauses into `Responsibility` rows, one per party, in body order.
public struct ResponsibilityExtractor: Sendable {
    public init() {}

    public func extract(_ segmented: SegmentedDocument, body: [Unicode.Scalar]) -> [Responsibility] {
        var rows: [Responsibility] = []
        for clause in segmented.clauses.flattened {
            guard let tag = segmented.tags[clause.id] else { continue }
            let raw = String(String.UnicodeScalarView(body[tag.start..<min(tag.end, body.count)]))
            for party in tag.parties {
                rows.append(Responsibility(clauseID: clause.id, partyKind: party.kind, role: party.role, name: party.name,
                                           label: party.label, raw: raw, start: tag.start, end: tag.end))
            }
        }
        return rows
    }
}
