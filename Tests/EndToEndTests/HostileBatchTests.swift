import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The definition of done, on the real `yaodian extract` binary: a folder of broken and
/// hostile inputs beside good documents (copies of `corpus/` files) — every encoding, broken and
/// hostile HTML, NUL and invalid bytes, hidden spam, an external entity pointing at a local
/// file, 100,000 nested elements and a 100 MB page, the last two generated here at run time.
///
/// It checks that every good document comes out byte for byte as in a run without the bad ones,
/// that every bad one has its error row or its flag (or is read correctly), that nothing hidden
/// leaks into a body, that the process exits as the README documents (0, 1, 3, 4, 5), and that
/// the peak memory of the run with the 100 MB page stays under `peakMemoryBound`.
final class HostileBatchTests: XCTestCase {
    static let hostile = FuzzRegressionTests.fixtures.appendingPathComponent("hostile")
    static let goodSeeds = ["000_458f8ed6d5bec65d.txt", "002_73b0f846392eb133.txt", "004_e4a73cddc4d3395e.txt"]

    /// Peak resident memory allowed for the batch with the 100 MB page, read with a 1 MiB cap by
    /// two workers (about 90 MiB in a debug build): reading the page whole would need several
    /// times its size. Under `scripts/sanitize` (which sets `YAODIAN_SANITIZER`) the shadow
    /// memory of the sanitizer is allowed for.
    static var peakMemoryBound: Int {
        switch ProcessInfo.processInfo.environment["YAODIAN_SANITIZER"] {
        case "address": return 2048 << 20
        case "thread": return 3072 << 20
        default: return 200 << 20
        }
    }

    // MARK: Running the binary

    struct Run {
        var status: Int32
        var stderr: String
        /// Peak resident set size of the child in bytes (GNU time, else getrusage).
        var peakRSS: Int
    }

    /// Runs `yaodian` to its end; as user `nobody` (through `setpriv`) when `unprivileged`.
    static func run(_ arguments: [String], unprivileged: Bool = false) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let errURL = scratch.appendingPathComponent("stderr"), rssURL = scratch.appendingPathComponent("rss")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        var command = [YaodianProcess.binary.path] + arguments
        if unprivileged { command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command }
        let gnuTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        if gnuTime { command = ["/usr/bin/time", "-f", "%M", "-o", rssURL.path] + command }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        var peak = 0
        if gnuTime, let text = try? String(contentsOf: rssURL, encoding: .utf8),
           let kib = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            peak = kib << 10
        } else {
            // The largest child this process has waited for: an upper bound of this one.
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            peak = usage.ru_maxrss << 10
        }
        return Run(status: process.terminationStatus, stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                   peakRSS: peak)
    }

    /// Whether the test can make a file unreadable: not as root, unless it can run as `nobody`.
    static var canDropPrivileges: Bool {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    // MARK: Inputs

    static func copyGood(into dir: URL) throws {
        for name in goodSeeds {
            try FileManager.default.copyItem(at: GoldCorpusTests.corpus.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
    }

    /// A 100 MB page of plan paragraphs, written 1 MiB at a time.
    static func writeHugePage(_ url: URL) throws {
        let paragraph = "<p>（一）完善疾病预防控制体系。全区建成标准化预防接种门诊12家，居民健康素养水平达到30%以上。</p>\n"
        var chunk = Data(String(repeating: paragraph, count: (1 << 20) / paragraph.utf8.count).utf8)
        chunk.append(Data(repeating: 0x20, count: (1 << 20) - chunk.count))
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("<html><head><title>2023年青溪区卫生健康工作要点</title></head><body><p>一、提升公共卫生服务能力</p>\n".utf8))
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
    }

    /// 100,000 nested elements with text at the bottom, between two ordinary paragraphs
    /// (`<ul>`, so that the page stays under the 1 MiB cap of the batch).
    static func deepPage() -> String {
        let depth = 100_000
        return "<html><body><p>一、外层的正文开始。</p>" + String(repeating: "<ul>", count: depth) + "<p>最深处的文字</p>"
            + String(repeating: "</ul>", count: depth) + "<p>二、外层的正文结束。</p></body></html>"
    }

    // MARK: Reading the outputs

    /// `documents.jsonl` as doc_id → (line, decoded object).
    static func documents(_ out: URL) throws -> [String: (line: String, object: [String: Any])] {
        let text = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        var result: [String: (String, [String: Any])] = [:]
        for line in text.split(separator: "\n") {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            result[try XCTUnwrap(object["doc_id"] as? String)] = (String(line), object)
        }
        return result
    }

    /// Rows of a CSV table whose first cell is one of `ids`, in file order.
    static func rows(_ out: URL, _ table: String, ids: Set<String>) throws -> [String] {
        let text = try String(contentsOf: out.appendingPathComponent(table), encoding: .utf8)
        return text.components(separatedBy: "\r\n").filter { row in ids.contains { row.hasPrefix($0 + ",") } }
    }

    static func errorRows(_ out: URL) throws -> [String] {
        try String(contentsOf: out.appendingPathComponent("errors.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    }

    // MARK: The test

    func testHostileBatch() throws {
        try YaodianProcess.requireBinary()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-hostile-\(UUID().uuidString)")
        let mixed = base.appendingPathComponent("mixed"), clean = base.appendingPathComponent("clean")
        for dir in [mixed, clean] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: base) }
        try Self.copyGood(into: mixed)
        try Self.copyGood(into: clean)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.hostile.path) {
            try FileManager.default.copyItem(at: Self.hostile.appendingPathComponent(name), to: mixed.appendingPathComponent(name))
        }
        try Self.writeHugePage(mixed.appendingPathComponent("huge.html"))
        try Data(Self.deepPage().utf8).write(to: mixed.appendingPathComponent("deep.html"))
        let secret = "SECRET-\(UUID().uuidString)"
        let secretFile = base.appendingPathComponent("secret.txt")
        try Data(secret.utf8).write(to: secretFile)
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE html [<!ENTITY xxe SYSTEM "file://\(secretFile.path)"> <!ENTITY % p SYSTEM "file://\(secretFile.path)"> %p;]>
        <html><body><p>一、总体要求&xxe;</p><p>二、重点任务。</p></body></html>
        """
        try Data(xxe.utf8).write(to: mixed.appendingPathComponent("xxe-local.html"))

        let outMixed = base.appendingPathComponent("out-mixed"), outClean = base.appendingPathComponent("out-clean")
        let mixedRun = try Self.run(["extract", mixed.path, "--out", outMixed.path, "--jobs", "2", "--max-input-mib", "1", "--quiet"])
        XCTAssertEqual(mixedRun.status, 0, mixedRun.stderr)
        print("HostileBatchTests: peak RSS of the batch with the 100 MB page: \(mixedRun.peakRSS >> 20) MiB (bound \(Self.peakMemoryBound >> 20) MiB)")
        XCTAssertGreaterThan(mixedRun.peakRSS, 0)
        XCTAssertLessThan(mixedRun.peakRSS, Self.peakMemoryBound, "peak RSS \(mixedRun.peakRSS >> 20) MiB")
        let cleanRun = try Self.run(["extract", clean.path, "--out", outClean.path, "--jobs", "1", "--quiet"])
        XCTAssertEqual(cleanRun.status, 0, cleanRun.stderr)

        // Good documents: identical to the run without the bad ones (source paths aside).
        let good = Set(Self.goodSeeds.map { String($0.dropLast(4)) })
        let docsMixed = try Self.documents(outMixed), docsClean = try Self.documents(outClean)
        for id in good {
            let a = try XCTUnwrap(docsMixed[id]?.line).replacingOccurrences(of: mixed.path, with: "ROOT")
            let b = try XCTUnwrap(docsClean[id]?.line).replacingOccurrences(of: clean.path, with: "ROOT")
            XCTAssertEqual(a, b, id)
        }
        for table in ["clauses.csv", "targets.csv", "responsibilities.csv", "flags.csv"] {
            XCTAssertEqual(try Self.rows(outMixed, table, ids: good), try Self.rows(outClean, table, ids: good), table)
        }
        XCTAssertEqual(try Self.rows(outMixed, "documents.csv", ids: good).map { $0.replacingOccurrences(of: mixed.path, with: "ROOT") },
                       try Self.rows(outClean, "documents.csv", ids: good).map { $0.replacingOccurrences(of: clean.path, with: "ROOT") })

        // Bad documents: an error row each for what cannot be read at all…
        let errors = try Self.errorRows(outMixed)
        XCTAssertEqual(Set(errors.compactMap { $0.split(separator: ",").first.map(String.init) }), ["binary", "empty"], "\(errors)")
        XCTAssertTrue(errors.allSatisfy { $0.contains(",ingest,") })

        // …a flag for what was read damaged…
        func body(_ id: String) throws -> String { try XCTUnwrap(docsMixed[id]?.object["body"] as? String, id) }
        func flags(_ id: String) throws -> [[String: Any]] { try XCTUnwrap(docsMixed[id]?.object["flags"] as? [[String: Any]], id) }
        func flagged(_ id: String, _ flag: String, detail: String = "") throws -> Bool {
            try flags(id).contains { ($0["flag"] as? String) == flag && (detail.isEmpty || ($0["detail"] as? String ?? "").contains(detail)) }
        }
        func encoding(_ id: String) -> String? { docsMixed[id]?.object["encoding"] as? String }
        let hugeFlags = try flags("huge"), deepFlags = try flags("deep")
        XCTAssertTrue(try flagged("huge", "truncated", detail: "size cap"), "\(hugeFlags)")
        XCTAssertTrue(try flagged("deep", "truncated", detail: "nested deeper"), "\(deepFlags)")
        XCTAssertTrue(try body("deep").contains("二、外层的正文结束。"))
        XCTAssertFalse(try body("deep").contains("最深处"))
        for id in ["invalid-bytes", "kunjinkao", "mojibake-utf8-read-as-gbk"] {
            XCTAssertTrue(try flagged(id, "mojibake"), id)
        }
        let hugeRow = try XCTUnwrap(try Self.rows(outMixed, "documents.csv", ids: ["huge"]).first)
        XCTAssertTrue(hugeRow.contains(",true,"), hugeRow)

        // …and the right text for what was only oddly encoded or oddly written.
        let plan = "一、提升公共卫生服务能力"
        let expectedEncodings = ["gbk-declared-utf8": "gb18030", "gbk-undeclared": "gb18030", "gbk-header-line": "gb18030",
                                 "utf8-declared-gbk": "utf-8", "utf16le-bom": "utf-16le", "utf16be-bom": "utf-16be",
                                 "big5-declared-gb2312": "big5", "utf8-bom": "utf-8", "nul-bytes": "utf-8"]
        for (id, expected) in expectedEncodings {
            XCTAssertEqual(encoding(id), expected, id)
            let kinds = try flags(id).map { $0["flag"] as? String }
            XCTAssertFalse(kinds.contains("mojibake"), id)
        }
        for id in ["gbk-declared-utf8", "gbk-header-line", "utf8-declared-gbk", "utf16le-bom", "utf16be-bom", "nul-bytes",
                   "misnested", "script-style-comments", "hidden-spam", "unclosed-comment", "xxe"] {
            let text = try body(id)
            XCTAssertTrue(text.contains(plan), "\(id): \(text)")
        }
        XCTAssertTrue(try body("big5-declared-gb2312").contains("一、提升公共衛生服務能力"))
        let misnested = try body("misnested")
        XCTAssertTrue(misnested.contains("二、加强组织保障") && misnested.contains("确保各项任务按期完成"), misnested)

        // Nothing hidden, scripted, commented, declared or fetched reaches any body.
        let leaks = ["澳门", "注册送", "买药", "零尺寸", "字号为零", "样式表", "统计代码", "旧版", "CDATA", "脚本里", "开启脚本",
                     "不应出现", "ENTITY", "%remote", "HTTP/1.1", "Content-Type", "root:x:0", secret, "\u{0}"]
        for (id, doc) in docsMixed {
            let text = try XCTUnwrap(doc.object["body"] as? String)
            for leak in leaks { XCTAssertFalse(text.contains(leak), "\(id) leaks 「\(leak)」") }
        }

        // Exit statuses: --strict turns a document error into 1…
        let small = base.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.hostile.appendingPathComponent("empty.html"), to: small.appendingPathComponent("empty.html"))
        try FileManager.default.copyItem(at: GoldCorpusTests.corpus.appendingPathComponent(Self.goodSeeds[1]),
                                         to: small.appendingPathComponent(Self.goodSeeds[1]))
        XCTAssertEqual(try Self.run(["extract", small.path, "--out", base.appendingPathComponent("o1").path, "--quiet"]).status, 0)
        XCTAssertEqual(try Self.run(["extract", small.path, "--out", base.appendingPathComponent("o2").path, "--quiet", "--strict"]).status, 1)

        // …a path that does not exist (given, or listed in --files-from) gives 4, with its error row…
        let goodFile = small.appendingPathComponent(Self.goodSeeds[1]).path
        let gone = base.appendingPathComponent("gone.html").path
        let outMissing = base.appendingPathComponent("o3")
        let missing = try Self.run(["extract", goodFile, gone, "--out", outMissing.path, "--quiet"])
        XCTAssertEqual(missing.status, 4, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("gone.html"), missing.stderr)
        let missingRows = try Self.errorRows(outMissing)
        XCTAssertTrue(missingRows.contains { $0.contains(gone) }, "\(missingRows)")
        XCTAssertEqual(try Self.documents(outMissing).count, 1, "the readable input is still extracted")
        let list = base.appendingPathComponent("list.txt")
        try Data((goodFile + "\n" + gone + "\n").utf8).write(to: list)
        let listed = try Self.run(["extract", "--files-from", list.path, "--out", base.appendingPathComponent("o4").path, "--quiet"])
        XCTAssertEqual(listed.status, 4, listed.stderr)
        XCTAssertTrue(listed.stderr.contains("no such file"), listed.stderr)
        // …and so does a folder with nothing to read.
        let emptyDir = base.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: emptyDir, withIntermediateDirectories: true)
        let nothing = try Self.run(["extract", emptyDir.path, "--out", base.appendingPathComponent("o5").path, "--quiet"])
        XCTAssertEqual(nothing.status, 4)
        XCTAssertTrue(nothing.stderr.contains("no input document"), nothing.stderr)

        // An output folder that cannot be created gives 3.
        let blocked = try Self.run(["extract", goodFile, "--out", goodFile + "/out", "--quiet"])
        XCTAssertEqual(blocked.status, 3, blocked.stderr)
        XCTAssertTrue(blocked.stderr.contains("cannot write"), blocked.stderr)

        // An unreadable file gives 5 and its row; a read-only output folder gives 3.
        if geteuid() != 0 || Self.canDropPrivileges {
            let unprivileged = geteuid() == 0
            let shared = base.appendingPathComponent("shared")
            try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: goodFile, toPath: shared.appendingPathComponent("ok.txt").path)
            try Data("一、总体要求".utf8).write(to: shared.appendingPathComponent("locked.html"))
            chmod(base.path, 0o755)
            chmod(shared.path, 0o777)
            chmod(shared.appendingPathComponent("ok.txt").path, 0o644)
            chmod(shared.appendingPathComponent("locked.html").path, 0)
            let outLocked = shared.appendingPathComponent("out")
            let locked = try Self.run(["extract", shared.path, "--out", outLocked.path, "--quiet"], unprivileged: unprivileged)
            XCTAssertEqual(locked.status, 5, locked.stderr)
            XCTAssertTrue(locked.stderr.contains("permission denied"), locked.stderr)
            let lockedRows = try Self.errorRows(outLocked)
            XCTAssertTrue(lockedRows.contains { $0.hasPrefix("locked,") && $0.contains("permission denied") }, "\(lockedRows)")
            let readOnly = shared.appendingPathComponent("read-only")
            try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
            chmod(readOnly.path, 0o555)
            let denied = try Self.run(["extract", shared.appendingPathComponent("ok.txt").path, "--out", readOnly.path, "--quiet"],
                                      unprivileged: unprivileged)
            XCTAssertEqual(denied.status, 3, denied.stderr)
            chmod(readOnly.path, 0o755)
        }
    }
}
