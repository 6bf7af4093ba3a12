import Foundation

/// Decodes the bytes of a plain-text input into a `String`.
public enum PlainTextDecoder {
    public static func decode(_ data: Data, path: String) throws -> String {
        String(decoding: data, as: UTF8.self)
    }
}
