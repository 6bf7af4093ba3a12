import QiyueCore

/// Turns unit spans into findings located in the user's file, with article and excerpt.
///
/// The excerpt is the sentence, or for a very long sentence the clause or a window around
/// the trigger, so that a report stays readable (and small) even when a whole file is one
/// line; the same bound applies to the source line printed under a finding.
struct FindingBuilder {
    let analysis: DocumentAnalysis
    let extracted: ExtractedText
    /// The file named in every finding's location.
    let file: String
    /// The language of the diagnostics' messages and notes.
    let language: Language
    /// The rules' basis entries, parsed once per pack, with the frames each fits.
    let basis: [String: [(entry: BasisEntry, condition: BasisCondition?)]]
    /// When an entry fits only some frames (for a rule whose entries are not in `basis`).
    let basisConditions: [String: BasisCondition]

    /// The longest excerpt, in units, before it is narrowed to the clause or a window.
    static let excerptLimit = 300
    /// How much context a window keeps on each side of the trigger.
    static let windowReach = 100
    /// Lines longer than this (UTF-8 bytes) are shown as the excerpt window only.
    static let sourceLineLimit = 8_000

    func findings(for matches: [LocatedMatch]) -> [Finding] {
        let spans = matches.map(excerptSpan)
        var offsets: [Int] = []
        for (match, span) in zip(matches, spans) {
            offsets += [match.start, max(match.start, match.end - 1), span.start, max(span.start, span.end - 1)]
        }
        let positions = PositionResolver(text: analysis.text, offsets: offsets)
        let frames = FrameReader(analysis: analysis)
        return zip(matches, spans).map { finding(for: $0, excerpt: $1, positions: positions, frames: frames) }
    }

    /// The sentence, narrowed to the clause or a window when long, and kept on the trigger's line.
    func excerptSpan(_ match: LocatedMatch) -> DocumentStructure.Span {
        let text = analysis.text
        let line = text.lineIndex(of: match.start)
        let lineStart = text.lineStarts[line]
        let lineEnd = text.lineEnd(line)
        var span = match.sentence
        if span.end - span.start > Self.excerptLimit {
            span = analysis.structure.clauses[analysis.structure.clauseIndex(containing: match.start)]
        }
        if span.end - span.start > Self.excerptLimit {
            span = DocumentStructure.Span(start: match.start - Self.windowReach, end: match.end + Self.windowReach)
        }
        let start = max(span.start, lineStart), end = max(start + 1, min(span.end, lineEnd))
        return DocumentStructure.Span(start: start, end: min(end, max(lineEnd, start + 1)))
    }

    /// The basis entries of `rule` that fit `frame`, in the rule's order.
    func basis(of rule: Rule, fitting frame: PromiseFrame?) -> [BasisEntry] {
        let entries = basis[rule.id] ?? rule.basis.map(BasisEntry.init(legacyLine:)).map { ($0, basisConditions[$0.citation]) }
        return entries.filter { $0.condition?.fits(frame) ?? true }.map(\.entry)
    }

    func finding(for match: LocatedMatch, excerpt span: DocumentStructure.Span, positions: PositionResolver, frames: FrameReader) -> Finding {
        let text = analysis.text
        let start = positions[match.start]
        var end = positions[max(match.start, match.end - 1)]
        end.column += 1  // exclusive end, one past the last character
        let excerptStart = positions[span.start]
        let excerptLast = positions[max(span.start, span.end - 1)]
        let original = text.original
        let excerptEnd = excerptLast.index < original.endIndex ? original.index(after: excerptLast.index) : original.endIndex
        let excerpt = String(original[excerptStart.index..<max(excerptStart.index, excerptEnd)]).trimming(" \t\r\n")
        // The source line for the caret: the whole line, or the excerpt when the line is huge.
        let lineNumber = start.line - 1
        let lineBytes = (lineNumber + 1 < text.originalLineUTF8Offsets.count ? text.originalLineUTF8Offsets[lineNumber + 1] : original.utf8.count)
            - text.originalLineUTF8Offsets[lineNumber]
        let sourceLine: String, sourceColumn: Int
        if lineBytes <= Self.sourceLineLimit {
            sourceLine = String(text.originalLine(lineNumber))
            sourceColumn = start.column
        } else {
            sourceLine = String(original[excerptStart.index..<max(excerptStart.index, excerptEnd)])
            sourceColumn = start.column - excerptStart.column + 1
        }
        let mappedStart = extracted.originalPosition(line: start.line, column: start.column)
        let mappedEnd = extracted.originalPosition(line: end.line, column: end.column)
        let isDocumentRule = match.rule.category == .completeness
        let rule = match.rule
        // A clause rule's finding explains the promise it read; a completeness or markup
        // finding is about no single promise.
        let read = isDocumentRule || rule.category == .suppression ? nil : frames.frame(for: match)
        let payload = ReviewPayload(
            ruleID: rule.id, category: rule.category, severity: rule.severity, message: rule.message,
            explanation: read?.explanation, frame: read?.frame,
            article: isDocumentRule ? nil : analysis.structure.articleLabel(at: match.start), place: mappedStart.label,
            excerpt: excerpt, basis: basis(of: rule, fitting: read?.frame), suggestion: rule.suggestion,
            amounts: isDocumentRule ? [] : AmountParser.amounts(in: text.string(span.start..<span.end)),
            reviewed: ReviewedSpan(line: start.line, column: start.column, endLine: end.line, endColumn: end.column),
            sourceLine: sourceLine, sourceColumn: sourceColumn,
            sourceLength: end.line == start.line ? max(1, end.column - start.column) : 1
        )
        let location = Diagnostic(
            severity: payload.severity.diagnosticSeverity,
            location: SourceLocation(file: file, line: mappedStart.line, column: mappedStart.column),
            end: SourceLocation(file: file, line: mappedEnd.line, column: mappedEnd.column),
            length: payload.sourceLength, message: "", code: payload.ruleID
        )
        return Finding(located: location, review: payload, language: language)
    }
}
