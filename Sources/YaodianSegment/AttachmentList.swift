import Foundation
import YaodianText

/// Finds the list of attachments that a notice names after `附件：` (`附件：1.2021年工作要点 2.任务分解表`).
/// Its numbered items are file names, not clauses; they go to `metadata.attachments`.
public enum AttachmentList {
    /// `find` on a body's scalars split at `lines`: only a line from the first that starts like the
    /// attachment label becomes a
    /// `String` (the list starts with a label, so most bodies have none).
    package static func find(in s: [Unicode.Scalar], lines: [Range<Int>]) -> (lines: Set<Int>, items: [String]) {
        guard let first = lines.firstIndex(where: { s[$0].first == SegmentRules.attachmentLabel[0] }) else { return ([], []) }
        let found = find(in: lines[first...].map { String(scalars: s[$0]) })
        return (Set(found.lines.map { $0 + first }), found.items)
    }

    /// Line indices of attachment lists and their items.
    public static func find(in lines: [String]) -> (lines: Set<Int>, items: [String]) {
        var excluded: Set<Int> = []
        var items: [String] = []
        var i = 0
        while i < lines.count {
            let s = Array(lines[i].unicodeScalars)
            guard let valueStart = labelEnd(s) else { i += 1; continue }
            excluded.insert(i)
            let first = String(scalars: s[valueStart...]).trimmingCharacters(in: [" ", "\u{3000}"])
            if !first.isEmpty { items.append(stripMarker(first)) }
            var j = i + 1
            while j < lines.count {
                let t = Array(lines[j].unicodeScalars)
                guard let m = MarkerParser.match(t, at: 0), m.style == .arabic || m.style == .arabicParen,
                      t.count <= SegmentRules.maxAttachmentItemLength, !lines[j].contains(Character(SegmentRules.fullStop)) else { break }
                excluded.insert(j)
                items.append(stripMarker(lines[j]))
                j += 1
            }
            i = j
        }
        return (excluded, items)
    }

    /// `附件：`, `附件:`, `附件1：`, `附件 ：` at the start of a line: the index after the colon.
    package static func labelEnd(_ s: [Unicode.Scalar]) -> Int? {
        let label = SegmentRules.attachmentLabel
        guard s.count > label.count, s.starts(with: label) else { return nil }
        var j = label.count
        while j < s.count, ChineseNumeral.digit(s[j]) != nil || s[j] == " " { j += 1 }
        guard j < s.count, SegmentRules.labelColons.contains(s[j]) else { return nil }
        return j + 1
    }

    /// `text` without the clause marker it starts with (`1.`, `（2）`), if any.
    package static func stripMarker(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        if let m = MarkerParser.match(s, at: 0) {
            return String(scalars: s[m.contentStart...])
        }
        return text
    }
}
