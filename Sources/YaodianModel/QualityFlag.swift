/// A problem a reviewer must know about, with the body span where it was seen
/// (extraction guide, section 6). A flag is a finding, never a crash.
public struct QualityFlag: Sendable, Codable, Hashable {
    /// The names of section 6 of the extraction guide.
    public enum Kind: String, Sendable, Codable, CaseIterable, Hashable {
        case truncated
        case redactedValues = "redacted_values"
        case numberingGap = "numbering_gap"
        case numberingDuplicate = "numbering_duplicate"
        case tocRemoved = "toc_removed"
        case mojibake
        case traditionalChinese = "traditional_chinese"
        case noClauses = "no_clauses"
        case unattributedClauses = "unattributed_clauses"
    }

    public var flag: Kind
    public var detail: String
    public var start: Int
    public var end: Int

    public init(flag: Kind, detail: String, start: Int, end: Int) {
        self.flag = flag
        self.detail = detail
        self.start = start
        self.end = end
    }
}
