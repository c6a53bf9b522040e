/// Gives every input a stable id that is safe as a file name.
///
/// The id is the input's path relative to the directory it was found in, without its
/// extension, with every character outside `[A-Za-z0-9._-]` and CJK ideographs replaced by `_`
/// (`2021/嘉兴.html` → `2021_嘉兴`). When two inputs of one run would get the same id, the later
/// ones get the first 8 hex digits of the SHA-256 of their relative path appended, which depends
/// only on the path, so ids do not change between runs.
public struct DocumentIDAllocator: Sendable {
    private var used: Set<String> = []

    public init() {}

    public mutating func allocate(for relativePath: String) -> String {
        let base = Self.sanitize(relativePath)
        if used.insert(base).inserted { return base }
        let suffix = ContentHash.sha256Hex(Array(relativePath.utf8), bytes: 4)
        var candidate = base + "-" + suffix
        var n = 2
        while !used.insert(candidate).inserted {
            candidate = base + "-" + suffix + "-\(n)"
            n += 1
        }
        return candidate
    }

    static func sanitize(_ relativePath: String) -> String {
        var path = Substring(relativePath)
        if let dot = path.lastIndex(of: "."), let slash = path.lastIndex(of: "/") ?? Optional(path.startIndex),
           dot > slash, dot != path.startIndex {
            path = path[..<dot]
        }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F: out.unicodeScalars.append(scalar)
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: out.unicodeScalars.append(scalar)
            default: out.append("_")
            }
        }
        while out.hasPrefix(".") { out.removeFirst() }
        return out.isEmpty ? "doc" : out
    }
}
