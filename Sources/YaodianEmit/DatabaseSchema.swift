import GRDB

/// The SQLite schema `extract --sqlite FILE` writes (`yaodian schema --sql` prints it).
///
/// Tables mirror the CSV files, with types: `REAL` values, `INTEGER` ordinals, offsets, depth and
/// plan year, ISO dates as `TEXT`, booleans as `INTEGER` 0/1 (checked), and `NULL` for what a
/// document does not state (a metadata field, a parent, a marker, an ordinal, a value, a unit, a
/// deadline, a tag label, a clause of a target outside any clause). `attachments` is a JSON array
/// (`json_each(attachments)` lists them). Rows without a natural key
/// (targets, responsibility parties, flags) are numbered within their document (`target_no`,
/// `party_no`, `flag_no`, from 1 in document order).
///
/// Keys: `documents.doc_id`; `clauses (doc_id, clause_id)` with `(doc_id, parent_id)` referring
/// to the parent clause; every `doc_id` refers to `documents` and every `(doc_id, clause_id)` to
/// `clauses`, all `ON DELETE CASCADE`, so deleting a document deletes its rows. `errors.doc_id`
/// is not a foreign key: a document that failed has no `documents` row.
///
/// `runs` records every run (tool version, start and end time, inputs, counts); timestamps live
/// there only. The view `targets_with_context` gives each target with its document title, its
/// clause heading and the parties of its clause:
///
/// ```sql
/// SELECT title, clause_heading, indicator, value, unit, lead_parties
/// FROM targets_with_context WHERE indicator LIKE '%健康素养%';
/// ```
public enum DatabaseSchema {
    /// Statements creating the schema, in order.
    public static let statements: [String] = [
        """
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY,
            tool_version TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            inputs TEXT NOT NULL,
            forced INTEGER NOT NULL CHECK (forced IN (0, 1)),
            documents_written INTEGER NOT NULL DEFAULT 0,
            documents_skipped INTEGER NOT NULL DEFAULT 0,
            documents_failed INTEGER NOT NULL DEFAULT 0
        )
        """,
        """
        CREATE TABLE documents (
            doc_id TEXT PRIMARY KEY NOT NULL,
            source_path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            title TEXT,
            doc_number TEXT,
            publisher TEXT,
            published_date TEXT,
            written_date TEXT,
            index_number TEXT,
            region TEXT,
            plan_year INTEGER,
            truncated INTEGER NOT NULL CHECK (truncated IN (0, 1)),
            attachments TEXT NOT NULL DEFAULT '[]',
            clause_coverage REAL NOT NULL DEFAULT 0,
            unexplained_numbers INTEGER NOT NULL DEFAULT 0,
            body TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs (run_id)
        )
        """,
        """
        CREATE TABLE clauses (
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            clause_id TEXT NOT NULL,
            parent_id TEXT,
            depth INTEGER NOT NULL CHECK (depth >= 1),
            marker_style TEXT NOT NULL,
            ordinal INTEGER,
            marker TEXT,
            heading TEXT NOT NULL,
            text TEXT NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (doc_id, clause_id),
            FOREIGN KEY (doc_id, parent_id) REFERENCES clauses (doc_id, clause_id) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE targets (
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            target_no INTEGER NOT NULL,
            clause_id TEXT,
            indicator TEXT NOT NULL,
            comparator TEXT NOT NULL,
            value REAL,
            value_max REAL,
            unit TEXT,
            deadline TEXT,
            kind TEXT NOT NULL,
            redacted INTEGER NOT NULL CHECK (redacted IN (0, 1)),
            raw TEXT NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (doc_id, target_no),
            FOREIGN KEY (doc_id, clause_id) REFERENCES clauses (doc_id, clause_id) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE responsibilities (
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            party_no INTEGER NOT NULL,
            clause_id TEXT,
            party_kind TEXT NOT NULL,
            role TEXT NOT NULL,
            name TEXT NOT NULL,
            label TEXT,
            raw TEXT NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (doc_id, party_no),
            FOREIGN KEY (doc_id, clause_id) REFERENCES clauses (doc_id, clause_id) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE flags (
            doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
            flag_no INTEGER NOT NULL,
            flag TEXT NOT NULL,
            detail TEXT NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (doc_id, flag_no)
        )
        """,
        """
        CREATE TABLE errors (
            error_id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (run_id),
            doc_id TEXT,
            source_path TEXT NOT NULL,
            stage TEXT NOT NULL,
            error TEXT NOT NULL
        )
        """,
        "CREATE INDEX documents_region ON documents (region)",
        "CREATE INDEX documents_plan_year ON documents (plan_year)",
        "CREATE INDEX documents_sha256 ON documents (sha256)",
        "CREATE INDEX clauses_parent ON clauses (doc_id, parent_id)",
        "CREATE INDEX targets_indicator ON targets (indicator)",
        "CREATE INDEX targets_unit ON targets (unit)",
        "CREATE INDEX targets_clause ON targets (doc_id, clause_id)",
        "CREATE INDEX responsibilities_name ON responsibilities (name)",
        "CREATE INDEX responsibilities_clause ON responsibilities (doc_id, clause_id)",
        "CREATE INDEX flags_flag ON flags (flag)",
        "CREATE INDEX errors_doc ON errors (doc_id)",
        "CREATE INDEX errors_source_path ON errors (source_path)",
        """
        CREATE VIEW targets_with_context AS
        SELECT
            t.doc_id,
            t.target_no,
            d.title AS document_title,
            d.region,
            d.plan_year,
            t.clause_id,
            c.heading AS clause_heading,
            t.indicator,
            t.comparator,
            t.value,
            t.value_max,
            t.unit,
            t.deadline,
            t.kind,
            t.redacted,
            t.raw,
            t."start",
            t."end",
            (SELECT group_concat(name, ';') FROM (SELECT r.name FROM responsibilities r
                WHERE r.doc_id = t.doc_id AND r.clause_id = t.clause_id ORDER BY r.party_no)) AS parties,
            (SELECT group_concat(name, ';') FROM (SELECT r.name FROM responsibilities r
                WHERE r.doc_id = t.doc_id AND r.clause_id = t.clause_id AND r.role = 'lead' ORDER BY r.party_no)) AS lead_parties,
            (SELECT group_concat(name, ';') FROM (SELECT r.name FROM responsibilities r
                WHERE r.doc_id = t.doc_id AND r.clause_id = t.clause_id AND r.role = 'responsible' ORDER BY r.party_no)) AS responsible_parties,
            (SELECT group_concat(name, ';') FROM (SELECT r.name FROM responsibilities r
                WHERE r.doc_id = t.doc_id AND r.clause_id = t.clause_id AND r.role = 'cooperating' ORDER BY r.party_no)) AS cooperating_parties
        FROM targets t
        JOIN documents d ON d.doc_id = t.doc_id
        LEFT JOIN clauses c ON c.doc_id = t.doc_id AND c.clause_id = t.clause_id
        """,
    ]

    /// The whole schema as one SQL script.
    public static var sql: String {
        statements.map { $0 + ";\n" }.joined(separator: "\n")
    }

    /// Creates the schema in a new database, and leaves an existing one as it is (GRDB records
    /// applied migrations in `grdb_migrations`; a later schema change is a new migration).
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            for statement in statements { try db.execute(sql: statement) }
        }
        return migrator
    }
}
