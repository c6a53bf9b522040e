/// A clause marker found at a position of a scalar array.
public struct MarkerMatch: Sendable, Hashable {
    public var style: MarkerStyle
    public var ordinal: Int
    /// Index of the marker's first scalar.
    public var start: Int
    /// Index just after the marker (`1.`, `（二）`, `一是`), before any space.
    public var markerEnd: Int
    /// Index of the first scalar of the clause's content (after spaces).
    public var contentStart: Int

    @inlinable
    public init(style: MarkerStyle, ordinal: Int, start: Int, markerEnd: Int, contentStart: Int) {
        self.style = style
        self.ordinal = ordinal
        self.start = start
        self.markerEnd = markerEnd
        self.contentStart = contentStart
    }
}
