import Foundation

/// Class names and ids that a page's own style sheets hide, so that spam hidden through a
/// `<style>` rule is dropped like spam hidden through a `style` attribute:
///
/// ```html
/// <style>.hd{display:none} #off{position:absolute;left:-9999px}</style>
/// <div class="hd">澳门线上娱乐 注册送88元</div>   <!-- dropped -->
/// ```
///
/// A rule counts when its declarations hide (`HTMLVisibility.styleHides`: display:none,
/// visibility:hidden, zero size, off-screen) and the last compound of a selector names a class
/// or an id (`.hd`, `div.hd`, `#main .hd`). Selectors with a pseudo-class or attribute test
/// (`.x:hover`, `a[href]`) and rules inside at-rules (`@media print { … }`) are ignored, and so is
/// a name that another rule shows (`.tab-pane{display:none} .tab-pane.active{display:block}`):
/// they hide only sometimes, and dropping visible text is worse than keeping hidden spam.
public struct HiddenStyleRules: Sendable {
    public var classes: Set<String> = []
    public var ids: Set<String> = []

    public init() {}

    public init(styleSheets: [String]) {
        for sheet in styleSheets { add(sheet) }
    }

    public var isEmpty: Bool { classes.isEmpty && ids.isEmpty }

    /// Whether an element with these `class` and `id` attribute values is hidden.
    public func hides(classAttribute: String?, id: String?) -> Bool {
        if let id, ids.contains(id) { return true }
        guard let value = classAttribute, !classes.isEmpty else { return false }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).contains { classes.contains(String($0)) }
    }

    package mutating func add(_ sheet: String) {
        let css = Self.withoutComments(Array(sheet.unicodeScalars))
        var i = 0
        while i < css.count {
            // A prelude up to "{" (after the last "}"), then a block up to its matching "}".
            var preludeStart = i
            while i < css.count, css[i] != "{" {
                if css[i] == "}" { preludeStart = i + 1 }
                i += 1
            }
            guard i < css.count else { break }
            let prelude = css[preludeStart..<i]
            let blockStart = i + 1
            var depth = 0
            var blockEnd = css.count
            while i < css.count {
                if css[i] == "{" { depth += 1 }
                if css[i] == "}" { depth -= 1 }
                i += 1
                if depth == 0 { blockEnd = i - 1; break }
            }
            let block = css[blockStart..<max(blockStart, blockEnd)]
            let selectors = String(String.UnicodeScalarView(prelude)).trimmingCharacters(in: [" ", "\n", "\t", "\r"])
            guard !selectors.hasPrefix("@") else { continue }
            let declarations = String(String.UnicodeScalarView(block))
            if HTMLVisibility.styleHides(declarations) {
                for selector in selectors.split(separator: ",") { addSelector(String(selector)) }
            } else if Self.shows(declarations) {
                for selector in selectors.split(separator: ",") { addShown(String(selector)) }
            }
        }
        classes.subtract(shownClasses)
        ids.subtract(shownIDs)
    }

    /// Classes and ids that some rule makes visible (`.tab-pane.active{display:block}`): a page
    /// that hides `.tab-pane` and shows the active one must keep its tabs.
    private var shownClasses: Set<String> = []
    private var shownIDs: Set<String> = []

    private static func shows(_ declarations: String) -> Bool {
        let s = String(declarations.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        return (s.contains("display:") && !s.contains("display:none")) || s.contains("visibility:visible")
    }

    /// The class and id names of a selector's last compound (`div.a.b#c` → classes a, b; id c).
    private static func lastCompound(_ selector: String) -> (classes: [String], ids: [String])? {
        let compounds = selector.split(whereSeparator: { " \t\n\r>+~".contains($0) })
        guard let last = compounds.last else { return nil }
        var classes: [String] = [], ids: [String] = []
        var marker: Character?
        var name = ""
        for ch in last + "." {
            if ch == "." || ch == "#" || ch == ":" || ch == "[" {
                if marker == "." && !name.isEmpty { classes.append(name) }
                if marker == "#" && !name.isEmpty { ids.append(name) }
                marker = ch
                name = ""
            } else {
                name.append(ch)
            }
        }
        return (classes, ids)
    }

    private mutating func addSelector(_ selector: String) {
        guard !selector.contains(":"), !selector.contains("["), let (cs, ids) = Self.lastCompound(selector) else { return }
        // `div.a.b`: every class of the last compound must match; taking any one of them would
        // hide more than the rule does, so only single-name compounds are used.
        guard cs.count + ids.count == 1 else { return }
        classes.formUnion(cs)
        self.ids.formUnion(ids)
    }

    private mutating func addShown(_ selector: String) {
        guard let (cs, ids) = Self.lastCompound(selector) else { return }
        shownClasses.formUnion(cs)
        shownIDs.formUnion(ids)
    }

    private static func withoutComments(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == "/", i + 1 < s.count, s[i + 1] == "*" {
                i += 2
                while i + 1 < s.count, !(s[i] == "*" && s[i + 1] == "/") { i += 1 }
                i += 2
                continue
            }
            out.append(s[i])
            i += 1
        }
        return out
    }
}
