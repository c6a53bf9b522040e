import Foundation

/// Why `yaodian report` could not make a report, and of which file.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `documents.jsonl` is missing or cannot be read or decoded.
    case unreadableInput(path: String, reason: String)
    /// A page or the report folder cannot be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadableInput(path, reason): return "cannot read \(path): \(reason)"
        case let .unwritable(path, reason): return "cannot write \(path): \(reason)"
        }
    }
}
