import Foundation
import YaodianModel

/// Writes one `documents.jsonl` line per document to a file handle as soon as it is handed
/// over (`extract --format jsonl --out -`), so a consumer reading standard output gets each
/// document when it is done, in input order. Failed documents write nothing here (they are
/// reported on standard error and in the database, if any), so standard output holds JSON
/// lines and nothing else.
public final class JSONLinesStreamWriter: DocumentSink {
    private let handle: FileHandle
    private let encoder = DocumentLineEncoder()
    public private(set) var documentCount = 0

    public init(handle: FileHandle) {
        self.handle = handle
    }

    public func write(_ record: DocumentRecord) throws {
        // Unbuffered: one write(2) per line, so the line is readable at once.
        try handle.write(contentsOf: Data(encoder.encode(record)))
        documentCount += 1
    }

    public func write(_ failure: DocumentFailure) throws {}

    public func finish() throws {}

    public func abandon() {}
}
