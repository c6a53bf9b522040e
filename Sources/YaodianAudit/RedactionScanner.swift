import Foundation
import YaodianText

/// Finds masked numbers: runs of two or more `*`, `＊` or `×`/`x` used in place of digits
/// (`投入***万元`, `基层诊疗率达到***%`). A lone `*` is not a mask.
public enum RedactionScanner {
    /// The masked runs of `body`, in order.
    public static func spans(in body: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let mask = AuditRules.maskScalars  // read once, not through the static's accessor per scalar
        var i = 0
        while i < body.count {
            if mask.contains(body[i]) {
                var j = i
                while j < body.count, mask.contains(body[j]) { j += 1 }
                if j - i >= AuditRules.minMaskRun { out.append(i..<j) }
                i = j
                continue
            }
            i += 1
        }
        return out
    }
}
