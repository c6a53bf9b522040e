import Foundation
import YaodianText
import YaodianModel

/// Finds and parses the responsibility tag that closes a clause (see `ResponsibilityTag`).
///
/// Labels are a role word and a party word: 牵头/责任/分管/负责/主办/配合/参与/协同/协办 followed by
/// 领导 (a person) or 单位/部门/科室/处室 (a unit), then `：`. Roles: 牵头/主办 → lead;
/// 责任/分管/负责 → responsible; 配合/参与/协同/协办 → cooperating. A sentence in the body that merely
/// mentions a unit (`市卫健委牵头起草了…`) is not in parentheses and is never a tag.
public enum ResponsibilityTagParser {
    private typealias Rules = ExtractRules.Tags

    /// The tables of `ExtractRules.Tags` as scalar arrays, built once (label search runs at every boundary of a tag).
    package static let rolePrefixScalars: [(word: [Unicode.Scalar], role: Responsibility.Role)] =
        Rules.rolePrefixes.map { (Array($0.0.unicodeScalars), $0.1) }
    package static let partyWordScalars: [(word: [Unicode.Scalar], kind: Responsibility.PartyKind)] =
        Rules.partyWords.map { (Array($0.0.unicodeScalars), $0.1) }
    package static let deadlineLabelScalars: [[Unicode.Scalar]] = Rules.deadlineLabels.map { Array($0.unicodeScalars) }
    /// First scalars of `rolePrefixes`: a label can start nowhere else.
    package static let roleFirstScalars = ScalarSet(Rules.rolePrefixes.compactMap { $0.0.unicodeScalars.first })
    /// Name suffixes removed by `splitNames`, as scalars, in the same order.
    package static let nameSuffixScalars: [[Unicode.Scalar]] = Rules.nameSuffixes.map { Array($0.unicodeScalars) }

    /// Whether `c[i..<(i + word.count)]` is `word`.
    @inline(__always)
    package static func hasWord(_ c: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i + word.count <= c.count else { return false }
        for k in 0..<word.count where c[i + k] != word[k] { return false }
        return true
    }

    /// Separators after which a label may start, and before which a value ends.
    @inline(__always)
    package static func isLabelBoundary(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ";", "；", "，", ",", " ", "。": return true
        default: return false
        }
    }

    /// The tag at the end of `s[range]` (trailing spaces and a final `。` allowed), if any.
    public static func trailingTag(in s: [Unicode.Scalar], range: Range<Int>) -> ResponsibilityTag? {
        var end = range.upperBound
        while end > range.lowerBound, isSpace(s[end - 1]) || s[end - 1] == "\n" { end -= 1 }
        if end > range.lowerBound, s[end - 1] == "。" || s[end - 1] == "；" || s[end - 1] == ";" { end -= 1 }
        guard end > range.lowerBound else { return nil }
        if s[end - 1] == "）" || s[end - 1] == ")" {
            var depth = 0
            var i = end - 1
            while i >= range.lowerBound {
                if s[i] == "）" || s[i] == ")" { depth += 1 }
                if s[i] == "（" || s[i] == "(" {
                    depth -= 1
                    if depth == 0 { break }
                }
                if s[i] == "\n" { return nil }
                i -= 1
            }
            guard i >= range.lowerBound else { return nil }
            return parse(s, open: i, contentEnd: end - 1, tagEnd: end, closed: true)
        }
        // A labelled tag cut off by a truncated page: an open parenthesis on the last line.
        var i = end - 1
        while i >= range.lowerBound, s[i] != "\n" {
            if s[i] == "（" || s[i] == "(" {
                if let tag = parse(s, open: i, contentEnd: end, tagEnd: end, closed: false), tag.parties.contains(where: { !$0.label.isEmpty }) {
                    return tag
                }
                return nil
            }
            if s[i] == "）" || s[i] == ")" { return nil }
            i -= 1
        }
        return nil
    }

    /// The tag whose range `trailingTag(in:range:)` found (`span`), parsed again from that range:
    /// closed when it ends in a closing parenthesis, cut off by a truncation otherwise.
    public static func tag(in s: [Unicode.Scalar], span: Range<Int>) -> ResponsibilityTag? {
        guard span.lowerBound >= 0, span.upperBound <= s.count, span.count >= 2 else { return nil }
        let last = s[span.upperBound - 1]
        let closed = last == "）" || last == ")"
        return parse(s, open: span.lowerBound, contentEnd: closed ? span.upperBound - 1 : span.upperBound,
                     tagEnd: span.upperBound, closed: closed)
    }

    package static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{3000}" || s == "\t" }

    /// Parses the content between `open` (the parenthesis) and `contentEnd`.
    package static func parse(_ s: [Unicode.Scalar], open: Int, contentEnd: Int, tagEnd: Int, closed: Bool) -> ResponsibilityTag? {
        let contentStart = open + 1
        guard contentEnd > contentStart, contentEnd - contentStart <= Rules.maxTagLength else { return nil }
        let content = Array(s[contentStart..<contentEnd])
        if let labelled = parseLabelled(content, base: contentStart) {
            return ResponsibilityTag(start: open, end: tagEnd, parties: labelled.parties, deadline: labelled.deadline, closed: closed)
        }
        if let parties = parseUnlabelled(content, base: contentStart) {
            return ResponsibilityTag(start: open, end: tagEnd, parties: parties, deadline: nil, closed: closed)
        }
        return nil
    }

    /// A label at position i: role word(s) + party word + colon. Returns (label, kind, role, valueStart).
    package static func label(in c: [Unicode.Scalar], at i: Int) -> (String, Responsibility.PartyKind, Responsibility.Role, Int)? {
        guard i >= 0, i < c.count, roleFirstScalars.contains(c[i]) else { return nil }
        let prefixes = rolePrefixScalars
        let parties = partyWordScalars
        for (p, role) in prefixes {
            guard hasWord(c, at: i, p) else { continue }
            var j = i + p.count
            // Optional second role word: 牵头负责单位, 责任牵头科室.
            for (q, _) in prefixes where hasWord(c, at: j, q) {
                j += q.count
                break
            }
            for (w, kind) in parties {
                guard hasWord(c, at: j, w) else { continue }
                var k = j + w.count
                while k < c.count, isSpace(c[k]) { k += 1 }
                guard k < c.count, c[k] == "：" || c[k] == ":" else { continue }
                return (String(scalars: c[i..<(j + w.count)]), kind, role, k + 1)
            }
        }
        return nil
    }

    package static func parseLabelled(_ c: [Unicode.Scalar], base: Int) -> (parties: [ResponsibilityTag.Party], deadline: String?)? {
        // Positions where a label or a deadline label starts (at the start or after a separator).
        var marks: [(start: Int, valueStart: Int, label: String?, kind: Responsibility.PartyKind, role: Responsibility.Role)] = []
        var i = 0
        while i < c.count {
            let atBoundary = i == 0 || isLabelBoundary(c[i - 1])
            if atBoundary, let l = label(in: c, at: i) {
                marks.append((i, l.3, l.0, l.1, l.2))
                i = l.3
                continue
            }
            if atBoundary {
                for p in deadlineLabelScalars {
                    if i + p.count < c.count, hasWord(c, at: i, p), c[i + p.count] == "：" || c[i + p.count] == ":" {
                        marks.append((i, i + p.count + 1, nil, .unit, .responsible))
                        i += p.count + 1
                        break
                    }
                }
            }
            i += 1
        }
        guard marks.contains(where: { $0.label != nil }), marks.first?.start == 0 else { return nil }
        var parties: [ResponsibilityTag.Party] = []
        var deadline: String?
        for (k, m) in marks.enumerated() {
            var end = k + 1 < marks.count ? marks[k + 1].start : c.count
            while end > m.valueStart, isLabelBoundary(c[end - 1]) { end -= 1 }
            guard let label = m.label else {
                deadline = String(scalars: c[m.valueStart..<max(m.valueStart, end)])
                continue
            }
            for name in splitNames(c, m.valueStart..<max(m.valueStart, end)) {
                parties.append(ResponsibilityTag.Party(kind: m.kind, role: m.role, name: name.text, label: label,
                                                       start: base + name.range.lowerBound, end: base + name.range.upperBound))
            }
        }
        return (parties, deadline)
    }

    package static func parseUnlabelled(_ c: [Unicode.Scalar], base: Int) -> [ResponsibilityTag.Party]? {
        var parts: [Range<Int>] = []
        var start = 0
        for i in 0...c.count where i == c.count || c[i] == "，" || c[i] == "," || c[i] == "；" || c[i] == ";" {
            if i > start { parts.append(start..<i) }
            start = i + 1
        }
        guard !parts.isEmpty else { return nil }
        var parties: [ResponsibilityTag.Party] = []
        for part in parts {
            let text = String(scalars: c[part])
            guard let (ending, role) = Rules.unlabelledEndings.first(where: { text.hasSuffix($0.0) }) else { return nil }
            let namesEnd = part.upperBound - ending.unicodeScalars.count
            let names = splitNames(c, part.lowerBound..<namesEnd)
            guard !names.isEmpty, names.allSatisfy({ $0.text.unicodeScalars.count <= Rules.maxUnlabelledNameLength && isPartyName($0.text) }) else { return nil }
            for name in names {
                parties.append(ResponsibilityTag.Party(kind: .unit, role: role, name: name.text, label: "",
                                                       start: base + name.range.lowerBound, end: base + name.range.upperBound))
            }
        }
        return parties
    }

    /// A plausible party name: no digits-only, no sentence punctuation.
    package static func isPartyName(_ text: String) -> Bool {
        !text.isEmpty && !text.contains("。") && !text.allSatisfy { $0.isNumber }
    }

    /// Scalars that are each a whole Character and have no canonical decomposition, and that no
    /// neighbour composes with: printable ASCII, CJK punctuation U+3001–3011, CJK Unified
    /// Ideographs, full-width forms.
    @inline(__always)
    package static func isSimpleScalar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20...0x7E, 0x3001...0x3011, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }

    /// Splits a list of names on 、，; and removes a trailing 等 (and 等单位/等部门).
    package static func splitNames(_ c: [Unicode.Scalar], _ range: Range<Int>) -> [(text: String, range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var start = range.lowerBound
        var i = range.lowerBound
        func emit(_ a: Int, _ b: Int) {
            var lo = a, hi = b
            while lo < hi, isSpace(c[lo]) { lo += 1 }
            while hi > lo, isSpace(c[hi - 1]) { hi -= 1 }
            if (lo..<hi).allSatisfy({ isSimpleScalar(c[$0]) }) {
                // Each scalar is a Character of its own with no canonical equivalent, so the
                // Character comparisons below are scalar comparisons: done on the scalars.
                for suffix in nameSuffixScalars where hi - lo > suffix.count && hasWord(c, at: hi - suffix.count, suffix) {
                    hi -= suffix.count
                    break
                }
                if hi > lo { out.append((String(scalars: c[lo..<hi]), lo..<hi)) }
                return
            }
            var text = String(scalars: c[lo..<hi])
            for suffix in Rules.nameSuffixes where text.hasSuffix(suffix) && text.count > suffix.count {
                text = String(text.dropLast(suffix.count))
                hi -= suffix.unicodeScalars.count
                break
            }
            if !text.isEmpty { out.append((text, lo..<hi)) }
        }
        while i < range.upperBound {
            if Rules.nameSeparators.contains(c[i]) {
                emit(start, i)
                start = i + 1
            }
            i += 1
        }
        emit(start, range.upperBound)
        return out
    }
}
