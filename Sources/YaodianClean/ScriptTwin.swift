import YaodianText
import YaodianModel

/// The body to match rules on. A page in Traditional script is matched on a Simplified twin of
/// the same length (OpenCC, character for character), so every rule is written once in Simplified;
/// offsets stay valid in both, strings sliced by offset come from the source, and strings a stage
/// composed are mapped back with `restorer`.
public struct ScriptTwin: Sendable {
    /// The `traditional_chinese` finding, when the body is in Traditional script.
    public let traditionalFlag: QualityFlag?
    /// Whether `matching` is a Simplified twin rather than the body itself.
    public let isTwin: Bool
    /// The scalars rules run on: the twin, or the body when no twin is needed (or OpenCC is missing).
    public let matching: [Unicode.Scalar]
    /// Maps composed strings from `matching`'s characters back to the source's.
    public let restorer: ScriptRestorer

    public init(body: [Unicode.Scalar], normalizer: ScriptNormalizer = .shared) {
        traditionalFlag = TraditionalChineseDetector.flag(body)
        isTwin = traditionalFlag != nil && normalizer.isAvailable
        matching = isTwin ? normalizer.simplified(body) : body
        restorer = ScriptRestorer(original: body, matching: matching)
    }
}
