//! Logging: human-readable lines on stderr and a daily rolling file in the log folder.
//! The level comes from `TILL_LOG` (env-filter syntax, e.g. `info,till_core=debug`).

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{fmt, EnvFilter};

use crate::error::{Error, Result};

/// The environment variable holding the log filter.
pub const LOG_ENV: &str = "TILL_LOG";
/// The filter used when `TILL_LOG` is unset.
pub const DEFAULT_FILTER: &str = "info";
/// How many daily log files are kept.
const KEEP_FILES: usize = 14;

/// Installs the global subscriber. Keep the returned guard alive for the life of the
/// process: dropping it flushes and stops the file writer.
pub fn init(log_dir: &Path, file_prefix: &str) -> Result<WorkerGuard> {
    std::fs::create_dir_all(log_dir).map_err(|e| {
        Error::storage(format!(
            "Could not create the log folder {}: {e}",
            log_dir.display()
        ))
    })?;
    let appender = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix(file_prefix)
        .filename_suffix("log")
        .max_log_files(KEEP_FILES)
        .build(log_dir)
        .map_err(|e| {
            Error::storage(format!(
                "Could not open a log file in {}: {e}",
                log_dir.display()
            ))
        })?;
    let (file_writer, guard) = tracing_appender::non_blocking(appender);
    let filter = filter_from_env();
    tracing_subscriber::registry()
        .with(filter)
        .with(fmt::layer().with_writer(std::io::stderr))
        .with(fmt::layer().with_ansi(false).with_writer(file_writer))
        .try_init()
        .map_err(|e| Error::internal(format!("Logging was already set up: {e}")))?;
    Ok(guard)
}

/// The filter from `TILL_LOG`; an unparsable value falls back to the default and says so.
fn filter_from_env() -> EnvFilter {
    match std::env::var(LOG_ENV) {
        Ok(spec) if !spec.trim().is_empty() => EnvFilter::try_new(&spec).unwrap_or_else(|e| {
            eprintln!(
                "{LOG_ENV}={spec:?} is not a valid log filter ({e}); using {DEFAULT_FILTER:?}."
            );
            EnvFilter::new(DEFAULT_FILTER)
        }),
        _ => EnvFilter::new(DEFAULT_FILTER),
    }
}

/// Stderr-only logging for command-line tools, with `filter` in env-filter syntax.
pub fn init_stderr(filter: &str) -> Result<()> {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("warn"));
    tracing_subscriber::registry()
        .with(filter)
        .with(fmt::layer().with_writer(std::io::stderr))
        .try_init()
        .map_err(|e| Error::internal(format!("Logging was already set up: {e}")))
}
