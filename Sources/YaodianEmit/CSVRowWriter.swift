/// Appends CSV records straight into one byte buffer, each record preceded by CRLF: the bytes
/// `CSVRecordEncoder.encode` gives for the rows `CSVTables` builds (with CRLF before each), but
/// without an array of Strings per row or a String per number — building those rows was most
/// of the CSV tables' cost once their bytes were written without `CSVWriter`'s stream.
///
/// With `excel`, text fields go through `SpreadsheetSafety.neutralise`; numbers never change
/// there, so they are written as digits either way. `CSVRowWriterTests` compares this writer
/// with the row functions of `CSVTables` on the corpus documents and on made-up records.
///
/// ```swift
/// var w = CSVRowWriter(excel: false)
/// w.beginRow(); w.field("a,b"); w.field(3)    // \r\n"a,b",3
/// ```
package struct CSVRowWriter: CSVCellSink {
    package private(set) var bytes: [UInt8] = []
    package let excel: Bool
    private var firstField = true
    /// The first error of a field handed to `CSVWriter` (never seen in practice: it writes to
    /// memory); the table's writer throws it once the rows are written.
    package private(set) var failure: (any Error)?

    package init(excel: Bool, capacity: Int = 0) {
        self.excel = excel
        bytes.reserveCapacity(capacity)
    }

    /// Starts a record: CRLF, then its first field.
    package mutating func beginRow() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        firstField = true
    }

    @inline(__always)
    private mutating func separator() {
        if firstField { firstField = false } else { bytes.append(0x2C) }
    }

    package mutating func field(_ text: String) {
        separator()
        do {
            try CSVRecordEncoder.append(excel ? SpreadsheetSafety.neutralise(text) : text, to: &bytes)
        } catch {
            if failure == nil { failure = error }
        }
    }

    /// A number as `String(value)` spells it (never quoted, never neutralised).
    package mutating func field(_ value: Int) {
        separator()
        DocumentJSONWriter.int(value, &bytes)
    }

    /// A number, or an empty field for nil.
    package mutating func field(_ value: Int?) {
        if let value { field(value) } else { separator() }
    }
}
