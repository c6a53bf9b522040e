import Foundation

/// Reads a pipe line by line on a background thread, with a time limit per line, so a test
/// that waits for a streamed line fails instead of hanging when the line never comes.
final class PipeLineReader: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSCondition()
    private var buffer: [UInt8] = []
    private var ended = false

    init(_ handle: FileHandle) {
        self.handle = handle
        let thread = Thread { [self] in
            while true {
                let data = handle.availableData
                lock.lock()
                if data.isEmpty { ended = true } else { buffer.append(contentsOf: data) }
                lock.broadcast()
                lock.unlock()
                if data.isEmpty { return }
            }
        }
        thread.start()
    }

    /// The next line without its line feed, or nil at the end of the stream or after `timeout`.
    func nextLine(timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            if ended || !lock.wait(until: deadline) { return nil }
        }
    }

    /// Whatever is left once the stream has ended.
    func rest(timeout: TimeInterval) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while !ended, lock.wait(until: deadline) {}
        return String(decoding: buffer, as: UTF8.self)
    }
}
