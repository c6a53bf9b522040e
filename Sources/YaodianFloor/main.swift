import CLibXML2
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

// yaodian-floor: the benchmark's floor (scripts/bench). For every input it does only what no
// extraction can avoid: read the file, decode it to UTF-8 the way Ingest does (strict UTF-8,
// else GB18030 through iconv), parse it with libxml2 with HTMLDocument's options and encoding
// ("UTF-8"), and walk every text node of the tree (counting its bytes). No cleaning, no output
// beyond one JSON summary line on standard output.
//
//     yaodian-floor PATH... [--jobs N]      # PATH: a file or a directory (searched like extract)

let extensions: Set<String> = ["html", "htm", "shtml", "txt"]
let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
    | XML_PARSE_HUGE.rawValue)

func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}

/// Files under `path` with one of `extensions`, sorted by path (as `InputCollector` orders them).
func collect(_ path: String, into files: inout [String]) {
    guard isDirectory(path) else { files.append(path); return }
    guard let dir = opendir(path) else { return }
    defer { closedir(dir) }
    var found: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name.hasPrefix(".") { continue }
        let full = path.hasSuffix("/") ? path + name : path + "/" + name
        if isDirectory(full) {
            var sub: [String] = []
            collect(full, into: &sub)
            found += sub
        } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
            found.append(full)
        }
    }
    files += found.sorted()
}

func readFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return nil }
    let size = Int(st.st_size)
    var bytes = [UInt8](repeating: 0, count: size)
    var done = 0
    while done < size {
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, size - done) }
        if n <= 0 { break }
        done += n
    }
    return done == size ? bytes : Array(bytes[0..<done])
}

/// GB18030 → UTF-8 through iconv, strict (nil on any invalid sequence), as `IconvDecoder`.
func gb18030ToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
    let cd = iconv_open("UTF-8", "GB18030")
    if cd == iconv_t(bitPattern: -1) { return nil }
    defer { iconv_close(cd) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    var written = 0
    let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
        output.withUnsafeMutableBufferPointer { outBuf in
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            var outLeft = outBuf.count
            if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 || inLeft != 0 { return false }
            written = outBuf.count - outLeft
            return true
        }
    }
    return ok ? Array(output[0..<written]) : nil
}

/// Decoded UTF-8 bytes: a UTF-8 BOM is dropped; valid UTF-8 is kept; otherwise GB18030; otherwise
/// the bytes as they are (libxml2 recovers).
func utf8Bytes(_ raw: [UInt8]) -> [UInt8] {
    var bytes = raw
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if String(validating: bytes, as: UTF8.self) != nil { return bytes }
    return gb18030ToUTF8(bytes) ?? bytes
}

/// Parses one page and walks every node without recursion; returns the bytes of its text nodes.
func textBytes(_ utf8: [UInt8]) -> Int {
    let input = utf8.isEmpty ? Array("<html></html>".utf8) : utf8
    guard let doc = input.withUnsafeBufferPointer({ b in
        b.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options) }
    }) else { return 0 }
    defer { xmlFreeDoc(doc) }
    guard let root = xmlDocGetRootElement(doc) else { return 0 }
    var total = 0
    var node: xmlNodePtr? = root
    while let n = node {
        if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let c = n.pointee.content {
            total += strlen(c)
        }
        if n.pointee.type == XML_ELEMENT_NODE, let child = n.pointee.children {
            node = child
            continue
        }
        var up: xmlNodePtr? = n
        node = nil
        while let u = up, u != root {
            if let next = u.pointee.next { node = next; break }
            up = u.pointee.parent
        }
    }
    return total
}

func usage() -> Never {
    let text = "usage: yaodian-floor PATH... [--jobs N]\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(2)
}

var paths: [String] = []
var jobs = 1
var args = CommandLine.arguments.dropFirst()
while let arg = args.popFirst() {
    if arg == "--jobs", let value = args.popFirst(), let n = Int(value), n >= 1 {
        jobs = n
    } else if arg.hasPrefix("-") {
        usage()
    } else {
        paths.append(arg)
    }
}
guard !paths.isEmpty else {
    usage()
}

xmlInitParser()
CLibXML2_silenceGenericErrors()
var files: [String] = []
for p in paths { collect(p, into: &files) }

struct Totals { var documents = 0, inputBytes = 0, textBytes = 0 }

/// Processes `files` on `workers` threads (file i goes to worker i mod workers).
func run(_ files: [String], workers: Int) -> Totals {
    let results = UnsafeMutableBufferPointer<Totals>.allocate(capacity: workers)
    defer { results.deallocate() }
    results.initialize(repeating: Totals())
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: workers) { w in
        var t = Totals()
        var i = w
        while i < files.count {
            if let raw = readFile(files[i]) {
                t.documents += 1
                t.inputBytes += raw.count
                t.textBytes += textBytes(utf8Bytes(raw))
            }
            i += workers
        }
        slots[w] = t
    }
    return results.reduce(into: Totals()) { acc, t in
        acc.documents += t.documents
        acc.inputBytes += t.inputBytes
        acc.textBytes += t.textBytes
    }
}

let workers = min(jobs, max(1, files.count))
let total = run(files, workers: workers)
print("{\"documents\": \(total.documents), \"input_bytes\": \(total.inputBytes), \"text_bytes\": \(total.textBytes), \"jobs\": \(workers)}")
