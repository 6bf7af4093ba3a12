import Foundation

/// The code pages RTF text bytes (`\'hh` and 8-bit characters) are written in.
///
/// A Chinese Word or WPS document says `\ansicpg936` and gives each font a charset
/// (`\fcharset134` for GB2312): the bytes of `\'b5\'da` are then one GBK character. The
/// decoding goes through Foundation's CoreFoundation encodings, which swift-corelibs-foundation
/// also has on Linux (GB18030 is a superset of GBK and GB2312, so it reads all three).
enum RTFCodePage {
    /// The code page RTF's `\fcharsetN` stands for, or `nil` for the document's own (`0`, `1`).
    static func codePage(charset: Int) -> Int? {
        switch charset {
        case 77: return 10000
        case 128: return 932
        case 129: return 949
        case 134: return 936
        case 136: return 950
        case 161: return 1253
        case 162: return 1254
        case 177: return 1255
        case 178: return 1256
        case 186: return 1257
        case 204: return 1251
        case 222: return 874
        case 238: return 1250
        default: return nil
        }
    }

    /// The Foundation encoding of a Windows code page; Western (1252) for those it does not know,
    /// so that an unusual code page costs accented letters, never the Chinese text or the file.
    static func encoding(codePage: Int) -> String.Encoding {
        switch codePage {
        case 936, 54936, 20936: return String.Encoding(rawValue: 0x8000_0632)
        case 950: return String.Encoding(rawValue: 0x8000_0A03)
        case 932: return .shiftJIS
        case 949: return String.Encoding(rawValue: 0x8000_0422)
        case 1250: return .windowsCP1250
        case 1251: return .windowsCP1251
        case 1253: return .windowsCP1253
        case 1254: return .windowsCP1254
        case 10000: return .macOSRoman
        case 65001: return .utf8
        default: return .windowsCP1252
        }
    }

    /// Decodes `bytes`; ASCII needs no converter, and bytes the code page rejects become U+FFFD
    /// one by one rather than losing the whole run.
    static func decode(_ bytes: [UInt8], codePage: Int) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        let encoding = encoding(codePage: codePage)
        if let text = String(data: Data(bytes), encoding: encoding) { return text }
        var result = ""
        for byte in bytes {
            if byte < 0x80 {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += String(data: Data([byte]), encoding: .windowsCP1252) ?? "\u{FFFD}"
            }
        }
        return result
    }
}
