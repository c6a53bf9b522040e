import YaodianText

/// Every rule value of the Audit stage: the garbage words and limits of the mojibake scanner, the
/// mask scalars of redacted numbers, the punctuation a complete body ends with and the size from
/// which untagged clauses are flagged, kept apart from the checks so that a rule is changed in
/// one place.
package enum AuditRules {
    /// What the mojibake scanner looks for (`MojibakeScanner`).
    package enum Mojibake {
        /// `锟斤拷`: U+FFFD written as UTF-8, then read as GBK (a page that went through a broken
        /// conversion twice).
        package static let kunjinkao: [Unicode.Scalar] = ["锟", "斤", "拷"]
        /// The reason given for a run of `kunjinkao`.
        package static let kunjinkaoDetail = "「锟斤拷」: replacement characters written as UTF-8 and read as GBK"
        /// Characters that uninitialised memory of Windows programs reads as in GBK, with the byte
        /// repeated (`烫烫烫` is 0xCC, `屯屯屯` is 0xCD).
        package static let uninitialisedMemory: [(scalar: Unicode.Scalar, byte: String)] = [("烫", "CC"), ("屯", "CD")]
        /// Fewest repeats of an uninitialised-memory character that are garbage, not text.
        package static let minUninitialisedRun = 3
        /// Most characters between two replacement characters that are still one run.
        package static let replacementGap = 8
        /// Ideographs per block judged for rare characters.
        package static let blockSize = 12
        /// Fewest judged ideographs that a block (or the gap between two findings) needs to be
        /// judged: fewer are too few to tell garbage from a rare name.
        package static let minimumJudged = 8
        /// A block opens a garbage run when more than 1/`opensAboveShare` of it is rare.
        package static let opensAboveShare = 2
        /// A block goes on with a run when at least 1/`continuesFromShare` of it is rare (wrong
        /// decodings land on common characters now and then).
        package static let continuesFromShare = 4
        /// Characters of a finding quoted in its reason.
        package static let sampleLength = 12
        /// Fewest Latin-1 characters in a row read as a UTF-8 sequence.
        package static let minLatin1Run = 4
        /// Characters of the decoded text of a Latin-1 run quoted in its reason.
        package static let latin1PreviewLength = 8
    }

    /// Scalars that mask a number in place of digits (`投入***万元`).
    package static let maskScalars: ScalarSet = ["*", "＊", "×", "✕"]
    /// Fewest mask scalars in a row that are a masked number: a lone `*` is a footnote mark.
    package static let minMaskRun = 2
    /// Scalars a complete body may end with; a body ending otherwise may stop mid-sentence.
    package static let finalPunctuation: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "”", "）", ")", "」", "》", "…", "；", ";", "：", ":", "."]
    /// Separators inside a sentence: a last line without one is a list item, a signature, a date
    /// or a line of site text, not a sentence cut off.
    package static let inSentenceSeparators: Set<Unicode.Scalar> = ["，", "、", ","]
    /// Fewest characters of a last line read as a sentence cut off (shorter ones are widgets and
    /// list items).
    package static let minCutSentenceLength = 12
    /// Fewest leaf clauses from which untagged ones are flagged: a short list tells no pattern.
    package static let minLeavesForUnattributed = 4
}
