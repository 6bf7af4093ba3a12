import Foundation

/// Reads the format and pixel size of PNG and JPEG data from their headers.
///
/// Writers need a picture's size to lay it out (Word requires an explicit extent), and the
/// Markdown reader must refuse files that are not really PNG or JPEG whatever their extension.
/// Only the headers are read, so a hostile file cannot make this slow.
public enum ImageProbe {
    /// The format named by the file's magic bytes, or `nil` when it is neither PNG nor JPEG.
    public static func format(of data: Data) -> Image.Format? {
        let bytes = [UInt8](data.prefix(8))
        if bytes.count >= 8, bytes == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return .png }
        if bytes.count >= 3, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF { return .jpeg }
        return nil
    }

    /// The width and height in pixels, or `nil` if the header is damaged.
    public static func pixelSize(of data: Data) -> (width: Int, height: Int)? {
        switch format(of: data) {
        case .png: return pngSize(data)
        case .jpeg: return jpegSize(data)
        case nil: return nil
        }
    }

    private static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        // The IHDR chunk always comes first: signature (8), length (4), type (4), width, height.
        guard data.count >= 24 else { return nil }
        let start = data.startIndex
        let width = bigEndian(data, at: start + 16, count: 4)
        let height = bigEndian(data, at: start + 20, count: 4)
        return width > 0 && height > 0 ? (width, height) : nil
    }

    private static func jpegSize(_ data: Data) -> (width: Int, height: Int)? {
        var index = data.startIndex + 2
        while index + 9 < data.endIndex {
            guard data[index] == 0xFF else { return nil }
            let marker = data[index + 1]
            if marker == 0xFF { index += 1; continue }
            let length = bigEndian(data, at: index + 2, count: 2)
            // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = bigEndian(data, at: index + 5, count: 2)
                let width = bigEndian(data, at: index + 7, count: 2)
                return width > 0 && height > 0 ? (width, height) : nil
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ data: Data, at index: Data.Index, count: Int) -> Int {
        (0..<count).reduce(0) { ($0 << 8) | Int(data[index + $1]) }
    }
}

extension Image {
    /// The size to show the picture at, in points: the given size, else the pixel size at
    /// 96 dpi, scaled down proportionally to fit `maximumWidth`.
    public func displaySize(maximumWidth: Double) -> (width: Double, height: Double) {
        let pixels = ImageProbe.pixelSize(of: data)
        let aspect = pixels.map { Double($0.height) / Double($0.width) } ?? 0.75
        var width = widthPoints ?? heightPoints.map { $0 / aspect } ?? pixels.map { Double($0.width) * 0.75 } ?? 200
        var height = heightPoints ?? width * aspect
        if width > maximumWidth {
            height *= maximumWidth / width
            width = maximumWidth
        }
        return (width, height)
    }
}
