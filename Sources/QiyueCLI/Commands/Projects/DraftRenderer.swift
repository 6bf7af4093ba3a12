import Foundation
import QiyueCore
import QiyueTemplate

/// Renders one drafting template from the template directory, or from the templates built
/// into the binary when there is none.
///
/// Template errors (a field the template needs but the project lacks, a mistake in an
/// edited template) are printed as `TEMPLATE:LINE:COL: error:` with the source line, the
/// same way `qiyue render` prints them, and reported to the caller as `nil`.
struct DraftRenderer {
    var directory: String?

    func render(_ templateName: String, data: TemplateValue, context: CommandContext) throws -> String? {
        do {
            let options = TemplateOptions(language: context.language)
            let environment = try directory.map { TemplateEnvironment(root: URL(fileURLWithPath: $0, isDirectory: true), options: options) }
                ?? BuiltInTemplates.environment(options: options)
            let template = try environment.template(named: templateName)
            return try template.render(data)
        } catch let error as TemplateError {
            context.writeErr(error.rendered(language: context.language, colored: context.colorErrors))
            return nil
        }
    }
}
