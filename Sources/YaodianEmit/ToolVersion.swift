/// The version of Yaodian that wrote an output, recorded in the SQLite `runs` table and in
/// `datapackage.json`, so a table can be traced to the rules that produced it.
///
/// Bump it when the meaning of a column or the rules behind it change; a database written by
/// an older version is then worth re-running with `--force`.
public enum ToolVersion {
    /// Semantic version of the tool, e.g. `0.2.0`.
    public static let current = "0.2.0"
}
