/// One file inside a ZIP archive, as its central-directory record describes it.
public struct ZipEntry: Sendable, Hashable {
    /// The entry's path inside the archive, e.g. `word/document.xml`.
    public var name: String
    /// 0 = stored, 8 = deflated; anything else is refused when the entry is read.
    public var method: UInt16
    public var flags: UInt16
    public var crc32: UInt32
    public var compressedSize: Int
    public var uncompressedSize: Int
    /// Where the entry's local header starts in the archive.
    public var localHeaderOffset: Int

    /// Whether bit 0 of the flags marks the entry as encrypted.
    public var isEncrypted: Bool { flags & 0x0001 != 0 }
    public var isDirectory: Bool { name.hasSuffix("/") }
}
