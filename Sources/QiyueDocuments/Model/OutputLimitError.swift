import QiyueCore

/// A document whose written form would be larger than a writer may produce: the writer
/// stops at the first block past the limit and nothing is written.
///
/// Writing is bounded as reading is: an HTML page grows with its text times the escaping
/// (`&` is five bytes written), and a page of hundreds of megabytes is neither opened by a
/// browser nor read back by our own tools, so the work is refused before it is done.
public struct OutputLimitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being written (`HTML`).
    public var format: String
    /// The most bytes the writer may produce.
    public var limit: Int

    public init(format: String, limit: Int) {
        self.format = format
        self.limit = limit
    }

    public var message: LocalizedText {
        let size = limit >= 1 << 20 ? ("\(limit >> 20) MiB", "\(limit >> 20) MiB") : ("\(limit) 字节", "\(limit) bytes")
        return LocalizedText(
            zh: "文档过大：写出的 \(format) 将超过 \(size.0)，未写入；请拆分文档",
            en: "the document is too large: the \(format) written would exceed \(size.1); nothing written; split the document")
    }

    public var description: String { message.en }
}
