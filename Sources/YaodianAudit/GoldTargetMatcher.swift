import YaodianText
import YaodianModel

/// Pairs a document's target rows with its gold rows, one to one, so that `eval` can say which
/// stated quantity a row is: a pair has the same clause, value, maximum, unit, comparator and
/// masking, and an indicator that covers at least half of the gold indicator's characters. A row
/// in the wrong clause, with another comparator or with a fragment of the indicator is no pair.
public enum GoldTargetMatcher {
    /// The smallest share of the gold indicator's characters a row's indicator must hold.
    public static let minimumIndicatorOverlap = 0.5

    /// Index pairs (output row, gold row), in gold order.
    public static func pairs(_ rows: [Target], _ gold: [GoldAnnotation.TargetRow]) -> [(row: Int, gold: Int)] {
        var free: [String: [Int]] = [:]
        for (i, t) in rows.enumerated() {
            free[key(t.clauseID, t.value, t.valueMax, t.unit, t.comparator.rawValue, t.redacted), default: []].append(i)
        }
        var out: [(Int, Int)] = []
        for (g, want) in gold.enumerated() {
            let k = key(want.clause, want.value, want.value_max, want.unit, want.comparator, want.redacted ?? false)
            guard let candidates = free[k], !candidates.isEmpty else { continue }
            let name = want.indicator ?? ""
            var best = -1
            var bestOverlap = -1.0
            for (n, i) in candidates.enumerated() {
                let o = indicatorOverlap(rows[i].indicator, gold: name)
                if o > bestOverlap {
                    bestOverlap = o
                    best = n
                }
            }
            guard best >= 0, want.indicator == nil || bestOverlap >= minimumIndicatorOverlap else { continue }
            out.append((candidates[best], g))
            free[k]?.remove(at: best)
        }
        return out
    }

    /// The share of the gold indicator's characters (brackets and quotes ignored, each counted as
    /// often as it occurs) that `indicator` holds: 1 for the same name, 0.5 for half of it; an
    /// indicator longer than the gold's is not penalised beyond what it misses.
    public static func indicatorOverlap(_ indicator: String, gold: String) -> Double {
        let ignored: Set<Character> = ["(", ")", "（", "）", "“", "”"]
        let have = indicator.filter { !ignored.contains($0) }
        let want = gold.filter { !ignored.contains($0) }
        guard !want.isEmpty else { return have.isEmpty ? 1 : 0 }
        // Characters shared as multisets: the true positives of the two as predicted and expected.
        let common = Score.compare(predicted: Array(have), expected: Array(want)).truePositives
        return Double(common) / Double(want.count)
    }

    static func key(_ clause: String?, _ value: Double?, _ valueMax: Double?, _ unit: String, _ comparator: String,
                    _ redacted: Bool) -> String {
        [clause ?? "", DecimalText.format(value), DecimalText.format(valueMax), unit, comparator, redacted ? "redacted" : ""]
            .joined(separator: "|")
    }
}
