import Foundation
import YaodianText
import YaodianModel
import YaodianClean
import YaodianMetadata

/// Builds the clause tree of a body (extraction guide, section 2).
///
/// Depth comes from the document: a marker style seen for the first time opens a level under the
/// current one, and a style already open closes the levels below it, so `一、 → 1.` (a skipped
/// level) and numbering that runs on across parents (`1.`…`28.` under (一)…(十九)) both
/// come out right. A marker starts a clause at the start of a line, or inside a line right after
/// a sentence end when it opens a new sequence (ordinal 1) or continues the one in progress
/// (`…管理水平。16.打造…`); after a truncation cut the sequence may resume at any later
/// ordinal (`五是` after a paywall). An unnumbered paragraph is a `paragraph` clause when
/// it carries its own responsibility tag or follows a sibling closed by one (a paragraph after
/// the last tagged item of a list).
public struct ClauseSegmenter: Sendable {
    /// Where responsibility tags sit (Extract's grammar, passed in by the pipeline).
    package let tagFinder: any TrailingTagFinder

    public init(tags: any TrailingTagFinder) {
        tagFinder = tags
    }

    private struct Draft {
        package var style: MarkerStyle
        package var ordinal: Int?
        package var start: Int
        package var markerEnd: Int
        package var contentStart: Int
        package var parent: Int?
        package var closedByTag = false
    }

    private struct Level {
        package var style: MarkerStyle
        package var lastOrdinal: Int
        package var node: Int
    }

    /// Segments `body`. `matching`, when given, is a same-length Simplified twin of the body
    /// (see `ScriptNormalizer`): markers and tags are recognised in it, while every emitted string
    /// is sliced from the body itself.
    public func segment(body: String, matching: [Unicode.Scalar]? = nil, truncations: [CleanDocument.Mark] = []) -> SegmentedDocument {
        segment(scalars: Array(body.unicodeScalars), matching: matching, truncations: truncations, text: body)
    }

    /// `segment(body:)` on the body's scalars, which the pipeline has already. `text`, when
    /// given, must be the body whose scalars these are: clause strings are then cut from it.
    public func segment(scalars original: [Unicode.Scalar], matching: [Unicode.Scalar]? = nil,
                        truncations: [CleanDocument.Mark] = [], text: String? = nil) -> SegmentedDocument {
        let s = matching.flatMap { $0.count == original.count ? $0 : nil } ?? original
        var lineRanges: [Range<Int>] = []
        var lineStart = 0
        for (i, c) in s.enumerated() where c == "\n" {
            lineRanges.append(lineStart..<i)
            lineStart = i + 1
        }
        if lineStart <= s.count { lineRanges.append(lineStart..<s.count) }
        let attachments = AttachmentList.find(in: s, lines: lineRanges)
        // The closing block is read from the end: only the last lines become strings, unless
        // the block runs over all of them.
        let tail = min(lineRanges.count, SegmentRules.closingLinesRead)
        var closing = lineRanges.count - tail + ClosingBlock.start(of: lineRanges.suffix(tail).map { String(scalars: s[$0]) })
        if closing == lineRanges.count - tail, tail < lineRanges.count {
            closing = ClosingBlock.start(of: lineRanges.map { String(scalars: s[$0]) })
        }
        var stops: [Int] = attachments.lines.map { lineRanges[$0].lowerBound }
        if closing < lineRanges.count { stops.append(lineRanges[closing].lowerBound) }
        stops.sort()
        let cuts = truncations.map(\.end).sorted()

        var drafts: [Draft] = []
        var stack: [Level] = []

        func place(_ m: MarkerMatch) {
            let parent: Int?
            if let k = stack.firstIndex(where: { $0.style == m.style }) {
                stack.removeSubrange((k + 1)...)
                parent = k > 0 ? stack[k - 1].node : nil
                stack[k] = Level(style: m.style, lastOrdinal: m.ordinal, node: drafts.count)
            } else {
                parent = stack.last?.node
                stack.append(Level(style: m.style, lastOrdinal: m.ordinal, node: drafts.count))
            }
            drafts.append(Draft(style: m.style, ordinal: m.ordinal, start: m.start, markerEnd: m.markerEnd,
                                contentStart: m.contentStart, parent: parent))
        }

        func placeParagraph(at start: Int) {
            if let top = stack.last, drafts[top.node].closedByTag || top.style == .paragraph {
                // A sibling of the work item before it (which keeps its level's numbering).
                let parent = drafts[top.node].parent
                stack[stack.count - 1].node = drafts.count
                drafts.append(Draft(style: .paragraph, ordinal: nil, start: start, markerEnd: start, contentStart: start, parent: parent))
            } else {
                let parent = stack.last?.node
                stack.append(Level(style: .paragraph, lastOrdinal: 0, node: drafts.count))
                drafts.append(Draft(style: .paragraph, ordinal: nil, start: start, markerEnd: start, contentStart: start, parent: parent))
            }
        }

        func acceptsInline(_ m: MarkerMatch) -> Bool {
            guard let k = stack.firstIndex(where: { $0.style == m.style }) else { return m.ordinal == 1 }
            let level = stack[k]
            if m.ordinal == level.lastOrdinal + 1 { return true }
            let since = drafts[level.node].start
            return m.ordinal > level.lastOrdinal && cuts.contains { $0 >= since && $0 <= m.start }
        }

        let sentenceEnds = SegmentRules.sentenceEnds, closingQuotes = SegmentRules.closingQuotes
        // A marker alone on its line (`一、`) takes its heading from the next line, which is
        // therefore its content and never a paragraph clause of its own.
        var awaitingHeading = false
        for (index, range) in lineRanges.enumerated() {
            if attachments.lines.contains(index) || index >= closing || range.isEmpty { continue }
            var scanFrom = range.lowerBound
            let headingLine = awaitingHeading
            awaitingHeading = false
            let marked = MarkerParser.match(s, at: range.lowerBound)
            if let m = marked {
                place(m)
                scanFrom = m.contentStart
                awaitingHeading = m.contentStart >= range.upperBound
            }
            // The line's trailing tag, parsed at most once (a paragraph test, then the closed-by-tag mark).
            var lineTag: TagMark??
            func trailingTag() -> TagMark? {
                if let known = lineTag { return known }
                let found = tagFinder.trailingTag(in: s, range: range)
                lineTag = .some(found)
                return found
            }
            if marked == nil, !headingLine, !stack.isEmpty {
                let tag = trailingTag()
                // A line that is only a tag closes the clause above it; it is no work item.
                let tagOnly = tag.map { $0.range.lowerBound == range.lowerBound } ?? false
                if !tagOnly, tag != nil || drafts[stack[stack.count - 1].node].closedByTag {
                    placeParagraph(at: range.lowerBound)
                }
            }
            // Inline markers after sentence ends.
            var i = scanFrom
            while i < range.upperBound {
                if sentenceEnds.contains(s[i]) {
                    var j = i + 1
                    while j < range.upperBound, closingQuotes.contains(s[j]) || MarkerParser.isSpace(s[j]) { j += 1 }
                    if j < range.upperBound, let m = MarkerParser.match(s, at: j), m.contentStart < range.upperBound,
                       acceptsInline(m) {
                        place(m)
                        i = m.contentStart
                        continue
                    }
                }
                i += 1
            }
            if let top = stack.last {
                drafts[top.node].closedByTag = trailingTag() != nil
            }
        }
        var slicer = ScalarSlicer(text: text ?? String(scalars: original), scalars: original)
        return build(drafts, s: s, slicer: &slicer, stops: stops, bodyEnd: s.count, attachments: attachments.items)
    }

    private func build(_ drafts: [Draft], s: [Unicode.Scalar], slicer: inout ScalarSlicer, stops: [Int], bodyEnd: Int,
                       attachments: [String]) -> SegmentedDocument {
        let original = slicer.scalars
        var children: [[Int]] = Array(repeating: [], count: drafts.count)
        var roots: [Int] = []
        for (i, d) in drafts.enumerated() {
            if let p = d.parent { children[p].append(i) } else { roots.append(i) }
        }
        var ids = Array(repeating: "", count: drafts.count)
        var depths = Array(repeating: 1, count: drafts.count)
        var queue: [(Int, String, Int)] = roots.enumerated().map { ($0.element, "\($0.offset + 1)", 1) }
        while let (node, id, depth) = queue.popLast() {
            ids[node] = id
            depths[node] = depth
            for (k, c) in children[node].enumerated() { queue.append((c, id + ".\(k + 1)", depth + 1)) }
        }
        var tags: [String: TagMark] = [:]
        var flat: [Clause] = []
        for (i, d) in drafts.enumerated() {
            var segEnd = i + 1 < drafts.count ? drafts[i + 1].start : bodyEnd
            if let stop = stops.first(where: { $0 > d.start && $0 < segEnd }) { segEnd = stop }
            while segEnd > d.start, s[segEnd - 1] == "\n" || MarkerParser.isSpace(s[segEnd - 1]) { segEnd -= 1 }
            var textEnd = segEnd
            if let tag = tagFinder.trailingTag(in: s, range: d.contentStart..<segEnd) {
                tags[ids[i]] = tag
                textEnd = tag.range.lowerBound
            }
            var textStart = d.contentStart
            while textStart < textEnd, s[textStart] == "\n" || MarkerParser.isSpace(s[textStart]) { textStart += 1 }
            while textEnd > textStart, s[textEnd - 1] == "\n" || MarkerParser.isSpace(s[textEnd - 1]) { textEnd -= 1 }
            let textRange = textStart..<max(textStart, textEnd)
            let marker = slicer.string(d.start..<d.markerEnd)
            let heading = Self.heading(of: original[textRange], slicer: &slicer)
            let text = slicer.string(textRange)
            flat.append(Clause(id: ids[i], parentID: d.parent.map { ids[$0] }, depth: depths[i], markerStyle: d.style,
                               ordinal: d.ordinal, marker: marker, heading: heading, text: text,
                               start: d.start, end: max(d.start, segEnd)))
        }
        // Assemble the tree bottom-up.
        var nodes = flat
        for i in stride(from: drafts.count - 1, through: 0, by: -1) {
            nodes[i].children = children[i].map { nodes[$0] }
        }
        return SegmentedDocument(clauses: roots.map { nodes[$0] }, tags: tags, attachments: attachments)
    }

    /// Clause text up to its first `。` or line end, without the `；`/`，` that only separates it
    /// from the next inline clause (`①完善监测预警机制；②…`).
    package static func heading(of text: String) -> String {
        heading(of: Array(text.unicodeScalars)[...])
    }

    package static func heading(of text: ArraySlice<Unicode.Scalar>) -> String {
        var buffer: [UInt8] = []
        var kept: [Unicode.Scalar] = []
        return LineSplitter.trim(text[..<headingEnd(of: text)], buffer: &buffer, scalars: &kept)
    }

    /// `heading(of:)` of a slice of the slicer's body: cut from the body when trimming its ends
    /// is all `LineSplitter.trim` would do (no run of spaces inside).
    package static func heading(of text: ArraySlice<Unicode.Scalar>, slicer: inout ScalarSlicer) -> String {
        var end = headingEnd(of: text)
        var start = text.startIndex
        while start < end, LineSplitter.isTrimmable(text[start]) { start += 1 }
        while end > start, LineSplitter.isTrimmable(text[end - 1]) { end -= 1 }
        var k = start + 1
        while k < end, !(text[k] == " " && text[k - 1] == " ") { k += 1 }
        guard k >= end else { return heading(of: text) }
        return slicer.string(start..<end)
    }

    /// Where a heading ends in a clause's text: its first `。` or line end, before the `；`/`，`
    /// that separates it from an inline clause.
    private static func headingEnd(of text: ArraySlice<Unicode.Scalar>) -> Int {
        let fullStop = SegmentRules.fullStop, separators = SegmentRules.headingSeparators
        var end = text.firstIndex(where: { $0 == fullStop || $0 == "\n" }) ?? text.endIndex
        while end > text.startIndex, separators.contains(text[end - 1]) {
            end -= 1
        }
        return end
    }
}
