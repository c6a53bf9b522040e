import Foundation
import YaodianText
import YaodianModel
import YaodianIngest

/// The Clean stage: from a decoded page to its body text and its chrome metadata.
///
/// HTML goes through libxml2 (`HTMLDocument`) first; then HTML and copied text share one
/// line-level pass: paywall banners are cut out (and remembered as truncations), chrome lines
/// are classified and dropped (metadata lines feed `chromeFields`), everything above a
/// breadcrumb is the masthead, everything short after a footer line in the second half is the
/// footer, runs of bare clause markers between spam tags are junk (a spam page's `1. 2. 3. 4.`),
/// a table of contents is removed, and scraper line breaks are joined.
public struct DocumentCleaner: Sendable {
    public init() {}

    public func clean(_ doc: DecodedDocument) throws(YaodianError) -> CleanDocument {
        var htmlTitle: String?
        var htmlMeta: [String: String] = [:]
        var depthLimited = false
        var lines: [TextLine]
        if doc.format == .html {
            let html = try HTMLDocument.extract(doc.text, path: doc.source.sourcePath)
            lines = html.bytes.withUnsafeBufferPointer { LineSplitter.split(bytes: $0) }
            htmlTitle = html.title.map { LineSplitter.trim($0) }
            htmlMeta = html.meta
            depthLimited = html.depthLimited
        } else {
            lines = LineSplitter.split(doc.text)
        }
        Self.cutBanners(&lines)
        var fields: [ChromeFieldParser.Entry] = []
        var breadcrumb: Int?
        var footer: Int?
        for i in lines.indices where !lines[i].dropped {
            if let entries = ChromeFieldParser.parse(lines[i]) {
                fields.append(contentsOf: entries)
                lines[i].dropped = true
                continue
            }
            guard let kind = ChromeClassifier.classify(lines[i]) else { continue }
            lines[i].dropped = true
            if kind == .breadcrumb, breadcrumb == nil { breadcrumb = i }
            if kind == .footer || kind == .relatedLinks, footer == nil, i >= lines.count / CleanRules.footerStartDivisor { footer = i }
        }
        var siteHeader: [String] = []
        if let b = breadcrumb, b <= max(CleanRules.mastheadMinLines, lines.count * CleanRules.mastheadShare.0 / CleanRules.mastheadShare.1) {
            let page = PageTitle.withoutSiteName(htmlTitle)
            for i in 0..<b where !lines[i].dropped {
                // A page may put the article title above its breadcrumb: that line is body.
                if Self.isDocumentTitle(lines[i].text, page: page) { continue }
                siteHeader.append(lines[i].text)
                lines[i].dropped = true
            }
        }
        if let f = footer {
            var i = f + 1
            while i < lines.count, lines[i].characterCount < CleanRules.maxFooterTailLineLength {
                lines[i].dropped = true
                i += 1
            }
        }
        Self.dropJunkMarkers(&lines)
        var tocMark: (index: Int, detail: String)?
        if let toc = TableOfContentsDetector.find(lines) {
            let kept = lines[toc].filter { !$0.dropped }
            let first = kept.dropFirst().first?.text ?? ""
            tocMark = (toc.upperBound, "table of contents of \(kept.count) lines removed, starting 「\(first)」")
            for i in toc { lines[i].dropped = true }
            if toc.upperBound < lines.count { lines[toc.upperBound].hardBreakBefore = true }
        }
        // Keep the remaining lines, carrying cut and hard-break information across dropped ones.
        var kept: [TextLine] = []
        var tocKeptIndex: Int?
        var hardPending = false
        for (i, line) in lines.enumerated() {
            if let mark = tocMark, mark.index == i { tocKeptIndex = kept.count }
            if line.dropped {
                if line.cutAfter != nil, !kept.isEmpty, kept[kept.count - 1].cutAfter == nil {
                    kept[kept.count - 1].cutAfter = line.cutAfter
                }
                hardPending = true
                continue
            }
            var copy = line
            if hardPending { copy.hardBreakBefore = true }
            hardPending = false
            kept.append(copy)
        }
        if tocMark != nil, tocKeptIndex == nil { tocKeptIndex = kept.count }
        // Joining must not move the table-of-contents position: join the parts on each side.
        var joined: [TextLine]
        var tocLine: Int?
        if let t = tocKeptIndex {
            let before = LineJoiner.join(Array(kept[..<t]))
            let after = LineJoiner.join(Array(kept[t...]))
            tocLine = before.count
            joined = before + after
        } else {
            joined = LineJoiner.join(kept)
        }
        return Self.assemble(joined, tocLine: tocLine, tocDetail: tocMark?.detail, fields: fields, siteHeader: siteHeader,
                             htmlTitle: htmlTitle, htmlMeta: htmlMeta, depthLimited: depthLimited)
    }

    /// `CleanRules.titleEndingTrimmed` as the set `trimmingCharacters(in:)` takes, built once.
    private static let titleEndingTrimmed = CharacterSet(charactersIn: CleanRules.titleEndingTrimmed)

    /// Whether a line above the breadcrumb is the article's title; `page` is the page's
    /// `<title>` without its site suffix (`PageTitle.withoutSiteName`), cut once per page.
    package static func isDocumentTitle(_ line: String, page: String) -> Bool {
        let length = line.count
        guard CleanRules.documentTitleLength.contains(length), !line.contains("。"),
              !CleanRules.siteNameEndings.contains(where: { line.hasSuffix($0) }) else { return false }
        if page.count >= CleanRules.minPageTitleLength, page.containsText(line) || line.containsText(page) { return true }
        let core = line.trimmingCharacters(in: titleEndingTrimmed)
        return CleanRules.titleEndings.contains { core.hasSuffix($0) } && !line.contains(CleanRules.websiteWord)
    }

    /// Removes paywall and mirror banners from lines, remembering where text was cut.
    package static func cutBanners(_ lines: inout [TextLine]) {
        var i = 0
        while i < lines.count {
            var removedAny = false
            if PaywallBanner.isBannerLine(lines[i]) {
                // A whole line that says the rest is hidden: drop it and mark the cut on it, which
                // passes to the kept line before it.
                lines[i].dropped = true
                lines[i].cutAfter = "banner removed: " + lines[i].text
                i += 1
                continue
            }
            while let banner = PaywallBanner.find(in: lines[i]) {
                // The text before and after the banner (whose range counts Characters, which are
                // the scalars on a plain line).
                let before: String
                let after: String
                if lines[i].plain {
                    let scalars = lines[i].scalars
                    before = String(scalars: scalars[..<banner.range.lowerBound])
                    after = String(scalars: scalars[banner.range.upperBound...])
                } else {
                    let chars = Array(lines[i].text)
                    before = String(chars[..<banner.range.lowerBound])
                    after = String(chars[banner.range.upperBound...])
                }
                let detail = "banner removed: " + banner.text
                if !after.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\u{3000}" }) {
                    // Text continues after the banner on the same line: split it there.
                    lines[i].text = LineSplitter.trim(before)
                    lines[i].cutAfter = detail
                    lines.insert(TextLine(text: LineSplitter.trim(after), hardBreakBefore: true), at: i + 1)
                } else {
                    lines[i].text = LineSplitter.trim(before)
                    lines[i].cutAfter = detail
                }
                if lines[i].text.isEmpty { lines[i].dropped = true }
                if i + 1 < lines.count { lines[i + 1].hardBreakBefore = true }
                removedAny = true
                if banner.unclosed {
                    // The banner goes on over the next short lines until its parenthesis closes.
                    var j = i + 1
                    while j < lines.count, j <= i + CleanRules.maxBannerContinuationLines,
                          lines[j].characterCount <= CleanRules.maxBannerContinuationLength {
                        lines[j].dropped = true
                        let closes = lines[j].text.contains(")") || lines[j].text.contains("）")
                        j += 1
                        if closes { break }
                    }
                    if j < lines.count { lines[j].hardBreakBefore = true }
                }
                if lines[i].dropped { break }
            }
            _ = removedAny
            i += 1
        }
    }

    /// Bare clause markers and bullets left between spam tags: a run of two or more, or one
    /// with no body line after it. A single bare marker followed by text is a real clause whose
    /// heading is on the next line, and is kept.
    package static func dropJunkMarkers(_ lines: inout [TextLine]) {
        func isBare(_ line: TextLine) -> Bool {
            let s = line.scalars
            if let m = MarkerParser.match(s, at: 0), m.contentStart >= s.count { return true }
            return false
        }
        let live = lines.indices.filter { !lines[$0].dropped }
        var k = 0
        while k < live.count {
            guard isBare(lines[live[k]]) else { k += 1; continue }
            var end = k
            while end + 1 < live.count, isBare(lines[live[end + 1]]) { end += 1 }
            if end > k || end + 1 >= live.count {
                for m in k...end { lines[live[m]].dropped = true }
            }
            k = end + 1
        }
    }

    package static func assemble(_ lines: [TextLine], tocLine: Int?, tocDetail: String?, fields: [ChromeFieldParser.Entry],
                         siteHeader: [String], htmlTitle: String?, htmlMeta: [String: String],
                         depthLimited: Bool) -> CleanDocument {
        var body = ""
        body.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(lines.reduce(0) { $0 + $1.scalars.count + 1 })
        var truncations: [CleanDocument.Mark] = []
        var toc: CleanDocument.Mark?
        var offset = 0
        for (index, line) in lines.enumerated() {
            if index == tocLine, let detail = tocDetail { toc = CleanDocument.Mark(start: offset, end: offset, detail: detail) }
            if index > 0 {
                body += "\n"
                scalars.append("\n")
                offset += 1
            }
            body += line.text
            scalars.append(contentsOf: line.scalars)
            let lineStart = offset
            offset += line.scalars.count
            if let cut = line.cutAfter {
                truncations.append(CleanDocument.Mark(start: SentenceFragment.start(line.scalars, base: lineStart), end: offset, detail: cut))
            }
        }
        if tocLine == lines.count, let detail = tocDetail { toc = CleanDocument.Mark(start: offset, end: offset, detail: detail) }
        // Every kept line is trimmed and non-empty and holds no line end: they are `body.nonEmptyLines`.
        return CleanDocument(body: body, bodyScalars: scalars, bodyLines: lines.map(\.text), chromeFields: fields, siteHeader: siteHeader, htmlTitle: htmlTitle,
                             htmlMeta: htmlMeta, truncations: truncations, tableOfContents: toc, depthLimited: depthLimited)
    }

}
