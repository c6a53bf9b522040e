import YaodianModel

/// A destination for a batch's results, fed in input order: the output folder (`OutputSink`),
/// standard output (`JSONLinesStreamWriter`) or a database (`SQLiteWriter`).
///
/// `extract` hands every result to each of its sinks, then calls `finish()` when the batch is
/// complete, or `abandon()` when it cannot go on, so each sink can keep its destination whole:
/// the folder keeps its previous files, the database keeps its committed documents.
public protocol DocumentSink: AnyObject {
    /// Takes one processed document.
    func write(_ record: DocumentRecord) throws
    /// Takes one document that could not be processed.
    func write(_ failure: DocumentFailure) throws
    /// The batch is complete: make the outputs visible.
    func finish() throws
    /// The batch stops early: leave the previous outputs as they were.
    func abandon()
}
