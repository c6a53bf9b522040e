import YaodianModel
import YaodianEmit

/// The report's front page: what the corpus holds at a glance, and a way into each document.
///
/// It shows the totals (documents, clauses, targets, responsibility rows, flags, and the
/// documents that failed when `errors.csv` has rows), two inline SVG bar charts — targets per
/// document (each bar links to the document's page) and flags by name, every kind of the
/// extraction guide's section 6 with its count — and a sortable table of documents (title,
/// region, plan year, counts, flags) linking to their pages, then the failed documents.
/// A corpus of more than `chartLimit` documents charts the ones with the most targets.
public struct IndexPageRenderer: Sendable {
    public var records: [DocumentRecord]
    /// The page file name of each document (`ReportWriter.pageNames(for:)`).
    public var pageNames: [String: String]
    public var errors: [DocumentFailure]
    public var chartLimit: Int

    /// `records` are shown in the order given (`ReportWriter` sorts them by `doc_id`).
    public init(records: [DocumentRecord], pageNames: [String: String], errors: [DocumentFailure] = [], chartLimit: Int = 60) {
        self.records = records
        self.pageNames = pageNames
        self.errors = errors
        self.chartLimit = chartLimit
    }

    public func render() -> String {
        let clauseCounts = records.map { $0.clauses.flattened.count }
        let totals: [(String, String, Int)] = [
            ("documents", "文件", records.count),
            ("clauses", "条款", clauseCounts.reduce(0, +)),
            ("targets", "指标", records.reduce(0) { $0 + $1.targets.count }),
            ("responsibility rows", "责任", records.reduce(0) { $0 + $1.responsibilities.count }),
            ("flags", "问题", records.reduce(0) { $0 + $1.flags.count }),
        ]
        var html = "<header class=\"top\"><h1>要点 Yaodian review report</h1>"
        html += "<div class=\"sub\">\(records.count) documents from <code>documents.jsonl</code>"
        html += errors.isEmpty ? "" : " and \(errors.count) failed in <code>errors.csv</code>"
        html += " · yaodian \(HTMLEscaping.text(ToolVersion.current))</div></header>\n<main class=\"index\">\n"

        html += "<section class=\"cards\" id=\"summary\">"
        for (name, chinese, value) in totals {
            html += "<div class=\"card\" data-total=\"\(name)\"><b>\(value)</b><span>\(chinese) \(name)</span></div>"
        }
        if !errors.isEmpty {
            html += "<div class=\"card bad\" data-total=\"errors\"><b>\(errors.count)</b><span>失败 errors</span></div>"
        }
        html += "</section>\n"

        html += "<section class=\"charts\">"
        html += "<figure id=\"chart-targets\"><figcaption>指标 Targets per document"
        let charted = chartedRecords()
        if charted.count < records.count { html += " (the \(charted.count) with the most, of \(records.count))" }
        html += "</figcaption>" + targetChart(charted).render() + "</figure>"
        html += "<figure id=\"chart-flags\"><figcaption>问题 Flags by name</figcaption>" + flagChart().render() + "</figure>"
        html += "</section>\n"

        html += "<h2>文件 Documents</h2>\n" + documentTable(clauseCounts: clauseCounts)
        if !errors.isEmpty {
            html += "\n<h2>失败 Documents that could not be read (errors.csv)</h2>\n" + errorTable()
        }
        html += "\n</main>"
        return ReportPage.html(title: "Yaodian review report", bodyClass: "index", content: html, script: ReportPage.indexScript)
    }

    package func label(_ record: DocumentRecord) -> String {
        record.metadata.title.isEmpty ? record.docID : record.metadata.title
    }

    package func link(_ record: DocumentRecord) -> String {
        pageNames[record.docID] ?? (record.docID + ".html")
    }

    /// The documents the targets chart shows: all, or the `chartLimit` with the most targets.
    package func chartedRecords() -> [DocumentRecord] {
        guard records.count > chartLimit else { return records }
        let top = records.enumerated()
            .sorted { ($0.element.targets.count, $1.offset) > ($1.element.targets.count, $0.offset) }
            .prefix(max(chartLimit, 0))
            .map(\.offset)
            .sorted()
        return top.map { records[$0] }
    }

    package func targetChart(_ shown: [DocumentRecord]) -> SVGBarChart {
        SVGBarChart(title: "Targets per document", bars: shown.map { record in
            SVGBarChart.Bar(label: label(record), value: record.targets.count, link: link(record),
                            tooltip: "\(label(record)) (\(record.docID)): \(record.targets.count) targets")
        })
    }

    package func flagChart() -> SVGBarChart {
        var counts: [QualityFlag.Kind: Int] = [:]
        for record in records {
            for flag in record.flags { counts[flag.flag, default: 0] += 1 }
        }
        let bars = QualityFlag.Kind.allCases.map { kind -> SVGBarChart.Bar in
            let documents = records.filter { $0.flags.contains { $0.flag == kind } }.count
            return SVGBarChart.Bar(label: kind.rawValue, value: counts[kind] ?? 0, link: nil,
                                   tooltip: "\(kind.rawValue): \(counts[kind] ?? 0) flags in \(documents) documents")
        }
        return SVGBarChart(title: "Flags by name", bars: bars, width: 440, maxLabelWidth: 180, barClass: "flagbar")
    }

    package func documentTable(clauseCounts: [Int]) -> String {
        var html = "<table class=\"grid sortable\" id=\"docs\"><thead><tr><th>doc_id</th><th>title</th><th>region</th>"
        html += "<th class=\"num\">plan_year</th><th class=\"num\">clauses</th><th class=\"num\">targets</th>"
        html += "<th class=\"num\">responsibilities</th><th class=\"num\">flags</th><th>flag names</th></tr></thead><tbody>"
        for (record, clauses) in zip(records, clauseCounts) {
            let href = HTMLEscaping.attribute(link(record))
            html += "<tr><td class=\"mono\"><a href=\"\(href)\">\(HTMLEscaping.text(record.docID))</a></td>"
            html += "<td><a href=\"\(href)\">\(HTMLEscaping.text(label(record)))</a></td>"
            html += "<td>\(HTMLEscaping.text(record.metadata.region))</td>"
            html += "<td class=\"num\" data-v=\"\(HTMLEscaping.attribute(record.metadata.planYear.isEmpty ? "0" : record.metadata.planYear))\">"
            html += "\(HTMLEscaping.text(record.metadata.planYear))</td>"
            html += "<td class=\"num\">\(clauses)</td><td class=\"num\">\(record.targets.count)</td>"
            html += "<td class=\"num\">\(record.responsibilities.count)</td><td class=\"num\">\(record.flags.count)</td><td>"
            var perKind: [QualityFlag.Kind: Int] = [:]
            for flag in record.flags { perKind[flag.flag, default: 0] += 1 }
            for kind in QualityFlag.Kind.allCases {
                guard let n = perKind[kind] else { continue }
                html += "<span class=\"chip\">\(kind.rawValue)\(n > 1 ? " ×\(n)" : "")</span>"
            }
            html += "</td></tr>"
        }
        return html + "</tbody></table>"
    }

    package func errorTable() -> String {
        var html = "<table class=\"grid\" id=\"errors\"><thead><tr><th>doc_id</th><th>source_path</th><th>stage</th><th>error</th></tr></thead><tbody>"
        for e in errors {
            html += "<tr><td class=\"mono\">\(HTMLEscaping.text(e.docID))</td><td class=\"mono\">\(HTMLEscaping.text(e.sourcePath))</td>"
            html += "<td>\(HTMLEscaping.text(e.stage))</td><td>\(HTMLEscaping.text(e.error))</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
