import Foundation
import YaodianText

/// Finds the administrative area a document is for (extraction guide, section 5: `region`).
///
/// The level comes from the document itself — `全县`/`区卫健局` in the title or publisher says
/// which kind of name to look for — and the name from the first source that states one: the
/// title, the publisher, the site's masthead, then the body. A name is two to four ideographs
/// before 省/市/县/区/州/旗/盟, standing after a boundary (start, punctuation, a digit or 年, or
/// another area name, as in 广元市利州区), and not a common noun (城市, 社区, 示范区 …). The word
/// tables are `MetadataRules`' region tables.
public enum RegionFinder {
    /// `standaloneOccurrences(of:in:)` on a body's scalars when the body is plain (`PlainText`, and
    /// line feeds: every scalar a Character of its own, none canonically equivalent to another), where
    /// searching scalars finds what searching Characters finds. The occurrences are taken left to
    /// right without overlap, as `components(separatedBy:)` cuts them.
    package static func standaloneOccurrences(of name: String, inPlain s: [Unicode.Scalar]) -> Int {
        let word = Array(name.unicodeScalars)
        guard !word.isEmpty, var hit = PlainText.firstIndex(of: word, in: s, from: 0) else { return 0 }
        var count = 0
        while true {
            let after = hit + word.count
            let next = PlainText.firstIndex(of: word, in: s, from: after)
            // What follows the name up to the next occurrence; an empty piece counts.
            if after >= s.count || next == after || !MetadataRules.genericFollowers.contains(s[after]) { count += 1 }
            guard let n = next else { return count }
            hit = n
        }
    }

    package static func standaloneOccurrences(of name: String, in body: String) -> Int {
        let parts = body.components(separatedBy: name)
        return parts.dropFirst().filter { part in
            guard let next = part.unicodeScalars.first else { return true }
            return !MetadataRules.genericFollowers.contains(next)
        }.count
    }

    /// The level a text speaks for: 县 for `全县…`/`县卫健局`, etc.
    public static func level(in text: String) -> Unicode.Scalar? {
        for (word, level) in MetadataRules.levelWords where text.containsText(word) { return level }
        let s = Array(text.unicodeScalars)
        for m in levelMarkers {
            var i = 1
            while i + m.count <= s.count {
                if MetadataRules.regionSuffixes.contains(s[i - 1]), s[i..<(i + m.count)].elementsEqual(m) { return s[i - 1] }
                i += 1
            }
        }
        return nil
    }

    /// `MetadataRules.levelMarkers` as scalars.
    private static let levelMarkers = MetadataRules.levelMarkers.map { Array($0.unicodeScalars) }

    /// `MetadataRules.verbHeads` as pairs of scalar values, tested without making a String.
    private static let verbHeadPairs: Set<UInt64> = Set(MetadataRules.verbHeads.compactMap { word in
        let s = Array(word.unicodeScalars)
        return s.count == 2 ? UInt64(s[0].value) << 32 | UInt64(s[1].value) : nil
    })

    /// `MetadataRules.commonNouns` as scalars (all ideographs, so a scalar is a Character).
    private static let commonNounScalars = MetadataRules.commonNouns.map { Array($0.unicodeScalars) }

    /// Area names in `text`, in order, with their suffix.
    public static func names(in text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        let suffixes = MetadataRules.regionSuffixes, nameStops = MetadataRules.nameStops
        var out: [String] = []
        var i = 0
        while i < s.count {
            if suffixes.contains(s[i]), i >= MetadataRules.minNameLength {
                var start = i
                while start > 0, i - start < MetadataRules.maxNameLength, Ideograph.contains(s[start - 1]), !nameStops.contains(s[start - 1]) { start -= 1 }
                let length = i - start
                let boundary = start == 0 || !Ideograph.contains(s[start - 1]) || s[start - 1] == MetadataRules.yearWord || suffixes.contains(s[start - 1])
                // (A name is ideographs and its suffix: scalars are Characters, so they are compared.)
                let isVerbHead = length >= MetadataRules.minNameLength && verbHeadPairs.contains(UInt64(s[start].value) << 32 | UInt64(s[start + 1].value))
                if length >= MetadataRules.minNameLength, boundary, !isVerbHead {
                    let name = s[start...i]
                    // A two-character noun (山区, 城区) ends longer phrases (贫困山区, 中心城区) but not a
                    // three-character name (青山区).
                    let common = commonNounScalars.contains { noun in
                        noun.count <= name.count && name.suffix(noun.count).elementsEqual(noun) && (noun.count > MetadataRules.shortNounLength || name.count >= MetadataRules.minPhraseForShortNoun)
                    }
                    if !common { out.append(String(scalars: name)) }
                }
            }
            i += 1
        }
        return out
    }

    /// `bodyScalars`, when given, must be the scalars of `body` (the pipeline has them): the
    /// body's names are then counted on them if the body is plain.
    public static func find(title: String, publisher: String, siteHeader: [String], body: String,
                            bodyScalars: [Unicode.Scalar]? = nil) -> String {
        let wanted = Self.level(in: title) ?? Self.level(in: publisher) ?? siteHeader.lazy.compactMap { Self.level(in: $0) }.first
        let sources = [title, publisher] + siteHeader
        for source in sources {
            for name in names(in: source) {
                guard let last = name.unicodeScalars.last else { continue }
                if wanted == nil || last == wanted { return name }
            }
            if wanted == nil, source == publisher { break }
        }
        // The body names many places; only a name of the right level that recurs is taken.
        guard let level = wanted else { return "" }
        // Line feeds are Characters of their own too (a body has no CR to join them to).
        let plain = bodyScalars.flatMap { scalars in scalars.allSatisfy { $0 == "\n" || PlainText.isPlain($0) } ? scalars : nil }
        for name in names(in: body) where name.unicodeScalars.last == level {
            let count = plain.map { standaloneOccurrences(of: name, inPlain: $0) } ?? standaloneOccurrences(of: name, in: body)
            if count >= MetadataRules.minBodyMentions { return name }
        }
        return ""
    }

}
