/// What libxml2 gave us from a web page: its visible text as lines, and the page's own
/// `<title>` and `<meta>` values (TRS-style `ArticleTitle`, `PubDate`, `ContentSource`).
///
/// `text` uses `\n` for a line break inside a text node and `\n\n` for a block boundary, so
/// the line cleaner can tell a hard paragraph break from a soft one.
public struct HTMLText: Sendable {
    public var text: String
    public var title: String?
    public var meta: [String: String]
    /// True when the tree was deeper than `HTMLDocument.maxDepth` and the rest was cut.
    public var depthLimited: Bool

    public init(text: String, title: String?, meta: [String: String], depthLimited: Bool) {
        self.text = text
        self.title = title
        self.meta = meta
        self.depthLimited = depthLimited
    }
}
