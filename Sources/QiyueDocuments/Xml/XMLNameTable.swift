/// Interns element and attribute names as small integers, so the tokenizer reports a name
/// without building a string and a reader can `switch` on it.
///
/// Every distinct canonical name (after namespace prefixes have been rewritten, `w:p`) gets
/// one id; names given to `init(predefined:)` get the ids 0, 1, 2… in that order, which lets
/// a reader declare them as constants. Names as written in the file are cached per spelling:
/// a part has a few dozen distinct spellings but hundreds of thousands of tags, so almost
/// every lookup is a hash of at most 32 bytes and one comparison. Elements and attributes
/// are cached separately because an unprefixed name means a different thing for each (the
/// default namespace applies to elements only).
struct XMLNameTable {
    /// A spelling of at most `Key.capacity` bytes, packed into four words (zero-padded).
    ///
    /// Plain fields rather than a tuple: the cache compares and copies keys a million times
    /// per large part, and tuple copies went through the runtime's generic value witnesses.
    struct Key: Equatable {
        static let capacity = 32
        var word0: UInt64 = 0
        var word1: UInt64 = 0
        var word2: UInt64 = 0
        var word3: UInt64 = 0
        /// 0 marks an empty slot in the cache: no name is empty.
        var length = 0

        init() {}

        init?(_ base: UnsafePointer<UInt8>, _ start: Int, _ length: Int) {
            guard length <= Self.capacity, length > 0 else { return nil }
            self.length = length
            let source = UnsafeRawPointer(base + start)
            word0 = Self.word(source, 0, length)
            word1 = Self.word(source, 8, length)
            word2 = Self.word(source, 16, length)
            word3 = Self.word(source, 24, length)
        }

        /// The up-to-eight bytes at `offset`, never reading past `length`.
        private static func word(_ source: UnsafeRawPointer, _ offset: Int, _ length: Int) -> UInt64 {
            let available = length - offset
            if available >= 8 { return source.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
            var value: UInt64 = 0
            if available > 0 {
                withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(start: source + offset, count: available)) }
            }
            return value
        }

        var hash: Int {
            var value = word0 &* 0x9E37_79B9_7F4A_7C15
            value ^= word1 &* 0xC2B2_AE3D_27D4_EB4F
            value ^= word2 &* 0x1656_67B1_9E37_79F9
            value ^= word3 &* 0x27D4_EB2F_1656_67C5
            value ^= UInt64(length)
            return Int(truncatingIfNeeded: value ^ (value >> 29))
        }
    }

    /// An open-addressing map from spellings to ids.
    struct SpellingCache {
        private var keys = [Key](repeating: Key(), count: 64)
        private var ids = [Int32](repeating: 0, count: 64)
        private var used = 0

        func id(for key: Key) -> Int32? {
            let mask = keys.count - 1
            var slot = key.hash & mask
            while keys[slot].length != 0 {
                if keys[slot] == key { return ids[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }

        mutating func insert(_ key: Key, id: Int32) {
            if (used + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var slot = key.hash & mask
            while keys[slot].length != 0, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot].length == 0 { used += 1 }
            keys[slot] = key
            ids[slot] = id
        }

        private mutating func grow() {
            let old = zip(keys, ids).filter { $0.0.length != 0 }
            keys = [Key](repeating: Key(), count: keys.count * 2)
            ids = [Int32](repeating: 0, count: keys.count)
            used = 0
            for (key, id) in old { insert(key, id: id) }
        }
    }

    private(set) var names: [String] = []
    private var idsByName: [String: Int32] = [:]
    var elementSpellings = SpellingCache()
    var attributeSpellings = SpellingCache()

    init(predefined: [String] = []) {
        for name in predefined { _ = intern(name) }
    }

    /// The id of a canonical name, assigning the next one if it is new.
    mutating func intern(_ name: String) -> Int32 {
        if let id = idsByName[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        idsByName[name] = id
        return id
    }

    /// The id of a canonical name, if it has one.
    func id(of name: String) -> Int32? {
        idsByName[name]
    }

    /// Forgets every cached spelling, after a namespace declaration has changed what a prefix means.
    mutating func forgetSpellings() {
        elementSpellings = SpellingCache()
        attributeSpellings = SpellingCache()
    }
}
