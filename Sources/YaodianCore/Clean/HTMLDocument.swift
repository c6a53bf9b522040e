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
        var walker = TreeWalker(hiddenRules: HiddenStyleRulesCache.shared.rules(for: prepared.styleSheets))
        walker.walk(root)
        return HTMLText(text: walker.out, title: walker.title, meta: walker.meta, depthLimited: walker.depthLimited)
    }

    /// What the walk needs to know of a tag name; computed once per distinct name pointer
    /// (libxml2 interns element names in the document's dictionary).
    private struct TagInfo {
        var name: String
        var dropped: Bool
        var block: Bool
        var cell: Bool
        var isTR: Bool
    }

    /// Iterative depth-first walk (a recursive one overflows the stack on 100,000 nested tags).
    /// Text is gathered as UTF-8 bytes and becomes one `String` at the end.
    private struct TreeWalker {
        var bytes: [UInt8] = []
        var title: String?
        var meta: [String: String] = [:]
        var depthLimited = false
        let hiddenRules: HiddenStyleRules
        /// Tag names seen so far, by name pointer: a page has a few dozen, so a linear search of
        /// an array beats hashing (a page of thousands of distinct spam tags overflows into `moreTags`).
        private var tags: [(UnsafePointer<xmlChar>, TagInfo)] = []
        private var moreTags: [UnsafePointer<xmlChar>: TagInfo] = [:]
        private static let linearTags = 48

        init(hiddenRules: HiddenStyleRules) {
            self.hiddenRules = hiddenRules
        }

        var out: String { String(decoding: bytes, as: UTF8.self) }

        private mutating func info(_ node: xmlNodePtr) -> TagInfo {
            guard let n = node.pointee.name else {
                return TagInfo(name: "", dropped: false, block: false, cell: false, isTR: false)
            }
            for (pointer, known) in tags where pointer == n { return known }
            if let known = moreTags[n] { return known }
            let name = String(cString: n).lowercased()
            let made = TagInfo(name: name, dropped: HTMLVisibility.droppedTags.contains(name),
                               block: HTMLVisibility.blockTags.contains(name), cell: HTMLVisibility.cellTags.contains(name),
                               isTR: name == "tr")
            if tags.count < Self.linearTags { tags.append((n, made)) } else { moreTags[n] = made }
            return made
        }

        mutating func walk(_ root: xmlNodePtr) {
            bytes.reserveCapacity(1 << 14)
            // (node, depth, isExit)
            var stack: ContiguousArray<(xmlNodePtr, Int, Bool)> = [(root, 0, false)]
            while let (node, depth, isExit) = stack.popLast() {
                let type = node.pointee.type
                if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                    if !isExit, let content = node.pointee.content { appendText(content) }
                    continue
                }
                let tag = info(node)
                if isExit {
                    if isCell(node, tag) {
                        bytes.append(0x20)  // " | "
                        bytes.append(0x7C)
                        bytes.append(0x20)
                    } else if tag.block || tag.cell {
                        appendBlockBreak()
                    }
                    continue
                }
                guard type == XML_ELEMENT_NODE else { continue }  // comments, PIs, entity references, DTD
                let name = tag.name
                if name == "title" || name == "meta" {
                    readHead(node, name: name)
                    continue
                }
                if name == "head" {
                    // Walk the head only for <title> and <meta>.
                    var child = node.pointee.children
                    while let c = child {
                        let childName = info(c).name
                        if childName == "title" || childName == "meta" { readHead(c, name: childName) }
                        child = c.pointee.next
                    }
                    continue
                }
                if tag.dropped || isHidden(node) { continue }
                if depth >= HTMLDocument.maxDepth {
                    depthLimited = true
                    continue
                }
                if name == "br" {
                    bytes.append(0x0A)
                    continue
                }
                if tag.block || (tag.cell && !isCell(node, tag)) {
                    appendBlockBreak()
                }
                stack.append((node, depth, true))
                var child = node.pointee.last
                while let c = child {
                    stack.append((c, depth + 1, false))
                    child = c.pointee.prev
                }
            }
        }

        /// The blank line that ends a block.
        private mutating func appendBlockBreak() {
            bytes.append(0x0A)
            bytes.append(0x0A)
        }

        /// A text node's bytes, with CR LF and lone CR as LF.
        private mutating func appendText(_ content: UnsafePointer<xmlChar>) {
            let count = Int(xmlStrlen(content))
            let text = UnsafeBufferPointer(start: content, count: count)
            guard text.contains(0x0D) else {
                bytes.append(contentsOf: text)
                return
            }
            var i = 0
            while i < count {
                let b = text[i]
                if b == 0x0D {
                    if i + 1 < count, text[i + 1] == 0x0A { i += 1; continue }
                    bytes.append(0x0A)
                } else {
                    bytes.append(b)
                }
                i += 1
            }
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

        /// The attributes the visibility rules read, in one pass over the element's attribute list.
        private struct VisibilityAttributes {
            var hidden = false
            var ariaHidden: String?
            var style: String?
            var classes: String?
            var id: String?
        }

        private func isHidden(_ node: xmlNodePtr) -> Bool {
            guard node.pointee.properties != nil else { return false }
            let a = Self.visibilityAttributes(node)
            if a.hidden { return true }
            if a.ariaHidden?.lowercased() == "true" { return true }
            if let style = a.style, HTMLVisibility.styleHides(style) { return true }
            if let value = a.classes, HTMLVisibility.namesChrome(value) { return true }
            if let value = a.id, HTMLVisibility.namesChrome(value) { return true }
            return hiddenRules.hides(classAttribute: a.classes, id: a.id)
        }

        private static func visibilityAttributes(_ node: xmlNodePtr) -> VisibilityAttributes {
            var a = VisibilityAttributes()
            var seen: UInt8 = 0
            var attr = node.pointee.properties
            while let p = attr {
                attr = p.pointee.next
                guard let n = p.pointee.name else { continue }
                let key: Int
                if Self.equals(n, "class") { key = 0 } else if Self.equals(n, "id") { key = 1 } else if Self.equals(n, "style") { key = 2 }
                else if Self.equals(n, "hidden") { key = 3 } else if Self.equals(n, "aria-hidden") { key = 4 } else { continue }
                // As xmlGetProp: the first attribute of that name counts.
                guard seen & (1 << key) == 0 else { continue }
                seen |= 1 << key
                let value = Self.value(of: p, on: node, name: n)
                switch key {
                case 0: a.classes = value
                case 1: a.id = value
                case 2: a.style = value
                case 3: a.hidden = true
                default: a.ariaHidden = value
                }
            }
            return a
        }

        /// An attribute's value: its one text child, or what `xmlGetProp` assembles.
        private static func value(of attr: xmlAttrPtr, on node: xmlNodePtr, name: UnsafePointer<xmlChar>) -> String {
            if let child = attr.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE,
               let content = child.pointee.content {
                return String(cString: content)
            }
            guard let v = xmlGetProp(node, name) else { return "" }
            defer { CLibXML2_free(v) }
            return String(cString: v)
        }

        /// Whether a C name equals an ASCII literal (HTML names are lower-cased by the parser; compared as given).
        private static func equals(_ n: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            let l = literal.utf8Start
            for i in 0..<count where n[i] != l[i] { return false }
            return n[count] == 0
        }

        /// A `<td>`/`<th>` in a table row; one misplaced elsewhere (`<p><td>…</td></p>`) is a block.
        private mutating func isCell(_ node: xmlNodePtr, _ tag: TagInfo) -> Bool {
            guard tag.cell, let parent = node.pointee.parent else { return false }
            return info(parent).isTR
        }

        static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
            guard let value = xmlGetProp(node, key) else { return nil }
            defer { CLibXML2_free(value) }
            return String(cString: value)
        }
    }
}
