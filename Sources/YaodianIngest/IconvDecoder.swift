#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decoding of legacy Chinese encodings through the C library's iconv, strict or lossy.
///
/// Strict means a single invalid sequence fails the whole decode: a GBK page that is really
/// UTF-8 must not be read as GBK garbage, so the caller tries the next candidate instead. Lossy
/// replaces each invalid byte by U+FFFD and counts them, for a page that is GBK but for a few
/// damaged bytes. Output is produced in 64 KiB chunks, so a 32 MiB page needs no buffer sized
/// for the worst case.
public enum IconvDecoder {
    /// The text and the number of invalid bytes replaced (always 0 for a strict decode).
    public struct Result: Sendable {
        public var text: String
        public var invalidBytes: Int
    }

    /// Strict decode; nil when `encoding` is unknown or any byte sequence is invalid.
    /// With `allowIncompleteTail`, a multi-byte character cut off at the very end (an input
    /// capped at its size limit) is dropped instead of failing the decode.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, from encoding: String,
                                                        allowIncompleteTail: Bool = false) -> String? {
        run(bytes, from: encoding, lossy: false, allowIncompleteTail: allowIncompleteTail)?.text
    }

    /// Lossy decode; nil only when `encoding` is unknown to iconv.
    public static func decodeLossy<Bytes: Collection<UInt8>>(_ bytes: Bytes, from encoding: String) -> Result? {
        run(bytes, from: encoding, lossy: true, allowIncompleteTail: true)
    }

    private static func run<Bytes: Collection<UInt8>>(_ bytes: Bytes, from encoding: String, lossy: Bool,
                                                      allowIncompleteTail: Bool) -> Result? {
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        if bytes.isEmpty { return Result(text: "", invalidBytes: 0) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var invalid = 0
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            chunk.withUnsafeMutableBufferPointer { outBuf in
                guard let inBase = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return false }
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                let outStart = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                while true {
                    var outPtr: UnsafeMutablePointer<CChar>? = outStart
                    var outLeft = outBuf.count
                    let result = inLeft == 0 ? iconv(cd, nil, nil, &outPtr, &outLeft) : iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let failure = result == -1 ? errno : 0
                    output.append(contentsOf: UnsafeBufferPointer(start: outBase, count: outBuf.count - outLeft))
                    if result != -1 {
                        if inLeft == 0 { return true }  // the flush above ran with no input left
                        continue
                    }
                    switch failure {
                    case E2BIG:
                        continue
                    case EILSEQ where lossy:
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        invalid += 1
                        inPtr = inPtr.map { $0 + 1 }
                        inLeft -= 1
                        if inLeft == 0 { return true }
                    case EINVAL where allowIncompleteTail || lossy:
                        // An incomplete character at the very end of the input.
                        if lossy {
                            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                            invalid += inLeft
                        }
                        return true
                    default:
                        return false
                    }
                }
            }
        }
        guard ok, let text = String(validating: output, as: UTF8.self) else { return nil }
        return Result(text: text, invalidBytes: invalid)
    }
}
