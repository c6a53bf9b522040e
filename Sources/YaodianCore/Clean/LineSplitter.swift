/// Splits raw text into trimmed lines; blank lines become hard breaks on the next line.
/// `\r\n` and `\r` are line ends; non-breaking and zero-width spaces are normalised.
enum LineSplitter {
    static func split(_ raw: String) -> [TextLine] {
        var lines: [TextLine] = []
        var pendingHard = true
        var current: [Unicode.Scalar] = []
        var utf8: [UInt8] = []
        var trimmed: [Unicode.Scalar] = []
        func flush() {
            let text = trim(current[...], buffer: &utf8, scalars: &trimmed)
            if text.isEmpty {
                pendingHard = true
            } else {
                lines.append(TextLine(text: text, scalars: trimmed, hardBreakBefore: pendingHard))
                pendingHard = false
            }
            current.removeAll(keepingCapacity: true)
        }
        var previousCR = false
        for s in raw.unicodeScalars {
            // Ideographs and CJK punctuation (most of a page) need no case below.
            if s.value > 0x3000, s.value != 0xFEFF {
                current.append(s)
                previousCR = false
                continue
            }
            switch s {
            case "\r":
                flush()
                previousCR = true
                continue
            case "\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}":
                if !(previousCR && s == "\n") { flush() }
            case "\u{A0}", "\u{2002}", "\u{2003}", "\u{2009}":
                current.append(" ")
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}":
                break
            case "\t":
                current.append(" ")
            default:
                current.append(s)
            }
            previousCR = false
        }
        flush()
        return lines
    }

    /// Trims spaces of every width, and collapses runs of ASCII spaces inside the line.
    static func trim(_ text: String) -> String {
        var buffer: [UInt8] = []
        var scalars: [Unicode.Scalar] = []
        return trim(Array(text.unicodeScalars)[...], buffer: &buffer, scalars: &scalars)
    }

    /// `trim` of scalars, encoding into `buffer` (reused between lines); `kept` receives the
    /// scalars of the result.
    static func trim(_ scalars: ArraySlice<Unicode.Scalar>, buffer: inout [UInt8], scalars kept: inout [Unicode.Scalar]) -> String {
        kept = []
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmable(scalars[start]) { start += 1 }
        while end > start, isTrimmable(scalars[end - 1]) { end -= 1 }
        guard start < end else { return "" }
        buffer.removeAll(keepingCapacity: true)
        kept.reserveCapacity(end - start)
        var lastSpace = false
        for s in scalars[start..<end] {
            if s == " " {
                if lastSpace { continue }
                lastSpace = true
            } else {
                lastSpace = false
            }
            kept.append(s)
            UTF8.encode(s) { buffer.append($0) }
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    static func isTrimmable(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\t" || s == "\u{A0}" || s.properties.isWhitespace
    }
}
