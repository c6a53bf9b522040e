import YaodianSegment

/// The tag grammar of `ResponsibilityTagParser` as the finder Segment asks where a tag closes a
/// line or a clause; Extract parses the parties of each tag found (`ClauseTags`).
public struct ResponsibilityTagFinder: TrailingTagFinder {
    public init() {}

    public func trailingTag(in s: [Unicode.Scalar], range: Range<Int>) -> TagMark? {
        ResponsibilityTagParser.trailingTag(in: s, range: range).map { TagMark(range: $0.start..<$0.end, reading: $0) }
    }
}
