/// The file an opinion speaks about: the digest of its bytes, its size, and the text that
/// was reviewed (in the coordinates of the findings' `reviewed` spans).
///
/// Kept apart from the findings because only the opinion formats need it: a batch review
/// of thousands of files to JSON should not hold every text in memory.
public struct ReviewedSource: Sendable, Hashable {
    /// The lowercase hexadecimal SHA-256 of the file's bytes.
    public var sha256: String
    public var byteCount: Int
    /// The reviewed text, one block per line; empty when the file could not be read.
    public var text: String

    public init(sha256: String, byteCount: Int, text: String) {
        self.sha256 = sha256
        self.byteCount = byteCount
        self.text = text
    }
}
