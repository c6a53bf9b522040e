/// Document-level metadata (extraction guide, section 5). Empty strings where the document
/// does not say; dates are ISO `YYYY-MM-DD`.
public struct DocumentMetadata: Sendable, Codable, Hashable {
    public var title: String = ""
    public var docNumber: String = ""
    public var publisher: String = ""
    public var publishedDate: String = ""
    public var writtenDate: String = ""
    public var indexNumber: String = ""
    public var region: String = ""
    public var planYear: String = ""
    /// Items of an attachment list (`附件：1.… 2.…`), which are not clauses.
    public var attachments: [String] = []

    public init() {}

    package enum CodingKeys: String, CodingKey {
        case title
        case docNumber = "doc_number"
        case publisher
        case publishedDate = "published_date"
        case writtenDate = "written_date"
        case indexNumber = "index_number"
        case region
        case planYear = "plan_year"
        case attachments
    }
}
