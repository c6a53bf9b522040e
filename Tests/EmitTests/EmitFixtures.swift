import Foundation
@testable import YaodianCore

/// Records for the emit tests, written in the style of the seeds (a county plan with a tagged
/// clause, a target, a range, a redacted value, an unattributed party and flags), and the real
/// pipeline output on `corpus/`.
enum EmitFixtures {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")

    static func sha(_ seed: Character) -> String { String(repeating: seed, count: 64) }

    static func record(docID: String = "plans_某某县2022", sha256: String = sha("a"), sourcePath: String = "plans/某某县2022.txt",
                       indicator: String = "居民健康素养水平") -> DocumentRecord {
        var meta = DocumentMetadata()
        meta.title = "某某县2022年卫生健康工作要点"
        meta.docNumber = "某卫发〔2022〕5号"
        meta.publisher = "某某县卫生健康局"
        meta.publishedDate = "2022-03-09"
        meta.region = "某某县"
        meta.planYear = "2022"
        meta.attachments = ["任务分解表"]
        let child = Clause(id: "1.1", parentID: "1", depth: 2, markerStyle: .arabic, ordinal: 1, marker: "1.",
                           heading: "\(indicator)达到30%", text: "\(indicator)达到30%。", start: 12, end: 60)
        let top = Clause(id: "1", parentID: nil, depth: 1, markerStyle: .cnDun, ordinal: 1, marker: "一、",
                         heading: "加强公共卫生", text: "加强公共卫生", start: 0, end: 11, children: [child])
        let paragraph = Clause(id: "2", parentID: nil, depth: 1, markerStyle: .paragraph, ordinal: nil, marker: "",
                               heading: "=做好其他工作", text: "=做好其他工作。", start: 61, end: 68)
        let targets = [
            Target(clauseID: "1.1", indicator: indicator, comparator: .ge, value: 30, valueMax: nil, unit: "%",
                   deadline: "年内", kind: .target, redacted: false, raw: "\(indicator)达到30%以上", start: 14, end: 28),
            Target(clauseID: nil, indicator: "每千人口医师数", comparator: .range, value: -3.5, valueMax: 3.4, unit: "",
                   deadline: "", kind: .baseline, redacted: false, raw: "-3.5-3.4", start: 30, end: 38),
            Target(clauseID: "1.1", indicator: "建档立卡人数", comparator: .eq, value: nil, valueMax: nil, unit: "人",
                   deadline: "", kind: .achievement, redacted: true, raw: "***人", start: 40, end: 44),
        ]
        let parties = [
            Responsibility(clauseID: "1.1", partyKind: .person, role: .lead, name: "王某", label: "牵头领导",
                           raw: "（牵头领导：王某；责任科室：疾控科、医政科）", start: 45, end: 60),
            Responsibility(clauseID: "1.1", partyKind: .unit, role: .responsible, name: "疾控科", label: "责任科室",
                           raw: "（牵头领导：王某；责任科室：疾控科、医政科）", start: 45, end: 60),
            Responsibility(clauseID: "1.1", partyKind: .unit, role: .responsible, name: "医政科", label: "责任科室",
                           raw: "（牵头领导：王某；责任科室：疾控科、医政科）", start: 45, end: 60),
            Responsibility(clauseID: nil, partyKind: .unit, role: .cooperating, name: "+各乡镇", label: "",
                           raw: "（各乡镇配合）", start: 69, end: 75),
        ]
        let flags = [
            QualityFlag(flag: .truncated, detail: "paywall, \"未完\"", start: 68, end: 68),
            QualityFlag(flag: .redactedValues, detail: "masked number 「***」", start: 40, end: 43),
        ]
        return DocumentRecord(docID: docID, sourcePath: sourcePath, sha256: sha256, format: "text",
                              encoding: "utf-8", metadata: meta, body: String(repeating: "文", count: 75),
                              clauses: [top, paragraph], targets: targets, responsibilities: parties, flags: flags)
    }

    /// The pipeline's records for the seeds in `corpus/`.
    static func corpusRecords() -> [DocumentRecord] {
        let (inputs, _) = InputCollector().collect([corpus.path])
        return inputs.compactMap { input in
            if case .success(let record) = DocumentPipeline().process(input) { return record }
            return nil
        }
    }

    static func temporaryDirectory(_ label: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-\(label)-\(UUID().uuidString)")
    }

    /// A JSON value decoded with Foundation, as a reader of the file would get it.
    static func jsonObject(_ bytes: [UInt8]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(bytes))
    }
}
