import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
import YaodianModel
#endif

/// One input document before decoding: where it came from, its stable id and its raw bytes.
public struct DocumentSource: Sendable {
    /// Stable, unique within a run, safe as a file name (see `DocumentIDAllocator`).
    public var docID: String
    /// The path as the user gave it (or `-` for standard input).
    public var sourcePath: String
    /// The bytes read: the whole input, or its first bytes when it is over the size cap.
    public var bytes: [UInt8]
    /// The size of the whole input; larger than `bytes.count` when only its start was read.
    public var byteCount: Int
    /// The SHA-256 of the whole input when it was computed while reading a capped input
    /// (nil: the hash of `bytes`, which are then the whole input).
    public var wholeInputSHA256: String?

    public init(docID: String, sourcePath: String, bytes: [UInt8], byteCount: Int? = nil, wholeInputSHA256: String? = nil) {
        self.docID = docID
        self.sourcePath = sourcePath
        self.bytes = bytes
        self.byteCount = max(byteCount ?? bytes.count, bytes.count)
        self.wholeInputSHA256 = wholeInputSHA256
    }

    /// The document's `sha256`: always of the whole input, also when only its start was read.
    public var sha256: String { wholeInputSHA256 ?? ContentHash.sha256Hex(bytes) }

    /// The first `limit` bytes of this source, remembering the whole input's size and hash.
    public func capped(at limit: Int) -> DocumentSource {
        guard bytes.count > limit else { return self }
        return DocumentSource(docID: docID, sourcePath: sourcePath, bytes: Array(bytes.prefix(max(0, limit))),
                              byteCount: byteCount, wholeInputSHA256: sha256)
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

    /// Reads the bytes, turning file-system failures into a per-document error: `.missing` for
    /// a file that does not exist (any more: it may have been removed after the batch listed
    /// it), `.unreadable` with the system's reason for the rest (permission denied, a folder,
    /// an I/O error). At most `maxBytes` bytes are kept; the rest of a larger file is only
    /// hashed, in 1 MiB pieces, so memory stays bounded by the cap whatever the file's size.
    public func load(stdin: [UInt8]? = nil, maxBytes: Int = .max) throws(YaodianError) -> DocumentSource {
        guard let url = fileURL else {
            return DocumentSource(docID: docID, sourcePath: sourcePath, bytes: stdin ?? []).capped(at: maxBytes)
        }
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure(errno, path: sourcePath) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.failure(errno, path: sourcePath) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: sourcePath, reason: "it is a directory") }
        let limit = max(0, maxBytes)
        if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) < limit, let whole = try Self.readWhole(fd, size: Int(info.st_size), path: sourcePath) {
            return DocumentSource(docID: docID, sourcePath: sourcePath, bytes: whole, byteCount: whole.count, wholeInputSHA256: nil)
        }
        var bytes: [UInt8] = []
        if (info.st_mode & S_IFMT) == S_IFREG { bytes.reserveCapacity(min(Int(info.st_size), limit)) }
        // Pieces of at most 1 MiB; a regular file's piece is its size (zeroing 1 MiB per small page
        // cost more than reading it).
        let pieceSize = (info.st_mode & S_IFMT) == S_IFREG ? min(1 << 20, max(4096, Int(info.st_size) + 1)) : 1 << 20
        var chunk = [UInt8](repeating: 0, count: pieceSize)
        var total = 0
        var hasher: SHA256?
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.failure(errno, path: sourcePath)
            }
            if n == 0 { break }
            let piece = chunk[0..<n]
            total += n
            if hasher == nil, bytes.count + n <= limit {
                bytes.append(contentsOf: piece)
                continue
            }
            if hasher == nil {
                // The cap is reached: keep what fits, and from now on only hash.
                var h = SHA256()
                h.update(data: bytes)
                hasher = h
                bytes.append(contentsOf: piece.prefix(limit - bytes.count))
            }
            hasher?.update(data: piece)
        }
        let digest = hasher.map { ContentHash.hex($0.finalize()) }
        return DocumentSource(docID: docID, sourcePath: sourcePath, bytes: bytes, byteCount: total, wholeInputSHA256: digest)
    }

    /// A regular file of `size` bytes read straight into its array (no zeroed buffer, no copy), or
    /// nil when the file turned out longer than `size` (it grew since `fstat`): the caller then reads
    /// it piece by piece from the start. A file that shrank gives the bytes it has.
    private static func readWhole(_ fd: Int32, size: Int, path: String) throws(YaodianError) -> [UInt8]? {
        var failure: Int32 = 0
        var grew = false
        // One byte more than the size, so that a file that grew is noticed.
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count <= size {
                let n = read(fd, base + count, size + 1 - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                count += n
            }
            grew = count > size
        }
        if failure != 0 { throw Self.failure(failure, path: path) }
        if grew {
            guard lseek(fd, 0, SEEK_SET) == 0 else { throw Self.failure(errno, path: path) }
            return nil
        }
        return bytes
    }

    package static func failure(_ code: Int32, path: String) -> YaodianError {
        switch code {
        case ENOENT, ENOTDIR: return .missing(path: path)
        case EACCES, EPERM: return .unreadable(path: path, reason: "permission denied")
        case EISDIR: return .unreadable(path: path, reason: "it is a directory")
        default: return .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }
}
