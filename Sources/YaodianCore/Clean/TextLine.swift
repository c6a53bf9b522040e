/// One line of a page's text while it is being cleaned.
///
/// The line keeps its scalars and whether it is `PlainText` beside its text, computed once when
/// the text is set: every line rule reads them, and decoding the text again per rule was a third
/// of the Clean stage's time.
struct TextLine: Sendable {
    var text: String {
        didSet {
            scalars = Array(text.unicodeScalars)
            plain = PlainText.isPlain(scalars)
        }
    }
    /// The scalars of `text`.
    private(set) var scalars: [Unicode.Scalar]
    /// `PlainText.isPlain(scalars)`: scalar rules give the same answers as `String` rules.
    private(set) var plain: Bool
    /// A blank line or a block boundary came before it: never joined to the previous line.
    var hardBreakBefore: Bool
    /// A banner cut text out right after this line (detail for the `truncated` flag).
    var cutAfter: String?
    var dropped = false

    init(text: String, hardBreakBefore: Bool, cutAfter: String? = nil) {
        self.init(text: text, scalars: Array(text.unicodeScalars), hardBreakBefore: hardBreakBefore, cutAfter: cutAfter)
    }

    /// A line whose scalars are already known (`scalars` must be those of `text`).
    init(text: String, scalars: [Unicode.Scalar], hardBreakBefore: Bool, cutAfter: String? = nil) {
        self.text = text
        self.scalars = scalars
        self.plain = PlainText.isPlain(scalars)
        self.hardBreakBefore = hardBreakBefore
        self.cutAfter = cutAfter
    }

    /// The length in Characters (scalars on a plain line, where they are the same).
    var characterCount: Int { plain ? scalars.count : text.count }
}
