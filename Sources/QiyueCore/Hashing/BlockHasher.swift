/// A hash built on a 64-byte block compression function with Merkle–Damgård padding.
///
/// SM3 and SHA-256 pad messages identically (a 1 bit, zeros, the 64-bit big-endian bit
/// length) and differ only in their compression, so the buffering and padding live here
/// once and each algorithm supplies its initial state and compression.
public protocol BlockCompression: Sendable {
    /// The eight 32-bit words the hash starts from.
    static var initialState: [UInt32] { get }
    /// Folds one 64-byte block, given as sixteen big-endian words, into `state`.
    static func compress(_ state: inout [UInt32], block: UnsafePointer<UInt32>)
}

/// A streaming hasher: feed it any number of chunks, then take the digest once.
///
/// Files are hashed chunk by chunk so that a large agreement is never held twice in
/// memory; a chunked feed gives the same digest as a single one (tested).
public struct BlockHasher<Algorithm: BlockCompression>: Sendable {
    private var state = Algorithm.initialState
    private var buffer = [UInt8]()
    private var totalBytes: UInt64 = 0

    public init() {
        buffer.reserveCapacity(64)
    }

    public mutating func update(_ bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ update(contiguous: $0) }) == nil {
            Array(bytes).withUnsafeBufferPointer { update(contiguous: $0) }
        }
    }

    private mutating func update(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        totalBytes &+= UInt64(bytes.count)
        var index = 0
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { words in
            let block = words.baseAddress!
            // Top up a partly filled block first.
            while !buffer.isEmpty, index < bytes.count {
                buffer.append(bytes[index])
                index += 1
                if buffer.count == 64 {
                    buffer.withUnsafeBufferPointer { Self.load($0.baseAddress!, into: block) }
                    Algorithm.compress(&state, block: UnsafePointer(block))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            // Whole blocks straight from the input, without copying through the buffer.
            while bytes.count - index >= 64 {
                Self.load(bytes.baseAddress! + index, into: block)
                Algorithm.compress(&state, block: UnsafePointer(block))
                index += 64
            }
        }
        if index < bytes.count { buffer.append(contentsOf: bytes[index...]) }
    }

    @inline(__always) private static func load(_ bytes: UnsafePointer<UInt8>, into words: UnsafeMutablePointer<UInt32>) {
        for word in 0..<16 {
            let base = bytes + word * 4
            words[word] = UInt32(base[0]) << 24 | UInt32(base[1]) << 16 | UInt32(base[2]) << 8 | UInt32(base[3])
        }
    }

    /// The 32-byte digest of everything fed so far.
    public func finalize() -> [UInt8] {
        var copy = self
        let bitLength = totalBytes &* 8
        var padding: [UInt8] = [0x80]
        let used = (buffer.count + 1) % 64
        padding += [UInt8](repeating: 0, count: used <= 56 ? 56 - used : 120 - used)
        for shift in stride(from: 56, through: 0, by: -8) { padding.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        let length = copy.totalBytes
        copy.update(padding)
        copy.totalBytes = length
        return copy.state.flatMap { word in [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)] }
    }

    /// The digest of one byte sequence.
    public static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = BlockHasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest as 64 lower-case hexadecimal digits, as registers and exports print it.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        Hex.string(digest(bytes))
    }
}

@inline(__always) func rotl(_ value: UInt32, _ count: UInt32) -> UInt32 {
    value << (count & 31) | value >> ((32 - count) & 31)
}
