import Synchronization

/// The `HiddenStyleRules` of style sheets seen before in this process. Pages of one site carry
/// the same `<style>` blocks, and a batch is usually a few sites' archives, so each distinct
/// set of sheets is parsed once. The rules depend only on the sheets, so the output is the same
/// with or without the cache; it holds at most `capacity` entries (2 MiB of sheets at most)
/// and is emptied when full.
package final class HiddenStyleRulesCache: Sendable {
    package static let shared = HiddenStyleRulesCache()

    /// Entries kept at most.
    package let capacity = 64
    /// Sheets longer than this (in UTF-8 bytes, together) are parsed, not kept.
    package let largestKept = 32 << 10

    private let entries = Mutex<[[String]: HiddenStyleRules]>([:])

    package func rules(for sheets: [String]) -> HiddenStyleRules {
        guard !sheets.isEmpty else { return HiddenStyleRules() }
        let size = sheets.reduce(0) { $0 + $1.utf8.count }
        guard size <= largestKept else { return HiddenStyleRules(styleSheets: sheets) }
        if let known = entries.withLock({ $0[sheets] }) { return known }
        let made = HiddenStyleRules(styleSheets: sheets)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[sheets] = made
        }
        return made
    }
}
