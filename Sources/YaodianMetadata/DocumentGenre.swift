import Foundation

/// Whether a document sets goals (a plan) or reports results (a summary or report), decided
/// from its title: the guide's `kind` of a stated quantity follows from it.
public enum DocumentGenre: String, Sendable {
    case plan, report

    /// The genre of a document titled `title`; `alternateTitle` is the same title in the script
    /// rules are written in (a Traditional page's title mapped to Simplified), when it differs.
    public static func of(title: String, alternateTitle: String? = nil) -> DocumentGenre {
        MetadataRules.reportWords.contains(where: {
            (alternateTitle?.containsText($0) ?? false) || title.containsText($0)
        }) ? .report : .plan
    }
}
