/// What libxml2 gave us from a web page: its visible text as lines, and the page's own
/// `<title>` and `<meta>` values (TRS-style `ArticleTitle`, `PubDate`, `ContentSource`).
///
/// `text` uses `\n` for a line break inside a text node and `\n\n` for a block boundary, so
/// the line cleaner can tell a hard paragraph break from a soft one.
public struct HTMLText: Sendable {
    /// `text` as UTF-8 bytes, as libxml2's text nodes gave them: the line splitter reads these,
    /// so no `String` of the whole page is made and validated on the way.
    public var bytes: [UInt8]
    public var title: String?
    public var meta: [String: String]
    /// True when the tree was deeper than `HTMLDocument.maxDepth` and the rest was cut.
    public var depthLimited: Bool

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public init(bytes: [UInt8], title: String?, meta: [String: String], depthLimited: Bool) {
        self.bytes = bytes
        self.title = title
        self.meta = meta
        self.depthLimited = depthLimited
    }

    public init(text: String, title: String?, meta: [String: String], depthLimited: Bool) {
        self.init(bytes: Array(text.utf8), title: title, meta: meta, depthLimited: depthLimited)
    }
}
