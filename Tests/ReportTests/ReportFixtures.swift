import Foundation
@testable import YaodianCore

/// Small documents for the report tests, written like the seeds: a county plan with a title, a
/// `一、` chapter, two `1.`/`2.` items, a labelled responsibility tag, targets (two of them
/// crossing a tag), a point flag and a flag that runs over a clause boundary. The body holds
/// everything a page must escape (`<b>`, `&`, quotes, `5<6`), a URL, and 𠮷 (outside the Basic
/// Multilingual Plane, so a UTF-16 offset would be off by one after it).
enum ReportFixtures {
    static let body = """
    2023年某县卫生健康工作要点
    一、总体要求 <b>&"'</b>
    1.完善疾控体系。𠮷年内建成3家示范门诊。（牵头领导：钱博；责任科室：疾控科、医政科等）
    2.提升服务能力，项目数达到5<6项。详见http://example.com/x?a=1&b=2
    """

    /// Unicode scalar offsets of the first occurrence of `needle` in `body` (after `after`).
    static func span(_ needle: String, in body: String = body, after: Int = 0) -> (start: Int, end: Int) {
        let hay = Array(body.unicodeScalars)
        let pin = Array(needle.unicodeScalars)
        var i = after
        while i + pin.count <= hay.count {
            if Array(hay[i..<(i + pin.count)]) == pin { return (i, i + pin.count) }
            i += 1
        }
        preconditionFailure("\(needle) not in body")
    }

    static func slice(_ start: Int, _ end: Int, in body: String = body) -> String {
        String(String.UnicodeScalarView(Array(body.unicodeScalars)[start..<end]))
    }

    static func record(docID: String = "004_demo", title: String = "2023年某县卫生健康工作要点") -> DocumentRecord {
        var meta = DocumentMetadata()
        meta.title = title
        meta.region = "某县"
        meta.planYear = "2023"
        meta.publisher = "某县卫生健康局"

        let chapterLine = span("一、总体要求 <b>&\"'</b>")
        let item1 = span("1.完善疾控体系。𠮷年内建成3家示范门诊。（牵头领导：钱博；责任科室：疾控科、医政科等）")
        let item2 = span("2.提升服务能力，项目数达到5<6项。详见http://example.com/x?a=1&b=2")
        let tag = span("（牵头领导：钱博；责任科室：疾控科、医政科等）")
        let target = span("建成3家示范门诊")
        let crossing = span("示范门诊。（牵头领导")
        let second = span("项目数达到5<6项")
        let acrossClauses = span("医政科等）\n2.提升")

        let c11 = Clause(id: "1.1", parentID: "1", depth: 2, markerStyle: .arabic, ordinal: 1, marker: "1.",
                         heading: "完善疾控体系", text: "完善疾控体系。𠮷年内建成3家示范门诊。", start: item1.start, end: item1.end)
        let c12 = Clause(id: "1.2", parentID: "1", depth: 2, markerStyle: .arabic, ordinal: 2, marker: "2.",
                         heading: "提升服务能力，项目数达到5<6项", text: "提升服务能力，项目数达到5<6项。详见http://example.com/x?a=1&b=2",
                         start: item2.start, end: item2.end)
        let c1 = Clause(id: "1", parentID: nil, depth: 1, markerStyle: .cnDun, ordinal: 1, marker: "一、",
                        heading: "总体要求 <b>&\"'</b>", text: "总体要求 <b>&\"'</b>", start: chapterLine.start,
                        end: chapterLine.end, children: [c11, c12])
        let raw = "（牵头领导：钱博；责任科室：疾控科、医政科等）"
        return DocumentRecord(
            docID: docID, sourcePath: "corpus/\(docID).txt", sha256: String(repeating: "a", count: 64), format: "text",
            encoding: "utf-8", metadata: meta, body: body, clauses: [c1],
            targets: [
                Target(clauseID: "1.1", indicator: "示范门诊", comparator: .eq, value: 3, valueMax: nil, unit: "家",
                       deadline: "年内", kind: .target, redacted: false, raw: "建成3家示范门诊", start: target.start, end: target.end),
                Target(clauseID: "1.1", indicator: "示范门诊<交叉>", comparator: .eq, value: nil, valueMax: nil, unit: "",
                       deadline: "", kind: .target, redacted: false, raw: "示范门诊。（牵头领导", start: crossing.start, end: crossing.end),
                Target(clauseID: "1.2", indicator: "项目数", comparator: .range, value: 5, valueMax: 6, unit: "项",
                       deadline: "", kind: .target, redacted: false, raw: "项目数达到5<6项", start: second.start, end: second.end),
            ],
            responsibilities: [
                Responsibility(clauseID: "1.1", partyKind: .person, role: .lead, name: "钱博", label: "牵头领导", raw: raw,
                               start: tag.start, end: tag.end),
                Responsibility(clauseID: "1.1", partyKind: .unit, role: .responsible, name: "疾控科", label: "责任科室", raw: raw,
                               start: tag.start, end: tag.end),
                Responsibility(clauseID: "1.1", partyKind: .unit, role: .responsible, name: "医政科", label: "责任科室", raw: raw,
                               start: tag.start, end: tag.end),
            ],
            flags: [
                QualityFlag(flag: .tocRemoved, detail: "table of contents of 3 lines removed", start: 0, end: 0),
                QualityFlag(flag: .truncated, detail: "banner removed: (http://mirror.example <x>)", start: acrossClauses.start,
                            end: acrossClauses.end),
            ])
    }
}
