import Foundation
import YaodianModel

/// Decodes a document's bytes to text and decides whether it is HTML or plain text.
///
/// Order of trust:
/// 1. a byte-order mark (UTF-8, UTF-16 LE/BE);
/// 2. strict UTF-8 — GBK text is practically never valid UTF-8, so a page that declares
///    `gb2312` but is UTF-8 is read correctly;
/// 3. strict decoding with each candidate charset, in this order: the one the page declares
///    (`<meta>`, XML prolog, an HTTP-style `Content-Type:` line saved with it), GB18030 (a
///    superset of GB2312 and GBK), the one libuchardet detects (`CharsetDetector`), Big5. GBK and
///    Big5 bytes are valid in each other's tables, so a strict success is not enough: the first
///    candidate whose text is plausible Chinese (under 10% of its ideographs outside
///    `CommonHanzi`) wins, else the least implausible one. A page declaring GB2312 that is
///    really Big5 is so read as Big5;
/// 4. lossy decoding, when under 1% of the bytes are invalid in UTF-8 or GB18030 and the text
///    is plausible: the invalid bytes become U+FFFD and are flagged `mojibake` by the audit.
///
/// Anything else is an `undecodable` error for that document only. UTF-16 without a byte-order
/// mark, which looks binary (every other byte NUL), is read when libuchardet recognises it or when
/// its NUL bytes sit on one side of the code units only (`bomlessUTF16`).
///
/// Inputs over `maxBytes` are not refused: only their first `maxBytes` bytes are decoded (a
/// character cut in half at the end is dropped) and `cut` records it, so the audit flags the
/// document `truncated`. NUL bytes are removed, and so is an HTTP response header saved at the
/// top of the file (`HTTPHeaderBlock`).
public struct TextDecoder: Sendable {
    /// The default size cap (`IngestRules.defaultMaxBytes`).
    public static let defaultMaxBytes = IngestRules.defaultMaxBytes

    /// Bytes decoded at most; the rest of a larger input is not read (see `InputLocation.load`).
    public var maxBytes: Int

    public init(maxBytes: Int = TextDecoder.defaultMaxBytes) {
        self.maxBytes = max(1, maxBytes)
    }

    /// Ideographs outside `CommonHanzi` above this share make a decoding implausible.
    package static let plausibleRareShare = IngestRules.plausibleRareShare
    /// Fewer judged characters than this say nothing about a decoding.
    package static let minimumJudged = IngestRules.minimumJudged

    private struct Decoding {
        package var text: String
        package var encoding: String
        package var lossy: Bool
    }

    public func decode(_ source: DocumentSource) throws(YaodianError) -> DecodedDocument {
        let capped = source.capped(at: maxBytes)
        let bytes = capped.bytes
        let path = source.sourcePath
        guard !bytes.isEmpty else { throw .empty(path: path) }
        let isCut = capped.byteCount > bytes.count
        let declared = CharsetDeclaration.find(in: bytes)

        var decoding: Decoding
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            if let s = Self.strictUTF8(body, allowIncompleteTail: isCut) {
                decoding = Decoding(text: s, encoding: "utf-8", lossy: false)
            } else {
                decoding = Decoding(text: String(decoding: body, as: UTF8.self), encoding: "utf-8", lossy: true)
            }
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            decoding = Self.utf16(bytes[2...], littleEndian: bytes[0] == 0xFF, allowIncompleteTail: isCut)
        } else {
            decoding = try Self.guess(bytes, declared: declared, allowIncompleteTail: isCut, path: path)
        }
        if Self.hasNUL(&decoding.text) {
            decoding.text.unicodeScalars.removeAll { $0 == "\u{0}" }
        }
        decoding.text = HTTPHeaderBlock.strip(decoding.text)
        let format = FormatDetector.detect(decoding.text)
        let cut = isCut ? DecodedDocument.Cut(keptBytes: bytes.count, totalBytes: capped.byteCount) : nil
        return DecodedDocument(source: capped, text: decoding.text, encoding: decoding.encoding, declaredEncoding: declared,
                               lossy: decoding.lossy, format: format, cut: cut)
    }

    /// Steps 2–4 for bytes without a byte-order mark.
    private static func guess(_ bytes: [UInt8], declared: String?, allowIncompleteTail: Bool,
                              path: String) throws(YaodianError) -> Decoding {
        if looksBinary(bytes) {
            let detected = CharsetDetector.detect(bytes).flatMap { $0.hasPrefix("UTF-16") ? $0 : nil } ?? bomlessUTF16(bytes)
            if let name = detected, let s = IconvDecoder.decode(bytes, from: name, allowIncompleteTail: allowIncompleteTail) {
                return Decoding(text: s, encoding: label(name), lossy: false)
            }
            throw .binary(path: path)
        }
        if let s = strictUTF8(bytes[...], allowIncompleteTail: allowIncompleteTail) {
            return Decoding(text: s, encoding: "utf-8", lossy: false)
        }
        var candidates: [String] = []
        var fallback: (decoding: Decoding, share: Double)?
        var tried = 0
        func add(_ name: String?) {
            if let name, !candidates.contains(name) { candidates.append(name) }
        }
        // libuchardet is asked only when neither the declared charset nor GB18030 gave plausible text.
        let phases: [() -> [String?]] = [
            { [declared.flatMap(iconvName(declared:)), "GB18030"] },
            { [CharsetDetector.detect(bytes).flatMap { $0 == "UTF-8" ? nil : $0 }, "BIG5-HKSCS"] },
        ]
        for phase in phases {
            phase().forEach(add)
            while tried < candidates.count {
                let name = candidates[tried]
                tried += 1
                guard let s = IconvDecoder.decode(bytes, from: name, allowIncompleteTail: allowIncompleteTail) else { continue }
                let share = rareShare(s)
                let decoding = Decoding(text: s, encoding: label(name), lossy: false)
                if share <= plausibleRareShare { return decoding }
                if fallback == nil || share < fallback?.share ?? 1 { fallback = (decoding, share) }
            }
        }
        if let fallback { return fallback.decoding }

        // Lossy: the candidate with the most plausible text among those with under 1% invalid bytes.
        var lossy: [(decoding: Decoding, invalid: Int, share: Double)] = []
        let utf8 = String(decoding: bytes, as: UTF8.self)
        lossy.append((Decoding(text: utf8, encoding: "utf-8", lossy: true), invalidUTF8Count(bytes), rareShare(utf8)))
        for name in candidates.prefix(IngestRules.lossyCandidates) {
            if let r = IconvDecoder.decodeLossy(bytes, from: name) {
                lossy.append((Decoding(text: r.text, encoding: label(name), lossy: true), r.invalidBytes, rareShare(r.text)))
            }
        }
        let acceptable = lossy.filter { $0.invalid * IngestRules.lossyInvalidDivisor < bytes.count && $0.share <= IngestRules.maxLossyRareShare }
        if let best = acceptable.min(by: { ($0.share, $0.invalid) < ($1.share, $1.invalid) }) {
            return best.decoding
        }
        throw .undecodable(path: path, encoding: declared ?? "utf-8")
    }

    /// The share of judged characters outside `CommonHanzi` in the first 100,000 scalars of
    /// `text`; 0 when there are too few to judge.
    package static func rareShare(_ text: String) -> Double {
        // Counted as they are read: no array of the scalars (up to 400 KB for a big page).
        let (judged, rare) = CommonHanzi.shared.rareCount(in: text.unicodeScalars, limit: IngestRules.rareShareScanScalars)
        return judged < minimumJudged ? 0 : Double(rare) / Double(judged)
    }

    /// The iconv name for a declared charset Yaodian decodes (nil for UTF-8, tried already, and
    /// for names it does not take, such as a Western charset on a Chinese page).
    package static func iconvName(declared name: String) -> String? {
        if CharsetDeclaration.isGBFamily(name) { return "GB18030" }
        if CharsetDeclaration.isBig5(name) { return "BIG5-HKSCS" }
        if IngestRules.eucTWCharsetNames.contains(name) { return "EUC-TW" }
        return nil
    }

    /// The name written to `documents.csv` for an iconv name.
    package static func label(_ iconvName: String) -> String {
        iconvName == "BIG5-HKSCS" ? "big5" : iconvName.lowercased()
    }

    /// Strict UTF-8; with `allowIncompleteTail`, a sequence cut off at the end is dropped.
    package static func strictUTF8(_ bytes: ArraySlice<UInt8>, allowIncompleteTail: Bool) -> String? {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        guard allowIncompleteTail else { return nil }
        var i = bytes.endIndex
        while i > bytes.startIndex, bytes.endIndex - i < 4 {
            i -= 1
            let b = bytes[i]
            if b & 0xC0 == 0x80 { continue }  // a continuation byte: look further back
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard i + length > bytes.endIndex else { return nil }
            return String(validating: bytes[..<i], as: UTF8.self)
        }
        return nil
    }

    /// UTF-16 after its byte-order mark; a lone surrogate becomes U+FFFD (lossy), except a high
    /// surrogate cut off at the end of a capped input, which is dropped.
    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, allowIncompleteTail: Bool) -> Decoding {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        if allowIncompleteTail, let last = units.last, (0xD800...0xDBFF).contains(last) { units.removeLast() }
        let text = String(decoding: units, as: UTF16.self)
        return Decoding(text: text, encoding: littleEndian ? "utf-16le" : "utf-16be",
                        lossy: text.unicodeScalars.contains("\u{FFFD}"))
    }

    /// UTF-16 without a byte-order mark, told by where its NUL bytes are: the ASCII of markup
    /// and digits has a zero high byte, so in the first 4 KiB at least 30% of the code units have
    /// a NUL on one side (odd offsets: little-endian) and under 2% on the other. Images and
    /// archives have NULs on both sides.
    package static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(IngestRules.utf16ScanBytes)
        let units = head.count / 2
        guard units >= IngestRules.minUTF16Units else { return nil }
        let (share, per) = IngestRules.utf16NulShare
        let other = IngestRules.utf16OtherSideDivisor
        var even = 0, odd = 0
        for (i, b) in head.enumerated() where b == 0 {
            if i % 2 == 0 { even += 1 } else { odd += 1 }
        }
        if odd * per >= units * share, even * other < units { return "UTF-16LE" }
        if even * per >= units * share, odd * other < units { return "UTF-16BE" }
        return nil
    }

    /// Binary data: C0 control characters (other than tab, LF, CR, FF, ESC and NUL) in more than
    /// 1% of the first 8 KiB, or NUL bytes in more than 10% (stray NULs of a broken scraper are
    /// removed; images, archives and UTF-16 are full of them).
    package static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(IngestRules.binaryScanBytes)
        var controls = 0, nuls = 0
        for b in head where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B {
            if b == 0 { nuls += 1 } else { controls += 1 }
        }
        return controls * IngestRules.binaryControlDivisor > head.count || nuls * IngestRules.binaryNulDivisor > head.count
    }

    /// Whether the text holds a NUL (searched with `memchr` on its UTF-8).
    package static func hasNUL(_ text: inout String) -> Bool {
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
    }

    /// The number of invalid UTF-8 sequences (each replaced by one U+FFFD).
    package static func invalidUTF8Count(_ bytes: [UInt8]) -> Int {
        var invalid = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return invalid
    }
}
