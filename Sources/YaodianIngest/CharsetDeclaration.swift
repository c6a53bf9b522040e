import Foundation

/// Finds the charset a page declares about itself, in the bytes before decoding:
/// `<meta charset="gb2312">`, `<meta http-equiv="Content-Type" content="text/html; charset=GBK">`,
/// an XML prolog `encoding="GB18030"`, or an HTTP-style `Content-Type:` header line saved with
/// the page. Only the first 4 KiB are read; the result is lower-cased (`gbk`, `utf-8`).
public enum CharsetDeclaration {
    public static func find(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(IngestRules.declarationScanBytes).map { b -> UInt8 in (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
        for key in [Array("charset".utf8), Array("encoding".utf8)] {
            var i = 0
            while i + key.count < head.count {
                if head[i] == key[0], Array(head[i..<(i + key.count)]) == key {
                    var j = i + key.count
                    while j < head.count, head[j] == 0x20 { j += 1 }
                    guard j < head.count, head[j] == UInt8(ascii: "=") else { i += 1; continue }
                    j += 1
                    while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                    var name: [UInt8] = []
                    while j < head.count, isNameByte(head[j]) { name.append(head[j]); j += 1 }
                    if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                }
                i += 1
            }
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
    }

    /// Whether a declared name belongs to the GB family that GB18030 decodes.
    public static func isGBFamily(_ name: String) -> Bool {
        IngestRules.gbCharsetNames.contains(name)
    }

    public static func isBig5(_ name: String) -> Bool {
        IngestRules.big5CharsetNames.contains(name)
    }
}
