import YaodianModel
import YaodianClean
import YaodianMetadata
import YaodianSegment

/// The Extract stage of one document: its quantitative targets and its responsibility rows, with
/// the counts Audit's confidence summary needs. Rules run on the twin's matching scalars; what is
/// emitted is sliced from the body or mapped back to its script.
public struct DocumentExtractor: Sendable {
    public var targets = TargetExtractor()
    public var responsibilities = ResponsibilityExtractor()

    public init() {}

    /// What the Extract stage found in one document.
    public struct Result: Sendable {
        public var targets: [Target]
        public var responsibilities: [Responsibility]
        /// Numbers seen in the body, and the spans of those that are neither a target nor a known non-target.
        public var numbers: Int
        public var unexplained: [Range<Int>]
    }

    public func extract(_ segmented: SegmentedDocument, body: [Unicode.Scalar], twin: ScriptTwin, genre: DocumentGenre) -> Result {
        let matching = twin.matching
        let found = targets.extractWithAudit(body: matching, clauses: segmented.clauses, documentKind: genre)
        let tags = ClauseTags(segmented, matching: segmented.tags.isEmpty ? [] : matching)
        let rows = found.targets.map { row in
            var row = row
            // A 完成时限 in the clause's tag is the deadline of the targets that state none.
            if row.deadline.isEmpty, let id = row.clauseID, let due = tags.deadline(ofClause: id) {
                row.deadline = due
            }
            if twin.isTwin {
                row.raw = String(String.UnicodeScalarView(body[row.start..<min(row.end, body.count)]))
                row.indicator = twin.restorer.restore(row.indicator)
                row.deadline = twin.restorer.restore(row.deadline)
            }
            return row
        }
        var parties = responsibilities.extract(segmented, tags: tags, body: body)
        if twin.isTwin {
            for i in parties.indices { parties[i].label = twin.restorer.restore(parties[i].label) }
        }
        return Result(targets: rows, responsibilities: parties, numbers: found.numbers, unexplained: found.unexplained)
    }
}
