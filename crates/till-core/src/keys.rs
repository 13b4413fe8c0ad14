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

/// Checks the form of a key typed or pasted by the owner. Never echoes the input.
pub fn parse_key(input: &str) -> Result<(ApiKey, Mode)> {
    let key = input.trim();
    const WHERE: &str = "Copy it from Stripe Dashboard → Developers → API keys.";
    if key.is_empty() {
        return Err(Error::invalid_input(format!(
            "No key was entered. Paste a restricted key (rk_test_… or rk_live_…, recommended) or a secret key (sk_…). {WHERE}"
        ))
        .with_reason("empty_key"));
    }
    if key.starts_with("pk_") {
        return Err(Error::invalid_input(format!(
            "This is a publishable key (pk_…): it cannot create payments. Till needs a restricted key (rk_…, recommended) or a secret key (sk_…). {WHERE}"
        ))
        .with_reason("publishable_key"));
    }
    if key.starts_with("whsec_") {
        return Err(Error::invalid_input(
            "This is a webhook signing secret (whsec_…), not an API key: enter it under Webhook signing secret.",
        )
        .with_reason("malformed_key"));
    }
    let Some(mode) = Mode::of_key(key) else {
        return Err(Error::invalid_input(format!(
            "This is not a Stripe API key: it should start with rk_test_, rk_live_, sk_test_ or sk_live_. {WHERE}"
        ))
        .with_reason("malformed_key"));
    };
    let rest = &key["sk_test_".len()..];
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(Error::invalid_input(format!(
            "This key is incomplete or contains spaces or characters Stripe keys never have. {WHERE}"
        ))
        .with_reason("malformed_key"));
    }
    Ok((ApiKey::new(key), mode))
}

/// Checks the form of a webhook signing secret.
pub fn parse_webhook_secret(input: &str) -> Result<Secret> {
    let secret = input.trim();
    const WHERE: &str = "It starts with whsec_: `stripe listen` prints it, and each webhook endpoint shows its own in Stripe Dashboard → Developers → Webhooks.";
    if secret.is_empty() {
        return Err(Error::invalid_input(format!(
            "No webhook signing secret was entered. {WHERE}"
        ))
        .with_reason("empty_webhook_secret"));
    }
    let valid = secret.strip_prefix("whsec_").is_some_and(|rest| {
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    if !valid {
        return Err(
            Error::invalid_input(format!("This is not a webhook signing secret. {WHERE}"))
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

/// The standing warning for a key, if it deserves one.
fn warning_for(key: &str, mode: Mode, permissions: &[PermissionCheck]) -> Option<String> {
    if mode == Mode::Live && kind_of(key) == "secret" {
        return Some(format!(
            "This is a live secret key: it can do anything in your Stripe account. Stripe recommends a restricted key for apps like Till. In Stripe Dashboard → Developers → API keys, create a restricted key with {} (Refunds: Write only if this till refunds; Products and Prices: Write only to create products from Till) and everything else None, then replace this key.",
            permission_list(&recommended_permissions().into_iter().filter(|p| p.required).collect::<Vec<_>>())
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
        format!(
            "This key lacks {}. Till works without {}.",
            list.join(", "),
            if list.len() == 1 { "it" } else { "them" }
        )
    })
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
            Ok(Some(secret)) => match parse_key(secret.expose()) {
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
                Err(e) => (None, KeySource::None, Some(Problem::from(&e))),
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
                message: "The keyring holds something for Till's Stripe key that is not a Stripe key. Replace it or remove it.".into(),
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
            warning: warning_for(key.expose(), mode, &permissions),
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
    pub async fn set(&self, store: &Store, input: &str, confirm_live: bool) -> Result<KeyStatus> {
        let (key, mode) = parse_key(input)?;
        if mode == Mode::Live && !confirm_live {
            return Err(Error::invalid_input(
                "This is a live key: real cards will be charged. Confirm that you mean live mode (type LIVE in Settings, or pass --confirm-live to tillctl).",
            )
            .with_reason("live_confirmation_required"));
        }
        let permissions = self.prove(&key, mode).await?;
        self.secrets
            .write(SecretName::StripeKey, Secret::new(key.expose()))
            .await?;
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
    async fn prove(&self, key: &ApiKey, mode: Mode) -> Result<Vec<PermissionCheck>> {
        let http = StripeHttp::new(key, &self.api_base, VERIFY_TIMEOUT).map_err(|_| {
            Error::invalid_input("This key contains characters that cannot be sent to Stripe.")
                .with_reason("malformed_key")
        })?;
        let verification = verify::verify(&http, key)
            .await
            .map_err(|failure| refusal(failure, key))?;
        if let Some(livemode) = verification.livemode_seen {
            if livemode != (mode == Mode::Live) {
                return Err(Error::new(
                    ErrorCode::Stripe,
                    format!(
                        "Stripe returned {} objects for this {mode} key. Nothing was stored; check that the key is the one you meant.",
                        if livemode { "live" } else { "test" }
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
            return Err(Error::new(
                ErrorCode::Stripe,
                format!(
                    "This restricted key lacks permissions Till needs: {}. In Stripe Dashboard → Developers → API keys, edit the key ({}), set {}, save, and enter the key again. Nothing was stored.",
                    permission_list(&missing),
                    key.masked(),
                    missing
                        .iter()
                        .map(|p| format!("{} to {}", p.label(), p.purpose))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            )
            .with_reason("missing_permissions"));
        }
        Ok(verification.permissions)
    }

    /// Removes the key from the keyring (Till then runs in training mode).
    pub async fn remove(&self, store: &Store) -> Result<KeyStatus> {
        let removed = self.secrets.delete(SecretName::StripeKey).await?;
        store.call(|l| l.delete_setting(KEY_META)).await?;
        tracing::info!(removed, "Stripe key removed from the keyring");
        Ok(self.status(store).await)
    }

    /// Checks and stores the webhook signing secret (it cannot be proved with a call).
    pub async fn set_webhook_secret(&self, store: &Store, input: &str) -> Result<KeyStatus> {
        let secret = parse_webhook_secret(input)?;
        let meta = SecretMeta {
            masked: secret.masked(),
            set_at: now_ms(),
        };
        self.secrets
            .write(SecretName::WebhookSecret, secret)
            .await?;
        write_meta(store, WEBHOOK_META, &meta).await?;
        tracing::info!(secret = %meta.masked, "webhook signing secret stored in the keyring");
        Ok(self.status(store).await)
    }

    pub async fn remove_webhook_secret(&self, store: &Store) -> Result<KeyStatus> {
        self.secrets.delete(SecretName::WebhookSecret).await?;
        store.call(|l| l.delete_setting(WEBHOOK_META)).await?;
        Ok(self.status(store).await)
    }

    /// The webhook signing secret, for signature checks only.
    pub async fn webhook_secret(&self) -> Result<Option<Secret>> {
        self.secrets.read(SecretName::WebhookSecret).await
    }

    /// `tillctl doctor`'s check of the key in use: proves it again without storing anything.
    pub async fn check(&self, key: &ApiKey) -> Result<Vec<PermissionCheck>> {
        let mode = Mode::of_key(key.expose()).ok_or_else(|| {
            Error::invalid_input("The key in use is not a Stripe API key.")
                .with_reason("malformed_key")
        })?;
        self.prove(key, mode).await
    }
}

/// A failed verification call as the owner should read it. Never includes the key.
fn refusal(failure: StripeFailure, key: &ApiKey) -> Error {
    match &failure {
        StripeFailure::Api { status: 401, .. } => Error::new(
            ErrorCode::Stripe,
            format!(
                "Stripe refused this key ({}): it is mistyped, was rolled, or was deleted. Copy it again from Stripe Dashboard → Developers → API keys. Nothing was stored.",
                key.masked()
            ),
        )
        .with_reason("key_rejected"),
        StripeFailure::Network(_) | StripeFailure::Timeout => {
            // The transport's own words ("dns error", "Connect"...) go to the log, not to the owner.
            tracing::warn!(%failure, "the key check could not reach Stripe");
            Error::new(
                ErrorCode::Network,
                "Till could not reach Stripe to check the key: this computer seems to be offline, or a firewall blocks Stripe. Check the internet connection and try again. Nothing was stored.",
            )
            .with_reason("stripe_unreachable")
        }
        _ => Error::new(
            ErrorCode::Stripe,
            format!("Stripe could not check the key: {failure}. Nothing was stored; try again in a moment."),
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
        parse_key(input).unwrap_err().wire_code()
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
        let (key, mode) = parse_key("  rk_test_abc123\n").unwrap();
        assert_eq!(key.expose(), "rk_test_abc123");
        assert_eq!(mode, Mode::Test);
        let live = format!("{}{}", "sk_live_", "abc123");
        assert_eq!(parse_key(&live).unwrap().1, Mode::Live);
    }

    #[test]
    fn refusals_never_echo_the_input() {
        for input in [
            "sk_test_abc def_secretpart",
            "zzsecretpartzz",
            "pk_test_secretpart",
        ] {
            let e = parse_key(input).unwrap_err();
            assert!(!e.message.contains("secretpart"), "{}", e.message);
        }
    }

    #[test]
    fn webhook_secrets_are_checked() {
        assert_eq!(
            parse_webhook_secret(" ").unwrap_err().wire_code(),
            "empty_webhook_secret"
        );
        assert_eq!(
            parse_webhook_secret("sk_test_abc").unwrap_err().wire_code(),
            "malformed_webhook_secret"
        );
        assert_eq!(
            parse_webhook_secret(" whsec_abc123 ").unwrap().expose(),
            "whsec_abc123"
        );
    }

    #[test]
    fn a_live_secret_key_carries_a_standing_warning_with_the_permission_list() {
        let live_secret = format!("{}{}", "sk_live_", "abcdefghijklmnop");
        let warning = warning_for(&live_secret, Mode::Live, &recommended_permissions()).unwrap();
        assert!(warning.contains("restricted key"), "{warning}");
        assert!(warning.contains("Checkout Sessions: Write"), "{warning}");
        assert!(warning.contains("Events: Read"), "{warning}");
        let live_restricted = format!("{}{}", "rk_live_", "abcdefghijklmnop");
        assert_eq!(
            warning_for(&live_restricted, Mode::Live, &recommended_permissions()),
            None
        );
        assert_eq!(
            warning_for(
                "sk_test_abcdefghijklmnop",
                Mode::Test,
                &recommended_permissions()
            ),
            None
        );
    }
}
