import Foundation
import YaodianModel
import YaodianEmit

/// The review page of one document: its body with every clause, responsibility tag, target
/// and flag highlighted where the offsets say, and a side panel with its metadata, the row
/// of what was clicked, and lists of flags, targets, tags and clauses linking into the text.
///
/// A reviewer reads a plan and sees `1.` start clause `1.1.1` (a badge `1.1.1 arabic`), the
/// tag `（牵头领导：钱博；责任科室：疾控科、医政科、应急办等）` in green inside it, and the target
/// `建成4家示范发热门诊` in yellow; hovering shows the row as a tooltip, clicking shows it (and the
/// rows of the spans around it) in the panel. Spans nest as `HighlightLayout` lays them out; a
/// span split around a crossing one keeps its id on the first fragment, and every fragment
/// carries `data-row` so a click on any of them selects the whole row. Element ids:
/// `clause-<clause_id>`, `tag-<n>`, `target-<n>`, `flag-<n>` (n counts from 0 in the record's
/// order; the rows of one tag, one per party, share one highlight).
///
/// Offsets outside the body are clamped, so a damaged record still renders.
public struct DocumentPageRenderer: Sendable {
    public var record: DocumentRecord
    /// Where the "all documents" link points.
    public var indexFileName: String

    public init(record: DocumentRecord, indexFileName: String = "index.html") {
        self.record = record
        self.indexFileName = indexFileName
    }

    /// One highlighted thing: its span, its element id, its classes, tooltip and row.
    package struct Item: Sendable {
        package var layer: HighlightLayout.Layer
        package var start: Int
        package var end: Int
        package var key: String
        package var classes: String
        package var tooltip: String
        package var detail: String
        /// The clause badge, for clauses.
        package var badge: String = ""
    }

    /// The whole page.
    public func render() -> String {
        let scalars = Array(record.body.unicodeScalars)
        let items = makeItems(scalars)
        let layout = HighlightLayout(scalarCount: scalars.count,
                                     spans: items.map { .init(layer: $0.layer, start: $0.start, end: $0.end) })
        let m = record.metadata
        let title = m.title.isEmpty ? record.docID : m.title
        let clauseCount = record.clauses.flattened.count

        var html = "<header class=\"top\"><div class=\"sub\"><a href=\"\(HTMLEscaping.attribute(indexFileName))\">← 全部文件 All documents</a>"
        html += " · <code>\(HTMLEscaping.text(record.docID))</code></div>"
        html += "<h1>\(HTMLEscaping.text(title))</h1>"
        html += "<div class=\"sub\">\(clauseCount) clauses · \(record.targets.count) targets · "
        html += "\(record.responsibilities.count) responsibility rows · \(record.flags.count) flags · \(scalars.count) characters</div></header>\n"
        html += "<main class=\"doc\"><section class=\"text\">\n"
        html += "<div class=\"body\" id=\"body\" lang=\"zh-CN\">" + renderBody(scalars, layout: layout, items: items) + "</div>\n"
        html += "<div id=\"rows\" hidden>" + items.map { "<div class=\"row-detail\" id=\"row-\(HTMLEscaping.attribute($0.key))\" hidden>\($0.detail)</div>" }.joined() + "</div>\n"
        html += "</section>\n<aside>" + sidePanel(scalars, items: items) + "</aside></main>"
        return ReportPage.html(title: "\(title) — Yaodian", bodyClass: "document", content: html, script: ReportPage.documentScript)
    }

    /// The body with its highlights, as laid out.
    package func renderBody(_ scalars: [Unicode.Scalar], layout: HighlightLayout, items: [Item]) -> String {
        var out = ""
        for piece in layout.pieces {
            switch piece {
            case .text(let range):
                out += HTMLEscaping.text(scalars[range])
            case .open(let index, let continued):
                let item = items[index]
                out += openTag(item, first: !continued, point: false)
                if !continued { out += item.badge }
            case .close:
                out += "</span>"
            case .point(let index):
                let item = items[index]
                let mark = item.layer == .clause ? item.badge : (item.layer == .flag ? "⚑" : "▪")
                out += openTag(item, first: true, point: true) + mark + "</span>"
            }
        }
        return out
    }

    private func openTag(_ item: Item, first: Bool, point: Bool) -> String {
        var classes = "hl " + item.classes
        if !first { classes += " cont" }
        if point { classes += " point" }
        var tag = "<span class=\"\(HTMLEscaping.attribute(classes))\""
        if first { tag += " id=\"\(HTMLEscaping.attribute(item.key))\"" }
        tag += " data-row=\"\(HTMLEscaping.attribute(item.key))\" title=\"\(HTMLEscaping.attribute(item.tooltip))\">"
        return tag
    }

    // MARK: - Items

    package func makeItems(_ scalars: [Unicode.Scalar]) -> [Item] {
        var used: Set<String> = []
        func unique(_ raw: String) -> String {
            // An id has no whitespace; clause ids never do, but a damaged record might.
            let key = String(String.UnicodeScalarView(raw.unicodeScalars.map { $0.properties.isWhitespace ? "_" : $0 }))
            var candidate = key
            var n = 2
            while used.contains(candidate) {
                candidate = "\(key)~\(n)"
                n += 1
            }
            used.insert(candidate)
            return candidate
        }

        var items: [Item] = []
        for clause in record.clauses.flattened {
            let style = clause.markerStyle.rawValue
            var tooltip = "clause \(clause.id) · \(style) · depth \(clause.depth)"
            tooltip += "\n" + clause.marker + clause.heading
            let badge = "<span class=\"cmark s-\(style)\" data-clause=\"\(HTMLEscaping.attribute(clause.id))\">"
                + "\(HTMLEscaping.text(clause.id))<small>\(style)</small></span>"
            let detail = Self.detail("条款 clause \(clause.id)", [
                ("clause_id", clause.id), ("parent_id", clause.parentID ?? ""), ("depth", "\(clause.depth)"),
                ("marker_style", style), ("ordinal", clause.ordinal.map { "\($0)" } ?? ""), ("marker", clause.marker),
                ("heading", clause.heading), ("text", clause.text), ("start", "\(clause.start)"), ("end", "\(clause.end)"),
            ])
            items.append(Item(layer: .clause, start: clause.start, end: clause.end, key: unique("clause-\(clause.id)"),
                              classes: "clause depth-\(clause.depth) style-\(style)", tooltip: tooltip, detail: detail,
                              badge: badge))
        }

        for (n, group) in responsibilityGroups().enumerated() {
            let key = unique("tag-\(n)")
            let first = group[0]
            let parties = group.map { "\($0.role.rawValue): \($0.name) (\($0.partyKind.rawValue)\($0.label.isEmpty ? "" : ", " + $0.label))" }
            let tooltip = "responsibility tag" + (first.clauseID.map { " · clause \($0)" } ?? "") + "\n" + parties.joined(separator: "\n")
            var detail = Self.detail("责任 responsibility tag", [
                ("clause_id", first.clauseID ?? ""), ("raw", first.raw), ("start", "\(first.start)"), ("end", "\(first.end)"),
            ])
            detail += "<table class=\"parties\"><tr><th>role</th><th>party_kind</th><th>name</th><th>label</th></tr>"
            for row in group {
                detail += "<tr><td>\(row.role.rawValue)</td><td>\(row.partyKind.rawValue)</td>"
                detail += "<td>\(HTMLEscaping.text(row.name))</td><td>\(HTMLEscaping.text(row.label))</td></tr>"
            }
            detail += "</table>"
            items.append(Item(layer: .responsibility, start: first.start, end: first.end, key: key,
                              classes: "tag", tooltip: tooltip, detail: detail))
        }

        for (n, target) in record.targets.enumerated() {
            let key = unique("target-\(n)")
            var value = CSVTables.number(target.value)
            if target.valueMax != nil { value += "–" + CSVTables.number(target.valueMax) }
            if target.redacted { value = "(redacted)" }
            var tooltip = "target · \(target.kind.rawValue)" + (target.clauseID.map { " · clause \($0)" } ?? "")
            tooltip += "\n\(target.indicator) \(target.comparator.rawValue) \(value)\(target.unit)"
            if !target.deadline.isEmpty { tooltip += "\ndeadline: \(target.deadline)" }
            let detail = Self.detail("指标 target", [
                ("clause_id", target.clauseID ?? ""), ("indicator", target.indicator), ("comparator", target.comparator.rawValue),
                ("value", CSVTables.number(target.value)), ("value_max", CSVTables.number(target.valueMax)), ("unit", target.unit),
                ("deadline", target.deadline), ("kind", target.kind.rawValue), ("redacted", target.redacted ? "true" : "false"),
                ("raw", target.raw), ("start", "\(target.start)"), ("end", "\(target.end)"),
            ])
            items.append(Item(layer: .target, start: target.start, end: target.end, key: key,
                              classes: "target kind-\(target.kind.rawValue)", tooltip: tooltip, detail: detail))
        }

        for (n, flag) in record.flags.enumerated() {
            let key = unique("flag-\(n)")
            let tooltip = "flag \(flag.flag.rawValue)\n\(flag.detail)"
            let detail = Self.detail("问题 flag \(flag.flag.rawValue)", [
                ("flag", flag.flag.rawValue), ("detail", flag.detail), ("start", "\(flag.start)"), ("end", "\(flag.end)"),
                ("text", Self.excerpt(scalars, flag.start, flag.end, limit: 200)),
            ])
            items.append(Item(layer: .flag, start: flag.start, end: flag.end, key: key,
                              classes: "flag flag-\(flag.flag.rawValue)", tooltip: tooltip, detail: detail))
        }
        return items
    }

    /// The rows of one tag (one per party) together, in the order of their first row.
    package func responsibilityGroups() -> [[Responsibility]] {
        var order: [[Responsibility]] = []
        var slot: [String: Int] = [:]
        for row in record.responsibilities {
            let key = "\(row.start):\(row.end):\(row.clauseID ?? "")"
            if let i = slot[key] {
                order[i].append(row)
            } else {
                slot[key] = order.count
                order.append([row])
            }
        }
        return order
    }

    // MARK: - Side panel

    package func sidePanel(_ scalars: [Unicode.Scalar], items: [Item]) -> String {
        let m = record.metadata
        var html = "<h2>选中 Selected</h2><div id=\"selection\"><p class=\"hint\">点击正文中的高亮查看数据行。Click a highlight to see its row.</p></div>"
        html += "<h2>图例 Legend</h2><p class=\"legend\"><span class=\"cmark\">1.1<small>style</small></span>clause "
        html += "<span class=\"sw tag\">责任 tag</span><span class=\"sw target\">指标 target</span>"
        html += "<span class=\"sw flag\">问题 flag</span><span class=\"flag point\">⚑</span>flag at a point</p>"

        html += "<h2>元数据 Metadata</h2><dl class=\"meta\">"
        let fields: [(String, String)] = [
            ("doc_id", record.docID), ("title", m.title), ("doc_number", m.docNumber), ("publisher", m.publisher),
            ("published_date", m.publishedDate), ("written_date", m.writtenDate), ("index_number", m.indexNumber),
            ("region", m.region), ("plan_year", m.planYear), ("attachments", m.attachments.joined(separator: "；")),
            ("source_path", record.sourcePath), ("format", record.format), ("encoding", record.encoding),
            ("sha256", record.sha256), ("truncated", record.truncated ? "true" : "false"),
        ]
        for (name, value) in fields {
            let shown = value.isEmpty ? "<span class=\"none\">—</span>" : HTMLEscaping.text(value)
            let cls = name == "sha256" || name == "source_path" ? " class=\"mono\"" : ""
            html += "<dt>\(name)</dt><dd\(cls)>\(shown)</dd>"
        }
        html += "</dl>"

        let flagItems = items.filter { $0.layer == .flag }
        html += "<h2>问题 Flags (\(record.flags.count))</h2>"
        if record.flags.isEmpty {
            html += "<p class=\"none\">No flags.</p>"
        } else {
            html += "<ol class=\"items\">"
            for (flag, item) in zip(record.flags, flagItems) {
                html += "<li><a href=\"#\(HTMLEscaping.attribute(item.key))\">\(flag.flag.rawValue)</a> "
                html += "\(HTMLEscaping.text(flag.detail)) <span class=\"mono\">\(flag.start)–\(flag.end)</span></li>"
            }
            html += "</ol>"
        }

        let targetItems = items.filter { $0.layer == .target }
        html += "<details open><summary>指标 Targets (\(record.targets.count))</summary><ol class=\"items\">"
        for (target, item) in zip(record.targets, targetItems) {
            html += "<li><a href=\"#\(HTMLEscaping.attribute(item.key))\">\(HTMLEscaping.text(target.indicator.isEmpty ? target.raw : target.indicator))</a>"
            html += " <span class=\"excerpt\">\(HTMLEscaping.text(target.raw))</span></li>"
        }
        html += "</ol></details>"

        let groups = responsibilityGroups()
        let tagItems = items.filter { $0.layer == .responsibility }
        html += "<details><summary>责任 Responsibility tags (\(groups.count) tags, \(record.responsibilities.count) rows)</summary><ol class=\"items\">"
        for (group, item) in zip(groups, tagItems) {
            let names = group.map(\.name).joined(separator: "、")
            html += "<li><a href=\"#\(HTMLEscaping.attribute(item.key))\">\(HTMLEscaping.text(names))</a>"
            html += group[0].clauseID.map { " <span class=\"mono\">\(HTMLEscaping.text($0))</span>" } ?? ""
            html += "</li>"
        }
        html += "</ol></details>"

        let clauseItems = items.filter { $0.layer == .clause }
        html += "<details><summary>条款 Clauses (\(clauseItems.count))</summary><ol class=\"items\">"
        for (clause, item) in zip(record.clauses.flattened, clauseItems) {
            html += "<li><a href=\"#\(HTMLEscaping.attribute(item.key))\" class=\"mono\">\(HTMLEscaping.text(clause.id))</a> "
            html += "\(HTMLEscaping.text(clause.marker + clause.heading))</li>"
        }
        html += "</ol></details>"
        return html
    }

    // MARK: - Helpers

    /// A row as a heading and a two-column table of fields.
    package static func detail(_ heading: String, _ fields: [(String, String)]) -> String {
        var html = "<h3>\(HTMLEscaping.text(heading))</h3><table>"
        for (name, value) in fields {
            html += "<tr><th>\(HTMLEscaping.text(name))</th><td>\(HTMLEscaping.text(value))</td></tr>"
        }
        return html + "</table>"
    }

    /// The body text of a span, clamped, cut at `limit` scalars.
    package static func excerpt(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, limit: Int) -> String {
        let s = min(max(start, 0), scalars.count)
        let e = min(max(end, s), scalars.count)
        var view = String.UnicodeScalarView(scalars[s..<min(e, s + limit)])
        if e - s > limit { view.append("…") }
        return String(view)
    }
}
