import Foundation

/// Reads the report's HTML the way the tests need: the markup of an element by id, the text
/// of all fragments of a highlight, the body text with every highlight taken off again.
struct HTMLProbe {
    let html: String

    /// The markup of the `<span>` with this id, from its start tag to its matching end tag.
    func element(id: String) -> String? {
        guard let idRange = html.range(of: " id=\"\(id)\"") else { return nil }
        guard let open = html[..<idRange.lowerBound].range(of: "<span", options: .backwards) else { return nil }
        return balancedSpan(from: open.lowerBound)
    }

    /// Every fragment (`<span … data-row="key">…</span>`) of a highlight, in order.
    func fragments(row key: String) -> [String] {
        var out: [String] = []
        var searchStart = html.startIndex
        while let hit = html.range(of: "data-row=\"\(key)\"", range: searchStart..<html.endIndex) {
            if let open = html[..<hit.lowerBound].range(of: "<span", options: .backwards),
               let element = balancedSpan(from: open.lowerBound) {
                out.append(element)
            }
            searchStart = hit.upperBound
        }
        return out
    }

    /// The markup between `<div class="body" id="body" …>` and its `</div>`.
    var bodyMarkup: String {
        guard let start = html.range(of: "id=\"body\""), let gt = html[start.upperBound...].range(of: ">"),
              let end = html[gt.upperBound...].range(of: "</div>") else { return "" }
        return String(html[gt.upperBound..<end.lowerBound])
    }

    private func balancedSpan(from start: String.Index) -> String? {
        var depth = 0
        var i = start
        while i < html.endIndex {
            if html[i...].hasPrefix("<span") { depth += 1 }
            if html[i...].hasPrefix("</span>") {
                depth -= 1
                if depth == 0 { return String(html[start..<html.index(i, offsetBy: 7)]) }
            }
            i = html.index(after: i)
        }
        return nil
    }

    /// Text of markup: clause badges and point markers removed, tags stripped, entities decoded.
    static func text(_ markup: String) -> String {
        var s = markup
        // Badges and point markers are additions of the report, not body text.
        s = s.replacingOccurrences(of: "<span class=\"cmark[^\"]*\"[^>]*>.*?</span>", with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: "<span class=\"[^\"]*point\"[^>]*>[^<]*</span>", with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#58;", ":"), ("&#10;", "\n"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        return s
    }
}
