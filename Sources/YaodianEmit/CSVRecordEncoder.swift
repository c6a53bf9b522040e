import CSV
import Foundation

/// RFC 4180 records separated by CRLF, byte for byte as CSV.swift's `CSVWriter` writes them
/// (a field is quoted when it holds `"`, `,`, CR or LF; quotes inside are doubled), without
/// going through an `OutputStream` one byte at a time, which made CSV the slowest part of a run.
///
/// `CSVWriter` decides with `String` searches that respect grapheme clusters, so a `,` that a
/// combining mark follows is not a comma to it. The fast path therefore decides only when a
/// separator stands between characters that cannot join it (ASCII, CJK ideographs, CJK and
/// full-width punctuation); any other field — and every field holding `"` — is written by a
/// `CSVWriter` itself.
///
/// ```swift
/// CSVRecordEncoder.encode([["a", "b,c"], ["1", "2"]])   // a,"b,c"\r\n1,2
/// ```
package enum CSVRecordEncoder {
    package static func encode(_ rows: [[String]]) throws -> [UInt8] {
        var out: [UInt8] = []
        var isFirstRow = true
        for row in rows {
            var isFirstField = true
            for field in row {
                if isFirstRow {
                    isFirstRow = false
                } else if isFirstField {
                    out.append(0x0D)
                    out.append(0x0A)
                }
                if !isFirstField { out.append(0x2C) }
                isFirstField = false
                try append(field, to: &out)
            }
        }
        return out
    }

    private enum Decision { case plain, quoted, undecided }

    /// Appends one field, quoted as `CSVWriter` would quote it.
    package static func append(_ field: String, to out: inout [UInt8]) throws {
        var field = field
        let decision: Decision = field.withUTF8 { bytes in
            var sawSeparator = false
            var i = 0
            let n = bytes.count
            while i < n {
                i = ByteScan.firstCSVSpecial(bytes, from: i)
                guard i < n else { break }
                let b = bytes[i]
                if b == 0x22 { return .undecided }
                if b == 0x2C || b == 0x0D || b == 0x0A {
                    sawSeparator = true
                    if standsAlone(bytes, at: i) { return scanForQuote(bytes, from: i + 1) ? .undecided : .quoted }
                }
                i += 1
            }
            return sawSeparator ? .undecided : .plain
        }
        switch decision {
        case .plain:
            out.append(contentsOf: field.utf8)
        case .quoted:
            out.append(0x22)
            out.append(contentsOf: field.utf8)
            out.append(0x22)
        case .undecided:
            out.append(contentsOf: try writtenByCSVWriter(field))
        }
    }

    private static func scanForQuote(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x22 { return true }
            i += 1
        }
        return false
    }

    /// Whether the ASCII byte at `i` is a character of its own: the scalars before and after it
    /// cannot join it into one grapheme cluster.
    private static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        // The scalar after.
        if i + 1 < bytes.count, !isSafeScalar(startingAt: i + 1, in: bytes) { return false }
        // The scalar before: find its first byte.
        if i > 0 {
            var j = i - 1
            while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
            if !isSafeScalar(startingAt: j, in: bytes) { return false }
        }
        return true
    }

    /// ASCII, CJK ideographs (U+4E00–U+9FFF), CJK punctuation (U+3000–U+3029) and full-width
    /// ASCII forms (U+FF01–U+FF5E): none of them extends or prepends to a neighbour.
    private static func isSafeScalar(startingAt j: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let b0 = bytes[j]
        if b0 < 0x80 { return true }
        guard b0 & 0xF0 == 0xE0, j + 2 < bytes.count else { return false }
        let value = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[j + 1] & 0x3F) << 6) | UInt32(bytes[j + 2] & 0x3F)
        return (0x4E00...0x9FFF).contains(value) || (0x3000...0x3029).contains(value) || (0xFF01...0xFF5E).contains(value)
    }

    /// The exact bytes `CSVWriter` writes for one field.
    private static func writtenByCSVWriter(_ field: String) throws -> [UInt8] {
        let memory = OutputStream(toMemory: ())
        memory.open()
        let writer = try CSVWriter(stream: memory, newline: .crlf)
        try writer.write(field: field)
        let data = memory.property(forKey: .dataWrittenToMemoryStreamKey) as? Data
        memory.close()
        return data.map { [UInt8]($0) } ?? []
    }
}
