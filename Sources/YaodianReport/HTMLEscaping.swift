/// Escaping of document text for the review report's HTML.
///
/// Bodies of scraped Chinese plans carry everything a page can hold: `<`, `>` and `&` from
/// broken markup (`疫苗接种率>90%`), quotes in slogans (`"七张金名片"`), control characters
/// from Word exports, and the URLs of mirror sites in paywall banners
/// (`……(新文秘网http://www.wm114.cn省略659字…)……`). Every string that reaches a page goes
/// through one of these functions, so text is always text:
///
/// - `&`, `<`, `>`, `"` and `'` become character references, in text and attributes alike;
/// - control characters that HTML forbids (C0 other than tab, line feed and carriage return,
///   DEL, C1) and the noncharacters U+FFFE/U+FFFF become U+FFFD;
/// - the `:` of `://` becomes `&#58;`, so the page source never holds a URL that a tool (or a
///   reader's eye) could take for a link to the network; a browser still shows `http://`.
///
/// `attribute(_:)` also writes line feeds and tabs as references, so a multi-line tooltip stays
/// one line of source.
public enum HTMLEscaping {
    /// Escaped text content.
    public static func text(_ string: String) -> String {
        text(string.unicodeScalars)
    }

    /// Escaped text content of a run of scalars (a slice of a body).
    public static func text<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        escape(scalars, attribute: false)
    }

    /// An escaped attribute value, to be written between double quotes.
    public static func attribute(_ string: String) -> String {
        escape(string.unicodeScalars, attribute: true)
    }

    private static func escape<S: Sequence>(_ scalars: S, attribute: Bool) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        var pendingColon = false
        func flushColon(beforeSlashes: Bool) {
            guard pendingColon else { return }
            out.append(contentsOf: (beforeSlashes ? "&#58;" : ":").unicodeScalars)
            pendingColon = false
        }
        for scalar in scalars {
            // A colon waits for the next scalar: one slash after it is enough to decide
            // (`http:/` is no address a reader would follow either).
            flushColon(beforeSlashes: scalar == "/")
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case ":": pendingColon = true
            case "\n" where attribute: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\t" where attribute: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\r" where attribute: out.append(contentsOf: "&#13;".unicodeScalars)
            default:
                out.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        flushColon(beforeSlashes: false)
        return String(out)
    }

    /// Characters HTML does not allow in a document, even escaped.
    package static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
