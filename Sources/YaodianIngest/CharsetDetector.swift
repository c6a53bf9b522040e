import CUchardet

/// Guesses the charset of bytes that declare none, with Mozilla's universal charset detector
/// (Debian's libuchardet), and maps the guess to a decoder Yaodian uses.
///
/// The guess is only a candidate: `TextDecoder` validates it by strict decoding and weighs it
/// against the other candidates by how plausible the decoded text is (`CommonHanzi`). Only
/// Chinese and Unicode charsets are taken: a scraped Chinese page that the detector calls
/// WINDOWS-1252 or KOI8-R is far more likely damaged than Western, and is better reported as
/// undecodable than read as Latin letters.
///
/// ```swift
/// CharsetDetector.detect(gbkBytes)   // "GB18030"
/// ```
public enum CharsetDetector {
    /// At most this many bytes are shown to the detector (it settles long before).
    public static let sampleSize = IngestRules.detectorSampleBytes

    /// The iconv name of the detected charset when it is one Yaodian decodes, else nil.
    public static func detect<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        guard let name = rawGuess(bytes) else { return nil }
        return supported[name.uppercased()]
    }

    /// What libuchardet itself answers (upper-case, e.g. `GB18030`, `BIG5`, `UTF-8`), or nil
    /// when it has no answer.
    public static func rawGuess<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        guard !bytes.isEmpty, let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let sample = Array(bytes.prefix(sampleSize))
        let status = sample.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                uchardet_handle_data(detector, chars.baseAddress, chars.count)
            }
        }
        guard status == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector) else { return nil }
        let result = String(cString: name)
        return result.isEmpty ? nil : result.uppercased()
    }

    /// libuchardet's names → the iconv names `TextDecoder` decodes with.
    package static let supported = IngestRules.detectedCharsets
}
