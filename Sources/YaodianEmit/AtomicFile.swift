import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file written under a temporary name in the same folder and renamed into place when
/// complete, so an interrupted run leaves the previous complete file or none, never half a file.
///
/// The temporary name is hidden and says whose it is: `documents.csv` is written as
/// `.documents.csv.partial-<pid>`. With a `TemporaryFileRegistry` the temporary file is deleted
/// when the run is interrupted by a signal; `removeStalePartials(for:)` deletes the ones a killed
/// run (SIGKILL, power loss) left behind, so they are never taken for outputs.
public final class AtomicFile {
    public let finalURL: URL
    public let temporaryURL: URL
    public let stream: OutputStream
    private let registry: TemporaryFileRegistry?

    public init(_ url: URL, registry: TemporaryFileRegistry? = nil) throws {
        finalURL = url
        self.registry = registry
        temporaryURL = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        registry?.register(temporaryURL)
        guard let stream = OutputStream(url: temporaryURL, append: false) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporaryURL.path])
        }
        stream.open()
        if stream.streamStatus == .error {
            throw stream.streamError ?? CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporaryURL.path])
        }
        self.stream = stream
    }

    public func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return stream.write(base + offset, maxLength: buffer.count - offset)
            }
            if n <= 0 { throw stream.streamError ?? CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporaryURL.path]) }
            offset += n
        }
    }

    /// Closes the stream and renames the file into place.
    public func commit() throws {
        stream.close()
        // rename(2) replaces the old file atomically on one file system (Foundation's
        // replaceItemAt deletes the old file first on Linux).
        guard rename(temporaryURL.path, finalURL.path) == 0 else {
            let code = errno
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: finalURL.path,
                                                           NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
        }
        registry?.unregister(temporaryURL)
    }

    /// Closes and deletes the temporary file.
    public func discard() {
        stream.close()
        try? FileManager.default.removeItem(at: temporaryURL)
        registry?.unregister(temporaryURL)
    }

    /// Deletes the temporary files that earlier runs left for `url` when they were killed
    /// outright: `.NAME.partial-<pid>` files whose process no longer exists. Files of a run still
    /// going on (its process exists) are left alone.
    public static func removeStalePartials(for url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent).partial-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let own = ProcessInfo.processInfo.processIdentifier
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, pid != own else { continue }
            if kill(pid, 0) == -1, errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }
}
