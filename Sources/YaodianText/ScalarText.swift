#if canImport(Glibc)
import Foundation
import Glibc
#endif
/// Scalar-level text primitives shared by the stages, which all index bodies by Unicode scalar.
///
/// `ScalarSet` answers "is this scalar one of these?" (`。；！？`, units, masks) in a few
/// comparisons instead of hashing the scalar, which the per-scalar loops of Segment and Extract
/// do millions of times per batch. `String(scalars:)` builds a string from a run of scalars
/// (`body[start..<end]`) in one pass, where `String(String.UnicodeScalarView(…))` appends scalar
/// by scalar.
///
/// ```swift
/// let ends: ScalarSet = ["。", "；", "！", "？"]
/// ends.contains("；")                               // true
/// String(scalars: Array("卫生健康".unicodeScalars)[0..<2])   // 卫生
/// ```
@usableFromInline package struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var low: UInt64 = 0
    @usableFromInline var high: UInt64 = 0
    /// Scalars from U+0080 up, sorted.
    @usableFromInline var others: [UInt32] = []
    /// For larger sets, a bitmap of `others` from `base` on (one lookup instead of a search).
    @usableFromInline var bitmap: [UInt64] = []
    @usableFromInline var base: UInt32 = 0
    /// The range of `others` (empty: `minOther > maxOther`), kept out of the array.
    @usableFromInline var minOther: UInt32 = .max
    @usableFromInline var maxOther: UInt32 = 0
    /// Bit `v & 63` set for every `v` of `others`: a scalar whose bit is clear is not in a
    /// small set, without a search (most scalars of a body, for a set of a few marks).
    @usableFromInline var bloom: UInt64 = 0

    @inlinable package init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var rest = Set<UInt32>()
        for s in scalars {
            switch s.value {
            case 0..<64: low |= 1 << UInt64(s.value)
            case 64..<128: high |= 1 << UInt64(s.value - 64)
            default: rest.insert(s.value)
            }
        }
        others = rest.sorted()
        for v in others { bloom |= 1 << UInt64(v & 63) }
        if let first = others.first, let last = others.last {
            minOther = first
            maxOther = last
        }
        if others.count > 16, let first = others.first, let last = others.last, last - first < 1 << 16 {
            base = first
            bitmap = [UInt64](repeating: 0, count: Int(last - first) / 64 + 1)
            for v in others { bitmap[Int(v - first) >> 6] |= 1 << UInt64((v - first) & 63) }
        }
    }

    @inlinable package init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    @inline(__always)
    @inlinable package func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 64 { return low & (1 << UInt64(v)) != 0 }
        if v < 128 { return high & (1 << UInt64(v - 64)) != 0 }
        guard v >= minOther, v <= maxOther else { return false }
        if !bitmap.isEmpty { return bitmap[Int(v - base) >> 6] & (1 << UInt64((v - base) & 63)) != 0 }
        guard bloom & (1 << UInt64(v & 63)) != 0 else { return false }
        var lo = 0
        var hi = others.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let m = others[mid]
            if m == v { return true }
            if m < v { lo = mid + 1 } else { hi = mid - 1 }
        }
        return false
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace` (Unicode's White_Space property) without the property lookup.
    @inlinable package var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension String.UnicodeScalarView {
    /// The range left after dropping the scalars `isTrimmed` accepts at either end: what
    /// `trimmingCharacters(in:)` keeps for a set of single-unit spaces, without bridging to NSString.
    @inlinable package func trimmedRange(_ isTrimmed: (Unicode.Scalar) -> Bool) -> Range<Index> {
        var start = startIndex
        var end = endIndex
        while start < end, isTrimmed(self[start]) { start = index(after: start) }
        while end > start, isTrimmed(self[index(before: end)]) { end = index(before: end) }
        return start..<end
    }
}

extension String {
    /// Whether `word` occurs in this text, as Foundation's `contains` answers (Characters compared
    /// by canonical equivalence), by a byte search when both are plain (`PlainText`): there every
    /// scalar is a Character of its own and equivalent to no other, so equal bytes at any offset
    /// are equal Characters (UTF-8 never matches inside a scalar). Titles, publishers and site
    /// headers are asked about a dozen words each; Foundation bridged every one of those calls.
    @inlinable package func containsText(_ word: String) -> Bool {
        guard !word.isEmpty, PlainText.isPlain(word.unicodeScalars), PlainText.isPlain(unicodeScalars) else {
            return contains(word)
        }
        var text = self
        var word = word
        return text.withUTF8 { t in
            word.withUTF8 { w in
                guard w.count <= t.count, let tb = t.baseAddress, let wb = w.baseAddress else { return false }
                // Each occurrence of the word's first byte (memchr), then the rest compared.
                let last = t.count - w.count
                var i = 0
                while i <= last {
                    guard let hit = memchr(tb + i, Int32(wb.pointee), last - i + 1) else { return false }
                    let j = UnsafeRawPointer(tb).distance(to: UnsafeRawPointer(hit))
                    if memcmp(tb + j, wb, w.count) == 0 { return true }
                    i = j + 1
                }
                return false
            }
        }
    }

    /// `split(separator: "\n")` (non-empty pieces): by UTF-8 byte when the text has no carriage
    /// return, since a line feed is then always a Character of its own.
    @inlinable package var nonEmptyLines: [String] {
        var text = self
        // (`utf8.contains` steps through the view a byte at a time; the buffer is searched with memchr.)
        let hasCR = text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }
        if hasCR { return split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                if i > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return lines
        }
    }

    /// The string of these scalars, encoded to UTF-8 in one pass.
    @inlinable package init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var length = 0
        for s in scalars { length += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for s in scalars {
                UTF8.encode(s) { unit in
                    buffer[i] = unit
                    i += 1
                }
            }
            return i
        }
    }
}
