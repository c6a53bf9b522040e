import Foundation
import YaodianText

/// The end matter after the last clause: signature (issuing body), date, `（此件公开发布）`,
/// 抄送/印发 lines. It is body text but belongs to no clause; its date is the written date
/// when the page has no 成文日期 field.
public enum ClosingBlock {
    /// Index of the first line of the closing block, or `lines.count` when there is none.
    public static func start(of lines: [String]) -> Int {
        var i = lines.count
        var sawDate = false
        while i > 0 {
            let line = lines[i - 1]
            if DateText.isDateLine(line) || isSignatureWithDate(line) {
                sawDate = true
            } else if isSignature(line), sawDate || i == lines.count {
                // An issuing body directly above the date (or the last line).
            } else if isPublicityNote(line) || line.hasPrefix(MetadataRules.copyToPrefix)
                        || (line.hasSuffix(MetadataRules.printedSuffix) && line.count <= MetadataRules.maxPrintedLineLength) {
            } else {
                break
            }
            i -= 1
        }
        // A lone trailing organisation name without a date is not enough to call it a signature.
        return sawDate ? i : (i < lines.count && lines[i...].allSatisfy(isPublicityNote) ? i : lines.count)
    }

    /// The last scalar of each of `MetadataRules.signatureSuffixes`.
    private static let suffixEnds = Set(MetadataRules.signatureSuffixes.compactMap(\.unicodeScalars.last))

    package static func isSignature(_ line: String) -> Bool {
        // A line whose last scalar is plain (`PlainText`: its own Character, equivalent to no
        // other) and ends no suffix cannot end with one; most body lines end here, uncounted.
        guard let last = line.unicodeScalars.last else { return false }
        if !suffixEnds.contains(last), PlainText.isPlain(last) { return false }
        return line.count <= MetadataRules.maxSignatureLength && !line.contains("。") && MetadataRules.signatureSuffixes.contains(where: { line.hasSuffix($0) })
            && MarkerParser.match(Array(line.unicodeScalars), at: 0) == nil
    }

    /// An issuing body and its date on one line (`某某县卫生健康局  2022年3月2日`), as pages that
    /// right-align the signature often flatten it.
    package static func isSignatureWithDate(_ line: String) -> Bool {
        let s = Array(line.unicodeScalars)
        guard let space = s.firstIndex(where: MarkerParser.isSpace) else { return false }
        var dateStart = space
        while dateStart < s.count, MarkerParser.isSpace(s[dateStart]) { dateStart += 1 }
        return isSignature(String(scalars: s[..<space]))
            && DateText.isDateLine(String(scalars: s[dateStart...]))
    }

    package static func isPublicityNote(_ line: String) -> Bool {
        // Trimmed of ASCII spaces on the scalars (as `trimmingCharacters(in: [" "])`, without
        // bridging each line to NSString: every line read from the end comes here), and the
        // cheap opening-parenthesis test before the count.
        let scalars = line.unicodeScalars
        let l = Substring(scalars[scalars.trimmedRange { $0 == " " }])
        return (l.hasPrefix("（") || l.hasPrefix("(")) && l.count <= MetadataRules.maxPublicityNoteLength && l.contains(MetadataRules.publicityWord)
    }
}
