/// A document whose bytes have been decoded to text, with how that was done.
public struct DecodedDocument: Sendable {
    /// Whether the input is a web page (parsed by libxml2) or text copied out of one.
    public enum Format: String, Sendable, Codable, Hashable {
        case html
        case text
    }

    public var source: DocumentSource
    public var text: String
    /// The decoder that produced `text`: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, `euc-tw`.
    public var encoding: String
    /// The charset the page declared (`<meta charset>`, an HTTP-style header line), if any.
    public var declaredEncoding: String?
    /// True when invalid byte sequences were replaced by U+FFFD to read the file at all.
    public var lossy: Bool
    public var format: Format
    /// Set when the input was over the size cap and only its start was decoded.
    public var cut: Cut?

    /// An input read only up to the size cap (`TextDecoder.maxBytes`, `--max-input-mib`).
    public struct Cut: Sendable, Hashable {
        /// Bytes decoded (the cap, less a character cut in half at the end).
        public var keptBytes: Int
        /// Size of the whole input.
        public var totalBytes: Int

        public init(keptBytes: Int, totalBytes: Int) {
            self.keptBytes = keptBytes
            self.totalBytes = totalBytes
        }
    }

    public init(source: DocumentSource, text: String, encoding: String, declaredEncoding: String?,
                lossy: Bool, format: Format, cut: Cut? = nil) {
        self.source = source
        self.text = text
        self.encoding = encoding
        self.declaredEncoding = declaredEncoding
        self.lossy = lossy
        self.format = format
        self.cut = cut
    }
}
