/// What went wrong with one document, and in which stage. Per-document errors become rows of
/// `errors.csv`; they never stop a batch.
public enum YaodianError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case undecodable(path: String, encoding: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case unparsable(path: String, reason: String)
    case noBody(path: String)

    /// The pipeline stage the error belongs to, as written in `errors.csv`.
    public var stage: String {
        switch self {
        case .unreadable, .empty, .binary, .undecodable, .tooLarge: return "ingest"
        case .unparsable, .noBody: return "clean"
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .empty(path): return "\(path) is empty"
        case let .binary(path): return "\(path) is binary data, not an HTML or text page"
        case let .undecodable(path, encoding): return "\(path) is not valid text in \(encoding) or any supported encoding"
        case let .tooLarge(path, bytes, limit): return "\(path) has \(bytes) bytes, over the limit of \(limit)"
        case let .unparsable(path, reason): return "cannot parse \(path) as HTML: \(reason)"
        case let .noBody(path): return "\(path) has no body text after cleaning"
        }
    }
}
