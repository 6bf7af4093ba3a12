import Foundation
@testable import QiyueDocuments

/// Builds small ZIP archives of stored entries for tests, with fields that can be falsified.
///
/// Hostile cases (wrong CRC, traversal names, absurd counts, an XXE payload pointing at a
/// file the test just created) are easiest to state as "a valid archive, except…".
struct TestArchive {
    struct Entry {
        var name: String
        var data: [UInt8]
        var crc: UInt32?
        var flags: UInt16 = 0
    }

    var entries: [Entry] = []

    mutating func add(_ name: String, _ text: String, crc: UInt32? = nil, flags: UInt16 = 0) {
        entries.append(Entry(name: name, data: Array(text.utf8), crc: crc, flags: flags))
    }

    mutating func add(_ name: String, bytes: [UInt8]) {
        entries.append(Entry(name: name, data: bytes))
    }

    /// A minimal DOCX whose `word/document.xml` is `documentXML`.
    static func docx(documentXML: String) -> Data {
        var archive = TestArchive()
        archive.add("_rels/.rels", """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """)
        archive.add("word/document.xml", documentXML)
        return archive.data
    }

    /// Wraps paragraphs' XML in a WordprocessingML document element.
    static func body(_ inner: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(inner)</w:body></w:document>
        """
    }

    var data: Data {
        var output: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = entry.crc ?? ZipInflater.crc32(entry.data)
            let offset = UInt32(output.count)
            output += le32(0x0403_4B50) + le16(20) + le16(entry.flags) + le16(0) + le16(0) + le16(0)
            output += le32(crc) + le32(UInt32(entry.data.count)) + le32(UInt32(entry.data.count))
            output += le16(UInt16(name.count)) + le16(0) + name + entry.data
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(entry.flags) + le16(0) + le16(0) + le16(0)
            central += le32(crc) + le32(UInt32(entry.data.count)) + le32(UInt32(entry.data.count))
            central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = UInt32(output.count)
        output += central
        output += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        output += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return Data(output)
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0 ..< 4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
