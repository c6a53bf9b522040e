import Foundation
import YaodianText

/// Joins lines that a scraper broke in the middle of a sentence (`争取县级` /
/// `财政资金***万元…`, and `…配置。“` / `十四五”时期…`).
///
/// A line is joined to the next when no blank line or block boundary separates them, the next
/// line does not start with a clause marker, no banner was cut between them, and either the line
/// ends with an opening quote or bracket, or it is long (at least `minimumLength` characters,
/// so titles and headings are never joined) and does not end with sentence or clause punctuation.
package enum LineJoiner {
    /// `CleanRules.minJoinedLineLength`.
    package static let minimumLength = CleanRules.minJoinedLineLength

    package static func join(_ lines: [TextLine]) -> [TextLine] {
        var out: [TextLine] = []
        for line in lines {
            guard let last = out.last, shouldJoin(last, line) else {
                out.append(line)
                continue
            }
            let a = last.scalars.last
            let b = line.scalars.first
            let needsSpace = (a.map(isASCIIWord) ?? false) && (b.map(isASCIIWord) ?? false)
            out[out.count - 1].append(line, space: needsSpace)
            out[out.count - 1].cutAfter = line.cutAfter
        }
        return out
    }

    package static func shouldJoin(_ line: TextLine, _ next: TextLine) -> Bool {
        guard !next.hardBreakBefore, line.cutAfter == nil, let end = line.scalars.last else { return false }
        let nextScalars = next.scalars
        if MarkerParser.match(nextScalars, at: 0) != nil { return false }
        if CleanRules.joinOpeners.contains(end) { return true }
        return line.scalars.count >= minimumLength && !CleanRules.joinTerminals.contains(end)
    }

    private static func isASCIIWord(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
    }
}
