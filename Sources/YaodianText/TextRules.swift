/// The rule values of the shared text primitives: the Chinese numerals, the words of clause
/// markers and the punctuation sets that several stages read. Data, not code: the matchers in
/// `ChineseNumeral`, `MarkerParser` and `SentenceFragment` read them from here.
public enum TextRules {
    // MARK: Numerals

    /// The digits of a Chinese numeral and their values (〇 and ○ are zero as dates write it, 两 is two).
    @usableFromInline package static let numeralDigits: [(Unicode.Scalar, Int)] = [
        ("零", 0), ("〇", 0), ("○", 0), ("一", 1), ("二", 2), ("两", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6),
        ("七", 7), ("八", 8), ("九", 9),
    ]
    /// The units of a Chinese numeral and their values: 二十三 is 2 × 10 + 3.
    @usableFromInline package static let numeralUnits: [(Unicode.Scalar, Int)] = [("十", 10), ("百", 100), ("千", 1000)]
    /// 两: a numeral of quantities (两个) that never numbers a clause, so markers do not read it.
    @usableFromInline package static let quantityTwo: Unicode.Scalar = "两"
    /// ○: a zero of dates (二○二一年) that never starts a 一、 marker (it is also a bullet).
    @usableFromInline package static let circleZero: Unicode.Scalar = "○"

    // MARK: Clause markers

    /// 第: opens an ordinal marker (第一章, 第3条).
    @usableFromInline package static let ordinalPrefix: Unicode.Scalar = "第"
    /// 章: ends a chapter marker (第一章).
    @usableFromInline package static let chapterWord: Unicode.Scalar = "章"
    /// 节: ends a section marker (第一节).
    @usableFromInline package static let sectionWord: Unicode.Scalar = "节"
    /// 条: ends an article marker (第一条).
    @usableFromInline package static let articleWord: Unicode.Scalar = "条"
    /// 是: ends a cn_shi marker (一是, 二是).
    @usableFromInline package static let shiWord: Unicode.Scalar = "是"
    /// The highest cn_shi ordinal: a list of 一是 … is short, and 一百是 is a sentence, not a marker.
    @usableFromInline package static let maxShiOrdinal = 30
    /// The largest number read after 第: an ordinal marker numbers chapters, not quantities.
    @usableFromInline package static let maxOrdinalValue = 10_000
    /// Most digits of an Arabic marker, bare (1.) or in parentheses ((12)): more is a year or a count.
    @usableFromInline package static let maxMarkerDigits = 3
    /// Most scalars of the Chinese numeral of a marker (二十三、 is three; 九十九 fits with room).
    @usableFromInline package static let maxMarkerNumeralLength = 5
    /// What follows 一、二 in a list of numerals (一、二级医院, 一、二、三类): then 一、 is not a marker.
    @usableFromInline package static let numeralListFollowers: ScalarSet = [
        "、", "级", "类", "等", "期", "批", "档", "甲", "乙", "次", "型", "种", "个", "项", "季", "年", "月", "孩", "胎", "线", "产",
    ]

    // MARK: Punctuation shared by the stages

    /// Spaces that may follow a clause marker or separate a signature from its date: the ASCII
    /// space, the ideographic space, the tab and the no-break space.
    @usableFromInline package static let markerSpaces: ScalarSet = [" ", "\u{3000}", "\t", "\u{A0}"]
    /// Where a sentence ends for an unfinished-sentence cut (Clean's paywall mark, Audit's body
    /// end): 。！？ and the semicolons ；/;, which close the clauses of a plan; no full stop `.`,
    /// which also writes decimals.
    @usableFromInline package static let fragmentSentenceEnds: ScalarSet = ["。", "！", "？", "；", ";"]

    // MARK: Numbers as text

    /// Below this magnitude an integral `Double` prints as an integer: every such value is exact in
    /// an `Int64` and Swift would print it with an exponent or `.0`.
    @usableFromInline package static let integralPrintLimit = 1e15
}
