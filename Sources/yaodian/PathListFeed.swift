import Foundation
import YaodianCore

/// The inputs of `extract --files-from FILE|-` as a stream: the paths given as arguments first,
/// then the listed paths, one per line, read on a thread of their own as they arrive. (Without
/// `--files-from`, the batch pulls inputs straight from the `InputWalker`.) A batch
/// engine can so write paths to standard input one at a time and read each document's JSON
/// line from standard output before it sends the next.
///
/// Blank lines are skipped; a line is a path relative to the working directory (a directory
/// is walked as on the command line). A listed path that does not exist is handed on as an
/// input, which then fails as unreadable and becomes a row of `errors.csv` in its place.
enum PathListFeed {
    static func stream(walker: InputWalker, filesFrom listPath: String, collector: InputCollector) -> AsyncStream<InputLocation> {
        let (stream, continuation) = AsyncStream.makeStream(of: InputLocation.self)
        while let input = walker.next() { continuation.yield(input) }
        let allocator = walker.allocator
        let thread = Thread {
            var allocator = allocator
            defer { continuation.finish() }
            guard let file = listPath == "-" ? fdopen(STDIN_FILENO, "r") : fopen(listPath, "r") else {
                Console.error("cannot read the list of inputs \(listPath)")
                return
            }
            defer { if listPath != "-" { fclose(file) } }
            var buffer: UnsafeMutablePointer<CChar>?
            var capacity = 0
            defer { free(buffer) }
            while getline(&buffer, &capacity, file) >= 0 {
                guard let raw = buffer else { break }
                var line = String(cString: raw)
                while let last = line.unicodeScalars.last, last == "\n" || last == "\r" { line.unicodeScalars.removeLast() }
                guard !line.allSatisfy(\.isWhitespace) else { continue }
                let (inputs, problems) = collector.collect([line], allocator: &allocator)
                for input in inputs { continuation.yield(input) }
                for problem in problems {
                    let url = URL(fileURLWithPath: problem.path)
                    continuation.yield(InputLocation(docID: allocator.allocate(for: url.lastPathComponent), fileURL: url,
                                                     sourcePath: problem.path))
                }
            }
        }
        thread.start()
        return stream
    }
}
