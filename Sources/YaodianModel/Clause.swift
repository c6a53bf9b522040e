import YaodianText

/// One numbered (or unnumbered work-item) unit of a plan's structure.
///
/// `start`/`end` are offsets into the document body in Unicode scalars and cover the clause's
/// own segment: its marker, its text and its responsibility tag, but not its children
/// (those follow it and have their own spans). `text` is that segment without the marker and
/// without the tag; `heading` is `text` up to its first `。` or line end.
public struct Clause: Sendable, Codable, Hashable {
    /// Path of 1-based sibling positions, e.g. `"2.1.3"`: stable within a document.
    public var id: String
    public var parentID: String?
    /// 1 for a top-level clause.
    public var depth: Int
    public var markerStyle: MarkerStyle
    /// The marker's number (二十三 → 23); nil for `paragraph` clauses.
    public var ordinal: Int?
    /// The marker as written, e.g. `（二十）`, `16.`, `一是`; empty for `paragraph` clauses.
    public var marker: String
    public var heading: String
    public var text: String
    public var start: Int
    public var end: Int
    public var children: [Clause]

    public init(id: String, parentID: String?, depth: Int, markerStyle: MarkerStyle, ordinal: Int?,
                marker: String, heading: String, text: String, start: Int, end: Int, children: [Clause] = []) {
        self.id = id
        self.parentID = parentID
        self.depth = depth
        self.markerStyle = markerStyle
        self.ordinal = ordinal
        self.marker = marker
        self.heading = heading
        self.text = text
        self.start = start
        self.end = end
        self.children = children
    }

    package enum CodingKeys: String, CodingKey {
        case id = "clause_id"
        case parentID = "parent_id"
        case depth
        case markerStyle = "marker_style"
        case ordinal, marker, heading, text, start, end, children
    }

    /// Encodes every key, with `null` for a missing parent or ordinal, so that every JSON line
    /// has the same shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(parentID, forKey: .parentID)
        try c.encode(depth, forKey: .depth)
        try c.encode(markerStyle, forKey: .markerStyle)
        try c.encode(ordinal, forKey: .ordinal)
        try c.encode(marker, forKey: .marker)
        try c.encode(heading, forKey: .heading)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(children, forKey: .children)
    }

    /// This clause and all its descendants in document order (pre-order).
    public var flattened: [Clause] {
        var out: [Clause] = []
        var stack: [Clause] = [self]
        while let next = stack.popLast() {
            out.append(next)
            stack.append(contentsOf: next.children.reversed())
        }
        return out
    }
}

extension Array where Element == Clause {
    /// Every clause of a forest in document order.
    public var flattened: [Clause] { flatMap { $0.flattened } }

    /// Calls `body` on every clause of a forest in document order (the order of `flattened`),
    /// without copying the clauses into an array first (a copy retains all their strings).
    public func forEachInOrder(_ body: (Clause) throws -> Void) rethrows {
        for clause in self {
            try body(clause)
            try clause.children.forEachInOrder(body)
        }
    }
}
