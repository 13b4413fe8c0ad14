//! Secrets (the Stripe key, the webhook signing secret) and where they are kept: the OS
//! keyring, and nowhere else. There is no fallback store: when the keyring cannot be used,
//! Till says how to fix it and runs in training mode.
//!
//! - [`Secret`] wraps a secret so that `Debug` and `Display` print only its masked form.
//! - [`SecretStore`] is the small, blocking store interface; [`OsKeyring`] is the real one
//!   (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) and
//!   [`MemoryStore`] the one for tests.
//! - [`Secrets`] runs a store's calls off the async runtime, with a deadline, so a keyring
//!   that never answers (an unlock prompt nobody sees) cannot freeze Till.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::error::{Error, ErrorCode, Result};

/// The environment variable naming the keyring service Till's entries are filed under.
/// Tests set it so they never touch the user's own entries.
pub const KEYRING_SERVICE_ENV: &str = "TILL_KEYRING_SERVICE";
/// The keyring service by default: the app identifier.
pub const DEFAULT_KEYRING_SERVICE: &str = till_domain::APP_IDENTIFIER;

/// How long one keyring call may take before Till gives up on it. Generous, because a
/// desktop keyring may ask the user to unlock it first.
pub const KEYRING_DEADLINE: Duration = Duration::from_secs(60);

/// Prefixes shown in masked secrets.
const KNOWN_PREFIXES: [&str; 7] = [
    "sk_test_", "sk_live_", "rk_test_", "rk_live_", "pk_test_", "pk_live_", "whsec_",
];

/// A secret value. `Debug` and `Display` print only [`Secret::masked`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret itself: for the keyring and the Stripe adapter, nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `rk_test_…a1b2`: the known prefix and the last four characters (none when the
    /// secret is too short for that to leave most of it hidden).
    pub fn masked(&self) -> String {
        mask(&self.0)
    }
}

/// The masked form of a secret: `sk_live_…a1b2`, `whsec_…9f3c`, `…a1b2`.
pub fn mask(secret: &str) -> String {
    let prefix = KNOWN_PREFIXES
        .iter()
        .find(|p| secret.starts_with(*p))
        .copied()
        .unwrap_or("");
    let rest: Vec<char> = secret[prefix.len()..].chars().collect();
    let tail: String = if rest.len() >= 12 {
        rest[rest.len() - 4..].iter().collect()
    } else {
        String::new()
    };
    format!("{prefix}…{tail}")
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", self.masked())
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// The secrets Till keeps, each one keyring entry under Till's service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecretName {
    /// The Stripe secret or restricted key.
    StripeKey,
    /// The optional webhook signing secret (`whsec_…`).
    WebhookSecret,
}

impl SecretName {
    /// The entry's user name in the keyring.
    pub fn account(self) -> &'static str {
        match self {
            SecretName::StripeKey => "stripe-api-key",
            SecretName::WebhookSecret => "stripe-webhook-secret",
        }
    }

    /// What the owner calls it.
    pub fn label(self) -> &'static str {
        match self {
            SecretName::StripeKey => "the Stripe key",
            SecretName::WebhookSecret => "the webhook signing secret",
        }
    }
}

/// Where secrets are kept. Blocking: call it through [`Secrets`] from async code.
pub trait SecretStore: Send + Sync + 'static {
    /// The secret, or `None` when none is stored.
    fn read(&self, name: SecretName) -> Result<Option<Secret>>;
    /// Stores the secret, replacing any previous one.
    fn write(&self, name: SecretName, secret: &Secret) -> Result<()>;
    /// Deletes the secret; `false` when there was none.
    fn delete(&self, name: SecretName) -> Result<bool>;
    /// Where the secrets are, for status screens: "the OS keyring (Secret Service, service app.till.pos)".
    fn describe(&self) -> String;
}

/// A secret store shared between tasks; each call runs on the blocking pool with a deadline.
#[derive(Clone)]
pub struct Secrets {
    store: Arc<dyn SecretStore>,
    deadline: Duration,
}

impl fmt::Debug for Secrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Secrets")
            .field("store", &self.store.describe())
            .finish()
    }
}

impl Secrets {
    pub fn new(store: Arc<dyn SecretStore>) -> Secrets {
        Secrets {
            store,
            deadline: KEYRING_DEADLINE,
        }
    }

    /// The OS keyring under the service named by `TILL_KEYRING_SERVICE` (default
    /// [`DEFAULT_KEYRING_SERVICE`]).
    pub fn os_from_env() -> Secrets {
        let service = std::env::var(KEYRING_SERVICE_ENV)
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| DEFAULT_KEYRING_SERVICE.to_string());
        Secrets::new(Arc::new(OsKeyring::new(service)))
    }

    /// The same store with another deadline per call.
    pub fn with_deadline(mut self, deadline: Duration) -> Secrets {
        self.deadline = deadline;
        self
    }

    pub fn describe(&self) -> String {
        self.store.describe()
    }

    async fn run<T: Send + 'static>(
        &self,
        name: SecretName,
        what: &'static str,
        call: impl FnOnce(&dyn SecretStore) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let store = Arc::clone(&self.store);
        let task = tokio::task::spawn_blocking(move || call(store.as_ref()));
        match tokio::time::timeout(self.deadline, task).await {
            Ok(Ok(result)) => result,
            Ok(Err(join)) => Err(Error::internal(format!(
                "The keyring call {what} {} stopped unexpectedly ({join}). Try again; if it persists, restart Till.",
                name.label()
            ))),
            Err(_) => Err(Error::new(
                ErrorCode::Keyring,
                format!(
                    "The keyring did not answer within {} s while {what} {}. It may be waiting to be unlocked: unlock it and try again. {}",
                    self.deadline.as_secs(),
                    name.label(),
                    TRAINING_NOTE
                ),
            )
            .with_reason("keyring_locked")),
        }
    }

    pub async fn read(&self, name: SecretName) -> Result<Option<Secret>> {
        self.run(name, "reading", move |s| s.read(name)).await
    }

    pub async fn write(&self, name: SecretName, secret: Secret) -> Result<()> {
        self.run(name, "storing", move |s| s.write(name, &secret))
            .await
    }

    pub async fn delete(&self, name: SecretName) -> Result<bool> {
        self.run(name, "removing", move |s| s.delete(name)).await
    }
}

const TRAINING_NOTE: &str =
    "Till keeps running in training mode meanwhile; the key is never stored anywhere else.";

/// The operating system's keyring, through the `keyring` crate.
#[derive(Debug, Clone)]
pub struct OsKeyring {
    service: String,
}

impl OsKeyring {
    pub fn new(service: impl Into<String>) -> OsKeyring {
        OsKeyring {
            service: service.into(),
        }
    }

    pub fn service(&self) -> &str {
        &self.service
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
impl OsKeyring {
    fn entry(&self, name: SecretName) -> Result<keyring::Entry> {
        keyring::Entry::new(&self.service, name.account()).map_err(|e| keyring_error(name, e))
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
impl SecretStore for OsKeyring {
    fn read(&self, name: SecretName) -> Result<Option<Secret>> {
        match self.entry(name)?.get_password() {
            Ok(value) => Ok(Some(Secret::new(value))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error(name, e)),
        }
    }

    fn write(&self, name: SecretName, secret: &Secret) -> Result<()> {
        self.entry(name)?
            .set_password(secret.expose())
            .map_err(|e| keyring_error(name, e))
    }

    fn delete(&self, name: SecretName) -> Result<bool> {
        match self.entry(name)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(keyring_error(name, e)),
        }
    }

    fn describe(&self) -> String {
        format!("the OS keyring ({KEYRING_NAME}, service {})", self.service)
    }
}

/// On a platform without a supported keyring Till stores no secrets at all.
#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
impl SecretStore for OsKeyring {
    fn read(&self, _name: SecretName) -> Result<Option<Secret>> {
        Err(unsupported())
    }
    fn write(&self, _name: SecretName, _secret: &Secret) -> Result<()> {
        Err(unsupported())
    }
    fn delete(&self, _name: SecretName) -> Result<bool> {
        Err(unsupported())
    }
    fn describe(&self) -> String {
        "no supported keyring on this platform".into()
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn unsupported() -> Error {
    Error::new(
        ErrorCode::Keyring,
        format!("Till supports the OS keyring on Linux, macOS and Windows only. {TRAINING_NOTE}"),
    )
    .with_reason("keyring_unavailable")
}

/// The keyring's name on this platform.
pub const KEYRING_NAME: &str = if cfg!(target_os = "macos") {
    "macOS Keychain"
} else if cfg!(target_os = "windows") {
    "Windows Credential Manager"
} else {
    "Secret Service"
};

/// How to get a keyring that answers, per platform.
const UNAVAILABLE_FIX: &str = if cfg!(target_os = "macos") {
    "Check that the login Keychain exists (Keychain Access) and try again."
} else if cfg!(target_os = "windows") {
    "Check that the Credential Manager service is running and try again."
} else {
    "Till needs a Secret Service keyring in your desktop session: install and start one (GNOME Keyring: `sudo apt install gnome-keyring`, then log out and in; KDE: enable KWallet's Secret Service), then restart Till."
};

/// How to unlock the keyring or allow access, per platform.
const LOCKED_FIX: &str = if cfg!(target_os = "macos") {
    "Unlock the login Keychain (Keychain Access) and allow Till when macOS asks, then try again."
} else if cfg!(target_os = "windows") {
    "Sign in to Windows with your own account (the Credential Manager is per user) and try again."
} else {
    "Unlock it (open Passwords and Keys, or log in to the desktop so it unlocks) and allow Till access when asked, then try again."
};

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
fn keyring_error(name: SecretName, error: keyring::Error) -> Error {
    let what = name.label();
    match error {
        // secret-service's "no result found": no keyring (collection) answers at all, which
        // is a missing keyring rather than a locked one.
        keyring::Error::NoStorageAccess(e) if e.to_string().contains("no result found") => {
            tracing::warn!(error = %e, "the Secret Service has no default keyring");
            Error::new(
                ErrorCode::Keyring,
                format!("This computer has no keyring ({KEYRING_NAME}) where Till could keep {what}. {UNAVAILABLE_FIX} {TRAINING_NOTE}"),
            )
            .with_reason("keyring_unavailable")
        }
        keyring::Error::NoStorageAccess(e) => Error::new(
            ErrorCode::Keyring,
            format!(
                "The keyring ({KEYRING_NAME}) is locked or refused access to {what} ({e}). {LOCKED_FIX} {TRAINING_NOTE}"
            ),
        )
        .with_reason("keyring_locked"),
        keyring::Error::PlatformFailure(e) => {
            tracing::warn!(error = %e, "the keyring could not be reached");
            Error::new(
                ErrorCode::Keyring,
                format!("The keyring ({KEYRING_NAME}) could not be reached. {UNAVAILABLE_FIX} {TRAINING_NOTE}"),
            )
            .with_reason("keyring_unavailable")
        }
        keyring::Error::Ambiguous(entries) => Error::new(
            ErrorCode::Keyring,
            format!(
                "The keyring ({KEYRING_NAME}) holds {} entries for {what} (user {:?}); Till cannot tell which is right. Delete them in your keyring tool, then set it again in Settings.",
                entries.len(),
                name.account()
            ),
        )
        .with_reason("keyring_unavailable"),
        keyring::Error::BadEncoding(_) => Error::new(
            ErrorCode::Keyring,
            format!(
                "The keyring entry for {what} is not text. Remove it in Settings (or your keyring tool) and set it again."
            ),
        )
        .with_reason("keyring_unavailable"),
        other => Error::new(
            ErrorCode::Keyring,
            format!("The keyring ({KEYRING_NAME}) refused {what}: {other}. {TRAINING_NOTE}"),
        )
        .with_reason("keyring_unavailable"),
    }
}

/// An in-memory store for tests: it keeps secrets for its own lifetime and can be told to
/// fail like a keyring that is unavailable.
#[derive(Debug, Default)]
pub struct MemoryStore {
    secrets: Mutex<HashMap<SecretName, Secret>>,
    failure: Mutex<Option<Error>>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// From now on every call fails with `error` (`None`: works again).
    pub fn fail_with(&self, error: Option<Error>) {
        if let Ok(mut failure) = self.failure.lock() {
            *failure = error;
        }
    }

    /// The error a keyring without a Secret Service gives.
    pub fn unavailable_error() -> Error {
        Error::new(
            ErrorCode::Keyring,
            format!(
                "The keyring ({KEYRING_NAME}) could not be reached (test). {UNAVAILABLE_FIX} {TRAINING_NOTE}"
            ),
        )
        .with_reason("keyring_unavailable")
    }

    fn guard(&self) -> Result<std::sync::MutexGuard<'_, HashMap<SecretName, Secret>>> {
        if let Some(error) = self.failure.lock().ok().and_then(|f| f.clone()) {
            return Err(error);
        }
        self.secrets
            .lock()
            .map_err(|_| Error::internal("The test secret store's lock was poisoned."))
    }
}

impl SecretStore for MemoryStore {
    fn read(&self, name: SecretName) -> Result<Option<Secret>> {
        Ok(self.guard()?.get(&name).cloned())
    }

    fn write(&self, name: SecretName, secret: &Secret) -> Result<()> {
        self.guard()?.insert(name, secret.clone());
        Ok(())
    }

    fn delete(&self, name: SecretName) -> Result<bool> {
        Ok(self.guard()?.remove(&name).is_some())
    }

    fn describe(&self) -> String {
        "an in-memory store (tests)".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print() {
        let secret = Secret::new("rk_test_51Habcdefghijklmnopa1b2");
        assert_eq!(secret.masked(), "rk_test_…a1b2");
        assert_eq!(format!("{secret}"), "rk_test_…a1b2");
        assert_eq!(format!("{secret:?}"), "Secret(rk_test_…a1b2)");
        assert_eq!(mask("whsec_0123456789abcdef9f3c"), "whsec_…9f3c");
        // Too short to show a tail without giving most of it away.
        assert_eq!(mask("sk_test_abc"), "sk_test_…");
        assert_eq!(mask("hunter2"), "…");
    }

    #[tokio::test]
    async fn memory_store_keeps_replaces_deletes_and_fails_on_demand() {
        let store = Arc::new(MemoryStore::new());
        let secrets = Secrets::new(store.clone());
        assert_eq!(secrets.read(SecretName::StripeKey).await.unwrap(), None);
        secrets
            .write(SecretName::StripeKey, Secret::new("sk_test_one"))
            .await
            .unwrap();
        secrets
            .write(SecretName::StripeKey, Secret::new("sk_test_two"))
            .await
            .unwrap();
        assert_eq!(
            secrets.read(SecretName::StripeKey).await.unwrap(),
            Some(Secret::new("sk_test_two"))
        );
        assert_eq!(secrets.read(SecretName::WebhookSecret).await.unwrap(), None);
        store.fail_with(Some(MemoryStore::unavailable_error()));
        let e = secrets.read(SecretName::StripeKey).await.unwrap_err();
        assert_eq!(e.wire_code(), "keyring_unavailable");
        store.fail_with(None);
        assert!(secrets.delete(SecretName::StripeKey).await.unwrap());
        assert!(!secrets.delete(SecretName::StripeKey).await.unwrap());
    }

    /// A store that never answers, like a keyring waiting on an unlock prompt.
    struct Stuck;
    impl SecretStore for Stuck {
        fn read(&self, _: SecretName) -> Result<Option<Secret>> {
            std::thread::sleep(Duration::from_millis(500));
            Ok(None)
        }
        fn write(&self, _: SecretName, _: &Secret) -> Result<()> {
            Ok(())
        }
        fn delete(&self, _: SecretName) -> Result<bool> {
            Ok(false)
        }
        fn describe(&self) -> String {
            "stuck".into()
        }
    }

    #[tokio::test]
    async fn a_keyring_that_never_answers_is_reported_not_waited_for() {
        let secrets = Secrets::new(Arc::new(Stuck)).with_deadline(Duration::from_millis(50));
        let e = secrets.read(SecretName::StripeKey).await.unwrap_err();
        assert_eq!(e.wire_code(), "keyring_locked");
        assert!(e.message.contains("did not answer"), "{}", e.message);
    }
}
