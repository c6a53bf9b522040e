import Foundation
import YaodianModel

/// One `documents.jsonl` line: the record as JSON with sorted keys and unescaped slashes,
/// followed by a line feed. The same bytes go to the file and to standard output, so a stream
/// consumer and a file reader see identical lines (see `JSONSchemaDocument` for their shape).
///
/// ```swift
/// let line = try DocumentLineEncoder().encode(record)   // {"body":"…","clauses":[…],…}\n
/// ```
public struct DocumentLineEncoder: Sendable {
    public init() {}

    /// The line's UTF-8 bytes, ending in `\n`.
    public func encode(_ record: DocumentRecord) throws -> [UInt8] {
        // `DocumentJSONWriter` writes what `JSONEncoder` (sorted keys, unescaped slashes) would.
        var bytes: [UInt8] = []
        try DocumentJSONWriter.write(record, to: &bytes)
        bytes.append(0x0A)
        return bytes
    }
}
