/// Tells a web page from text copied out of one, by its content rather than its file name:
/// scraped pages are often saved as `.txt` (a `.txt` full of spam tags is a page).
///
/// A document is HTML when it starts with `<!DOCTYPE`, `<html` or `<?xml`, or contains at least
/// three tags of the form `<name …>` / `</name>` in its first 64 KiB (65,536 scalars).
///
/// The tag scan reads UTF-8 bytes: every byte it tests is ASCII, and in UTF-8 an ASCII byte is
/// always a whole scalar, so byte positions stand for scalar positions without decoding.
public enum FormatDetector {
    package static let scannedScalars = IngestRules.formatScanScalars

    public static func detect(_ text: String) -> DecodedDocument.Format {
        var start = text.unicodeScalars.startIndex
        var leading = 0
        while start < text.unicodeScalars.endIndex, leading < scannedScalars {
            let s = text.unicodeScalars[start]
            guard s.properties.isWhitespace || s == "\u{FEFF}" else { break }
            start = text.unicodeScalars.index(after: start)
            leading += 1
        }
        let prefix = String(text.unicodeScalars[start...].prefix(min(IngestRules.formatPrefixScalars, scannedScalars - leading))).lowercased()
        if prefix.hasPrefix("<!doctype") || prefix.hasPrefix("<html") || prefix.hasPrefix("<?xml") { return .html }
        let startOffset = text.utf8.distance(from: text.utf8.startIndex, to: start)
        var text = text
        return text.withUTF8 { bytes in
            // The scalars scanned: the first `scannedScalars`, as byte range [0, end).
            var end = 0
            var scalars = 0
            while end < bytes.count {
                if bytes[end] & 0xC0 != 0x80 {
                    if scalars == scannedScalars { break }
                    scalars += 1
                }
                end += 1
            }
            // A `<` must leave two scalars after it inside the scanned head.
            var i = startOffset
            var scalarIndex = leading
            var tags = 0
            while i < end {
                let b = bytes[i]
                if b & 0xC0 == 0x80 { i += 1; continue }
                guard scalarIndex < scalars - 2 else { break }
                scalarIndex += 1
                if b == UInt8(ascii: "<") {
                    var j = i + 1
                    if bytes[j] == UInt8(ascii: "/") { j += 1 }
                    let nameStart = j
                    // A tag name starts with a letter: `<10/10万` and `<3 人` are comparisons in text.
                    if isLetter(bytes[j]) {
                        while j < end, isLetter(bytes[j]) || isDigit(bytes[j]) { j += 1 }
                        if j > nameStart, j < end {
                            let c = bytes[j]
                            if c == UInt8(ascii: ">") || c == UInt8(ascii: " ") || c == UInt8(ascii: "/") || c == UInt8(ascii: "\n") {
                                tags += 1
                                if tags >= IngestRules.minHTMLTags { return .html }
                            }
                        }
                    }
                }
                i += 1
            }
            return .text
        }
    }

    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool {
        b >= 0x30 && b <= 0x39
    }
}
