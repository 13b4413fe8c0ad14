//! Schema `0012_staff`: named staff with their role and PIN hash, and who did what.
//!
//! A staff member has a role (`staff`, `manager`, `owner`), an argon2id PIN hash and the same
//! persisted rate limit as `owner_pin` (`failures`, `locked_until`). Staff are archived, never
//! deleted (sales point at them), and an archived row never changes again. A name is unique
//! among active staff (case-insensitive for ASCII letters).
//!
//! Who did it: a nullable `staff_id` on `sales` (who rang the sale), `refund_requests` (who
//! asked for a card refund), `drawer_moves` (the float, cash sales, cash refunds, paid in / out,
//! no sale), `sale_timeline` (each change made at the counter) and `shifts` (`opened_by`,
//! `closed_by`). NULL means nobody signed in: every row written before staff existed, and
//! anything done with no staff set up (or by the owner through the owner PIN).

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::columns::Doing;
use crate::error::{Error, ErrorCode, Result};
use crate::Ledger;

pub(super) const STAFF_SQL: &str = r#"
    CREATE TABLE staff (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        role         TEXT NOT NULL CHECK (role IN ('staff', 'manager', 'owner')),
        pin_hash     TEXT NOT NULL,
        failures     INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER NOT NULL DEFAULT 0,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        archived_at  INTEGER
    ) STRICT;
    CREATE UNIQUE INDEX staff_active_names ON staff (lower(name)) WHERE archived_at IS NULL;
    CREATE TRIGGER staff_never_deleted BEFORE DELETE ON staff
        BEGIN SELECT RAISE(ABORT, 'staff are archived, never deleted'); END;
    CREATE TRIGGER staff_archived_are_final BEFORE UPDATE ON staff WHEN OLD.archived_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'an archived staff member never changes'); END;

    ALTER TABLE sales ADD COLUMN staff_id TEXT REFERENCES staff (id);
    ALTER TABLE refund_requests ADD COLUMN staff_id TEXT REFERENCES staff (id);
    ALTER TABLE drawer_moves ADD COLUMN staff_id TEXT REFERENCES staff (id);
    ALTER TABLE sale_timeline ADD COLUMN staff_id TEXT REFERENCES staff (id);
    ALTER TABLE shifts ADD COLUMN opened_by TEXT REFERENCES staff (id);
    ALTER TABLE shifts ADD COLUMN closed_by TEXT REFERENCES staff (id);
    CREATE INDEX sales_by_staff ON sales (mode, staff_id, created_at DESC, id DESC) WHERE staff_id IS NOT NULL;
    "#;

/// One staff member as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffRecord {
    pub id: String,
    pub name: String,
    /// `staff`, `manager` or `owner`.
    pub role: String,
    /// The argon2id PHC string; never leaves the core.
    #[serde(skip)]
    pub pin_hash: String,
    pub failures: i64,
    pub locked_until: i64,
    pub created_at: i64,
    pub archived_at: Option<i64>,
}

/// A staff member as first written.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub id: String,
    pub name: String,
    pub role: String,
    pub pin_hash: String,
    pub created_at: i64,
}

const STAFF_COLUMNS: &str =
    "id, name, role, pin_hash, failures, locked_until, created_at, archived_at";

fn staff_from_row(row: &Row<'_>) -> rusqlite::Result<StaffRecord> {
    Ok(StaffRecord {
        id: row.get(0)?,
        name: row.get(1)?,
        role: row.get(2)?,
        pin_hash: row.get(3)?,
        failures: row.get(4)?,
        locked_until: row.get(5)?,
        created_at: row.get(6)?,
        archived_at: row.get(7)?,
    })
}

fn name_taken(name: &str) -> Error {
    Error::invalid_input(format!(
        "There is already a staff member called {name:?}. Choose another name (or archive the other one first)."
    ))
    .with_reason("staff_name_taken")
}

fn unknown(id: &str) -> Error {
    Error::new(
        ErrorCode::NotFound,
        format!("There is no staff member {id}. `tillctl staff list` shows who there is."),
    )
    .with_reason("staff_not_found")
}

fn archived(record: &StaffRecord) -> Error {
    Error::invalid_input(format!(
        "{} ({}) is archived and can no longer sign in or be changed. Add them again if they are back.",
        record.name, record.id
    ))
    .with_reason("staff_archived")
}

fn active_name_exists(
    conn: &rusqlite::Connection,
    name: &str,
    except: Option<&str>,
) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT 1 FROM staff WHERE lower(name) = lower(?1) AND archived_at IS NULL AND id IS NOT ?2",
    )?
    .query_row(params![name, except], |_| Ok(()))
    .optional()
    .map(|found| found.is_some())
}

impl Ledger {
    /// Adds a staff member; refused (`staff_name_taken`, nothing written) when an active one
    /// has the same name.
    pub fn insert_staff(&mut self, staff: &NewStaff) -> Result<StaffRecord> {
        let doing = "adding a staff member";
        let tx = self.conn.transaction().doing(doing)?;
        if active_name_exists(&tx, &staff.name, None).doing(doing)? {
            return Err(name_taken(&staff.name));
        }
        tx.prepare_cached(
            "INSERT INTO staff (id, name, role, pin_hash, failures, locked_until, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 0, 0, ?5, ?5)",
        )
        .and_then(|mut s| {
            s.execute(params![
                staff.id,
                staff.name,
                staff.role,
                staff.pin_hash,
                staff.created_at
            ])
        })
        .doing(doing)?;
        tx.commit().doing(doing)?;
        self.staff(&staff.id)?
            .ok_or_else(|| Error::internal("The staff member just added could not be read back."))
    }

    /// One staff member, archived or not.
    pub fn staff(&self, id: &str) -> Result<Option<StaffRecord>> {
        self.conn
            .prepare_cached(&format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = ?1"))
            .and_then(|mut s| s.query_row([id], staff_from_row).optional())
            .doing("reading a staff member")
    }

    /// Staff by name (active first, then archived; each by name).
    pub fn staff_list(&self, include_archived: bool) -> Result<Vec<StaffRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {STAFF_COLUMNS} FROM staff WHERE ?1 OR archived_at IS NULL
                 ORDER BY archived_at IS NOT NULL, lower(name), id"
            ))
            .and_then(|mut s| s.query_map([include_archived], staff_from_row)?.collect())
            .doing("listing the staff")
    }

    /// How many staff members are active.
    pub fn active_staff_count(&self) -> Result<i64> {
        self.conn
            .prepare_cached("SELECT count(*) FROM staff WHERE archived_at IS NULL")
            .and_then(|mut s| s.query_row([], |r| r.get(0)))
            .doing("counting the staff")
    }

    /// The active staff member `id`, inside a transaction: unknown and archived are refused.
    fn active_staff_in(conn: &rusqlite::Connection, id: &str, doing: &str) -> Result<StaffRecord> {
        let record = conn
            .prepare_cached(&format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = ?1"))
            .and_then(|mut s| s.query_row([id], staff_from_row).optional())
            .doing(doing)?
            .ok_or_else(|| unknown(id))?;
        if record.archived_at.is_some() {
            return Err(archived(&record));
        }
        Ok(record)
    }

    /// Archives a staff member: they can no longer sign in; what they did keeps their id.
    pub fn archive_staff(&mut self, id: &str, at: i64) -> Result<StaffRecord> {
        let doing = "archiving a staff member";
        let tx = self.conn.transaction().doing(doing)?;
        Ledger::active_staff_in(&tx, id, doing)?;
        tx.prepare_cached("UPDATE staff SET archived_at = ?2, updated_at = ?2 WHERE id = ?1")
            .and_then(|mut s| s.execute(params![id, at]))
            .doing(doing)?;
        tx.commit().doing(doing)?;
        self.staff(id)?.ok_or_else(|| unknown(id))
    }

    /// A new PIN hash for an active staff member (clearing their failure count and lock).
    pub fn set_staff_pin(&mut self, id: &str, pin_hash: &str, at: i64) -> Result<StaffRecord> {
        let doing = "changing a staff PIN";
        let tx = self.conn.transaction().doing(doing)?;
        Ledger::active_staff_in(&tx, id, doing)?;
        tx.prepare_cached(
            "UPDATE staff SET pin_hash = ?2, failures = 0, locked_until = 0, updated_at = ?3 WHERE id = ?1",
        )
        .and_then(|mut s| s.execute(params![id, pin_hash, at]))
        .doing(doing)?;
        tx.commit().doing(doing)?;
        self.staff(id)?.ok_or_else(|| unknown(id))
    }

    /// A new role for an active staff member.
    pub fn set_staff_role(&mut self, id: &str, role: &str, at: i64) -> Result<StaffRecord> {
        let doing = "changing a staff role";
        let tx = self.conn.transaction().doing(doing)?;
        Ledger::active_staff_in(&tx, id, doing)?;
        tx.prepare_cached("UPDATE staff SET role = ?2, updated_at = ?3 WHERE id = ?1")
            .and_then(|mut s| s.execute(params![id, role, at]))
            .doing(doing)?;
        tx.commit().doing(doing)?;
        self.staff(id)?.ok_or_else(|| unknown(id))
    }

    /// Records a wrong PIN of an active staff member: the new failure count and lock.
    pub fn staff_pin_failed(
        &mut self,
        id: &str,
        failures: i64,
        locked_until: i64,
        at: i64,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE staff SET failures = ?2, locked_until = ?3, updated_at = ?4 WHERE id = ?1 AND archived_at IS NULL",
            )
            .and_then(|mut s| s.execute(params![id, failures, locked_until, at]))
            .map(|_| ())
            .doing("recording a wrong staff PIN")
    }

    /// A right PIN clears the staff member's failure count.
    pub fn staff_pin_succeeded(&mut self, id: &str, at: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE staff SET failures = 0, locked_until = 0, updated_at = ?2
                 WHERE id = ?1 AND failures > 0 AND archived_at IS NULL",
            )
            .and_then(|mut s| s.execute(params![id, at]))
            .map(|_| ())
            .doing("recording a staff sign-in")
    }

    /// Who rang a sale (`None`: nobody signed in, or a sale from before staff existed).
    pub fn sale_staff_id(&self, sale_id: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT staff_id FROM sales WHERE id = ?1")
            .and_then(|mut s| s.query_row([sale_id], |r| r.get(0)).optional())
            .map(Option::flatten)
            .doing("reading who rang a sale")
    }

    /// Who opened and who closed a shift.
    pub fn shift_staff(&self, shift_id: i64) -> Result<(Option<String>, Option<String>)> {
        self.conn
            .prepare_cached("SELECT opened_by, closed_by FROM shifts WHERE id = ?1")
            .and_then(|mut s| s.query_row([shift_id], |r| Ok((r.get(0)?, r.get(1)?))))
            .doing("reading who opened and closed a shift")
    }

    /// Who made each movement of a shift: (movement id, staff id), oldest first.
    pub fn shift_move_staff(&self, shift_id: i64) -> Result<Vec<(i64, Option<String>)>> {
        self.conn
            .prepare_cached("SELECT id, staff_id FROM drawer_moves WHERE shift_id = ?1 ORDER BY id")
            .and_then(|mut s| {
                s.query_map([shift_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect()
            })
            .doing("reading who moved the drawer's cash")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new(id: &str, name: &str, role: &str) -> NewStaff {
        NewStaff {
            id: id.into(),
            name: name.into(),
            role: role.into(),
            pin_hash: "$argon2id$x".into(),
            created_at: 1,
        }
    }

    #[test]
    fn names_are_unique_among_active_staff_and_archived_rows_are_final() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_staff(&new("staff_a", "Ada", "staff"))
            .unwrap();
        let e = ledger
            .insert_staff(&new("staff_b", "ada", "manager"))
            .unwrap_err();
        assert_eq!(e.wire_code(), "staff_name_taken");
        assert_eq!(ledger.staff_list(true).unwrap().len(), 1);
        ledger.archive_staff("staff_a", 2).unwrap();
        // The name is free again; the archived row stays, unchanged and undeletable.
        ledger
            .insert_staff(&new("staff_b", "Ada", "manager"))
            .unwrap();
        assert_eq!(ledger.staff_list(false).unwrap().len(), 1);
        assert_eq!(ledger.staff_list(true).unwrap().len(), 2);
        for e in [
            ledger.archive_staff("staff_a", 3).unwrap_err(),
            ledger
                .set_staff_pin("staff_a", "$argon2id$y", 3)
                .unwrap_err(),
            ledger.set_staff_role("staff_a", "owner", 3).unwrap_err(),
        ] {
            assert_eq!(e.wire_code(), "staff_archived");
        }
        assert!(ledger
            .connection()
            .execute("DELETE FROM staff WHERE id = 'staff_a'", [])
            .is_err());
        assert!(ledger
            .connection()
            .execute("UPDATE staff SET name = 'X' WHERE id = 'staff_a'", [])
            .is_err());
        assert_eq!(
            ledger
                .set_staff_role("nobody", "owner", 3)
                .unwrap_err()
                .wire_code(),
            "staff_not_found"
        );
    }

    #[test]
    fn failures_are_counted_and_cleared() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_staff(&new("staff_a", "Ada", "staff"))
            .unwrap();
        ledger.staff_pin_failed("staff_a", 3, 99, 2).unwrap();
        let record = ledger.staff("staff_a").unwrap().unwrap();
        assert_eq!((record.failures, record.locked_until), (3, 99));
        ledger.staff_pin_succeeded("staff_a", 3).unwrap();
        assert_eq!(ledger.staff("staff_a").unwrap().unwrap().failures, 0);
        ledger.staff_pin_failed("staff_a", 2, 0, 4).unwrap();
        ledger.set_staff_pin("staff_a", "$argon2id$z", 5).unwrap();
        let record = ledger.staff("staff_a").unwrap().unwrap();
        assert_eq!(
            (record.failures, record.pin_hash.as_str()),
            (0, "$argon2id$z")
        );
    }

    #[test]
    fn a_staff_id_must_name_a_staff_member() {
        let ledger = Ledger::open_in_memory().unwrap();
        let e = ledger.connection().execute(
            "INSERT INTO sales (id, mode, register_id, state, currency, amount_total, created_at, updated_at, staff_id)
             VALUES ('s', 'test', 'till-1', 'paid', 'usd', 100, 0, 0, 'staff_nobody')",
            [],
        );
        assert!(
            e.is_err(),
            "a sale cannot name a staff member who does not exist"
        );
    }

    #[test]
    fn drawer_actions_record_who_did_them() {
        use crate::mode::Mode;
        use crate::{NewMove, NewShift};
        use till_domain::money::Currency;
        use till_domain::tender::DrawerMove;
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_staff(&new("staff_a", "Ada", "staff"))
            .unwrap();
        ledger
            .insert_staff(&new("staff_m", "Max", "manager"))
            .unwrap();
        let shift = ledger
            .open_shift_with_float(
                Mode::Test,
                "till-1",
                NewShift {
                    currency: Currency::USD,
                    float_amount: 1000,
                    float_count: None,
                    at: 1,
                    opened_by: Some("staff_a"),
                },
            )
            .unwrap();
        ledger
            .record_drawer_move(
                Mode::Test,
                "till-1",
                NewMove {
                    kind: DrawerMove::NoSale,
                    amount: 0,
                    sale_id: None,
                    reason: "",
                    staff_id: Some("staff_a"),
                },
                2,
            )
            .unwrap();
        ledger
            .record_drawer_move(
                Mode::Test,
                "till-1",
                NewMove {
                    kind: DrawerMove::PaidOut,
                    amount: 300,
                    sale_id: None,
                    reason: "milk",
                    staff_id: Some("staff_m"),
                },
                3,
            )
            .unwrap();
        ledger
            .record_drawer_move(
                Mode::Test,
                "till-1",
                NewMove {
                    kind: DrawerMove::PaidIn,
                    amount: 100,
                    sale_id: None,
                    reason: "bank",
                    staff_id: None,
                },
                4,
            )
            .unwrap();
        // A movement cannot name someone who is not staff: nothing is written.
        assert!(ledger
            .record_drawer_move(
                Mode::Test,
                "till-1",
                NewMove {
                    kind: DrawerMove::NoSale,
                    amount: 0,
                    sale_id: None,
                    reason: "",
                    staff_id: Some("staff_x")
                },
                5
            )
            .is_err());
        ledger
            .close_shift(shift.id, 6, Some("staff_m"), |_| Ok("{}".into()))
            .unwrap();
        let who: Vec<Option<String>> = ledger
            .shift_move_staff(shift.id)
            .unwrap()
            .into_iter()
            .map(|(_, staff)| staff)
            .collect();
        assert_eq!(
            who,
            [
                Some("staff_a".into()),
                Some("staff_a".into()),
                Some("staff_m".into()),
                None
            ]
        );
        assert_eq!(
            ledger.shift_staff(shift.id).unwrap(),
            (Some("staff_a".into()), Some("staff_m".into()))
        );
    }
}
