/// Finds a table of contents (目录 / 提纲) whose outline repeats the headings of the text that
/// follows (seed 001: `目录/提纲:……` then 一、/（一）/一是 outline lines, closed by `……`).
///
/// The outline starts at a short line that begins with 目录 or 提纲, within the first part of the
/// document, and continues over short lines that start with a clause marker, dot leaders and
/// page-number lines; it ends at the first line that is none of these, or at a line that repeats
/// its first entry (the real text starting again).
enum TableOfContentsDetector {
    static let labels = ["目录", "提纲", "目次"]

    static func find(_ lines: [TextLine]) -> Range<Int>? {
        let searchLimit = min(lines.count, max(40, lines.count / 3))
        for i in 0..<searchLimit where !lines[i].dropped {
            let compact = lines[i].text.filter { $0 != " " && $0 != "\u{3000}" }
            guard compact.count <= 30, labels.contains(where: { compact.hasPrefix($0) }) else { continue }
            var j = i + 1
            var firstEntry: String?
            var entries = 0
            while j < lines.count {
                if lines[j].dropped { j += 1; continue }
                let text = lines[j].text
                if isLeader(text) {
                    j += 1
                    if entries > 0, j < lines.count, !startsWithMarker(lines[j].text) { break }
                    continue
                }
                guard text.count <= 60, !text.contains("。"), startsWithMarker(text) else { break }
                if let first = firstEntry, text == first { break }
                if firstEntry == nil { firstEntry = text }
                entries += 1
                j += 1
            }
            if entries >= 2 { return i..<j }
        }
        return nil
    }

    static func isLeader(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "…" || $0 == "." || $0 == "·" || $0 == " " || $0.isNumber }
    }

    static func startsWithMarker(_ text: String) -> Bool {
        MarkerParser.match(Array(text.unicodeScalars), at: 0) != nil
    }
}
