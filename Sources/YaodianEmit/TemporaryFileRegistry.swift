import Foundation
import Synchronization

/// The temporary files of a run that must not outlive it, for a signal handler to delete.
///
/// `AtomicFile` registers its `.partial` file when it opens it and unregisters it when it is
/// renamed into place or discarded. When the user presses Ctrl-C, the handler calls
/// `removeAllAndExit(status:)`: every registered file is deleted and the process exits.
/// `withoutInterruption(_:)` holds such a handler back while the outputs are renamed into place,
/// so an interrupt lands either before the first rename (previous outputs stay) or after the last
/// (the new outputs are complete), never between two of them.
///
/// ```swift
/// let registry = TemporaryFileRegistry()
/// let sink = try OutputSink(directory: out, registry: registry)
/// try registry.withoutInterruption { try sink.finish() }
/// ```
public final class TemporaryFileRegistry: Sendable {
    private let files = Mutex<Set<String>>([])
    private let gate = Mutex<Void>(())

    public init() {}

    /// Records a temporary file to delete on interrupt.
    public func register(_ url: URL) {
        files.withLock { _ = $0.insert(url.path) }
    }

    /// Forgets a file that was renamed into place or deleted.
    public func unregister(_ url: URL) {
        files.withLock { _ = $0.remove(url.path) }
    }

    /// The files registered now, sorted.
    public var registered: [String] {
        files.withLock { $0.sorted() }
    }

    /// Runs `body` with interrupts held back until it returns.
    public func withoutInterruption<T>(_ body: () throws -> T) throws -> T {
        try gate.withLock { _ in try body() }
    }

    /// Deletes every registered file, waiting for a `withoutInterruption` section to end first.
    public func removeAll() {
        gate.withLock { _ in
            let paths = files.withLock { current -> [String] in
                defer { current.removeAll() }
                return current.sorted()
            }
            for path in paths { unlink(path) }
        }
    }

    /// Deletes every registered file and ends the process with `status`; used by signal handlers.
    /// It ends with `_exit`, not `exit`: worker threads are still running, and `exit` would run
    /// global destructors (libxml2's, Foundation's) under them. Nothing is lost by that: every
    /// output goes through unbuffered writes.
    public func removeAllAndExit(status: Int32) -> Never {
        gate.withLock { _ -> Never in
            let paths = files.withLock { $0.sorted() }
            for path in paths { unlink(path) }
            _exit(status)
        }
    }
}
