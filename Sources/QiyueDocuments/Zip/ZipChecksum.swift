import CZlib
import Foundation

/// The CRC-32 that ZIP stores for every entry, computed by zlib.
public enum ZipChecksum {
    public static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { buffer -> UInt32 in
            var crc = CZlib.crc32(0, nil, 0)
            guard let base = buffer.bindMemory(to: Bytef.self).baseAddress else { return UInt32(crc) }
            // zlib takes a 32-bit length, so feed very large buffers in slices.
            var offset = 0
            while offset < buffer.count {
                let length = min(1 << 30, buffer.count - offset)
                crc = CZlib.crc32(crc, base + offset, uInt(length))
                offset += length
            }
            return UInt32(crc)
        }
    }
}
