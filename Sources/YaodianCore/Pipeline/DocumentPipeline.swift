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
        // Traditional pages are matched on a Simplified twin of the same length; output keeps the source.
        let traditionalFlag = TraditionalChineseDetector.flag(body)
        let traditional = traditionalFlag != nil && ScriptNormalizer.shared.isAvailable
        let matching = traditional ? ScriptNormalizer.shared.simplified(body) : body
        let restorer = ScriptRestorer(original: body, matching: matching)
        let segmented = segmenter.segment(scalars: body, matching: traditional ? matching : nil, truncations: clean.truncations,
                                          text: clean.body)
        metadata.attachments = segmented.attachments.map(restorer.restore)
        timings.segment += watch.lap()
        let restoredTitle = restorer.restore(metadata.title)
        let kind: TargetExtractor.DocumentKind = MetadataExtractor.reportWords.contains(where: {
            restoredTitle.containsText($0) || metadata.title.containsText($0)
        }) ? .report : .plan
        let extraction = targetExtractor.extractWithAudit(body: matching, clauses: segmented.clauses, documentKind: kind)
        let targets = extraction.targets.map { row in
            var row = row
            // A 完成时限 in the clause's tag is the deadline of the targets that state none.
            if row.deadline.isEmpty, let id = row.clauseID, let due = segmented.tags[id]?.deadline, !due.isEmpty {
                row.deadline = due
            }
            if traditional {
                row.raw = String(String.UnicodeScalarView(body[row.start..<min(row.end, body.count)]))
                row.indicator = restorer.restore(row.indicator)
                row.deadline = restorer.restore(row.deadline)
            }
            return row
        }
        var responsibilities = responsibilityExtractor.extract(segmented, body: body)
        if traditional {
            for i in responsibilities.indices { responsibilities[i].label = restorer.restore(responsibilities[i].label) }
        }
        timings.extract += watch.lap()
        var flags = auditor.audit(clean: clean, decoded: decoded, segmented: segmented, responsibilities: responsibilities,
                                  body: body, traditional: traditionalFlag)
        if decoded.lossy, !flags.contains(where: { $0.flag == .mojibake }) {
            flags.append(QualityFlag(flag: .mojibake, detail: "invalid bytes replaced while decoding as \(decoded.encoding)", start: 0, end: 0))
        }
        timings.audit += watch.lap()
        let digest = source.sha256
        return DocumentRecord(docID: source.docID, sourcePath: source.sourcePath, sha256: digest, format: decoded.format.rawValue,
                              encoding: decoded.encoding, metadata: metadata, body: clean.body, clauses: segmented.clauses,
                              targets: targets, responsibilities: responsibilities, flags: flags,
                              confidence: ConfidenceSummary(clauseCoverage: ConfidenceSummary.coverage(body: body, clauses: segmented.clauses),
                                                            numbers: extraction.numbers, unexplained: extraction.unexplained))
    }
}
