/// Parses the numbers used in clause markers and quantities: Chinese numerals (二十三 → 23,
/// 一百零五 → 105, 两 → 2) and Arabic digits in half or full width (１２ → 12).
public enum ChineseNumeral {
    @usableFromInline package static let digitValues: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    @usableFromInline package static let unitValues: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Whether the scalar can be part of a Chinese numeral.
    @inlinable public static func isNumeralScalar(_ s: Unicode.Scalar) -> Bool {
        // The keys of `digitValues` and `unitValues`, without hashing (called for every body scalar).
        switch s {
        case "零", "〇", "○", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": return true
        default: return false
        }
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
        switch s {
        case "零", "〇", "○": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// `unitValues[s]` without hashing.
    @inline(__always)
    @inlinable package static func unitValue(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
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
