//! The customer's phone: what it shows around a payment made by scanning the QR code, and
//! every user-visible sentence about it (kept here, in one place, for the translations).
//!
//! What Stripe offers a hosted Checkout Session after payment, from its documentation:
//! - a hosted ("Stripe-hosted page") session always redirects to `success_url` after payment:
//!   "Stripe redirects your customer to a success page that you create and host on your site"
//!   (<https://docs.stripe.com/payments/checkout/custom-success-page?payment-ui=stripe-hosted>).
//!   `success_url` is required in that mode; it is optional only for embedded UI modes, which
//!   need a page of the merchant's own (Stripe's answer in
//!   <https://github.com/stripe/stripe-node/issues/1944>). A Stripe-hosted confirmation page
//!   (`after_completion[type]=hosted_confirmation`) exists only for Payment Links, which Till
//!   cannot use per sale.
//! - `custom_text[after_submit][message]`: "Custom text after the Pay button", on Stripe's own
//!   page, up to 1,200 characters
//!   (<https://docs.stripe.com/payments/checkout/customization/policies>). This is the best
//!   Stripe offers without a merchant page: the customer reads it on Stripe's page while
//!   paying, before the redirect.
//! - `cancel_url`: "If set, Checkout displays a back button" (API reference, async-stripe's
//!   `CreateCheckoutSession::cancel_url`). Without one there is no Back link that could lead a
//!   phone to a page it cannot reach.
//!
//! So Till always sends the after-submit text, and uses the shop's own public page (Settings,
//! "After payment page") as `success_url` when one is set; without it a phone that paid lands
//! on Till's loopback page, which on the phone does not exist.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};

use crate::error::{Error, Result};
use crate::i18n::{self, Language};
use crate::mode::Mode;

/// Stripe's documented limit for each `custom_text[…][message]`.
pub const CUSTOM_TEXT_MAX_CHARS: usize = 1_200;
/// The longest "After payment page" Till accepts (Stripe's own URL limit is far above).
pub const MAX_PAGE_URL_CHARS: usize = 2_000;

/// The checkout panel, Settings and `tillctl doctor` in test or live mode with no page set.
pub const WARN_NO_PAGE: &str = "No after-payment page is set: a customer who pays by QR code on their own phone then sees \"can't connect\" (the payment still counts, and the till shows it). Set your shop's public page under Settings → After payment page.";
/// The checkout panel in training mode without the network option.
pub const NOTE_TRAINING_LOOPBACK: &str = "Training mode: a phone cannot open this code. To try it with a phone, turn on \"Try the QR code with a phone\" in Settings.";
/// The checkout panel in training mode with the network option on.
pub const NOTE_TRAINING_LAN: &str =
    "Training mode: phones on this shop's network can open this code and pay with a test card.";

/// Settings' one-sentence explanation of the page.
pub const EXPLAIN_PAGE: &str = "The web page a customer's phone opens after paying (your shop's own public https page; {CHECKOUT_SESSION_ID} is replaced by the payment's id); empty: Till's own page, which only this computer's browser can open.";
/// Settings' explanation of the training network option.
pub const EXPLAIN_LAN: &str = "Training mode only: serves the training payment page on this computer's network address, with a secret token in every link, so staff can scan the QR code with a real phone (test cards only, no real money).";

/// Why the shop-network option is on but training's payment page is not served there: the
/// checkout panel says it in the till's language ([`LanProblem::message`], `phone-lan-…`);
/// `Display` is the English (the log's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanProblem {
    /// Another Till process on this computer runs the training simulator.
    SharedSimulator,
    /// Till uses a simulator it did not start (`variable` names where it was told so).
    ExternalSimulator {
        api_base: String,
        variable: &'static str,
    },
    /// The network address could not be bound.
    Bind { address: SocketAddr, error: String },
    /// `TILL_TRAINING_LAN_ADDR` is not an IP address.
    NotAnAddress { typed: String },
    /// The computer has no network address.
    NoAddress { error: String },
    /// The computer's address is not a private one.
    PublicAddress { ip: IpAddr },
    /// The operating system gave no random numbers for the token.
    NoRandom { error: String },
}

impl LanProblem {
    /// The problem in `language`; what the system said stays as it said it.
    pub fn message(&self, language: Language) -> String {
        use i18n::Arg;
        let say = |id: &str, args: &[(&str, Arg<'_>)]| i18n::text_with(language, id, args);
        match self {
            LanProblem::SharedSimulator => say("phone-lan-shared-simulator", &[]),
            LanProblem::ExternalSimulator { api_base, variable } => say(
                "phone-lan-external-simulator",
                &[
                    ("address", Arg::Text(api_base)),
                    ("variable", Arg::Text(variable)),
                ],
            ),
            LanProblem::Bind { address, error } => say(
                "phone-lan-bind",
                &[
                    ("address", Arg::Text(&address.to_string())),
                    ("error", Arg::Text(error)),
                    ("variable", Arg::Text(LAN_PORT_ENV)),
                ],
            ),
            LanProblem::NotAnAddress { typed } => say(
                "phone-lan-not-an-address",
                &[
                    ("variable", Arg::Text(LAN_ADDR_ENV)),
                    ("typed", Arg::Text(&format!("{typed:?}"))),
                ],
            ),
            LanProblem::NoAddress { error } => {
                say("phone-lan-no-address", &[("error", Arg::Text(error))])
            }
            LanProblem::PublicAddress { ip } => say(
                "phone-lan-public-address",
                &[
                    ("address", Arg::Text(&ip.to_string())),
                    ("variable", Arg::Text(LAN_ADDR_ENV)),
                ],
            ),
            LanProblem::NoRandom { error } => {
                say("phone-lan-no-random", &[("error", Arg::Text(error))])
            }
        }
    }
}

impl std::fmt::Display for LanProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

/// A sentence of this module (the checkout panel's notes, Settings' explanations) in `language`: each is a message of
/// `ui/locales` whose English is the constant (a test keeps them equal). Anything else stays
/// as it is (the shop network's problems are worded by [`LanProblem::message`]).
pub fn in_language(english: &str, language: Language) -> String {
    let id = match english {
        WARN_NO_PAGE => "phone-note-no-page",
        NOTE_TRAINING_LOOPBACK => "phone-note-training-loopback",
        NOTE_TRAINING_LAN => "phone-note-training-lan",
        EXPLAIN_PAGE => "phone-explain-page",
        EXPLAIN_LAN => "phone-explain-lan",
        _ => return english.to_string(),
    };
    i18n::text(language, id)
}

/// `tillctl doctor`'s line about customers' phones.
pub fn doctor_line(mode: Mode, after_payment_page: Option<&str>, lan_checkout: bool) -> String {
    match (warning(mode, after_payment_page), public_page(after_payment_page)) {
        (Some(warning), _) => format!("warning: {warning}"),
        (None, Some(page)) => format!("after payment, phones open {page}"),
        (None, None) if lan_checkout => {
            "training mode: the payment page is also served on the shop network (Settings)".into()
        }
        (None, None) => "training mode: phones cannot open the payment page (Settings: Try the QR code with a phone)".into(),
    }
}

/// What the customer reads under the Pay button on Stripe's page.
pub fn after_submit_message(membership: bool, phone_page_set: bool, language: Language) -> String {
    let mut text = i18n::text(
        language,
        if membership {
            "phone-after-submit-membership"
        } else {
            "phone-after-submit-payment"
        },
    );
    if !phone_page_set {
        // Added when the shop has no after-payment page: the phone is sent to the till's own
        // loopback page, which it cannot load.
        text.push(' ');
        text.push_str(&i18n::text(language, "phone-after-submit-no-page"));
    }
    text
}

/// Checkout's `locale` for the till's language: Stripe's page speaks the language the staff
/// chose (Stripe's codes: <https://docs.stripe.com/api/checkout/sessions/create#create_checkout_session-locale>);
/// a language Stripe has no page in (the pseudo-locale) lets Stripe follow the customer's
/// browser (`auto`).
pub fn checkout_locale(language: Language) -> &'static str {
    match language {
        Language::En => "en",
        Language::De => "de",
        Language::Fr => "fr",
        Language::Es => "es",
        Language::Ja => "ja",
        Language::Pseudo => "auto",
    }
}

/// The stored after-payment page, if a phone can open it. A page saved before Till checked
/// it (an `http://` one from an older version) is still used, but does not count.
pub fn public_page(after_payment_page: Option<&str>) -> Option<&str> {
    after_payment_page.filter(|page| {
        matches!(
            check_after_payment_page(Some(page), Language::En),
            Ok(Some(_))
        )
    })
}

/// The warning for Settings and `tillctl doctor`: test or live mode without a page a phone
/// can open.
pub fn warning(mode: Mode, after_payment_page: Option<&str>) -> Option<&'static str> {
    (mode != Mode::Training && public_page(after_payment_page).is_none()).then_some(WARN_NO_PAGE)
}

/// What the checkout panel says under the QR code, if anything.
pub fn checkout_note(
    mode: Mode,
    after_payment_page: Option<&str>,
    lan_checkout: bool,
) -> Option<&'static str> {
    match mode {
        Mode::Training if lan_checkout => Some(NOTE_TRAINING_LAN),
        Mode::Training => Some(NOTE_TRAINING_LOOPBACK),
        _ => warning(mode, after_payment_page),
    }
}

/// Checks the "After payment page" setting: empty means none; otherwise an https page a phone
/// can open (not this computer's own address), at most [`MAX_PAGE_URL_CHARS`]. A refusal is
/// worded in `language` (`phone-page-…`).
pub fn check_after_payment_page(url: Option<&str>, language: Language) -> Result<Option<String>> {
    let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    let refuse = |why: &str| {
        let why = i18n::text_with(
            language,
            &format!("phone-page-{why}"),
            &[("max", i18n::Arg::Number(MAX_PAGE_URL_CHARS as i64))],
        );
        Err(Error::invalid_input(i18n::text_with(
            language,
            "phone-page-refused",
            &[("why", i18n::Arg::Text(&why))],
        ))
        .with_reason("invalid_after_payment_page"))
    };
    if url.chars().count() > MAX_PAGE_URL_CHARS {
        return refuse("too-long");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse("spaces");
    }
    let Some(rest) = url.strip_prefix("https://") else {
        return refuse("not-https");
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return refuse("user");
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((host, rest)) => (host, rest.strip_prefix(':')),
            None => return refuse("bad-host"),
        },
        None => match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    if port.is_some_and(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
        return refuse("bad-port");
    }
    let host = host.to_ascii_lowercase();
    if host.is_empty() {
        return refuse("no-host");
    }
    let local = host == "localhost"
        || host.ends_with(".localhost")
        || host
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback() || ip.is_unspecified());
    if local {
        return refuse("local");
    }
    Ok(Some(url.to_string()))
}

/// Overrides the address the training network option serves on (tests; a computer with
/// several networks).
pub const LAN_ADDR_ENV: &str = "TILL_TRAINING_LAN_ADDR";
/// Overrides its port (0 picks a free one).
pub const LAN_PORT_ENV: &str = "TILL_TRAINING_LAN_PORT";
/// Its default port.
pub const DEFAULT_LAN_PORT: u16 = 47_314;

/// The address the training network option serves on: `chosen` (`TILL_TRAINING_LAN_ADDR`),
/// else the address this computer uses towards other networks (found with an unconnected UDP socket's
/// route lookup; no packet is sent), refused unless it is a private, shared or link-local
/// address — a public address would put the page on the internet.
pub fn lan_address(chosen: Option<&str>) -> std::result::Result<IpAddr, LanProblem> {
    if let Some(text) = chosen.filter(|v| !v.trim().is_empty()) {
        return text.trim().parse().map_err(|_| LanProblem::NotAnAddress {
            typed: text.to_string(),
        });
    }
    let socket = UdpSocket::bind(SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0)))
        .and_then(|s| s.connect(("192.0.2.1", 9)).map(|()| s))
        .and_then(|s| s.local_addr());
    let address = socket.map_err(|e| LanProblem::NoAddress {
        error: e.to_string(),
    })?;
    let ip = address.ip();
    if !is_local_network(ip) {
        return Err(LanProblem::PublicAddress { ip });
    }
    Ok(ip)
}

/// Private (RFC 1918), shared (RFC 6598), link-local, unique-local IPv6, or TEST-NET-1
/// (192.0.2.0/24, never routed on the internet; some test networks use it); never loopback
/// or public.
fn is_local_network(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            v4.is_private()
                || v4.is_link_local()
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && c == 2)
        }
        IpAddr::V6(v6) => (v6.segments()[0] & 0xfe00) == 0xfc00,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_submit_texts_fit_stripes_limit_and_say_what_happens() {
        for membership in [false, true] {
            for page in [false, true] {
                let text = after_submit_message(membership, page, Language::En);
                assert!(text.chars().count() <= CUSTOM_TEXT_MAX_CHARS);
                assert!(text.contains("show this screen"));
                assert!(text.contains("You may then close this page"));
                assert_eq!(text.contains("cannot load"), !page);
                assert_eq!(text.contains("membership"), membership);
                // Every language fits Stripe's limit too (the pseudo-locale is the longest).
                for language in Language::ALL {
                    let text = after_submit_message(membership, page, language);
                    assert!(text.chars().count() <= CUSTOM_TEXT_MAX_CHARS, "{language}");
                }
            }
        }
    }

    #[test]
    fn stripes_page_speaks_the_tills_language() {
        for language in Language::ALL {
            let code = checkout_locale(language);
            match language {
                Language::Pseudo => assert_eq!(code, "auto"),
                _ => assert_eq!(code, language.tag()),
            }
        }
    }

    #[test]
    fn the_customer_reads_the_tills_language_on_stripes_page() {
        let german = after_submit_message(false, false, Language::De);
        assert!(german.starts_with("Sie bezahlen an der Kasse?"), "{german}");
        assert!(german.contains("trotzdem eingegangen"), "{german}");
    }

    #[test]
    fn the_notes_english_is_the_constant_and_other_languages_translate_it() {
        for english in [
            WARN_NO_PAGE,
            NOTE_TRAINING_LOOPBACK,
            NOTE_TRAINING_LAN,
            EXPLAIN_PAGE,
            EXPLAIN_LAN,
        ] {
            assert_eq!(in_language(english, Language::En), english);
            assert_ne!(in_language(english, Language::De), english);
        }
        assert!(in_language(NOTE_TRAINING_LAN, Language::De).starts_with("Trainingsmodus"));
        assert_eq!(in_language("other text", Language::De), "other text");
    }

    #[test]
    fn warnings_by_mode() {
        assert_eq!(warning(Mode::Test, None), Some(WARN_NO_PAGE));
        assert_eq!(warning(Mode::Live, None), Some(WARN_NO_PAGE));
        assert_eq!(warning(Mode::Test, Some("https://shop.example/")), None);
        // An older, unchecked page on this computer does not count.
        assert_eq!(
            warning(Mode::Test, Some("http://127.0.0.1:8000/thanks")),
            Some(WARN_NO_PAGE)
        );
        assert_eq!(warning(Mode::Training, None), None);
        assert_eq!(
            checkout_note(Mode::Training, None, false),
            Some(NOTE_TRAINING_LOOPBACK)
        );
        assert_eq!(
            checkout_note(Mode::Training, None, true),
            Some(NOTE_TRAINING_LAN)
        );
        assert_eq!(
            checkout_note(Mode::Live, Some("https://a.example"), false),
            None
        );
    }

    #[test]
    fn doctor_says_what_a_phone_sees() {
        assert_eq!(
            doctor_line(Mode::Live, None, false),
            format!("warning: {WARN_NO_PAGE}")
        );
        assert_eq!(
            doctor_line(Mode::Test, Some("https://shop.example/t"), false),
            "after payment, phones open https://shop.example/t"
        );
        assert!(doctor_line(Mode::Training, None, true).contains("shop network"));
        assert!(doctor_line(Mode::Training, None, false).contains("cannot open"));
    }

    #[test]
    fn after_payment_page_is_a_public_https_page() {
        assert_eq!(check_after_payment_page(None, Language::En).unwrap(), None);
        assert_eq!(
            check_after_payment_page(Some("  "), Language::En).unwrap(),
            None
        );
        assert_eq!(
            check_after_payment_page(
                Some(" https://shop.example/thanks?s={CHECKOUT_SESSION_ID} "),
                Language::En
            )
            .unwrap()
            .as_deref(),
            Some("https://shop.example/thanks?s={CHECKOUT_SESSION_ID}")
        );
        assert!(
            check_after_payment_page(Some("https://shop.example:8443/t"), Language::En).is_ok()
        );
        for bad in [
            "http://shop.example/thanks",
            "shop.example",
            "https://",
            "https:///x",
            "https://127.0.0.1:47311/checkout/success",
            "https://localhost/x",
            "https://[::1]/x",
            "https://user:pw@shop.example/",
            "https://shop.example/a b",
            "javascript:alert(1)",
            &format!("https://shop.example/{}", "a".repeat(MAX_PAGE_URL_CHARS)),
        ] {
            let e = check_after_payment_page(Some(bad), Language::En).unwrap_err();
            assert_eq!(e.wire_code(), "invalid_after_payment_page", "{bad}");
            assert!(e.to_string().contains("https://"), "{bad}: {e}");
        }
    }

    #[test]
    fn the_after_payment_page_s_refusal_speaks_the_till_s_language() {
        let refused = |url, language| {
            check_after_payment_page(Some(url), language)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            refused("http://shop.example/thanks", Language::En),
            "The after-payment page must start with https:// (a customer's phone opens it after paying). Enter your shop's public web page, e.g. https://shop.example/thanks (it may contain {CHECKOUT_SESSION_ID}), or leave it empty."
        );
        let long = format!("https://shop.example/{}", "a".repeat(MAX_PAGE_URL_CHARS));
        assert!(refused(&long, Language::En)
            .starts_with("The after-payment page is longer than 2000 characters. "));
        assert_eq!(
            refused("https://localhost/x", Language::De),
            "Die Seite nach der Zahlung zeigt auf diesen Computer, den das Telefon eines Kunden nicht erreichen kann. Geben Sie die öffentliche Webseite Ihres Geschäfts ein, z. B. https://shop.example/thanks (sie darf {CHECKOUT_SESSION_ID} enthalten), oder lassen Sie das Feld leer."
        );
    }

    /// The shop-network option's problems: the English as it always was, the till's language
    /// on the checkout panel.
    #[test]
    fn lan_problems_speak_the_till_s_language() {
        let address: SocketAddr = "192.168.1.20:47314".parse().unwrap();
        let cases = [
            (
                LanProblem::SharedSimulator,
                "The training payment page is not served on the shop network: another Till process on this computer runs the training simulator. Close it and restart Till.".to_string(),
            ),
            (
                LanProblem::ExternalSimulator {
                    api_base: "http://127.0.0.1:12111".into(),
                    variable: "TILL_STRIPE_API_BASE",
                },
                "The training payment page is not served on the shop network: Till uses the simulator at http://127.0.0.1:12111 (TILL_STRIPE_API_BASE).".to_string(),
            ),
            (
                LanProblem::Bind {
                    address,
                    error: "Address in use".into(),
                },
                format!("The training payment page could not be served on {address} (Address in use). Another program may use that port: set {LAN_PORT_ENV} to another one, or turn \"Try the QR code with a phone\" off in Settings."),
            ),
            (
                LanProblem::NotAnAddress {
                    typed: "shop".into(),
                },
                format!("{LAN_ADDR_ENV}=\"shop\" is not an IP address: set it to this computer's address on the shop's network, e.g. 192.168.1.20."),
            ),
            (
                LanProblem::PublicAddress {
                    ip: "8.8.8.8".parse().unwrap(),
                },
                format!("This computer's network address 8.8.8.8 is not a private (shop network) address, so Till will not serve the training payment page on it. Set {LAN_ADDR_ENV} to its address on the shop's network, or turn \"Try the QR code with a phone\" off in Settings."),
            ),
        ];
        for (problem, english) in cases {
            assert_eq!(problem.to_string(), english);
            assert_ne!(problem.message(Language::De), english);
        }
        assert_eq!(
            lan_address(Some("shop")).unwrap_err().message(Language::De),
            format!("{LAN_ADDR_ENV}=\"shop\" ist keine IP-Adresse: Setzen Sie sie auf die Adresse dieses Computers im Netz des Geschäfts, z. B. 192.168.1.20.")
        );
    }

    #[test]
    fn only_local_network_addresses() {
        for ok in [
            "192.168.1.20",
            "10.0.0.5",
            "172.20.1.1",
            "169.254.3.4",
            "100.64.0.9",
        ] {
            assert!(is_local_network(ok.parse().unwrap()), "{ok}");
        }
        for bad in ["127.0.0.1", "8.8.8.8", "0.0.0.0", "::1"] {
            assert!(!is_local_network(bad.parse().unwrap()), "{bad}");
        }
    }
}
