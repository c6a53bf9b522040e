import Foundation
import YaodianText
import YaodianIngest

/// Finds text that a wrong decoding turned into garbage, as body spans with a reason. Four
/// patterns, each simple enough to explain to the person who reads the flag:
///
/// 1. **Replacement characters** (U+FFFD): bytes that could not be decoded at all; a run, with up
///    to 8 characters between replacements, is one span.
/// 2. **Known garbage words**: `锟斤拷` (U+FFFD written as UTF-8, then read as GBK — a page that
///    went through a broken conversion twice), and three or more `烫` or `屯` in a row (bytes
///    0xCC and 0xCD, the uninitialised memory of Windows programs, read as GBK).
/// 3. **Rare-character runs**: UTF-8 read as GBK (`卫生` → `鍗敓`, `测试` → `娴嬭瘯`) or GBK read
///    as Big5 gives ideographs that real text hardly uses. Each line's ideographs (and
///    private-use characters) are taken in blocks of 12; a block of at least 8 with more than
///    half outside `CommonHanzi` (GB2312 level 1 and Big5's frequent characters) starts a
///    garbage run, which goes on over the following blocks that are at least a quarter rare.
///    Real text stays far below: its blocks of 12 hold one or two rare characters, while text
///    read with the wrong table has many in most blocks.
/// 4. **Latin-1 runs**: UTF-8 read as Latin-1 (`卫生` → `å\u{8D}«ç\u{94}\u{9F}`): four or more
///    characters of U+0080–U+00FF in a row whose code points, taken as bytes, are valid UTF-8
///    containing a multi-byte character.
public enum MojibakeScanner {
    /// A stretch of garbage and why it is one.
    public struct Finding: Sendable, Hashable {
        public var range: Range<Int>
        public var detail: String
    }

    private typealias Rules = AuditRules.Mojibake

    /// The scalars of `Rules.uninitialisedMemory`, built once.
    package static let uninitialisedScalars = ScalarSet(Rules.uninitialisedMemory.map(\.scalar))

    /// Every finding of the four patterns in `body`, merged where they touch.
    public static func scan(_ body: [Unicode.Scalar]) -> [Finding] {
        var findings = replacementRuns(body) + garbageWords(body) + rareRuns(body) + latin1Runs(body)
        findings.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        // Overlapping findings, and findings fewer than `minimumJudged` ideographs apart when at least half of
        // those are rare, are one span (a garbled paragraph is one flag, not one per pattern);
        // it keeps the reason of its longest part.
        var out: [(finding: Finding, longest: Int)] = []
        for f in findings {
            if let last = out.last {
                let gapStart = min(last.finding.range.upperBound, f.range.lowerBound)
                let gap = body[gapStart..<max(gapStart, f.range.lowerBound)]
                let (judged, rare) = CommonHanzi.shared.rareCount(in: gap)
                if judged < Rules.minimumJudged, rare * 2 >= judged {
                    var merged = last
                    merged.finding.range = last.finding.range.lowerBound..<max(last.finding.range.upperBound, f.range.upperBound)
                    if f.range.count > last.longest {
                        merged.finding.detail = f.detail
                        merged.longest = f.range.count
                    }
                    out[out.count - 1] = merged
                    continue
                }
            }
            out.append((f, f.range.count))
        }
        return out.map(\.finding)
    }

    package static func replacementRuns(_ body: [Unicode.Scalar]) -> [Finding] {
        var out: [Finding] = []
        var i = 0
        while i < body.count {
            guard body[i] == "\u{FFFD}" else { i += 1; continue }
            var end = i + 1
            var j = i + 1
            while j < body.count, j - end <= Rules.replacementGap, body[j] != "\n" {
                if body[j] == "\u{FFFD}" { end = j + 1 }
                j += 1
            }
            out.append(Finding(range: i..<end, detail: "bytes that could not be decoded"))
            i = end
        }
        return out
    }

    package static func garbageWords(_ body: [Unicode.Scalar]) -> [Finding] {
        var out: [Finding] = []
        let kunjinkao = Rules.kunjinkao, n = kunjinkao.count
        let memory = uninitialisedScalars
        var i = 0
        while i < body.count {
            if body[i] == kunjinkao[0], i + n <= body.count, Array(body[i..<(i + n)]) == kunjinkao {
                var end = i + n
                while end + n <= body.count, Array(body[end..<(end + n)]) == kunjinkao { end += n }
                out.append(Finding(range: i..<end, detail: Rules.kunjinkaoDetail))
                i = end
                continue
            }
            if memory.contains(body[i]) {
                var end = i + 1
                while end < body.count, body[end] == body[i] { end += 1 }
                if end - i >= Rules.minUninitialisedRun {
                    let byte = Rules.uninitialisedMemory.first { $0.scalar == body[i] }?.byte ?? ""
                    out.append(Finding(range: i..<end, detail: "「\(body[i])」 × \(end - i): uninitialised memory (bytes 0x\(byte)) read as GBK"))
                }
                i = end
                continue
            }
            i += 1
        }
        return out
    }

    package static func rareRuns(_ body: [Unicode.Scalar]) -> [Finding] {
        let common = CommonHanzi.shared
        // Blocks as (first, last + 1, judged, rare), in body order; a garbage run opens on a block
        // more than half rare and goes on over the blocks after it that are at least a quarter
        // rare (wrong decodings land on common characters now and then).
        var blocks: [(start: Int, end: Int, judged: Int, rare: Int)] = []
        // The current block: its first and last judged index and how many it has.
        var blockFirst = 0, blockLast = 0, blockCount = 0
        var rare = 0
        var inRun = false
        // The rule values, read once rather than through their accessors per scalar.
        let blockSize = Rules.blockSize, minimumJudged = Rules.minimumJudged
        let opensAbove = Rules.opensAboveShare, continuesFrom = Rules.continuesFromShare
        func judge() {
            defer {
                blockCount = 0
                rare = 0
            }
            guard blockCount > 0, blockCount >= minimumJudged else { return }
            if rare * opensAbove > blockCount || (inRun && rare * continuesFrom >= blockCount) {
                blocks.append((blockFirst, blockLast + 1, blockCount, rare))
                inRun = true
            } else {
                inRun = false
            }
        }
        for (k, s) in body.enumerated() {
            if s == "\n" {
                judge()
            } else if CommonHanzi.isJudged(s) {
                if blockCount == 0 { blockFirst = k }
                blockLast = k
                blockCount += 1
                if !common.contains(s) { rare += 1 }
                if blockCount == blockSize { judge() }
            }
        }
        judge()
        // Neighbouring blocks (fewer than `minimumJudged` judged characters between them) are one span.
        var spans: [(start: Int, end: Int, judged: Int, rare: Int)] = []
        for b in blocks {
            if var last = spans.last, body[last.end..<b.start].lazy.filter(CommonHanzi.isJudged).count < Rules.minimumJudged {
                last.end = b.end
                last.judged += b.judged
                last.rare += b.rare
                spans[spans.count - 1] = last
            } else {
                spans.append(b)
            }
        }
        let sampleLength = Rules.sampleLength
        return spans.map { o in
            let sample = String(String.UnicodeScalarView(body[o.start..<min(o.end, o.start + sampleLength)]))
            return Finding(range: o.start..<o.end,
                           detail: "「\(sample)\(o.end - o.start > sampleLength ? "…" : "")」: \(o.rare) of \(o.judged) characters are rare, as in UTF-8 or Big5 read as GBK")
        }
    }

    package static func latin1Runs(_ body: [Unicode.Scalar]) -> [Finding] {
        var out: [Finding] = []
        var i = 0
        while i < body.count {
            guard (0x80...0xFF).contains(body[i].value) else { i += 1; continue }
            var end = i
            while end < body.count, (0x80...0xFF).contains(body[end].value) { end += 1 }
            let bytes = body[i..<end].map { UInt8($0.value) }
            if end - i >= Rules.minLatin1Run, let decoded = String(validating: bytes, as: UTF8.self), decoded.unicodeScalars.contains(where: { $0.value > 0x7F }) {
                out.append(Finding(range: i..<end, detail: "「\(String(String.UnicodeScalarView(body[i..<min(end, i + Rules.sampleLength)])))」: UTF-8 read as Latin-1 (it reads 「\(decoded.prefix(Rules.latin1PreviewLength))」)"))
            }
            i = end
        }
        return out
    }
}
