import Dispatch
import Foundation
import YaodianCore

/// Turns SIGINT (Ctrl-C) and SIGTERM into a clean end of `extract`: the run's temporary
/// `.partial` files are deleted and the process exits with 130 or 143 (128 + the signal's
/// number, what a shell reports for a process the signal killed). The previous outputs in the
/// folder stay as they were; a database keeps the documents committed before the signal.
///
/// The handlers run on a dispatch queue of their own (`DispatchSource.makeSignalSource`), not in
/// a C signal handler, so they may take locks and delete files; while the outputs are being
/// renamed into place they wait for the renames to end (`TemporaryFileRegistry`).
enum InterruptHandler {
    /// Installs the handlers; keep the returned sources alive for as long as they should act.
    static func install(registry: TemporaryFileRegistry) -> [any DispatchSourceSignal] {
        let queue = DispatchQueue(label: "yaodian.signals")
        return [(SIGINT, Int32(130)), (SIGTERM, Int32(143))].map { signalNumber, status in
            // The default action would end the process before the handler runs.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                let name = signalNumber == SIGINT ? "SIGINT" : "SIGTERM"
                FileHandle.standardError.write(Data("\nyaodian: \(name): stopped, temporary files removed\n".utf8))
                registry.removeAllAndExit(status: status)
            }
            source.resume()
            return source
        }
    }
}
