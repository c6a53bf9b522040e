import Foundation
import YaodianText
import YaodianModel
import YaodianIngest
import YaodianClean
import YaodianMetadata
import YaodianSegment

/// The Audit stage: the quality flags of section 6 of the extraction guide, each with the body
/// span where it was seen. Numbering checks understand numbering that restarts under each parent
/// (most plans) and numbering that runs on across parents, and do not count ordinals
/// lost to a truncation cut as gaps.
public struct QualityAuditor: Sendable {
    public init() {}

    /// - Parameters:
    ///   - body: `clean.body` as scalars, already built by the pipeline (not rebuilt here).
    ///   - traditional: the `traditional_chinese` finding the pipeline already made, if any.
    public func audit(clean: CleanDocument, decoded: DecodedDocument, segmented: SegmentedDocument,
                      responsibilities: [Responsibility], body: [Unicode.Scalar], traditional: QualityFlag?) -> [QualityFlag] {
        var flags: [QualityFlag] = []
        flags += truncation(clean, body: body, cut: decoded.cut)
        flags += RedactionScanner.spans(in: body).map {
            QualityFlag(flag: .redactedValues, detail: "masked number 「\(String(String.UnicodeScalarView(body[$0])))」",
                        start: $0.lowerBound, end: $0.upperBound)
        }
        if let toc = clean.tableOfContents {
            flags.append(QualityFlag(flag: .tocRemoved, detail: toc.detail, start: toc.start, end: toc.end))
        }
        flags += NumberingChecker.check(segmented.clauses, cuts: clean.truncations.map(\.end))
        flags += mojibake(body)
        if let traditional { flags.append(traditional) }
        if segmented.clauses.isEmpty {
            flags.append(QualityFlag(flag: .noClauses, detail: "no numbered clause found", start: 0, end: body.count))
        }
        flags += unattributed(segmented)
        flags.sort { ($0.start, $0.end, $0.flag.rawValue) < ($1.start, $1.end, $1.flag.rawValue) }
        // Bytes replaced while decoding are mojibake even where no garbled run shows in the text.
        if decoded.lossy, !flags.contains(where: { $0.flag == .mojibake }) {
            flags.append(QualityFlag(flag: .mojibake, detail: "invalid bytes replaced while decoding as \(decoded.encoding)", start: 0, end: 0))
        }
        return flags
    }

    /// Banner cuts, a page too deep or too large to be read whole, and a body that stops
    /// mid-sentence (not flagged again when the size cap cut it).
    package func truncation(_ clean: CleanDocument, body: [Unicode.Scalar], cut: DecodedDocument.Cut? = nil) -> [QualityFlag] {
        var flags = clean.truncations.map { QualityFlag(flag: .truncated, detail: $0.detail, start: $0.start, end: $0.end) }
        if let cut {
            flags.append(QualityFlag(flag: .truncated,
                                     detail: "input of \(cut.totalBytes) bytes is over the size cap: only its first \(cut.keptBytes) bytes were read (--max-input-mib)",
                                     start: body.count, end: body.count))
        }
        if clean.depthLimited {
            flags.append(QualityFlag(flag: .truncated, detail: "page nested deeper than \(HTMLDocument.maxDepth) elements; the rest was not read",
                                     start: body.count, end: body.count))
        }
        let alreadyAtEnd = cut != nil || clean.truncations.contains { $0.end >= body.count }
        if !alreadyAtEnd, let last = body.last, !AuditRules.finalPunctuation.contains(last) {
            let lines = clean.bodyLines
            let lastLine = lines.last ?? ""
            let closed = ClosingBlock.start(of: lines) < lines.count || DateText.isDateLine(lastLine)
            // Only a sentence in progress is cut off: a line with a separator inside a sentence.
            let scalars = Array(lastLine.unicodeScalars)
            let sentence = scalars.count >= AuditRules.minCutSentenceLength && scalars.contains { AuditRules.inSentenceSeparators.contains($0) }
            if !closed, sentence, lines.count > 1 {
                let start = SentenceFragment.start(body, base: 0)
                flags.append(QualityFlag(flag: .truncated, detail: "text stops mid-sentence", start: start, end: body.count))
            }
        }
        return flags
    }

    /// Garbage left by a wrong decoding (`MojibakeScanner`).
    package func mojibake(_ body: [Unicode.Scalar]) -> [QualityFlag] {
        MojibakeScanner.scan(body).map {
            QualityFlag(flag: .mojibake, detail: $0.detail, start: $0.range.lowerBound, end: $0.range.upperBound)
        }
    }

    /// Work items without a tag in a document that tags most of them.
    package func unattributed(_ segmented: SegmentedDocument) -> [QualityFlag] {
        var leaves: [Clause] = []
        segmented.clauses.forEachInOrder { if $0.children.isEmpty { leaves.append($0) } }
        guard leaves.count >= AuditRules.minLeavesForUnattributed else { return [] }
        let tagged = leaves.filter { segmented.tags[$0.id] != nil }
        guard tagged.count * 2 > leaves.count, tagged.count < leaves.count else { return [] }
        return leaves.filter { segmented.tags[$0.id] == nil }.map {
            QualityFlag(flag: .unattributedClauses, detail: "clause \($0.id) 「\($0.heading)」 has no responsibility tag", start: $0.start, end: $0.end)
        }
    }
}
