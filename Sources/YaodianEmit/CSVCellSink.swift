/// Receives one CSV row's cells in column order. `CSVTables` states each table's cells once, as
/// calls on a sink: `CSVStringRow` collects them as the `[String]` rows of its public row
/// functions, `CSVRowWriter` writes them straight into a table's bytes.
package protocol CSVCellSink {
    mutating func field(_ text: String)
    /// A number, as `String(value)` spells it.
    mutating func field(_ value: Int)
    /// A number, or an empty cell for nil.
    mutating func field(_ value: Int?)
}

/// A row as the `[String]` cells `CSVTables`' row functions return.
package struct CSVStringRow: CSVCellSink {
    package var cells: [String] = []

    package mutating func field(_ text: String) { cells.append(text) }
    package mutating func field(_ value: Int) { cells.append(String(value)) }
    package mutating func field(_ value: Int?) { cells.append(value.map { String($0) } ?? "") }
}
