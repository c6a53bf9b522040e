/// Tells Segment where a responsibility tag closes a line or a clause, without Segment knowing
/// the tag grammar: a tag ends a clause's text and can make an unnumbered paragraph a clause of
/// its own (extraction guide, sections 2 and 4), but reading its parties is Extract's job.
/// The pipeline passes Extract's finder in.
public protocol TrailingTagFinder: Sendable {
    /// The tag at the end of `s[range]` (trailing spaces and a final `。` allowed), or nil when
    /// the range does not end in a tag.
    func trailingTag(in s: [Unicode.Scalar], range: Range<Int>) -> TagMark?
}

/// Where a tag sits, and the finder's own reading of it: opaque to Segment, kept with the clause
/// so that the stage that understands it does not parse the tag again.
public struct TagMark: Sendable {
    /// The tag's offsets, parentheses included.
    public var range: Range<Int>
    public var reading: (any Sendable)?

    public init(range: Range<Int>, reading: (any Sendable)? = nil) {
        self.range = range
        self.reading = reading
    }
}
