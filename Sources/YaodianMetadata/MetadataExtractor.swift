import Foundation
import YaodianText
import YaodianModel
import YaodianClean

/// The Metadata stage: title, 文号, publisher, dates, 索引号, region and plan year
/// (extraction guide, section 5), from the chrome fields the Clean stage kept, the page's
/// `<meta>` tags, and the body's own first and last lines.
public struct MetadataExtractor: Sendable {
    public init() {}


    public func extract(_ clean: CleanDocument) -> DocumentMetadata {
        var meta = DocumentMetadata()
        func field(_ f: ChromeFieldParser.Field) -> String {
            clean.chromeFields.first { $0.field == f && !$0.value.isEmpty }?.value ?? ""
        }
        let lines = clean.bodyLines
        meta.title = field(.title)
        if meta.title.isEmpty, let t = clean.htmlMeta["articletitle"], !t.isEmpty { meta.title = LineSplitter.trim(t) }
        if meta.title.isEmpty { meta.title = Self.title(lines, pageTitle: PageTitle.withoutSiteName(clean.htmlTitle)) }
        meta.docNumber = field(.docNumber)
        if meta.docNumber.isEmpty { meta.docNumber = lines.prefix(MetadataRules.docNumberSearchLines).lazy.compactMap(DocumentNumber.first(in:)).first ?? "" }
        meta.publisher = field(.publisher)
        if meta.publisher.isEmpty { meta.publisher = clean.htmlMeta["contentsource"] ?? "" }
        meta.publishedDate = DateText.firstISODate(in: field(.publishedDate)) ?? ""
        if meta.publishedDate.isEmpty, let d = clean.htmlMeta["pubdate"] { meta.publishedDate = DateText.firstISODate(in: d) ?? "" }
        meta.writtenDate = DateText.firstISODate(in: field(.writtenDate)) ?? ""
        if meta.writtenDate.isEmpty { meta.writtenDate = Self.signatureDate(lines) }
        meta.indexNumber = field(.indexNumber)
        meta.region = RegionFinder.find(title: meta.title, publisher: meta.publisher, siteHeader: clean.siteHeader, body: clean.body,
                                        bodyScalars: clean.bodyScalars)
        meta.planYear = Self.planYear(title: meta.title)
        return meta
    }

    /// The title: a body line that the page's `<title>` repeats, else the first title-like line,
    /// else the `<title>` itself.
    package static func title(_ lines: [String], pageTitle: String) -> String {
        if pageTitle.count >= MetadataRules.minPageTitleLength {
            for line in lines.prefix(MetadataRules.pageTitleSearchLines) where MetadataRules.titleLength.contains(line.count) {
                if line == pageTitle || pageTitle.contains(line) || line.contains(pageTitle) { return line }
            }
        }
        return titleLine(lines) ?? pageTitle
    }

    /// The date under the signature: a date line right below an issuing body (a transmittal
    /// notice signs before the plan it carries), else a date line in the closing block.
    package static func signatureDate(_ lines: [String]) -> String {
        for i in lines.indices.dropLast() where ClosingBlock.isSignature(lines[i]) && DateText.isDateLine(lines[i + 1]) {
            return DateText.firstISODate(in: lines[i + 1]) ?? ""
        }
        let closing = ClosingBlock.start(of: lines)
        if closing < lines.count,
           let date = lines[closing...].first(where: { DateText.isDateLine($0) || ClosingBlock.isSignatureWithDate($0) }) {
            return DateText.firstISODate(in: date) ?? ""
        }
        return ""
    }

    /// The first body line that reads as a title: not a clause, a date, a 文号 or an address line.
    package static func titleLine(_ lines: [String]) -> String? {
        for line in lines.prefix(MetadataRules.titleSearchLines) {
            let s = Array(line.unicodeScalars)
            if MarkerParser.match(s, at: 0) != nil || DateText.isDateLine(line) || DocumentNumber.first(in: line) == line { continue }
            if line.hasSuffix("：") || line.hasSuffix(":") { continue }
            // A sentence (`完成B。（县卫健局负责）`) is body text, not a title.
            if MetadataRules.titleLength.contains(s.count), !line.contains("。") { return line }
            return nil
        }
        return nil
    }


    /// The year of the one yearly plan a title names: each year in the title reads the words up to
    /// the next year, and is a plan year when they name a plan (`2024年工作要点`), not when they name
    /// a summary (`2023年工作总结`); a mixed title (`2023年工作总结和2024年工作计划`) has the plan
    /// part's year. A span of years (`2021-2025年`) is a multi-year plan: no plan year.
    package static func planYear(title: String) -> String {
        let s = Array(title.unicodeScalars)
        var years: [(year: Int, at: Int)] = []
        var i = 0
        while i + 4 < s.count {
            if (i == 0 || ChineseNumeral.digit(s[i - 1]) == nil), let a = ChineseNumeral.digit(s[i]), let b = ChineseNumeral.digit(s[i + 1]),
               let c = ChineseNumeral.digit(s[i + 2]), let d = ChineseNumeral.digit(s[i + 3]), ChineseNumeral.digit(s[i + 4]) == nil {
                let y = a * 1000 + b * 100 + c * 10 + d
                if MetadataRules.yearSpanJoiners.contains(s[i + 4]) { return "" }
                if MetadataRules.planYears.contains(y) { years.append((y, i)) }
                i += 4
                continue
            }
            i += 1
        }
        var planYears: Set<Int> = []
        for (n, year) in years.enumerated() {
            // The first year also reads the words before it (`谋划2021年工作`).
            let start = n == 0 ? 0 : year.at
            let end = n + 1 < years.count ? years[n + 1].at : s.count
            let words = String(String.UnicodeScalarView(s[start..<end]))
            let plan = MetadataRules.planWords.contains { words.containsText($0) }
            let report = MetadataRules.reportWords.contains { words.containsText($0) }
            if plan && !report { planYears.insert(year.year) }
        }
        // A title that is a report as a whole (`…2023年度工作总结`) names no plan.
        return planYears.count == 1 ? "\(planYears.first ?? 0)" : ""
    }
}
