/// The SM3 cryptographic hash of GB/T 32905-2016, the hash Chinese government systems use
/// for integrity (a register sent upward is checked with SM3, not with a foreign hash).
///
/// Implemented from the standard's text: message expansion to 68 + 64 words, 64 rounds
/// with the constants 79cc4519 and 7a879d8a, the boolean functions FF/GG and the
/// permutations P0/P1. Tested against the standard's two example messages.
public enum SM3: BlockCompression {
    public typealias Hasher = BlockHasher<SM3>

    public static let initialState: [UInt32] = [
        0x7380_166F, 0x4914_B2B9, 0x1724_42D7, 0xDA8A_0600, 0xA96F_30BC, 0x1631_38AA, 0xE38D_EE4D, 0xB0FB_0E4E,
    ]

    @inline(__always) static func p0(_ x: UInt32) -> UInt32 { x ^ rotl(x, 9) ^ rotl(x, 17) }
    @inline(__always) static func p1(_ x: UInt32) -> UInt32 { x ^ rotl(x, 15) ^ rotl(x, 23) }

    public static func compress(_ state: inout [UInt32], block: UnsafePointer<UInt32>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 68) { buffer in
            compress(&state, block: block, w: buffer.baseAddress!)
        }
    }

    /// The compression with the 68 expanded words in scratch space `w`.
    private static func compress(_ state: inout [UInt32], block: UnsafePointer<UInt32>, w: UnsafeMutablePointer<UInt32>) {
        for j in 0..<16 { w[j] = block[j] }
        for j in 16..<68 {
            w[j] = p1(w[j - 16] ^ w[j - 9] ^ rotl(w[j - 3], 15)) ^ rotl(w[j - 13], 7) ^ w[j - 6]
        }
        var a = state[0], b = state[1], c = state[2], d = state[3]
        var e = state[4], f = state[5], g = state[6], h = state[7]
        for j in 0..<64 {
            let t: UInt32 = j < 16 ? 0x79CC_4519 : 0x7A87_9D8A
            let ss1 = rotl(rotl(a, 12) &+ e &+ rotl(t, UInt32(j % 32)), 7)
            let ss2 = ss1 ^ rotl(a, 12)
            let ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c)
            let gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g)
            let tt1 = ff &+ d &+ ss2 &+ (w[j] ^ w[j + 4])
            let tt2 = gg &+ h &+ ss1 &+ w[j]
            d = c
            c = rotl(b, 9)
            b = a
            a = tt1
            h = g
            g = rotl(f, 19)
            f = e
            e = p0(tt2)
        }
        state[0] ^= a; state[1] ^= b; state[2] ^= c; state[3] ^= d
        state[4] ^= e; state[5] ^= f; state[6] ^= g; state[7] ^= h
    }
}
