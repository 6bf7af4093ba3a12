/// How much template data `render` reads: the `--data` file and each `--data-lines` record.
///
/// The renderer refuses values above 64 MiB, so data larger than that can only exhaust
/// memory before it is refused; the limits turn such input into a located error before it is
/// read into memory. A record is one project's worth of data, so its limit is smaller, and a
/// chunk of records rendered in parallel is bounded by its total size as well as its count.
enum DataLimits {
    /// The largest `--data` file, in bytes.
    static let maximumDataBytes = 64 << 20
    /// The longest `--data-lines` record, in bytes.
    static let maximumRecordBytes = 16 << 20
    /// The most record bytes rendered in parallel at once.
    static let maximumChunkBytes = 64 << 20
}
