import Foundation
import YaodianText
import YaodianModel

/// Flags a body written in Traditional characters (pages mirrored for Hong Kong, Macao or Taiwan
/// readers) by the share of characters that exist only in Traditional script.
public enum TraditionalChineseDetector {
    /// Common Traditional-only characters of health-plan vocabulary (衛生, 醫療, 達到, 億元, 責任單位 …).
    package static let traditionalOnly = ScalarSet("衛醫療與區縣務體發會員號實點這資機構戰應當進達億內單責權經濟開關業產總計劃畫為對從將設議導論觀學樂藥護險檢測質傳統調黨規範歲兒嬰婦門診師養親職萬項績標準類專辦層鄉鎮級補貼場癒壓腫篩絡網頁訊數據執監團".unicodeScalars)

    public static func flag(_ body: [Unicode.Scalar]) -> QualityFlag? {
        var hits = 0
        var cjk = 0
        var first: Int?
        let traditional = traditionalOnly  // read once, not through the static's accessor per scalar
        for (i, s) in body.enumerated() where Ideograph.contains(s) {
            cjk += 1
            if traditional.contains(s) {
                hits += 1
                if first == nil { first = i }
            }
        }
        guard let start = first, hits >= 5, hits * 50 > cjk else { return nil }
        return QualityFlag(flag: .traditionalChinese, detail: "\(hits) of \(cjk) ideographs are Traditional-only", start: start, end: body.count)
    }
}
