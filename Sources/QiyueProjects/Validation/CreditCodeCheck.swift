import QiyueCore

/// Verifies the check character of unified social credit codes (GB 32100-2015).
///
/// The schema checks a code's shape; the 18th character is a checksum of the other 17, so
/// a single mistyped character is caught here before it is printed into an agreement. It
/// is a note rather than a warning because only the register can say which character is wrong.
struct CreditCodeCheck {
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    func findings(in file: ProjectFile) -> [ProjectFinding] {
        ["government", "investor", "platform"].compactMap { party in
            let pointer = JSONPointer(["agreement", party, "credit_code"])
            guard let node = file.root.node(at: pointer), let code = node.value.stringValue,
                  let expected = Self.checkCharacter(of: code), let actual = code.last, actual != expected else { return nil }
            return ProjectFinding(.note, pointer, code: "credit-code.checksum", message: LocalizedText(
                zh: "统一社会信用代码的校验位是 \(actual)，按 GB 32100 应为 \(expected)；请与营业执照核对",
                en: "the credit code's check character is \(actual) but GB 32100 gives \(expected); compare it with the business licence"
            ), at: node)
        }
    }

    /// The check character for an 18-character code, or `nil` when the code is malformed.
    static func checkCharacter(of code: String) -> Character? {
        let characters = Array(code)
        guard characters.count == 18 else { return nil }
        var sum = 0
        for (character, weight) in zip(characters.prefix(17), weights) {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            sum += value * weight
        }
        let remainder = 31 - sum % 31
        return alphabet[remainder == 31 ? 0 : remainder]
    }
}
