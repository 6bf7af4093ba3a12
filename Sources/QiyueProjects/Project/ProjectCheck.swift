import QiyueCore

/// Runs every check of `qiyue check` on one project file: validation, package maturity,
/// admission screening and bilingual QA.
///
/// It lives in the library, not the command, so the drafting commands can run the same
/// checks before rendering and tests can examine the report without parsing text.
public struct ProjectCheck: Sendable {
    public var validator: ProjectValidator
    public var maturity: MaturityAssessment
    public var admission: AdmissionScreening
    public var bilingual: BilingualCheck

    public init(thresholds: AdmissionThresholds = .builtIn, glossary: Glossary = .builtIn, catalog: IndustryCatalog = .builtIn) {
        validator = ProjectValidator(catalog: catalog)
        maturity = MaturityAssessment(catalog: catalog)
        admission = AdmissionScreening(thresholds: thresholds, catalog: catalog)
        bilingual = BilingualCheck(glossary: GlossaryCheck(glossary: glossary))
    }

    public func run(_ file: ProjectFile) -> ProjectCheckReport {
        let validation = validator.validate(file)
        return ProjectCheckReport(
            file: file,
            validation: validation,
            maturity: maturity.assess(file, validation: validation),
            admission: admission.screen(file),
            bilingual: bilingual.findings(in: file, textFields: validation.textFields)
        )
    }
}
