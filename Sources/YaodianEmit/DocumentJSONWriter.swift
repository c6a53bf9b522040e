import YaodianModel

/// Writes a `DocumentRecord` as the exact bytes `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` gives for it, without the `Encoder` machinery, which made JSON the
/// slowest stage of a run once the others were fast.
///
/// The bytes follow `JSONEncoder`'s: keys in byte order, strings with `"` and `\` escaped, the
/// control characters as `\b \t \n \f \r` or `\u00xx`, everything else (`/`, non-ASCII) as it is;
/// numbers as Swift prints them, with a trailing `.0` dropped (`30`, `0.94`, `1e+16`); `null` for
/// the optional fields the models' `encode(to:)` write explicitly (`parent_id`, `ordinal`,
/// `clause_id`, `value`, `value_max`). `DocumentJSONWriterTests` compares the two on real and
/// made-up records: a field added to a model must be added here too, or that test fails.
///
/// ```swift
/// var out: [UInt8] = []
/// try DocumentJSONWriter.write(record, to: &out)   // {"body":"…","clauses":[…],…}
/// ```
package enum DocumentJSONWriter {
    package static func write(_ r: DocumentRecord, to out: inout [UInt8]) throws {
        out.reserveCapacity(out.count + r.body.utf8.count * 4 + 1024)
        out.append(UInt8(ascii: "{"))
        var o = Members()
        o.key("body", &out); string(r.body, &out)
        o.key("clauses", &out); try array(r.clauses, &out, clause)
        o.key("confidence", &out); try confidence(r.confidence, &out)
        o.key("doc_id", &out); string(r.docID, &out)
        o.key("encoding", &out); string(r.encoding, &out)
        o.key("flags", &out); try array(r.flags, &out, flag)
        o.key("format", &out); string(r.format, &out)
        o.key("metadata", &out); metadata(r.metadata, &out)
        o.key("responsibilities", &out); try array(r.responsibilities, &out, responsibility)
        o.key("sha256", &out); string(r.sha256, &out)
        o.key("source_path", &out); string(r.sourcePath, &out)
        o.key("targets", &out); try array(r.targets, &out, target)
        out.append(UInt8(ascii: "}"))
    }

    /// Writes the `,` between an object's members and each key.
    private struct Members {
        package var first = true

        package mutating func key(_ name: StaticString, _ out: inout [UInt8]) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ":"))
        }
    }

    private static func array<T>(_ items: [T], _ out: inout [UInt8], _ element: (T, inout [UInt8]) throws -> Void) throws {
        out.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            try element(item, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private static func clause(_ c: Clause, _ out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        var o = Members()
        o.key("children", &out); try array(c.children, &out, clause)
        o.key("clause_id", &out); string(c.id, &out)
        o.key("depth", &out); int(c.depth, &out)
        o.key("end", &out); int(c.end, &out)
        o.key("heading", &out); string(c.heading, &out)
        o.key("marker", &out); string(c.marker, &out)
        o.key("marker_style", &out); string(c.markerStyle.rawValue, &out)
        o.key("ordinal", &out); optional(c.ordinal, &out, int)
        o.key("parent_id", &out); optional(c.parentID, &out, string)
        o.key("start", &out); int(c.start, &out)
        o.key("text", &out); string(c.text, &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func target(_ t: Target, _ out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        var o = Members()
        o.key("clause_id", &out); optional(t.clauseID, &out, string)
        o.key("comparator", &out); string(t.comparator.rawValue, &out)
        o.key("deadline", &out); string(t.deadline, &out)
        o.key("end", &out); int(t.end, &out)
        o.key("indicator", &out); string(t.indicator, &out)
        o.key("kind", &out); string(t.kind.rawValue, &out)
        o.key("raw", &out); string(t.raw, &out)
        o.key("redacted", &out); bool(t.redacted, &out)
        o.key("start", &out); int(t.start, &out)
        o.key("unit", &out); string(t.unit, &out)
        o.key("value", &out); try optionalNumber(t.value, &out)
        o.key("value_max", &out); try optionalNumber(t.valueMax, &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func responsibility(_ r: Responsibility, _ out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        var o = Members()
        o.key("clause_id", &out); optional(r.clauseID, &out, string)
        o.key("end", &out); int(r.end, &out)
        o.key("label", &out); string(r.label, &out)
        o.key("name", &out); string(r.name, &out)
        o.key("party_kind", &out); string(r.partyKind.rawValue, &out)
        o.key("raw", &out); string(r.raw, &out)
        o.key("role", &out); string(r.role.rawValue, &out)
        o.key("start", &out); int(r.start, &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func flag(_ f: QualityFlag, _ out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        var o = Members()
        o.key("detail", &out); string(f.detail, &out)
        o.key("end", &out); int(f.end, &out)
        o.key("flag", &out); string(f.flag.rawValue, &out)
        o.key("start", &out); int(f.start, &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func metadata(_ m: DocumentMetadata, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        var o = Members()
        o.key("attachments", &out); try? array(m.attachments, &out) { s, out in string(s, &out) }
        o.key("doc_number", &out); string(m.docNumber, &out)
        o.key("index_number", &out); string(m.indexNumber, &out)
        o.key("plan_year", &out); string(m.planYear, &out)
        o.key("published_date", &out); string(m.publishedDate, &out)
        o.key("publisher", &out); string(m.publisher, &out)
        o.key("region", &out); string(m.region, &out)
        o.key("title", &out); string(m.title, &out)
        o.key("written_date", &out); string(m.writtenDate, &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func confidence(_ c: ConfidenceSummary, _ out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        var o = Members()
        o.key("clause_coverage", &out); try number(c.clauseCoverage, &out)
        o.key("numbers", &out); int(c.numbers, &out)
        o.key("unexplained", &out); try array(c.unexplained, &out) { pair, out in
            try array(pair, &out) { n, out in int(n, &out) }
        }
        o.key("unexplained_numbers", &out); int(c.unexplainedNumbers, &out)
        out.append(UInt8(ascii: "}"))
    }

    // MARK: Values

    private static func optional<T>(_ value: T?, _ out: inout [UInt8], _ write: (T, inout [UInt8]) -> Void) {
        if let value { write(value, &out) } else { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
    }

    private static func optionalNumber(_ value: Double?, _ out: inout [UInt8]) throws {
        if let value { try number(value, &out) } else { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
    }

    package static func int(_ value: Int, _ out: inout [UInt8]) {
        guard value >= 0, value < 1_000_000_000 else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        // Digits written straight into `out`, as `String(value)` would spell them.
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(0x30 + n % 10)
                n /= 10
                count += 1
            } while n > 0
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[k]) }
        }
    }

    package static func bool(_ value: Bool, _ out: inout [UInt8]) {
        out.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    /// As `JSONEncoder`: Swift's shortest representation without a trailing `.0`; a value JSON
    /// cannot hold (NaN, infinity) is an error, as it is for `JSONEncoder`.
    package static func number(_ value: Double, _ out: inout [UInt8]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [],
                                             debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }

    package static func string(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            while true {
                let i = ByteScan.firstJSONSpecial(bytes, from: runStart)
                guard i < bytes.count else { break }
                let b = bytes[i]
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                out.append(0x5C)
                switch b {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x08: out.append(0x62)
                case 0x09: out.append(0x74)
                case 0x0A: out.append(0x6E)
                case 0x0C: out.append(0x66)
                case 0x0D: out.append(0x72)
                default:
                    let high = b >> 4, low = b & 0xF
                    out.append(0x75)
                    out.append(0x30)
                    out.append(0x30)
                    out.append(high < 10 ? 0x30 + high : 0x57 + high)
                    out.append(low < 10 ? 0x30 + low : 0x57 + low)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
