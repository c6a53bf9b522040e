#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strict decoding of legacy Chinese encodings through the C library's iconv.
///
/// Strict means a single invalid sequence fails the whole decode: a GBK page that is really
/// UTF-8 must not be read as GBK garbage, so the caller tries the next candidate instead.
public enum IconvDecoder {
    public static func decode(_ bytes: [UInt8], from encoding: String) -> String? {
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        if bytes.isEmpty { return "" }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var written = 0
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                guard let inBase = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return false }
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if result == -1 || inLeft != 0 { return false }
                // Flush any shift state.
                _ = iconv(cd, nil, nil, &outPtr, &outLeft)
                written = outBuf.count - outLeft
                return true
            }
        }
        guard ok else { return nil }
        return String(validating: output[0..<written], as: UTF8.self)
    }
}
