import YaodianModel
import YaodianSegment

/// Turns the tags that close clauses into `Responsibility` rows, one per party, in body order.
public struct ResponsibilityExtractor: Sendable {
    public init() {}

    public func extract(_ segmented: SegmentedDocument, tags: ClauseTags, body: [Unicode.Scalar]) -> [Responsibility] {
        var rows: [Responsibility] = []
        guard !tags.byClause.isEmpty else { return rows }
        // The clause tree in pre-order (as `flattened`), walked in place rather than copied.
        var stack: [(siblings: [Clause], next: Int)] = [(segmented.clauses, 0)]
        while let top = stack.last {
            guard top.next < top.siblings.count else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            let clause = top.siblings[top.next]
            if !clause.children.isEmpty { stack.append((clause.children, 0)) }
            guard let tag = tags.byClause[clause.id] else { continue }
            let raw = String(scalars: body[tag.start..<min(tag.end, body.count)])
            for party in tag.parties {
                // Names are sliced from the body itself, so a tag matched on a Simplified twin keeps its source characters.
                let name = party.start < party.end && party.end <= body.count
                    ? String(scalars: body[party.start..<party.end]) : party.name
                rows.append(Responsibility(clauseID: clause.id, partyKind: party.kind, role: party.role, name: name,
                                           label: party.label, raw: raw, start: tag.start, end: tag.end))
            }
        }
        return rows
    }
}
