import YaodianModel
import YaodianIngest
import YaodianClean
import YaodianMetadata
import YaodianSegment
import YaodianExtract
import YaodianAudit

/// Runs every stage on one document: ingest → clean → metadata → segment → extract → audit.
/// Each document is independent, so a batch runs many pipelines in parallel; a failure is a
/// value (`DocumentFailure`) for that document only.
public struct DocumentPipeline: Sendable {
    public var decoder = TextDecoder()
    public var cleaner = DocumentCleaner()
    public var metadataExtractor = MetadataExtractor()
    public var segmenter = ClauseSegmenter(tags: ResponsibilityTagFinder())
    public var extractor = DocumentExtractor()
    public var auditor = QualityAuditor()

    public init() {}

    /// Reads and processes one input.
    public func process(_ location: InputLocation, stdin: [UInt8]? = nil) -> Result<DocumentRecord, DocumentFailure> {
        var timings = StageTimings()
        return process(location, stdin: stdin, timings: &timings)
    }

    /// Reads and processes one input, adding the CPU time of each stage to `timings`.
    public func process(_ location: InputLocation, stdin: [UInt8]? = nil, timings: inout StageTimings) -> Result<DocumentRecord, DocumentFailure> {
        do {
            var watch = StageStopwatch()
            // Only the first `decoder.maxBytes` bytes are read; the rest is hashed, never held.
            let source = try location.load(stdin: stdin, maxBytes: decoder.maxBytes)
            timings.ingest += watch.lap()
            return .success(try process(source, timings: &timings))
        } catch {
            return .failure(DocumentFailure(docID: location.docID, sourcePath: location.sourcePath, stage: error.stage,
                                            error: error.description, inputProblem: error.inputProblem))
        }
    }

    public func process(_ source: DocumentSource) throws(YaodianError) -> DocumentRecord {
        var timings = StageTimings()
        return try process(source, timings: &timings)
    }

    /// Processes one document, adding the CPU time of each stage to `timings`.
    public func process(_ source: DocumentSource, timings: inout StageTimings) throws(YaodianError) -> DocumentRecord {
        var watch = StageStopwatch()
        timings.documents += 1
        let decoded = try decoder.decode(source)
        timings.ingest += watch.lap()
        let clean = try cleaner.clean(decoded)
        timings.clean += watch.lap()
        guard !clean.body.isEmpty else { throw .noBody(path: source.sourcePath) }
        var metadata = metadataExtractor.extract(clean)
        timings.metadata += watch.lap()
        let body = clean.bodyScalars
        let twin = ScriptTwin(body: body)
        let segmented = segmenter.segment(scalars: body, matching: twin.isTwin ? twin.matching : nil, truncations: clean.truncations,
                                          text: clean.body)
        metadata.attachments = segmented.attachments.map(twin.restorer.restore)
        timings.segment += watch.lap()
        let genre = DocumentGenre.of(title: metadata.title, alternateTitle: twin.isTwin ? ScriptNormalizer.shared.simplified(metadata.title) : nil,
                                     body: twin.isTwin ? twin.matching : body)
        let extraction = extractor.extract(segmented, body: body, twin: twin, genre: genre)
        timings.extract += watch.lap()
        let flags = auditor.audit(clean: clean, decoded: decoded, segmented: segmented, responsibilities: extraction.responsibilities,
                                  body: body, traditional: twin.traditionalFlag)
        timings.audit += watch.lap()
        return DocumentRecord(docID: source.docID, sourcePath: source.sourcePath, sha256: source.sha256, format: decoded.format.rawValue,
                              encoding: decoded.encoding, metadata: metadata, body: clean.body, clauses: segmented.clauses,
                              targets: extraction.targets, responsibilities: extraction.responsibilities, flags: flags,
                              confidence: ConfidenceSummary(clauseCoverage: ConfidenceSummary.coverage(body: body, clauses: segmented.clauses),
                                                            numbers: extraction.numbers, unexplained: extraction.unexplained))
    }
}
