/// A parsed template: its syntax tree, blocks and `extends` target, shared by every render.
final class CompiledTemplate: Sendable {
    let source: SourceText
    let nodes: [Node]
    let blocks: [String: [Node]]
    let extends: (Expression, Int)?
    /// How this template escapes printed values, from its name's content type.
    let escaping: OutputEscaping
    var autoescape: Bool { escaping.isActive }

    /// Lexes and parses `source`; syntax errors come back positioned in it.
    init(source: SourceText, options: TemplateOptions) throws {
        self.source = source
        self.escaping = options.escaping(for: source.name)
        do {
            var lexer = Lexer(source: source)
            lexer.trimBlocks = options.trimBlocks
            lexer.lstripBlocks = options.lstripBlocks
            var tokens = try lexer.tokenize()
            if !options.keepTrailingNewline, tokens.count >= 2, case let .text(text) = tokens[tokens.count - 2].kind, text.hasSuffix("\n") {
                tokens[tokens.count - 2].kind = .text(String(text.dropLast()))
            }
            var parser = Parser(source: source, tokens: tokens)
            self.nodes = try parser.parseTemplate()
            self.blocks = parser.blocks
            self.extends = parser.extends
        } catch {
            throw source.error(error, language: options.language)
        }
    }
}
