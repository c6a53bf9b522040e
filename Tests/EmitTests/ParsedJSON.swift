import Foundation

/// A JSON document as read back from a file, keeping booleans, integers and other numbers apart
/// (JSONDecoder reads a Bool only from `true`/`false`, an Int only from a whole number).
indirect enum ParsedJSON: Decodable, Equatable {
    case null, bool(Bool), integer(Int), number(Double), string(String), array([ParsedJSON]), object([String: ParsedJSON])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .integer(i) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([ParsedJSON].self) { self = .array(a) }
        else { self = .object(try c.decode([String: ParsedJSON].self)) }
    }

    static func parse(_ bytes: some Collection<UInt8>) throws -> ParsedJSON {
        try JSONDecoder().decode(ParsedJSON.self, from: Data(bytes))
    }

    subscript(key: String) -> ParsedJSON? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    var object: [String: ParsedJSON]? { if case .object(let o) = self { return o }; return nil }
    var array: [ParsedJSON]? { if case .array(let a) = self { return a }; return nil }
    var string: String? { if case .string(let s) = self { return s }; return nil }
    var strings: [String]? { array?.compactMap(\.string) }
}
