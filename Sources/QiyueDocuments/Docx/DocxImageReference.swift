/// A picture in a paragraph as the XML describes it: which package part holds the bytes,
/// the displayed size in EMU (914,400 per inch, 12,700 per point) and the alternative text.
struct DocxImageReference: Sendable, Hashable {
    var relationshipId: String = ""
    var widthEMU: Int?
    var heightEMU: Int?
    var altText: String = ""
}
