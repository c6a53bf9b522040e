import Foundation

/// Turns the paths given on the command line into an ordered list of inputs.
///
/// A file is taken as it is; a directory is walked recursively for `.html`, `.htm`, `.shtml`
/// and `.txt` files (sorted by relative path, so runs are deterministic); `-` is standard
/// input. Ids come from `DocumentIDAllocator`.
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
    }

    public func collect(_ paths: [String]) -> (inputs: [InputLocation], problems: [Problem]) {
        var allocator = DocumentIDAllocator()
        return collect(paths, allocator: &allocator)
    }

    /// Collects with ids from `allocator`, so paths collected in several calls (a list read line
    /// by line with `--files-from`) get ids unique across all of them.
    public func collect(_ paths: [String], allocator: inout DocumentIDAllocator) -> (inputs: [InputLocation], problems: [Problem]) {
        var inputs: [InputLocation] = []
        var problems: [Problem] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(InputLocation(docID: allocator.allocate(for: "stdin"), fileURL: nil, sourcePath: "-"))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                problems.append(Problem(path: path, reason: "no such file or directory"))
                continue
            }
            if !isDir.boolValue {
                let url = URL(fileURLWithPath: path)
                inputs.append(InputLocation(docID: allocator.allocate(for: url.lastPathComponent), fileURL: url, sourcePath: path))
                continue
            }
            guard fm.isReadableFile(atPath: path), fm.isExecutableFile(atPath: path) else {
                problems.append(Problem(path: path, reason: "cannot list directory: permission denied", kind: .unreadable))
                continue
            }
            let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
            guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                             options: [.skipsHiddenFiles]) else {
                problems.append(Problem(path: path, reason: "cannot list directory", kind: .unreadable))
                continue
            }
            var found: [(String, URL)] = []
            for case let url as URL in walker {
                guard Self.extensions.contains(url.pathExtension.lowercased()) else { continue }
                let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
                guard values?.isRegularFile == true else { continue }
                let full = url.standardizedFileURL.path
                let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
                let relative = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent
                found.append((relative, url))
            }
            found.sort { $0.0 < $1.0 }
            let shown = path.hasSuffix("/") ? path : path + "/"
            for (relative, url) in found {
                inputs.append(InputLocation(docID: allocator.allocate(for: relative), fileURL: url,
                                            sourcePath: shown + relative))
            }
        }
        return (inputs, problems)
    }
}
