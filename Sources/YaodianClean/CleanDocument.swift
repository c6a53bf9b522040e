/// The body text of a document with the site's chrome removed, and what the chrome told us.
///
/// The body holds one paragraph per line (`\n`-separated, no blank lines), with scraper line
/// breaks joined back. Offsets are in Unicode scalars of `body`.
public struct CleanDocument: Sendable {
    /// A place in the body where something was cut or removed.
    public struct Mark: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var detail: String

        public init(start: Int, end: Int, detail: String) {
            self.start = start
            self.end = end
            self.detail = detail
        }
    }

    public var body: String {
        didSet {
            bodyScalars = Array(body.unicodeScalars)
            bodyLines = body.nonEmptyLines
        }
    }
    /// The scalars of `body` (what every later stage indexes), kept from the line pass.
    public private(set) var bodyScalars: [Unicode.Scalar]
    /// The lines of `body` (`body.nonEmptyLines`), kept from the line pass for the stages that
    /// read first and last lines.
    public private(set) var bodyLines: [String]
    /// Label–value pairs read from chrome lines (索引号, 发布机构, 发布日期 …), in page order.
    public var chromeFields: [ChromeFieldParser.Entry]
    /// Lines removed above the breadcrumb (masthead, site name): used to find the region.
    public var siteHeader: [String]
    /// The page's `<title>` and `<meta>` values, for HTML inputs.
    public var htmlTitle: String?
    public var htmlMeta: [String: String]
    /// Paywall cuts, `未完` banners and text that stops mid-sentence.
    public var truncations: [Mark]
    /// A table of contents removed from the body (zero-width mark where it stood).
    public var tableOfContents: Mark?
    /// True when the HTML tree was deeper than the walk allows and the rest was cut.
    public var depthLimited: Bool

    public init(body: String, chromeFields: [ChromeFieldParser.Entry] = [], siteHeader: [String] = [],
                htmlTitle: String? = nil, htmlMeta: [String: String] = [:], truncations: [Mark] = [],
                tableOfContents: Mark? = nil, depthLimited: Bool = false) {
        self.init(body: body, bodyScalars: Array(body.unicodeScalars), bodyLines: body.nonEmptyLines, chromeFields: chromeFields, siteHeader: siteHeader,
                  htmlTitle: htmlTitle, htmlMeta: htmlMeta, truncations: truncations, tableOfContents: tableOfContents,
                  depthLimited: depthLimited)
    }

    /// A document whose body scalars and lines are known (`bodyScalars` and `bodyLines` must be
    /// those of `body`).
    package init(body: String, bodyScalars: [Unicode.Scalar], bodyLines: [String], chromeFields: [ChromeFieldParser.Entry], siteHeader: [String],
         htmlTitle: String?, htmlMeta: [String: String], truncations: [Mark], tableOfContents: Mark?, depthLimited: Bool) {
        self.body = body
        self.bodyScalars = bodyScalars
        self.bodyLines = bodyLines
        self.chromeFields = chromeFields
        self.siteHeader = siteHeader
        self.htmlTitle = htmlTitle
        self.htmlMeta = htmlMeta
        self.truncations = truncations
        self.tableOfContents = tableOfContents
        self.depthLimited = depthLimited
    }
}
