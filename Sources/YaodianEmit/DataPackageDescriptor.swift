import YaodianText
import YaodianModel
import YaodianIngest

/// `datapackage.json`: a Frictionless Tabular Data Package describing the CSV tables of an
/// output folder, so `frictionless validate datapackage.json` (or any Data Package reader)
/// knows each column's type, the keys, and how the tables join.
///
/// Field names are exactly the CSV headers of `CSVTables`, in the same order. Types follow what
/// the columns hold: `date` for ISO dates, `year` for `plan_year`, `integer` for offsets, depth
/// and ordinals, `number` for values, `boolean` for `true`/`false`; empty cells are missing
/// values. Primary keys are declared where a row has a natural key (`documents`: `doc_id`;
/// `clauses`: `doc_id` + `clause_id`); targets, responsibility parties and flags have none that
/// the extraction guarantees to be unique, so they are identified by their position (the SQLite
/// tables number them). Foreign keys tie every `doc_id` to `documents`. A `clause_id` or
/// `parent_id` refers to `clauses` of the same document, but that key is composite and its
/// clause part is empty for top-level clauses and for rows outside any clause; Frictionless
/// checks a composite key with one empty part as a broken reference (SQL skips it), so those
/// references are stated in the field descriptions and enforced by the SQLite schema and by
/// `scripts/validate-schemas`, not declared here. The descriptor holds no timestamp, so it is
/// byte-identical from run to run.
///
/// ```json
/// {"name": "yaodian-output", "profile": "tabular-data-package",
///  "resources": [{"name": "documents", "path": "documents.csv", "schema": {"fields": […], "primaryKey": ["doc_id"]}}, …]}
/// ```
public struct DataPackageDescriptor: Sendable {
    /// The file name in the output folder.
    public static let fileName = "datapackage.json"

    /// Whether the CSV files start with a byte order mark and have formula-safe cells
    /// (`--excel`); said in each resource's description (the encoding stays `utf-8`, which
    /// Frictionless reads with or without the mark).
    public var excel: Bool

    public init(excel: Bool = false) {
        self.excel = excel
    }

    /// One CSV table: its resource name, file, header and column definitions.
    public struct Table: Sendable {
        public var name: String
        public var header: [String]
        public var description: String
        public var fields: [String: JSONValue]
        public var primaryKey: [String]
        public var foreignKeys: [JSONValue]

        public var path: String { name + ".csv" }
    }

    /// The tables in the order `OutputSink` writes them.
    public static let tables: [Table] = [
        Table(name: "documents", header: CSVTables.documents,
              description: "One row per document that was read.",
              fields: [
                  "doc_id": field("string", "Stable id of the document.", required: true, unique: true),
                  "source_path": field("string", "The path as given on the command line, or - for standard input.", required: true),
                  "title": field("string", "The document's own title."),
                  "doc_number": field("string", "文号, e.g. 浙卫发〔2023〕10号."),
                  "publisher": field("string", "发布机构."),
                  "published_date": field("date", "发布日期 (ISO)."),
                  "written_date": field("date", "成文日期, else the date under the signature (ISO)."),
                  "index_number": field("string", "索引号."),
                  "region": field("string", "The city, county, district or province the document is for."),
                  "plan_year": field("year", "The year a yearly plan is for."),
                  "truncated": field("boolean", "Whether the text was cut (paywall, 未完 banner, mid-sentence end).", required: true),
                  "flags": field("string", "Kinds of quality flags of the document, sorted, separated by ;."),
                  "format": field("string", "html or text.", required: true,
                                  enumeration: [DecodedDocument.Format.html.rawValue, DecodedDocument.Format.text.rawValue]),
                  "encoding": field("string", "The encoding the input was decoded from.", required: true),
                  "sha256": field("string", "SHA-256 of the input bytes, lower-case hex.", required: true, pattern: "[0-9a-f]{64}"),
                  "attachments": field("string", "Items of the attachment list, separated by ;."),
                  "clause_coverage": field("number", "Share of the body's non-space characters inside a clause (0 to 1).", required: true),
                  "unexplained_numbers": field("integer", "Numbers that became neither a target nor a known non-target.", required: true),
              ],
              primaryKey: ["doc_id"], foreignKeys: []),
        Table(name: "clauses", header: CSVTables.clauses,
              description: "One row per clause, in document order (the flattened clause tree).",
              fields: [
                  "doc_id": field("string", "The document.", required: true),
                  "clause_id": field("string", "Path of 1-based sibling positions, e.g. 3.1.1.", required: true),
                  "parent_id": field("string", "clause_id of the parent clause in the same document; empty at top level."),
                  "depth": field("integer", "1 for a top-level clause.", required: true, minimum: 1),
                  "marker_style": field("string", "Numbering style of the marker.", required: true,
                                        enumeration: MarkerStyle.allCases.map(\.rawValue)),
                  "ordinal": field("integer", "The marker's number; empty for paragraph clauses.", minimum: 0),
                  "marker": field("string", "The marker as written."),
                  "heading": field("string", "The clause text up to its first 。 or line end."),
                  "text": field("string", "The clause text without children and responsibility tag."),
                  "start": offset, "end": offset,
              ],
              primaryKey: ["doc_id", "clause_id"], foreignKeys: [documentKey]),
        Table(name: "targets", header: CSVTables.targets,
              description: "One row per quantitative target, in body order. No natural key: a row is identified by its position.",
              fields: [
                  "doc_id": field("string", "The document.", required: true),
                  "clause_id": field("string", "clause_id of the clause (same document) the target is stated in; empty outside any clause."),
                  "indicator": field("string", "What is measured."),
                  "comparator": field("string", "How the value relates to the indicator.", required: true,
                                      enumeration: Target.Comparator.allCases.map(\.rawValue)),
                  "value": field("number", "The number as written; empty when redacted."),
                  "value_max": field("number", "Upper bound of a range."),
                  "unit": field("string", "Unit as written, normalised to half-width."),
                  "deadline": field("string", "When it is due, as written."),
                  "kind": field("string", "target, achievement or baseline.", required: true,
                                enumeration: Target.Kind.allCases.map(\.rawValue)),
                  "redacted": field("boolean", "Whether the number is masked.", required: true),
                  "raw": field("string", "The text the target was read from."),
                  "start": offset, "end": offset,
              ],
              primaryKey: [], foreignKeys: [documentKey]),
        Table(name: "responsibilities", header: CSVTables.responsibilities,
              description: "One row per party named by a responsibility tag. No natural key: a row is identified by its position.",
              fields: [
                  "doc_id": field("string", "The document.", required: true),
                  "clause_id": field("string", "clause_id of the clause (same document) the tag belongs to; empty outside any clause."),
                  "party_kind": field("string", "person or unit.", required: true,
                                      enumeration: Responsibility.PartyKind.allCases.map(\.rawValue)),
                  "role": field("string", "lead, responsible or cooperating.", required: true,
                                enumeration: Responsibility.Role.allCases.map(\.rawValue)),
                  "name": field("string", "One party."),
                  "label": field("string", "The label as written; empty for unlabelled tags."),
                  "raw": field("string", "The whole tag."),
                  "start": offset, "end": offset,
              ],
              primaryKey: [], foreignKeys: [documentKey]),
        Table(name: "flags", header: CSVTables.flags,
              description: "One row per quality flag. No natural key: a row is identified by its position.",
              fields: [
                  "doc_id": field("string", "The document.", required: true),
                  "flag": field("string", "The kind of problem.", required: true,
                                enumeration: QualityFlag.Kind.allCases.map(\.rawValue)),
                  "detail": field("string", "What was seen."),
                  "start": offset, "end": offset,
              ],
              primaryKey: [], foreignKeys: [documentKey]),
        Table(name: "errors", header: CSVTables.errors,
              description: "One row per input that could not be read; such a document has no row in documents, so doc_id is not a foreign key (it is empty for a path that does not exist).",
              fields: [
                  "doc_id": field("string", "The id the document would have had."),
                  "source_path": field("string", "The path as given.", required: true),
                  "stage": field("string", "The pipeline stage that failed (ingest, clean).", required: true),
                  "error": field("string", "What went wrong.", required: true),
              ],
              primaryKey: [], foreignKeys: []),
    ]

    /// The descriptor as a JSON value.
    public var descriptor: JSONValue {
        [
            "profile": "tabular-data-package",
            "name": "yaodian-output",
            "title": "Yaodian extraction",
            "description": .string("Metadata, clauses, targets, responsibility tags and quality flags extracted by yaodian \(ToolVersion.current) from plans of Chinese health authorities. Offsets (start, end) count Unicode scalars in the document body (see documents.jsonl)."),
            "version": .string(ToolVersion.current),
            "resources": .array(Self.tables.map(resource)),
        ]
    }

    /// `datapackage.json`'s bytes: pretty-printed with sorted keys.
    public func json() throws -> [UInt8] {
        try descriptor.prettyPrinted()
    }

    package func resource(_ table: Table) -> JSONValue {
        var schema: [String: JSONValue] = [
            "fields": .array(table.header.map { name in
                var f: [String: JSONValue] = ["name": .string(name)]
                if case .object(let spec)? = table.fields[name] { f.merge(spec) { a, _ in a } } else { f["type"] = "string" }
                return .object(f)
            }),
            "missingValues": [""],
        ]
        if !table.primaryKey.isEmpty { schema["primaryKey"] = .array(table.primaryKey.map { .string($0) }) }
        if !table.foreignKeys.isEmpty { schema["foreignKeys"] = .array(table.foreignKeys) }
        return [
            "name": .string(table.name),
            "path": .string(table.path),
            "description": .string(excel ? table.description + Self.excelNote : table.description),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": ["delimiter": ",", "quoteChar": "\"", "doubleQuote": true, "lineTerminator": "\r\n", "header": true],
            "schema": .object(schema),
        ]
    }

    package static let excelNote = " Written with --excel: the file starts with a UTF-8 byte order mark, and text cells starting with = + - @ or a tab or carriage return have a leading ' (numbers are unchanged)."

    package static let offset = field("integer", "Offset into the document body in Unicode scalars.", required: true, minimum: 0)

    package static let documentKey = foreignKey(["doc_id"], resource: "documents", fields: ["doc_id"])

    package static func field(_ type: String, _ description: String, required: Bool = false, unique: Bool = false,
                      minimum: Int? = nil, enumeration: [String]? = nil, pattern: String? = nil) -> JSONValue {
        var f: [String: JSONValue] = ["type": .string(type), "description": .string(description)]
        var constraints: [String: JSONValue] = [:]
        if required { constraints["required"] = true }
        if unique { constraints["unique"] = true }
        if let m = minimum { constraints["minimum"] = .integer(m) }
        if let e = enumeration { constraints["enum"] = .array(e.map { .string($0) }) }
        if let p = pattern { constraints["pattern"] = .string(p) }
        if !constraints.isEmpty { f["constraints"] = .object(constraints) }
        if type == "boolean" {
            f["trueValues"] = ["true"]
            f["falseValues"] = ["false"]
        }
        return .object(f)
    }

    package static func foreignKey(_ fields: [String], resource: String, fields target: [String]) -> JSONValue {
        ["fields": .array(fields.map { .string($0) }),
         "reference": ["resource": .string(resource), "fields": .array(target.map { .string($0) })]]
    }
}
