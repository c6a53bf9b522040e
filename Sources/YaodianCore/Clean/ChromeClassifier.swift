/// Decides, one line at a time, whether a line is site chrome (extraction guide, section 1),
/// using the tables of `ChromeRules`.
enum ChromeClassifier {
    enum Kind: Equatable {
        case breadcrumb, counter, widgets, footer, relatedLinks, bullet, pageNumber
    }

    static func classify(_ text: String) -> Kind? {
        let length = text.count
        if ChromeRules.breadcrumbPrefixes.contains(where: { text.hasPrefix($0) }) { return .breadcrumb }
        if length <= 120, text.contains("首页"), ChromeRules.breadcrumbSeparators.contains(where: { text.contains($0) }),
           !text.contains("。") {
            return .breadcrumb
        }
        if length <= 60, ChromeRules.counterWords.contains(where: { text.contains($0) }) { return .counter }
        if length <= 200, ChromeRules.footerWords.contains(where: { text.contains($0) }) { return .footer }
        if length <= 12, ChromeRules.relatedLinksWords.contains(where: { text.hasPrefix($0) }) { return .relatedLinks }
        if isWidgetsOnly(text) { return .widgets }
        if text.allSatisfy({ ChromeRules.bullets.contains($0) || $0 == " " }) { return .bullet }
        if isPageNumber(text) { return .pageNumber }
        return nil
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
