/// The one text form of a number in every output (CSV cells, SQLite-matching keys, eval keys):
/// integers without a fraction, other values as Swift prints a `Double`, nil as empty.
public enum DecimalText {
    @inlinable package static func format(_ value: Double?) -> String {
        guard let v = value else { return "" }
        if v.rounded() == v, abs(v) < TextRules.integralPrintLimit { return String(Int64(v)) }
        return "\(v)"
    }
}
