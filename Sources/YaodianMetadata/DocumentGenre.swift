import Foundation
import YaodianText

/// Whether a document sets goals (a plan) or reports results (a summary, report or bulletin):
/// the guide's `kind` of a stated quantity follows from it. The title decides when it names a
/// report or a plan; a title that names neither (a site's `数据发布`, an issuer's name, a title
/// the page did not give) leaves it to the body, by counting words that state results
/// (`同比`, `累计`) against words that set goals (`力争`, `到2025年`).
public enum DocumentGenre: String, Sendable {
    case plan, report

    /// The genre of a document titled `title`; `alternateTitle` is the same title in the script
    /// rules are written in (a Traditional page's title mapped to Simplified), when it differs;
    /// `body` is the text in that script.
    public static func of(title: String, alternateTitle: String? = nil, body: [Unicode.Scalar] = []) -> DocumentGenre {
        func names(_ words: [String]) -> Bool {
            words.contains { (alternateTitle?.containsText($0) ?? false) || title.containsText($0) }
        }
        if names(MetadataRules.reportWords) { return .report }
        if names(MetadataRules.planWords) || names(MetadataRules.genrePlanWords) { return .plan }
        return count(reportCues, in: body) > count(planCues, in: body) ? .report : .plan
    }

    private static let reportCues = PhraseTable(words: MetadataRules.reportCues)
    private static let planCues = PhraseTable(words: MetadataRules.planCues)

    /// Occurrences of a table's words in the body, each position counted once.
    private static func count(_ table: PhraseTable<String>, in body: [Unicode.Scalar]) -> Int {
        var n = 0
        var from = 0
        while from < body.count, let hit = table.firstOccurrence(in: body, within: from..<body.count) {
            n += 1
            from = hit.range.upperBound
        }
        return n
    }
}
