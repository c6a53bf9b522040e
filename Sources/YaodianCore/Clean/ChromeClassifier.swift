/// Decides, one line at a time, whether a line is site chrome (extraction guide, section 1),
/// using the tables of `ChromeRules`.
enum ChromeClassifier {
    enum Kind: Equatable {
        case breadcrumb, counter, widgets, footer, relatedLinks, bullet, pageNumber
    }

    static func classify(_ text: String) -> Kind? {
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
    static func isSentence(_ text: String) -> Bool {
        if text.contains("。") || text.hasSuffix("；") || text.hasSuffix(";") { return true }
        return MarkerParser.match(Array(text.unicodeScalars), at: 0) != nil
    }

    /// A line made only of widget words and separators: `分享:`, `关闭 打印`, `【字号:`, `大 中 小`.
    static func isWidgetsOnly(_ text: String) -> Bool {
        guard text.count <= 60 else { return false }
        var rest = text
        for word in ChromeRules.widgetWords where rest.contains(word) {
            rest = rest.replacingOccurrences(of: word, with: " ")
        }
        return rest.allSatisfy { ChromeRules.widgetSeparators.contains($0) }
    }

    /// `- 3 -`, `—12—`, `第3页`, `3/10`, or a bare number of at most three digits.
    static func isPageNumber(_ text: String) -> Bool {
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
}
