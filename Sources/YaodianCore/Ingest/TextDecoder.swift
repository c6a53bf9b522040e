/// Decodes a document's bytes to text and decides whether it is HTML or plain text.
///
/// Order of trust: a byte-order mark; then strict UTF-8 (GBK text is practically never valid
/// UTF-8, so a page that declares `gb2312` but is UTF-8 is read correctly); then the declared
/// legacy charset; then GB18030 (a superset of GB2312 and GBK); then, when under 1% of the bytes
/// are invalid, lossy UTF-8 (the replaced bytes are later flagged `mojibake`). Anything else is
/// an `undecodable` error for that document only.
public struct TextDecoder: Sendable {
    /// Inputs larger than this are refused with `tooLarge` (a size-capped path for hostile input).
    public var maxBytes: Int

    public init(maxBytes: Int = 64 << 20) {
        self.maxBytes = maxBytes
    }

    public func decode(_ source: DocumentSource) throws(YaodianError) -> DecodedDocument {
        let bytes = source.bytes
        let path = source.sourcePath
        guard !bytes.isEmpty else { throw .empty(path: path) }
        guard bytes.count <= maxBytes else { throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
        let declared = CharsetDeclaration.find(in: bytes)

        var text: String
        var encoding: String
        var lossy = false
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let s = String(validating: body, as: UTF8.self) {
                text = s
            } else {
                text = String(decoding: body, as: UTF8.self)
                lossy = true
            }
            encoding = "utf-8"
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
                i += 2
            }
            text = String(decoding: units, as: UTF16.self)
            lossy = text.unicodeScalars.contains("\u{FFFD}")
            encoding = littleEndian ? "utf-16le" : "utf-16be"
        } else {
            guard !Self.looksBinary(bytes) else { throw .binary(path: path) }
            if let s = String(validating: bytes, as: UTF8.self) {
                text = s
                encoding = "utf-8"
            } else if let name = declared, CharsetDeclaration.isBig5(name), let s = IconvDecoder.decode(bytes, from: "BIG5-HKSCS") {
                text = s
                encoding = "big5"
            } else if let s = IconvDecoder.decode(bytes, from: "GB18030") {
                text = s
                encoding = "gb18030"
            } else if Self.invalidUTF8Ratio(bytes) < 0.01 {
                text = String(decoding: bytes, as: UTF8.self)
                encoding = "utf-8"
                lossy = true
            } else {
                throw .undecodable(path: path, encoding: declared ?? "utf-8")
            }
        }
        if text.unicodeScalars.contains("\u{0}") {
            text.unicodeScalars.removeAll { $0 == "\u{0}" }
        }
        let format = FormatDetector.detect(text)
        return DecodedDocument(source: source, text: text, encoding: encoding, declaredEncoding: declared,
                               lossy: lossy, format: format)
    }

    /// Binary data: NUL bytes or C0 control characters (other than tab, LF, CR, FF, ESC) in more
    /// than 1% of the first 8 KiB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B {
            controls += 1
        }
        return controls * 100 > head.count
    }

    /// The share of bytes that belong to invalid UTF-8 sequences.
    static func invalidUTF8Ratio(_ bytes: [UInt8]) -> Double {
        var invalid = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: consumed += 1
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return bytes.isEmpty ? 0 : Double(invalid) / Double(bytes.count)
    }
}
