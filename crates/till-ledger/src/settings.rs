//! Settings other than secrets: a small key-value table. Secrets live only in the keyring.

use rusqlite::{params, OptionalExtension};

use crate::columns::Doing;
use crate::error::Result;
use crate::Ledger;

impl Ledger {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")
            .and_then(|mut s| s.query_row([key], |row| row.get(0)).optional())
            .doing("reading a setting")
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )
            .and_then(|mut s| s.execute(params![key, value]))
            .map(|_| ())
            .doing("saving a setting")
    }

    /// Removes a setting; `false` when it was not set.
    pub fn delete_setting(&mut self, key: &str) -> Result<bool> {
        self.conn
            .prepare_cached("DELETE FROM settings WHERE key = ?1")
            .and_then(|mut s| s.execute([key]))
            .map(|n| n > 0)
            .doing("removing a setting")
    }

    /// Sets (`Some`) or removes (`None`) several settings in one transaction: all or none.
    pub fn update_settings(&mut self, changes: &[(&str, Option<&str>)]) -> Result<()> {
        let tx = self.conn.transaction().doing("starting to save settings")?;
        for (key, value) in changes {
            let done = match value {
                Some(value) => tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    params![key, value],
                ),
                None => tx.execute("DELETE FROM settings WHERE key = ?1", params![key]),
            };
            done.doing("saving settings")?;
        }
        tx.commit().doing("committing settings")
    }

    /// The stored value, or `default()` stored now (so it stays the same from then on).
    pub fn setting_or_init(
        &mut self,
        key: &str,
        default: impl FnOnce() -> String,
    ) -> Result<String> {
        if let Some(value) = self.setting(key)? {
            return Ok(value);
        }
        let value = default();
        self.set_setting(key, &value)?;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_stored_and_initialised_once() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        assert_eq!(ledger.setting("register_name").unwrap(), None);
        ledger.set_setting("register_name", "Front").unwrap();
        ledger.set_setting("register_name", "Back").unwrap();
        assert_eq!(
            ledger.setting("register_name").unwrap().as_deref(),
            Some("Back")
        );
        let first = ledger
            .setting_or_init("register_id", || "reg_a".into())
            .unwrap();
        let second = ledger
            .setting_or_init("register_id", || "reg_b".into())
            .unwrap();
        assert_eq!(first, "reg_a");
        assert_eq!(second, "reg_a");
        assert!(ledger.delete_setting("register_name").unwrap());
        assert!(!ledger.delete_setting("register_name").unwrap());
        assert_eq!(ledger.setting("register_name").unwrap(), None);
    }
}
