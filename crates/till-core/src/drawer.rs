//! Cash at the counter: a cash sale (tendered, change, the currency's cash rounding), and the
//! drawer's day: open with a float, paid in / paid out / no sale, the X report (a snapshot)
//! and the close with the counted cash, which writes the numbered, immutable Z report.
//!
//! No Stripe call anywhere here: cash works with the network down. Every write is one
//! ledger transaction (`till-ledger`'s `drawer.rs`); amounts typed by staff are parsed in the
//! register's currency and display locale. Paid out is the owner's: the shells ask for the
//! PIN before they call [`paid_out`].

use serde::{Deserialize, Serialize};

use crate::cart::Cart;
use crate::checkout::{Checkout, SaleView, Source};
use crate::context::Context;
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::{Currency, Locale, Money};
use crate::sale::SaleState;
use crate::staff::Action;
use crate::store::{
    now_ms, NewCashTender, NewMove, NewSale, NewShift, ShiftRecord, TimelineEntry, ZReportRecord,
};
use till_domain::tender::{
    self, denominations, pay_cash, CashRounding, DrawerCount, DrawerMove, TenderKind,
};

/// The settings key of a currency's cash rounding step (minor units; absent: none).
pub fn rounding_key(currency: Currency) -> String {
    format!("cash_rounding.{}", currency.code())
}

/// The cash rounding set for `currency` (none unless the owner set one).
pub async fn cash_rounding(context: &Context, currency: Currency) -> Result<CashRounding> {
    let key = rounding_key(currency);
    let stored = context.store().call(move |l| l.setting(&key)).await?;
    Ok(stored
        .and_then(|text| text.parse::<i64>().ok())
        .and_then(|step| CashRounding::from_step(step, currency))
        .unwrap_or_default())
}

/// Sets the cash rounding of `currency` from what the owner typed (`0.05`, `0,50`, `1`, or
/// `none`), checked: a step cash can be paid in (a whole number of the currency's charge
/// steps, at most 100 units). Returns what is now in force.
pub async fn set_cash_rounding(
    context: &Context,
    currency: Currency,
    typed: &str,
) -> Result<CashRounding> {
    let rounding = CashRounding::parse(
        typed,
        currency,
        context.settings().locale,
        context.settings().language,
    )?;
    let key = rounding_key(currency);
    let value = match rounding {
        CashRounding::None => None,
        CashRounding::Step(step) => Some(step.to_string()),
    };
    context
        .store()
        .call(move |l| l.update_settings(&[(key.as_str(), value.as_deref())]))
        .await?;
    tracing::info!(currency = %currency, step = %rounding.as_setting(), "cash rounding set");
    Ok(rounding)
}

/// One amount with its display text, and as staff would type it (a quick button fills the
/// field with `typed`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Amount {
    pub amount: i64,
    pub display: String,
    pub typed: String,
}

pub(crate) fn amount(minor: i64, currency: Currency, locale: Locale) -> Amount {
    let money = Money::new(minor, currency);
    Amount {
        amount: minor,
        display: money.format(locale),
        typed: money.to_typed(locale),
    }
}

/// What the cash panel shows before anything is typed: what is due (after rounding) and the
/// quick tender buttons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CashDueView {
    pub total: Amount,
    /// What cash pays: the total after the currency's cash rounding.
    pub due: Amount,
    /// `due − total`, when the rounding changed anything.
    pub rounding: Option<Amount>,
    pub quick: Vec<Amount>,
    /// Whether the drawer is open (a cash sale needs it).
    pub drawer_open: bool,
}

/// A cash sale, written paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CashSaleView {
    pub sale: SaleView,
    pub tendered: Amount,
    pub change: Amount,
    pub paid: Amount,
    pub rounding: Option<Amount>,
}

/// The cash panel's figures for `total`.
pub async fn cash_due(context: &Context, total: Money, locale: Locale) -> Result<CashDueView> {
    let rounding = cash_rounding(context, total.currency).await?;
    let rounded = rounding.apply(total);
    let open = open_shift(context).await?.is_some();
    Ok(CashDueView {
        total: amount(total.amount_minor, total.currency, locale),
        due: amount(rounded.rounded.amount_minor, total.currency, locale),
        rounding: (rounded.adjustment.amount_minor != 0)
            .then(|| amount(rounded.adjustment.amount_minor, total.currency, locale)),
        quick: tender::quick_tenders(total, rounding, 6)
            .into_iter()
            .map(|m| amount(m.amount_minor, m.currency, locale))
            .collect(),
        drawer_open: open,
    })
}

/// What the cash panel shows as staff type the amount tendered: the change due, or why the
/// amount can't be taken (its error). Records nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CashQuote {
    pub tendered: Amount,
    pub change: Amount,
}

/// The change for `tendered` (typed) against `total`, with the cash rounding in force.
pub async fn cash_quote(
    context: &Context,
    total: Money,
    tendered: &str,
    locale: Locale,
) -> Result<CashQuote> {
    let tendered = parse_amount(
        tendered,
        total.currency,
        locale,
        context.settings().language,
    )?;
    let rounding = cash_rounding(context, total.currency).await?;
    let payment = pay_cash(total, tendered, rounding, context.settings().language)?;
    Ok(CashQuote {
        tendered: amount(payment.tendered.amount_minor, total.currency, locale),
        change: amount(payment.change.amount_minor, total.currency, locale),
    })
}

/// Parses an amount staff typed in the register's currency and display locale; a refusal is
/// worded in `language`.
pub fn parse_amount(
    typed: &str,
    currency: Currency,
    locale: Locale,
    language: Language,
) -> Result<Money> {
    Money::parse_major(typed, currency, locale).map_err(|e| e.refusal(language))
}

/// Sells `cart` for cash as sale `sale_id`: checks the tender, then writes the sale paid with
/// its tender and drawer movement in one transaction. The same sale id again returns the
/// recorded sale (a repeated Complete, or one after a crash) without a second movement.
pub async fn sell(
    checkout: &Checkout,
    sale_id: &str,
    cart: &Cart,
    tendered: Money,
    customer_email: Option<&str>,
) -> Result<CashSaleView> {
    let total = cart
        .validate_for_cash()
        .map_err(|e| e.refusal(checkout.settings().language))?;
    let staff_id = checkout.acting(Action::CashSale)?;
    let email = customer_email
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|email| crate::email::validate_email(email, checkout.settings().language))
        .transpose()?;
    let locale = checkout.settings().locale;
    let rounding = cash_rounding(checkout, total.currency).await?;
    let payment = pay_cash(total, tendered, rounding, checkout.settings().language)?;
    let lock = checkout.sale_lock(sale_id)?;
    let _turn = lock.lock().await;

    let id = sale_id.to_string();
    let existing = checkout.store().call(move |l| l.sale(&id)).await?;
    if let Some(existing) = existing {
        if existing.tender != TenderKind::Cash {
            return Err(Error::new(
                ErrorCode::Conflict,
                text_with(
                    checkout.settings().language,
                    "drawer-error-sale-is-card",
                    &[("sale", Arg::Text(sale_id))],
                ),
            )
            .with_reason("sale_is_card"));
        }
        tracing::info!(sale_id, "cash sale repeated: the recorded one stands");
        return recorded(checkout, &existing.id, locale).await;
    }
    let created_at = now_ms();
    let lines = crate::checkout::cart_lines(cart);
    let sale = NewSale {
        pricing: crate::checkout::cart_pricing(cart),
        staff_id: staff_id.clone(),
        id: sale_id.to_string(),
        mode: checkout.settings().mode,
        register_id: checkout.settings().register_id.clone(),
        state: SaleState::Paid,
        currency: total.currency,
        amount_total: total.amount_minor,
        customer_email: email,
        lines,
        membership: None,
        idempotency_key: String::new(),
        created_at,
    };
    let plain = |m: Money| format!("{} {}", m.to_major_string(), m.currency);
    let mut phrase = crate::sale::Phrase::of(
        "timeline-paid-cash",
        &[
            ("tendered", plain(payment.tendered)),
            ("change", plain(payment.change)),
        ],
    );
    if payment.rounding.amount_minor != 0 {
        phrase.push(
            "timeline-cash-rounding",
            &[("rounding", plain(payment.rounding))],
        );
    }
    let entry = TimelineEntry {
        at: created_at,
        source: Source::Staff.as_str().into(),
        kind: "paid_cash".into(),
        to_state: Some(SaleState::Paid.as_str().into()),
        staff_id,
        ..TimelineEntry::default()
    }
    .with_words(&crate::checkout::adjustments_phrase(phrase, cart, locale));
    let cash = NewCashTender {
        amount: payment.applied.amount_minor,
        tendered: payment.tendered.amount_minor,
        change: payment.change.amount_minor,
        rounding: payment.rounding.amount_minor,
    };
    checkout
        .store()
        .call(move |l| l.insert_cash_sale(&sale, &cash, &entry))
        .await?;
    crate::checkout::fail_point("after_cash_sale_written")?;
    tracing::info!(
        sale_id,
        amount = total.amount_minor,
        currency = %total.currency,
        "cash sale recorded"
    );
    recorded(checkout, sale_id, locale).await
}

/// A recorded cash sale with its tender.
pub async fn recorded(checkout: &Checkout, sale_id: &str, locale: Locale) -> Result<CashSaleView> {
    let id = sale_id.to_string();
    let (sale, tenders) = checkout
        .store()
        .call(move |l| Ok((l.require_sale(&id)?, l.sale_tenders(&id)?)))
        .await?;
    let cash = tenders
        .iter()
        .find(|t| t.kind == "cash")
        .ok_or_else(|| Error::internal(format!("Sale {sale_id} has no cash tender recorded.")))?;
    let currency = sale.currency;
    Ok(CashSaleView {
        tendered: amount(cash.tendered.unwrap_or(cash.amount), currency, locale),
        change: amount(cash.change.unwrap_or(0), currency, locale),
        paid: amount(cash.amount, currency, locale),
        rounding: (cash.rounding != 0).then(|| amount(cash.rounding, currency, locale)),
        sale: checkout.view(&sale),
    })
}

async fn open_shift(context: &Context) -> Result<Option<ShiftRecord>> {
    let mode = context.settings().mode;
    let register = context.settings().register_id.clone();
    context
        .store()
        .call(move |l| l.open_shift(mode, &register))
        .await
}

/// A count as staff send it: pieces by denomination (minor units) and/or one typed total.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CountInput {
    /// (denomination in minor units, how many).
    #[serde(default)]
    pub pieces: Vec<(i64, i64)>,
    /// An amount typed in the display locale (added to the pieces); empty: none.
    #[serde(default)]
    pub total: String,
}

impl CountInput {
    fn is_empty(&self) -> bool {
        self.pieces.iter().all(|(_, count)| *count == 0) && self.total.trim().is_empty()
    }

    fn count(&self, currency: Currency, locale: Locale, language: Language) -> Result<DrawerCount> {
        let loose = match self.total.trim() {
            "" => 0,
            typed => parse_amount(typed, currency, locale, language)?.amount_minor,
        };
        let pieces: Vec<(i64, i64)> = self
            .pieces
            .iter()
            .copied()
            .filter(|(_, count)| *count != 0)
            .collect();
        let count = DrawerCount { pieces, loose };
        count.total(currency, language)?;
        Ok(count)
    }
}

/// The drawer as the register shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawerStatus {
    pub open: bool,
    pub shift_id: Option<i64>,
    pub opened_at: Option<i64>,
    pub currency: String,
    pub float: Option<Amount>,
    /// What the drawer should hold now.
    pub expected: Option<Amount>,
    /// The coins and notes to count with (empty: count one total).
    pub denominations: Vec<Amount>,
    /// The cash rounding step in force, if any.
    pub rounding_step: Option<Amount>,
    /// The step usual for the currency where its smallest coins are gone (a hint), if any.
    pub rounding_usual: Option<Amount>,
}

/// The drawer's state for `currency` (the register's).
pub async fn status(context: &Context, currency: Currency) -> Result<DrawerStatus> {
    let locale = context.settings().locale;
    let shift = open_shift(context).await?;
    let expected = match &shift {
        Some(shift) => {
            let id = shift.id;
            let totals = context
                .store()
                .call(move |l| l.shift_move_totals(id))
                .await?;
            Some(expected_of(&totals)?)
        }
        None => None,
    };
    let rounding = cash_rounding(context, currency).await?;
    Ok(DrawerStatus {
        open: shift.is_some(),
        shift_id: shift.as_ref().map(|s| s.id),
        opened_at: shift.as_ref().map(|s| s.opened_at),
        currency: currency.code_upper(),
        float: shift
            .as_ref()
            .map(|s| amount(s.float_amount, currency, locale)),
        expected: expected.map(|e| amount(e, currency, locale)),
        denominations: denominations(currency)
            .iter()
            .map(|d| amount(*d, currency, locale))
            .collect(),
        rounding_step: match rounding {
            CashRounding::Step(step) => Some(amount(step, currency, locale)),
            CashRounding::None => None,
        },
        rounding_usual: match CashRounding::usual(currency) {
            CashRounding::Step(step) => Some(amount(step, currency, locale)),
            CashRounding::None => None,
        },
    })
}

fn expected_of(totals: &[(DrawerMove, i64, i64)]) -> Result<i64> {
    let moves: Vec<(DrawerMove, i64)> = totals.iter().map(|(k, _, a)| (*k, *a)).collect();
    tender::expected_cash(&moves)
        .ok_or_else(|| Error::internal("The drawer's movements overflow when added up."))
}

/// Opens the drawer with its float (a count, or one typed amount; zero is a valid float).
pub async fn open(
    context: &Context,
    currency: Currency,
    float: &CountInput,
) -> Result<DrawerStatus> {
    let locale = context.settings().locale;
    let language = context.settings().language;
    let count = float.count(currency, locale, language)?;
    let float_amount = count.total(currency, language)?.amount_minor;
    let detail = (!count.pieces.is_empty())
        .then(|| serde_json::to_string(&count))
        .transpose()
        .map_err(|e| Error::internal(format!("The float's count could not be written: {e}")))?;
    // Opening the drawer needs no particular role; it records who opened it.
    let opened_by = context.signed_in()?.and_then(|who| who.staff_id);
    let mode = context.settings().mode;
    let register = context.settings().register_id.clone();
    context
        .store()
        .call(move |l| {
            l.open_shift_with_float(
                mode,
                &register,
                NewShift {
                    currency,
                    float_amount,
                    float_count: detail.as_deref(),
                    at: now_ms(),
                    opened_by: opened_by.as_deref(),
                },
            )
        })
        .await?;
    tracing::info!(float = float_amount, "drawer opened");
    status(context, currency).await
}

/// Paid in, paid out (the owner's: the shell checks the PIN first) or no sale.
pub async fn movement(
    context: &Context,
    currency: Currency,
    kind: DrawerMove,
    amount_text: &str,
    reason: &str,
) -> Result<DrawerStatus> {
    let (locale, language) = (context.settings().locale, context.settings().language);
    let reason = reason.trim().to_string();
    let staff_id = match kind {
        DrawerMove::PaidIn => context.acting(Action::PaidIn)?,
        DrawerMove::PaidOut => context.acting(Action::PaidOut)?,
        DrawerMove::NoSale => context.acting(Action::NoSale)?,
        // Refused below: written by their own use cases.
        DrawerMove::Float | DrawerMove::Sale | DrawerMove::Refund => None,
    };
    let minor = match kind {
        DrawerMove::PaidIn | DrawerMove::PaidOut => {
            let money = parse_amount(amount_text, currency, locale, language)?;
            if money.amount_minor == 0 {
                return Err(
                    Error::invalid_input(text(language, "drawer-error-move-zero"))
                        .with_reason("move_zero"),
                );
            }
            if reason.is_empty() || reason.chars().count() > 200 {
                return Err(
                    Error::invalid_input(text(language, "drawer-error-move-reason"))
                        .with_reason("move_reason"),
                );
            }
            money.amount_minor
        }
        DrawerMove::NoSale => 0,
        DrawerMove::Float | DrawerMove::Sale | DrawerMove::Refund => {
            return Err(Error::internal(format!(
                "A {} movement is written by its own use case.",
                kind.as_str()
            )))
        }
    };
    if kind == DrawerMove::PaidOut {
        let shift = open_shift(context).await?;
        if let Some(shift) = shift {
            let id = shift.id;
            let totals = context
                .store()
                .call(move |l| l.shift_move_totals(id))
                .await?;
            let expected = expected_of(&totals)?;
            if minor > expected {
                return Err(Error::invalid_input(text_with(
                    language,
                    "drawer-error-over-drawer",
                    &[
                        (
                            "expected",
                            Arg::Text(&Money::new(expected, currency).format(locale)),
                        ),
                        (
                            "amount",
                            Arg::Text(&Money::new(minor, currency).format(locale)),
                        ),
                    ],
                ))
                .with_reason("move_over_drawer"));
            }
        }
    }
    let mode = context.settings().mode;
    let register = context.settings().register_id.clone();
    context
        .store()
        .call(move |l| {
            l.record_drawer_move(
                mode,
                &register,
                NewMove {
                    kind,
                    amount: minor,
                    sale_id: None,
                    reason: &reason,
                    staff_id: staff_id.as_deref(),
                },
                now_ms(),
            )
        })
        .await?;
    tracing::info!(
        kind = kind.as_str(),
        amount = minor,
        "drawer movement recorded"
    );
    status(context, currency).await
}

/// An X or Z report's figures, in minor units of `currency` (what a Z report stores).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawerFigures {
    pub register_id: String,
    pub mode: String,
    pub currency: Currency,
    pub shift_id: i64,
    pub opened_at: i64,
    /// When the snapshot was taken (X) or the shift closed (Z).
    pub at: i64,
    pub float: i64,
    pub cash_sales: (i64, i64),
    pub cash_refunds: (i64, i64),
    pub paid_in: (i64, i64),
    pub paid_out: (i64, i64),
    pub no_sales: i64,
    pub rounding: i64,
    pub expected: i64,
    /// The close's count (Z only).
    pub counted: Option<i64>,
    pub counted_pieces: Vec<(i64, i64)>,
    pub variance: Option<i64>,
    /// Paid sales of the shift per tender: (tender, count, total).
    pub sales_by_tender: Vec<(TenderKind, i64, i64)>,
    /// The card part of card and split sales.
    pub card_amount: i64,
    pub card_refunds: (i64, i64),
}

/// An X or Z report as shown: its figures and each one formatted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawerReport {
    /// `x` or `z`.
    pub kind: &'static str,
    /// The Z report's number (per till).
    pub number: Option<i64>,
    pub figures: DrawerFigures,
    /// (what, count, amount), in report order; the window names each by its key.
    pub rows: Vec<ReportRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportRow {
    /// `float`, `cash_sales`, `cash_refunds`, `paid_in`, `paid_out`, `no_sales`, `rounding`,
    /// `expected`, `counted`, `variance`, `card_sales`, `card_refunds`, `sales_cash`,
    /// `sales_card`, `sales_split`.
    pub key: String,
    pub count: Option<i64>,
    pub amount: Option<Amount>,
}

async fn figures(context: &Context, shift: &ShiftRecord, at: i64) -> Result<DrawerFigures> {
    let id = shift.id;
    let (mode, register, from) = (shift.mode, shift.register_id.clone(), shift.opened_at);
    let (totals, sales) = context
        .store()
        .call(move |l| {
            Ok((
                l.shift_move_totals(id)?,
                l.shift_sales(mode, &register, from, at + 1)?,
            ))
        })
        .await?;
    let of = |kind: DrawerMove| {
        totals
            .iter()
            .find(|(k, _, _)| *k == kind)
            .map_or((0, 0), |(_, count, amount)| (*count, *amount))
    };
    Ok(DrawerFigures {
        register_id: shift.register_id.clone(),
        mode: shift.mode.as_str().to_string(),
        currency: shift.currency,
        shift_id: shift.id,
        opened_at: shift.opened_at,
        at,
        float: shift.float_amount,
        cash_sales: of(DrawerMove::Sale),
        cash_refunds: of(DrawerMove::Refund),
        paid_in: of(DrawerMove::PaidIn),
        paid_out: of(DrawerMove::PaidOut),
        no_sales: of(DrawerMove::NoSale).0,
        rounding: sales.rounding,
        expected: expected_of(&totals)?,
        counted: None,
        counted_pieces: Vec::new(),
        variance: None,
        sales_by_tender: sales.paid,
        card_amount: sales.card_amount,
        card_refunds: sales.card_refunds,
    })
}

fn report(
    kind: &'static str,
    number: Option<i64>,
    figures: DrawerFigures,
    locale: Locale,
) -> DrawerReport {
    let currency = figures.currency;
    let row = |key: &str, count: Option<i64>, minor: Option<i64>| ReportRow {
        key: key.to_string(),
        count,
        amount: minor.map(|m| amount(m, currency, locale)),
    };
    let mut rows = vec![
        row("float", None, Some(figures.float)),
        row(
            "cash_sales",
            Some(figures.cash_sales.0),
            Some(figures.cash_sales.1),
        ),
        row(
            "cash_refunds",
            Some(figures.cash_refunds.0),
            Some(figures.cash_refunds.1),
        ),
        row("paid_in", Some(figures.paid_in.0), Some(figures.paid_in.1)),
        row(
            "paid_out",
            Some(figures.paid_out.0),
            Some(figures.paid_out.1),
        ),
        row("no_sales", Some(figures.no_sales), None),
        row("rounding", None, Some(figures.rounding)),
        row("expected", None, Some(figures.expected)),
    ];
    if let Some(counted) = figures.counted {
        rows.push(row("counted", None, Some(counted)));
    }
    if let Some(variance) = figures.variance {
        rows.push(row("variance", None, Some(variance)));
    }
    for (tender, count, total) in &figures.sales_by_tender {
        rows.push(row(
            &format!("sales_{}", tender.as_str()),
            Some(*count),
            Some(*total),
        ));
    }
    rows.push(row("card_sales", None, Some(figures.card_amount)));
    rows.push(row(
        "card_refunds",
        Some(figures.card_refunds.0),
        Some(figures.card_refunds.1),
    ));
    DrawerReport {
        kind,
        number,
        figures,
        rows,
    }
}

fn no_open_drawer(context: &Context) -> Error {
    Error::new(
        ErrorCode::Conflict,
        text_with(
            context.settings().language,
            "drawer-error-closed",
            &[("till", Arg::Text(&context.settings().register_id))],
        ),
    )
    .with_reason("drawer_closed")
}

/// The X report: the open shift so far. Changes nothing.
pub async fn x_report(context: &Context) -> Result<DrawerReport> {
    let shift = open_shift(context)
        .await?
        .ok_or_else(|| no_open_drawer(context))?;
    let figures = figures(context, &shift, now_ms()).await?;
    Ok(report("x", None, figures, context.settings().locale))
}

/// Closes the drawer with the counted cash: expected against counted, and the numbered Z
/// report written with the close in one transaction. Refused without a count.
pub async fn close(context: &Context, counted: &CountInput) -> Result<DrawerReport> {
    let staff_id = context.acting(Action::CloseDrawer)?;
    let shift = open_shift(context)
        .await?
        .ok_or_else(|| no_open_drawer(context))?;
    let locale = context.settings().locale;
    if counted.is_empty() {
        return Err(Error::invalid_input(text(
            context.settings().language,
            "drawer-error-count-missing",
        ))
        .with_reason("count_missing"));
    }
    let language = context.settings().language;
    let count = counted.count(shift.currency, locale, language)?;
    let counted_total = count.total(shift.currency, language)?.amount_minor;
    let at = now_ms();
    let mut figures = figures(context, &shift, at).await?;
    figures.counted = Some(counted_total);
    figures.counted_pieces = count.pieces.clone();
    figures.variance = Some(counted_total - figures.expected);
    let json = serde_json::to_string(&figures)
        .map_err(|e| Error::internal(format!("The Z report could not be written: {e}")))?;
    let id = shift.id;
    let record = context
        .store()
        .call(move |l| l.close_shift(id, at, staff_id.as_deref(), |_| Ok(json)))
        .await?;
    tracing::info!(number = record.number, variance = ?figures.variance, "drawer closed, Z report written");
    Ok(report("z", Some(record.number), figures, locale))
}

fn z_view(record: &ZReportRecord, locale: Locale) -> Result<DrawerReport> {
    let figures: DrawerFigures = serde_json::from_str(&record.report).map_err(|e| {
        Error::storage(format!(
            "Z report {} could not be read ({e}); the ledger may be damaged.",
            record.number
        ))
    })?;
    Ok(report("z", Some(record.number), figures, locale))
}

/// This till's Z reports, newest first.
pub async fn z_list(context: &Context, limit: usize) -> Result<Vec<DrawerReport>> {
    let mode = context.settings().mode;
    let register = context.settings().register_id.clone();
    let records = context
        .store()
        .call(move |l| l.z_reports(mode, &register, limit))
        .await?;
    let locale = context.settings().locale;
    records.iter().map(|r| z_view(r, locale)).collect()
}

/// One Z report of this till by its number.
pub async fn z_show(context: &Context, number: i64) -> Result<DrawerReport> {
    let mode = context.settings().mode;
    let register = context.settings().register_id.clone();
    let record = context
        .store()
        .call(move |l| l.z_report(mode, &register, number))
        .await?
        .ok_or_else(|| {
            Error::new(
                ErrorCode::NotFound,
                text_with(
                    context.settings().language,
                    "drawer-error-no-z-report",
                    &[("number", Arg::Text(&number.to_string()))],
                ),
            )
        })?;
    z_view(&record, context.settings().locale)
}
