import Foundation
import YaodianModel

/// Properties every `DocumentRecord` must have, whatever its input: checked by the fuzzer
/// (`Sources/YaodianFuzz`) on each generated document and by the regression tests on every saved
/// fuzz finding, so a malformed page that yields a wrong offset fails as loudly as a crash.
///
/// - the body holds no NUL and no carriage return (it is one paragraph per `\n`-separated line);
/// - every span (`start`–`end` of a clause, target, responsibility, flag or unexplained number)
///   satisfies `0 ≤ start ≤ end ≤` the number of Unicode scalars in the body;
/// - a target's and a responsibility's `raw` is exactly `body[start:end]` (README, Output files);
/// - clause ids are unique, and a child's id starts with its parent's.
///
/// ```swift
/// let problems = RecordInvariants.violations(of: record)   // [] for a sound record
/// ```
public enum RecordInvariants {
    public static func violations(of record: DocumentRecord) -> [String] {
        let body = Array(record.body.unicodeScalars)
        var problems: [String] = []
        if body.contains("\u{0}") { problems.append("body contains NUL") }
        if body.contains("\r") { problems.append("body contains a carriage return") }
        func check(_ what: String, _ start: Int, _ end: Int) {
            if start < 0 || start > end || end > body.count {
                problems.append("\(what) span \(start)–\(end) outside the body of \(body.count) scalars")
            }
        }
        func slice(_ start: Int, _ end: Int) -> String {
            guard start >= 0, start <= end, end <= body.count else { return "" }
            return String(String.UnicodeScalarView(body[start..<end]))
        }
        var ids: Set<String> = []
        for clause in record.clauses.flattened {
            check("clause \(clause.id)", clause.start, clause.end)
            if !ids.insert(clause.id).inserted { problems.append("clause id \(clause.id) repeated") }
            if let parent = clause.parentID, !clause.id.hasPrefix(parent + ".") {
                problems.append("clause \(clause.id) is not under its parent \(parent)")
            }
        }
        for target in record.targets {
            check("target \(target.raw)", target.start, target.end)
            if slice(target.start, target.end) != target.raw {
                problems.append("target raw 「\(target.raw)」 is not the body at \(target.start)–\(target.end)")
            }
        }
        for party in record.responsibilities {
            check("responsibility \(party.raw)", party.start, party.end)
            if slice(party.start, party.end) != party.raw {
                problems.append("responsibility raw 「\(party.raw)」 is not the body at \(party.start)–\(party.end)")
            }
        }
        for flag in record.flags { check("flag \(flag.flag.rawValue)", flag.start, flag.end) }
        for span in record.confidence.unexplained {
            if span.count != 2 {
                problems.append("unexplained span \(span) is not a pair")
            } else {
                check("unexplained number", span[0], span[1])
            }
        }
        return problems
    }
}
