import Foundation
import YaodianText

/// 文号 as written in a body: an issuer abbreviation, the year in 〔〕 (or [] / ［］ / （）), and a
/// number with 号 — `浙卫发〔2023〕10号`, `东卫健〔2021〕3号`.
public enum DocumentNumber {

    public static func first(in text: String) -> String? {
        let s = Array(text.unicodeScalars)
        let opens = MetadataRules.docNumberOpens, closes = MetadataRules.docNumberCloses
        var i = 0
        while i < s.count {
            if opens.contains(s[i]) {
                var j = i + 1
                var digits = 0
                while j < s.count, ChineseNumeral.digit(s[j]) != nil { j += 1; digits += 1 }
                if digits == 4, j < s.count, closes.contains(s[j]) {
                    var k = j + 1
                    let numStart = k
                    while k < s.count, ChineseNumeral.digit(s[k]) != nil { k += 1 }
                    if k > numStart, k < s.count, s[k] == MetadataRules.docNumberEnd {
                        var start = i
                        while start > 0, Ideograph.contains(s[start - 1]), i - start < MetadataRules.maxIssuerLength { start -= 1 }
                        if start < i { return String(scalars: s[start...k]) }
                    }
                }
            }
            i += 1
        }
        return nil
    }
}
