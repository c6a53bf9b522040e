import Foundation

/// One input document before decoding: where it came from, its stable id and its raw bytes.
public struct DocumentSource: Sendable {
    /// Stable, unique within a run, safe as a file name (see `DocumentIDAllocator`).
    public var docID: String
    /// The path as the user gave it (or `-` for standard input).
    public var sourcePath: String
    public var bytes: [UInt8]

    public init(docID: String, sourcePath: String, bytes: [UInt8]) {
        self.docID = docID
        self.sourcePath = sourcePath
        self.bytes = bytes
    }
}

/// A located input whose bytes are read lazily by a worker, so a batch never holds all files.
public struct InputLocation: Sendable, Hashable {
    public var docID: String
    /// Path to read; nil means standard input.
    public var fileURL: URL?
    public var sourcePath: String

    public init(docID: String, fileURL: URL?, sourcePath: String) {
        self.docID = docID
        self.fileURL = fileURL
        self.sourcePath = sourcePath
    }

    /// Reads the bytes, turning file-system failures into a per-document error.
    public func load(stdin: [UInt8]? = nil) throws(YaodianError) -> DocumentSource {
        guard let url = fileURL else {
            return DocumentSource(docID: docID, sourcePath: sourcePath, bytes: stdin ?? [])
        }
        do {
            let data = try Data(contentsOf: url)
            return DocumentSource(docID: docID, sourcePath: sourcePath, bytes: [UInt8](data))
        } catch {
            let reason = (error as NSError).localizedDescription
            throw .unreadable(path: sourcePath, reason: reason)
        }
    }
}
