/// Finds the next byte that output encoders must treat specially, eight bytes at a time
/// (SWAR: a 64-bit word tests eight bytes at once), so that long runs of ordinary text — most of
/// a document's JSON and CSV bytes — are skipped without a test per byte.
package enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is zero.
    @inline(__always)
    private static func hasZero(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }

    /// Whether some byte of `word` equals `byte`.
    @inline(__always)
    private static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        hasZero(word ^ (ones &* UInt64(byte)))
    }

    /// Whether some byte of `word` is below 0x20 (exact for bytes below 0x80; a word with a byte
    /// of 0x80 or more may answer true, and the caller then tests its bytes one by one).
    @inline(__always)
    private static func hasControl(_ word: UInt64) -> Bool {
        (word &- ones &* 0x20) & ~word & highs != 0
    }

    /// The index of the first byte from `start` that is below 0x20, `"` or `\`, or `bytes.count`.
    package static func firstJSONSpecial(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        first(in: bytes, from: start,
              word: { hasControl($0) || has($0, 0x22) || has($0, 0x5C) },
              byte: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
    }

    /// The index of the first byte from `start` that is `"`, `,`, CR or LF, or `bytes.count`.
    package static func firstCSVSpecial(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        first(in: bytes, from: start,
              word: { has($0, 0x22) || has($0, 0x2C) || has($0, 0x0D) || has($0, 0x0A) },
              byte: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A })
    }

    /// The first byte from `start` that `byte` accepts: words that `word` clears (no byte of theirs
    /// can be accepted) are skipped eight bytes at a time, the rest is tested byte by byte.
    @inline(__always)
    private static func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                              word: (UInt64) -> Bool, byte: (UInt8) -> Bool) -> Int {
        var i = start
        let n = bytes.count
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= n, !word(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        }
        while i < n, !byte(bytes[i]) { i += 1 }
        return i
    }
}
