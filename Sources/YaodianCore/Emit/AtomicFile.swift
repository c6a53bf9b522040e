import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file written under a temporary name in the same folder and renamed into place when
/// complete, so an interrupted run leaves the previous complete file or none, never half a file.
public final class AtomicFile {
    public let finalURL: URL
    public let temporaryURL: URL
    public let stream: OutputStream

    public init(_ url: URL) throws {
        finalURL = url
        temporaryURL = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
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
    }

    /// Closes and deletes the temporary file.
    public func discard() {
        stream.close()
        try? FileManager.default.removeItem(at: temporaryURL)
    }
}
