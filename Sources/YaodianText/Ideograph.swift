import Foundation

/// Whether a scalar is a CJK ideograph of the Unified block or Extension A: the characters that
/// names, numbers and sentences of the documents are written in. Every stage that scans for
/// Chinese words asks this one question, so it is defined once.
public enum Ideograph {
    @inline(__always)
    @inlinable package static func contains(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }
}
