//! A register wired to an in-process simulator, with a fresh ledger: the whole core, no window.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use anyhow::{Context, Result};
use stripe_sim::{SimConfig, SimHandle};
use till_core::checkout::{Checkout, RegisterSettings, Source, MIN_SESSION_LIFETIME};
use till_core::events::{self, EventOutcome, Received};
use till_core::mode::Mode;
use till_core::money::{Currency, Locale};
use till_core::register::Register;
use till_core::store::{Ledger, Store};
use till_core::stripe::retry::RetryPolicy;
use till_core::stripe::{ApiKey, Gateway, StripeHttp};

/// The key the tests use with the simulator.
pub const TEST_KEY: &str = "sk_test_till_system_tests";

/// A retry policy with short waits, so fault tests run fast.
pub fn quick_retries() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        base_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(100),
    }
}

pub struct TestTill {
    pub sim: SimHandle,
    pub register: Register,
    pub dir: tempfile::TempDir,
}

impl TestTill {
    /// A simulator with the demo catalog and a register whose catalog is synced.
    pub async fn start() -> Result<TestTill> {
        let sim = stripe_sim::start(SimConfig::default())
            .await
            .context("starting the simulator")?;
        let dir = tempfile::tempdir().context("creating a data folder")?;
        let register = register_for(&sim.base_url(), dir.path()).await?;
        Ok(TestTill { sim, register, dir })
    }

    pub fn checkout(&self) -> &Checkout {
        self.register.checkout()
    }

    pub fn ledger_path(&self) -> PathBuf {
        self.dir.path().join("till.sqlite3")
    }

    /// A second view of the same ledger (as another process would have).
    pub fn ledger(&self) -> Result<Ledger> {
        Ok(Ledger::open(&self.ledger_path())?)
    }

    /// The session id of a sale, from the ledger.
    pub fn session_of(&self, sale_id: &str) -> Result<String> {
        self.ledger()?
            .require_sale(sale_id)?
            .session_id
            .context("the sale has no session")
    }

    /// How many sessions at the simulator carry this sale id as `client_reference_id`.
    pub async fn sessions_at_stripe(&self, sale_id: &str) -> Result<usize> {
        let sessions = self.checkout().gateway().list_sessions(None).await?;
        Ok(sessions
            .iter()
            .filter(|s| s.client_reference_id.as_deref() == Some(sale_id))
            .count())
    }
}

/// Records and applies one event as the webhook path does (a training-mode event).
pub async fn deliver(checkout: &Checkout, event: &serde_json::Value) -> Result<EventOutcome> {
    let received = Received::parse(&serde_json::to_vec(event)?)?;
    let id = received.id.clone();
    events::record(checkout.store(), Mode::Training, received, Source::Webhook).await?;
    Ok(events::apply_recorded(checkout, &id).await?)
}

/// A register on a ledger in `dir`, talking to `api_base`, catalog synced.
pub async fn register_for(api_base: &str, dir: &Path) -> Result<Register> {
    let register = register_with(api_base, dir, test_settings("reg_systemtest"))?;
    register.sync_catalog().await?;
    Ok(register)
}

/// The settings of a training register `register_id` whose payment pages return to a closed
/// loopback port (tests report payments themselves).
pub fn test_settings(register_id: &str) -> RegisterSettings {
    RegisterSettings {
        mode: Mode::Training,
        register_id: register_id.into(),
        success_url: "http://127.0.0.1:9/checkout/success?session_id={CHECKOUT_SESSION_ID}".into(),
        cancel_url: Some("http://127.0.0.1:9/checkout/cancel".into()),
        phone_page: false,
        session_lifetime: MIN_SESSION_LIFETIME,
        allowed_payment_method_types: vec!["card".into()],
        locale: Locale::EnglishUnitedStates,
        language: till_core::i18n::Language::En,
    }
}

/// A register with `settings` on a ledger in `dir`, talking to `api_base` (catalog not synced).
pub fn register_with(api_base: &str, dir: &Path, settings: RegisterSettings) -> Result<Register> {
    let ledger = Ledger::open(&dir.join("till.sqlite3"))?;
    let http = StripeHttp::new(&ApiKey::new(TEST_KEY), api_base, Duration::from_secs(5))?;
    Ok(Register::new(
        Checkout::new(
            Store::new(ledger),
            Gateway::new(http, quick_retries()),
            settings,
        ),
        Currency::USD,
        Locale::EnglishUnitedStates,
    ))
}

/// Runs the built `tillctl` with a data folder and an API base; returns its output.
pub fn tillctl(
    data_dir: &Path,
    api_base: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<Output> {
    tillctl_command(data_dir, api_base, args, env)?
        .output()
        .context("running tillctl")
}

/// [`tillctl`] with `input` on its stdin (PINs it reads as lines).
pub fn tillctl_input(
    data_dir: &Path,
    api_base: &str,
    args: &[&str],
    env: &[(&str, &str)],
    input: &str,
) -> Result<Output> {
    use std::io::Write;
    let mut child = tillctl_command(data_dir, api_base, args, env)?
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .context("starting tillctl")?;
    if let Some(mut stdin) = child.stdin.take() {
        // tillctl may exit before reading it all (a refusal): a broken pipe is not a failure.
        let _ = stdin.write_all(input.as_bytes());
    }
    child.wait_with_output().context("running tillctl")
}

fn tillctl_command(
    data_dir: &Path,
    api_base: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<Command> {
    let mut command = Command::new(binary("tillctl")?);
    command
        .args(["--json", "--data-dir"])
        .arg(data_dir)
        .args(["--api-base", api_base])
        .args(args)
        .env_remove("STRIPE_SECRET_KEY")
        // A keyring service of this data folder only: never the user's own entries.
        .env("TILL_KEYRING_SERVICE", test_keyring_service(data_dir))
        .env("TILL_LOG", "warn");
    for (k, v) in env {
        command.env(k, v);
    }
    Ok(command)
}

/// A keyring service name private to one test's data folder, so tests never read or write
/// the user's own Till entries (and parallel tests never see each other's).
pub fn test_keyring_service(data_dir: &Path) -> String {
    let name = data_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("app.till.pos.test.{name}")
}

/// A binary of this workspace next to the test executable (`target/debug/NAME`).
pub fn binary(name: &str) -> Result<PathBuf> {
    let exe = std::env::current_exe().context("locating the test executable")?;
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .context("the test executable is not in a cargo target folder")?;
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    anyhow::ensure!(
        path.is_file(),
        "{} is not built: run `cargo build --workspace` first (scripts/test does)",
        path.display()
    );
    Ok(path)
}
