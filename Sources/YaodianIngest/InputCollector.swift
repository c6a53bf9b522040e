import Foundation
import YaodianModel

/// Turns the paths given on the command line into an ordered list of inputs.
///
/// A file is taken as it is; a directory is walked recursively for `.html`, `.htm`, `.shtml`
/// and `.txt` files (sorted by relative path, so runs are deterministic); `-` is standard
/// input. Ids come from `DocumentIDAllocator`. The list is what `InputWalker` yields one by one;
/// a batch walks lazily instead of collecting.
public struct InputCollector: Sendable {
    /// File extensions read from directories (lower-cased, without the dot).
    public static let extensions: Set<String> = ["html", "htm", "shtml", "txt"]

    public init() {}

    /// A path that could not be listed at all (the batch still runs on the others).
    public struct Problem: Sendable, Hashable {
        public var path: String
        public var reason: String
        /// `.missing` for a path that does not exist, `.unreadable` for a folder that cannot be listed.
        public var kind: DocumentFailure.InputProblem = .missing

        public init(path: String, reason: String, kind: DocumentFailure.InputProblem = .missing) {
            self.path = path
            self.reason = reason
            self.kind = kind
        }
    }

    public func collect(_ paths: [String]) -> (inputs: [InputLocation], problems: [Problem]) {
        var allocator = DocumentIDAllocator()
        return collect(paths, allocator: &allocator)
    }

    /// Collects with ids from `allocator`, so paths collected in several calls (a list read line
    /// by line with `--files-from`) get ids unique across all of them.
    public func collect(_ paths: [String], allocator: inout DocumentIDAllocator) -> (inputs: [InputLocation], problems: [Problem]) {
        let walker = InputWalker(paths: paths, allocator: allocator)
        var inputs: [InputLocation] = []
        while let input = walker.next() { inputs.append(input) }
        allocator = walker.allocator
        return (inputs, walker.problems)
    }
}
