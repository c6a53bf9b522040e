/// A horizontal bar chart drawn as inline SVG, for the report's index page: one labelled bar
/// a row, its value written after it, each bar optionally a link.
///
/// Horizontal bars suit the report's labels, which are Chinese titles of uneven length
/// (`2021年嘉兴市卫生健康工作要点`) or flag names (`redacted_values`): the label column is sized
/// to the longest label (CJK characters counted as one em, others as about half), up to a limit,
/// and a longer label is cut with `…` while the full text stays in the bar's `<title>` tooltip.
/// Coordinates are whole pixels, so the same bars always give the same bytes. The SVG needs no
/// namespace or external font: it is inline in an HTML page and inherits the page's fonts.
///
/// ```swift
/// SVGBarChart(title: "Targets per document",
///             bars: [.init(label: "2021年全县卫生健康工作要点", value: 67, link: "004_e4a73cddc4d3395e.html")])
///     .render()
/// ```
public struct SVGBarChart: Sendable, Hashable {
    /// One bar: its label, its value, an optional link and a tooltip (the label when empty).
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Int
        public var link: String?
        public var tooltip: String

        public init(label: String, value: Int, link: String? = nil, tooltip: String = "") {
            self.label = label
            self.value = value
            self.link = link
            self.tooltip = tooltip
        }
    }

    public var title: String
    public var bars: [Bar]
    /// Total width in pixels.
    public var width: Int
    public var barHeight: Int
    public var gap: Int
    public var fontSize: Int
    /// The widest the label column may be, in pixels.
    public var maxLabelWidth: Int
    /// A CSS class for the bars (colours come from the page's style sheet).
    public var barClass: String

    public init(title: String, bars: [Bar], width: Int = 560, barHeight: Int = 20, gap: Int = 8, fontSize: Int = 13,
                maxLabelWidth: Int = 240, barClass: String = "bar") {
        self.title = title
        self.bars = bars
        self.width = width
        self.barHeight = barHeight
        self.gap = gap
        self.fontSize = fontSize
        self.maxLabelWidth = maxLabelWidth
        self.barClass = barClass
    }

    /// The height the chart takes.
    public var height: Int { gap + bars.count * (barHeight + gap) + (bars.isEmpty ? 24 : 0) }

    /// The `<svg>` element.
    public func render() -> String {
        let longest = bars.map { Self.textWidth($0.label, fontSize: fontSize) }.max() ?? 0
        let labelWidth = min(max(longest, 40), maxLabelWidth) + 8
        let valueWidth = Self.textWidth(String(bars.map(\.value).max() ?? 0), fontSize: fontSize) + 12
        let plotWidth = max(width - labelWidth - valueWidth, 20)
        let maximum = bars.map(\.value).max() ?? 0

        var svg = "<svg class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""
        svg += " font-size=\"\(fontSize)\" aria-label=\"\(HTMLEscaping.attribute(title))\">"
        svg += "<title>\(HTMLEscaping.text(title))</title>"
        if bars.isEmpty {
            svg += "<text class=\"empty\" x=\"0\" y=\"\(gap + fontSize)\">—</text>"
        }
        for (index, bar) in bars.enumerated() {
            let top = gap + index * (barHeight + gap)
            let baseline = top + (barHeight + fontSize) / 2 - 2
            let length = maximum > 0 ? Int((Double(max(bar.value, 0)) / Double(maximum) * Double(plotWidth)).rounded(.down)) : 0
            let shown = Self.fit(bar.label, width: labelWidth - 8, fontSize: fontSize)
            let tooltip = bar.tooltip.isEmpty ? "\(bar.label): \(bar.value)" : bar.tooltip
            var row = "<g class=\"row\(bar.value == 0 ? " zero" : "")\"><title>\(HTMLEscaping.text(tooltip))</title>"
            row += "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(baseline)\" text-anchor=\"end\">\(HTMLEscaping.text(shown))</text>"
            row += "<rect class=\"\(HTMLEscaping.attribute(barClass))\" x=\"\(labelWidth)\" y=\"\(top)\" width=\"\(length)\" height=\"\(barHeight)\" rx=\"3\"/>"
            row += "<text class=\"value\" x=\"\(labelWidth + length + 6)\" y=\"\(baseline)\">\(bar.value)</text></g>"
            if let link = bar.link {
                svg += "<a href=\"\(HTMLEscaping.attribute(link))\">\(row)</a>"
            } else {
                svg += row
            }
        }
        return svg + "</svg>"
    }

    /// Estimated width of a label: wide (CJK, full-width) characters one em, others 0.6 em.
    package static func textWidth(_ text: String, fontSize: Int) -> Int {
        let tenths = text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 10 : 6) }
        return (tenths * fontSize + 9) / 10
    }

    /// The label cut with `…` to fit `width` pixels.
    package static func fit(_ text: String, width: Int, fontSize: Int) -> String {
        guard textWidth(text, fontSize: fontSize) > width else { return text }
        var kept = String.UnicodeScalarView()
        var used = fontSize  // room for the ellipsis
        for scalar in text.unicodeScalars {
            let w = ((isWide(scalar) ? 10 : 6) * fontSize + 9) / 10
            if used + w > width { break }
            kept.append(scalar)
            used += w
        }
        return String(kept) + "…"
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
