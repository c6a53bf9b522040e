/// Gives every input a stable id that is safe as a file name.
///
/// The id is the input's path relative to the directory it was found in, without its
/// extension, with every character outside `[A-Za-z0-9._-]` and CJK ideographs replaced by `_`
/// (`2021/嘉兴.html` → `2021_嘉兴`). When two inputs of one run would get the same id, the later
/// ones get the first 8 hex digits of the SHA-256 of their relative path appended, which depends
/// only on the path, so ids do not change between runs.
///
/// The ids already given are remembered as 64-bit FNV-1a hashes, not as strings: a run over
/// 100,000 files holds 1 MB for them instead of ~8 MB, one of the causes of a long batch's peak
/// memory growing with its size (README, Speed → Memory). Two different ids with one hash (odds about 1 in 10⁹ at 100,000 inputs)
/// would only give the later one a suffix it did not need; ids stay unique and deterministic.
public struct DocumentIDAllocator: Sendable {
    private var used: Set<UInt64> = []

    public init() {}

    public mutating func allocate(for relativePath: String) -> String {
        let base = Self.sanitize(relativePath)
        if used.insert(Self.fingerprint(base)).inserted { return base }
        let suffix = ContentHash.sha256Hex(Array(relativePath.utf8), bytes: 4)
        var candidate = base + "-" + suffix
        var n = 2
        while !used.insert(Self.fingerprint(candidate)).inserted {
            candidate = base + "-" + suffix + "-\(n)"
            n += 1
        }
        return candidate
    }

    /// FNV-1a over the id's UTF-8 bytes: the same in every process (Swift's `Hasher` is seeded
    /// per process, which would make a collision, and so an id, differ between runs).
    package static func fingerprint(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    package static func sanitize(_ relativePath: String) -> String {
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
