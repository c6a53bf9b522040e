import Foundation
import YaodianText
import YaodianModel

/// Flags a body written in Traditional characters (pages mirrored for Hong Kong, Macao or Taiwan
/// readers) by the share of characters that exist only in Traditional script.
public enum TraditionalChineseDetector {

    public static func flag(_ body: [Unicode.Scalar]) -> QualityFlag? {
        var hits = 0
        var cjk = 0
        var first: Int?
        let traditional = CleanRules.traditionalOnly  // read once, not through the static's accessor per scalar
        for (i, s) in body.enumerated() where Ideograph.contains(s) {
            cjk += 1
            if traditional.contains(s) {
                hits += 1
                if first == nil { first = i }
            }
        }
        guard let start = first, hits >= CleanRules.minTraditionalHits, hits * CleanRules.traditionalShareDivisor > cjk else { return nil }
        return QualityFlag(flag: .traditionalChinese, detail: "\(hits) of \(cjk) ideographs are Traditional-only", start: start, end: body.count)
    }
}
