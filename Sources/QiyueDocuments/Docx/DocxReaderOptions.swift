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

    /// The options for reading back a package this program has just written (a text draft
    /// converted to Word for annotation). Our writer compresses a long repetitive line far
    /// beyond the ratio that betrays a stranger's zip bomb, so only the size limits apply.
    public static var ownPackage: DocxReaderOptions {
        var limits = ZipLimits.default
        limits.maximumCompressionRatio = .max
        return DocxReaderOptions(zipLimits: limits)
    }
}
