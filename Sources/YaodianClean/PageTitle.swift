import Foundation

/// The page's `<title>` without the site name that CMSs append (`标题 - 某某卫健委`): Clean uses
/// it to tell the article title above a breadcrumb from the masthead, Metadata as a title fallback.
public enum PageTitle {
    package static func withoutSiteName(_ title: String?) -> String {
        guard let title else { return "" }
        for sep in [" - ", "_", " | ", "－", "——"] {
            if let r = title.range(of: sep) { return String(title[..<r.lowerBound]).trimmingCharacters(in: [" "]) }
        }
        return title
    }
}
