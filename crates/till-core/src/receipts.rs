//! Receipts: a paid sale's receipt built from the ledger (sale, lines, cash parts, card part,
//! refunds) and Settings (the shop's header and footer, the printer), shown on screen
//! ([`receipt_view`]), printed ([`print`]) or written as ESC/POS bytes ([`escpos`]).
//!
//! A sale gets its receipt number (one sequence per till: mode + register) when its first
//! receipt is made, and keeps it for every reprint. Printing never touches the sale: it runs
//! `till_print` on the blocking pool and a failing printer is an error naming the printer and
//! what to do. The card's brand and last four and the charge's `receipt_url` (the QR code)
//! are asked of Stripe best effort within [`CARD_WAIT`]; without them the receipt has no
//! card details and its QR code is the sale id.

use std::time::Duration;

use serde::Serialize;

use crate::calendar::LocalDateTime;
use crate::checkout::Checkout;
use crate::context::Context;
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::Money;
use crate::print::{self, Job, PrinterConfig, Profile};
use crate::receipt::{
    self, Align, CardDetails, Element, Emphasis, ReceiptDiscount, ReceiptInput, ReceiptKind,
    ReceiptLine, ReceiptOptions, ReceiptRefund, RefundMethod, ShopHeader, TaxRow, Tender,
};
use crate::sale::SaleState;
use crate::settings::{self, ReceiptConfig};
use crate::store::{now_ms, SaleRecord};
use crate::stripe::ChargeSummary;
use crate::tender::TenderKind;

/// How long a receipt waits for Stripe to name the card before it does without.
pub const CARD_WAIT: Duration = Duration::from_secs(3);
/// What errors call the receipt printer.
pub const PRINTER_NAME: &str = "Receipt printer";
/// The screen's receipt width (as 80 mm paper).
pub const SCREEN_COLUMNS: usize = receipt::COLUMNS_80MM;

/// `sale`, `gift` or `refund`.
pub fn parse_kind(text: &str) -> Result<ReceiptKind> {
    match text.trim() {
        "" | "sale" => Ok(ReceiptKind::Sale),
        "gift" => Ok(ReceiptKind::Gift),
        "refund" => Ok(ReceiptKind::Refund),
        other => Err(Error::invalid_input(format!(
            "\u{201c}{}\u{201d} is not a kind of receipt. Choose sale, gift or refund.",
            other.chars().take(20).collect::<String>()
        ))
        .with_reason("unknown_receipt_kind")),
    }
}

fn kind_str(kind: ReceiptKind) -> &'static str {
    match kind {
        ReceiptKind::Sale => "sale",
        ReceiptKind::Gift => "gift",
        ReceiptKind::Refund => "refund",
    }
}

/// A receipt as the core made it: the model's input, the sale, the settings.
pub struct Made {
    pub input: ReceiptInput,
    pub sale: SaleRecord,
    pub config: ReceiptConfig,
    /// This call gave the sale its number (its first receipt).
    pub first: bool,
}

async fn charge_of(checkout: &Checkout, payment_intent_id: &str) -> ChargeSummary {
    match tokio::time::timeout(
        CARD_WAIT,
        checkout.gateway().payment_charge(payment_intent_id),
    )
    .await
    {
        Ok(Ok(charge)) => charge,
        Ok(Err(e)) => {
            tracing::info!(error = %e, "the receipt's card could not be read");
            ChargeSummary::default()
        }
        Err(_) => {
            tracing::info!("Stripe did not name the receipt's card in time");
            ChargeSummary::default()
        }
    }
}

/// What a paid sale's receipt QR code holds — the charge's `receipt_url` when a card paid
/// (Stripe, best effort within the receipt's wait), else the sale id, as on the printed
/// receipt — without making a receipt (no receipt number is given): the customer's screen
/// shows it with its thank-you.
pub async fn receipt_qr(checkout: &Checkout, sale_id: &str) -> Result<String> {
    let id = sale_id.trim().to_string();
    let (sale, sums) = checkout
        .store()
        .call(move |ledger| Ok((ledger.require_sale(&id)?, ledger.tender_sums(&id)?)))
        .await?;
    if sale.state != SaleState::Paid {
        return Err(not_paid(&sale.id, sale.state, checkout.settings().language));
    }
    let card_paid = sale.tender != TenderKind::Cash && sums.card_part > 0;
    let url = match sale.payment_intent_id.as_deref() {
        Some(pi) if card_paid => charge_of(checkout, pi).await.receipt_url,
        _ => None,
    };
    Ok(url.filter(|u| !u.is_empty()).unwrap_or(sale.id))
}

/// A sale that is not paid has no receipt (refused in `language`).
fn not_paid(sale_id: &str, state: SaleState, language: Language) -> Error {
    Error::invalid_input(text_with(
        language,
        "receipt-error-not-paid",
        &[
            ("sale", Arg::Text(sale_id)),
            ("state", Arg::Text(state.as_str())),
        ],
    ))
    .with_reason("receipt_not_paid")
}

/// The receipt's input for a paid sale, from the ledger and Settings (and Stripe, best
/// effort, for the card and `receipt_url`). Gives the sale its receipt number if it had none.
pub async fn receipt_input(checkout: &Checkout, sale_id: &str) -> Result<Made> {
    let sale_id = sale_id.trim().to_string();
    let language = checkout.settings().language;
    let mode = checkout.settings().mode;
    let register_id = checkout.settings().register_id.clone();
    let id = sale_id.clone();
    let (
        sale,
        lines,
        tenders,
        sums,
        card_refunds,
        cash_refunds,
        config,
        register_name,
        number,
        offsets,
    ) = checkout
        .store()
        .call(move |ledger| {
            let sale = ledger.require_sale(&id)?;
            if sale.state != SaleState::Paid {
                return Err(not_paid(&id, sale.state, language));
            }
            let lines = ledger.sale_lines(&id)?;
            // The catalog's SKU of each line's product, where it has one (product metadata).
            let lines = lines
                .into_iter()
                .map(|l| {
                    let sku = ledger.product_sku(sale.mode.as_str(), &l.product_id)?;
                    Ok((l, sku))
                })
                .collect::<Result<Vec<_>>>()?;
            let tenders = ledger.sale_tenders(&id)?;
            let sums = ledger.tender_sums(&id)?;
            let card_refunds = ledger.refunds_of_sale(&id)?;
            let cash_refunds = ledger.cash_refunds_of_sale(&id)?;
            let config = settings::receipt_config(ledger)?;
            let register_name = ledger.setting(settings::REGISTER_NAME)?;
            let number = ledger.receipt_number(&id, mode, &register_id, now_ms())?;
            let paid_at = sale.settled_at.unwrap_or(sale.updated_at);
            let mut offsets = vec![(paid_at, ledger.local_offset_secs(paid_at)?)];
            for r in &card_refunds {
                let at = r.as_of.saturating_mul(1000);
                offsets.push((at, ledger.local_offset_secs(at)?));
            }
            for r in &cash_refunds {
                offsets.push((r.at, ledger.local_offset_secs(r.at)?));
            }
            Ok((
                sale,
                lines,
                tenders,
                sums,
                card_refunds,
                cash_refunds,
                config,
                register_name,
                number,
                offsets,
            ))
        })
        .await?;
    let local = |ms: i64| {
        let offset = offsets
            .iter()
            .find(|(at, _)| *at == ms)
            .map_or(0, |(_, o)| *o);
        LocalDateTime::from_utc_ms(ms, offset)
    };
    let pricing_id = sale.id.clone();
    let pricing = checkout
        .store()
        .call(move |l| l.sale_pricing(&pricing_id))
        .await?;
    let currency = sale.currency;
    let money = |minor: i64| Money::new(minor, currency);
    let card_part = if sale.tender == TenderKind::Cash {
        0
    } else {
        sums.card_part
    };
    let charge = match sale.payment_intent_id.as_deref() {
        Some(pi) if card_part > 0 || !card_refunds.is_empty() => charge_of(checkout, pi).await,
        _ => ChargeSummary::default(),
    };
    let card = CardDetails {
        brand: charge.brand.clone(),
        last4: charge.last4.clone(),
    };
    let mut receipt_tenders: Vec<Tender> = Vec::new();
    let mut rounding = 0i64;
    for t in tenders.iter().filter(|t| t.kind == "cash") {
        rounding = rounding.saturating_add(t.rounding);
        let change = t.change.unwrap_or(0);
        receipt_tenders.push(Tender::Cash {
            tendered: money(
                t.tendered
                    .unwrap_or_else(|| t.amount.saturating_add(change)),
            ),
            change: money(change),
        });
    }
    if card_part > 0 {
        receipt_tenders.push(Tender::Card {
            amount: money(card_part),
            card: card.clone(),
        });
    }
    let mut refunds: Vec<ReceiptRefund> = card_refunds
        .iter()
        .filter(|r| r.status == "succeeded" || r.status == "pending")
        .map(|r| ReceiptRefund {
            amount: money(r.amount),
            at: Some(local(r.as_of.saturating_mul(1000))),
            method: Some(RefundMethod::Card(card.clone())),
        })
        .collect();
    refunds.extend(cash_refunds.iter().map(|r| ReceiptRefund {
        amount: money(r.amount),
        at: Some(local(r.at)),
        method: Some(RefundMethod::Cash),
    }));
    let shop_name = if config.shop_name.is_empty() {
        register_name.unwrap_or_default()
    } else {
        config.shop_name.clone()
    };
    let input = ReceiptInput {
        shop: ShopHeader {
            name: shop_name,
            address_lines: config.shop_address.clone(),
            tax_id: config.shop_tax_id.clone(),
            phone: config.shop_phone.clone(),
        },
        number: number.number,
        sale_id: sale.id.clone(),
        at: local(sale.settled_at.unwrap_or(sale.updated_at)),
        cashier: None,
        lines: lines
            .iter()
            .map(|(l, sku)| ReceiptLine {
                quantity: u32::try_from(l.quantity).unwrap_or(0),
                name: l.name.clone(),
                sku: sku.clone(),
                unit_price: money(l.unit_amount),
                line_total: money(l.unit_amount.saturating_mul(l.quantity)),
            })
            .collect(),
        discounts: pricing
            .as_ref()
            .filter(|p| p.discount > 0)
            .map(|p| {
                vec![ReceiptDiscount {
                    label: p.coupon.as_ref().and_then(|c| c.name.clone()),
                    amount: money(p.discount),
                }]
            })
            .unwrap_or_default(),
        tip: pricing.as_ref().filter(|p| p.tip > 0).map(|p| money(p.tip)),
        taxes: pricing
            .map(|p| {
                p.taxes
                    .iter()
                    .map(|t| TaxRow {
                        name: t.display_name.clone(),
                        rate: t.percentage.0,
                        inclusive: t.inclusive,
                        net: money(t.net),
                        tax: money(t.tax),
                        gross: money(t.net.saturating_add(t.tax)),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        total: money(sale.amount_total.saturating_add(rounding)),
        tenders: receipt_tenders,
        cash_rounding: (rounding != 0).then(|| money(rounding)),
        refunds,
        footer: config.footer.clone(),
        receipt_url: charge.receipt_url,
    };
    Ok(Made {
        input,
        sale,
        config,
        first: number.new,
    })
}

/// One piece of the on-screen receipt (the model's [`Element`], for HTML).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum ElementView {
    #[serde(rename_all = "camelCase")]
    Text {
        text: String,
        /// `left`, `center`, `right`.
        align: &'static str,
        /// `normal`, `bold`, `title`.
        emphasis: &'static str,
    },
    #[serde(rename_all = "camelCase")]
    Row {
        label: String,
        amount: String,
        emphasis: &'static str,
        indent: bool,
    },
    Separator,
    Blank,
    /// The QR code: its payload and an SVG of it.
    #[serde(rename_all = "camelCase")]
    Qr {
        payload: String,
        svg: String,
    },
}

fn emphasis_str(e: Emphasis) -> &'static str {
    match e {
        Emphasis::Normal => "normal",
        Emphasis::Bold => "bold",
        Emphasis::Title => "title",
    }
}

fn element_views(elements: &[Element]) -> Vec<ElementView> {
    elements
        .iter()
        .filter_map(|e| match e {
            Element::Text {
                text,
                align,
                emphasis,
                ..
            } => Some(ElementView::Text {
                text: text.clone(),
                align: match align {
                    Align::Left => "left",
                    Align::Center => "center",
                    Align::Right => "right",
                },
                emphasis: emphasis_str(*emphasis),
            }),
            Element::Row {
                label,
                amount,
                emphasis,
                indent,
                ..
            } => Some(ElementView::Row {
                label: label.clone(),
                amount: amount.clone(),
                emphasis: emphasis_str(*emphasis),
                indent: *indent,
            }),
            Element::Separator => Some(ElementView::Separator),
            Element::Blank => Some(ElementView::Blank),
            Element::Qr(payload) => Some(ElementView::Qr {
                payload: payload.clone(),
                svg: crate::qr::svg(payload).unwrap_or_default(),
            }),
            Element::Cut => None,
        })
        .collect()
}

/// A receipt for the screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptView {
    pub sale_id: String,
    pub number: u64,
    /// `sale`, `gift` or `refund`.
    pub kind: &'static str,
    pub copy: bool,
    /// The receipt as text, 48 columns (what an 80 mm printer prints).
    pub lines: Vec<String>,
    /// The same receipt as elements, for HTML.
    pub elements: Vec<ElementView>,
    /// What the QR code holds: the charge's `receipt_url`, else the sale id.
    pub qr_payload: String,
    /// Whether the sale had refunds (a refund receipt is offered).
    pub refunded: bool,
    /// `auto`, `ask` or `never` (Settings).
    pub print_mode: &'static str,
    /// The printer as Settings name it (`192.168.1.50:9100`); `None`: no printer set.
    pub printer: Option<String>,
    /// This view gave the sale its receipt number (so `auto` prints it now).
    pub first: bool,
}

fn options(checkout: &Checkout, kind: ReceiptKind, copy: bool) -> ReceiptOptions {
    ReceiptOptions {
        kind,
        copy,
        language: checkout.settings().language,
        locale: checkout.settings().locale,
    }
}

/// The sale's receipt for the screen (48 columns, and the elements for HTML).
pub async fn receipt_view(
    checkout: &Checkout,
    sale_id: &str,
    kind: ReceiptKind,
    copy: bool,
) -> Result<ReceiptView> {
    let made = receipt_input(checkout, sale_id).await?;
    Ok(view_of(checkout, &made, kind, copy))
}

/// History's Reprint: the sale's receipt for the screen, marked as a copy only when the sale
/// already had a receipt (its number existed before this call); a sale's first receipt,
/// wherever it is made, is the original.
pub async fn reprint_view(
    checkout: &Checkout,
    sale_id: &str,
    kind: ReceiptKind,
) -> Result<ReceiptView> {
    let made = receipt_input(checkout, sale_id).await?;
    Ok(view_of(checkout, &made, kind, !made.first))
}

fn view_of(checkout: &Checkout, made: &Made, kind: ReceiptKind, copy: bool) -> ReceiptView {
    let elements = receipt::build(&made.input, options(checkout, kind, copy));
    let text = receipt::render_text(&elements, SCREEN_COLUMNS);
    ReceiptView {
        sale_id: made.sale.id.clone(),
        number: made.input.number,
        kind: kind_str(kind),
        copy,
        lines: text.lines().map(str::to_string).collect(),
        elements: element_views(&elements),
        qr_payload: receipt::qr_payload(&made.input, kind).to_string(),
        refunded: !made.input.refunds.is_empty(),
        print_mode: made.config.print_mode.as_str(),
        printer: made
            .config
            .printer
            .as_ref()
            .map(print::Connection::describe),
        first: made.first,
    }
}

/// The sale's receipt as text in `columns` (32 or 48).
pub async fn receipt_text(
    checkout: &Checkout,
    sale_id: &str,
    kind: ReceiptKind,
    copy: bool,
    columns: usize,
) -> Result<String> {
    let made = receipt_input(checkout, sale_id).await?;
    let elements = receipt::build(&made.input, options(checkout, kind, copy));
    Ok(receipt::render_text(&elements, columns))
}

/// The paper and the code page in Settings.
fn profile_of(config: &ReceiptConfig) -> Profile {
    Profile {
        paper: config.paper,
        code_page: config.code_page,
    }
}

fn printer_of(config: &ReceiptConfig, language: Language) -> Result<PrinterConfig> {
    let connection = config.printer.clone().ok_or_else(|| {
        Error::invalid_input(text(language, "receipt-error-no-printer")).with_reason("no_printer")
    })?;
    Ok(PrinterConfig {
        name: PRINTER_NAME.to_string(),
        connection,
        profile: profile_of(config),
        timeouts: print::Timeouts::default(),
        check_paper: false,
        drawer_pin: config.drawer_pin,
    })
}

fn job(made: &Made) -> Job {
    Job {
        copies: made.config.copies,
        // The drawer opens at the cash sale itself ([`kick_drawer`]), never with a receipt:
        // printing one again (or a copy, a gift receipt) never opens it again.
        kick_drawer: false,
    }
}

fn print_failed(e: &print::PrintError, language: Language) -> Error {
    Error::new(
        ErrorCode::Network,
        text_with(
            language,
            "receipt-error-print-failed",
            &[("failure", Arg::Text(&e.message(language)))],
        ),
    )
    .with_reason(e.code())
}

/// What a print did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Printed {
    pub sale_id: String,
    pub number: u64,
    pub printer: String,
    pub copies: u8,
}

/// Prints the sale's receipt on the printer in Settings (on the blocking pool). A failing
/// printer is an error naming it and what to do; the sale is never touched.
pub async fn print(
    checkout: &Checkout,
    sale_id: &str,
    kind: ReceiptKind,
    copy: bool,
) -> Result<Printed> {
    let made = receipt_input(checkout, sale_id).await?;
    let language = checkout.settings().language;
    let printer = printer_of(&made.config, language)?;
    let job = job(&made);
    let options = options(checkout, kind, copy);
    let described = printer.connection.describe();
    let input = made.input.clone();
    let answer =
        tokio::task::spawn_blocking(move || print::print_receipt(&printer, &input, options, job))
            .await
            .map_err(|e| Error::internal(format!("The printing task failed: {e}")))?;
    match answer {
        Ok(()) => {
            tracing::info!(sale_id = %made.sale.id, number = made.input.number, copy, "receipt printed");
            Ok(Printed {
                sale_id: made.sale.id,
                number: made.input.number,
                printer: described,
                copies: job.copies.max(1),
            })
        }
        Err(e) => {
            tracing::warn!(sale_id = %made.sale.id, code = e.code(), error = %e, "receipt not printed");
            Err(print_failed(&e, language))
        }
    }
}

/// The sale's receipt as the ESC/POS bytes the printer in Settings would get (its paper; 80
/// mm when none is set): `tillctl receipt --escpos FILE`.
pub async fn escpos(
    checkout: &Checkout,
    sale_id: &str,
    kind: ReceiptKind,
    copy: bool,
) -> Result<Vec<u8>> {
    let made = receipt_input(checkout, sale_id).await?;
    let profile = profile_of(&made.config);
    let job = job(&made);
    print::receipt_bytes(
        &made.input,
        options(checkout, kind, copy),
        profile,
        job,
        made.config.drawer_pin,
    )
    .map_err(|e| Error::internal(format!("Till could not prepare the receipt's bytes ({}). This is a bug in Till: please report it.", e.0)))
}

/// Why the cash drawer opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KickReason {
    /// Cash was taken: a cash sale, a split sale's cash part, a split's balance in cash.
    CashSale,
    /// The drawer's "No sale".
    NoSale,
}

impl KickReason {
    /// `cash_sale` or `no_sale`.
    pub fn parse(text: &str) -> Result<KickReason> {
        match text.trim() {
            "cash_sale" => Ok(KickReason::CashSale),
            "no_sale" => Ok(KickReason::NoSale),
            other => Err(Error::invalid_input(format!(
                "\u{201c}{}\u{201d} is not a reason to open the drawer. Choose cash_sale or no_sale.",
                other.chars().take(20).collect::<String>()
            ))
            .with_reason("unknown_kick_reason")),
        }
    }

    /// `cash_sale` or `no_sale` (what the refusal says stays recorded).
    fn as_str(self) -> &'static str {
        match self {
            KickReason::CashSale => "cash_sale",
            KickReason::NoSale => "no_sale",
        }
    }
}

/// What opening the drawer did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawerKick {
    /// The pulse reached the printer.
    pub opened: bool,
    /// The printer it went (or would go) through, as Settings name it.
    pub printer: Option<String>,
    /// Why nothing was sent: `no_printer` (none set) or `kick_off` (Settings: not opened).
    pub skipped: Option<&'static str>,
}

/// Opens the cash drawer through the receipt printer — after cash is taken and on "No
/// sale" — when a printer is set and Settings say so, on the blocking pool (the shells call
/// it after the sale or movement is recorded, off the register's path). A printer that fails
/// is an error naming it and what to do, saying that what was recorded stays recorded: a
/// kick never changes the ledger.
pub async fn kick_drawer(context: &Context, reason: KickReason) -> Result<DrawerKick> {
    let config = context
        .store()
        .call(|ledger| settings::receipt_config(ledger))
        .await?;
    let Some(connection) = &config.printer else {
        return Ok(DrawerKick {
            opened: false,
            printer: None,
            skipped: Some("no_printer"),
        });
    };
    let described = connection.describe();
    if !config.kick_drawer {
        return Ok(DrawerKick {
            opened: false,
            printer: Some(described),
            skipped: Some("kick_off"),
        });
    }
    let language = context.settings().language;
    let printer = printer_of(&config, language)?;
    tokio::task::spawn_blocking(move || print::kick_drawer(&printer))
        .await
        .map_err(|e| Error::internal(format!("The printing task failed: {e}")))?
        .map_err(|e| {
            tracing::warn!(code = e.code(), error = %e, ?reason, "the drawer did not open");
            Error::new(
                ErrorCode::Network,
                text_with(
                    language,
                    "receipt-error-kick-failed",
                    &[
                        ("failure", Arg::Text(&e.message(language))),
                        ("reason", Arg::Text(reason.as_str())),
                    ],
                ),
            )
            .with_reason(e.code())
        })?;
    tracing::info!(?reason, printer = %described, "drawer opened");
    Ok(DrawerKick {
        opened: true,
        printer: Some(described),
        skipped: None,
    })
}

/// Settings' "Print test page" on the printer in Settings.
pub async fn printer_test(checkout: &Checkout) -> Result<String> {
    let config = checkout
        .store()
        .call(|ledger| settings::receipt_config(ledger))
        .await?;
    let language = checkout.settings().language;
    let printer = printer_of(&config, language)?;
    let described = printer.connection.describe();
    tokio::task::spawn_blocking(move || print::print_test_page(&printer))
        .await
        .map_err(|e| Error::internal(format!("The printing task failed: {e}")))?
        .map_err(|e| Error::new(ErrorCode::Network, e.message(language)).with_reason(e.code()))?;
    Ok(described)
}

/// Receipts' settings as stored (for the form).
pub async fn settings_get(checkout: &Checkout) -> Result<settings::ReceiptSettings> {
    checkout
        .store()
        .call(|ledger| settings::load_receipts(ledger))
        .await
}

/// Checks and saves receipts' settings (a refused form writes nothing). No restart needed:
/// every receipt reads them when it is made.
pub async fn settings_save(
    checkout: &Checkout,
    form: settings::ReceiptSettings,
) -> Result<settings::ReceiptSettings> {
    checkout
        .store()
        .call(move |ledger| {
            settings::save_receipts(ledger, &form)?;
            settings::load_receipts(ledger)
        })
        .await
}
