import YaodianText

/// One line of a page's text while it is being cleaned.
///
/// The line keeps its scalars and whether it is `PlainText` beside its text, computed once when
/// the text is set: every line rule reads them, and decoding the text again per rule was a third
/// of the Clean stage's time.
package struct TextLine: Sendable {
    package var text: String {
        get { storedText }
        set {
            storedText = newValue
            scalars = Array(newValue.unicodeScalars)
            plain = PlainText.isPlain(scalars)
        }
    }
    private var storedText: String
    /// The scalars of `text`.
    package private(set) var scalars: [Unicode.Scalar]
    /// `PlainText.isPlain(scalars)`: scalar rules give the same answers as `String` rules.
    package private(set) var plain: Bool
    /// A blank line or a block boundary came before it: never joined to the previous line.
    package var hardBreakBefore: Bool
    /// A banner cut text out right after this line (detail for the `truncated` flag).
    package var cutAfter: String?
    package var dropped = false

    package init(text: String, hardBreakBefore: Bool, cutAfter: String? = nil) {
        self.init(text: text, scalars: Array(text.unicodeScalars), hardBreakBefore: hardBreakBefore, cutAfter: cutAfter)
    }

    /// A line whose scalars are already known (`scalars` must be those of `text`).
    package init(text: String, scalars: [Unicode.Scalar], hardBreakBefore: Bool, cutAfter: String? = nil) {
        self.init(text: text, scalars: scalars, plain: PlainText.isPlain(scalars), hardBreakBefore: hardBreakBefore, cutAfter: cutAfter)
    }

    /// A line whose scalars and plainness are already known (`plain` must be `PlainText.isPlain(scalars)`).
    package init(text: String, scalars: [Unicode.Scalar], plain: Bool, hardBreakBefore: Bool, cutAfter: String? = nil) {
        self.storedText = text
        self.scalars = scalars
        self.plain = plain
        self.hardBreakBefore = hardBreakBefore
        self.cutAfter = cutAfter
    }

    /// Appends `other` (and a space before it when `space`): its text and scalars are added to
    /// this line's, not recomputed from the joined text (joining a scraper-broken paragraph line by
    /// line would otherwise decode it again after every line).
    /// Both are appended in place (no copy of the line so far, which would make joining a long
    /// paragraph quadratic again).
    package mutating func append(_ other: TextLine, space: Bool) {
        if space {
            storedText += " "
            scalars.append(" ")
        }
        storedText += other.text
        scalars.append(contentsOf: other.scalars)
        plain = plain && other.plain
    }

    /// The length in Characters (scalars on a plain line, where they are the same).
    package var characterCount: Int { plain ? scalars.count : text.count }
}
