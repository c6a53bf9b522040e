/// How much of a document the pipeline could account for, so a reviewer can sort ten thousand
/// documents by how much to trust them.
///
/// `clauseCoverage` is the share of the body's non-space characters that lie in some clause
/// (marker, text or tag); a plan with a long preamble scores lower, a page whose numbering was
/// not recognised scores near 0. `numbers` counts the numbers in the body; `unexplainedNumbers`
/// those that became neither a target nor a known non-target (a date, a code, a name, a marker,
/// a population qualifier), listed as body spans in `unexplained`.
public struct ConfidenceSummary: Sendable, Codable, Hashable {
    public var clauseCoverage: Double
    public var numbers: Int
    public var unexplainedNumbers: Int
    public var unexplained: [[Int]]

    public init(clauseCoverage: Double, numbers: Int, unexplained: [Range<Int>]) {
        self.clauseCoverage = clauseCoverage
        self.numbers = numbers
        self.unexplainedNumbers = unexplained.count
        self.unexplained = unexplained.map { [$0.lowerBound, $0.upperBound] }
    }

    package enum CodingKeys: String, CodingKey {
        case clauseCoverage = "clause_coverage"
        case numbers
        case unexplainedNumbers = "unexplained_numbers"
        case unexplained
    }

    /// The share of non-space body characters inside a clause's own span, rounded to 3 decimals.
    public static func coverage(body: [Unicode.Scalar], clauses: [Clause]) -> Double {
        var covered = [Bool](repeating: false, count: body.count)
        clauses.forEachInOrder { c in
            guard c.start < c.end else { return }
            for i in max(0, c.start)..<min(c.end, body.count) { covered[i] = true }
        }
        var total = 0
        var inside = 0
        for (i, s) in body.enumerated() where !s.isWhiteSpace {
            total += 1
            if covered[i] { inside += 1 }
        }
        guard total > 0 else { return 0 }
        return (Double(inside) / Double(total) * 1000).rounded() / 1000
    }
}
