import Foundation

/// The characters that make up nearly all running Chinese text, and how far a text departs
/// from them: the yardstick for telling a right decoding from a wrong one.
///
/// The set is GB2312 level 1 (the 3,755 most frequent simplified characters, bytes B0A1–D7F9)
/// together with Big5's frequent characters (5,401 traditional ones, A440–C67E), read once from
/// the C library's own code tables through iconv, so no table is copied into the source. Real
/// text, plans full of place and person names included, has 0–5% of its ideographs outside the
/// set. Bytes decoded with the wrong table do not: UTF-8 read as GBK gives `鍗敓` for 卫生 and
/// `娴嬭瘯` for 测试, Big5 read as GBK gives pairs from GBK's extension rows, and most of either
/// falls outside it, along with private-use characters that real text never has.
public struct CommonHanzi: Sendable {
    /// One bit per scalar of U+4E00–U+9FFF.
    @usableFromInline let bits: [UInt64]

    public static let shared = CommonHanzi()

    private init() {
        var bits = [UInt64](repeating: 0, count: (0x9FFF - 0x4E00) / 64 + 1)
        func add(_ text: String) {
            for s in text.unicodeScalars where s.value >= 0x4E00 && s.value <= 0x9FFF {
                let i = Int(s.value - 0x4E00)
                bits[i >> 6] |= 1 << UInt64(i & 63)
            }
        }
        var gb: [UInt8] = []
        for lead in UInt8(0xB0)...0xD7 {
            for trail in UInt8(0xA1)...0xFE { gb += [lead, trail] }
        }
        if let level1 = IconvDecoder.decodeLossy(gb, from: "GB2312") { add(level1.text) }
        var big5: [UInt8] = []
        for lead in UInt8(0xA4)...0xC6 {
            for trail in Array(UInt8(0x40)...0x7E) + Array(UInt8(0xA1)...0xFE) {
                if lead == 0xC6, trail > 0x7E { break }
                big5 += [lead, trail]
            }
        }
        if let frequent = IconvDecoder.decodeLossy(big5, from: "BIG5") { add(frequent.text) }
        self.bits = bits
    }

    /// Whether `scalar` is one of the common characters.
    @inlinable public func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x4E00, scalar.value <= 0x9FFF else { return false }
        let i = Int(scalar.value - 0x4E00)
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// The characters a decoding is judged on: CJK ideographs of every block, and the private
    /// use area, where wrong decodings of GBK's user-defined rows land.
    @inlinable public static func isJudged(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xE000...0xF8FF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Judged characters among the first `limit` of `scalars` and how many of them are not common
    /// (read in one pass: a prefix of a `String`'s scalars is not cut first).
    @inlinable public func rareCount<S: Sequence<Unicode.Scalar>>(in scalars: S, limit: Int = .max) -> (judged: Int, rare: Int) {
        var judged = 0, rare = 0, read = 0
        for s in scalars {
            if read == limit { break }
            read += 1
            guard Self.isJudged(s) else { continue }
            judged += 1
            if !contains(s) { rare += 1 }
        }
        return (judged, rare)
    }
}
