import Foundation
import YaodianText

/// Finds a table of contents (目录 / 提纲) whose outline repeats the headings of the text that
/// follows (`目录/提纲:……` then 一、/（一）/一是 outline lines, closed by `……`).
///
/// The outline starts at a line that is only the label 目录 or 提纲 (with separators), within the
/// first part of the document, and continues over short lines that start with a clause marker, dot
/// leaders and page-number lines; it ends at the first line that is none of these, or at a line
/// that repeats its first entry without leaders and page number (the real text starting again).
package enum TableOfContentsDetector {
    private static let labels = CleanRules.tableOfContentsLabels
    private static let labelSeparators = CleanRules.tableOfContentsLabelSeparators
    private static let labelSeparatorScalars = ScalarSet(labelSeparators.unicodeScalars)
    /// The first scalar of every label: a line that starts with no other mark may be a label line.
    private static let labelFirstScalars = ScalarSet(labels.compactMap(\.unicodeScalars.first))

    package static func find(_ lines: [TextLine]) -> Range<Int>? {
        let searchLimit = min(lines.count, max(CleanRules.tableOfContentsMinSearchLines, lines.count / CleanRules.tableOfContentsSearchDivisor))
        for i in 0..<searchLimit where !lines[i].dropped {
            guard isLabelLine(lines[i].text) else { continue }
            var j = i + 1
            var firstEntry: String?
            var entries = 0
            while j < lines.count {
                if lines[j].dropped { j += 1; continue }
                let text = lines[j].text
                if isLeader(text) {
                    j += 1
                    if entries > 0, j < lines.count, MarkerParser.match(lines[j].scalars, at: 0) == nil { break }
                    continue
                }
                // (On a plain line the full stop is a scalar of its own: no Foundation search.)
                let hasFullStop = lines[j].plain ? lines[j].scalars.contains("。") : text.contains("。")
                guard lines[j].characterCount <= CleanRules.maxTableOfContentsEntryLength, !hasFullStop, MarkerParser.match(lines[j].scalars, at: 0) != nil else { break }
                if let first = firstEntry, entryKey(text) == first { break }
                if firstEntry == nil { firstEntry = entryKey(text) }
                entries += 1
                j += 1
            }
            if entries >= CleanRules.minTableOfContentsEntries { return i..<j }
        }
        return nil
    }

    /// The label alone, with separators and leaders (`目　录`, `目录/提纲:……`), not a sentence that
    /// starts with the word (`目录内药品配备使用情况纳入考核`).
    package static func isLabelLine(_ text: String) -> Bool {
        // Most lines fail at their first Character: it neither starts a label nor is a separator.
        if let first = text.unicodeScalars.first(where: { $0 != " " && $0 != "\u{3000}" }),
           !labelFirstScalars.contains(first), !labelSeparatorScalars.contains(first) {
            return false
        }
        var rest = Substring(text.filter { $0 != " " && $0 != "\u{3000}" })
        var sawLabel = false
        while !rest.isEmpty {
            if let label = labels.first(where: { rest.hasPrefix($0) }) {
                rest = rest.dropFirst(label.count)
                sawLabel = true
            } else if labelSeparators.contains(rest.first!) {
                rest = rest.dropFirst()
            } else {
                return false
            }
        }
        return sawLabel
    }

    /// An outline entry without its dot leaders and page number (`一、总体要求……1` → `一、总体要求`),
    /// so the heading that repeats it in the text ends the outline.
    package static func entryKey(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == "…" || last == "." || last == "·" || last == " " || ("0"..."9").contains(last) {
            scalars.removeLast()
        }
        return scalars.isEmpty ? text : String(scalars: scalars)
    }

    package static func isLeader(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "…" || $0 == "." || $0 == "·" || $0 == " " || $0.isNumber }
    }

    package static func startsWithMarker(_ text: String) -> Bool {
        MarkerParser.match(Array(text.unicodeScalars), at: 0) != nil
    }
}
