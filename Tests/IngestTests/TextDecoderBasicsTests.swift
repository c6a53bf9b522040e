import XCTest
@testable import YaodianCore

final class TextDecoderBasicsTests: XCTestCase {
    func testGBKBytesDecodeAsGB18030() throws {
        // "卫生" in GBK.
        let source = DocumentSource(docID: "d", sourcePath: "d.txt", bytes: [0xCE, 0xC0, 0xC9, 0xFA])
        let decoded = try TextDecoder().decode(source)
        XCTAssertEqual(decoded.text, "卫生")
        XCTAssertEqual(decoded.encoding, "gb18030")
        XCTAssertEqual(decoded.format, .text)
    }

    func testEmptyInputIsAnError() {
        XCTAssertThrowsError(try TextDecoder().decode(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: [])))
    }
}
