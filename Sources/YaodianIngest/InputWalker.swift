import Foundation
import Synchronization

/// Lists the inputs of a batch lazily, one at a time, in exactly the order and with the ids that
/// `InputCollector.collect` gives, so that a batch of any size never holds its whole input list.
///
/// A directory is read when the walk reaches it: its entries (hidden ones skipped) are sorted by
/// name, a sub-directory's name taken with a trailing `/`, which orders them as the full relative
/// paths sort (`a.html` before `a/b.html`), and the walk goes depth first. Only the listings of
/// the directories on the current path are held. Files are taken by extension
/// (`InputCollector.extensions`, any case); a symbolic link counts when it leads to a file, and
/// links to directories are not followed (no cycles). Ids come from the walker's
/// `DocumentIDAllocator`; paths that do not exist or cannot be listed are `problems`, found
/// before the walk starts.
public final class InputWalker: Sendable {
    /// The paths given that cannot be read at all, in the order given.
    public let problems: [InputCollector.Problem]

    private struct Directory {
        package var path: String        // the directory on disk
        package var relative: String    // its path under the root, "" or ending in "/"
        package var shown: String       // the root as given, ending in "/"
        package var entries: [(name: String, isDirectory: Bool)]
        package var next = 0
    }

    private struct State {
        package var pending: [Root]
        package var stack: [Directory] = []
        package var allocator: DocumentIDAllocator
    }

    private enum Root {
        case stdin
        case file(String)
        case directory(String)
    }

    private let state: Mutex<State>

    public init(paths: [String], allocator: DocumentIDAllocator = DocumentIDAllocator()) {
        var roots: [Root] = []
        var problems: [InputCollector.Problem] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                roots.append(.stdin)
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                problems.append(InputCollector.Problem(path: path, reason: "no such file or directory"))
                continue
            }
            guard isDir.boolValue else {
                roots.append(.file(path))
                continue
            }
            guard fm.isReadableFile(atPath: path), fm.isExecutableFile(atPath: path) else {
                problems.append(InputCollector.Problem(path: path, reason: "cannot list directory: permission denied", kind: .unreadable))
                continue
            }
            roots.append(.directory(path))
        }
        self.problems = problems
        state = Mutex(State(pending: roots.reversed(), allocator: allocator))
    }

    /// The next input, or nil when the walk is over.
    public func next() -> InputLocation? {
        state.withLock { state in
            while true {
                if var top = state.stack.popLast() {
                    guard top.next < top.entries.count else { continue }
                    let entry = top.entries[top.next]
                    top.next += 1
                    let relative = top.relative + entry.name
                    let path = top.path + "/" + entry.name
                    let shown = top.shown
                    state.stack.append(top)
                    if entry.isDirectory {
                        state.stack.append(Directory(path: path, relative: relative + "/", shown: shown,
                                                     entries: Self.listing(path)))
                        continue
                    }
                    return InputLocation(docID: state.allocator.allocate(for: relative), fileURL: URL(fileURLWithPath: path),
                                         sourcePath: shown + relative)
                }
                guard let root = state.pending.popLast() else { return nil }
                switch root {
                case .stdin:
                    return InputLocation(docID: state.allocator.allocate(for: "stdin"), fileURL: nil, sourcePath: "-")
                case .file(let path):
                    let url = URL(fileURLWithPath: path)
                    return InputLocation(docID: state.allocator.allocate(for: url.lastPathComponent), fileURL: url, sourcePath: path)
                case .directory(let path):
                    let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL.path
                    let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
                    state.stack.append(Directory(path: base == "/" ? "" : base, relative: "", shown: path.hasSuffix("/") ? path : path + "/",
                                                 entries: Self.listing(base)))
                }
            }
        }
    }

    /// The entries of a directory worth visiting, sorted as their relative paths sort.
    private static func listing(_ directory: String) -> [(name: String, isDirectory: Bool)] {
        guard let dir = opendir(directory.isEmpty ? "/" : directory) else { return [] }
        defer { closedir(dir) }
        var found: [(key: String, name: String, isDirectory: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = directory + "/" + name
            var info = stat()
            var isDirectory = false
            var isFile = false
            if lstat(path, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFDIR: isDirectory = true
                case S_IFREG: isFile = true
                case S_IFLNK:
                    // A link counts when it leads to a file; links to directories are not followed.
                    var target = stat()
                    isFile = stat(path, &target) == 0 && target.st_mode & S_IFMT == S_IFREG
                default: break
                }
            }
            if isDirectory {
                found.append((name + "/", name, true))
            } else if isFile, let dot = name.lastIndex(of: "."), dot != name.startIndex,
                      InputCollector.extensions.contains(name[name.index(after: dot)...].lowercased()) {
                found.append((name, name, false))
            }
        }
        found.sort { $0.key < $1.key }
        return found.map { ($0.name, $0.isDirectory) }
    }
}

extension InputWalker {
    /// The allocator as it stands (with the ids given so far), to go on allocating after the walk.
    public var allocator: DocumentIDAllocator { state.withLock { $0.allocator } }
}
