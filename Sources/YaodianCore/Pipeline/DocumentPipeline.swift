import Crypto

/// Runs every stage on one document: ingest → clean → metadata → segment → extract → audit.
/// Each document is independent, so a batch runs many pipelines in parallel; a failure is a
/// value (`DocumentFailure`) for that document only.
public struct DocumentPipeline: Sendable {
    public var decoder = TextDecoder()
    public var cleaner = DocumentCleaner()
    public var metadataExtractor = MetadataExtractor()
    public var segmenter = ClauseSegmenter()
    public var targetExtractor = TargetExtractor()
    public var responsibilityExtractor = ResponsibilityExtractor()
    public var auditor = QualityAuditor()

    public init() {}

    /// Reads and processes one input.
    public func process(_ location: InputLocation, stdin: [UInt8]? = nil) -> Result<DocumentRecord, DocumentFailure> {
        do {
            let source = try location.load(stdin: stdin)
            return .success(try process(source))
        } catch {
            return .failure(DocumentFailure(docID: location.docID, sourcePath: location.sourcePath, stage: error.stage,
                                            error: error.description))
        }
    }

    public func process(_ source: DocumentSource) throws(YaodianError) -> DocumentRecord {
        let decoded = try decoder.decode(source)
        let clean = try cleaner.clean(decoded)
        guard !clean.body.isEmpty else { throw .noBody(path: source.sourcePath) }
        var metadata = metadataExtractor.extract(clean)
        let segmented = segmenter.segment(body: clean.body, truncations: clean.truncations)
        metadata.attachments = segmented.attachments
        let body = Array(clean.body.unicodeScalars)
        let kind: TargetExtractor.DocumentKind = MetadataExtractor.reportWords.contains(where: { metadata.title.contains($0) }) ? .report : .plan
        let targets = targetExtractor.extract(body: body, clauses: segmented.clauses, documentKind: kind)
        let responsibilities = responsibilityExtractor.extract(segmented, body: body)
        var flags = auditor.audit(clean: clean, decoded: decoded, segmented: segmented, responsibilities: responsibilities)
        if decoded.lossy, !flags.contains(where: { $0.flag == .mojibake }) {
            flags.append(QualityFlag(flag: .mojibake, detail: "invalid bytes replaced while decoding as \(decoded.encoding)", start: 0, end: 0))
        }
        let digest = SHA256.hash(data: source.bytes).map { byte -> String in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
        return DocumentRecord(docID: source.docID, sourcePath: source.sourcePath, sha256: digest, format: decoded.format.rawValue,
                              encoding: decoded.encoding, metadata: metadata, body: clean.body, clauses: segmented.clauses,
                              targets: targets, responsibilities: responsibilities, flags: flags)
    }
}
