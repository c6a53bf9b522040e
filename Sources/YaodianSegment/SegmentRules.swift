import YaodianText

/// Every rule value of the Segment stage: the punctuation around inline clause markers and
/// headings, the attachment label, and the limits of the searches, kept apart from the
/// segmenting code so that a rule is changed in one place.
package enum SegmentRules {
    /// Sentence ends after which an inline marker may start a clause (`…管理水平。16.打造…`).
    package static let sentenceEnds: ScalarSet = ["。", "；", ";", "！", "？", "!", "?"]
    /// Closing quotes skipped between a sentence end and an inline marker.
    package static let closingQuotes: ScalarSet = ["”", "’", "」", "』", "\""]
    /// The full stop: it ends a clause's heading, and a line holding one is a sentence, not an attachment name.
    package static let fullStop: Unicode.Scalar = "。"
    /// Separators left at the end of a heading that only part it from the next inline clause (`①…；②…`).
    package static let headingSeparators: ScalarSet = ["；", ";", "，", ","]
    /// Lines read from the end of a body for its closing block (signature, date, 抄送, notes):
    /// the block is short, so most bodies need not turn every line into a string.
    package static let closingLinesRead = 64
    /// The label that opens an attachment list (`附件：`, `附件1：`).
    package static let attachmentLabel: [Unicode.Scalar] = ["附", "件"]
    /// The colons that close the attachment label.
    package static let labelColons: ScalarSet = ["：", ":"]
    /// Longest numbered line read as an attachment name: a longer one is a clause of the body.
    package static let maxAttachmentItemLength = 80
}
