#if canImport(Glibc)
import Glibc
#endif
/// A byte-level pass over a page before libxml2 sees it, for the constructs that libxml2's HTML
/// parser (2.9) reads differently from a browser and that would otherwise leak into the body:
///
/// - **Bogus comments**: `<![CDATA[ … ]]>`, `<!ENTITY …>`, `<![if !IE]>` and any other `<!…>`
///   that is neither a comment nor a DOCTYPE. A browser drops each up to its first `>`; libxml2
///   kept `<![CDATA[ 九、CDATA里的文字 ]]>` as body text. They are removed.
/// - **An internal DTD subset**: `<!DOCTYPE html [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>`.
///   libxml2's HTML parser never expands such entities (and `HTML_PARSE_NONET` forbids fetching),
///   but it left the declarations as text; the DOCTYPE is reduced to `<!DOCTYPE html>`.
///
/// It also collects the text of every `<style>` element (outside comments) for
/// `HiddenStyleRules`. Comments and the raw text of `<script>`, `<style>`, `<textarea>` and
/// `<title>` are copied untouched. A page without `<!` and `<style` is returned as it is.
public enum HTMLPreparser {
    public struct Result: Sendable {
        public var bytes: [UInt8]
        public var styleSheets: [String]
    }

    package static let rawTextElements = ["script", "style", "textarea", "title"]

    public static func run(_ input: [UInt8]) -> Result {
        var out: [UInt8] = []
        var changed = false
        var sheets: [String] = []
        let n = input.count
        var i = 0
        var copied = 0  // input[copied..<i] is still to be copied to `out`
        func flush(upTo end: Int) {
            if changed, copied < end { out.append(contentsOf: input[copied..<end]) }
            copied = max(copied, end)
        }
        func startChanging() {
            if !changed {
                changed = true
                out.reserveCapacity(n)
                out.append(contentsOf: input[0..<copied])
            }
        }
        while i < n {
            // Straight to the next "<" (memchr), as nothing else starts a construct.
            i = nextTagOpen(input, from: i)
            guard i + 1 < n else { break }
            let next = input[i + 1]
            if next == 0x21 {  // "<!"
                if matches(input, i + 2, "--") {
                    i = find(input, "-->", from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                let end = find(input, ">", from: i + 2) ?? n
                if matchesIgnoringCase(input, i + 2, "doctype") {
                    guard let bracket = find(input, "[", from: i + 2), bracket < end else {
                        i = min(n, end + 1)
                        continue
                    }
                    let subsetEnd = find(input, "]>", from: bracket).map { $0 + 2 } ?? n
                    flush(upTo: i)
                    startChanging()
                    out.append(contentsOf: Array("<!DOCTYPE html>".utf8))
                    i = subsetEnd
                    copied = i
                    continue
                }
                flush(upTo: i)
                startChanging()
                i = min(n, end + 1)
                copied = i
                continue
            }
            // Raw-text elements: copy through their end tag without looking inside.
            let lower = next | 0x20
            guard lower == 0x73 || lower == 0x74 else { i += 1; continue }  // "s" or "t"
            for name in rawTextElements where matchesIgnoringCase(input, i + 1, name) {
                let after = i + 1 + name.utf8.count
                guard after < n, input[after] == 0x3E || input[after] == 0x20 || input[after] == 0x09
                        || input[after] == 0x0A || input[after] == 0x0D || input[after] == 0x2F else { break }
                let open = find(input, ">", from: after) ?? n
                let close = findIgnoringCase(input, "</" + name, from: min(n, open + 1)) ?? n
                if name == "style", open < close {
                    sheets.append(String(decoding: input[(open + 1)..<close], as: UTF8.self))
                }
                i = close
                break
            }
            i += 1
        }
        guard changed else { return Result(bytes: input, styleSheets: sheets) }
        flush(upTo: n)
        return Result(bytes: out, styleSheets: sheets)
    }

    /// The index of the first "<" at or after `from`, or `bytes.count`.
    private static func nextTagOpen(_ bytes: [UInt8], from: Int) -> Int {
        guard from < bytes.count else { return bytes.count }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base + from, 0x3C, buffer.count - from) else { return buffer.count }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    private static func matches(_ bytes: [UInt8], _ at: Int, _ word: String) -> Bool {
        var k = at
        for b in word.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private static func matchesIgnoringCase(_ bytes: [UInt8], _ at: Int, _ word: String) -> Bool {
        var k = at
        for b in word.utf8 {
            guard k < bytes.count else { return false }
            let c = bytes[k]
            guard c == b || (c >= 0x41 && c <= 0x5A && c + 0x20 == b) else { return false }
            k += 1
        }
        return true
    }

    private static func find(_ bytes: [UInt8], _ word: String, from: Int) -> Int? {
        let w = Array(word.utf8)
        guard let first = w.first else { return nil }
        var k = from
        while k + w.count <= bytes.count {
            if bytes[k] == first, matches(bytes, k, word) { return k }
            k += 1
        }
        return nil
    }

    private static func findIgnoringCase(_ bytes: [UInt8], _ word: String, from: Int) -> Int? {
        var k = from
        let count = word.utf8.count
        while k + count <= bytes.count {
            if bytes[k] == 0x3C, matchesIgnoringCase(bytes, k, word) { return k }
            k += 1
        }
        return nil
    }
}
