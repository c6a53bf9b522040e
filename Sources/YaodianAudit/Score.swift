/// Precision, recall and F1 from counts of true positives, output items and gold items.
public struct Score: Sendable, Codable, Hashable {
    public var truePositives: Int
    public var predicted: Int
    public var expected: Int

    public init(truePositives: Int = 0, predicted: Int = 0, expected: Int = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.expected = expected
    }

    /// 1 when nothing was predicted and nothing expected.
    public var precision: Double { predicted == 0 ? (expected == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    public var recall: Double { expected == 0 ? (predicted == 0 ? 1 : 0) : Double(truePositives) / Double(expected) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: Score, b: Score) -> Score {
        Score(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, expected: a.expected + b.expected)
    }

    /// Scores two multisets of comparable keys.
    public static func compare<K: Hashable>(predicted: [K], expected: [K]) -> Score {
        var counts: [K: Int] = [:]
        for k in expected { counts[k, default: 0] += 1 }
        var tp = 0
        for k in predicted where (counts[k] ?? 0) > 0 {
            counts[k, default: 0] -= 1
            tp += 1
        }
        return Score(truePositives: tp, predicted: predicted.count, expected: expected.count)
    }

    package enum CodingKeys: String, CodingKey {
        case truePositives = "true_positives", predicted, expected
    }
}
