//! The customer's screen: what a display facing the customer may show, and its settings.
//!
//! [`CustomerView`] is the one model the customer's window ever receives. It is built here
//! from the register's own views (the cart, the sale, a cash sale) and keeps only what a
//! customer may see on a receipt or over the counter: item names, quantities, amounts, the
//! sale's status in customer words, the payment page's QR code, cash tendered and change,
//! and the shop's name and welcome line. No sale, session, price or payment id, no email,
//! no staff control, no other sale: the builders below take those views apart field by field,
//! so a field added to a register view never reaches the customer by accident.

use serde::{Deserialize, Serialize};

use crate::checkout::SaleView;
use crate::drawer::CashSaleView;
use crate::error::Result;
use crate::register::CartView;
use crate::store::Ledger;
use crate::{qr, settings, Error};

/// Settings keys (the ledger's `settings` table).
pub const SCREEN_ENABLED: &str = "customer_screen_enabled";
pub const SCREEN_MONITOR: &str = "customer_screen_monitor";
pub const SCREEN_WELCOME: &str = "customer_screen_welcome";

/// The longest welcome line, in characters.
pub const MAX_WELCOME_CHARS: usize = 80;

/// What the customer's screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Nothing going on: the shop's name and the welcome line.
    Idle,
    /// The cart as staff build it.
    Cart,
    /// A sale being paid (its QR code while the payment page is open) or just ended.
    Sale,
}

/// A sale's status in the customer's words (`customer-status-…` messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerStatus {
    /// The payment page is being made.
    Preparing,
    /// Scan to pay.
    Waiting,
    /// The customer's bank asks for 3-D Secure on their phone.
    ThreeDSecure,
    /// The card was declined (or the attempt failed): try another card.
    Declined,
    /// Stripe is confirming the payment.
    Processing,
    Paid,
    /// The payment did not go through (and the payment page is closed).
    Failed,
    Expired,
    Canceled,
}

impl CustomerStatus {
    /// The status of a sale as the customer should read it.
    pub fn of(sale: &SaleView) -> CustomerStatus {
        match sale.state.as_str() {
            "creating" => CustomerStatus::Preparing,
            "awaiting_payment" => match sale.attempt {
                Some(crate::checkout::ATTEMPT_THREE_D_SECURE) => CustomerStatus::ThreeDSecure,
                Some(_) => CustomerStatus::Declined,
                None => CustomerStatus::Waiting,
            },
            "processing" => CustomerStatus::Processing,
            "paid" => CustomerStatus::Paid,
            "failed" => CustomerStatus::Failed,
            "expired" => CustomerStatus::Expired,
            // Staff asked to cancel: the customer should stop paying now.
            "canceling" | "canceled" => CustomerStatus::Canceled,
            _ => CustomerStatus::Failed,
        }
    }

    /// The QR code is shown while the customer can still pay on the payment page.
    pub fn can_pay(self) -> bool {
        matches!(
            self,
            CustomerStatus::Waiting | CustomerStatus::ThreeDSecure | CustomerStatus::Declined
        )
    }
}

/// One cart line as the customer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerLine {
    pub name: String,
    pub quantity: u32,
    pub unit_display: String,
    pub subtotal_display: String,
}

/// A row above the total as the customer sees it: the discount (`Summer 10% -$3.90`), a tax
/// rate (`Sales tax 8.875%`, `incl. VAT 19%`) or the tip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerAmount {
    pub label: String,
    pub amount_display: String,
}

/// The shop as the customer's screen introduces it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Shop {
    /// The receipt's shop name (Settings → Receipts), else the register's name.
    pub name: String,
    /// Settings → Customer screen's welcome line (may be empty: the page's own words then).
    pub welcome: String,
    /// The language the screen is in (`en`, `de`, …): the register's.
    pub language: String,
}

/// The whole model the customer's window receives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerView {
    pub stage: Stage,
    pub shop: Shop,
    pub lines: Vec<CustomerLine>,
    pub item_count: u32,
    /// The discount, tax and tip rows above the total (none when the sale has none).
    pub amounts: Vec<CustomerAmount>,
    /// The cart's total, or the sale's amount.
    pub total_display: Option<String>,
    pub status: Option<CustomerStatus>,
    /// The payment page's QR code, while the customer can pay: the same code as the
    /// register's (`qr::svg` of the Checkout URL), as modules the page draws (`qr::Modules`).
    pub qr: Option<qr::Modules>,
    /// Once paid: the receipt's QR code — Stripe's receipt page for a card payment, else the
    /// sale's number as the printed receipt has it.
    pub receipt_qr: Option<qr::Modules>,
    /// A cash sale: what the customer handed over, and the change.
    pub tendered_display: Option<String>,
    pub change_display: Option<String>,
}

impl CustomerView {
    /// Nothing going on.
    pub fn idle(shop: Shop) -> CustomerView {
        CustomerView {
            stage: Stage::Idle,
            shop,
            lines: Vec::new(),
            item_count: 0,
            amounts: Vec::new(),
            total_display: None,
            status: None,
            qr: None,
            receipt_qr: None,
            tendered_display: None,
            change_display: None,
        }
    }

    /// The cart as it is built (idle when it is empty).
    pub fn cart(shop: Shop, cart: &CartView) -> CustomerView {
        if cart.lines.is_empty() {
            return CustomerView::idle(shop);
        }
        CustomerView {
            stage: Stage::Cart,
            lines: lines(cart),
            amounts: amounts(cart),
            item_count: cart.item_count,
            total_display: Some(cart.total_display.clone()),
            ..CustomerView::idle(shop)
        }
    }

    /// A sale: its amount and status; `cart` the lines it was charged for (when it came from
    /// the cart); `qr` the payment page's code, kept only while the customer can pay.
    pub fn sale(
        shop: Shop,
        sale: &SaleView,
        cart: Option<&CartView>,
        qr: Option<qr::Modules>,
    ) -> CustomerView {
        let status = CustomerStatus::of(sale);
        let lines = cart.map(lines).unwrap_or_default();
        CustomerView {
            stage: Stage::Sale,
            amounts: cart.map(amounts).unwrap_or_default(),
            item_count: lines.iter().map(|l| l.quantity).sum(),
            lines,
            total_display: Some(sale.amount_display.clone()),
            status: Some(status),
            qr: qr.filter(|_| status.can_pay() && sale.url.is_some()),
            ..CustomerView::idle(shop)
        }
    }

    /// The same view with the receipt's QR code, once the sale is paid.
    pub fn with_receipt_qr(self, code: qr::Modules) -> CustomerView {
        CustomerView {
            receipt_qr: (self.status == Some(CustomerStatus::Paid)).then_some(code),
            ..self
        }
    }

    /// A cash sale, paid: the amount, what was tendered and the change.
    pub fn cash(shop: Shop, sold: &CashSaleView, cart: Option<&CartView>) -> CustomerView {
        CustomerView {
            tendered_display: Some(sold.tendered.display.clone()),
            change_display: Some(sold.change.display.clone()),
            total_display: Some(sold.paid.display.clone()),
            ..CustomerView::sale(shop, &sold.sale, cart, None)
        }
    }
}

/// The rows above the total: the coupon's discount, each tax rate, the tip.
fn amounts(cart: &CartView) -> Vec<CustomerAmount> {
    let row = |label: &str, amount: &str| CustomerAmount {
        label: label.to_string(),
        amount_display: amount.to_string(),
    };
    cart.discount
        .iter()
        .map(|d| row(&d.label, &d.amount_display))
        .chain(cart.taxes.iter().map(|t| row(&t.label, &t.amount_display)))
        .chain(cart.tip.iter().map(|t| row(&t.label, &t.amount_display)))
        .collect()
}

fn lines(cart: &CartView) -> Vec<CustomerLine> {
    cart.lines
        .iter()
        .map(|l| CustomerLine {
            name: l.name.clone(),
            quantity: l.quantity,
            unit_display: l.unit_display.clone(),
            subtotal_display: l.subtotal_display.clone(),
        })
        .collect()
}

/// Whether the customer's screen is on: as the owner set it, or (never set) on exactly when
/// there is a second monitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScreenSwitch {
    Auto,
    On,
    Off,
}

impl ScreenSwitch {
    pub fn as_str(self) -> &'static str {
        match self {
            ScreenSwitch::Auto => "auto",
            ScreenSwitch::On => "on",
            ScreenSwitch::Off => "off",
        }
    }

    fn parse(text: &str) -> ScreenSwitch {
        match text {
            "on" => ScreenSwitch::On,
            "off" => ScreenSwitch::Off,
            _ => ScreenSwitch::Auto,
        }
    }

    /// Whether the screen is open with `monitors` monitors attached.
    pub fn is_on(self, monitors: usize) -> bool {
        match self {
            ScreenSwitch::Auto => monitors > 1,
            ScreenSwitch::On => true,
            ScreenSwitch::Off => false,
        }
    }
}

/// The customer screen's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScreenSettings {
    pub switch: ScreenSwitch,
    /// The chosen monitor's name (as the system names it); empty: the first monitor that is
    /// not the register's.
    pub monitor: String,
    pub welcome: String,
}

/// The stored settings (defaults for what is absent).
pub fn load_settings(ledger: &Ledger) -> Result<ScreenSettings> {
    Ok(ScreenSettings {
        switch: ScreenSwitch::parse(&ledger.setting(SCREEN_ENABLED)?.unwrap_or_default()),
        monitor: ledger.setting(SCREEN_MONITOR)?.unwrap_or_default(),
        welcome: ledger.setting(SCREEN_WELCOME)?.unwrap_or_default(),
    })
}

/// Checks and stores the settings in one transaction (refused: nothing written, the refusal
/// worded in the till's language).
pub fn save_settings(ledger: &mut Ledger, form: &ScreenSettings) -> Result<ScreenSettings> {
    let language = crate::language::of_ledger(ledger)?;
    let welcome = form.welcome.trim().to_string();
    if welcome.chars().count() > MAX_WELCOME_CHARS || welcome.chars().any(char::is_control) {
        return Err(Error::invalid_input(crate::i18n::text_with(
            language,
            "customer-error-welcome",
            &[("max", crate::i18n::Arg::Number(MAX_WELCOME_CHARS as i64))],
        ))
        .with_reason("invalid_customer_welcome"));
    }
    let monitor = form.monitor.trim().to_string();
    if monitor.chars().count() > 200 || monitor.chars().any(char::is_control) {
        return Err(
            Error::invalid_input(crate::i18n::text(language, "customer-error-monitor"))
                .with_reason("invalid_customer_monitor"),
        );
    }
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let (monitor_value, welcome_value) = (some(&monitor), some(&welcome));
    ledger.update_settings(&[
        (
            SCREEN_ENABLED,
            (form.switch != ScreenSwitch::Auto).then_some(form.switch.as_str()),
        ),
        (SCREEN_MONITOR, monitor_value.as_deref()),
        (SCREEN_WELCOME, welcome_value.as_deref()),
    ])?;
    Ok(ScreenSettings {
        switch: form.switch,
        monitor,
        welcome,
    })
}

/// The shop as the customer's screen introduces it: the receipt's shop name, else the
/// register's name; the welcome line; the register's language.
pub fn shop(ledger: &Ledger, register_name: &str, language: &str) -> Result<Shop> {
    let name = ledger
        .setting(settings::SHOP_NAME)?
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| register_name.to_string());
    Ok(Shop {
        name,
        welcome: ledger.setting(SCREEN_WELCOME)?.unwrap_or_default(),
        language: language.to_string(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::drawer::Amount;
    use crate::register::CartLineView;

    fn a_shop() -> Shop {
        Shop {
            name: "Corner Café".into(),
            welcome: "Welcome!".into(),
            language: "en".into(),
        }
    }

    fn cart() -> CartView {
        CartView {
            lines: vec![CartLineView {
                price_id: "price_SECRETPRICE".into(),
                name: "Flat white".into(),
                quantity: 2,
                unit_display: "$4.00".into(),
                subtotal_display: "$8.00".into(),
                recurring: false,
                was_display: None,
            }],
            item_count: 2,
            currency: Some("usd".into()),
            total: 800,
            total_display: "$8.00".into(),
            subtotal_display: None,
            taxes: Vec::new(),
            discount: None,
            tip: None,
            coupon_id: None,
            promotion_codes: false,
            tip_amount: 0,
            charge_blocked: Some("staff only: blocked".into()),
            cash_blocked: Some("staff only: no cash".into()),
            membership: Some("staff only: membership".into()),
        }
    }

    fn sale(state: &str, attempt: Option<&'static str>) -> SaleView {
        SaleView {
            id: "sale_SECRETSALE".into(),
            mode: "training".into(),
            register_id: "reg_SECRETREG".into(),
            state: state.into(),
            status_text: "staff words".into(),
            status_short: "staff words".into(),
            declined: attempt.is_some(),
            attempt,
            is_final: matches!(state, "paid" | "failed" | "expired" | "canceled"),
            currency: "usd".into(),
            amount_total: 800,
            amount_display: "$8.00".into(),
            customer_email: Some("someone@example.com".into()),
            tender: "card".into(),
            session_id: Some("cs_test_SECRETSESSION".into()),
            url: Some("http://127.0.0.1:1/pay/cs_test_SECRETSESSION".into()),
            session_expires_at: Some(1),
            payment_intent_id: Some("pi_SECRETPI".into()),
            created_at: 1,
            settled_at: None,
        }
    }

    /// Nothing the customer must not see is in the JSON the window gets.
    fn assert_clean(view: &CustomerView) {
        let json = serde_json::to_string(view).unwrap();
        for secret in [
            "SECRET",
            "example.com",
            "staff",
            "sale_",
            "reg_",
            "price_",
            "pi_",
            "training",
        ] {
            assert!(
                !json.contains(secret),
                "{secret} reached the customer: {json}"
            );
        }
    }

    #[test]
    fn an_empty_cart_is_idle_and_a_cart_shows_its_lines_and_total() {
        let mut empty = cart();
        empty.lines.clear();
        assert_eq!(CustomerView::cart(a_shop(), &empty).stage, Stage::Idle);
        let view = CustomerView::cart(a_shop(), &cart());
        assert_eq!(view.stage, Stage::Cart);
        assert_eq!(view.lines[0].name, "Flat white");
        assert_eq!(view.lines[0].quantity, 2);
        assert_eq!(view.total_display.as_deref(), Some("$8.00"));
        assert_clean(&view);
    }

    #[test]
    fn each_sale_state_has_its_customer_status_and_the_qr_only_while_paying() {
        let cases = [
            ("creating", None, CustomerStatus::Preparing, false),
            ("awaiting_payment", None, CustomerStatus::Waiting, true),
            (
                "awaiting_payment",
                Some(crate::checkout::ATTEMPT_THREE_D_SECURE),
                CustomerStatus::ThreeDSecure,
                true,
            ),
            (
                "awaiting_payment",
                Some(crate::checkout::ATTEMPT_DECLINED),
                CustomerStatus::Declined,
                true,
            ),
            ("processing", None, CustomerStatus::Processing, false),
            ("paid", None, CustomerStatus::Paid, false),
            ("failed", None, CustomerStatus::Failed, false),
            ("expired", None, CustomerStatus::Expired, false),
            ("canceling", None, CustomerStatus::Canceled, false),
            ("canceled", None, CustomerStatus::Canceled, false),
        ];
        for (state, attempt, status, qr) in cases {
            let view = CustomerView::sale(
                a_shop(),
                &sale(state, attempt),
                Some(&cart()),
                Some(crate::qr::Modules::of("https://example.test/pay").unwrap()),
            );
            assert_eq!(view.status, Some(status), "{state} {attempt:?}");
            assert_eq!(view.qr.is_some(), qr, "{state} {attempt:?}");
            assert_eq!(view.lines.len(), 1);
            assert_clean(&view);
        }
    }

    #[test]
    fn a_cash_sale_shows_tendered_and_change_and_nothing_else() {
        let amount = |display: &str| Amount {
            amount: 1,
            display: display.into(),
            typed: "1".into(),
        };
        let sold = CashSaleView {
            sale: sale("paid", None),
            tendered: amount("$10.00"),
            change: amount("$2.00"),
            paid: amount("$8.00"),
            rounding: None,
        };
        let view = CustomerView::cash(a_shop(), &sold, Some(&cart()));
        assert_eq!(view.status, Some(CustomerStatus::Paid));
        assert_eq!(view.tendered_display.as_deref(), Some("$10.00"));
        assert_eq!(view.change_display.as_deref(), Some("$2.00"));
        assert_eq!(view.qr, None);
        assert_clean(&view);
    }

    #[test]
    fn settings_default_to_auto_and_a_bad_welcome_changes_nothing() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let stored = load_settings(&ledger).unwrap();
        assert_eq!(stored.switch, ScreenSwitch::Auto);
        assert!(!stored.switch.is_on(1));
        assert!(stored.switch.is_on(2));
        let saved = save_settings(
            &mut ledger,
            &ScreenSettings {
                switch: ScreenSwitch::On,
                monitor: " DP-2 ".into(),
                welcome: " Hello! ".into(),
            },
        )
        .unwrap();
        assert_eq!(saved.monitor, "DP-2");
        assert_eq!(load_settings(&ledger).unwrap(), saved);
        let refused = save_settings(
            &mut ledger,
            &ScreenSettings {
                switch: ScreenSwitch::Off,
                monitor: String::new(),
                welcome: "x".repeat(MAX_WELCOME_CHARS + 1),
            },
        )
        .unwrap_err();
        assert_eq!(refused.reason, Some("invalid_customer_welcome"));
        assert_eq!(load_settings(&ledger).unwrap(), saved);
        // The refusal in the till's language (the ledger's setting).
        ledger.set_setting(crate::language::LANGUAGE, "de").unwrap();
        let german = save_settings(
            &mut ledger,
            &ScreenSettings {
                switch: ScreenSwitch::Off,
                monitor: "DP\u{7}".into(),
                welcome: String::new(),
            },
        )
        .unwrap_err();
        assert_eq!(
            (german.wire_code(), german.message.as_str()),
            (
                "invalid_customer_monitor",
                "Dieser Bildschirmname kann nicht gespeichert werden; wählen Sie den Bildschirm erneut."
            )
        );
        ledger.set_setting(crate::language::LANGUAGE, "en").unwrap();
        assert_eq!(super::shop(&ledger, "Till 1", "de").unwrap().name, "Till 1");
        ledger
            .set_setting(settings::SHOP_NAME, "Corner Café")
            .unwrap();
        let found = super::shop(&ledger, "Till 1", "de").unwrap();
        assert_eq!(
            (found.name.as_str(), found.welcome.as_str()),
            ("Corner Café", "Hello!")
        );
    }
}
