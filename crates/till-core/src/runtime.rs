//! Starting Till: the ledger, the Stripe connection (a key, or training mode with the
//! built-in simulator), the register, the return page. Shared by the window and `tillctl`.

use std::path::PathBuf;
use std::time::Duration;

use crate::checkout::{Checkout, RegisterSettings, MIN_SESSION_LIFETIME};
use crate::error::{Error, ErrorCode, Result};
use crate::mode::Mode;
use crate::paths::Paths;
use crate::phone::LanProblem;
use crate::register::Register;
use crate::return_page::{self, ReturnPage};
pub use crate::settings::StoredSettings;
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
pub use crate::return_page::RETURN_PORT_ENV;
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
    /// Training mode only: also serve the simulator's payment pages on the shop network
    /// (Settings, "Try the QR code with a phone"; see `phone`). Ignored with a key.
    pub lan_checkout: bool,
    /// `TILL_TRAINING_LAN_ADDR`: the address to serve them on instead of the one found.
    pub lan_addr: Option<String>,
    /// `TILL_TRAINING_LAN_PORT`: their port (default 47314; 0 for a free one).
    pub lan_port: Option<u16>,
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
            lan_checkout: false,
            lan_addr: nonempty(crate::phone::LAN_ADDR_ENV),
            lan_port: nonempty(crate::phone::LAN_PORT_ENV).and_then(|p| p.parse().ok()),
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
    /// Training mode on the shop network: `http://ADDR:PORT/t/TOKEN`, where phones open the
    /// simulator's payment pages.
    pub lan_page_base: Option<String>,
    /// Why the shop-network option is on but not served.
    pub lan_problem: Option<LanProblem>,
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
                lan_page_base: None,
                lan_problem: None,
            });
        }
        let key = ApiKey::new(TRAINING_KEY);
        if let Some(api_base) = &options.api_base {
            return Ok(Connection {
                mode: Mode::Training,
                api_base: api_base.clone(),
                key,
                simulator: None,
                lan_page_base: None,
                lan_problem: options.lan_checkout.then(|| LanProblem::ExternalSimulator {
                    api_base: api_base.clone(),
                    variable: API_BASE_ENV,
                }),
            });
        }
        let port = options.training_port.unwrap_or(TRAINING_PORT);
        let config = stripe_sim::SimConfig {
            port,
            state_file: Some(training_state_file(paths)),
            ..stripe_sim::SimConfig::default()
        };
        let mut lan_problem = None;
        let started = match options.lan_checkout.then(|| lan_checkout(options)) {
            Some(Ok(lan)) => {
                let address = lan.addr;
                let with_lan = stripe_sim::SimConfig {
                    lan_checkout: Some(lan),
                    ..config.clone()
                };
                match stripe_sim::start(with_lan).await {
                    Ok(sim) => Ok(sim),
                    Err(e) => {
                        lan_problem = Some(LanProblem::Bind {
                            address,
                            error: e.to_string(),
                        });
                        stripe_sim::start(config).await
                    }
                }
            }
            Some(Err(problem)) => {
                lan_problem = Some(problem);
                stripe_sim::start(config).await
            }
            None => stripe_sim::start(config).await,
        };
        if let Some(problem) = &lan_problem {
            tracing::warn!(%problem, "training mode: payment page not served on the shop network");
        }
        match started {
            Ok(sim) => {
                let page_base = sim.page_base();
                let lan_page_base = (page_base != sim.base_url()).then_some(page_base);
                tracing::info!(base_url = %sim.base_url(), on_network = lan_page_base.is_some(), "training mode: built-in Stripe simulator started");
                Ok(Connection {
                    mode: Mode::Training,
                    api_base: sim.base_url(),
                    key,
                    simulator: Some(sim),
                    lan_page_base,
                    lan_problem,
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
                    lan_page_base: None,
                    lan_problem: options.lan_checkout.then_some(LanProblem::SharedSimulator),
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

/// Where and under which token the shop-network option serves the training pages: this
/// computer's network address (`phone::lan_address`), port `TILL_TRAINING_LAN_PORT` or
/// 47314, and 128 random bits from the operating system.
fn lan_checkout(
    options: &ConnectOptions,
) -> std::result::Result<stripe_sim::LanCheckout, LanProblem> {
    let ip = crate::phone::lan_address(options.lan_addr.as_deref())?;
    let port = options.lan_port.unwrap_or(crate::phone::DEFAULT_LAN_PORT);
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| LanProblem::NoRandom {
        error: e.to_string(),
    })?;
    Ok(stripe_sim::LanCheckout {
        addr: std::net::SocketAddr::new(ip, port),
        token: hex::encode(bytes),
    })
}

fn training_state_file(paths: &Paths) -> PathBuf {
    paths.data_dir.join("training-simulator.json")
}

async fn port_answers(port: u16) -> bool {
    tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_ok()
}

/// Where Stripe sends the customer after paying or pressing Back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnUrls {
    pub success_url: String,
    pub cancel_url: Option<String>,
    /// A customer's phone can open `success_url`.
    pub phone_page: bool,
}

/// One `success_url` serves the till's own browser and the customer's phone alike:
/// - the shop's after-payment page when one is set (a phone can open it; a payment in the
///   till's browser is then seen by polling, within about a second, instead of by the
///   loopback page's instant wake-up);
/// - else, in training mode on the shop network, the simulator's own page for the session
///   there (it shows "Thanks for your payment", in the session's `locale`);
/// - else Till's loopback return page: instant in the till's own browser, "can't connect"
///   on a phone (the checkout panel, Settings and `tillctl doctor` say so).
///
/// `cancel_url`: the cancel URL setting; else none when a phone page is in use (Stripe then
/// shows no Back link that could lead a phone to a dead page); else the loopback page.
pub fn return_urls(settings: &StoredSettings, connection: &Connection, base: &str) -> ReturnUrls {
    let lan_page = connection
        .lan_page_base
        .as_ref()
        .map(|page| format!("{page}/c/pay/{{CHECKOUT_SESSION_ID}}"));
    // A page saved by an older version without the https check is still used as it was.
    let phone_page = crate::phone::public_page(settings.success_url.as_deref()).is_some()
        || (settings.success_url.is_none() && lan_page.is_some());
    let cancel_url = match (&settings.cancel_url, phone_page) {
        (Some(url), _) => Some(url.clone()),
        (None, true) => None,
        (None, false) => Some(return_page::cancel_url(base)),
    };
    ReturnUrls {
        success_url: settings
            .success_url
            .clone()
            .or(lan_page)
            .unwrap_or_else(|| return_page::success_url(base)),
        cancel_url,
        phone_page,
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
        let connect = ConnectOptions {
            lan_checkout: settings.training_lan_checkout,
            ..options.connect.clone()
        };
        let connection = Connection::open(&connect, &paths).await?;
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
        let urls = return_urls(&settings, &connection, &base);
        let register_settings = RegisterSettings {
            mode: connection.mode,
            register_id: settings.register_id.clone(),
            success_url: urls.success_url,
            cancel_url: urls.cancel_url,
            phone_page: urls.phone_page,
            session_lifetime: MIN_SESSION_LIFETIME,
            allowed_payment_method_types: vec!["card".into()],
            locale: settings.locale,
            language: settings.language,
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

    /// What the checkout panel says about a customer's phone under the QR code, if anything,
    /// and whether it is a warning (test or live mode without an after-payment page). A
    /// problem serving training's shop-network pages comes first.
    pub fn phone_note(&self) -> (Option<String>, bool) {
        let (mode, page) = (self.connection.mode, self.settings.success_url.as_deref());
        let language = self.settings.language;
        let note = match &self.connection.lan_problem {
            Some(problem) => Some(problem.message(language)),
            None => {
                crate::phone::checkout_note(mode, page, self.connection.lan_page_base.is_some())
                    .map(|note| crate::phone::in_language(note, language))
            }
        };
        (note, crate::phone::warning(mode, page).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::{Currency, Locale};

    fn stored(success_url: Option<&str>, cancel_url: Option<&str>) -> StoredSettings {
        StoredSettings {
            register_id: "reg_t".into(),
            register_name: "Till 1".into(),
            currency: Currency::USD,
            locale: Locale::default(),
            locale_setting: None,
            language: crate::i18n::Language::En,
            language_setting: None,
            return_port: 47_311,
            success_url: success_url.map(String::from),
            cancel_url: cancel_url.map(String::from),
            training_lan_checkout: false,
            checkout_timeout: Duration::from_secs(900),
        }
    }

    fn connection(mode: Mode, lan_page_base: Option<&str>) -> Connection {
        Connection {
            mode,
            api_base: "http://127.0.0.1:47312".into(),
            key: ApiKey::new(TRAINING_KEY),
            simulator: None,
            lan_page_base: lan_page_base.map(String::from),
            lan_problem: None,
        }
    }

    #[test]
    fn one_success_url_for_the_tills_browser_and_the_phone() {
        let base = "http://127.0.0.1:47311";
        let loopback = return_urls(&stored(None, None), &connection(Mode::Test, None), base);
        assert_eq!(loopback.success_url, return_page::success_url(base));
        assert_eq!(loopback.cancel_url, Some(return_page::cancel_url(base)));
        assert!(!loopback.phone_page);

        let page = "https://shop.example/thanks?s={CHECKOUT_SESSION_ID}";
        let public = return_urls(
            &stored(Some(page), None),
            &connection(Mode::Test, None),
            base,
        );
        assert_eq!(public.success_url, page);
        assert_eq!(public.cancel_url, None, "no Back link to a dead page");
        assert!(public.phone_page);
        let with_cancel = return_urls(
            &stored(Some(page), Some("https://shop.example/back")),
            &connection(Mode::Live, None),
            base,
        );
        assert_eq!(
            with_cancel.cancel_url.as_deref(),
            Some("https://shop.example/back")
        );

        let lan = "http://192.168.1.20:47314/t/0123456789abcdef0123456789abcdef";
        let training = return_urls(
            &stored(None, None),
            &connection(Mode::Training, Some(lan)),
            base,
        );
        assert_eq!(
            training.success_url,
            format!("{lan}/c/pay/{{CHECKOUT_SESSION_ID}}")
        );
        assert!(training.phone_page);
        assert_eq!(training.cancel_url, None);

        // A page an older version saved without the https check: used, but not a phone page.
        let old = "http://127.0.0.1:8000/thanks";
        let older = return_urls(
            &stored(Some(old), None),
            &connection(Mode::Test, None),
            base,
        );
        assert_eq!(older.success_url, old);
        assert!(!older.phone_page);
        assert_eq!(older.cancel_url, Some(return_page::cancel_url(base)));
    }
}
