/// What went wrong with one document, and in which stage. Per-document errors become rows of
/// `errors.csv`; they never stop a batch.
public enum YaodianError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but cannot be read: permission denied, a folder, an I/O error.
    case unreadable(path: String, reason: String)
    /// The file does not exist: a listed path that was never there, or a file removed after the
    /// batch found it.
    case missing(path: String)
    case empty(path: String)
    case binary(path: String)
    case undecodable(path: String, encoding: String)
    case unparsable(path: String, reason: String)
    case noBody(path: String)

    /// The pipeline stage the error belongs to, as written in `errors.csv`.
    public var stage: String {
        switch self {
        case .unreadable, .missing, .empty, .binary, .undecodable: return "ingest"
        case .unparsable, .noBody: return "clean"
        }
    }

    /// Whether the file system, rather than the document's content, is at fault (the command
    /// line turns these into their own exit statuses).
    public var inputProblem: DocumentFailure.InputProblem? {
        switch self {
        case .missing: return .missing
        case .unreadable: return .unreadable
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .missing(path): return "cannot read \(path): no such file (it does not exist, or was removed during the run)"
        case let .empty(path): return "\(path) is empty"
        case let .binary(path): return "\(path) is binary data, not an HTML or text page"
        case let .undecodable(path, encoding): return "\(path) is not valid text in \(encoding) or any supported encoding"
        case let .unparsable(path, reason): return "cannot parse \(path) as HTML: \(reason)"
        case let .noBody(path): return "\(path) has no body text after cleaning"
        }
    }
}
