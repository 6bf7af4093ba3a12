/// The toolkit's version, printed by `qiyue --version` and written into reports.
public enum QiyueVersion {
    public static let current = "0.1.0"
}
