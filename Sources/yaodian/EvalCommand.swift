import ArgumentParser
import Foundation
import YaodianCore

/// `yaodian eval --gold DIR OUT`: precision, recall and F1 per field family against gold annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score an output folder against gold annotations (precision, recall, F1 per field family)."
    )

    @Option(name: .long, help: "Folder of gold annotations (<doc_id>.json), e.g. corpus/gold.")
    var gold: String

    @Argument(help: "Output folder of `yaodian extract` (reads documents.jsonl).")
    var out: String

    @Flag(name: .long, help: "Print the scores as JSON.")
    var json = false

    @Option(name: .long, help: "Exit with status 1 if any family's overall F1 is below this value.")
    var minF1: Double?

    @Option(name: .customLong("min-f1-for"), parsing: .singleValue,
            help: ArgumentHelp("A family's own minimum, overriding --min-f1 for it (repeatable).", valueName: "FAMILY=F1"))
    var familyMinimums: [String] = []

    func validate() throws {
        _ = try minimums()
    }

    /// The minimum F1 of each family named by `--min-f1-for`.
    func minimums() throws -> [String: Double] {
        var out: [String: Double] = [:]
        for entry in familyMinimums {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, GoldEvaluator.families.contains(parts[0]), let value = Double(parts[1]) else {
                throw ValidationError("--min-f1-for takes FAMILY=F1 with a family of: \(GoldEvaluator.families.joined(separator: ", "))")
            }
            out[parts[0]] = value
        }
        return out
    }

    func run() throws {
        let annotations = try GoldLoader.annotations(in: URL(fileURLWithPath: gold))
        let records = try GoldLoader.records(in: URL(fileURLWithPath: out))
        let report = GoldEvaluator().evaluate(gold: annotations, output: records)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(ScoreTable.render(report))
        }
        let own = try minimums()
        guard minF1 != nil || !own.isEmpty else { return }
        let failing = report.overall.compactMap { family, score -> String? in
            guard let minimum = own[family] ?? minF1, score.f1 < minimum else { return nil }
            let short = report.documents.filter { ($0.families[family]?.f1 ?? 1) < minimum }.map(\.docID)
            return "\(family) \(String(format: "%.3f", score.f1)) < \(minimum) (short: \(short.joined(separator: " ")))"
        }.sorted()
        if !failing.isEmpty {
            Console.error("F1 below the minimum in: \(failing.joined(separator: ", "))")
            throw ExitCode(1)
        }
    }
}

/// Plain-text tables of an evaluation: overall per family, then F1 per document and family.
enum ScoreTable {
    static func render(_ report: GoldEvaluator.Report) -> String {
        let families = GoldEvaluator.families.filter { report.overall[$0] != nil }
        var lines = ["family            precision  recall     F1   (tp / predicted / gold)"]
        for f in families {
            guard let s = report.overall[f] else { continue }
            lines.append(pad(f, 17) + " " + fmt(s.precision) + "   " + fmt(s.recall) + "  " + fmt(s.f1)
                         + "   (\(s.truePositives) / \(s.predicted) / \(s.expected))")
        }
        lines.append("")
        lines.append("F1 per document")
        lines.append(pad("doc_id", 28) + families.map { pad(String($0.prefix(8)), 9) }.joined())
        for d in report.documents {
            let cells = families.map { f in d.families[f].map { pad(fmt($0.f1), 9) } ?? pad("-", 9) }
            lines.append(pad(d.docID + (d.missing ? " (missing)" : ""), 28) + cells.joined())
        }
        return lines.joined(separator: "\n")
    }

    static func fmt(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        var s = String(v)
        while s.count < 5 { s += "0" }
        return s
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let w = s.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
        return s + String(repeating: " ", count: max(1, width - w))
    }
}
