/// Counts list paragraphs in reading order and produces their visible labels.
///
/// Word keeps one counter per level of each list; a paragraph at level *n* advances its
/// counter and restarts every deeper level, and `%1.%2` in `w:lvlText` shows the current
/// values of levels 1 and 2. Instances (`w:num`) that share an abstract definition share
/// its counters, as in Word, unless the instance overrides a start value, in which case
/// it counts on its own from that value.
struct DocxNumberingCounter {
    /// A computed label: the visible text and the level definition it came from.
    struct Label: Sendable, Hashable {
        var text: String
        var level: Int
        /// The counter's value at `level`.
        var value: Int
        var definition: DocxNumberingLevel
    }

    let numbering: DocxNumbering
    let styles: DocxStyles
    private var counters: [String: [Int?]] = [:]

    init(numbering: DocxNumbering, styles: DocxStyles) {
        self.numbering = numbering
        self.styles = styles
    }

    /// Advances the counter of `level` in list `numId` and returns the paragraph's label.
    mutating func next(numId: String, level rawLevel: Int) -> Label? {
        let level = min(max(rawLevel, 0), 8)
        guard numId != "0", let instance = numbering.instances[numId],
              let definition = numbering.level(level, ofInstance: numId, styles: styles) else { return nil }
        let key = instance.startOverrides.isEmpty
            ? "abstract:" + (numbering.abstractId(ofInstance: numId, styles: styles) ?? instance.abstractId)
            : "num:" + numId
        var values = counters[key] ?? Array(repeating: nil, count: 9)
        if let current = values[level] {
            values[level] = current + 1
        } else {
            values[level] = start(of: level, numId: numId)
        }
        for deeper in (level + 1) ..< 9 { values[deeper] = nil }
        counters[key] = values
        let text = render(definition.text, values: values, numId: numId, legal: definition.isLegal)
        return Label(text: definition.isBullet ? definition.text : text, level: level, value: values[level] ?? 1, definition: definition)
    }

    private func start(of level: Int, numId: String) -> Int {
        if let override = numbering.instances[numId]?.startOverrides[level] { return override }
        return numbering.level(level, ofInstance: numId, styles: styles)?.start ?? 1
    }

    /// Replaces each `%n` in a `w:lvlText` pattern with level *n*'s value in that level's format.
    private func render(_ pattern: String, values: [Int?], numId: String, legal: Bool) -> String {
        var result = ""
        var characters = pattern.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            guard let digit = characters.next() else { break }
            guard let number = digit.wholeNumberValue, (1 ... 9).contains(number) else {
                result.append(character)
                result.append(digit)
                continue
            }
            let index = number - 1
            let value = values[index] ?? start(of: index, numId: numId)
            let format = numbering.level(index, ofInstance: numId, styles: styles)?.format ?? "decimal"
            result += DocxNumberFormat.format(value, as: legal && format != "none" ? "decimal" : format)
        }
        return result
    }
}
