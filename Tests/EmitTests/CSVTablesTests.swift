import XCTest
@testable import YaodianCore

/// The columns of every CSV table (README, "Output files") and how one document becomes rows.
final class CSVTablesTests: XCTestCase {
    static func sampleRecord(docID: String = "plans/某某县2022") -> DocumentRecord {
        var meta = DocumentMetadata()
        meta.title = "某某县2022年卫生健康工作要点"
        meta.docNumber = "某卫发〔2022〕5号"
        meta.publisher = "某某县卫生健康局"
        meta.publishedDate = "2022-03-09"
        meta.writtenDate = "2022-03-01"
        meta.indexNumber = "0012345/2022-00015"
        meta.region = "某某县"
        meta.planYear = "2022"
        meta.attachments = ["工作要点", "任务分解表"]
        let child = Clause(id: "1.1", parentID: "1", depth: 2, markerStyle: .arabic, ordinal: 1, marker: "1.",
                           heading: "居民健康素养水平达到30%", text: "居民健康素养水平达到30%，“健康某某”行动，再推进。\n另起一行",
                           start: 12, end: 60)
        let top = Clause(id: "1", parentID: nil, depth: 1, markerStyle: .cnDun, ordinal: 1, marker: "一、",
                         heading: "加强公共卫生", text: "加强公共卫生", start: 0, end: 11, children: [child])
        let paragraph = Clause(id: "2", parentID: nil, depth: 1, markerStyle: .paragraph, ordinal: nil, marker: "",
                               heading: "做好其他工作", text: "做好其他工作。", start: 61, end: 68)
        let targets = [
            Target(clauseID: "1.1", indicator: "居民健康素养水平", comparator: .eq, value: 30, valueMax: nil, unit: "%",
                   deadline: "年内", kind: .target, redacted: false, raw: "居民健康素养水平达到30%", start: 14, end: 28),
            Target(clauseID: nil, indicator: "每千人口执业（助理）医师数", comparator: .range, value: 3.09, valueMax: 3.4, unit: "人",
                   deadline: "", kind: .target, redacted: false, raw: "3.09-3.4人", start: 30, end: 38),
            Target(clauseID: "1.1", indicator: "建档立卡人数", comparator: .eq, value: nil, valueMax: nil, unit: "人",
                   deadline: "", kind: .achievement, redacted: true, raw: "***人", start: 40, end: 44),
        ]
        let parties = [
            Responsibility(clauseID: "1.1", partyKind: .person, role: .lead, name: "王某", label: "牵头领导",
                           raw: "（牵头领导：王某；责任科室：疾控科）", start: 45, end: 60),
            Responsibility(clauseID: nil, partyKind: .unit, role: .responsible, name: "疾控科", label: "责任科室",
                           raw: "（牵头领导：王某；责任科室：疾控科）", start: 45, end: 60),
        ]
        let flags = [
            QualityFlag(flag: .truncated, detail: "paywall, \"未完\"", start: 68, end: 68),
            QualityFlag(flag: .redactedValues, detail: "masked number 「***」", start: 40, end: 43),
            QualityFlag(flag: .redactedValues, detail: "masked number 「**」", start: 50, end: 52),
        ]
        return DocumentRecord(docID: docID, sourcePath: "plans/某某县2022.txt", sha256: "ab12", format: "text",
                              encoding: "utf-8", metadata: meta, body: String(repeating: "文", count: 68),
                              clauses: [top, paragraph], targets: targets, responsibilities: parties, flags: flags,
                              confidence: ConfidenceSummary(clauseCoverage: 0.75, numbers: 9, unexplained: [60..<62]))
    }

    func testHeadersAreExactlyThoseOfTheREADME() {
        XCTAssertEqual(CSVTables.documents, ["doc_id", "source_path", "title", "doc_number", "publisher", "published_date",
                                             "written_date", "index_number", "region", "plan_year", "truncated", "flags",
                                             "format", "encoding", "sha256", "attachments", "clause_coverage",
                                             "unexplained_numbers"])
        XCTAssertEqual(CSVTables.clauses, ["doc_id", "clause_id", "parent_id", "depth", "marker_style", "ordinal", "marker",
                                           "heading", "text", "start", "end"])
        XCTAssertEqual(CSVTables.targets, ["doc_id", "clause_id", "indicator", "comparator", "value", "value_max", "unit",
                                           "deadline", "kind", "redacted", "raw", "start", "end"])
        XCTAssertEqual(CSVTables.responsibilities, ["doc_id", "clause_id", "party_kind", "role", "name", "label", "raw",
                                                    "start", "end"])
        XCTAssertEqual(CSVTables.flags, ["doc_id", "flag", "detail", "start", "end"])
        XCTAssertEqual(CSVTables.errors, ["doc_id", "source_path", "stage", "error"])
    }

    func testNumbersAreWrittenAsWritten() {
        XCTAssertEqual(CSVTables.number(30), "30")
        XCTAssertEqual(CSVTables.number(30.0), "30")
        XCTAssertEqual(CSVTables.number(3.09), "3.09")
        XCTAssertEqual(CSVTables.number(1.4025), "1.4025")
        XCTAssertEqual(CSVTables.number(0), "0")
        XCTAssertEqual(CSVTables.number(-2), "-2")
        XCTAssertEqual(CSVTables.number(120_000), "120000")
        XCTAssertEqual(CSVTables.number(nil), "")
    }

    func testDocumentRow() {
        let row = CSVTables.documentRow(Self.sampleRecord())
        XCTAssertEqual(row.count, CSVTables.documents.count)
        XCTAssertEqual(row, ["plans/某某县2022", "plans/某某县2022.txt", "某某县2022年卫生健康工作要点", "某卫发〔2022〕5号",
                             "某某县卫生健康局", "2022-03-09", "2022-03-01", "0012345/2022-00015", "某某县", "2022", "true",
                             "redacted_values;truncated", "text", "utf-8", "ab12", "工作要点;任务分解表", "0.75", "1"])
    }

    func testAnUntruncatedDocumentWithoutFlags() {
        var record = Self.sampleRecord()
        record.flags = []
        let row = CSVTables.documentRow(record)
        XCTAssertEqual(row[10], "false")
        XCTAssertEqual(row[11], "")
    }

    func testClauseRowsAreTheFlattenedTreeInDocumentOrder() {
        let rows = CSVTables.clauseRows(Self.sampleRecord())
        XCTAssertEqual(rows.map { $0.count }, [11, 11, 11])
        XCTAssertEqual(rows[0], ["plans/某某县2022", "1", "", "1", "cn_dun", "1", "一、", "加强公共卫生", "加强公共卫生", "0", "11"])
        XCTAssertEqual(rows[1][1...6], ["1.1", "1", "2", "arabic", "1", "1."])
        XCTAssertEqual(rows[2][1...6], ["2", "", "1", "paragraph", "", ""], "no ordinal and no marker for a paragraph")
    }

    func testTargetRows() {
        let rows = CSVTables.targetRows(Self.sampleRecord())
        XCTAssertEqual(rows.map { $0.count }, [13, 13, 13])
        XCTAssertEqual(rows[0], ["plans/某某县2022", "1.1", "居民健康素养水平", "eq", "30", "", "%", "年内", "target", "false",
                                 "居民健康素养水平达到30%", "14", "28"])
        XCTAssertEqual(rows[1][1], "", "a target outside any clause")
        XCTAssertEqual(rows[1][3...5], ["range", "3.09", "3.4"])
        XCTAssertEqual(rows[2][4...5], ["", ""], "a redacted value is empty")
        XCTAssertEqual(rows[2][8...9], ["achievement", "true"])
    }

    func testResponsibilityRows() {
        let rows = CSVTables.responsibilityRows(Self.sampleRecord())
        XCTAssertEqual(rows[0], ["plans/某某县2022", "1.1", "person", "lead", "王某", "牵头领导", "（牵头领导：王某；责任科室：疾控科）",
                                 "45", "60"])
        XCTAssertEqual(rows[1][1...3], ["", "unit", "responsible"])
    }

    func testFlagRowsKeepEveryFinding() {
        let rows = CSVTables.flagRows(Self.sampleRecord())
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[1], ["plans/某某县2022", "redacted_values", "masked number 「***」", "40", "43"])
    }

    func testErrorRow() {
        let failure = DocumentFailure(docID: "bad", sourcePath: "in/bad.html", stage: "ingest", error: "in/bad.html is empty")
        XCTAssertEqual(CSVTables.errorRow(failure), ["bad", "in/bad.html", "ingest", "in/bad.html is empty"])
    }
}
