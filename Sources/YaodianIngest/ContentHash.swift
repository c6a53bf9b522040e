import Crypto
import Foundation

/// SHA-256 digests as lower-case hex: a document's `sha256`, and the suffix that keeps two
/// inputs with the same relative name apart.
public enum ContentHash {
    public static func sha256Hex<D: DataProtocol>(_ data: D, bytes: Int = 32) -> String {
        hex(SHA256.hash(data: data), bytes: bytes)
    }

    /// The first `bytes` bytes of a finished digest (of a file hashed while it was read).
    public static func hex(_ digest: SHA256.Digest, bytes: Int = 32) -> String {
        let digits: [Character] = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(bytes * 2)
        for byte in digest.prefix(bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return out
    }
}
