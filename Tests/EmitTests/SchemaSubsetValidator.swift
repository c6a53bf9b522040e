import Foundation

/// A validator for the part of JSON Schema 2020-12 that `JSONSchemaDocument` uses (`type`,
/// `properties`, `required`, `additionalProperties: false`, `items`, `$ref` to `#/$defs/…`,
/// `enum`, `pattern`, `minimum`, `minLength`), so Swift tests can check real output against the
/// schema; `scripts/validate-schemas` checks the same with the reference `jsonschema` package.
struct SchemaSubsetValidator {
    let root: ParsedJSON

    /// Every violation, as `path: message`.
    func errors(_ value: ParsedJSON) -> [String] {
        var out: [String] = []
        check(value, against: root, path: "$", into: &out)
        return out
    }

    private func resolve(_ schema: ParsedJSON) -> ParsedJSON? {
        guard let ref = schema["$ref"]?.string else { return schema }
        let prefix = "#/$defs/"
        guard ref.hasPrefix(prefix), let target = root["$defs"]?[String(ref.dropFirst(prefix.count))] else { return nil }
        return resolve(target)
    }

    private func check(_ value: ParsedJSON, against raw: ParsedJSON, path: String, into out: inout [String]) {
        guard let schema = resolve(raw) else { out.append("\(path): cannot resolve \(raw)"); return }
        if let type = schema["type"] {
            let allowed = type.strings ?? [type.string ?? ""]
            guard allowed.contains(where: { Self.matches(value, $0) }) else {
                out.append("\(path): \(value) is not of type \(allowed)")
                return
            }
        }
        if let values = schema["enum"]?.strings, !values.contains(value.string ?? "\u{0}") {
            out.append("\(path): \(value) is not one of \(values)")
        }
        if let pattern = schema["pattern"]?.string, let s = value.string, s.range(of: pattern, options: .regularExpression) == nil {
            out.append("\(path): \(s) does not match \(pattern)")
        }
        if case .integer(let minLength)? = schema["minLength"], let s = value.string, s.unicodeScalars.count < minLength {
            out.append("\(path): shorter than \(minLength)")
        }
        if case .integer(let minimum)? = schema["minimum"] {
            switch value {
            case .integer(let n) where n < minimum: out.append("\(path): \(n) is below \(minimum)")
            case .number(let d) where d < Double(minimum): out.append("\(path): \(d) is below \(minimum)")
            default: break
            }
        }
        if let object = value.object {
            let properties = schema["properties"]?.object ?? [:]
            for key in schema["required"]?.strings ?? [] where object[key] == nil { out.append("\(path): missing \(key)") }
            if schema["additionalProperties"] == .bool(false) {
                for key in object.keys.sorted() where properties[key] == nil { out.append("\(path): unexpected \(key)") }
            }
            for (key, sub) in properties.sorted(by: { $0.key < $1.key }) {
                if let v = object[key] { check(v, against: sub, path: "\(path).\(key)", into: &out) }
            }
        }
        if let array = value.array, let items = schema["items"] {
            for (i, v) in array.enumerated() { check(v, against: items, path: "\(path)[\(i)]", into: &out) }
        }
    }

    static func matches(_ value: ParsedJSON, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
             ("string", .string), ("array", .array), ("object", .object): return true
        default: return false
        }
    }
}
