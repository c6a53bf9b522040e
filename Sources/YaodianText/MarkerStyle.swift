/// The numbering styles of Chinese plan clauses, named as in the extraction guide (section 2).
///
/// Examples: `一、加快构建强大的公共卫生体系` is `.cnDun`, `(一)加强重点环节疫情防控。`
/// is `.cnParen`, `1.慎终如始抓好…` is `.arabic`, and `一是抓实健康中国重庆行动` is `.cnShi`.
public enum MarkerStyle: String, Sendable, Codable, CaseIterable, Hashable {
    case chapter
    case section
    case article
    case cnDun = "cn_dun"
    case cnParen = "cn_paren"
    case arabic
    case arabicParen = "arabic_paren"
    case circled
    case cnShi = "cn_shi"
    case paragraph
}
