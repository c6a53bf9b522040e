import Foundation

/// How the highlighted spans of a document nest in its body, as a flat sequence of pieces:
/// open an element, text, close an element, a point marker.
///
/// The spans of a record overlap in every way. A clause's span holds its responsibility tag and
/// its targets; two targets of one sentence can cross (e.g. `…规范化发热门诊29家` and
/// `29家…设置达到100%` share `29家`); a `truncated` flag covers a banner and the `redacted_values`
/// flags inside it and may run past a clause's end; a `toc_removed` flag is a point (start = end).
/// HTML elements must nest, so the body is cut at every span boundary and each piece of text
/// is wrapped in the spans that cover it, outermost first: clauses, then responsibility tags,
/// then targets, then flags (a layer never sits inside a higher one), and within a layer the
/// span that starts first, then the longer one. A span that crosses another is closed and
/// reopened around it: its later fragments are `continued`, so a renderer gives the element id
/// to the first fragment only.
///
/// Offsets are Unicode scalar offsets into the body, clamped to `0...scalarCount`; a span whose
/// end is before its start is taken as a point at its start.
///
/// ```swift
/// let layout = HighlightLayout(scalarCount: 6, spans: [
///     .init(layer: .clause, start: 0, end: 6), .init(layer: .target, start: 2, end: 4)])
/// // [.open(0, continued: false), .text(0..<2), .open(1, continued: false), .text(2..<4),
/// //  .close(1), .text(4..<6), .close(0)]
/// ```
public struct HighlightLayout: Sendable, Hashable {
    /// The kind of a span, outermost first.
    public enum Layer: Int, Sendable, Hashable, Comparable, CaseIterable {
        case clause, responsibility, target, flag

        public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One span to highlight, in Unicode scalar offsets of the body.
    public struct Span: Sendable, Hashable {
        public var layer: Layer
        public var start: Int
        public var end: Int

        public init(layer: Layer, start: Int, end: Int) {
            self.layer = layer
            self.start = start
            self.end = end
        }
    }

    /// One step of the output. Span numbers are indices into `spans`.
    public enum Piece: Sendable, Hashable {
        /// Body text, scalars `range` of the body.
        case text(Range<Int>)
        /// Opens an element for a span; `continued` when an earlier fragment of it was closed.
        case open(Int, continued: Bool)
        /// Closes the innermost open element, which belongs to this span.
        case close(Int)
        /// A span of no length, at the current position.
        case point(Int)
    }

    public let scalarCount: Int
    /// The spans as given, clamped to the body.
    public let spans: [Span]
    public let pieces: [Piece]

    public init(scalarCount: Int, spans: [Span]) {
        let count = max(0, scalarCount)
        let clamped = spans.map { span -> Span in
            let start = min(max(span.start, 0), count)
            let end = min(max(span.end, start), count)
            return Span(layer: span.layer, start: start, end: end)
        }
        self.scalarCount = count
        self.spans = clamped
        self.pieces = Self.layOut(count: count, spans: clamped)
    }

    /// Whether span `a` is wrapped around span `b` when both cover the same text.
    private static func isOuter(_ a: Int, _ b: Int, _ spans: [Span]) -> Bool {
        let x = spans[a], y = spans[b]
        if x.layer != y.layer { return x.layer < y.layer }
        if x.start != y.start { return x.start < y.start }
        if x.end != y.end { return x.end > y.end }
        return a < b
    }

    private static func layOut(count: Int, spans: [Span]) -> [Piece] {
        var startsAt: [Int: [Int]] = [:]
        var endsAt: [Int: [Int]] = [:]
        var pointsAt: [Int: [Int]] = [:]
        var boundaries: Set<Int> = [0, count]
        for (index, span) in spans.enumerated() {
            if span.start == span.end {
                pointsAt[span.start, default: []].append(index)
            } else {
                startsAt[span.start, default: []].append(index)
                endsAt[span.end, default: []].append(index)
            }
            boundaries.insert(span.start)
            boundaries.insert(span.end)
        }
        let positions = boundaries.sorted()

        var pieces: [Piece] = []
        var active: Set<Int> = []
        var stack: [Int] = []
        var opened: Set<Int> = []
        for (i, position) in positions.enumerated() {
            for index in endsAt[position] ?? [] { active.remove(index) }
            for index in startsAt[position] ?? [] { active.insert(index) }
            let next = i + 1 < positions.count ? positions[i + 1] : nil
            let wanted = next == nil ? [] : active.sorted { isOuter($0, $1, spans) }

            var kept = 0
            while kept < stack.count, kept < wanted.count, stack[kept] == wanted[kept] { kept += 1 }
            while stack.count > kept {
                pieces.append(.close(stack.removeLast()))
            }
            let points = (pointsAt[position] ?? []).sorted { isOuter($0, $1, spans) }
            pieces.append(contentsOf: points.map { .point($0) })
            for index in wanted[kept...] {
                pieces.append(.open(index, continued: opened.contains(index)))
                opened.insert(index)
                stack.append(index)
            }
            if let end = next {
                pieces.append(.text(position..<end))
            }
        }
        return pieces
    }
}
