import YaodianText
import YaodianModel
import YaodianIngest

/// The JSON Schema (draft 2020-12) of one `documents.jsonl` line, printed by `yaodian schema`.
///
/// It is built from the model's own enums (`MarkerStyle`, `Target.Comparator`,
/// `QualityFlag.Kind`, …), so a new case shows up in the schema without anyone editing it, and it
/// is strict: every key the encoder writes is required and no other key is allowed, so a change
/// of the line's shape fails validation (`scripts/validate-schemas`) instead of slipping through.
/// Clauses nest through `children` with a recursive `$ref`.
///
/// A line of a county plan, shortened:
/// ```json
/// {"body":"…","clauses":[{"children":[…],"clause_id":"1","depth":1,"marker":"一、",…}],
///  "doc_id":"004_e4a73cddc4d3395e","encoding":"utf-8","flags":[],"format":"text",…}
/// ```
public enum JSONSchemaDocument {
    /// The draft the schema follows.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The whole schema.
    public static var schema: JSONValue {
        [
            "$schema": .string(dialect),
            "$id": .string("urn:yaodian:documents-jsonl-line"),
            "title": "Yaodian document",
            "description": .string("One line of documents.jsonl, as written by yaodian \(ToolVersion.current): everything extracted from one document. Offsets (start, end) count Unicode scalars in body."),
            "type": "object",
            "additionalProperties": false,
            "required": strings(["doc_id", "source_path", "sha256", "format", "encoding", "metadata", "body", "clauses",
                                 "targets", "responsibilities", "flags", "confidence"]),
            "properties": [
                "doc_id": text("Stable id of the document: its path relative to the folder it was found in, without extension, made file-name safe.", minLength: 1),
                "source_path": text("The path as given on the command line, or - for standard input."),
                "sha256": ["type": "string", "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 of the input bytes, lower-case hex."],
                "format": enumeration([DecodedDocument.Format.html.rawValue, DecodedDocument.Format.text.rawValue],
                                      "Whether the input was an HTML page or text."),
                "encoding": text("The character encoding the input was decoded from, e.g. utf-8, gb18030."),
                "metadata": ["$ref": "#/$defs/metadata"],
                "body": text("The cleaned body text; every offset points into it."),
                "clauses": list(of: "#/$defs/clause", "Top-level clauses; each nests its children."),
                "targets": list(of: "#/$defs/target", "Quantitative targets in body order."),
                "responsibilities": list(of: "#/$defs/responsibility", "One entry per party named by a responsibility tag."),
                "flags": list(of: "#/$defs/flag", "Quality flags: problems a reviewer must know about."),
                "confidence": ["$ref": "#/$defs/confidence"],
            ],
            "$defs": [
                "metadata": metadata,
                "clause": clause,
                "target": target,
                "responsibility": responsibility,
                "flag": flag,
                "confidence": confidence,
                "offset": ["type": "integer", "minimum": 0, "description": "Offset into body in Unicode scalars."],
                "iso_date_or_empty": ["type": "string", "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$",
                                      "description": "An ISO date YYYY-MM-DD, or empty where the document does not say."],
            ],
        ]
    }

    package static var metadata: JSONValue {
        object([
            "title": text("The document's own title."),
            "doc_number": text("文号, e.g. 浙卫发〔2023〕10号; empty if none."),
            "publisher": text("发布机构; empty if not stated."),
            "published_date": ["$ref": "#/$defs/iso_date_or_empty"],
            "written_date": ["$ref": "#/$defs/iso_date_or_empty"],
            "index_number": text("索引号; empty if none."),
            "region": text("The city, county, district or province the document is for; empty if unknown."),
            "plan_year": ["type": "string", "pattern": "^([0-9]{4})?$", "description": "The year a yearly plan is for; empty otherwise."],
            "attachments": ["type": "array", "items": ["type": "string"], "description": "Items of an attachment list (附件), which are not clauses."],
        ], description: "Document-level metadata; empty strings where the document does not say.")
    }

    package static var clause: JSONValue {
        object([
            "clause_id": text("Path of 1-based sibling positions, e.g. 3.1.1.", minLength: 1),
            "parent_id": ["type": ["string", "null"], "description": "clause_id of the parent; null at top level."],
            "depth": ["type": "integer", "minimum": 1, "description": "1 for a top-level clause."],
            "marker_style": enumeration(MarkerStyle.allCases.map(\.rawValue), "The numbering style of the marker."),
            "ordinal": ["type": ["integer", "null"], "minimum": 0, "description": "The marker's number (二十三 → 23); null for paragraph clauses."],
            "marker": text("The marker as written, e.g. （二十）; empty for paragraph clauses."),
            "heading": text("The clause text up to its first 。 or line end."),
            "text": text("The clause text without children and without the responsibility tag."),
            "start": ["$ref": "#/$defs/offset"],
            "end": ["$ref": "#/$defs/offset"],
            "children": list(of: "#/$defs/clause", "Sub-clauses in document order."),
        ], description: "One clause of the document's structure, with its sub-clauses.")
    }

    package static var target: JSONValue {
        object([
            "clause_id": ["type": ["string", "null"], "description": "The clause the target is stated in; null outside any clause."],
            "indicator": text("What is measured, e.g. 居民健康素养水平."),
            "comparator": enumeration(Target.Comparator.allCases.map(\.rawValue), "How the value relates to the indicator."),
            "value": ["type": ["number", "null"], "description": "The number as written; null when redacted."],
            "value_max": ["type": ["number", "null"], "description": "Upper bound of a range; null otherwise."],
            "unit": text("Unit as written, normalised to half-width (%, ‰, 个, 万人 …); may be empty."),
            "deadline": text("When it is due, as written (2021年底, 到2025年); empty when none is stated."),
            "kind": enumeration(Target.Kind.allCases.map(\.rawValue), "A goal, a reported result or a starting value."),
            "redacted": ["type": "boolean", "description": "Whether the number is masked (**, ××)."],
            "raw": text("The text the target was read from."),
            "start": ["$ref": "#/$defs/offset"],
            "end": ["$ref": "#/$defs/offset"],
        ], description: "A quantitative statement: a number with its unit about an indicator.")
    }

    package static var responsibility: JSONValue {
        object([
            "clause_id": ["type": ["string", "null"], "description": "The clause the tag belongs to; null outside any clause."],
            "party_kind": enumeration(Responsibility.PartyKind.allCases.map(\.rawValue), "A person (领导) or a body."),
            "role": enumeration(Responsibility.Role.allCases.map(\.rawValue), "The party's role in the clause."),
            "name": text("One party, e.g. 疾控科."),
            "label": text("The label as written (牵头领导, 责任科室 …); empty for unlabelled tags."),
            "raw": text("The whole tag."),
            "start": ["$ref": "#/$defs/offset"],
            "end": ["$ref": "#/$defs/offset"],
        ], description: "One party named by a responsibility tag.")
    }

    package static var flag: JSONValue {
        object([
            "flag": enumeration(QualityFlag.Kind.allCases.map(\.rawValue), "The kind of problem."),
            "detail": text("What was seen."),
            "start": ["$ref": "#/$defs/offset"],
            "end": ["$ref": "#/$defs/offset"],
        ], description: "A problem a reviewer must know about, with the body span where it was seen.")
    }

    package static var confidence: JSONValue {
        object([
            "clause_coverage": ["type": "number", "minimum": 0, "maximum": 1,
                                "description": "Share of the body's non-space characters inside a clause."],
            "numbers": ["type": "integer", "minimum": 0, "description": "Numbers found in the body."],
            "unexplained_numbers": ["type": "integer", "minimum": 0,
                                    "description": "Numbers that became neither a target nor a known non-target."],
            "unexplained": ["type": "array", "description": "Body spans [start, end] of the unexplained numbers.",
                            "items": ["type": "array", "minItems": 2, "maxItems": 2, "items": ["$ref": "#/$defs/offset"]]],
        ], description: "How much of the document the pipeline accounted for.")
    }

    /// A closed object: every property required, no others allowed.
    package static func object(_ properties: [String: JSONValue], description: String) -> JSONValue {
        [
            "type": "object",
            "description": .string(description),
            "additionalProperties": false,
            "required": strings(properties.keys.sorted()),
            "properties": .object(properties),
        ]
    }

    package static func text(_ description: String, minLength: Int? = nil) -> JSONValue {
        var o: [String: JSONValue] = ["type": "string", "description": .string(description)]
        if let n = minLength { o["minLength"] = .integer(n) }
        return .object(o)
    }

    package static func enumeration(_ values: [String], _ description: String) -> JSONValue {
        ["type": "string", "enum": strings(values), "description": .string(description)]
    }

    package static func list(of reference: String, _ description: String) -> JSONValue {
        ["type": "array", "items": ["$ref": .string(reference)], "description": .string(description)]
    }

    package static func strings(_ values: [String]) -> JSONValue {
        .array(values.map { .string($0) })
    }
}
