/// Splits raw text into trimmed lines; blank lines become hard breaks on the next line.
/// `\r\n` and `\r` are line ends; non-breaking and zero-width spaces are normalised.
///
/// Line ends: LF, CR, CR LF, VT, FF, NEL (U+0085), U+2028, U+2029. Tabs, no-break, en, em and
/// thin spaces become a space; zero-width spaces and joiners, the BOM and soft hyphens are
/// removed. Then each line is trimmed of white space of every width and its runs of ASCII
/// spaces are collapsed to one. The split reads UTF-8 bytes: every scalar it acts on has a
/// fixed byte sequence, and every other sequence is copied as it is.
enum LineSplitter {
    static func split(_ raw: String) -> [TextLine] {
        var raw = raw
        return raw.withUTF8 { split(bytes: $0) }
    }

    static func split(bytes b: UnsafeBufferPointer<UInt8>) -> [TextLine] {
        var lines: [TextLine] = []
        var pendingHard = true
        // The line so far, as UTF-8 bytes and as scalars.
        var current: [UInt8] = []
        var currentScalars: [Unicode.Scalar] = []
        current.reserveCapacity(256)
        currentScalars.reserveCapacity(128)
        // Runs of ASCII spaces are collapsed as they come: collapsing before trimming gives what
        // trimming and then collapsing gives, as the trimmed ends are white space either way.
        func appendSpace() {
            guard currentScalars.last != " " else { return }
            currentScalars.append(" ")
            current.append(0x20)
        }
        func flush() {
            defer {
                current.removeAll(keepingCapacity: true)
                currentScalars.removeAll(keepingCapacity: true)
            }
            var start = 0, end = currentScalars.count
            var byteStart = 0, byteEnd = current.count
            while start < end, isTrimmable(currentScalars[start]) {
                byteStart += UTF8.width(currentScalars[start])
                start += 1
            }
            while end > start, isTrimmable(currentScalars[end - 1]) {
                byteEnd -= UTF8.width(currentScalars[end - 1])
                end -= 1
            }
            guard start < end else {
                pendingHard = true
                return
            }
            let text = String(decoding: current[byteStart..<byteEnd], as: UTF8.self)
            lines.append(TextLine(text: text, scalars: Array(currentScalars[start..<end]), hardBreakBefore: pendingHard))
            pendingHard = false
        }
        var previousCR = false
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c >= 0x20, c < 0x7F {
                if c == 0x20 {
                    appendSpace()
                    previousCR = false
                    i += 1
                    continue
                }
                current.append(c)
                currentScalars.append(Unicode.Scalar(c))
                previousCR = false
                i += 1
                continue
            }
            switch c {
            case 0x0D:
                flush()
                previousCR = true
                i += 1
                continue
            case 0x0A:
                if !previousCR { flush() }
                i += 1
            case 0x0B, 0x0C:
                flush()
                i += 1
            case 0x09:
                appendSpace()
                i += 1
            case 0xC2 where i + 1 < n && (b[i + 1] == 0x85 || b[i + 1] == 0xA0 || b[i + 1] == 0xAD):
                switch b[i + 1] {
                case 0x85: flush()       // NEL
                case 0xA0: appendSpace()   // no-break space
                default: break           // soft hyphen
                }
                i += 2
            case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && isActedOn(b[i + 2]):
                switch b[i + 2] {
                case 0xA8, 0xA9: flush()                // line and paragraph separators
                case 0x82, 0x83, 0x89: appendSpace()     // en, em, thin space
                default: break                          // zero-width space, non-joiner, joiner
                }
                i += 3
            case 0xEF where i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF:
                i += 3                                  // byte order mark
            default:
                // Any other scalar, copied whole (a lead byte and its continuation bytes).
                var value = UInt32(c)
                var width = 1
                if c >= 0xC0 {
                    if c >= 0xF0 { value &= 0x07; width = 4 } else if c >= 0xE0 { value &= 0x0F; width = 3 } else { value &= 0x1F; width = 2 }
                    width = min(width, n - i)
                }
                current.append(c)
                for k in 1..<max(1, width) {
                    let next = b[i + k]
                    current.append(next)
                    value = value << 6 | UInt32(next & 0x3F)
                }
                currentScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += width
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

    /// Third bytes of the U+20xx scalars (E2 80 xx) that end a line, become a space or are removed.
    @inline(__always)
    private static func isActedOn(_ third: UInt8) -> Bool {
        switch third {
        case 0xA8, 0xA9, 0x82, 0x83, 0x89, 0x8B, 0x8C, 0x8D: return true
        default: return false
        }
    }

    static func isTrimmable(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\t" || s == "\u{A0}" || s.properties.isWhitespace
    }
}
