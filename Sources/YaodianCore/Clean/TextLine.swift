/// One line of a page's text while it is being cleaned.
struct TextLine: Sendable {
    var text: String
    /// A blank line or a block boundary came before it: never joined to the previous line.
    var hardBreakBefore: Bool
    /// A banner cut text out right after this line (detail for the `truncated` flag).
    var cutAfter: String?
    var dropped = false

    init(text: String, hardBreakBefore: Bool, cutAfter: String? = nil) {
        self.text = text
        self.hardBreakBefore = hardBreakBefore
        self.cutAfter = cutAfter
    }

    var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }
}
