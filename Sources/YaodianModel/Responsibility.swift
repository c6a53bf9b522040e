/// One party named by a responsibility tag (extraction guide, section 4). Example:
/// `（牵头领导：钱博；责任科室：疾控科、医政科等）` gives a `person`/`lead` row 钱博 and two
/// `unit`/`responsible` rows 疾控科 and 医政科 (the trailing 等 removed).
public struct Responsibility: Sendable, Codable, Hashable {
    /// Whether the party is a person (a 领导 label) or a body.
    public enum PartyKind: String, Sendable, Codable, CaseIterable, Hashable {
        case person, unit
    }

    /// The party's role in the clause.
    public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
        case lead, responsible, cooperating
    }

    public var clauseID: String?
    public var partyKind: PartyKind
    public var role: Role
    public var name: String
    public var label: String
    public var raw: String
    public var start: Int
    public var end: Int

    public init(clauseID: String?, partyKind: PartyKind, role: Role, name: String, label: String,
                raw: String, start: Int, end: Int) {
        self.clauseID = clauseID
        self.partyKind = partyKind
        self.role = role
        self.name = name
        self.label = label
        self.raw = raw
        self.start = start
        self.end = end
    }

    /// Encodes every key, with `null` for a tag outside any clause.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(clauseID, forKey: .clauseID)
        try c.encode(partyKind, forKey: .partyKind)
        try c.encode(role, forKey: .role)
        try c.encode(name, forKey: .name)
        try c.encode(label, forKey: .label)
        try c.encode(raw, forKey: .raw)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }

    package enum CodingKeys: String, CodingKey {
        case clauseID = "clause_id"
        case partyKind = "party_kind"
        case role, name, label, raw, start, end
    }
}
