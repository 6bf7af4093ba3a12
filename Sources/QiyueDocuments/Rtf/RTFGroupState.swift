/// What an RTF group (`{…}`) inherits from the group around it and may change for itself.
///
/// Character formatting, the font, the `\ucN` fallback length and the destination are all
/// scoped to the group: a `}` restores what the enclosing group had.
struct RTFGroupState {
    /// Where the group's text goes.
    enum Destination: Equatable {
        /// The document body.
        case body
        /// A footnote or endnote, read after the body.
        case note
        /// The font table: `\fN` with its `\fcharsetN` decides how `\'hh` bytes are read.
        case fontTable
        /// The style sheet: style numbers with their names, for headings.
        case styleSheet
        /// Anything that is not text a reader sees (pictures, metadata, field codes, `\*` groups).
        case skipped
    }

    var destination = Destination.body
    var format = DocxRunFormat()
    var font: Int?
    /// How many fallback characters follow each `\uN` (`\ucN`, 1 unless said otherwise).
    var unicodeFallback = 1

    /// Whether text read in this group is part of what a reader sees.
    var isText: Bool { destination == .body || destination == .note }
}
