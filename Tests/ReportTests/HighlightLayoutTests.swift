import XCTest
@testable import YaodianCore

/// Spans of a record overlap in every way; the layout must always give well-nested elements
/// whose text is exactly each span's text.
final class HighlightLayoutTests: XCTestCase {
    typealias Span = HighlightLayout.Span

    func testTargetNestsInsideItsClause() {
        let layout = HighlightLayout(scalarCount: 6, spans: [Span(layer: .clause, start: 0, end: 6), Span(layer: .target, start: 2, end: 4)])
        XCTAssertEqual(layout.pieces, [.open(0, continued: false), .text(0..<2), .open(1, continued: false), .text(2..<4),
                                       .close(1), .text(4..<6), .close(0)])
    }

    func testCrossingTargetsAreSplitNotInterleaved() {
        // Seed 000: `…规范化发热门诊29家` and `29家…达到100%` share `29家`.
        let layout = HighlightLayout(scalarCount: 10, spans: [Span(layer: .target, start: 1, end: 5), Span(layer: .target, start: 3, end: 8)])
        XCTAssertEqual(layout.pieces, [
            .text(0..<1), .open(0, continued: false), .text(1..<3), .open(1, continued: false), .text(3..<5),
            .close(1), .close(0), .open(1, continued: true), .text(5..<8), .close(1), .text(8..<10),
        ])
    }

    func testClausesStayOutermostEvenWhenAFlagStartsEarlier() {
        // A truncated flag from the end of clause 1 into clause 2: each clause holds a piece of it.
        let spans = [Span(layer: .clause, start: 0, end: 5), Span(layer: .clause, start: 5, end: 10), Span(layer: .flag, start: 3, end: 7)]
        let layout = HighlightLayout(scalarCount: 10, spans: spans)
        XCTAssertEqual(layout.pieces, [
            .open(0, continued: false), .text(0..<3), .open(2, continued: false), .text(3..<5), .close(2), .close(0),
            .open(1, continued: false), .open(2, continued: true), .text(5..<7), .close(2), .text(7..<10), .close(1),
        ])
    }

    func testPointsAndOutOfRangeSpans() {
        let spans = [Span(layer: .flag, start: 0, end: 0), Span(layer: .target, start: 2, end: 99),
                     Span(layer: .flag, start: 4, end: 1), Span(layer: .target, start: -5, end: 1)]
        let layout = HighlightLayout(scalarCount: 4, spans: spans)
        XCTAssertEqual(layout.spans[1], Span(layer: .target, start: 2, end: 4))
        XCTAssertEqual(layout.spans[2], Span(layer: .flag, start: 4, end: 4), "an end before the start is a point")
        XCTAssertEqual(layout.spans[3], Span(layer: .target, start: 0, end: 1))
        XCTAssertEqual(layout.pieces, [
            .point(0), .open(3, continued: false), .text(0..<1), .close(3), .text(1..<2), .open(1, continued: false),
            .text(2..<4), .close(1), .point(2),
        ])
    }

    func testEmptyBody() {
        XCTAssertEqual(HighlightLayout(scalarCount: 0, spans: [Span(layer: .flag, start: 0, end: 3)]).pieces, [.point(0)])
        XCTAssertEqual(HighlightLayout(scalarCount: 0, spans: []).pieces, [])
    }

    /// Random spans, a fixed seed: elements always nest, the text is laid out once in order, and
    /// every span's fragments cover exactly its text.
    func testRandomSpansAlwaysNestAndCoverTheirText() {
        var rng = SplitMix(seed: 20_231_124)
        for _ in 0..<400 {
            let n = Int(rng.next() % 40)
            let spans = (0..<Int(rng.next() % 12)).map { _ -> Span in
                let layer = HighlightLayout.Layer.allCases[Int(rng.next() % 4)]
                let a = Int(rng.next() % UInt64(n + 3)) - 1
                let b = Int(rng.next() % UInt64(n + 3)) - 1
                return Span(layer: layer, start: min(a, b), end: max(a, b))
            }
            let layout = HighlightLayout(scalarCount: n, spans: spans)
            var stack: [Int] = []
            var position = 0
            var covered = Array(repeating: [Int](), count: layout.spans.count)
            var opened = Set<Int>()
            for piece in layout.pieces {
                switch piece {
                case .text(let r):
                    XCTAssertEqual(r.lowerBound, position)
                    XCTAssertFalse(r.isEmpty)
                    position = r.upperBound
                    for s in stack { covered[s].append(contentsOf: r) }
                    // Outer before inner: layers never decrease going in.
                    for (outer, inner) in zip(stack, stack.dropFirst()) {
                        XCTAssertLessThanOrEqual(layout.spans[outer].layer, layout.spans[inner].layer)
                    }
                case .open(let s, let continued):
                    XCTAssertFalse(stack.contains(s))
                    XCTAssertEqual(continued, opened.contains(s))
                    opened.insert(s)
                    stack.append(s)
                case .close(let s):
                    XCTAssertEqual(stack.popLast(), s)
                case .point(let s):
                    XCTAssertEqual(layout.spans[s].start, position)
                    XCTAssertEqual(layout.spans[s].start, layout.spans[s].end)
                }
            }
            XCTAssertTrue(stack.isEmpty)
            XCTAssertEqual(position, n)
            for (i, span) in layout.spans.enumerated() {
                XCTAssertEqual(covered[i], Array(span.start..<span.end), "span \(span) in \(spans)")
            }
        }
    }
}
