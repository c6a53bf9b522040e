import YaodianCore

/// The exit statuses of `yaodian extract`, from the most to the least serious (README,
/// Robustness). Outputs are complete for every status but 3: a document that failed, for
/// whatever reason, is a row of `errors.csv`.
///
/// | status | meaning |
/// |---|---|
/// | 0 | every input was read (documents that failed on their content are rows of `errors.csv`) |
/// | 1 | `--strict`, and at least one document failed |
/// | 3 | the output folder or database could not be written (previous outputs are left intact) |
/// | 4 | an input does not exist (a path given, a listed path, or a file removed during the run), or there was no input document at all |
/// | 5 | an input exists but cannot be read (permission denied, an I/O error, a folder that cannot be listed) |
/// | 64 | wrong usage (an unknown option, a missing path) |
/// | 130, 143 | interrupted by SIGINT or SIGTERM |
enum ExitStatus {
    static let strictFailures: Int32 = 1
    static let outputNotWritable: Int32 = 3
    static let inputMissing: Int32 = 4
    static let inputUnreadable: Int32 = 5

    /// The status of a finished batch.
    static func afterBatch(documents: Int, failures: Int, inputProblems: Set<DocumentFailure.InputProblem>,
                           strict: Bool) -> Int32 {
        if inputProblems.contains(.missing) || documents + failures == 0 { return inputMissing }
        if inputProblems.contains(.unreadable) { return inputUnreadable }
        if strict, failures > 0 { return strictFailures }
        return 0
    }
}
