/// Everything the pipeline found in one document: the unit every emitter writes.
public struct DocumentRecord: Sendable, Codable {
    public var docID: String
    public var sourcePath: String
    public var sha256: String
    public var format: String
    public var encoding: String
    public var metadata: DocumentMetadata
    public var body: String
    public var clauses: [Clause]
    public var targets: [Target]
    public var responsibilities: [Responsibility]
    public var flags: [QualityFlag]
    public var confidence: ConfidenceSummary

    public init(docID: String, sourcePath: String, sha256: String, format: String, encoding: String,
                metadata: DocumentMetadata, body: String, clauses: [Clause], targets: [Target],
                responsibilities: [Responsibility], flags: [QualityFlag],
                confidence: ConfidenceSummary = ConfidenceSummary(clauseCoverage: 0, numbers: 0, unexplained: [])) {
        self.docID = docID
        self.sourcePath = sourcePath
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.metadata = metadata
        self.body = body
        self.clauses = clauses
        self.targets = targets
        self.responsibilities = responsibilities
        self.flags = flags
        self.confidence = confidence
    }

    package enum CodingKeys: String, CodingKey {
        case docID = "doc_id"
        case sourcePath = "source_path"
        case sha256, format, encoding, metadata, body, clauses, targets, responsibilities, flags, confidence
    }

    /// Whether the document was cut (a paywall, a 未完 banner, text stopping mid-sentence, a page
    /// nested too deep, or an input over the size cap).
    public var truncated: Bool { flags.contains { $0.flag == .truncated } }
}

/// A document that could not be processed: one row of `errors.csv`.
public struct DocumentFailure: Error, Sendable, Codable, Hashable {
    /// A failure of the file system rather than of the document's content, which `extract`
    /// reports with an exit status of its own (README, Robustness).
    public enum InputProblem: String, Sendable, Codable, Hashable {
        /// The path does not exist (never did, or was removed during the run).
        case missing
        /// The path exists but cannot be read (permission denied, an I/O error).
        case unreadable
    }

    public var docID: String
    public var sourcePath: String
    public var stage: String
    public var error: String
    /// Set when the file system is at fault; not written to `errors.csv`.
    public var inputProblem: InputProblem?

    public init(docID: String, sourcePath: String, stage: String, error: String, inputProblem: InputProblem? = nil) {
        self.docID = docID
        self.sourcePath = sourcePath
        self.stage = stage
        self.error = error
        self.inputProblem = inputProblem
    }

    package enum CodingKeys: String, CodingKey {
        case docID, sourcePath, stage, error
    }
}
