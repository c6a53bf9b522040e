import YaodianText

/// Splits raw text into trimmed lines; blank lines become hard breaks on the next line.
/// `\r\n` and `\r` are line ends; non-breaking and zero-width spaces are normalised.
///
/// Line ends: LF, CR, CR LF, VT, FF, NEL (U+0085), U+2028, U+2029. Tabs, no-break, en, em and
/// thin spaces become a space; zero-width spaces and joiners, the BOM and soft hyphens are
/// removed. Then each line is trimmed of white space of every width and its runs of ASCII
/// spaces are collapsed to one. The split reads UTF-8 bytes: every scalar it acts on has a
/// fixed byte sequence, and every other sequence is copied as it is.
@usableFromInline package enum LineSplitter {
    package static func split(_ raw: String) -> [TextLine] {
        var raw = raw
        return raw.withUTF8 { split(bytes: $0) }
    }

    package static func split(bytes b: UnsafeBufferPointer<UInt8>) -> [TextLine] {
        var lines: [TextLine] = []
        var pendingHard = true
        // The line so far as UTF-8 bytes; its scalars are decoded once, when it ends.
        var current: [UInt8] = []
        current.reserveCapacity(256)
        let actsOn = Self.actsOn
        // Runs of ASCII spaces are collapsed as they come: collapsing before trimming gives what
        // trimming and then collapsing gives, as the trimmed ends are white space either way.
        // (The last scalar is a space exactly when the last byte is 0x20: no other byte of UTF-8 is.)
        func appendSpace() {
            guard current.last != 0x20 else { return }
            current.append(0x20)
        }
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            let (scalars, linePlain) = decode(current)
            var start = 0, end = scalars.count
            var byteStart = 0, byteEnd = current.count
            while start < end, isTrimmable(scalars[start]) {
                byteStart += UTF8.width(scalars[start])
                start += 1
            }
            while end > start, isTrimmable(scalars[end - 1]) {
                byteEnd -= UTF8.width(scalars[end - 1])
                end -= 1
            }
            guard start < end else {
                pendingHard = true
                return
            }
            let whole = start == 0 && end == scalars.count
            guard let text = String(validating: current[byteStart..<byteEnd], as: UTF8.self) else {
                // Bytes that are not UTF-8 (never from a String or from libxml2's text nodes):
                // the line is repaired as `String(decoding:)` does, and read from the repair.
                let text = String(decoding: current[byteStart..<byteEnd], as: UTF8.self)
                let kept = Array(text.unicodeScalars)
                lines.append(TextLine(text: text, scalars: kept, plain: PlainText.isPlain(kept), hardBreakBefore: pendingHard))
                pendingHard = false
                return
            }
            let kept = whole ? scalars : Array(scalars[start..<end])
            // A plain line stays plain trimmed; a line made not plain only by its trimmed ends is retested.
            let plain = linePlain || (!whole && PlainText.isPlain(kept))
            lines.append(TextLine(text: text, scalars: kept, plain: plain, hardBreakBefore: pendingHard))
            pendingHard = false
        }
        var previousCR = false
        var i = 0
        let n = b.count
        while i < n {
            // A run of bytes copied as they are: everything but spaces, line ends and the lead
            // bytes of the few non-ASCII scalars acted on (C2, E2, EF; never a continuation byte).
            var runEnd = i
            while runEnd < n, !actsOn[Int(b[runEnd])] { runEnd += 1 }
            if runEnd > i {
                current.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<runEnd]))
                previousCR = false
                i = runEnd
                continue
            }
            let c = b[i]
            switch c {
            case 0x20, 0x09:
                appendSpace()
                i += 1
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
                // C2, E2 or EF starting another scalar: copied whole with its continuation bytes.
                let width = min(c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1, n - i)
                current.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + width)]))
                i += width
            }
            previousCR = false
        }
        flush()
        return lines
    }

    /// Bytes the split acts on: ASCII spaces, tabs and line ends, and the lead bytes C2, E2, EF.
    private static let actsOn: [Bool] = (0..<256).map { b in
        b == 0x20 || (b >= 0x09 && b <= 0x0D) || b == 0xC2 || b == 0xE2 || b == 0xEF
    }

    /// The scalars of valid UTF-8 `bytes` (a line the split copied from a `String`), and whether
    /// they are all `PlainText` (tested as they are decoded, not in a second pass).
    private static func decode(_ bytes: [UInt8]) -> ([Unicode.Scalar], Bool) {
        var plain = true
        let scalars = bytes.withUnsafeBufferPointer { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                let n = b.count
                var i = 0, k = 0
                while i < n {
                    let c = b[i]
                    if c < 0x80 {
                        if c < 0x20 ? c != 0x09 : c == 0x7F { plain = false }
                        out[k] = Unicode.Scalar(c)
                        k += 1
                        i += 1
                        continue
                    }
                    if c >= 0xE0, c < 0xF0, i + 2 < n {
                        // Three bytes: every Chinese character, so the common case is unrolled.
                        let value = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                        if plain, value < 0x4E00 || value > 0x9FFF, !PlainText.isPlain(scalar) { plain = false }
                        out[k] = scalar
                        k += 1
                        i += 3
                        continue
                    }
                    var value: UInt32
                    var width: Int
                    if c >= 0xF0 { value = UInt32(c & 0x07); width = 4 } else if c >= 0xE0 { value = UInt32(c & 0x0F); width = 3 }
                    else { value = UInt32(c & 0x1F); width = 2 }
                    width = min(width, n - i)
                    for j in 1..<max(1, width) { value = value << 6 | UInt32(b[i + j] & 0x3F) }
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    if plain, !PlainText.isPlain(scalar) { plain = false }
                    out[k] = scalar
                    k += 1
                    i += max(1, width)
                }
                count = k
            }
        }
        return (scalars, plain)
    }

    /// Trims spaces of every width, and collapses runs of ASCII spaces inside the line.
    package static func trim(_ text: String) -> String {
        var buffer: [UInt8] = []
        var scalars: [Unicode.Scalar] = []
        return trim(Array(text.unicodeScalars)[...], buffer: &buffer, scalars: &scalars)
    }

    /// `trim` of scalars, encoding into `buffer` (reused between lines); `kept` receives the
    /// scalars of the result.
    package static func trim(_ scalars: ArraySlice<Unicode.Scalar>, buffer: inout [UInt8], scalars kept: inout [Unicode.Scalar]) -> String {
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

    /// White space of every width (Unicode's White_Space: spaces, tabs, line ends, U+3000),
    /// tested without the property lookup that every line's first and last scalar paid.
    @inline(__always)
    @inlinable package static func isTrimmable(_ s: Unicode.Scalar) -> Bool {
        s.isWhiteSpace
    }
}
