/// Parses the numbers used in clause markers and quantities: Chinese numerals (二十三 → 23,
/// 一百零五 → 105, 两 → 2) and Arabic digits in half or full width (１２ → 12).
public enum ChineseNumeral {
    /// `TextRules.numeralDigits` by scalar.
    @usableFromInline package static let digitValues: [Unicode.Scalar: Int] = Dictionary(TextRules.numeralDigits, uniquingKeysWith: { first, _ in first })
    /// `TextRules.numeralUnits` by scalar.
    @usableFromInline package static let unitValues: [Unicode.Scalar: Int] = Dictionary(TextRules.numeralUnits, uniquingKeysWith: { first, _ in first })
    /// The scalars of `TextRules.numeralDigits` and `TextRules.numeralUnits`, tested without hashing.
    @usableFromInline package static let numeralScalars = ScalarSet(TextRules.numeralDigits.map(\.0) + TextRules.numeralUnits.map(\.0))

    /// Whether the scalar can be part of a Chinese numeral.
    @inlinable public static func isNumeralScalar(_ s: Unicode.Scalar) -> Bool {
        // Called for every body scalar: a set test, not a hashed lookup.
        numeralScalars.contains(s)
    }

    /// The value of a whole Chinese numeral string, or nil if it is not one.
    @inlinable public static func value<C: Collection>(of scalars: C) -> Int? where C.Element == Unicode.Scalar {
        guard !scalars.isEmpty else { return nil }
        var total = 0
        var current = -1
        var sawAny = false
        for s in scalars {
            if let d = digitValue(s) {
                current = d
                sawAny = true
            } else if let u = unitValue(s) {
                let multiplier = current < 0 ? 1 : current
                if current == 0 { return nil }
                total += multiplier * u
                current = -1
                sawAny = true
            } else {
                return nil
            }
        }
        guard sawAny else { return nil }
        if current > 0 { total += current }
        return total
    }

    /// `digitValues[s]` without hashing (read for every scalar of a numeral).
    @inline(__always)
    @inlinable package static func digitValue(_ s: Unicode.Scalar) -> Int? {
        guard numeralScalars.contains(s) else { return nil }
        for (digit, value) in TextRules.numeralDigits where digit == s { return value }
        return nil
    }

    /// `unitValues[s]` without hashing.
    @inline(__always)
    @inlinable package static func unitValue(_ s: Unicode.Scalar) -> Int? {
        guard numeralScalars.contains(s) else { return nil }
        for (unit, value) in TextRules.numeralUnits where unit == s { return value }
        return nil
    }

    /// The value of a half- or full-width Arabic digit.
    @inlinable public static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }
}
