/// The rule values of the Ingest stage: the charset names it decodes, how much of an input each
/// test reads, and the shares of odd bytes and rare characters that tell text from binary data
/// and a right decoding from a wrong one. Data, not code: the detectors and the decoder read
/// every value from here.
public enum IngestRules {
    // MARK: Charsets

    /// Declared names of the GB family, all decoded as GB18030 (its superset).
    public static let gbCharsetNames: Set<String> = ["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "x-euc-cn", "windows-936"]
    /// Declared names of Big5, all decoded as BIG5-HKSCS (its superset).
    public static let big5CharsetNames: Set<String> = ["big5", "big5-hkscs", "x-x-big5", "cp950"]
    /// Declared names of EUC-TW.
    public static let eucTWCharsetNames: Set<String> = ["euc-tw", "x-euc-tw"]
    /// libuchardet's names → the iconv names `TextDecoder` decodes with; only Chinese and
    /// Unicode charsets, as a Chinese page guessed Western is more likely damaged than Western.
    public static let detectedCharsets: [String: String] = [
        "GB18030": "GB18030", "GB2312": "GB18030", "GBK": "GB18030",
        "BIG5": "BIG5-HKSCS", "EUC-TW": "EUC-TW",
        "UTF-8": "UTF-8", "UTF-16LE": "UTF-16LE", "UTF-16BE": "UTF-16BE",
    ]
    /// The bytes read for a charset declaration: a page declares it in its head.
    public static let declarationScanBytes = 4096
    /// At most this many bytes are shown to the charset detector (it settles long before).
    public static let detectorSampleBytes = 64 << 10

    // MARK: Decoding

    /// The default cap on the bytes of one input: a plan is far smaller, a larger file is a dump.
    public static let defaultMaxBytes = 32 << 20
    /// Ideographs outside `CommonHanzi` above this share make a decoding implausible.
    public static let plausibleRareShare = 0.10
    /// Fewer judged characters than this say nothing about a decoding.
    public static let minimumJudged = 8
    /// The scalars of a decoding judged for its share of rare characters: enough to tell.
    public static let rareShareScanScalars = 100_000
    /// How many decoder candidates are also tried lossily after every strict decoding failed.
    public static let lossyCandidates = 2
    /// A lossy decoding is acceptable with fewer invalid bytes than 1 in this many …
    public static let lossyInvalidDivisor = 100
    /// … and at most this share of rare characters (a wrong table gives most of them rare).
    public static let maxLossyRareShare = 0.5

    // MARK: UTF-16 without a byte-order mark

    /// The bytes read to tell UTF-16 by its NUL bytes.
    public static let utf16ScanBytes = 4096
    /// The fewest code units that can be judged.
    public static let minUTF16Units = 16
    /// At least this share of code units has a NUL on the ASCII side (numerator, denominator) …
    public static let utf16NulShare = (3, 10)
    /// … and fewer than 1 in this many on the other side (images and archives have both).
    public static let utf16OtherSideDivisor = 50

    // MARK: Binary data

    /// The bytes read to tell binary data.
    public static let binaryScanBytes = 8192
    /// More C0 control characters than 1 in this many bytes is binary.
    public static let binaryControlDivisor = 100
    /// More NUL bytes than 1 in this many is binary (a broken scraper's stray NULs are fewer).
    public static let binaryNulDivisor = 10

    // MARK: Format and header

    /// The scalars scanned for tags when telling HTML from text (64 Ki).
    public static let formatScanScalars = 65536
    /// The scalars of a document's start compared with `<!doctype`, `<html` and `<?xml`.
    public static let formatPrefixScalars = 15
    /// The fewest tags that make a document HTML: text quotes a tag or two, a page has many.
    public static let minHTMLTags = 3
    /// The scalars searched for the blank line that ends a saved HTTP header block.
    public static let headerScanScalars = 8192
    /// The most lines of a saved HTTP header block: more is a document that starts like one.
    public static let maxHeaderLines = 64
}
