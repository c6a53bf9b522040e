import Foundation
import YaodianText

/// Decides, one line at a time, whether a line is site chrome (extraction guide, section 1),
/// using the tables of `CleanRules`.
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
        if CleanRules.breadcrumbPrefixes.contains(where: { text.hasPrefix($0) }) { return .breadcrumb }
        let sentence = isSentence(text)
        // 》 separates breadcrumb levels only when no 《 opens a book title (首页开设《健康青溪》专栏).
        if length <= CleanRules.maxBreadcrumbLineLength, text.contains(CleanRules.homePageWord), !sentence,
           CleanRules.breadcrumbSeparators.contains(where: { text.contains($0) && !($0 == "》" && text.contains("《")) }) {
            return .breadcrumb
        }
        // Counter and footer words also occur in body sentences (阅读量达到50万人次。, 提供技术支持。).
        if length <= CleanRules.maxCounterLineLength, !sentence, CleanRules.counterWords.contains(where: { text.contains($0) }) { return .counter }
        if length <= CleanRules.maxFooterLineLength, !sentence, CleanRules.footerWords.contains(where: { text.contains($0) }) { return .footer }
        // The heading alone (相关链接：, 【相关阅读】, 相关文章 更多>>), not a heading that starts with it
        // (相关信息系统整合).
        let heading = text.drop { $0 == "【" || $0 == "[" }
        if length <= CleanRules.maxRelatedLinksLineLength, let word = CleanRules.relatedLinksWords.first(where: { heading.hasPrefix($0) }),
           heading.dropFirst(word.count).allSatisfy({ CleanRules.widgetSeparators.contains($0) || CleanRules.moreLinkCharacters.contains($0) }) {
            return .relatedLinks
        }
        if isWidgetsOnly(text) { return .widgets }
        if text.allSatisfy({ CleanRules.bullets.contains($0) || $0 == " " }) { return .bullet }
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
        guard text.count <= CleanRules.maxCounterLineLength else { return false }
        var rest = text
        for word in CleanRules.widgetWords where rest.contains(word) {
            rest = rest.replacingOccurrences(of: word, with: " ")
        }
        return rest.allSatisfy { CleanRules.widgetSeparators.contains($0) }
    }

    /// `- 3 -`, `—12—`, `第3页`, `3/10`, or a bare number of at most three digits.
    package static func isPageNumber(_ text: String) -> Bool {
        let compact = text.filter { $0 != " " }
        guard !compact.isEmpty, compact.count <= CleanRules.maxPageNumberLength else { return false }
        let digits = compact.filter { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= CleanRules.maxPageNumberDigits else { return false }
        let rest = compact.filter { !($0.isASCII && $0.isNumber) }
        if rest.isEmpty { return digits.count <= CleanRules.maxBarePageNumberDigits }
        if rest.allSatisfy({ CleanRules.pageNumberDashes.contains($0) }) { return true }
        if rest.hasPrefix(CleanRules.pageNumberOpening), rest.contains(CleanRules.pageNumberWord) {
            return rest.allSatisfy { CleanRules.pageNumberWordMarks.contains($0) }
        }
        return false
    }

    // MARK: The same rules on the scalars of a plain line (`PlainText`).

    private static let breadcrumbPrefixScalars = PlainText.table(CleanRules.breadcrumbPrefixes)
    private static let breadcrumbSeparatorScalars = PlainText.table(CleanRules.breadcrumbSeparators)
    private static let counterWordScalars = PlainText.table(CleanRules.counterWords)
    private static let footerWordScalars = PlainText.table(CleanRules.footerWords)
    private static let relatedLinksWordScalars = PlainText.table(CleanRules.relatedLinksWords)
    private static let widgetWordScalars = PlainText.table(CleanRules.widgetWords)
    private static let widgetSeparatorScalars = Set(CleanRules.widgetSeparators.flatMap(\.unicodeScalars))
    private static let bulletScalars = Set(CleanRules.bullets.flatMap(\.unicodeScalars))
    private static let homePage = Array(CleanRules.homePageWord.unicodeScalars)
    private static let moreLinkScalars = Set(CleanRules.moreLinkCharacters.flatMap(\.unicodeScalars))
    private static let pageNumberDashScalars = Set(CleanRules.pageNumberDashes.flatMap(\.unicodeScalars))
    private static let pageNumberWordMarkScalars = Set(CleanRules.pageNumberWordMarks.unicodeScalars)
    private static let pageNumberOpeningScalar = CleanRules.pageNumberOpening.unicodeScalars.first!
    private static let pageNumberWordScalar = CleanRules.pageNumberWord.unicodeScalars.first!

    /// `classifyText` for a line that `PlainText.isPlain` accepts: one scalar is one Character.
    package static func classifyPlain(_ s: [Unicode.Scalar]) -> Kind? {
        let length = s.count
        if breadcrumbPrefixScalars.contains(where: { PlainText.hasPrefix(s, $0) }) { return .breadcrumb }
        let sentence = s.contains("。") || s.last == "；" || s.last == ";" || MarkerParser.match(s, at: 0) != nil
        if length <= CleanRules.maxBreadcrumbLineLength, !sentence, PlainText.contains(s, homePage),
           breadcrumbSeparatorScalars.contains(where: { PlainText.contains(s, $0) && !($0 == ["》"] && s.contains("《")) }) {
            return .breadcrumb
        }
        if length <= CleanRules.maxCounterLineLength, !sentence, counterWordScalars.contains(where: { PlainText.contains(s, $0) }) { return .counter }
        if length <= CleanRules.maxFooterLineLength, !sentence, footerWordScalars.contains(where: { PlainText.contains(s, $0) }) { return .footer }
        let heading = s.drop { $0 == "【" || $0 == "[" }
        if length <= CleanRules.maxRelatedLinksLineLength, let word = relatedLinksWordScalars.first(where: { PlainText.hasPrefix(heading, $0) }),
           heading.dropFirst(word.count).allSatisfy({ widgetSeparatorScalars.contains($0) || moreLinkScalars.contains($0) }) {
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
        guard s.count <= CleanRules.maxCounterLineLength, s.allSatisfy(widgetAlphabet.contains) else { return false }
        var rest = s
        for word in widgetWordScalars where PlainText.contains(rest, word) {
            PlainText.replaceAll(&rest, word, with: " ")
        }
        return rest.allSatisfy { widgetSeparatorScalars.contains($0) }
    }

    package static func isPageNumberPlain(_ s: [Unicode.Scalar]) -> Bool {
        // At most `maxPageNumberLength` scalars besides spaces (checked before anything is copied).
        var nonSpace = 0
        for c in s where c != " " {
            nonSpace += 1
            if nonSpace > CleanRules.maxPageNumberLength { return false }
        }
        let compact = s.filter { $0 != " " }
        guard !compact.isEmpty, compact.count <= CleanRules.maxPageNumberLength else { return false }
        let isDigit: (Unicode.Scalar) -> Bool = { $0.value >= 0x30 && $0.value <= 0x39 }
        let digits = compact.filter(isDigit)
        guard !digits.isEmpty, digits.count <= CleanRules.maxPageNumberDigits else { return false }
        let rest = compact.filter { !isDigit($0) }
        if rest.isEmpty { return digits.count <= CleanRules.maxBarePageNumberDigits }
        if rest.allSatisfy({ pageNumberDashScalars.contains($0) }) { return true }
        if rest.first == pageNumberOpeningScalar, rest.contains(pageNumberWordScalar) {
            return rest.allSatisfy { pageNumberWordMarkScalars.contains($0) }
        }
        return false
    }
}
