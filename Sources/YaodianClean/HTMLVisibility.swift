import Foundation
import YaodianText

/// Rules for elements whose text is never body text: non-content tags, hidden elements, and
/// site chrome recognisable by its class or id. Data, not code: a new site's widget class is a
/// one-word change here.
public enum HTMLVisibility {
    /// Elements dropped with everything inside them.
    public static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
        "select", "option", "optgroup", "button", "input", "textarea", "datalist", "nav", "footer",
        "aside", "menu", "menuitem", "map", "audio", "video", "head", "link", "meta", "param", "source", "track",
    ]

    /// Elements that end a line of text.
    public static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "blockquote", "pre", "dd", "dt", "dl", "center", "address", "form", "hr",
        "header", "main", "figure", "figcaption", "caption", "fieldset", "legend", "body", "html",
    ]

    /// Table cells: separated by ` | ` within their row, as metadata tables are in copied text.
    public static let cellTags: Set<String> = ["td", "th"]

    /// Tokens of `class`/`id` values that mark chrome (split on non-alphanumerics, lower-cased).
    /// Breadcrumbs are deliberately not dropped here: their line tells the line cleaner where the
    /// masthead ends.
    public static let chromeTokens: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "foot",
        "share", "sharebar", "bdshare", "bdsharebuttonbox", "sidebar", "copyright", "toolbar", "print",
        "fenxiang", "topbar", "skip", "qrcode", "erweima", "wza", "ariaskip", "goback", "backtop",
        "gotop", "relate", "related", "xgxx", "xgwz", "pager", "pagination",
    ]

    /// Whether a `style` attribute hides its element: `display:none`, `visibility:hidden`,
    /// zero size, zero font size, or positioned/indented far off-screen.
    public static func styleHides(_ style: String) -> Bool {
        if style.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lower-case and drop white space byte by byte.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(style.utf8.count)
            for b in style.utf8 where !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                bytes.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            return styleHides(asciiBytes: bytes)
        }
        let s = String(style.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        let scalars = Array(s.unicodeScalars)
        if scalars.allSatisfy(\.isASCII) { return styleHides(asciiBytes: scalars.map { UInt8($0.value) }) }
        if s.contains("display:none") || s.contains("visibility:hidden") || s.contains("font-size:0;")
            || s.hasSuffix("font-size:0") || s.contains("font-size:0px") || s.contains("opacity:0;") || s.hasSuffix("opacity:0") {
            return true
        }
        let zeroWidth = s.contains("width:0;") || s.hasSuffix("width:0") || s.contains("width:0px")
        let zeroHeight = s.contains("height:0;") || s.hasSuffix("height:0") || s.contains("height:0px")
        if zeroWidth && zeroHeight && s.contains("overflow:hidden") { return true }
        if zeroHeight && s.contains("overflow:hidden") { return true }
        for key in ["left:-", "top:-", "text-indent:-", "margin-left:-"] {
            var rest = Substring(s)
            while let r = rest.range(of: key) {
                let digits = rest[r.upperBound...].prefix { $0.isNumber }
                if let n = Int(digits), n >= CleanRules.minOffscreenOffset { return true }
                rest = rest[r.upperBound...]
            }
        }
        return false
    }

    private static let hidingDeclarationBytes = ["display:none", "visibility:hidden", "font-size:0;", "font-size:0px", "opacity:0;"]
        .map { Array($0.utf8) }
    private static let offscreenKeyBytes = ["left:-", "top:-", "text-indent:-", "margin-left:-"].map { Array($0.utf8) }

    /// `styleHides` on an ASCII declaration (lower-cased, without spaces), by literal matching on bytes.
    package static func styleHides(asciiBytes s: [UInt8]) -> Bool {
        func find(_ w: [UInt8], from start: Int) -> Int? { PlainText.firstIndex(of: w, in: s, from: start) }
        func has(_ w: StaticString) -> Bool { find(Array(UnsafeBufferPointer(start: w.utf8Start, count: w.utf8CodeUnitCount)), from: 0) != nil }
        func ends(_ w: StaticString) -> Bool {
            let n = w.utf8CodeUnitCount
            guard n <= s.count else { return false }
            for k in 0..<n where s[s.count - n + k] != w.utf8Start[k] { return false }
            return true
        }
        if hidingDeclarationBytes.contains(where: { find($0, from: 0) != nil }) || ends("font-size:0") || ends("opacity:0") {
            return true
        }
        let zeroWidth = has("width:0;") || ends("width:0") || has("width:0px")
        let zeroHeight = has("height:0;") || ends("height:0") || has("height:0px")
        if zeroWidth && zeroHeight && has("overflow:hidden") { return true }
        if zeroHeight && has("overflow:hidden") { return true }
        for key in offscreenKeyBytes {
            var from = 0
            while let r = find(key, from: from) {
                var p = r + key.count
                var n = 0
                var digits = 0
                var overflow = false
                while p < s.count, s[p] >= 0x30, s[p] <= 0x39 {
                    let (m, o1) = n.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int(s[p] - 0x30))
                    overflow = overflow || o1 || o2
                    n = a
                    digits += 1
                    p += 1
                }
                if digits > 0, !overflow, n >= CleanRules.minOffscreenOffset { return true }
                from = r + key.count
            }
        }
        return false
    }

    /// `namesChrome` of an ASCII value: tokens of letters and digits, lower-cased byte by byte and
    /// compared with the chrome tokens of the same length (no String, no hashing: this runs on
    /// every element that has a class or an id).
    package static func namesChrome(asciiBytes value: UnsafeBufferPointer<UInt8>) -> Bool {
        var token: [UInt8] = []
        token.reserveCapacity(32)
        for b in value {
            let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                token.append(lower)
            } else {
                if isChromeToken(token) { return true }
                token.removeAll(keepingCapacity: true)
            }
        }
        return isChromeToken(token)
    }

    /// `chromeTokens` as bytes, grouped by length (index = length).
    private static let chromeTokensByLength: [[[UInt8]]] = {
        var groups: [[[UInt8]]] = Array(repeating: [], count: (chromeTokens.map(\.utf8.count).max() ?? 0) + 1)
        for token in chromeTokens.sorted() { groups[token.utf8.count].append(Array(token.utf8)) }
        return groups
    }()

    /// Whether lower-cased ASCII bytes are one of `chromeTokens`.
    private static func isChromeToken(_ token: [UInt8]) -> Bool {
        guard token.count < chromeTokensByLength.count else { return false }
        return chromeTokensByLength[token.count].contains { $0 == token }
    }

    /// Whether a `class` or `id` value names chrome.
    public static func namesChrome(_ value: String) -> Bool {
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            return value.utf8.withContiguousStorageIfAvailable { namesChrome(asciiBytes: $0) }
                ?? Array(value.utf8).withUnsafeBufferPointer { namesChrome(asciiBytes: $0) }
        }
        var token = ""
        for ch in value.lowercased() {
            if ch.isASCII, ch.isLetter || ch.isNumber {
                token.append(ch)
            } else {
                if chromeTokens.contains(token) { return true }
                token = ""
            }
        }
        return chromeTokens.contains(token)
    }
}
