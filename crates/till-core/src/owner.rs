//! The owner PIN: history, refunds, settings and catalog changes ask for it; staff sell and
//! see the last few sales without it.
//!
//! The PIN (4 to 12 digits) is stored only as an argon2id hash (PHC string, random salt) in
//! the ledger. Wrong PINs are rate-limited and the count survives restarts: the first
//! [`FREE_ATTEMPTS`] wrong PINs cost nothing, each further one locks the PIN for
//! 30 s, 60 s, 120 s, … up to 15 minutes. A right PIN clears the count. The window keeps the
//! owner signed in ([`OwnerGate`]) until [`IDLE_TIMEOUT`] passes without an owner action or
//! the owner locks it.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::i18n::{text_with, Arg, Language};
use crate::store::{now_ms, Store};

/// Wrong PINs allowed before the lock starts.
pub const FREE_ATTEMPTS: i64 = 5;
/// The first lock; each further wrong PIN doubles it.
pub const FIRST_LOCK: Duration = Duration::from_secs(30);
pub const MAX_LOCK: Duration = Duration::from_secs(15 * 60);
/// The owner is signed out after this long without an owner action.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(10 * 60);

/// One PIN check at a time in this process, so concurrent wrong PINs all count.
static CHECKING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Whether a PIN is set, and for how long it is locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PinStatus {
    pub pin_set: bool,
    /// Seconds until another PIN may be tried (0: now).
    pub locked_for_secs: i64,
    pub failures: i64,
}

/// How long the PIN is locked after `failures` wrong PINs in a row.
pub fn lock_after(failures: i64) -> Duration {
    if failures < FREE_ATTEMPTS {
        return Duration::ZERO;
    }
    let doublings = u32::try_from((failures - FREE_ATTEMPTS).min(16)).unwrap_or(16);
    FIRST_LOCK.saturating_mul(1 << doublings).min(MAX_LOCK)
}

fn validate_new_pin(pin: &str, language: Language) -> Result<()> {
    let ok = (4..=12).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(
            Error::invalid_input(crate::i18n::text(language, "owner-error-pin-form"))
                .with_reason("invalid_pin"),
        )
    }
}

/// An argon2id PHC string (random salt, the crate's default cost) for a PIN. Slow on purpose:
/// callers run it on the blocking pool.
pub(crate) fn hash_pin(pin: &str) -> Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| {
        Error::internal(format!(
            "The system's random source failed ({e}); try again."
        ))
    })?;
    let salt = SaltString::encode_b64(&salt)
        .map_err(|e| Error::internal(format!("Could not encode a PIN salt: {e}")))?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| Error::internal(format!("Could not hash the PIN: {e}")))
}

fn pin_matches(pin: &str, stored: &str) -> Result<bool> {
    pin_matches_hash(
        pin,
        stored,
        "Reset it with `tillctl owner reset-pin` on this computer.",
    )
}

/// Whether `pin` matches the PHC string `stored`; a damaged hash is an error ending with
/// `what_to_do`.
pub(crate) fn pin_matches_hash(pin: &str, stored: &str, what_to_do: &str) -> Result<bool> {
    let parsed = PasswordHash::new(stored)
        .map_err(|e| Error::storage(format!("The stored PIN is damaged ({e}). {what_to_do}")))?;
    Ok(Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .is_ok())
}

pub async fn status(store: &Store) -> Result<PinStatus> {
    let record = store.call(|l| l.owner_pin()).await?;
    let now = now_ms();
    Ok(match record {
        None => PinStatus {
            pin_set: false,
            locked_for_secs: 0,
            failures: 0,
        },
        Some(pin) => PinStatus {
            pin_set: true,
            locked_for_secs: (pin.locked_until - now).max(0).div_euclid(1000)
                + i64::from((pin.locked_until - now).max(0) % 1000 > 0),
            failures: pin.failures,
        },
    })
}

/// Checks a PIN, counting wrong ones. Errors: `owner_pin_not_set`, `pin_locked` (with how
/// long), `wrong_pin` (with how many tries are left before the lock).
pub async fn verify(store: &Store, pin: &str) -> Result<()> {
    let _one_at_a_time = CHECKING.lock().await;
    let language = store.call(|l| crate::language::of_ledger(l)).await?;
    let record = store.call(|l| l.owner_pin()).await?.ok_or_else(|| {
        Error::invalid_input(crate::i18n::text(language, "owner-error-pin-not-set"))
            .with_reason("owner_pin_not_set")
    })?;
    let now = now_ms();
    refuse_while_locked(record.locked_until, now, language)?;
    let (candidate, stored) = (pin.trim().to_string(), record.hash.clone());
    let matches = tokio::task::spawn_blocking(move || pin_matches(&candidate, &stored))
        .await
        .map_err(|e| Error::internal(format!("The PIN check failed: {e}")))??;
    if matches {
        store.call(move |l| l.owner_pin_succeeded(now)).await?;
        return Ok(());
    }
    let failure = WrongPin::after(record.failures, now);
    let (failures, locked_until) = (failure.failures, failure.locked_until);
    store
        .call(move |l| l.owner_pin_failed(failures, locked_until, now))
        .await?;
    tracing::warn!(
        failures,
        lock_secs = failure.lock.as_secs(),
        "wrong owner PIN"
    );
    Err(failure.error(language))
}

/// `pin_locked` (with how long, in the till's language) while `locked_until` is ahead of `now`.
pub(crate) fn refuse_while_locked(locked_until: i64, now: i64, language: Language) -> Result<()> {
    if locked_until > now {
        let secs = (locked_until - now + 999) / 1000;
        return Err(Error::invalid_input(text_with(
            language,
            "pin-error-locked",
            &[("secs", Arg::Number(secs))],
        ))
        .with_reason("pin_locked"));
    }
    Ok(())
}

/// One more wrong PIN: the new count, the lock it earns ([`lock_after`]) and until when.
/// The owner PIN and every staff PIN share this rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrongPin {
    pub failures: i64,
    pub lock: Duration,
    pub locked_until: i64,
}

impl WrongPin {
    pub(crate) fn after(failures_before: i64, now: i64) -> WrongPin {
        let failures = failures_before + 1;
        let lock = lock_after(failures);
        WrongPin {
            failures,
            lock,
            locked_until: now + i64::try_from(lock.as_millis()).unwrap_or(i64::MAX / 2),
        }
    }

    /// `wrong_pin`, with how many tries are left before the lock, or how long it is (in the
    /// till's language).
    pub(crate) fn error(&self, language: Language) -> Error {
        let message = if self.lock.is_zero() {
            text_with(
                language,
                "pin-error-wrong",
                &[("left", Arg::Number(FREE_ATTEMPTS - self.failures))],
            )
        } else {
            text_with(
                language,
                "pin-error-wait",
                &[(
                    "secs",
                    Arg::Number(i64::try_from(self.lock.as_secs()).unwrap_or(i64::MAX)),
                )],
            )
        };
        Error::invalid_input(message).with_reason("wrong_pin")
    }
}

/// Sets the PIN. Changing it needs the current one (which is checked, and counted, first).
pub async fn set_pin(store: &Store, current: Option<&str>, new_pin: &str) -> Result<()> {
    let new_pin = new_pin.trim().to_string();
    let language = store.call(|l| crate::language::of_ledger(l)).await?;
    validate_new_pin(&new_pin, language)?;
    if store.call(|l| l.owner_pin()).await?.is_some() {
        let current = current
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .ok_or_else(|| {
                Error::invalid_input(crate::i18n::text(language, "owner-error-current-pin"))
                    .with_reason("wrong_pin")
            })?;
        verify(store, current).await?;
    }
    let hash = tokio::task::spawn_blocking(move || hash_pin(&new_pin))
        .await
        .map_err(|e| Error::internal(format!("Hashing the PIN failed: {e}")))??;
    let now = now_ms();
    store.call(move |l| l.set_owner_pin(&hash, now)).await?;
    tracing::info!("owner PIN set");
    Ok(())
}

/// The window's owner sign-in: open after a right PIN until idle for [`IDLE_TIMEOUT`]. It
/// keeps the till's language too (the shell sets it as the core starts), so its refusal is
/// worded in it without waiting for the core.
#[derive(Debug)]
pub struct OwnerGate {
    unlocked_at: Mutex<Option<Instant>>,
    idle_timeout: Duration,
    /// `None` until the core has started (then the system's).
    language: Mutex<Option<Language>>,
}

impl Default for OwnerGate {
    fn default() -> Self {
        OwnerGate::new(IDLE_TIMEOUT)
    }
}

impl OwnerGate {
    pub fn new(idle_timeout: Duration) -> OwnerGate {
        OwnerGate {
            unlocked_at: Mutex::new(None),
            idle_timeout,
            language: Mutex::new(None),
        }
    }

    /// The till's language, for the gate's refusal: the running core's (called as it starts).
    pub fn set_language(&self, language: Language) {
        if let Ok(mut guard) = self.language.lock() {
            *guard = Some(language);
        }
    }

    fn language(&self) -> Language {
        self.language
            .lock()
            .ok()
            .and_then(|g| *g)
            .unwrap_or_else(crate::language::system_language)
    }

    /// Checks the PIN and opens the gate.
    pub async fn unlock(&self, store: &Store, pin: &str) -> Result<()> {
        verify(store, pin).await?;
        self.open()
    }

    /// Opens the gate (after a PIN was just set or checked).
    pub fn open(&self) -> Result<()> {
        let mut guard = self
            .unlocked_at
            .lock()
            .map_err(|_| Error::internal("The owner lock was poisoned; restart Till."))?;
        *guard = Some(Instant::now());
        Ok(())
    }

    pub fn lock(&self) {
        if let Ok(mut guard) = self.unlocked_at.lock() {
            *guard = None;
        }
    }

    pub fn is_open(&self) -> bool {
        self.unlocked_at
            .lock()
            .ok()
            .and_then(|g| *g)
            .is_some_and(|at| at.elapsed() < self.idle_timeout)
    }

    /// Refuses unless the owner is signed in (`owner_locked`); each owner action keeps the
    /// sign-in alive.
    pub fn require(&self) -> Result<()> {
        let mut guard = self
            .unlocked_at
            .lock()
            .map_err(|_| Error::internal("The owner lock was poisoned; restart Till."))?;
        match *guard {
            Some(at) if at.elapsed() < self.idle_timeout => {
                *guard = Some(Instant::now());
                Ok(())
            }
            _ => {
                *guard = None;
                Err(
                    Error::invalid_input(crate::i18n::text(self.language(), "owner-error-locked"))
                        .with_reason("owner_locked"),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Ledger;

    #[test]
    fn locks_grow_after_the_free_attempts_and_are_capped() {
        assert_eq!(lock_after(0), Duration::ZERO);
        assert_eq!(lock_after(4), Duration::ZERO);
        assert_eq!(lock_after(5), Duration::from_secs(30));
        assert_eq!(lock_after(6), Duration::from_secs(60));
        assert_eq!(lock_after(9), Duration::from_secs(480));
        assert_eq!(lock_after(10), MAX_LOCK);
        assert_eq!(lock_after(1000), MAX_LOCK);
    }

    #[test]
    fn a_new_pin_s_refusal_speaks_the_till_s_language() {
        assert_eq!(
            validate_new_pin("12", Language::En).unwrap_err().message,
            "The owner PIN is 4 to 12 digits (0–9), nothing else."
        );
        assert_eq!(
            validate_new_pin("12", Language::De).unwrap_err().message,
            "Die PIN des Inhabers hat 4 bis 12 Ziffern (0–9), sonst nichts."
        );
    }

    #[test]
    fn new_pins_are_digits_only() {
        assert!(validate_new_pin("1234", Language::En).is_ok());
        assert!(validate_new_pin("123456789012", Language::En).is_ok());
        for bad in ["123", "1234567890123", "12a4", "12 34", "", "١٢٣٤"] {
            assert_eq!(
                validate_new_pin(bad, Language::En).unwrap_err().wire_code(),
                "invalid_pin",
                "{bad:?}"
            );
        }
    }

    #[tokio::test]
    async fn a_pin_is_hashed_checked_and_rate_limited() {
        let store = Store::new(Ledger::open_in_memory().unwrap());
        assert!(!status(&store).await.unwrap().pin_set);
        assert_eq!(
            verify(&store, "1234").await.unwrap_err().wire_code(),
            "owner_pin_not_set"
        );
        set_pin(&store, None, "2468").await.unwrap();
        let stored = store.call(|l| l.owner_pin()).await.unwrap().unwrap();
        assert!(stored.hash.starts_with("$argon2id$"), "{}", stored.hash);
        assert!(!stored.hash.contains("2468"));
        verify(&store, "2468").await.unwrap();
        // Changing it needs the current PIN.
        assert_eq!(
            set_pin(&store, None, "1357").await.unwrap_err().wire_code(),
            "wrong_pin"
        );
        for n in 1..FREE_ATTEMPTS {
            let e = verify(&store, "0000").await.unwrap_err();
            assert_eq!(e.wire_code(), "wrong_pin");
            assert!(e.message.contains("more"), "{n}: {}", e.message);
        }
        let e = verify(&store, "0000").await.unwrap_err();
        assert!(e.message.contains("30 s"), "{}", e.message);
        // Locked: even the right PIN must wait, and is not counted.
        let e = verify(&store, "2468").await.unwrap_err();
        assert_eq!(e.wire_code(), "pin_locked");
        let status = status(&store).await.unwrap();
        assert_eq!(status.failures, FREE_ATTEMPTS);
        assert!((29..=30).contains(&status.locked_for_secs), "{status:?}");
        // The lock ends: the right PIN clears the count.
        store
            .call(|l| l.owner_pin_failed(FREE_ATTEMPTS, 0, 1))
            .await
            .unwrap();
        verify(&store, "2468").await.unwrap();
        assert_eq!(super::status(&store).await.unwrap().failures, 0);
    }

    #[test]
    fn the_gate_closes_when_idle_or_locked() {
        let gate = OwnerGate::new(Duration::from_secs(600));
        assert_eq!(gate.require().unwrap_err().wire_code(), "owner_locked");
        gate.open().unwrap();
        assert!(gate.is_open());
        gate.require().unwrap();
        gate.lock();
        assert!(!gate.is_open());
        // A gate whose idle timeout has already passed when it is checked.
        let expired = OwnerGate::new(Duration::ZERO);
        expired.open().unwrap();
        assert!(!expired.is_open());
        assert_eq!(expired.require().unwrap_err().wire_code(), "owner_locked");
        // Worded in the till's language once the shell says which.
        expired.set_language(Language::En);
        assert_eq!(
            expired.require().unwrap_err().message,
            "This needs the owner PIN: staff can sell and see the last sales only."
        );
        expired.set_language(Language::De);
        assert_eq!(
            expired.require().unwrap_err().message,
            "Dafür ist die Inhaber-PIN nötig: Das Personal kann verkaufen und nur die letzten Verkäufe sehen."
        );
    }
}
