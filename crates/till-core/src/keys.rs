//! The Stripe key and the webhook signing secret: checking, proving, storing, showing.
//!
//! Setting a key: its form is checked (`sk_`/`rk_` + `test_`/`live_`, whitespace trimmed,
//! `pk_` refused with a hint), a live key needs an explicit confirmation, then one real call
//! to Stripe proves it (and, for a restricted key, one harmless probe per permission Till
//! needs); only then is it written to the OS keyring. Every refusal has its own reason code
//! and leaves the stored key as it was. Nothing here ever returns a key: callers get a
//! [`KeyStatus`] with its masked form. Non-secret facts about the key (mode, when it was
//! verified, the permissions found) are kept in the ledger's settings.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::mode::Mode;
use crate::runtime::ConnectOptions;
use crate::secrets::{Secret, SecretName, Secrets};
use crate::store::{now_ms, Store};
use crate::stripe::client::STRIPE_API_BASE;
use crate::stripe::verify::{self, PermissionCheck, PERMISSIONS};
use crate::stripe::{ApiKey, StripeFailure, StripeHttp};

/// Settings rows with what Till knows about the stored secrets (never the secrets).
const KEY_META: &str = "stripe_key_meta";
const WEBHOOK_META: &str = "webhook_secret_meta";

/// How long the verification calls may take.
const VERIFY_TIMEOUT: Duration = Duration::from_secs(20);

/// Where the key Till uses comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeySource {
    /// The OS keyring (set in Settings or with `tillctl key set`).
    Keyring,
    /// `STRIPE_SECRET_KEY` (scripts); it wins over the keyring.
    Environment,
    /// No key: training mode.
    None,
}

/// A problem to show, as it would cross IPC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub code: &'static str,
    pub message: String,
}

impl From<&Error> for Problem {
    fn from(e: &Error) -> Problem {
        Problem {
            code: e.wire_code(),
            message: e.message.clone(),
        }
    }
}

impl Problem {
    /// The problem as staff read it: a keyring's in the till's language ([`keyring_words`]).
    pub fn in_language(e: &Error, language: Language) -> Problem {
        Problem::from(&keyring_words(e.clone(), language))
    }
}

/// A keyring error in `language`. English keeps the keyring layer's own sentence, which names
/// the precise trouble (how many entries, how long it waited); another language gets the
/// Fluent sentence for its kind — no keyring that answers, a locked one, or a stored value
/// that is not a key — with this platform's fix and the training-mode note. Other errors
/// are returned as they are.
pub fn keyring_words(e: Error, language: Language) -> Error {
    if e.code != ErrorCode::Keyring || language == Language::En {
        return e;
    }
    let keyring = crate::secrets::KEYRING_NAME;
    let platform = if cfg!(target_os = "macos") {
        "macos"
    } else if cfg!(target_os = "windows") {
        "windows"
    } else {
        "linux"
    };
    let (problem, fix) = match e.reason {
        Some("stored_key_malformed") => {
            let message = text(language, "keys-problem-stored-malformed");
            return Error { message, ..e };
        }
        Some("keyring_locked") => ("keys-problem-keyring-locked", "locked"),
        _ => ("keys-problem-keyring-unavailable", "unavailable"),
    };
    let fix = text(language, &format!("keys-fix-{fix}-{platform}"));
    let message = text_with(
        language,
        problem,
        &[("keyring", Arg::Text(keyring)), ("fix", Arg::Text(&fix))],
    );
    Error { message, ..e }
}

/// A secret as the UI may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SecretStatus {
    pub present: bool,
    /// `whsec_…9f3c`.
    pub masked: Option<String>,
    pub set_at: Option<i64>,
}

/// The key as the UI and `tillctl key status` see it: never the key itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyStatus {
    pub present: bool,
    pub source: KeySource,
    /// The key's mode (`training` when there is none).
    pub mode: Mode,
    /// `rk_test_…a1b2`.
    pub masked: Option<String>,
    /// `secret` (`sk_`) or `restricted` (`rk_`).
    pub kind: Option<&'static str>,
    /// When Till last proved the key with Stripe (ms since the epoch).
    pub verified_at: Option<i64>,
    /// For a restricted key, what the probe found; otherwise the recommended permissions.
    pub permissions: Vec<PermissionCheck>,
    /// A standing warning (a live secret key, missing optional permissions...).
    pub warning: Option<String>,
    /// Why the keyring could not be read, if it could not.
    pub problem: Option<Problem>,
    pub webhook_secret: SecretStatus,
    /// Where secrets are kept ("the Secret Service (service app.till.pos)").
    pub keyring: String,
}

/// What the ledger keeps about the stored key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct KeyMeta {
    masked: String,
    mode: Mode,
    verified_at: i64,
    permissions: Vec<PermissionCheck>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SecretMeta {
    masked: String,
    set_at: i64,
}

/// Checks the form of a key typed or pasted by the owner. Never echoes the input. A refusal
/// is worded in `language` (`keys-error-…`).
pub fn parse_key(input: &str, language: Language) -> Result<(ApiKey, Mode)> {
    let key = input.trim();
    let refuse = |id: &str, reason: &'static str| {
        Err(Error::invalid_input(text(language, id)).with_reason(reason))
    };
    if key.is_empty() {
        return refuse("keys-error-empty", "empty_key");
    }
    if key.starts_with("pk_") {
        return refuse("keys-error-publishable", "publishable_key");
    }
    if key.starts_with("whsec_") {
        return refuse("keys-error-webhook-secret-as-key", "malformed_key");
    }
    let Some(mode) = Mode::of_key(key) else {
        return refuse("keys-error-not-a-key", "malformed_key");
    };
    let rest = &key["sk_test_".len()..];
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return refuse("keys-error-incomplete", "malformed_key");
    }
    Ok((ApiKey::new(key), mode))
}

/// Checks the form of a webhook signing secret; a refusal is worded in `language`.
pub fn parse_webhook_secret(input: &str, language: Language) -> Result<Secret> {
    let secret = input.trim();
    if secret.is_empty() {
        return Err(
            Error::invalid_input(text(language, "keys-error-webhook-empty"))
                .with_reason("empty_webhook_secret"),
        );
    }
    let valid = secret.strip_prefix("whsec_").is_some_and(|rest| {
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    if !valid {
        return Err(
            Error::invalid_input(text(language, "keys-error-webhook-malformed"))
                .with_reason("malformed_webhook_secret"),
        );
    }
    Ok(Secret::new(secret))
}

fn kind_of(key: &str) -> &'static str {
    if key.starts_with("rk_") {
        "restricted"
    } else {
        "secret"
    }
}

/// The recommended permission list, for the owner to copy into Stripe's dashboard.
pub fn recommended_permissions() -> Vec<PermissionCheck> {
    PERMISSIONS.iter().map(PermissionCheck::unprobed).collect()
}

fn permission_list(checks: &[PermissionCheck]) -> String {
    checks
        .iter()
        .map(PermissionCheck::label)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The standing warning for a key, if it deserves one, worded in `language` (Stripe's
/// permission names stay as its Dashboard writes them in English).
fn warning_for(
    key: &str,
    mode: Mode,
    permissions: &[PermissionCheck],
    language: Language,
) -> Option<String> {
    if mode == Mode::Live && kind_of(key) == "secret" {
        let required: Vec<PermissionCheck> = recommended_permissions()
            .into_iter()
            .filter(|p| p.required)
            .collect();
        return Some(text_with(
            language,
            "keys-warning-live-secret",
            &[("permissions", Arg::Text(&permission_list(&required)))],
        ));
    }
    let missing_optional: Vec<PermissionCheck> = permissions
        .iter()
        .filter(|p| !p.required && p.granted == Some(false))
        .cloned()
        .collect();
    (!missing_optional.is_empty()).then(|| {
        let list: Vec<String> = missing_optional
            .iter()
            .map(|p| format!("{} ({})", p.label(), p.purpose))
            .collect();
        text_with(
            language,
            "keys-warning-optional-missing",
            &[
                ("missing", Arg::Text(&list.join(", "))),
                ("count", Arg::Number(list.len() as i64)),
            ],
        )
    })
}

/// The till's language as the ledger says; the system's if the ledger cannot be read (the
/// words of a refusal are not worth another failure).
async fn language_of(store: &Store) -> Language {
    store
        .call(|l| crate::language::of_ledger(l))
        .await
        .unwrap_or_else(|_| crate::language::system_language())
}

/// The key use cases, over a secret store and the Stripe API.
#[derive(Debug, Clone)]
pub struct KeyService {
    secrets: Secrets,
    api_base: String,
    /// `STRIPE_SECRET_KEY`, which wins over the keyring.
    env_key: Option<ApiKey>,
}

impl KeyService {
    /// `api_base`: Stripe's (`None`) or a simulator's. `env_key`: the scripting key, if set.
    pub fn new(secrets: Secrets, api_base: Option<String>, env_key: Option<ApiKey>) -> KeyService {
        KeyService {
            secrets,
            api_base: api_base.unwrap_or_else(|| STRIPE_API_BASE.to_string()),
            env_key,
        }
    }

    /// The OS keyring and the environment's API base and key.
    pub fn from_env() -> KeyService {
        let options = ConnectOptions::from_env();
        KeyService::new(Secrets::os_from_env(), options.api_base, options.key)
    }

    pub fn secrets(&self) -> &Secrets {
        &self.secrets
    }

    pub fn api_base(&self) -> &str {
        &self.api_base
    }

    /// The key to connect with: `STRIPE_SECRET_KEY`, else the keyring's, else none (training
    /// mode). A keyring that cannot be read, or holds something that is not a key, gives
    /// training mode and the problem to show.
    pub async fn connect_options(
        &self,
        mut options: ConnectOptions,
    ) -> (ConnectOptions, Option<Error>) {
        if options.key.is_some() {
            return (options, None);
        }
        match self.secrets.read(SecretName::StripeKey).await {
            // Only whether it reads matters here: the problem below is worded at start-up.
            Ok(Some(secret)) => match parse_key(secret.expose(), Language::En) {
                Ok((key, _)) => {
                    options.key = Some(key);
                    (options, None)
                }
                Err(_) => {
                    let problem = Error::new(
                        ErrorCode::Keyring,
                        "The keyring holds something for Till's Stripe key that is not a Stripe key. Replace it in Settings (or remove it); Till runs in training mode meanwhile.",
                    )
                    .with_reason("stored_key_malformed");
                    tracing::warn!(error = %problem, "not using the stored key");
                    (options, Some(problem))
                }
            },
            Ok(None) => (options, None),
            Err(e) => {
                tracing::warn!(error = %e, "the keyring could not be read; training mode");
                (options, Some(e))
            }
        }
    }

    /// What the settings screen shows. Keyring trouble is reported in `problem`, not as an error.
    pub async fn status(&self, store: &Store) -> KeyStatus {
        let language = language_of(store).await;
        let webhook_secret = self.webhook_status(store).await;
        let keyring = self.secrets.describe();
        let meta: Option<KeyMeta> = read_meta(store, KEY_META).await;
        let (key, source, problem) = match &self.env_key {
            Some(key) => (
                Some(Secret::new(key.expose())),
                KeySource::Environment,
                None,
            ),
            None => match self.secrets.read(SecretName::StripeKey).await {
                Ok(Some(secret)) => (Some(secret), KeySource::Keyring, None),
                Ok(None) => (None, KeySource::None, None),
                Err(e) => (
                    None,
                    KeySource::None,
                    Some(Problem::in_language(&e, language)),
                ),
            },
        };
        let Some(key) = key else {
            return KeyStatus {
                present: false,
                source,
                mode: Mode::Training,
                masked: None,
                kind: None,
                verified_at: None,
                permissions: recommended_permissions(),
                warning: None,
                problem,
                webhook_secret,
                keyring,
            };
        };
        let masked = key.masked();
        let mode = Mode::of_key(key.expose()).unwrap_or(Mode::Training);
        let meta = meta.filter(|m| m.masked == masked && source == KeySource::Keyring);
        let permissions = match &meta {
            Some(m) if !m.permissions.is_empty() => m.permissions.clone(),
            _ => recommended_permissions(),
        };
        let problem = match (source, Mode::of_key(key.expose())) {
            (_, None) => Some(Problem {
                code: "stored_key_malformed",
                message: text(language, "keys-problem-stored-malformed"),
            }),
            _ => problem,
        };
        KeyStatus {
            present: true,
            source,
            mode,
            masked: Some(masked),
            kind: Some(kind_of(key.expose())),
            verified_at: meta.as_ref().map(|m| m.verified_at),
            warning: warning_for(key.expose(), mode, &permissions, language),
            permissions,
            problem,
            webhook_secret,
            keyring,
        }
    }

    async fn webhook_status(&self, store: &Store) -> SecretStatus {
        let meta: Option<SecretMeta> = read_meta(store, WEBHOOK_META).await;
        match self.secrets.read(SecretName::WebhookSecret).await {
            Ok(Some(secret)) => {
                let masked = secret.masked();
                SecretStatus {
                    present: true,
                    set_at: meta.filter(|m| m.masked == masked).map(|m| m.set_at),
                    masked: Some(masked),
                }
            }
            _ => SecretStatus {
                present: false,
                masked: None,
                set_at: None,
            },
        }
    }

    /// Checks, proves and stores a key. On any refusal the stored key stays as it was.
    /// `confirm_live`: the owner confirmed that a live key is meant.
    /// A refusal is worded in the till's language.
    pub async fn set(&self, store: &Store, input: &str, confirm_live: bool) -> Result<KeyStatus> {
        let language = language_of(store).await;
        let (key, mode) = parse_key(input, language)?;
        if mode == Mode::Live && !confirm_live {
            return Err(
                Error::invalid_input(text(language, "keys-error-live-confirmation"))
                    .with_reason("live_confirmation_required"),
            );
        }
        let permissions = self.prove(&key, mode, language).await?;
        self.secrets
            .write(SecretName::StripeKey, Secret::new(key.expose()))
            .await
            .map_err(|e| keyring_words(e, language))?;
        let meta = KeyMeta {
            masked: key.masked(),
            mode,
            verified_at: now_ms(),
            permissions,
        };
        write_meta(store, KEY_META, &meta).await?;
        tracing::info!(key = %key, %mode, "Stripe key verified and stored in the keyring");
        Ok(self.status(store).await)
    }

    /// One real call, then the permission probes for a restricted key. Returns the probes.
    async fn prove(
        &self,
        key: &ApiKey,
        mode: Mode,
        language: Language,
    ) -> Result<Vec<PermissionCheck>> {
        let http = StripeHttp::new(key, &self.api_base, VERIFY_TIMEOUT).map_err(|_| {
            Error::invalid_input(text(language, "keys-error-unsendable"))
                .with_reason("malformed_key")
        })?;
        let verification = verify::verify(&http, key)
            .await
            .map_err(|failure| refusal(failure, key, language))?;
        if let Some(livemode) = verification.livemode_seen {
            if livemode != (mode == Mode::Live) {
                return Err(Error::new(
                    ErrorCode::Stripe,
                    text_with(
                        language,
                        "keys-error-mode-mismatch",
                        &[
                            ("seen", Arg::Text(if livemode { "live" } else { "test" })),
                            ("mode", Arg::Text(&mode.to_string())),
                        ],
                    ),
                )
                .with_reason("mode_mismatch"));
            }
        }
        let missing: Vec<PermissionCheck> = verification
            .permissions
            .iter()
            .filter(|p| p.required && p.granted == Some(false))
            .cloned()
            .collect();
        if !missing.is_empty() {
            let settings = missing
                .iter()
                .map(|p| {
                    text_with(
                        language,
                        "keys-permission-for",
                        &[
                            ("permission", Arg::Text(&p.label())),
                            ("purpose", Arg::Text(&p.purpose)),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            return Err(Error::new(
                ErrorCode::Stripe,
                text_with(
                    language,
                    "keys-error-missing-permissions",
                    &[
                        ("missing", Arg::Text(&permission_list(&missing))),
                        ("key", Arg::Text(&key.masked())),
                        ("settings", Arg::Text(&settings)),
                    ],
                ),
            )
            .with_reason("missing_permissions"));
        }
        Ok(verification.permissions)
    }

    /// Removes the key from the keyring (Till then runs in training mode).
    pub async fn remove(&self, store: &Store) -> Result<KeyStatus> {
        let removed = match self.secrets.delete(SecretName::StripeKey).await {
            Ok(removed) => removed,
            Err(e) => return Err(keyring_words(e, language_of(store).await)),
        };
        store.call(|l| l.delete_setting(KEY_META)).await?;
        tracing::info!(removed, "Stripe key removed from the keyring");
        Ok(self.status(store).await)
    }

    /// Checks and stores the webhook signing secret (it cannot be proved with a call).
    pub async fn set_webhook_secret(&self, store: &Store, input: &str) -> Result<KeyStatus> {
        let secret = parse_webhook_secret(input, language_of(store).await)?;
        let meta = SecretMeta {
            masked: secret.masked(),
            set_at: now_ms(),
        };
        if let Err(e) = self.secrets.write(SecretName::WebhookSecret, secret).await {
            return Err(keyring_words(e, language_of(store).await));
        }
        write_meta(store, WEBHOOK_META, &meta).await?;
        tracing::info!(secret = %meta.masked, "webhook signing secret stored in the keyring");
        Ok(self.status(store).await)
    }

    pub async fn remove_webhook_secret(&self, store: &Store) -> Result<KeyStatus> {
        if let Err(e) = self.secrets.delete(SecretName::WebhookSecret).await {
            return Err(keyring_words(e, language_of(store).await));
        }
        store.call(|l| l.delete_setting(WEBHOOK_META)).await?;
        Ok(self.status(store).await)
    }

    /// The webhook signing secret, for signature checks only.
    pub async fn webhook_secret(&self) -> Result<Option<Secret>> {
        self.secrets.read(SecretName::WebhookSecret).await
    }

    /// `tillctl doctor`'s check of the key in use: proves it again without storing anything
    /// (in English, like the rest of `doctor`).
    pub async fn check(&self, key: &ApiKey) -> Result<Vec<PermissionCheck>> {
        let mode = Mode::of_key(key.expose()).ok_or_else(|| {
            Error::invalid_input("The key in use is not a Stripe API key.")
                .with_reason("malformed_key")
        })?;
        self.prove(key, mode, Language::En).await
    }
}

/// A failed verification call as the owner should read it, in `language`. Never includes
/// the key; Stripe's own words inside stay Stripe's.
fn refusal(failure: StripeFailure, key: &ApiKey, language: Language) -> Error {
    match &failure {
        StripeFailure::Api { status: 401, .. } => Error::new(
            ErrorCode::Stripe,
            text_with(
                language,
                "keys-error-rejected",
                &[("key", Arg::Text(&key.masked()))],
            ),
        )
        .with_reason("key_rejected"),
        StripeFailure::Network(_) | StripeFailure::Timeout => {
            // The transport's own words ("dns error", "Connect"...) go to the log, not to the owner.
            tracing::warn!(%failure, "the key check could not reach Stripe");
            Error::new(ErrorCode::Network, text(language, "keys-error-unreachable"))
                .with_reason("stripe_unreachable")
        }
        _ => Error::new(
            ErrorCode::Stripe,
            text_with(
                language,
                "keys-error-check-failed",
                &[("failure", Arg::Text(&failure.message(language)))],
            ),
        )
        .with_reason("key_check_failed"),
    }
}

async fn read_meta<T: for<'de> Deserialize<'de> + Send + 'static>(
    store: &Store,
    name: &'static str,
) -> Option<T> {
    store
        .call(move |l| l.setting(name))
        .await
        .ok()
        .flatten()
        .and_then(|json| serde_json::from_str(&json).ok())
}

async fn write_meta<T: Serialize>(store: &Store, name: &'static str, meta: &T) -> Result<()> {
    let json = serde_json::to_string(meta)
        .map_err(|e| Error::internal(format!("Could not record the key's details: {e}")))?;
    store.call(move |l| l.set_setting(name, &json)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(input: &str) -> &'static str {
        parse_key(input, Language::En).unwrap_err().wire_code()
    }

    #[test]
    fn key_forms_each_have_their_reason() {
        assert_eq!(reason(""), "empty_key");
        assert_eq!(reason("  \t\n "), "empty_key");
        assert_eq!(reason("pk_test_51Habcdef"), "publishable_key");
        assert_eq!(reason("pk_live_51Habcdef"), "publishable_key");
        assert_eq!(reason("hello there"), "malformed_key");
        assert_eq!(reason("sk_prod_abc"), "malformed_key");
        assert_eq!(reason("sk_test_"), "malformed_key");
        assert_eq!(reason("sk_test_abc def"), "malformed_key");
        assert_eq!(reason("whsec_abc"), "malformed_key");
        let (key, mode) = parse_key("  rk_test_abc123\n", Language::En).unwrap();
        assert_eq!(key.expose(), "rk_test_abc123");
        assert_eq!(mode, Mode::Test);
        let live = format!("{}{}", "sk_live_", "abc123");
        assert_eq!(parse_key(&live, Language::En).unwrap().1, Mode::Live);
    }

    #[test]
    fn refusals_never_echo_the_input() {
        for input in [
            "sk_test_abc def_secretpart",
            "zzsecretpartzz",
            "pk_test_secretpart",
        ] {
            let e = parse_key(input, Language::En).unwrap_err();
            assert!(!e.message.contains("secretpart"), "{}", e.message);
        }
    }

    #[test]
    fn webhook_secrets_are_checked() {
        assert_eq!(
            parse_webhook_secret(" ", Language::En)
                .unwrap_err()
                .wire_code(),
            "empty_webhook_secret"
        );
        assert_eq!(
            parse_webhook_secret("sk_test_abc", Language::En)
                .unwrap_err()
                .wire_code(),
            "malformed_webhook_secret"
        );
        assert_eq!(
            parse_webhook_secret(" whsec_abc123 ", Language::En)
                .unwrap()
                .expose(),
            "whsec_abc123"
        );
    }

    #[test]
    fn a_live_secret_key_carries_a_standing_warning_with_the_permission_list() {
        let live_secret = format!("{}{}", "sk_live_", "abcdefghijklmnop");
        let warning = warning_for(
            &live_secret,
            Mode::Live,
            &recommended_permissions(),
            Language::En,
        )
        .unwrap();
        assert!(warning.contains("restricted key"), "{warning}");
        assert!(warning.contains("Checkout Sessions: Write"), "{warning}");
        assert!(warning.contains("Events: Read"), "{warning}");
        let live_restricted = format!("{}{}", "rk_live_", "abcdefghijklmnop");
        assert_eq!(
            warning_for(
                &live_restricted,
                Mode::Live,
                &recommended_permissions(),
                Language::En
            ),
            None
        );
        assert_eq!(
            warning_for(
                "sk_test_abcdefghijklmnop",
                Mode::Test,
                &recommended_permissions(),
                Language::En
            ),
            None
        );
    }

    /// The key form's refusals and the standing warning speak the till's language; the
    /// reason codes are the same in every language, and the input is never echoed.
    #[test]
    fn refusals_speak_the_till_s_language() {
        let english = parse_key("pk_test_51Habcdef", Language::En).unwrap_err();
        assert_eq!(
            english.message,
            "This is a publishable key (pk_…): it cannot create payments. Till needs a restricted key (rk_…, recommended) or a secret key (sk_…). Copy it from Stripe Dashboard → Developers → API keys."
        );
        let german = parse_key("pk_test_51Habcdef", Language::De).unwrap_err();
        assert_eq!(
            (german.wire_code(), german.message.as_str()),
            (
                "publishable_key",
                "Das ist ein veröffentlichbarer Schlüssel (pk_…): Mit ihm lassen sich keine Zahlungen erstellen. Till braucht einen eingeschränkten Schlüssel (rk_…, empfohlen) oder einen geheimen Schlüssel (sk_…). Kopieren Sie ihn aus dem Stripe-Dashboard → Entwickler → API-Schlüssel."
            )
        );
        let empty = parse_key(" ", Language::De).unwrap_err();
        assert_eq!(
            (empty.wire_code(), empty.message.as_str()),
            (
                "empty_key",
                "Es wurde kein Schlüssel eingegeben. Fügen Sie einen eingeschränkten Schlüssel (rk_test_… oder rk_live_…, empfohlen) oder einen geheimen Schlüssel (sk_…) ein. Kopieren Sie ihn aus dem Stripe-Dashboard → Entwickler → API-Schlüssel."
            )
        );
        let secret = parse_webhook_secret("sk_test_abc", Language::Fr).unwrap_err();
        assert!(
            secret
                .message
                .starts_with("Ce n’est pas un secret de signature de webhook."),
            "{}",
            secret.message
        );
        let optional: Vec<PermissionCheck> = recommended_permissions()
            .into_iter()
            .filter(|p| !p.required)
            .take(1)
            .map(|p| PermissionCheck {
                granted: Some(false),
                ..p
            })
            .collect();
        let key = "rk_test_abcdefghijklmnop";
        let english = warning_for(key, Mode::Test, &optional, Language::En).unwrap();
        assert!(
            english.starts_with("This key lacks ") && english.ends_with(". Till works without it."),
            "{english}"
        );
        let german = warning_for(key, Mode::Test, &optional, Language::De).unwrap();
        assert!(
            german.starts_with("Diesem Schlüssel fehlt ")
                && german.ends_with(". Till funktioniert auch ohne."),
            "{german}"
        );
    }
}
