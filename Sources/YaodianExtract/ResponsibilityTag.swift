import YaodianModel

/// A responsibility tag found at the end of a clause, parsed into its parties.
///
/// Forms (extraction guide, section 4): labelled, in either parenthesis width and label order
/// (`（牵头领导：钱博；责任科室：疾控科、医政科等）`, `（责任领导：董兵；牵头科室：医政科）`), unlabelled
/// (`（A、B按职责分工负责）`, `（A牵头，B、C配合）`, `（A牵头）`), and labelled tags cut off by a
/// truncated page (no closing parenthesis).
public struct ResponsibilityTag: Sendable, Hashable {
    /// One party with its label, before it becomes a `Responsibility` row.
    public struct Party: Sendable, Hashable {
        public var kind: Responsibility.PartyKind
        public var role: Responsibility.Role
        public var name: String
        public var label: String
        /// Offsets of the name in the scanned scalars.
        public var start: Int
        public var end: Int
    }

    /// Offsets of the whole tag, parentheses included, in the scanned scalars.
    public var start: Int
    public var end: Int
    public var parties: [Party]
    /// A 完成时限 entry, which is the clause's deadline and not a party.
    public var deadline: String?
    public var closed: Bool
}
