/// Tells a web page from text copied out of one, by its content rather than its file name:
/// scraped pages are often saved as `.txt` (seed 000 is a `.txt` full of spam tags).
///
/// A document is HTML when it starts with `<!DOCTYPE`, `<html` or `<?xml`, or contains at least
/// three tags of the form `<name …>` / `</name>` in its first 64 KiB.
public enum FormatDetector {
    public static func detect(_ text: String) -> DecodedDocument.Format {
        var scalars = text.unicodeScalars.prefix(65536).makeIterator()
        var head: [Unicode.Scalar] = []
        head.reserveCapacity(4096)
        while let s = scalars.next() { head.append(s) }
        var start = 0
        while start < head.count, head[start].properties.isWhitespace || head[start] == "\u{FEFF}" { start += 1 }
        let prefix = String(String.UnicodeScalarView(head[start..<min(head.count, start + 15)])).lowercased()
        if prefix.hasPrefix("<!doctype") || prefix.hasPrefix("<html") || prefix.hasPrefix("<?xml") { return .html }
        var tags = 0
        var i = start
        while i < head.count - 2 {
            if head[i] == "<" {
                var j = i + 1
                if head[j] == "/" { j += 1 }
                let nameStart = j
                // A tag name starts with a letter: `<10/10万` and `<3 人` are comparisons in text.
                guard head[j].isASCII, head[j].properties.isAlphabetic else { i += 1; continue }
                while j < head.count, head[j].isASCII, head[j].properties.isAlphabetic || ("0"..."9").contains(head[j]) { j += 1 }
                if j > nameStart, j < head.count, head[j] == ">" || head[j] == " " || head[j] == "/" || head[j] == "\n" {
                    tags += 1
                    if tags >= 3 { return .html }
                }
            }
            i += 1
        }
        return .text
    }
}
