import Foundation
import YaodianText

/// Reads the metadata fields that a page shows in its chrome, as label–value pairs on one line:
/// `发布日期:2021-05-21 浏览次数:`, `索引号 | 00248984X/2020-17492 | 文件编号 | 发布机构 | …`
/// (a label followed directly by another label has an empty value), or
/// `发布时间: 2020-12-22   来源: 区卫生健康局   信息类型: 部门动态`.
///
/// A line is a metadata line only if it starts with a label that is followed by a separator
/// (`:`, `：`, `|`, `】` or spaces); weak labels (`时间`, `来源`, `日期` …) also need a second label
/// on the line or a short line, so a body sentence that starts with such a word stays body.
public enum ChromeFieldParser {
    /// Which metadata field a label feeds.
    public enum Field: String, Sendable, Hashable {
        case indexNumber, docNumber, publisher, publishedDate, writtenDate, title, other
    }

    /// One label and its value, as found on a chrome line.
    public struct Entry: Sendable, Hashable {
        public var label: String
        public var field: Field
        public var value: String

        public init(label: String, field: Field, value: String) {
            self.label = label
            self.field = field
            self.value = value
        }
    }

    /// `CleanRules.fieldLabels` and `CleanRules.otherFieldLabels` as (label, field, weak), longest first.
    package static let labels: [(String, Field, Bool)] = {
        var list = CleanRules.fieldLabels
        for o in CleanRules.otherFieldLabels { list.append((o, .other, CleanRules.weakOtherFieldLabels.contains(o))) }
        return list.sorted { $0.0.count > $1.0.count }
    }()


    /// `parse` of a line being cleaned, reusing its scalars.
    package static func parse(_ line: TextLine) -> [Entry]? {
        let hasBar = line.plain ? line.scalars.contains(where: { $0 == "|" || $0 == "｜" })
                                : line.text.contains("|") || line.text.contains("｜")
        if hasBar, let entries = parseCells(line.text) { return entries }
        return line.plain ? parseInline(line.scalars, tables: scalarTables) : parseInline(Array(line.text), tables: characterTables)
    }

    /// The entries of a metadata line, or nil if the line is not one.
    public static func parse(_ line: String) -> [Entry]? {
        let scalars = line.unicodeScalars
        let hasBar = PlainText.isPlain(scalars) ? scalars.contains(where: { $0 == "|" || $0 == "｜" })
                                                : line.contains("|") || line.contains("｜")
        if hasBar, let entries = parseCells(line) { return entries }
        return parseInline(line)
    }

    /// A table row flattened to ` | `-separated cells: a cell that is only a label (`索 引 号：`)
    /// takes the following non-label cells as its value; a cell may also hold `label：value`.
    package static func parseCells(_ line: String) -> [Entry]? {
        let pieces = line.split(whereSeparator: { $0 == "|" || $0 == "｜" })
        // The first non-empty cell decides (most rows of bars are menus): the rest is trimmed after.
        var firstIndex = 0
        var firstCell = ""
        while firstIndex < pieces.count {
            firstCell = LineSplitter.trim(String(pieces[firstIndex]))
            if !firstCell.isEmpty { break }
            firstIndex += 1
        }
        guard firstIndex < pieces.count, mayStartWithLabel(firstCell),
              cellLabel(firstCell) != nil || parseInline(firstCell) != nil else { return nil }
        let cells = [firstCell] + pieces[(firstIndex + 1)...].map { LineSplitter.trim(String($0)) }.filter { !$0.isEmpty }
        var entries: [Entry] = []
        var current: (text: String, field: Field)?
        var values: [String] = []
        var strong = false
        func flush() {
            if let c = current { entries.append(Entry(label: c.text, field: c.field, value: values.joined(separator: " "))) }
            current = nil
            values = []
        }
        for cell in cells {
            if let l = cellLabel(cell) {
                flush()
                current = (l.text, l.field)
                strong = strong || !l.weak
            } else if current == nil, let inline = parseInline(cell) {
                entries.append(contentsOf: inline)
                strong = true
            } else {
                values.append(cell)
            }
        }
        flush()
        guard strong || entries.count >= 2 else { return nil }
        return entries
    }

    /// Whether a label can start `cell` for `cellLabel` or `parseInline`: its first scalar after
    /// the leading marks and spaces starts some label (a quick test that rejects most body cells).
    /// Only a plain cell (`PlainText`) is judged by scalar; on any other, Character comparison
    /// (a compatibility ideograph equals its unified twin) could still find a label.
    package static func mayStartWithLabel(_ cell: String) -> Bool {
        let tables = scalarTables
        let scalars = cell.unicodeScalars
        guard PlainText.isPlain(scalars) else { return true }
        guard let first = scalars.first(where: { !tables.leading.contains($0) }) else { return false }
        return tables.firstUnits.contains(first)
    }

    /// A cell that is exactly a label, spaces inside and a trailing colon allowed.
    package static func cellLabel(_ cell: String) -> (text: String, field: Field, weak: Bool)? {
        var compact = cell.filter { $0 != " " && $0 != "\u{3000}" }
        while compact.hasSuffix(":") || compact.hasSuffix("：") { compact.removeLast() }
        // One hashed lookup instead of comparing with every label (String hashing and `==` both
        // follow canonical equivalence; the first label of `labels` wins, as the search did).
        guard let hit = labelsByText[compact] else { return nil }
        return (hit.0, hit.1, hit.2)
    }

    /// `labels` by their text, the first of `labels` kept for a text listed twice.
    package static let labelsByText: [String: (String, Field, Bool)] = {
        var table: [String: (String, Field, Bool)] = [:]
        for label in labels where table[label.0] == nil { table[label.0] = label }
        return table
    }()

    package static func parseInline(_ line: String) -> [Entry]? {
        let scalars = Array(line.unicodeScalars)
        // On a plain line (`PlainText`) scalars and Characters are the same units.
        if PlainText.isPlain(scalars) { return parseInline(scalars, tables: scalarTables) }
        return parseInline(Array(line), tables: characterTables)
    }

    /// The label table and separator sets in the units a line is read in.
    package struct Tables<Unit: LineUnit>: Sendable {
        package let labels: [(text: String, units: [Unit], field: Field, weak: Bool)]
        package let separators: Set<Unit>
        package let leading: Set<Unit>
        /// The first unit of every label: a quick test before trying the labels one by one.
        package let firstUnits: Set<Unit>

        package init() {
            labels = ChromeFieldParser.labels.map { ($0.0, Unit.units(of: $0.0), $0.1, $0.2) }
            firstUnits = Set(labels.compactMap(\.units.first))
            separators = Set(CleanRules.fieldSeparators.flatMap { Unit.units(of: String($0)) })
            leading = Set(CleanRules.fieldLeading.flatMap { Unit.units(of: String($0)) })
        }
    }

    package static let characterTables = Tables<Character>()
    package static let scalarTables = Tables<Unicode.Scalar>()

    package static func parseInline<Unit: LineUnit>(_ chars: [Unit], tables: Tables<Unit>) -> [Entry]? {
        var i = 0
        while i < chars.count, tables.leading.contains(chars[i]) { i += 1 }
        guard let first = label(at: i, in: chars, tables: tables), first.hasSeparator else { return nil }
        var found: [(start: Int, valueStart: Int, label: String, field: Field, weak: Bool)] = []
        var j = i
        while j < chars.count {
            if j == i || boundary(before: j, in: chars), let l = label(at: j, in: chars, tables: tables), l.hasSeparator {
                found.append((j, l.valueStart, l.text, l.field, l.weak))
                j = l.valueStart
                continue
            }
            j += 1
        }
        if found.count == 1 && found[0].weak && chars.count > CleanRules.maxWeakFieldLineLength { return nil }
        var entries: [Entry] = []
        for (k, f) in found.enumerated() {
            let end = k + 1 < found.count ? found[k + 1].start : chars.count
            let raw = f.valueStart < end ? Unit.string(chars[f.valueStart..<end]) : ""
            let value = trimValue(raw)
            entries.append(Entry(label: f.label, field: f.field, value: value))
        }
        // A long value on a single-label line is a sentence, not a field.
        if entries.count == 1, entries[0].value.count > CleanRules.maxSingleFieldValueLength { return nil }
        return entries
    }

    /// `raw.trimmingCharacters(in:)` of `CleanRules.fieldValueTrimmed`, on the scalars (all single UTF-16 units),
    /// without building a `CharacterSet` and bridging for every value.
    package static func trimValue(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        let range = scalars.trimmedRange { CleanRules.fieldValueTrimmed.contains($0) }
        if range == scalars.startIndex..<scalars.endIndex { return raw }
        return String(Substring(scalars[range]))
    }

    private static func boundary<Unit: LineUnit>(before j: Int, in chars: [Unit]) -> Bool {
        guard j > 0 else { return true }
        let p = chars[j - 1]
        return p == " " || p == "\u{3000}" || p == "\t" || p == "|" || p == "｜" || p == "【" || p == "[" || p == "】"
            || p == "]" || p == "\u{A0}"
    }

    private static func label<Unit: LineUnit>(at i: Int, in chars: [Unit], tables: Tables<Unit>)
        -> (text: String, field: Field, weak: Bool, valueStart: Int, hasSeparator: Bool)? {
        // Every label starts at `i` itself (spaces are skipped only inside a label).
        guard i < chars.count, tables.firstUnits.contains(chars[i]) else { return nil }
        for (text, units, field, weak) in tables.labels {
            // Labels may be spaced out on a page: 索 引 号.
            var k = i
            var matched = true
            for ch in units {
                while k < chars.count, k > i, chars[k] == " " || chars[k] == "\u{3000}" { k += 1 }
                guard k < chars.count, chars[k] == ch else { matched = false; break }
                k += 1
            }
            guard matched else { continue }
            var v = k
            var sawSpace = false
            while v < chars.count, chars[v] == " " || chars[v] == "\u{3000}" || chars[v] == "\t" || chars[v] == "\u{A0}" {
                v += 1
                sawSpace = true
            }
            if v < chars.count, tables.separators.contains(chars[v]) {
                return (text, field, weak, v + 1, true)
            }
            if v == chars.count { return (text, field, weak, v, true) }
            return (text, field, weak, v, sawSpace && !weak)
        }
        return nil
    }
}

/// A unit a line is read in: a `Character`, or a `Unicode.Scalar` on a plain line (`PlainText`).
package protocol LineUnit: Hashable, Sendable, ExpressibleByUnicodeScalarLiteral {
    static func units(of text: String) -> [Self]
    static func string(_ units: ArraySlice<Self>) -> String
    /// The unit of a one-scalar Character (a rule word of `CleanRules`).
    static func unit(_ character: Character) -> Self
    /// `PaywallBanner.isBanner` of these units (scalars come from plain lines only).
    static func isBannerText(_ units: ArraySlice<Self>) -> Bool
}

extension Character: LineUnit {
    package static func units(of text: String) -> [Character] { Array(text) }
    package static func string(_ units: ArraySlice<Character>) -> String { String(units) }
    package static func unit(_ character: Character) -> Character { character }
    package static func isBannerText(_ units: ArraySlice<Character>) -> Bool { PaywallBanner.isBanner(String(units)) }
}

extension Unicode.Scalar: LineUnit {
    package static func units(of text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
    package static func string(_ units: ArraySlice<Unicode.Scalar>) -> String { String(scalars: units) }
    package static func unit(_ character: Character) -> Unicode.Scalar { character.unicodeScalars.first! }
    package static func isBannerText(_ units: ArraySlice<Unicode.Scalar>) -> Bool { PaywallBanner.isBanner(plain: Array(units)) }
}
