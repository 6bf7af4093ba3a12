/// Bytes in a buffer that does not move, so the XML tokenizer can read them through a pointer.
///
/// An array would do for small parts, but the main part of a large agreement is tens of
/// megabytes: reading it through `Array` subscripts costs a bounds check per access, and
/// handing it from the ZIP inflater to the tokenizer would copy it. The class owns the
/// memory and frees it when the last reader lets go; nothing writes to it after it has
/// been filled (by `init(copying:)` or by the inflater, before any reader sees it).
final class OwnedBytes: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>
    let count: Int

    /// Uninitialised storage of `count` bytes, for a producer that fills it before sharing it.
    init(uninitializedCount count: Int) {
        self.count = count
        // One byte more than asked so that an empty part still has a valid base address.
        base = .allocate(capacity: max(count, 1))
    }

    convenience init(copying bytes: some Collection<UInt8>) {
        self.init(uninitializedCount: bytes.count)
        _ = UnsafeMutableBufferPointer(start: base, count: count).initialize(from: bytes)
    }

    deinit {
        base.deallocate()
    }

    var buffer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base, count: count)
    }

    /// A copy of the bytes as an array, for callers that want value semantics.
    var array: [UInt8] {
        Array(buffer)
    }
}
