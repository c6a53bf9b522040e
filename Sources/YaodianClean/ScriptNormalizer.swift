import COpenCC
import Foundation
import Synchronization

/// Converts Traditional Chinese to Simplified with OpenCC (`t2s.json`), for matching only.
///
/// Pages mirrored in Traditional characters (`以內`, `達到`, `億元`, `責任單位`) must give the same rows
/// as their Simplified twins, while every emitted string keeps the source's characters. So the
/// stages match on a *parallel* text of exactly the same length in Unicode scalars, and slice
/// what they emit out of the original by offset. When OpenCC's phrase conversion would change the
/// length, the text is converted one character at a time instead.
public final class ScriptNormalizer: Sendable {
    /// The process-wide converter; OpenCC loads its dictionaries once.
    public static let shared = ScriptNormalizer()

    private let handle: Mutex<OpaquePointer?>

    private init() {
        let raw = opencc_open("t2s.json")
        if let raw, Int(bitPattern: raw) != -1 {
            handle = Mutex(OpaquePointer(raw))
        } else {
            handle = Mutex(nil)
        }
    }

    deinit {
        handle.withLock { h in
            if let h { _ = opencc_close(UnsafeMutableRawPointer(h)) }
        }
    }

    /// Whether OpenCC and its dictionaries could be loaded.
    public var isAvailable: Bool { handle.withLock { $0 != nil } }

    /// A Simplified text with the same number of scalars as `scalars`.
    public func simplified(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let whole = convert(String(scalars: scalars))
        if let whole {
            let converted = Array(whole.unicodeScalars)
            if converted.count == scalars.count { return converted }
        }
        // Length changed (or no OpenCC): convert character by character.
        return scalars.map { s in
            guard s.value >= 0x3400, let c = convert(String(s)), c.unicodeScalars.count == 1, let first = c.unicodeScalars.first else { return s }
            return first
        }
    }

    /// The Simplified form of a short string (a line), or the string itself.
    public func simplified(_ text: String) -> String {
        String(scalars: simplified(Array(text.unicodeScalars)))
    }

    private func convert(_ text: String) -> String? {
        handle.withLock { h -> String? in
            guard let h else { return nil }
            var bytes = Array(text.utf8)
            let length = bytes.count
            bytes.append(0)
            let out: UnsafeMutablePointer<CChar>? = bytes.withUnsafeBufferPointer { buf in
                buf.withMemoryRebound(to: CChar.self) { chars in
                    opencc_convert_utf8(UnsafeMutableRawPointer(h), chars.baseAddress, length)
                }
            }
            guard let out else { return nil }
            defer { opencc_convert_utf8_free(out) }
            return String(cString: out)
        }
    }
}
