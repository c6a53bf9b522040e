import CLibXML2

/// The one place that owns libxml2 pointers. It parses a page with `htmlReadMemory` (recover,
/// no network, no error output, `XML_PARSE_HUGE` for deep pages, encoding always given) and
/// walks the tree iteratively into an `HTMLText`; the tree is freed before `extract` returns.
///
/// Before parsing, `HTMLPreparser` removes bogus comments (`<![CDATA[…]]>`) and an internal DTD
/// subset, which libxml2 would leave as text, and collects the style sheets whose hiding rules
/// (`HiddenStyleRules`) drop elements by class and id. External entities are never loaded:
/// the HTML parser has no entity expansion, and `HTML_PARSE_NONET` forbids network access.
///
/// Seed 000 is the model case: its text sits between injected empty spam tags
/// (`<legend id="h4sia"></legend>`), which this walk reduces to nothing.
public enum HTMLDocument {
    /// Deeper elements are not walked (the page is flagged); keeps pathological pages bounded.
    public static let maxDepth = 100_000

    private static let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        | XML_PARSE_HUGE.rawValue)

    /// Call once before any thread parses (libxml2.md, pitfalls 4 and 7).
    public static let initialize: Void = {
        xmlInitParser()
        CLibXML2_silenceGenericErrors()
    }()

    /// Extracts the visible text of `html` (already decoded; handed to libxml2 as UTF-8).
    public static func extract(_ html: String, path: String) throws(YaodianError) -> HTMLText {
        _ = initialize
        let prepared = HTMLPreparser.run(Array(html.utf8))
        var bytes = prepared.bytes
        guard bytes.count < Int(Int32.max) else { throw .unparsable(path: path, reason: "page larger than 2 GiB") }
        if bytes.isEmpty { bytes = Array("<html></html>".utf8) }
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { throw .unparsable(path: path, reason: "libxml2 returned no document") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            return HTMLText(text: "", title: nil, meta: [:], depthLimited: false)
        }
        var walker = TreeWalker(hiddenRules: HiddenStyleRules(styleSheets: prepared.styleSheets))
        walker.walk(root)
        return HTMLText(text: walker.out, title: walker.title, meta: walker.meta, depthLimited: walker.depthLimited)
    }

    /// Iterative depth-first walk (a recursive one overflows the stack on 100,000 nested tags).
    private struct TreeWalker {
        var out = ""
        var title: String?
        var meta: [String: String] = [:]
        var depthLimited = false
        let hiddenRules: HiddenStyleRules

        init(hiddenRules: HiddenStyleRules) {
            self.hiddenRules = hiddenRules
        }

        mutating func walk(_ root: xmlNodePtr) {
            // (node, depth, isExit)
            var stack: [(xmlNodePtr, Int, Bool)] = [(root, 0, false)]
            while let (node, depth, isExit) = stack.popLast() {
                let name = Self.name(of: node)
                if isExit {
                    if Self.isCell(node, name: name) {
                        out += " | "
                    } else if HTMLVisibility.blockTags.contains(name) || HTMLVisibility.cellTags.contains(name) {
                        out += "\n\n"
                    }
                    continue
                }
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content {
                        appendText(String(cString: content))
                    }
                    continue
                case XML_ELEMENT_NODE:
                    break
                default:
                    continue  // comments, processing instructions, entity references, DTD
                }
                if name == "title" || name == "meta" {
                    readHead(node, name: name)
                    continue
                }
                if name == "head" {
                    // Walk the head only for <title> and <meta>.
                    var child = node.pointee.children
                    while let c = child {
                        let childName = Self.name(of: c)
                        if childName == "title" || childName == "meta" { readHead(c, name: childName) }
                        child = c.pointee.next
                    }
                    continue
                }
                if HTMLVisibility.droppedTags.contains(name) || isHidden(node) { continue }
                if depth >= HTMLDocument.maxDepth {
                    depthLimited = true
                    continue
                }
                if name == "br" {
                    out += "\n"
                    continue
                }
                if HTMLVisibility.blockTags.contains(name) || (HTMLVisibility.cellTags.contains(name) && !Self.isCell(node, name: name)) {
                    out += "\n\n"
                }
                stack.append((node, depth, true))
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let c = child {
                    children.append(c)
                    child = c.pointee.next
                }
                for c in children.reversed() { stack.append((c, depth + 1, false)) }
            }
        }

        private mutating func appendText(_ raw: String) {
            var text = raw
            if text.utf8.contains(0x0D), text.contains("\r") {
                text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            }
            out += text
        }

        private mutating func readHead(_ node: xmlNodePtr, name: String) {
            if name == "title" {
                if title == nil, let c = xmlNodeGetContent(node) {
                    defer { CLibXML2_free(c) }
                    title = String(cString: c)
                }
                return
            }
            guard let key = Self.attribute(node, "name") ?? Self.attribute(node, "property"),
                  let content = Self.attribute(node, "content") else { return }
            meta[key.lowercased()] = content
        }

        private func isHidden(_ node: xmlNodePtr) -> Bool {
            if Self.attribute(node, "hidden") != nil { return true }
            if Self.attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
            if let style = Self.attribute(node, "style"), HTMLVisibility.styleHides(style) { return true }
            let classes = Self.attribute(node, "class"), id = Self.attribute(node, "id")
            for value in [classes, id] {
                if let value, HTMLVisibility.namesChrome(value) { return true }
            }
            return hiddenRules.hides(classAttribute: classes, id: id)
        }

        /// A `<td>`/`<th>` in a table row; one misplaced elsewhere (`<p><td>…</td></p>`) is a block.
        static func isCell(_ node: xmlNodePtr, name: String) -> Bool {
            guard HTMLVisibility.cellTags.contains(name), let parent = node.pointee.parent else { return false }
            return Self.name(of: parent) == "tr"
        }

        static func name(of node: xmlNodePtr) -> String {
            guard let n = node.pointee.name else { return "" }
            return String(cString: n).lowercased()
        }

        static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
            guard let value = xmlGetProp(node, key) else { return nil }
            defer { CLibXML2_free(value) }
            return String(cString: value)
        }
    }
}
