/// Where the unfinished sentence at the end of a text begins: after its last sentence end.
/// Clean marks a paywall cut from there and Audit a body that stops mid-sentence.
public enum SentenceFragment {
    @inlinable package static func start(_ scalars: [Unicode.Scalar], base: Int) -> Int {
        let ends = TextRules.fragmentSentenceEnds
        var i = scalars.count
        while i > 0 {
            if ends.contains(scalars[i - 1]) { break }
            i -= 1
        }
        return base + i
    }
}
