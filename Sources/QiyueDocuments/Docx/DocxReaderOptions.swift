/// Choices for reading a DOCX file.
public struct DocxReaderOptions: Sendable, Hashable {
    /// Include text deleted in tracked changes, marked `〔删除：…〕`, so a reviewer can check
    /// what the other side struck out. Off by default: the document is read as if every
    /// change were accepted, which is what would be signed.
    public var includeDeletedText: Bool
    public var zipLimits: ZipLimits
    public var xmlLimits: XMLLimits

    public init(includeDeletedText: Bool = false, zipLimits: ZipLimits = .default, xmlLimits: XMLLimits = .default) {
        self.includeDeletedText = includeDeletedText
        self.zipLimits = zipLimits
        self.xmlLimits = xmlLimits
    }
}
