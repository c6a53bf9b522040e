import Foundation
import YaodianText

/// Decides, one line at a time, whether a line is site chrome (extraction guide, section 1),
/// using the tables of `ChromeRules`.
package enum ChromeClassifier {
    package enum Kind: Equatable {
        case breadcrumb, counter, widgets, footer, relatedLinks, bullet, pageNumber
    }

    package static func classify(_ line: TextLine) -> Kind? {
        line.plain ? classifyPlain(line.scalars) : classifyText(line.text)
    }

    package static func classify(_ text: String) -> Kind? {
        let scalars = Array(text.unicodeScalars)
        if PlainText.isPlain(scalars) { return classifyPlain(scalars) }
        return classifyText(text)
    }

    /// `classify` with `String` operations, for any line.
    package static func classifyText(_ text: String) -> Kind? {
        let length = text.count
        if ChromeRules.breadcrumbPrefixes.contains(where: { text.hasPrefix($0) }) { return .breadcrumb }
        let sentence = isSentence(text)
        // 》 separates breadcrumb levels only when no 《 opens a book title (首页开设《健康青溪》专栏).
        if length <= 120, text.contains("首页"), !sentence,
           ChromeRules.breadcrumbSeparators.contains(where: { text.contains($0) && !($0 == "》" && text.contains("《")) }) {
            return .breadcrumb
        }
        // Counter and footer words also occur in body sentences (阅读量达到50万人次。, 提供技术支持。).
        if length <= 60, !sentence, ChromeRules.counterWords.contains(where: { text.contains($0) }) { return .counter }
        if length <= 200, !sentence, ChromeRules.footerWords.contains(where: { text.contains($0) }) { return .footer }
        // The heading alone (相关链接：, 【相关阅读】, 相关文章 更多>>), not a heading that starts with it
        // (相关信息系统整合).
        let heading = text.drop { $0 == "【" || $0 == "[" }
        if length <= 12, let word = ChromeRules.relatedLinksWords.first(where: { heading.hasPrefix($0) }),
           heading.dropFirst(word.count).allSatisfy({ ChromeRules.widgetSeparators.contains($0) || $0 == "更" || $0 == "多" }) {
            return .relatedLinks
        }
        if isWidgetsOnly(text) { return .widgets }
        if text.allSatisfy({ ChromeRules.bullets.contains($0) || $0 == " " }) { return .bullet }
        if isPageNumber(text) { return .pageNumber }
        return nil
    }

    /// A line of the document rather than of the site: it starts with a clause marker or holds a
    /// sentence end. Chrome lines are labels and link lists, not sentences.
    package static func isSentence(_ text: String) -> Bool {
        if text.contains("。") || text.hasSuffix("；") || text.hasSuffix(";") { return true }
        return MarkerParser.match(Array(text.unicodeScalars), at: 0) != nil
    }

    /// A line made only of widget words and separators: `分享:`, `关闭 打印`, `【字号:`, `大 中 小`.
    package static func isWidgetsOnly(_ text: String) -> Bool {
        guard text.count <= 60 else { return false }
        var rest = text
        for word in ChromeRules.widgetWords where rest.contains(word) {
            rest = rest.replacingOccurrences(of: word, with: " ")
        }
        return rest.allSatisfy { ChromeRules.widgetSeparators.contains($0) }
    }

    /// `- 3 -`, `—12—`, `第3页`, `3/10`, or a bare number of at most three digits.
    package static func isPageNumber(_ text: String) -> Bool {
        let compact = text.filter { $0 != " " }
        guard !compact.isEmpty, compact.count <= 12 else { return false }
        let digits = compact.filter { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6 else { return false }
        let rest = compact.filter { !($0.isASCII && $0.isNumber) }
        let dashes: Set<Character> = ["-", "—", "–", "－", "/"]
        if rest.isEmpty { return digits.count <= 3 }
        if rest.allSatisfy({ dashes.contains($0) }) { return true }
        if rest.hasPrefix("第"), rest.contains("页") {
            return rest.allSatisfy { "第页共,，/ ".contains($0) }
        }
        return false
    }

    // MARK: The same rules on the scalars of a plain line (`PlainText`).

    private static let breadcrumbPrefixScalars = PlainText.table(ChromeRules.breadcrumbPrefixes)
    private static let breadcrumbSeparatorScalars = PlainText.table(ChromeRules.breadcrumbSeparators)
    private static let counterWordScalars = PlainText.table(ChromeRules.counterWords)
    private static let footerWordScalars = PlainText.table(ChromeRules.footerWords)
    private static let relatedLinksWordScalars = PlainText.table(ChromeRules.relatedLinksWords)
    private static let widgetWordScalars = PlainText.table(ChromeRules.widgetWords)
    private static let widgetSeparatorScalars = Set(ChromeRules.widgetSeparators.flatMap(\.unicodeScalars))
    private static let bulletScalars = Set(ChromeRules.bullets.flatMap(\.unicodeScalars))
    private static let homePage = Array("首页".unicodeScalars)

    /// `classifyText` for a line that `PlainText.isPlain` accepts: one scalar is one Character.
    package static func classifyPlain(_ s: [Unicode.Scalar]) -> Kind? {
        let length = s.count
        if breadcrumbPrefixScalars.contains(where: { PlainText.hasPrefix(s, $0) }) { return .breadcrumb }
        let sentence = s.contains("。") || s.last == "；" || s.last == ";" || MarkerParser.match(s, at: 0) != nil
        if length <= 120, !sentence, PlainText.contains(s, homePage),
           breadcrumbSeparatorScalars.contains(where: { PlainText.contains(s, $0) && !($0 == ["》"] && s.contains("《")) }) {
            return .breadcrumb
        }
        if length <= 60, !sentence, counterWordScalars.contains(where: { PlainText.contains(s, $0) }) { return .counter }
        if length <= 200, !sentence, footerWordScalars.contains(where: { PlainText.contains(s, $0) }) { return .footer }
        let heading = s.drop { $0 == "【" || $0 == "[" }
        if length <= 12, let word = relatedLinksWordScalars.first(where: { PlainText.hasPrefix(heading, $0) }),
           heading.dropFirst(word.count).allSatisfy({ widgetSeparatorScalars.contains($0) || $0 == "更" || $0 == "多" }) {
            return .relatedLinks
        }
        if isWidgetsOnlyPlain(s) { return .widgets }
        if s.allSatisfy({ bulletScalars.contains($0) || $0 == " " }) { return .bullet }
        if isPageNumberPlain(s) { return .pageNumber }
        return nil
    }

    /// Every scalar of a widget word or a separator: a line with any other scalar is not widgets only.
    private static let widgetAlphabet = Set(widgetWordScalars.joined()).union(widgetSeparatorScalars)

    package static func isWidgetsOnlyPlain(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 60, s.allSatisfy(widgetAlphabet.contains) else { return false }
        var rest = s
        for word in widgetWordScalars where PlainText.contains(rest, word) {
            PlainText.replaceAll(&rest, word, with: " ")
        }
        return rest.allSatisfy { widgetSeparatorScalars.contains($0) }
    }

    package static func isPageNumberPlain(_ s: [Unicode.Scalar]) -> Bool {
        // At most 12 scalars besides spaces (checked before anything is copied).
        var nonSpace = 0
        for c in s where c != " " {
            nonSpace += 1
            if nonSpace > 12 { return false }
        }
        let compact = s.filter { $0 != " " }
        guard !compact.isEmpty, compact.count <= 12 else { return false }
        let isDigit: (Unicode.Scalar) -> Bool = { $0.value >= 0x30 && $0.value <= 0x39 }
        let digits = compact.filter(isDigit)
        guard !digits.isEmpty, digits.count <= 6 else { return false }
        let rest = compact.filter { !isDigit($0) }
        let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "－", "/"]
        if rest.isEmpty { return digits.count <= 3 }
        if rest.allSatisfy({ dashes.contains($0) }) { return true }
        if rest.first == "第", rest.contains("页") {
            return rest.allSatisfy { "第页共,，/ ".unicodeScalars.contains($0) }
        }
        return false
    }
}
