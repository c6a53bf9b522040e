import Foundation
import YaodianText

/// The list of attachments that a notice names after `附件：` (`附件：1.2021年工作要点 2.任务分解表`).
/// Its numbered items are file names, not clauses; they go to `metadata.attachments`.
public enum AttachmentList {
    /// `find` on a body's scalars split at `lines`: only a line that starts with 附 becomes a
    /// `String` (the list starts with a label, so most bodies have none).
    package static func find(in s: [Unicode.Scalar], lines: [Range<Int>]) -> (lines: Set<Int>, items: [String]) {
        guard let first = lines.firstIndex(where: { s[$0].first == "附" }) else { return ([], []) }
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
                      t.count <= 80, !lines[j].contains("。") else { break }
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
        guard s.count >= 3, s[0] == "附", s[1] == "件" else { return nil }
        var j = 2
        while j < s.count, ChineseNumeral.digit(s[j]) != nil || s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "：" || s[j] == ":" else { return nil }
        return j + 1
    }

    package static func stripMarker(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        if let m = MarkerParser.match(s, at: 0) {
            return String(scalars: s[m.contentStart...])
        }
        return text
    }
}
