//! The settings screen's non-secret settings: register name, default currency, display
//! locale, language (default: the system's, from `LANGUAGE`/`LC_ALL`/`LC_MESSAGES`/`LANG`),
//! on-screen checkout timeout, the after-payment page for customers' phones
//! (`success_url`), the cancel URL, and training mode's "Try the QR code with a phone". They live in the ledger's
//! `settings` table; secrets never do (see `keys`). Every value is checked before anything is
//! written, and a refused update writes nothing.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::mode::Mode;
use crate::money::{Currency, Locale};
use crate::phone;
use crate::store::Ledger;

/// Setting names in the ledger.
pub const REGISTER_ID: &str = "register_id";
/// The loopback return page's port (`TILL_RETURN_PORT` overrides it).
pub const RETURN_PORT: &str = "return_port";
pub const REGISTER_NAME: &str = "register_name";
pub const CURRENCY: &str = "currency";
pub const LOCALE: &str = "locale";
pub use crate::language::LANGUAGE;
pub const CHECKOUT_TIMEOUT: &str = "checkout_timeout_minutes";
pub const SUCCESS_URL: &str = "success_url";
pub const CANCEL_URL: &str = "cancel_url";
/// "true": training mode serves its payment page on the shop's network (see `phone`).
pub const TRAINING_LAN_CHECKOUT: &str = "training_lan_checkout";

/// How long a sale stays on screen before Till cancels it, by default.
pub const DEFAULT_CHECKOUT_TIMEOUT_MINUTES: u32 = 15;
/// The longest on-screen timeout: below the Checkout Session's own 31-minute lifetime, so
/// Till always cancels before Stripe expires the session.
pub const MAX_CHECKOUT_TIMEOUT_MINUTES: u32 = 30;
const MAX_NAME_CHARS: usize = 40;
const MAX_URL_CHARS: usize = 2000;

/// A display locale the owner can choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleChoice {
    pub tag: &'static str,
    pub example: String,
}

/// A language the owner can choose, by its own name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageChoice {
    pub tag: &'static str,
    pub name: &'static str,
}

pub use crate::language::system_language;

/// What the settings screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsView {
    pub register_name: String,
    pub register_id: String,
    /// `USD`.
    pub currency: String,
    /// The chosen display locale's tag (`en-US`); empty: the language's ([`Locale::for_language`]).
    pub locale: String,
    /// The locale in use: the chosen one, else the language's.
    pub language_locale: String,
    /// The chosen language's tag; `None`: the system's.
    pub language: Option<String>,
    /// The system's language (what `None` means here).
    pub system_language: String,
    pub checkout_timeout_minutes: u32,
    /// The after-payment page for customers' phones; `None`: Till's own return page.
    pub success_url: Option<String>,
    pub cancel_url: Option<String>,
    /// Training mode serves its payment page on the shop's network.
    pub training_lan_checkout: bool,
    /// The running mode (`training`, `test`, `live`): the network option is training's only.
    pub mode: String,
    /// Test or live mode without an after-payment page: what a phone will see.
    pub phone_warning: Option<String>,
    /// One sentence each, for the form.
    pub after_payment_explain: String,
    pub lan_explain: String,
    pub currencies: Vec<String>,
    pub locales: Vec<LocaleChoice>,
    pub languages: Vec<LanguageChoice>,
    pub data_dir: String,
    pub log_dir: String,
}

/// What the settings screen sends back.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsUpdate {
    pub register_name: String,
    pub currency: String,
    /// A locale tag; empty or `language`: the language's.
    #[serde(default)]
    pub locale: String,
    /// A language tag; absent, empty or `system`: the system's language.
    #[serde(default)]
    pub language: Option<String>,
    pub checkout_timeout_minutes: i64,
    #[serde(default)]
    pub success_url: Option<String>,
    #[serde(default)]
    pub cancel_url: Option<String>,
    #[serde(default)]
    pub training_lan_checkout: bool,
}

/// The on-screen checkout timeout stored in the ledger (default 15 minutes).
pub fn checkout_timeout(ledger: &Ledger) -> Result<Duration> {
    let minutes = ledger
        .setting(CHECKOUT_TIMEOUT)?
        .and_then(|m| m.parse::<u32>().ok())
        .filter(|m| (1..=MAX_CHECKOUT_TIMEOUT_MINUTES).contains(m))
        .unwrap_or(DEFAULT_CHECKOUT_TIMEOUT_MINUTES);
    Ok(Duration::from_secs(u64::from(minutes) * 60))
}

/// The settings as stored, with their defaults; `mode` is the running one.
pub fn load(
    ledger: &mut Ledger,
    mode: Mode,
    data_dir: &str,
    log_dir: &str,
) -> Result<SettingsView> {
    let stored = StoredSettings::load(ledger)?;
    // Each locale shows 1,234.50 of the register's currency as it would format it.
    Ok(SettingsView {
        register_name: stored.register_name,
        register_id: stored.register_id,
        currency: stored.currency.code_upper(),
        locale: stored.locale_setting.map_or("", Locale::tag).to_string(),
        language_locale: stored.locale.tag().to_string(),
        language: stored.language_setting.map(|l| l.tag().to_string()),
        system_language: system_language().tag().to_string(),
        checkout_timeout_minutes: u32::try_from(checkout_timeout(ledger)?.as_secs() / 60)
            .unwrap_or(DEFAULT_CHECKOUT_TIMEOUT_MINUTES),
        phone_warning: phone::warning(mode, stored.success_url.as_deref())
            .map(|warning| phone::in_language(warning, stored.language)),
        success_url: stored.success_url,
        cancel_url: stored.cancel_url,
        training_lan_checkout: stored.training_lan_checkout,
        mode: mode.as_str().to_string(),
        after_payment_explain: phone::in_language(phone::EXPLAIN_PAGE, stored.language),
        lan_explain: phone::in_language(phone::EXPLAIN_LAN, stored.language),
        currencies: Currency::all().map(Currency::code_upper).collect(),
        locales: Locale::ALL
            .into_iter()
            .map(|l| LocaleChoice {
                tag: l.tag(),
                example: crate::money::Money::new(123_450, stored.currency).format(l),
            })
            .collect(),
        languages: Language::ALL
            .into_iter()
            .map(|l| LanguageChoice {
                tag: l.tag(),
                name: l.name(),
            })
            .collect(),
        data_dir: data_dir.to_string(),
        log_dir: log_dir.to_string(),
    })
}

/// The values of an update, checked.
struct Checked {
    register_name: String,
    currency: Currency,
    locale: Option<Locale>,
    language: Option<Language>,
    timeout_minutes: u32,
    success_url: Option<String>,
    cancel_url: Option<String>,
    training_lan_checkout: bool,
}

/// Checks an update; a refusal is worded in `words` (the till's language before the save).
fn check(update: &SettingsUpdate, words: Language) -> Result<Checked> {
    let register_name = update.register_name.trim().to_string();
    let chars = register_name.chars().count();
    if chars == 0 || chars > MAX_NAME_CHARS || register_name.chars().any(char::is_control) {
        return Err(Error::invalid_input(text_with(
            words,
            "settings-error-register-name",
            &[("max", Arg::Number(MAX_NAME_CHARS as i64))],
        ))
        .with_reason("invalid_register_name"));
    }
    let currency = Currency::parse(&update.currency).map_err(|e| {
        Error::invalid_input(text_with(
            words,
            "settings-error-currency",
            &[("error", Arg::Text(&e.message(words)))],
        ))
        .with_reason("unknown_currency")
    })?;
    let locale = match update.locale.trim() {
        "" | "language" => None,
        tag => Some(Locale::parse(tag).map_err(|e| {
            Error::invalid_input(text_with(
                words,
                "settings-error-locale",
                &[("error", Arg::Text(&e.message(words)))],
            ))
            .with_reason("unknown_locale")
        })?),
    };
    let language = match update.language.as_deref().map(str::trim) {
        None | Some("" | "system") => None,
        Some(tag) => Some(Language::parse(tag).ok_or_else(|| {
            Error::invalid_input(text_with(
                words,
                "settings-error-language",
                &[("tag", Arg::Text(tag))],
            ))
            .with_reason("unknown_language")
        })?),
    };
    let timeout_minutes = u32::try_from(update.checkout_timeout_minutes)
        .ok()
        .filter(|m| (1..=MAX_CHECKOUT_TIMEOUT_MINUTES).contains(m))
        .ok_or_else(|| {
            Error::invalid_input(text_with(
                words,
                "settings-error-timeout",
                &[("max", Arg::Number(i64::from(MAX_CHECKOUT_TIMEOUT_MINUTES)))],
            ))
            .with_reason("invalid_timeout")
        })?;
    Ok(Checked {
        register_name,
        currency,
        locale,
        language,
        timeout_minutes,
        success_url: phone::check_after_payment_page(update.success_url.as_deref(), words)?,
        cancel_url: check_cancel_url(update.cancel_url.as_deref(), words)?,
        training_lan_checkout: update.training_lan_checkout,
    })
}

/// An empty URL means Till's own return page; anything else must be an http(s) URL.
fn check_cancel_url(url: Option<&str>, words: Language) -> Result<Option<String>> {
    let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let host_ok = rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
    });
    if !host_ok || url.len() > MAX_URL_CHARS || url.chars().any(|c| c.is_whitespace()) {
        return Err(
            Error::invalid_input(text(words, "settings-error-cancel-url"))
                .with_reason("invalid_url"),
        );
    }
    Ok(Some(url.to_string()))
}

/// Checks every value, then writes them all in one transaction. A refusal is worded in the
/// till's language (the one the window shows while the form is filled in).
pub fn save(ledger: &mut Ledger, update: &SettingsUpdate) -> Result<()> {
    let checked = check(update, crate::language::of_ledger(ledger)?)?;
    let timeout = checked.timeout_minutes.to_string();
    let lan = checked.training_lan_checkout.then_some("true");
    ledger.update_settings(&[
        (REGISTER_NAME, Some(&checked.register_name)),
        (CURRENCY, Some(checked.currency.code())),
        (LOCALE, checked.locale.map(Locale::tag)),
        (LANGUAGE, checked.language.map(Language::tag)),
        (CHECKOUT_TIMEOUT, Some(&timeout)),
        (SUCCESS_URL, checked.success_url.as_deref()),
        (CANCEL_URL, checked.cancel_url.as_deref()),
        (TRAINING_LAN_CHECKOUT, lan),
    ])?;
    tracing::info!(
        register_name = %checked.register_name,
        currency = checked.currency.code(),
        locale = checked.locale.map_or("language", Locale::tag),
        language = checked.language.map_or("system", Language::tag),
        timeout_minutes = checked.timeout_minutes,
        after_payment_page = checked.success_url.is_some(),
        training_lan_checkout = checked.training_lan_checkout,
        "settings saved"
    );
    Ok(())
}

/// Settings read from the ledger, with their defaults.
#[derive(Debug, Clone)]
pub struct StoredSettings {
    pub register_id: String,
    pub register_name: String,
    pub currency: Currency,
    /// The display locale: the setting, else the language's.
    pub locale: Locale,
    /// The locale setting; `None`: the language's.
    pub locale_setting: Option<Locale>,
    /// The language the core words things in: the setting, else the system's.
    pub language: Language,
    /// The language setting; `None`: the system's.
    pub language_setting: Option<Language>,
    pub return_port: u16,
    /// The after-payment page for customers' phones (Settings).
    pub success_url: Option<String>,
    pub cancel_url: Option<String>,
    /// Training mode serves its payment page on the shop network (Settings).
    pub training_lan_checkout: bool,
    /// How long a sale stays on screen before Till cancels it.
    pub checkout_timeout: Duration,
}

impl StoredSettings {
    pub fn load(ledger: &mut Ledger) -> Result<StoredSettings> {
        let register_id = ledger.setting_or_init(REGISTER_ID, || {
            format!("reg_{}", &crate::checkout::Checkout::new_sale_id()[5..17])
        })?;
        let register_name = ledger
            .setting(REGISTER_NAME)?
            .unwrap_or_else(|| "Till 1".into());
        let currency = match ledger.setting(CURRENCY)? {
            Some(code) => Currency::parse(&code)?,
            None => Currency::USD,
        };
        // A tag this version does not speak (written by a newer one) means the system's
        // (as `language::of_ledger` says).
        let language_setting = ledger
            .setting(LANGUAGE)?
            .and_then(|tag| Language::parse(&tag));
        let language = language_setting.unwrap_or_else(system_language);
        let locale_setting = match ledger.setting(LOCALE)? {
            Some(tag) => Some(Locale::parse(&tag)?),
            None => None,
        };
        let env_port: Option<u16> = std::env::var(crate::return_page::RETURN_PORT_ENV)
            .ok()
            .and_then(|p| p.trim().parse().ok());
        let return_port = match (env_port, ledger.setting(RETURN_PORT)?) {
            (Some(port), _) => port,
            (None, Some(port)) => port.parse().map_err(|_| {
                Error::invalid_input(crate::i18n::text_with(
                    language,
                    "settings-error-return-port-stored",
                    &[("port", crate::i18n::Arg::Text(&format!("{port:?}")))],
                ))
            })?,
            (None, None) => crate::return_page::DEFAULT_PORT,
        };
        Ok(StoredSettings {
            register_id,
            register_name,
            currency,
            locale: locale_setting.unwrap_or_else(|| Locale::for_language(language)),
            locale_setting,
            language,
            language_setting,
            return_port,
            success_url: ledger.setting(SUCCESS_URL)?,
            cancel_url: ledger.setting(CANCEL_URL)?,
            training_lan_checkout: ledger
                .setting(TRAINING_LAN_CHECKOUT)?
                .is_some_and(|v| v == "true"),
            checkout_timeout: checkout_timeout(ledger)?,
        })
    }
}

/// Receipts' settings: the shop's header and footer, and the receipt printer.
pub const SHOP_NAME: &str = "receipt_shop_name";
/// The shop's address, one line per `\n`.
pub const SHOP_ADDRESS: &str = "receipt_shop_address";
pub const SHOP_TAX_ID: &str = "receipt_shop_tax_id";
pub const SHOP_PHONE: &str = "receipt_shop_phone";
/// The footer, one line per `\n`.
pub const RECEIPT_FOOTER: &str = "receipt_footer";
/// A printer connection as `till_print::Connection::parse` reads it; absent: no printer.
pub const PRINTER_CONNECTION: &str = "printer_connection";
/// `58` or `80` (default).
pub const PRINTER_PAPER: &str = "printer_paper";
/// `auto`, `ask` (default) or `never`.
pub const RECEIPT_PRINT: &str = "receipt_print";
/// How many receipts each print makes (1–5, default 1).
pub const RECEIPT_COPIES: &str = "receipt_copies";
/// `false`: the drawer is not opened when cash is taken or on no sale (default: opened).
pub const PRINTER_KICK_DRAWER: &str = "printer_kick_drawer";
/// The printer's code page as `till_print::CodePage::parse` reads it (default `pc858`).
pub const PRINTER_CODE_PAGE: &str = "printer_code_page";
/// The drawer's connector on the printer: `2` (default) or `5`.
pub const PRINTER_DRAWER_PIN: &str = "printer_drawer_pin";

const MAX_SHOP_LINE_CHARS: usize = 48;
const MAX_SHOP_LINES: usize = 4;
/// The most copies one print makes.
pub const MAX_RECEIPT_COPIES: u8 = 5;

/// When a paid sale's receipt is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PrintMode {
    /// As soon as the sale is paid.
    Auto,
    /// When staff press Print.
    #[default]
    Ask,
    /// Never (on screen only).
    Never,
}

impl PrintMode {
    pub fn as_str(self) -> &'static str {
        match self {
            PrintMode::Auto => "auto",
            PrintMode::Ask => "ask",
            PrintMode::Never => "never",
        }
    }

    /// `auto`, `ask` (or empty) or `never`; a refusal is worded in `language`.
    pub fn parse(typed: &str, language: Language) -> Result<PrintMode> {
        match typed.trim() {
            "auto" => Ok(PrintMode::Auto),
            "ask" | "" => Ok(PrintMode::Ask),
            "never" => Ok(PrintMode::Never),
            other => Err(Error::invalid_input(text_with(
                language,
                "settings-error-print-mode",
                &[(
                    "input",
                    Arg::Text(&other.chars().take(20).collect::<String>()),
                )],
            ))
            .with_reason("invalid_print_mode")),
        }
    }
}

/// Receipts' settings as the form shows and sends them (text as typed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptSettings {
    #[serde(default)]
    pub shop_name: String,
    /// Lines separated by `\n`.
    #[serde(default)]
    pub shop_address: String,
    #[serde(default)]
    pub shop_tax_id: String,
    #[serde(default)]
    pub shop_phone: String,
    /// Lines separated by `\n`.
    #[serde(default)]
    pub footer: String,
    /// Empty: no printer.
    #[serde(default)]
    pub printer_connection: String,
    /// `58` or `80`.
    pub paper: String,
    /// `auto`, `ask` or `never`.
    pub print_mode: String,
    pub copies: i64,
    pub kick_drawer: bool,
    /// `pc858` (default), `pc437`, `wpc1252` or `shift-jis-kanji` (the code pages till-print
    /// supports).
    #[serde(default = "default_code_page")]
    pub code_page: String,
    /// `2` (default) or `5`.
    #[serde(default = "default_drawer_pin")]
    pub drawer_pin: String,
}

fn default_code_page() -> String {
    crate::print::CodePage::default().as_setting().into()
}

fn default_drawer_pin() -> String {
    crate::print::DrawerPin::default().as_setting().into()
}

impl Default for ReceiptSettings {
    fn default() -> ReceiptSettings {
        ReceiptSettings {
            shop_name: String::new(),
            shop_address: String::new(),
            shop_tax_id: String::new(),
            shop_phone: String::new(),
            footer: String::new(),
            printer_connection: String::new(),
            paper: "80".into(),
            print_mode: PrintMode::Ask.as_str().into(),
            copies: 1,
            kick_drawer: true,
            code_page: default_code_page(),
            drawer_pin: default_drawer_pin(),
        }
    }
}

/// Receipts' settings, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptConfig {
    pub shop_name: String,
    pub shop_address: Vec<String>,
    pub shop_tax_id: Option<String>,
    pub shop_phone: Option<String>,
    pub footer: Vec<String>,
    pub printer: Option<crate::print::Connection>,
    pub paper: crate::print::Paper,
    pub print_mode: PrintMode,
    pub copies: u8,
    pub kick_drawer: bool,
    pub code_page: crate::print::CodePage,
    pub drawer_pin: crate::print::DrawerPin,
}

/// One line of the receipt's header; `field` (`name`, `tax-id`, `phone`) names it in the
/// refusal, worded in `language`.
fn shop_field(
    value: &str,
    field: &str,
    reason: &'static str,
    language: Language,
) -> Result<Option<String>> {
    let value = value.trim();
    if value.chars().count() > MAX_SHOP_LINE_CHARS || value.chars().any(char::is_control) {
        return Err(Error::invalid_input(text_with(
            language,
            "settings-error-shop-field",
            &[
                ("field", Arg::Text(field)),
                ("max", Arg::Number(MAX_SHOP_LINE_CHARS as i64)),
            ],
        ))
        .with_reason(reason));
    }
    Ok((!value.is_empty()).then(|| value.to_string()))
}

/// Lines of the receipt's header or footer; `field` (`address`, `footer`) names them in the
/// refusal, worded in `language`.
fn shop_lines(
    value: &str,
    field: &str,
    reason: &'static str,
    language: Language,
) -> Result<Vec<String>> {
    let lines: Vec<String> = value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let bad = lines.len() > MAX_SHOP_LINES
        || lines
            .iter()
            .any(|l| l.chars().count() > MAX_SHOP_LINE_CHARS || l.chars().any(char::is_control));
    if bad {
        return Err(Error::invalid_input(text_with(
            language,
            "settings-error-shop-lines",
            &[
                ("field", Arg::Text(field)),
                ("lines", Arg::Number(MAX_SHOP_LINES as i64)),
                ("max", Arg::Number(MAX_SHOP_LINE_CHARS as i64)),
            ],
        ))
        .with_reason(reason));
    }
    Ok(lines)
}

/// Checks every receipt setting (each refusal with its own reason, worded in `language`).
pub fn check_receipts(form: &ReceiptSettings, language: Language) -> Result<ReceiptConfig> {
    let connection = form.printer_connection.trim();
    let copies = u8::try_from(form.copies)
        .ok()
        .filter(|c| (1..=MAX_RECEIPT_COPIES).contains(c))
        .ok_or_else(|| {
            Error::invalid_input(text_with(
                language,
                "settings-error-copies",
                &[("max", Arg::Number(i64::from(MAX_RECEIPT_COPIES)))],
            ))
            .with_reason("invalid_receipt_copies")
        })?;
    Ok(ReceiptConfig {
        shop_name: shop_field(&form.shop_name, "name", "invalid_shop_name", language)?
            .unwrap_or_default(),
        shop_address: shop_lines(
            &form.shop_address,
            "address",
            "invalid_shop_address",
            language,
        )?,
        shop_tax_id: shop_field(&form.shop_tax_id, "tax-id", "invalid_shop_tax_id", language)?,
        shop_phone: shop_field(&form.shop_phone, "phone", "invalid_shop_phone", language)?,
        footer: shop_lines(&form.footer, "footer", "invalid_receipt_footer", language)?,
        printer: if connection.is_empty() {
            None
        } else {
            Some(crate::print::Connection::parse(connection, language)?)
        },
        paper: crate::print::Paper::parse(&form.paper, language)?,
        print_mode: PrintMode::parse(&form.print_mode, language)?,
        copies,
        kick_drawer: form.kick_drawer,
        code_page: crate::print::CodePage::parse(&form.code_page, language)?,
        drawer_pin: crate::print::DrawerPin::parse(&form.drawer_pin, language)?,
    })
}

/// Receipts' settings as stored (defaults for what is absent). A stored value this version
/// cannot read is shown as stored, so the form says what is wrong when it is saved.
pub fn load_receipts(ledger: &Ledger) -> Result<ReceiptSettings> {
    let defaults = ReceiptSettings::default();
    let text = |key: &str| -> Result<String> { Ok(ledger.setting(key)?.unwrap_or_default()) };
    Ok(ReceiptSettings {
        shop_name: text(SHOP_NAME)?,
        shop_address: text(SHOP_ADDRESS)?,
        shop_tax_id: text(SHOP_TAX_ID)?,
        shop_phone: text(SHOP_PHONE)?,
        footer: text(RECEIPT_FOOTER)?,
        printer_connection: text(PRINTER_CONNECTION)?,
        paper: ledger.setting(PRINTER_PAPER)?.unwrap_or(defaults.paper),
        print_mode: ledger
            .setting(RECEIPT_PRINT)?
            .unwrap_or(defaults.print_mode),
        copies: ledger
            .setting(RECEIPT_COPIES)?
            .and_then(|c| c.parse().ok())
            .unwrap_or(defaults.copies),
        kick_drawer: ledger
            .setting(PRINTER_KICK_DRAWER)?
            .is_none_or(|v| v != "false"),
        code_page: ledger
            .setting(PRINTER_CODE_PAGE)?
            .unwrap_or(defaults.code_page),
        drawer_pin: ledger
            .setting(PRINTER_DRAWER_PIN)?
            .unwrap_or(defaults.drawer_pin),
    })
}

/// Receipts' settings checked as stored; a stored value that no longer reads falls back to
/// its default (printing must not stop a sale's receipt from showing).
pub fn receipt_config(ledger: &Ledger) -> Result<ReceiptConfig> {
    let stored = load_receipts(ledger)?;
    // The refusal goes to the log only: English.
    match check_receipts(&stored, Language::En) {
        Ok(config) => Ok(config),
        Err(e) => {
            tracing::warn!(error = %e, "stored receipt settings do not read; using the defaults");
            check_receipts(&ReceiptSettings::default(), Language::En)
        }
    }
}

/// Checks every receipt setting, then writes them all in one transaction (a refused form
/// writes nothing; its refusal is worded in the till's language).
pub fn save_receipts(ledger: &mut Ledger, form: &ReceiptSettings) -> Result<()> {
    let checked = check_receipts(form, crate::language::of_ledger(ledger)?)?;
    let address = checked.shop_address.join("\n");
    let footer = checked.footer.join("\n");
    let connection = checked
        .printer
        .as_ref()
        .map(crate::print::Connection::to_setting);
    let copies = checked.copies.to_string();
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let name = some(&checked.shop_name);
    let address = some(&address);
    let footer = some(&footer);
    ledger.update_settings(&[
        (SHOP_NAME, name.as_deref()),
        (SHOP_ADDRESS, address.as_deref()),
        (SHOP_TAX_ID, checked.shop_tax_id.as_deref()),
        (SHOP_PHONE, checked.shop_phone.as_deref()),
        (RECEIPT_FOOTER, footer.as_deref()),
        (PRINTER_CONNECTION, connection.as_deref()),
        (PRINTER_PAPER, Some(checked.paper.as_setting())),
        (RECEIPT_PRINT, Some(checked.print_mode.as_str())),
        (RECEIPT_COPIES, Some(&copies)),
        (
            PRINTER_KICK_DRAWER,
            Some(if checked.kick_drawer { "true" } else { "false" }),
        ),
        (PRINTER_CODE_PAGE, Some(checked.code_page.as_setting())),
        (PRINTER_DRAWER_PIN, Some(checked.drawer_pin.as_setting())),
    ])?;
    tracing::info!(
        printer = checked.printer.is_some(),
        paper = checked.paper.as_setting(),
        print_mode = checked.print_mode.as_str(),
        copies = checked.copies,
        code_page = checked.code_page.as_setting(),
        drawer_pin = checked.drawer_pin.as_setting(),
        "receipt settings saved"
    );
    Ok(())
}

/// The Tip dialog's presets: whole percentages of the sale, comma separated (`10,15,20`).
pub const TIP_PRESETS: &str = "tip_presets";
/// `true`: Charge (and Cash) first asks for the tip.
pub const TIP_ASK_BEFORE_CHARGE: &str = "tip_ask_before_charge";
/// The presets until the owner sets others.
pub const DEFAULT_TIP_PRESETS: [u32; 3] = [10, 15, 20];
/// At most this many presets (one row of the dialog at 1024×768).
pub const MAX_TIP_PRESETS: usize = 4;
/// The largest preset: a tip of more than the sale is refused by the cart anyway.
pub const MAX_TIP_PERCENT: u32 = 100;

/// Tips' settings: the Tip dialog's presets and whether Charge asks for the tip first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TipSettings {
    /// Whole percentages, ascending, at most [`MAX_TIP_PRESETS`] (none: only an amount).
    pub presets: Vec<u32>,
    /// The presets as the form shows them (`10, 15, 20`).
    pub presets_text: String,
    pub ask_before_charge: bool,
}

/// Tips' settings as the form sends them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TipForm {
    /// Percentages separated by commas or spaces (`10, 15, 20`; a `%` after each is allowed).
    #[serde(default)]
    pub presets: String,
    #[serde(default)]
    pub ask_before_charge: bool,
}

impl TipSettings {
    fn of(presets: Vec<u32>, ask_before_charge: bool) -> TipSettings {
        let presets_text = presets
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        TipSettings {
            presets,
            presets_text,
            ask_before_charge,
        }
    }
}

impl Default for TipSettings {
    fn default() -> TipSettings {
        TipSettings::of(DEFAULT_TIP_PRESETS.to_vec(), false)
    }
}

/// Checks tips' settings: each preset a whole percentage from 1 to [`MAX_TIP_PERCENT`]
/// (`invalid_tip_preset`), at most [`MAX_TIP_PRESETS`] (`too_many_tip_presets`), none twice
/// (`repeated_tip_preset`); kept in ascending order. Refusals in `language`.
pub fn check_tips(form: &TipForm, language: Language) -> Result<TipSettings> {
    let mut presets = Vec::new();
    for typed in form
        .presets
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let number = typed.strip_suffix('%').unwrap_or(typed).trim();
        let percent = number
            .parse::<u32>()
            .ok()
            .filter(|p| (1..=MAX_TIP_PERCENT).contains(p))
            .filter(|_| number.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| {
                Error::invalid_input(text_with(
                    language,
                    "settings-error-tip-preset",
                    &[
                        (
                            "preset",
                            Arg::Text(&typed.chars().take(20).collect::<String>()),
                        ),
                        ("max", Arg::Number(i64::from(MAX_TIP_PERCENT))),
                    ],
                ))
                .with_reason("invalid_tip_preset")
            })?;
        if presets.contains(&percent) {
            return Err(Error::invalid_input(text_with(
                language,
                "settings-error-tip-repeated",
                &[("preset", Arg::Number(i64::from(percent)))],
            ))
            .with_reason("repeated_tip_preset"));
        }
        presets.push(percent);
    }
    if presets.len() > MAX_TIP_PRESETS {
        return Err(Error::invalid_input(text_with(
            language,
            "settings-error-tip-count",
            &[("max", Arg::Number(MAX_TIP_PRESETS as i64))],
        ))
        .with_reason("too_many_tip_presets"));
    }
    presets.sort_unstable();
    Ok(TipSettings::of(presets, form.ask_before_charge))
}

/// Tips' settings as stored; absent or no longer readable: the defaults (the Tip dialog must
/// open whatever the ledger holds).
pub fn load_tips(ledger: &Ledger) -> Result<TipSettings> {
    let ask = ledger
        .setting(TIP_ASK_BEFORE_CHARGE)?
        .is_some_and(|v| v == "true");
    let Some(stored) = ledger.setting(TIP_PRESETS)? else {
        return Ok(TipSettings::of(DEFAULT_TIP_PRESETS.to_vec(), ask));
    };
    let form = TipForm {
        presets: stored,
        ask_before_charge: ask,
    };
    match check_tips(&form, Language::En) {
        Ok(tips) => Ok(tips),
        Err(e) => {
            tracing::warn!(error = %e, "stored tip presets do not read; using the defaults");
            Ok(TipSettings::of(DEFAULT_TIP_PRESETS.to_vec(), ask))
        }
    }
}

/// Checks tips' settings, then writes both in one transaction (a refused form writes
/// nothing; its refusal is worded in the till's language). Returns what was saved.
pub fn save_tips(ledger: &mut Ledger, form: &TipForm) -> Result<TipSettings> {
    let checked = check_tips(form, crate::language::of_ledger(ledger)?)?;
    let presets = checked
        .presets
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    ledger.update_settings(&[
        (TIP_PRESETS, Some(presets.as_str())),
        (
            TIP_ASK_BEFORE_CHARGE,
            Some(if checked.ask_before_charge {
                "true"
            } else {
                "false"
            }),
        ),
    ])?;
    tracing::info!(presets = %presets, ask = checked.ask_before_charge, "tip settings saved");
    Ok(checked)
}

#[cfg(test)]
mod tests {

    #[test]
    fn tip_settings_persist_and_a_refused_form_writes_nothing() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        assert_eq!(load_tips(&ledger).unwrap(), TipSettings::default());
        assert_eq!(TipSettings::default().presets, [10, 15, 20]);
        let saved = save_tips(
            &mut ledger,
            &TipForm {
                presets: "18, 5".into(),
                ask_before_charge: true,
            },
        )
        .unwrap();
        assert_eq!(saved.presets, [5, 18]);
        assert_eq!(load_tips(&ledger).unwrap(), saved);
        let refused = save_tips(
            &mut ledger,
            &TipForm {
                presets: "5, 200".into(),
                ask_before_charge: false,
            },
        )
        .unwrap_err();
        assert_eq!(refused.reason, Some("invalid_tip_preset"));
        assert_eq!(load_tips(&ledger).unwrap(), saved, "nothing written");
        // A stored value this version cannot read: the defaults, the ask kept.
        ledger
            .update_settings(&[(TIP_PRESETS, Some("lots"))])
            .unwrap();
        let fallback = load_tips(&ledger).unwrap();
        assert_eq!(fallback.presets, [10, 15, 20]);
        assert!(fallback.ask_before_charge);
    }

    #[test]
    fn tip_presets_are_checked_each_with_its_own_refusal() {
        let form = |presets: &str| TipForm {
            presets: presets.into(),
            ask_before_charge: true,
        };
        let tips = check_tips(&form("20, 10% 15"), Language::En).unwrap();
        assert_eq!(tips.presets, [10, 15, 20], "ascending");
        assert_eq!(tips.presets_text, "10, 15, 20");
        assert!(tips.ask_before_charge);
        assert!(check_tips(&form(""), Language::En)
            .unwrap()
            .presets
            .is_empty());
        for (typed, reason) in [
            ("0", "invalid_tip_preset"),
            ("101", "invalid_tip_preset"),
            ("12.5", "invalid_tip_preset"),
            ("-5", "invalid_tip_preset"),
            ("ten", "invalid_tip_preset"),
            ("10, 10", "repeated_tip_preset"),
            ("5 10 15 20 25", "too_many_tip_presets"),
        ] {
            let refused = check_tips(&form(typed), Language::En).unwrap_err();
            assert_eq!(refused.reason, Some(reason), "{typed}");
            assert!(!refused.message.is_empty());
        }
    }
    use super::*;

    fn update() -> SettingsUpdate {
        SettingsUpdate {
            register_name: "  Front counter ".into(),
            currency: "eur".into(),
            locale: "de-DE".into(),
            language: Some("de".into()),
            checkout_timeout_minutes: 10,
            success_url: Some("https://shop.example/thanks?s={CHECKOUT_SESSION_ID}".into()),
            cancel_url: Some("  ".into()),
            training_lan_checkout: true,
        }
    }

    #[test]
    fn settings_are_checked_saved_and_loaded() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let before = load(&mut ledger, Mode::Test, "/d", "/d/logs").unwrap();
        assert_eq!(before.register_name, "Till 1");
        assert_eq!(before.currency, "USD");
        assert_eq!(before.checkout_timeout_minutes, 15);
        assert!(before.currencies.contains(&"JPY".to_string()));
        assert_eq!(before.locales.len(), Locale::ALL.len());
        assert!(!before.training_lan_checkout, "off by default");
        assert_eq!(before.phone_warning.as_deref(), Some(phone::WARN_NO_PAGE));

        save(&mut ledger, &update()).unwrap();
        let after = load(&mut ledger, Mode::Test, "/d", "/d/logs").unwrap();
        assert_eq!(after.register_name, "Front counter");
        assert_eq!(after.register_id, before.register_id);
        assert_eq!(after.currency, "EUR");
        assert_eq!(after.locale, "de-DE");
        assert_eq!(after.language_locale, "de-DE");
        assert_eq!(after.checkout_timeout_minutes, 10);
        assert_eq!(
            after.success_url.as_deref(),
            Some("https://shop.example/thanks?s={CHECKOUT_SESSION_ID}")
        );
        assert_eq!(after.cancel_url, None);
        assert!(after.training_lan_checkout);
        assert_eq!(after.phone_warning, None);
        assert_eq!(checkout_timeout(&ledger).unwrap(), Duration::from_secs(600));
    }

    #[test]
    fn without_a_chosen_locale_amounts_follow_the_language() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let mut german = update();
        german.locale = String::new();
        german.language = Some("de".into());
        save(&mut ledger, &german).unwrap();
        let view = load(&mut ledger, Mode::Test, "", "").unwrap();
        assert_eq!(view.locale, "", "no locale chosen");
        assert_eq!(view.language_locale, "de-DE");
        let stored = StoredSettings::load(&mut ledger).unwrap();
        assert_eq!(stored.locale, Locale::GermanGermany);
        assert_eq!(stored.locale_setting, None);
        // "3,20" is what a German types.
        assert_eq!(
            crate::money::Money::parse_major("3,20", stored.currency, stored.locale)
                .unwrap()
                .amount_minor,
            320
        );

        // A chosen locale wins over the language's.
        let mut chosen = german.clone();
        chosen.locale = "en-GB".into();
        save(&mut ledger, &chosen).unwrap();
        let stored = StoredSettings::load(&mut ledger).unwrap();
        assert_eq!(stored.locale, Locale::EnglishUnitedKingdom);
    }

    #[test]
    fn each_bad_value_has_its_reason_and_nothing_is_written() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let before = load(&mut ledger, Mode::Test, "", "").unwrap();
        type Spoil = Box<dyn Fn(&mut SettingsUpdate)>;
        let cases: Vec<(&str, Spoil)> = vec![
            (
                "invalid_register_name",
                Box::new(|u| u.register_name = " ".into()),
            ),
            (
                "invalid_register_name",
                Box::new(|u| u.register_name = "x".repeat(41)),
            ),
            ("unknown_currency", Box::new(|u| u.currency = "ZZZ".into())),
            ("unknown_locale", Box::new(|u| u.locale = "xx-YY".into())),
            (
                "invalid_timeout",
                Box::new(|u| u.checkout_timeout_minutes = 0),
            ),
            (
                "invalid_timeout",
                Box::new(|u| u.checkout_timeout_minutes = 31),
            ),
            (
                "invalid_after_payment_page",
                Box::new(|u| u.success_url = Some("shop.example".into())),
            ),
            (
                "invalid_after_payment_page",
                Box::new(|u| u.success_url = Some("http://shop.example/thanks".into())),
            ),
            (
                "invalid_url",
                Box::new(|u| u.cancel_url = Some("javascript:alert(1)".into())),
            ),
            (
                "invalid_url",
                Box::new(|u| u.cancel_url = Some("https://a b".into())),
            ),
        ];
        for (reason, spoil) in cases {
            let mut bad = update();
            spoil(&mut bad);
            let e = save(&mut ledger, &bad).unwrap_err();
            assert_eq!(e.wire_code(), reason);
            assert_eq!(load(&mut ledger, Mode::Test, "", "").unwrap(), before);
        }
    }

    #[test]
    fn the_language_is_the_systems_until_one_is_chosen() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let before = load(&mut ledger, Mode::Test, "", "").unwrap();
        assert_eq!(before.language, None, "the system's by default");
        assert_eq!(before.system_language, system_language().tag());
        assert!(before
            .languages
            .iter()
            .any(|l| l.tag == "de" && l.name == "Deutsch"));
        let stored = StoredSettings::load(&mut ledger).unwrap();
        assert_eq!(stored.language, system_language());

        save(&mut ledger, &update()).unwrap();
        assert_eq!(
            load(&mut ledger, Mode::Test, "", "")
                .unwrap()
                .language
                .as_deref(),
            Some("de")
        );
        assert_eq!(
            StoredSettings::load(&mut ledger).unwrap().language,
            Language::De
        );

        let mut bad = update();
        bad.language = Some("it".into());
        assert_eq!(
            save(&mut ledger, &bad).unwrap_err().wire_code(),
            "unknown_language"
        );
        assert_eq!(
            StoredSettings::load(&mut ledger).unwrap().language,
            Language::De,
            "unchanged"
        );

        let mut system = update();
        system.language = Some("system".into());
        save(&mut ledger, &system).unwrap();
        assert_eq!(
            load(&mut ledger, Mode::Test, "", "").unwrap().language,
            None
        );
    }

    #[test]
    fn receipt_settings_are_checked_saved_and_loaded() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        assert_eq!(load_receipts(&ledger).unwrap(), ReceiptSettings::default());
        let config = receipt_config(&ledger).unwrap();
        assert_eq!(config.printer, None);
        assert_eq!(config.print_mode, PrintMode::Ask);
        let form = ReceiptSettings {
            shop_name: " Corner Café ".into(),
            shop_address: "1 Main Street\n\n Springfield ".into(),
            shop_tax_id: "DE123456789".into(),
            shop_phone: "+49 30 1234".into(),
            footer: "Thank you!".into(),
            printer_connection: "127.0.0.1:9100".into(),
            paper: "58".into(),
            print_mode: "auto".into(),
            copies: 2,
            kick_drawer: false,
            code_page: " WPC1252 ".into(),
            drawer_pin: "5".into(),
        };
        save_receipts(&mut ledger, &form).unwrap();
        let stored = load_receipts(&ledger).unwrap();
        assert_eq!(stored.shop_name, "Corner Café");
        assert_eq!(stored.shop_address, "1 Main Street\nSpringfield");
        assert_eq!(
            stored.printer_connection, "tcp://127.0.0.1:9100",
            "as it reads back"
        );
        let config = receipt_config(&ledger).unwrap();
        assert_eq!(config.paper, crate::print::Paper::Mm58);
        assert_eq!(config.print_mode, PrintMode::Auto);
        assert_eq!(config.copies, 2);
        assert!(!config.kick_drawer);
        assert_eq!(stored.code_page, "wpc1252", "as it reads back");
        assert_eq!(stored.drawer_pin, "5");
        assert_eq!(config.code_page, crate::print::CodePage::Wpc1252);
        assert_eq!(config.drawer_pin, crate::print::DrawerPin::Pin5);
    }

    /// Settings' refusals and explanations speak the till's language (the one the window shows
    /// while the form is filled in); the English is word for word the old, the codes the same.
    #[test]
    fn refusals_and_explanations_speak_the_till_s_language() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let refused = |ledger: &mut Ledger, spoil: fn(&mut SettingsUpdate)| {
            let mut bad = update();
            spoil(&mut bad);
            let e = save(ledger, &bad).unwrap_err();
            (e.wire_code(), e.message)
        };
        ledger.update_settings(&[(LANGUAGE, Some("en"))]).unwrap();
        assert_eq!(
            refused(&mut ledger, |u| u.register_name = " ".into()),
            (
                "invalid_register_name",
                "The register name must be 1 to 40 characters, e.g. \"Front counter\".".into()
            )
        );
        assert_eq!(
            refused(&mut ledger, |u| u.cancel_url = Some("ftp://x".into())).1,
            "The cancel URL must be a web address starting with https:// (or http:// for this computer), e.g. https://shop.example/thanks. Leave it empty to use Till's own page."
        );
        let english = load(&mut ledger, Mode::Test, "", "").unwrap();
        assert_eq!(english.after_payment_explain, phone::EXPLAIN_PAGE);
        assert_eq!(english.phone_warning.as_deref(), Some(phone::WARN_NO_PAGE));

        ledger.update_settings(&[(LANGUAGE, Some("de"))]).unwrap();
        assert_eq!(
            refused(&mut ledger, |u| u.checkout_timeout_minutes = 31),
            (
                "invalid_timeout",
                "Das Zeitlimit der Zahlung am Bildschirm muss 1 bis 30 Minuten betragen (die Zahlungsseite von Stripe besteht 31 Minuten; Till bricht vorher ab).".into()
            )
        );
        assert_eq!(
            refused(&mut ledger, |u| u.currency = "ZZZ".into()),
            (
                "unknown_currency",
                "„ZZZ“ ist keine Währung, in der Stripe belasten kann. Verwenden Sie einen Code aus drei Buchstaben wie USD oder EUR. Wählen Sie eine Währung aus der Liste.".into()
            )
        );
        assert_eq!(
            refused(&mut ledger, |u| u.language = Some("it".into())).1,
            "Till spricht die Sprache „it“ nicht. Wählen Sie eine Sprache aus der Liste."
        );
        let german = load(&mut ledger, Mode::Test, "", "").unwrap();
        assert!(
            german.lan_explain.starts_with("Nur im Trainingsmodus:"),
            "{}",
            german.lan_explain
        );
        assert!(
            german
                .phone_warning
                .as_deref()
                .is_some_and(|w| w.starts_with("Keine Seite nach der Zahlung")),
            "{:?}",
            german.phone_warning
        );
        let receipts = |spoil: fn(&mut ReceiptSettings)| {
            let mut form = ReceiptSettings::default();
            spoil(&mut form);
            let e = check_receipts(&form, Language::De).unwrap_err();
            (e.wire_code(), e.message)
        };
        assert_eq!(
            receipts(|f| f.shop_address = "a\nb\nc\nd\ne".into()),
            (
                "invalid_shop_address",
                "Die Adresse des Geschäfts darf höchstens 4 Zeilen mit je höchstens 48 Zeichen haben.".into()
            )
        );
        assert_eq!(
            receipts(|f| f.copies = 6).1,
            "Die Exemplare müssen eine Zahl von 1 bis 5 sein."
        );
        assert_eq!(receipts(|f| f.paper = "72".into()).0, "invalid_paper_width");
        let english = check_receipts(
            &ReceiptSettings {
                shop_tax_id: "a\u{7}".into(),
                ..ReceiptSettings::default()
            },
            Language::En,
        )
        .unwrap_err();
        assert_eq!(
            english.message,
            "The tax id must be one line of at most 48 characters (the width of an 80 mm receipt)."
        );
    }

    #[test]
    fn each_bad_receipt_setting_has_its_reason_and_nothing_is_written() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let before = load_receipts(&ledger).unwrap();
        type Spoil = Box<dyn Fn(&mut ReceiptSettings)>;
        let cases: Vec<(&str, Spoil)> = vec![
            (
                "invalid_shop_name",
                Box::new(|f| f.shop_name = "x".repeat(49)),
            ),
            (
                "invalid_shop_address",
                Box::new(|f| f.shop_address = "a\nb\nc\nd\ne".into()),
            ),
            (
                "invalid_shop_tax_id",
                Box::new(|f| f.shop_tax_id = "a\u{7}".into()),
            ),
            (
                "invalid_shop_phone",
                Box::new(|f| f.shop_phone = "9".repeat(60)),
            ),
            (
                "invalid_receipt_footer",
                Box::new(|f| f.footer = "y".repeat(49)),
            ),
            (
                "invalid_printer_connection",
                Box::new(|f| f.printer_connection = "not a printer".into()),
            ),
            ("invalid_paper_width", Box::new(|f| f.paper = "72".into())),
            (
                "invalid_print_mode",
                Box::new(|f| f.print_mode = "sometimes".into()),
            ),
            ("invalid_receipt_copies", Box::new(|f| f.copies = 0)),
            ("invalid_receipt_copies", Box::new(|f| f.copies = 6)),
            (
                "invalid_code_page",
                Box::new(|f| f.code_page = "utf-8".into()),
            ),
            (
                "invalid_drawer_pin",
                Box::new(|f| f.drawer_pin = "3".into()),
            ),
        ];
        for (reason, spoil) in cases {
            let mut bad = ReceiptSettings {
                shop_name: "Shop".into(),
                ..ReceiptSettings::default()
            };
            spoil(&mut bad);
            let e = save_receipts(&mut ledger, &bad).unwrap_err();
            assert_eq!(e.wire_code(), reason);
            assert_eq!(load_receipts(&ledger).unwrap(), before);
        }
    }
}
