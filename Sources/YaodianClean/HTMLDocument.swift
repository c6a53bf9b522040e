import Foundation
import CLibXML2
import YaodianModel

/// The one place that owns libxml2 pointers. It parses a page with `htmlReadMemory` (recover,
/// no network, no error output, `XML_PARSE_HUGE` for deep pages, encoding always given) and
/// walks the tree iteratively into an `HTMLText`; the tree is freed before `extract` returns.
///
/// Before parsing, `HTMLPreparser` removes bogus comments (`<![CDATA[…]]>`) and an internal DTD
/// subset, which libxml2 would leave as text, and collects the style sheets whose hiding rules
/// (`HiddenStyleRules`) drop elements by class and id. External entities are never loaded:
/// the HTML parser has no entity expansion, and `HTML_PARSE_NONET` forbids network access.
///
/// The model case is a spam-injected page: its text sits between injected empty spam tags
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
        return HTMLText(bytes: walker.bytes, title: walker.title, meta: walker.meta, depthLimited: walker.depthLimited)
    }

    /// What the walk needs to know of a tag name; computed once per distinct name pointer
    /// (libxml2 interns element names in the document's dictionary).
    private struct TagInfo {
        package var dropped: Bool
        package var block: Bool
        package var cell: Bool
        package var isTR: Bool
        /// `title` or `meta`, `head`, `br`: the names the walk treats on their own.
        package var isTitle = false
        package var isHeadField = false
        package var isHead = false
        package var isBR = false
    }

    /// A map from interned tag-name pointers to `TagInfo`: linear probing in a power-of-two
    /// table kept at most half full.
    private struct TagTable {
        private var keys: [UnsafePointer<xmlChar>?] = Array(repeating: nil, count: 64)
        private var values: [TagInfo] = Array(repeating: TagInfo(dropped: false, block: false, cell: false, isTR: false), count: 64)
        private var count = 0

        @inline(__always)
        private func slot(_ key: UnsafePointer<xmlChar>, mask: Int) -> Int {
            // Fibonacci hashing of the address (names are 8-byte aligned: drop the low bits).
            Int(truncatingIfNeeded: ((UInt(bitPattern: key) >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        }

        package subscript(key: UnsafePointer<xmlChar>) -> TagInfo? {
            let mask = keys.count - 1
            var i = slot(key, mask: mask)
            while let k = keys[i] {
                if k == key { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }

        package mutating func insert(_ key: UnsafePointer<xmlChar>, _ value: TagInfo) {
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var i = slot(key, mask: mask)
            while let k = keys[i], k != key { i = (i + 1) & mask }
            if keys[i] == nil { count += 1 }
            keys[i] = key
            values[i] = value
        }

        private mutating func grow() {
            let oldKeys = keys, oldValues = values
            keys = Array(repeating: nil, count: oldKeys.count * 2)
            values = Array(repeating: oldValues[0], count: oldKeys.count * 2)
            count = 0
            for (i, key) in oldKeys.enumerated() { if let key { insert(key, oldValues[i]) } }
        }
    }

    /// A tag name of at most 16 bytes, ASCII letters lower-cased, packed into two words: the key
    /// of the known names, looked up without making a `String` of each new name. (libxml2's HTML
    /// parser reads tag names as ASCII letters, digits and `:-_.` only, and lower-cases them.)
    package struct PackedName: Hashable {
        package var low: UInt64 = 0
        package var high: UInt64 = 0

        /// Nil for a name longer than 16 bytes (no known name is) or one with a non-ASCII byte.
        package init?(_ name: UnsafeBufferPointer<UInt8>) {
            guard name.count <= 16 else { return nil }
            for (i, b) in name.enumerated() {
                guard b < 0x80 else { return nil }
                let lower = UInt64(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                if i < 8 { low |= lower << (8 * UInt64(i)) } else { high |= lower << (8 * UInt64(i - 8)) }
            }
        }
    }

    /// Iterative depth-first walk (a recursive one overflows the stack on 100,000 nested tags).
    /// Text is gathered as UTF-8 bytes, which the line splitter reads as they are.
    private struct TreeWalker {
        package var bytes: [UInt8] = []
        package var title: String?
        package var meta: [String: String] = [:]
        package var depthLimited = false
        package let hiddenRules: HiddenStyleRules
        /// Tag names seen so far, by name pointer (libxml2 interns names in the document's
        /// dictionary), in an open-addressing table: a lookup per element, so no hashing of Strings.
        private var tags = TagTable()

        package init(hiddenRules: HiddenStyleRules) {
            self.hiddenRules = hiddenRules
        }

        /// What the walk knows of every tag name that `HTMLVisibility` lists or the walk treats
        /// on its own, by `PackedName`; any other name (a spam page's invented tags) is an inline
        /// element.
        private static let knownTags: [PackedName: TagInfo] = {
            var names = HTMLVisibility.droppedTags.union(HTMLVisibility.blockTags).union(HTMLVisibility.cellTags)
            names.formUnion(["tr", "title", "meta", "head", "br"])
            var table: [PackedName: TagInfo] = [:]
            for name in names {
                guard let key = Array(name.utf8).withUnsafeBufferPointer({ PackedName($0) }) else {
                    preconditionFailure("tag name \(name) is longer than PackedName holds")
                }
                table[key] = TagInfo(dropped: HTMLVisibility.droppedTags.contains(name),
                                     block: HTMLVisibility.blockTags.contains(name), cell: HTMLVisibility.cellTags.contains(name),
                                     isTR: name == "tr", isTitle: name == "title", isHeadField: name == "title" || name == "meta",
                                     isHead: name == "head", isBR: name == "br")
            }
            return table
        }()

        private mutating func info(_ node: xmlNodePtr) -> TagInfo {
            guard let n = node.pointee.name else {
                return TagInfo(dropped: false, block: false, cell: false, isTR: false)
            }
            if let known = tags[n] { return known }
            let name = UnsafeBufferPointer(start: n, count: Int(xmlStrlen(n)))
            let made = PackedName(name).flatMap { Self.knownTags[$0] } ?? TagInfo(dropped: false, block: false, cell: false, isTR: false)
            tags.insert(n, made)
            return made
        }

        package mutating func walk(_ root: xmlNodePtr) {
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
                if tag.isHeadField {
                    readHead(node, isTitle: tag.isTitle)
                    continue
                }
                if tag.isHead {
                    // Walk the head only for <title> and <meta>.
                    var child = node.pointee.children
                    while let c = child {
                        let childTag = info(c)
                        if childTag.isHeadField { readHead(c, isTitle: childTag.isTitle) }
                        child = c.pointee.next
                    }
                    continue
                }
                if tag.dropped || isHidden(node) { continue }
                if depth >= HTMLDocument.maxDepth {
                    depthLimited = true
                    continue
                }
                if tag.isBR {
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

        private mutating func readHead(_ node: xmlNodePtr, isTitle: Bool) {
            if isTitle {
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

        /// An attribute value as the visibility rules read it: the bytes libxml2 holds when they
        /// are one ASCII text (nearly every `class`, `id` and `style`; tested without making a
        /// String, and valid while the tree is), else the text `xmlGetProp` would give.
        private enum AttributeValue {
            case ascii(UnsafeBufferPointer<UInt8>)
            case text(String)

            package var string: String {
                switch self {
                case .ascii(let bytes): return String(decoding: bytes, as: UTF8.self)
                case .text(let text): return text
                }
            }
        }

        /// The attributes the visibility rules read, in one pass over the element's attribute list.
        private struct VisibilityAttributes {
            package var hidden = false
            package var ariaHidden: AttributeValue?
            package var style: AttributeValue?
            package var classes: AttributeValue?
            package var id: AttributeValue?
        }

        private func isHidden(_ node: xmlNodePtr) -> Bool {
            guard node.pointee.properties != nil else { return false }
            let a = Self.visibilityAttributes(node)
            if a.hidden { return true }
            switch a.ariaHidden {
            case .ascii(let bytes)?: if Self.equalsIgnoringASCIICase(bytes, "true") { return true }
            case .text(let text)?: if text.lowercased() == "true" { return true }
            case nil: break
            }
            switch a.style {
            case .ascii(let bytes)?:
                // As `styleHides(_:)` does for ASCII: lower-cased, without white space.
                var compact: [UInt8] = []
                compact.reserveCapacity(bytes.count)
                for b in bytes where !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                    compact.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                }
                if HTMLVisibility.styleHides(asciiBytes: compact) { return true }
            case .text(let text)?: if HTMLVisibility.styleHides(text) { return true }
            case nil: break
            }
            if Self.namesChrome(a.classes) || Self.namesChrome(a.id) { return true }
            if hiddenRules.isEmpty { return false }
            return hiddenRules.hides(classAttribute: a.classes?.string, id: a.id?.string)
        }

        private static func namesChrome(_ value: AttributeValue?) -> Bool {
            switch value {
            case .ascii(let bytes)?: return HTMLVisibility.namesChrome(asciiBytes: bytes)
            case .text(let text)?: return HTMLVisibility.namesChrome(text)
            case nil: return false
            }
        }

        /// Whether ASCII bytes spell `literal` (lower-case) in any case.
        private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
            guard bytes.count == literal.utf8CodeUnitCount else { return false }
            for (k, b) in bytes.enumerated() where (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) != literal.utf8Start[k] { return false }
            return true
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
                if key == 3 {
                    a.hidden = true
                    continue
                }
                let value = Self.value(of: p, on: node, name: n)
                switch key {
                case 0: a.classes = value
                case 1: a.id = value
                case 2: a.style = value
                default: a.ariaHidden = value
                }
            }
            return a
        }

        /// An attribute's value: its one text child, or what `xmlGetProp` assembles.
        private static func value(of attr: xmlAttrPtr, on node: xmlNodePtr, name: UnsafePointer<xmlChar>) -> AttributeValue {
            if let child = attr.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE,
               let content = child.pointee.content {
                let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
                return bytes.allSatisfy({ $0 < 0x80 }) ? .ascii(bytes) : .text(String(cString: content))
            }
            guard let v = xmlGetProp(node, name) else { return .text("") }
            defer { CLibXML2_free(v) }
            return .text(String(cString: v))
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

        package static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
            guard let value = xmlGetProp(node, key) else { return nil }
            defer { CLibXML2_free(value) }
            return String(cString: value)
        }
    }
}
