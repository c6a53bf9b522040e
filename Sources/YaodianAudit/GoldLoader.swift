import Foundation
import YaodianModel

/// Reads a folder of gold annotations (`<doc_id>.json`) and an output folder's `documents.jsonl`.
public enum GoldLoader {
    public static func annotations(in directory: URL) throws -> [(docID: String, annotation: GoldAnnotation)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            do {
                return (String(name.dropLast(5)), try JSONDecoder().decode(GoldAnnotation.self, from: data))
            } catch {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: name, NSUnderlyingErrorKey: error])
            }
        }
    }

    public static func records(in outputDirectory: URL) throws -> [String: DocumentRecord] {
        let data = try Data(contentsOf: outputDirectory.appendingPathComponent("documents.jsonl"))
        var out: [String: DocumentRecord] = [:]
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            let record = try decoder.decode(DocumentRecord.self, from: Data(line))
            out[record.docID] = record
        }
        return out
    }
}
