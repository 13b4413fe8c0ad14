//! Test-card runs: which of Stripe's test cards a sale was charged with, the outcome it
//! should have and the one Stripe reported (the cards and the rules are in till-core's
//! `testcards`).

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::columns::Doing;
use crate::error::Result;
use crate::Ledger;

/// The schema of test runs (migration `0004_test_runs`).
pub const TEST_RUNS_SQL: &str = r#"
    CREATE TABLE test_runs (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        sale_id     TEXT NOT NULL UNIQUE REFERENCES sales (id),
        card        TEXT NOT NULL,
        expected    TEXT NOT NULL,
        observed    TEXT,
        matched     INTEGER,
        mode        TEXT NOT NULL,
        started_at  INTEGER NOT NULL,
        decided_at  INTEGER
    ) STRICT;
"#;

/// A run as the sheet and `tillctl testcards` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TestRun {
    pub id: i64,
    pub sale_id: String,
    pub card: String,
    pub expected: String,
    pub observed: Option<String>,
    /// `None` until Stripe reported an outcome.
    pub matched: Option<bool>,
    pub mode: String,
    pub started_at: i64,
    pub decided_at: Option<i64>,
    pub session_id: Option<String>,
}

impl Ledger {
    /// Records a run of `card` (its number, and the outcome it should have) for a sale the
    /// ledger already holds.
    pub fn insert_test_run(
        &mut self,
        sale_id: &str,
        card: &str,
        expected: &str,
        mode: &str,
        at: i64,
    ) -> Result<()> {
        self.connection()
            .execute(
                "INSERT INTO test_runs (sale_id, card, expected, mode, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![sale_id, card, expected, mode, at],
            )
            .map(|_| ())
            .doing("recording a test-card run")
    }

    /// Records the observed outcome of an undecided run (once).
    pub fn decide_test_run(
        &mut self,
        sale_id: &str,
        observed: &str,
        matched: bool,
        at: i64,
    ) -> Result<bool> {
        self.connection()
            .execute(
                "UPDATE test_runs SET observed = ?2, matched = ?3, decided_at = ?4 WHERE sale_id = ?1 AND observed IS NULL",
                params![sale_id, observed, matched, at],
            )
            .map(|n| n > 0)
            .doing("recording a test-card outcome")
    }

    pub fn test_runs(&self, mode: &str, limit: usize) -> Result<Vec<TestRun>> {
        let mut statement = self
            .connection()
            .prepare_cached(
                "SELECT r.id, r.sale_id, r.card, r.expected, r.observed, r.matched, r.mode, r.started_at, r.decided_at, s.session_id
                 FROM test_runs r JOIN sales s ON s.id = r.sale_id
                 WHERE r.mode = ?1 ORDER BY r.id DESC LIMIT ?2",
            )
            .doing("listing test-card runs")?;
        let rows = statement
            .query_map(params![mode, limit as i64], |row| {
                Ok(TestRun {
                    id: row.get(0)?,
                    sale_id: row.get(1)?,
                    card: row.get(2)?,
                    expected: row.get(3)?,
                    observed: row.get(4)?,
                    matched: row.get(5)?,
                    mode: row.get(6)?,
                    started_at: row.get(7)?,
                    decided_at: row.get(8)?,
                    session_id: row.get(9)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .doing("listing test-card runs")?;
        Ok(rows)
    }

    /// The run behind a sale: its card and, once decided, what was observed and whether it
    /// matched.
    pub fn test_run(&self, sale_id: &str) -> Result<Option<RunOutcome>> {
        self.connection()
            .query_row(
                "SELECT card, observed, matched FROM test_runs WHERE sale_id = ?1",
                [sale_id],
                |row| {
                    Ok(RunOutcome {
                        card: row.get(0)?,
                        observed: row.get(1)?,
                        matched: row.get(2)?,
                    })
                },
            )
            .optional()
            .doing("reading a test-card run")
    }
}

/// A run's card and its decision, if Stripe has reported one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutcome {
    pub card: String,
    pub observed: Option<String>,
    pub matched: Option<bool>,
}
