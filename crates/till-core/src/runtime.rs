//! Starting Till: the ledger, the Stripe connection (a key, or training mode with the
//! built-in simulator), the register, the return page. Shared by the window and `tillctl`.

use std::path::PathBuf;
use std::time::Duration;

use crate::checkout::{Checkout, RegisterSettings, MIN_SESSION_LIFETIME};
use crate::error::{Error, ErrorCode, Result};
use crate::mode::Mode;
use crate::money::{Currency, Locale};
use crate::paths::Paths;
use crate::register::Register;
use crate::return_page::{self, ReturnPage};
use crate::store::{Ledger, Store};
use crate::stripe::client::STRIPE_API_BASE;
use crate::stripe::retry::RetryPolicy;
use crate::stripe::{ApiKey, Gateway, StripeHttp};

/// Overrides the Stripe API base (tests and demos point Till at a simulator).
pub const API_BASE_ENV: &str = "TILL_STRIPE_API_BASE";
/// A key for scripts (`tillctl`); the window reads the key from the OS keyring.
pub const SECRET_KEY_ENV: &str = "STRIPE_SECRET_KEY";
/// Overrides the training simulator's port (0 picks a free one; tests run several Tills).
pub const TRAINING_PORT_ENV: &str = "TILL_TRAINING_PORT";
/// Overrides the return page's port (0 picks a free one).
pub const RETURN_PORT_ENV: &str = "TILL_RETURN_PORT";
/// The key Till uses with its own simulator in training mode.
pub const TRAINING_KEY: &str = "sk_test_till_training_mode";
/// Where the training simulator listens: fixed, because open sessions carry its URL
/// across restarts.
pub const TRAINING_PORT: u16 = 47_312;

/// How to connect to Stripe.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    /// A Stripe key; `None` means training mode.
    pub key: Option<ApiKey>,
    /// `TILL_STRIPE_API_BASE`: use this instead of Stripe (or the training simulator).
    pub api_base: Option<String>,
    /// Port of the training simulator (default [`TRAINING_PORT`]; 0 for a free one).
    pub training_port: Option<u16>,
}

impl ConnectOptions {
    /// From the environment: `STRIPE_SECRET_KEY` and `TILL_STRIPE_API_BASE`.
    pub fn from_env() -> ConnectOptions {
        let nonempty = |name| {
            std::env::var(name)
                .ok()
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        ConnectOptions {
            key: nonempty(SECRET_KEY_ENV).map(ApiKey::new),
            api_base: nonempty(API_BASE_ENV),
            training_port: nonempty(TRAINING_PORT_ENV).and_then(|p| p.parse().ok()),
        }
    }
}

/// A live connection: the mode it means, and the simulator when Till runs it.
pub struct Connection {
    pub mode: Mode,
    pub api_base: String,
    pub key: ApiKey,
    /// The in-process simulator of training mode (stopped when dropped).
    pub simulator: Option<stripe_sim::SimHandle>,
}

impl Connection {
    pub async fn open(options: &ConnectOptions, paths: &Paths) -> Result<Connection> {
        if let Some(key) = &options.key {
            let mode = Mode::of_key(key.expose()).ok_or_else(|| {
                Error::invalid_input(format!(
                    "{} is not a Stripe secret or restricted key (sk_test_, rk_test_, sk_live_ or rk_live_).",
                    key.masked()
                ))
                .with_reason("malformed_key")
            })?;
            return Ok(Connection {
                mode,
                api_base: options
                    .api_base
                    .clone()
                    .unwrap_or_else(|| STRIPE_API_BASE.to_string()),
                key: key.clone(),
                simulator: None,
            });
        }
        let key = ApiKey::new(TRAINING_KEY);
        if let Some(api_base) = &options.api_base {
            return Ok(Connection {
                mode: Mode::Training,
                api_base: api_base.clone(),
                key,
                simulator: None,
            });
        }
        let port = options.training_port.unwrap_or(TRAINING_PORT);
        let config = stripe_sim::SimConfig {
            port,
            state_file: Some(training_state_file(paths)),
            ..stripe_sim::SimConfig::default()
        };
        match stripe_sim::start(config).await {
            Ok(sim) => {
                tracing::info!(base_url = %sim.base_url(), "training mode: built-in Stripe simulator started");
                Ok(Connection {
                    mode: Mode::Training,
                    api_base: sim.base_url(),
                    key,
                    simulator: Some(sim),
                })
            }
            Err(e) if port != 0 && port_answers(port).await => {
                // Another Till on this machine runs the training simulator: share it.
                tracing::info!(port, error = %e, "training mode: using the simulator of another Till process");
                Ok(Connection {
                    mode: Mode::Training,
                    api_base: format!("http://127.0.0.1:{port}"),
                    key,
                    simulator: None,
                })
            }
            Err(e) => Err(Error::new(
                ErrorCode::Internal,
                format!("Training mode could not start Till's built-in Stripe simulator: {e}"),
            )),
        }
    }

    pub fn gateway(&self) -> Result<Gateway> {
        let http = StripeHttp::new(&self.key, &self.api_base, Duration::from_secs(20))?;
        Ok(Gateway::new(http, RetryPolicy::default()))
    }
}

fn training_state_file(paths: &Paths) -> PathBuf {
    paths.data_dir.join("training-simulator.json")
}

async fn port_answers(port: u16) -> bool {
    tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_ok()
}

/// Settings read from the ledger, with their defaults.
#[derive(Debug, Clone)]
pub struct StoredSettings {
    pub register_id: String,
    pub register_name: String,
    pub currency: Currency,
    pub locale: Locale,
    pub return_port: u16,
    pub success_url: Option<String>,
    pub cancel_url: Option<String>,
    /// How long a sale stays on screen before Till cancels it.
    pub checkout_timeout: Duration,
}

impl StoredSettings {
    pub fn load(ledger: &mut Ledger) -> Result<StoredSettings> {
        let register_id = ledger.setting_or_init("register_id", || {
            format!("reg_{}", &crate::checkout::Checkout::new_sale_id()[5..17])
        })?;
        let register_name = ledger
            .setting("register_name")?
            .unwrap_or_else(|| "Till 1".into());
        let currency = match ledger.setting("currency")? {
            Some(code) => Currency::parse(&code)?,
            None => Currency::USD,
        };
        let locale = match ledger.setting("locale")? {
            Some(tag) => Locale::parse(&tag)?,
            None => Locale::default(),
        };
        let env_port: Option<u16> = std::env::var(RETURN_PORT_ENV)
            .ok()
            .and_then(|p| p.trim().parse().ok());
        let return_port = match (env_port, ledger.setting("return_port")?) {
            (Some(port), _) => port,
            (None, Some(port)) => port.parse().map_err(|_| {
                Error::invalid_input(format!(
                    "The return page port {port:?} in Settings is not a port number."
                ))
            })?,
            (None, None) => return_page::DEFAULT_PORT,
        };
        Ok(StoredSettings {
            register_id,
            register_name,
            currency,
            locale,
            return_port,
            success_url: ledger.setting("success_url")?,
            cancel_url: ledger.setting("cancel_url")?,
            checkout_timeout: crate::settings::checkout_timeout(ledger)?,
        })
    }
}

/// Everything a running Till holds.
pub struct Till {
    pub paths: Paths,
    pub settings: StoredSettings,
    pub connection: Connection,
    pub register: Register,
    /// The loopback return page (the window serves it; `tillctl` does not).
    pub return_page: Option<ReturnPage>,
}

/// How to start.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    pub connect: ConnectOptions,
    /// Serve the return page, waking watchers through `visits`.
    pub serve_return_page: bool,
}

impl Till {
    /// Opens the ledger, connects, and builds the register. Visits to the return page are
    /// sent on `visits` when it is served.
    pub async fn start(
        paths: Paths,
        options: StartOptions,
        visits: Option<tokio::sync::mpsc::UnboundedSender<return_page::ReturnVisit>>,
    ) -> Result<Till> {
        paths.create_all()?;
        let mut ledger = Ledger::open(&paths.ledger_path())?;
        let settings = StoredSettings::load(&mut ledger)?;
        let store = Store::new(ledger);
        let connection = Connection::open(&options.connect, &paths).await?;
        let return_page = match (options.serve_return_page, visits) {
            (true, Some(visits)) => match ReturnPage::start(settings.return_port, visits).await {
                Ok(page) => Some(page),
                Err(e) => {
                    tracing::warn!(error = %e, "the payment return page is not served; payments are still detected by polling");
                    None
                }
            },
            _ => None,
        };
        let base = format!("http://127.0.0.1:{}", settings.return_port);
        let base = return_page
            .as_ref()
            .map(|p| p.base_url().to_string())
            .unwrap_or(base);
        let register_settings = RegisterSettings {
            mode: connection.mode,
            register_id: settings.register_id.clone(),
            success_url: settings
                .success_url
                .clone()
                .unwrap_or_else(|| return_page::success_url(&base)),
            cancel_url: settings
                .cancel_url
                .clone()
                .unwrap_or_else(|| return_page::cancel_url(&base)),
            session_lifetime: MIN_SESSION_LIFETIME,
            allowed_payment_method_types: vec!["card".into()],
            locale: settings.locale,
        };
        let checkout = Checkout::new(store, connection.gateway()?, register_settings);
        let register = Register::new(checkout, settings.currency, settings.locale);
        register.load_cached_catalog().await?;
        tracing::info!(mode = %connection.mode, api_base = %connection.api_base, register_id = %settings.register_id, "Till ready");
        Ok(Till {
            paths,
            settings,
            connection,
            register,
            return_page,
        })
    }
}
