import Foundation
import YaodianCore

/// The whole document path on arbitrary bytes, for libFuzzer: decode, clean (libxml2), metadata,
/// segment, extract, audit, then the JSON line and CSV rows. A per-document error is a normal
/// outcome; a crash, a sanitizer report or a broken `RecordInvariants` property is a finding.
///
/// `scripts/fuzz` builds this target with `-sanitize=fuzzer,address` and `-DYAODIAN_LIBFUZZER`,
/// and its `main` runs libFuzzer's driver. In an ordinary `swift build` it is a replay tool
/// instead: `swift run YaodianFuzz FILE...` runs saved inputs through the same path.
enum FuzzHarness {
    static let pipeline = DocumentPipeline()

    /// Runs one input; traps (a finding) when the record breaks an invariant. An input whose
    /// last byte is 0x7F is read with a size cap at three quarters of its length, so that the
    /// fuzzer also reaches the paths of a capped input (a character cut in half at the cap).
    static func run(_ bytes: [UInt8]) {
        var pipeline = Self.pipeline
        if bytes.count >= 8, bytes.last == 0x7F { pipeline.decoder = TextDecoder(maxBytes: bytes.count * 3 / 4) }
        let source = DocumentSource(docID: "fuzz", sourcePath: "fuzz.html", bytes: bytes)
        guard let record = try? pipeline.process(source) else { return }
        let problems = RecordInvariants.violations(of: record)
        if !problems.isEmpty {
            fatalError("record invariants broken: " + problems.joined(separator: "; "))
        }
        guard (try? DocumentLineEncoder().encode(record)) != nil else { fatalError("record does not encode as JSON") }
        _ = CSVTables.documentRow(record)
        _ = CSVTables.clauseRows(record)
        _ = CSVTables.targetRows(record)
        _ = CSVTables.responsibilityRows(record)
        _ = CSVTables.flagRows(record)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else {
        FuzzHarness.run([])
        return 0
    }
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if YAODIAN_LIBFUZZER
/// libFuzzer's own entry point (FuzzerDriver.cpp), called with the C calling convention.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's `main` to its `@main` type, so libFuzzer's own `main` is never
/// used: this one hands the command line to libFuzzer's driver.
@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, { data, size in fuzzTestOneInput(data, size) }))
    }
}
#else
/// Replays saved inputs (files or folders of them) through the fuzz harness.
@main
enum FuzzReplay {
    static func main() {
        let fm = FileManager.default
        var files: [String] = []
        for path in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                FileHandle.standardError.write(Data("no such file: \(path)\n".utf8))
                exit(2)
            }
            if isDir.boolValue {
                let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = fm.contents(atPath: file) else { continue }
            FuzzHarness.run([UInt8](data))
            print("ok \(file)")
        }
    }
}
#endif
