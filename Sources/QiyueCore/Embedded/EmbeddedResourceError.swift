/// A built-in file the binary should carry and does not, or carries damaged.
///
/// Either means the binary was built wrongly; saying which file and that the build is at
/// fault lets the officer hand the message to whoever installed the tool, instead of seeing
/// a crash.
public struct EmbeddedResourceError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case missing
        case damaged
    }

    public let folder: String
    public let path: String
    public let reason: Reason

    public init(folder: String, path: String, reason: Reason) {
        self.folder = folder
        self.path = path
        self.reason = reason
    }

    public var message: LocalizedText {
        switch reason {
        case .missing:
            return LocalizedText(
                zh: "程序内置文件“\(folder)/\(path)”缺失：安装的 qiyue 构建有误，请重新安装",
                en: "the built-in file '\(folder)/\(path)' is missing: this qiyue build is broken, reinstall it")
        case .damaged:
            return LocalizedText(
                zh: "程序内置文件“\(folder)/\(path)”已损坏：安装的 qiyue 构建有误，请重新安装",
                en: "the built-in file '\(folder)/\(path)' is damaged: this qiyue build is broken, reinstall it")
        }
    }

    public var description: String { message.en }
}
