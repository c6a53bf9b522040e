import Foundation

/// Makes CSV cells safe to open in a spreadsheet (`--excel`): a cell that Excel, LibreOffice or
/// Google Sheets would run as a formula gets a leading `'`, which they show as text.
///
/// A cell is a formula when it starts with `=`, `+`, `-` or `@`, or with a tab or carriage
/// return (which some spreadsheets strip before looking for `=`). Numbers are never changed:
/// a value such as `-3.5` or `+2` is a number to a spreadsheet as well, so it stays as it is.
/// Chinese text almost never starts with these characters; a raw span such as `-较上年…` or a
/// scraped name like `=HYPERLINK(…)` from a spam injection is what this guards against.
///
/// ```swift
/// SpreadsheetSafety.neutralise("=1+2")   // "'=1+2"
/// SpreadsheetSafety.neutralise("-3.5")   // "-3.5"
/// SpreadsheetSafety.neutralise("30%")    // "30%"
/// ```
public enum SpreadsheetSafety {
    /// The UTF-8 byte order mark, which makes Excel read a CSV file as UTF-8 rather than as the
    /// system's legacy code page (GBK on a Chinese Windows).
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// First characters that make a spreadsheet treat a cell as a formula.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as a spreadsheet should get it.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first), !isNumber(cell) else { return cell }
        return "'" + cell
    }

    /// Every cell of a row, neutralised.
    public static func neutralise(row: [String]) -> [String] {
        row.map(neutralise)
    }

    /// Whether the whole cell is a plain decimal number: an optional sign, digits with an
    /// optional fraction (or a fraction alone), and an optional exponent (`-3.5`, `+2`, `1e-3`).
    public static func isNumber(_ cell: String) -> Bool {
        var s = Substring(cell).unicodeScalars[...]
        if let c = s.first, c == "+" || c == "-" { s = s.dropFirst() }
        var integerDigits = 0
        while let c = s.first, isDigit(c) { integerDigits += 1; s = s.dropFirst() }
        var fractionDigits = 0
        if s.first == "." {
            s = s.dropFirst()
            while let c = s.first, isDigit(c) { fractionDigits += 1; s = s.dropFirst() }
        }
        guard integerDigits + fractionDigits > 0 else { return false }
        if let c = s.first, c == "e" || c == "E" {
            s = s.dropFirst()
            if let c = s.first, c == "+" || c == "-" { s = s.dropFirst() }
            var exponentDigits = 0
            while let c = s.first, isDigit(c) { exponentDigits += 1; s = s.dropFirst() }
            guard exponentDigits > 0 else { return false }
        }
        return s.isEmpty
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
}
