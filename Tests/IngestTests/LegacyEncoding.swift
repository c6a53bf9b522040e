#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds the bytes of a string in a legacy Chinese encoding with the C library's iconv, because
/// Foundation's `String.data(using:)` has no GB18030 on Linux. Test fixtures only.
enum LegacyEncoding {
    static func bytes(_ text: String, in encoding: String) -> [UInt8] {
        if text.isEmpty { return [] }
        let cd = iconv_open(encoding, "UTF-8")
        precondition(cd != iconv_t(bitPattern: -1), "iconv cannot encode \(encoding)")
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var written = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                precondition(result != -1 && inLeft == 0, "iconv failed on \(text)")
                written = outBuf.count - outLeft
            }
        }
        return Array(output[0..<written])
    }
}
