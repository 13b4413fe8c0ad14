//! Where Till keeps its files: the ledger and settings in the platform app-data folder,
//! logs in the platform log folder. `TILL_DATA_DIR` moves both (tests and demos use it).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

pub use till_domain::APP_IDENTIFIER;

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "TILL_DATA_DIR";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub data_dir: PathBuf,
    pub log_dir: PathBuf,
}

impl Paths {
    /// Resolves the folders from `TILL_DATA_DIR` or the platform defaults.
    pub fn from_env() -> Result<Paths> {
        Paths::resolve(std::env::var_os(DATA_DIR_ENV))
    }

    /// Resolves the folders from an explicit override (an empty value counts as none).
    pub fn resolve(data_dir_override: Option<OsString>) -> Result<Paths> {
        if let Some(dir) = data_dir_override.filter(|d| !d.is_empty()) {
            return Ok(Paths::under(PathBuf::from(dir)));
        }
        let data_dir = dirs::data_dir()
            .ok_or_else(|| {
                Error::storage(format!(
                    "Could not find this computer's application data folder. Set {DATA_DIR_ENV} to a folder Till may write to."
                ))
            })?
            .join(APP_IDENTIFIER);
        let log_dir = platform_log_dir().unwrap_or_else(|| data_dir.join("logs"));
        Ok(Paths { data_dir, log_dir })
    }

    /// Everything under one folder: `<dir>` for data, `<dir>/logs` for logs.
    pub fn under(dir: PathBuf) -> Paths {
        Paths {
            log_dir: dir.join("logs"),
            data_dir: dir,
        }
    }

    /// The SQLite ledger.
    pub fn ledger_path(&self) -> PathBuf {
        self.data_dir.join("till.sqlite3")
    }

    /// Creates both folders if they are missing.
    pub fn create_all(&self) -> Result<()> {
        for dir in [&self.data_dir, &self.log_dir] {
            create_dir(dir)?;
        }
        Ok(())
    }
}

fn create_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Error::storage(format!(
            "Could not create the folder {}: {e}. Check its permissions or set {DATA_DIR_ENV} to another folder.",
            dir.display()
        ))
    })
}

/// The platform's log folder for Till, as Tauri's `app_log_dir` computes it.
fn platform_log_dir() -> Option<PathBuf> {
    if cfg!(target_os = "macos") {
        dirs::home_dir().map(|h| h.join("Library/Logs").join(APP_IDENTIFIER))
    } else {
        dirs::data_local_dir().map(|d| d.join(APP_IDENTIFIER).join("logs"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_puts_everything_under_one_folder() {
        let p = Paths::resolve(Some(OsString::from("/tmp/till-x"))).unwrap();
        assert_eq!(p.data_dir, PathBuf::from("/tmp/till-x"));
        assert_eq!(p.log_dir, PathBuf::from("/tmp/till-x/logs"));
        assert_eq!(p.ledger_path(), PathBuf::from("/tmp/till-x/till.sqlite3"));
    }

    #[test]
    fn empty_override_means_platform_default() {
        let p = Paths::resolve(Some(OsString::new())).unwrap();
        assert!(p.data_dir.ends_with(APP_IDENTIFIER));
    }

    #[test]
    fn create_all_makes_both_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let p = Paths::under(tmp.path().join("a/b"));
        p.create_all().unwrap();
        assert!(p.data_dir.is_dir());
        assert!(p.log_dir.is_dir());
    }
}
