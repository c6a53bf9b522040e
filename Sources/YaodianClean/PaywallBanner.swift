import Foundation
import YaodianText

/// Finds paywall and mirror-site banners inside a line: a parenthesised span, often wrapped in
/// `……`, that contains a banner keyword or a URL (`……(新文秘网http://www.wm114.cn省略659字,正式
/// 会员可完整阅读)……`). The parenthesis may stay open to the end of the line when the
/// banner continues on the next one (`(未完,全文共2910字,…` / `收藏《…》)`).
public enum PaywallBanner {
    /// A banner found in a line: its character range and whether it is still open at line end.
    public struct Match: Sendable, Hashable {
        public var range: Range<Int>
        public var unclosed: Bool
        public var text: String
    }

    /// `find` on a line being cleaned, reusing its scalars.
    package static func find(in line: TextLine) -> Match? {
        guard line.scalars.contains(where: { $0 == "(" || $0 == "（" }) else { return nil }
        return line.plain ? find(in: line.scalars) : find(in: Array(line.text))
    }

    public static func find(in line: String) -> Match? {
        // No parenthesis scalar, no parenthesis Character: skip the Character split.
        guard line.utf8.contains(0x28) || line.unicodeScalars.contains("（") else { return nil }
        let scalars = Array(line.unicodeScalars)
        // On a plain line (`PlainText`) scalar offsets are Character offsets.
        if PlainText.isPlain(scalars) { return find(in: scalars) }
        return find(in: Array(line))
    }

    package static func find<Unit: LineUnit>(in chars: [Unit]) -> Match? {
        var i = 0
        while i < chars.count {
            if chars[i] == "(" || chars[i] == "（" {
                var j = i + 1
                var depth = 1
                while j < chars.count {
                    if chars[j] == "(" || chars[j] == "（" { depth += 1 }
                    if chars[j] == ")" || chars[j] == "）" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                let closed = j < chars.count
                if Unit.isBannerText(chars[(i + 1)..<min(j, chars.count)]) {
                    var start = i
                    while start > 0, isFiller(chars[start - 1]) { start -= 1 }
                    var end = closed ? j + 1 : chars.count
                    while end < chars.count, isFiller(chars[end]) { end += 1 }
                    return Match(range: start..<end, unclosed: !closed, text: Unit.string(chars[start..<end]))
                }
                i = closed ? j + 1 : chars.count
                continue
            }
            i += 1
        }
        return nil
    }

    /// Whether a whole line is a hidden-content banner without parentheses: short, no full stop,
    /// not a numbered clause, and holding a banner word (`……剩余2146字未显示，开通会员阅读全文……`).
    package static func isBannerLine(_ line: TextLine) -> Bool {
        guard line.characterCount <= CleanRules.maxBannerLineLength, !line.scalars.contains("。"),
              !line.scalars.contains(where: { $0 == "(" || $0 == "（" }),
              MarkerParser.match(line.scalars, at: 0) == nil else { return false }
        return bannerWordTable.firstOccurrence(in: line.scalars, within: 0..<line.scalars.count) != nil
    }

    private static let urlStarts = PlainText.table(CleanRules.bannerURLStarts)
    private static let lengthWords = PlainText.table(CleanRules.bannerLengthWords)

    /// The banner words in one table, found in a single pass over the text (they hold no
    /// full-width ASCII and no space, so the table's folding changes nothing for them).
    private static let bannerWordTable = PhraseTable(words: CleanRules.bannerWords)

    package static func isBanner(_ inner: String) -> Bool {
        let s = Array(inner.unicodeScalars)
        if PlainText.isPlain(s) { return isBanner(plain: s) }
        if CleanRules.bannerWords.contains(where: { inner.contains($0) }) { return true }
        let hasURL = CleanRules.bannerURLStarts.contains(where: { inner.contains($0) })
        guard hasURL else { return false }
        if CleanRules.bannerLengthWords.contains(where: { inner.contains($0) }) { return true }
        return namesMirrorSite(Array(inner))
    }

    /// `isBanner` of the scalars of a plain text (`PlainText`), where scalar matching is exact.
    package static func isBanner(plain s: [Unicode.Scalar]) -> Bool {
        if bannerWordTable.firstOccurrence(in: s, within: 0..<s.count) != nil { return true }
        guard urlStarts.contains(where: { PlainText.contains(s, $0) }) else { return false }
        if lengthWords.contains(where: { PlainText.contains(s, $0) }) { return true }
        return namesMirrorSite(s)
    }

    /// A mirror site names itself (新文秘网); 网址, 网站 and 官网 only introduce an address in a body sentence.
    package static func namesMirrorSite<Unit: LineUnit>(_ chars: [Unit]) -> Bool {
        let site = Unit.unit(CleanRules.mirrorSiteWord)
        let addressEndings = CleanRules.addressWordEndings.map(Unit.unit)
        let official = Unit.unit(CleanRules.officialSiteOpening)
        for k in chars.indices where chars[k] == site {
            let next = k + 1 < chars.count ? chars[k + 1] : nil
            if next.map(addressEndings.contains) == true || (k > 0 && chars[k - 1] == official) { continue }
            return true
        }
        return false
    }

    package static func isFiller<Unit: LineUnit>(_ c: Unit) -> Bool {
        c == "…" || c == "." || c == "·" || c == " " || c == "\u{3000}"
    }
}
