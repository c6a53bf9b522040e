import XCTest
@testable import YaodianCore

/// Runs the segmenter and the target extractor on a small body written for a test.
func extractTargets(_ text: String, kind: TargetExtractor.DocumentKind = .plan) -> [Target] {
    let segmented = ClauseSegmenter(tags: ResponsibilityTagFinder()).segment(body: text)
    return TargetExtractor().extract(body: Array(text.unicodeScalars), clauses: segmented.clauses, documentKind: kind)
}

/// The body text between a target's offsets.
func slice(_ text: String, _ t: Target) -> String {
    let s = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(s[t.start..<t.end]))
}
