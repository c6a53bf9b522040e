/// A quantitative statement of a plan: a number with its unit about an indicator
/// (extraction guide, section 3). Example: `居民健康素养水平提高到30%以上` →
/// indicator 居民健康素养水平, comparator `ge`, value 30, unit `%`.
public struct Target: Sendable, Codable, Hashable {
    /// How the value relates to the indicator.
    public enum Comparator: String, Sendable, Codable, CaseIterable, Hashable {
        case ge, gt, le, lt, eq, approx, range
        case increaseBy = "increase_by"
        case decreaseBy = "decrease_by"
    }

    /// Whether the row sets a goal, reports a result, or states a starting value.
    public enum Kind: String, Sendable, Codable, CaseIterable, Hashable {
        case target, achievement, baseline
    }

    public var clauseID: String?
    public var indicator: String
    public var comparator: Comparator
    public var value: Double?
    public var valueMax: Double?
    public var unit: String
    public var deadline: String
    public var kind: Kind
    public var redacted: Bool
    public var raw: String
    public var start: Int
    public var end: Int

    public init(clauseID: String?, indicator: String, comparator: Comparator, value: Double?, valueMax: Double?,
                unit: String, deadline: String, kind: Kind, redacted: Bool, raw: String, start: Int, end: Int) {
        self.clauseID = clauseID
        self.indicator = indicator
        self.comparator = comparator
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.deadline = deadline
        self.kind = kind
        self.redacted = redacted
        self.raw = raw
        self.start = start
        self.end = end
    }

    /// Encodes every key, with `null` for missing values, so every JSON line has the same shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(clauseID, forKey: .clauseID)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(value, forKey: .value)
        try c.encode(valueMax, forKey: .valueMax)
        try c.encode(unit, forKey: .unit)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(kind, forKey: .kind)
        try c.encode(redacted, forKey: .redacted)
        try c.encode(raw, forKey: .raw)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }

    package enum CodingKeys: String, CodingKey {
        case clauseID = "clause_id"
        case indicator, comparator, value
        case valueMax = "value_max"
        case unit, deadline, kind, redacted, raw, start, end
    }
}
