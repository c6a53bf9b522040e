/// Strings of scalar ranges of a body, cut from the body's own `String` instead of encoded again
/// from its scalars: a copy of UTF-8 bytes that are already valid, where `String(scalars:)` encodes
/// each scalar and validates the result. Scalar offsets become byte offsets through a cursor that
/// moves from the last position asked, so cutting a document's clauses in order reads it once.
///
/// ```swift
/// var slicer = ScalarSlicer(text: "一、总体要求", scalars: Array("一、总体要求".unicodeScalars))
/// slicer.string(2..<6)   // "总体要求"
/// ```
@usableFromInline package struct ScalarSlicer {
    /// The body; `scalars` must be its Unicode scalars.
    @usableFromInline package let text: String
    @usableFromInline package let scalars: [Unicode.Scalar]
    @usableFromInline var scalarOffset = 0
    @usableFromInline var byteOffset = 0

    @inlinable package init(text: String, scalars: [Unicode.Scalar]) {
        self.text = text
        self.scalars = scalars
    }

    /// The UTF-8 offset in `text` of scalar offset `k` (`0...scalars.count`).
    @inlinable mutating func byteOffset(of k: Int) -> Int {
        while scalarOffset < k {
            byteOffset += UTF8.width(scalars[scalarOffset])
            scalarOffset += 1
        }
        while scalarOffset > k {
            scalarOffset -= 1
            byteOffset -= UTF8.width(scalars[scalarOffset])
        }
        return byteOffset
    }

    /// The text of scalars `range` (clamped to the body).
    @inlinable package mutating func string(_ range: Range<Int>) -> String {
        let lower = min(max(range.lowerBound, 0), scalars.count)
        let upper = min(max(range.upperBound, lower), scalars.count)
        guard lower < upper else { return "" }
        let start = byteOffset(of: lower)
        let end = byteOffset(of: upper)
        let utf8 = text.utf8
        // Substring to String copies the bytes without validating them again.
        return String(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }
}
