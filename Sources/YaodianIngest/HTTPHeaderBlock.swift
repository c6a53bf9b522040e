import Foundation

/// The HTTP response header that some scrapers save at the top of a page:
///
/// ```
/// HTTP/1.1 200 OK
/// Content-Type: text/html; charset=GBK
///
/// <html>…
/// ```
///
/// Its charset is read by `CharsetDeclaration` from the raw bytes; after decoding, the block
/// (a status line `HTTP/…` or a `Content-Type:` line, then `Name: value` lines up to the first
/// blank line, at most 64 lines) is removed so that it does not reach the body.
public enum HTTPHeaderBlock {
    public static func strip(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "HhCc".unicodeScalars.contains(first) else { return text }
        let head = Array(text.unicodeScalars.prefix(IngestRules.headerScanScalars))
        var lines: [String] = []
        var end: Int?
        var lineStart = 0
        for i in head.indices where head[i] == "\n" {
            var line = head[lineStart..<i]
            if line.last == "\r" { line = line.dropLast() }
            if line.isEmpty {
                end = i + 1
                break
            }
            lines.append(String(String.UnicodeScalarView(line)))
            lineStart = i + 1
            if lines.count > IngestRules.maxHeaderLines { return text }
        }
        guard let end, let status = lines.first?.lowercased() else { return text }
        let hasStatus = status.hasPrefix("http/")
        guard hasStatus || status.hasPrefix("content-type:") else { return text }
        for line in lines.dropFirst(hasStatus ? 1 : 0) where !isField(Substring(line)) { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(end)))
    }

    /// `Name: value` with an ASCII token as the name.
    package static func isField(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
        return line[..<colon].unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }
}
