import Foundation

/// An embedded picture.
public struct Image: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case png, jpeg
    }

    public var data: Data
    public var format: Format
    /// Display size in points; `nil` means the writer derives it from the pixel size.
    public var widthPoints: Double?
    public var heightPoints: Double?
    public var altText: String

    public init(data: Data, format: Format, widthPoints: Double? = nil, heightPoints: Double? = nil, altText: String = "") {
        self.data = data
        self.format = format
        self.widthPoints = widthPoints
        self.heightPoints = heightPoints
        self.altText = altText
    }
}
