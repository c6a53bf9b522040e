import YaodianText
import YaodianModel

/// Finds gaps and duplicates within a numbered sequence of clauses.
///
/// Siblings of one style under one parent form a group. A group that starts at 1 restarts the
/// numbering; a group that starts elsewhere continues the previous group of the same style and
/// depth (numbering that runs on across parents). An ordinal missing from a sequence is a
/// gap, a repeated one a duplicate, except where a truncation cut lies between the two clauses.
public enum NumberingChecker {
    public static func check(_ clauses: [Clause], cuts: [Int]) -> [QualityFlag] {
        var flags: [QualityFlag] = []
        var lastByStyleDepth: [String: (ordinal: Int, start: Int)] = [:]
        var queue: [[Clause]] = [clauses]
        var groups: [[Clause]] = []
        while !queue.isEmpty {
            let siblings = queue.removeFirst()
            var byStyle: [MarkerStyle: [Clause]] = [:]
            var order: [MarkerStyle] = []
            for c in siblings {
                if byStyle[c.markerStyle] == nil { order.append(c.markerStyle) }
                byStyle[c.markerStyle, default: []].append(c)
                if !c.children.isEmpty { queue.append(c.children) }
            }
            for style in order where style != .paragraph { groups.append(byStyle[style] ?? []) }
        }
        groups.sort { ($0.first?.start ?? 0) < ($1.first?.start ?? 0) }
        for group in groups {
            guard let first = group.first, let firstOrdinal = first.ordinal else { continue }
            let key = "\(first.markerStyle.rawValue)@\(first.depth)"
            var previous: (ordinal: Int, start: Int)? = firstOrdinal == 1 ? nil : lastByStyleDepth[key]
            if previous == nil, firstOrdinal != 1 {
                previous = (0, first.start)
            }
            for clause in group {
                guard let ordinal = clause.ordinal else { continue }
                if let p = previous {
                    let cutBetween = cuts.contains { $0 >= p.start && $0 <= clause.start }
                    if ordinal == p.ordinal, !cutBetween {
                        flags.append(QualityFlag(flag: .numberingDuplicate, detail: "\(clause.marker) repeats ordinal \(ordinal)",
                                                 start: clause.start, end: clause.end))
                    } else if ordinal > p.ordinal + 1, !cutBetween {
                        flags.append(QualityFlag(flag: .numberingGap, detail: "\(clause.marker) follows ordinal \(p.ordinal)",
                                                 start: clause.start, end: clause.end))
                    }
                }
                previous = (ordinal, clause.start)
            }
            if let p = previous { lastByStyleDepth[key] = p }
        }
        return flags
    }
}
