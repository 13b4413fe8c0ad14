//! The owner's history: filtered pages of sales, totals per currency, a sale's whole story,
//! reports per day / week / month with a chart, the end-of-day summary, and the CSV export.
//! Every amount is formatted by `money`; every query is in `store::owner`.

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::calendar::{self, Date};
use crate::chart::{self, Bar};
use crate::checkout::{Checkout, SaleView};
use crate::error::{Error, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::mode::Mode;
use crate::money::{Currency, Locale, Money};
use crate::sale::{SaleState, SaleStatus};
use crate::store::{
    HistoryQuery, HistoryRecord, Ledger, PageCursor, RefundRecord, RefundRequestRecord, SaleRecord,
    TotalsRecord,
};

/// The most rows one page may ask for.
pub const MAX_PAGE: usize = 200;
/// A report covers at most this many days (about three years).
pub const MAX_REPORT_DAYS: i64 = 1_100;

/// The filters as the UI or `tillctl` send them: every field optional text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HistoryFilter {
    /// `training`, `test` or `live`; default: the mode Till runs in.
    pub mode: Option<String>,
    /// First local day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last local day (inclusive).
    pub to: Option<String>,
    /// A sale state: `paid`, `expired`, ...
    pub status: Option<String>,
    pub currency: Option<String>,
    pub register: Option<String>,
    /// Product names, customer email, sale / session / PaymentIntent ids.
    pub text: Option<String>,
    /// A cashier: only the sales this staff member rang up (their id).
    pub staff: Option<String>,
}

fn nonempty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl HistoryFilter {
    /// Checks every field; a bad one is refused with its own reason code, worded in `language`.
    pub fn to_query(&self, default_mode: Mode, language: Language) -> Result<HistoryQuery> {
        let mode = match nonempty(&self.mode) {
            Some(mode) => {
                Mode::parse_in(mode, language).map_err(|e| e.with_reason("invalid_mode"))?
            }
            None => default_mode,
        };
        let date = |text| Date::parse_in(text, language);
        let from = nonempty(&self.from).map(date).transpose()?;
        let to = nonempty(&self.to).map(date).transpose()?;
        if let (Some(from), Some(to)) = (from, to) {
            if from > to {
                return Err(Error::invalid_input(text_with(
                    language,
                    "history-error-date-range",
                    &[
                        ("to", Arg::Text(&to.to_string())),
                        ("from", Arg::Text(&from.to_string())),
                    ],
                ))
                .with_reason("invalid_date_range"));
            }
        }
        let state = nonempty(&self.status)
            .map(|s| {
                SaleState::parse(s).map_err(|_| {
                    Error::invalid_input(text_with(
                        language,
                        "history-error-status",
                        &[
                            ("status", Arg::Text(&format!("{s:?}"))),
                            (
                                "states",
                                Arg::Text(&SaleState::ALL.map(SaleState::as_str).join(", ")),
                            ),
                        ],
                    ))
                    .with_reason("invalid_status")
                })
            })
            .transpose()?;
        let currency = nonempty(&self.currency)
            .map(|c| Currency::parse(c).map_err(|e| Error::from(e).with_reason("invalid_currency")))
            .transpose()?;
        let register_id = nonempty(&self.register).map(str::to_string);
        if register_id.as_ref().is_some_and(|r| r.len() > 200) {
            return Err(
                Error::invalid_input(text(language, "history-error-register"))
                    .with_reason("invalid_register"),
            );
        }
        let staff_id = nonempty(&self.staff).map(str::to_string);
        if staff_id.as_ref().is_some_and(|s| s.len() > 200) {
            return Err(Error::invalid_input(text(language, "history-error-staff"))
                .with_reason("invalid_staff"));
        }
        let text = nonempty(&self.text).map(str::to_string);
        if let Some(text) = &text {
            if text.chars().count() > 200 {
                return Err(Error::invalid_input(crate::i18n::text(
                    language,
                    "history-error-search-long",
                ))
                .with_reason("invalid_search"));
            }
            if crate::store::fts_query(text).is_none() {
                return Err(Error::invalid_input(crate::i18n::text(
                    language,
                    "history-error-search-empty",
                ))
                .with_reason("invalid_search"));
            }
        }
        Ok(HistoryQuery {
            mode: mode.as_str().to_string(),
            from,
            to,
            state: state.map(|s| s.as_str().to_string()),
            currency: currency.map(|c| c.code().to_string()),
            register_id,
            text,
            staff_id,
        })
    }
}

/// One row of the history list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryRowView {
    pub id: String,
    pub created_at: i64,
    pub state: String,
    pub status_text: String,
    pub register_id: String,
    pub currency: String,
    pub amount_total: i64,
    pub amount_display: String,
    pub amount_refunded: i64,
    pub refunded_display: Option<String>,
    pub items: String,
    pub customer_email: Option<String>,
    /// How it was paid: `card`, `cash` or `split`.
    pub tender: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryPageView {
    pub rows: Vec<HistoryRowView>,
    /// Pass back to get the next page; `None` on the last page.
    pub next_cursor: Option<String>,
}

/// Totals of one currency, each amount also formatted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TotalsView {
    pub currency: String,
    /// Every matching sale, whatever its state.
    pub sales: i64,
    /// Paid sales: what gross, refunded, net and average count.
    pub paid: i64,
    pub gross: i64,
    pub refunded: i64,
    pub net: i64,
    /// Gross per paid sale, rounded half up to a minor unit.
    pub average: i64,
    /// What cash took of gross (cash sales and the cash parts of splits) and what cards took.
    pub cash: i64,
    pub card: i64,
    pub gross_display: String,
    pub refunded_display: String,
    pub net_display: String,
    pub average_display: String,
    pub cash_display: String,
    pub card_display: String,
}

/// Gross / paid, rounded half up (0 when nothing was paid).
pub fn average_minor(gross: i64, paid: i64) -> i64 {
    if paid <= 0 {
        return 0;
    }
    let (quotient, remainder) = (gross.div_euclid(paid), gross.rem_euclid(paid));
    quotient + i64::from(remainder * 2 >= paid)
}

fn format_minor(amount: i64, currency: &str, locale: Locale) -> String {
    Currency::parse(currency)
        .map(|c| Money::new(amount, c).format(locale))
        .unwrap_or_else(|_| format!("{amount} {currency}"))
}

pub fn totals_view(currency: &str, totals: &TotalsRecord, locale: Locale) -> TotalsView {
    let net = totals.gross - totals.refunded;
    let average = average_minor(totals.gross, totals.paid);
    TotalsView {
        currency: currency.to_string(),
        sales: totals.sales,
        paid: totals.paid,
        gross: totals.gross,
        refunded: totals.refunded,
        net,
        average,
        cash: totals.cash,
        card: totals.gross - totals.cash,
        gross_display: format_minor(totals.gross, currency, locale),
        refunded_display: format_minor(totals.refunded, currency, locale),
        net_display: format_minor(net, currency, locale),
        average_display: format_minor(average, currency, locale),
        cash_display: format_minor(totals.cash, currency, locale),
        card_display: format_minor(totals.gross - totals.cash, currency, locale),
    }
}

fn status_text(record: &SaleRecord) -> String {
    SaleStatus::of(record.state, record.status_detail.as_deref())
        .staff_text()
        .to_string()
}

pub fn row_view(record: &HistoryRecord, locale: Locale) -> HistoryRowView {
    let sale = &record.sale;
    HistoryRowView {
        id: sale.id.clone(),
        created_at: sale.created_at,
        state: sale.state.as_str().to_string(),
        status_text: status_text(sale),
        register_id: sale.register_id.clone(),
        currency: sale.currency.code().to_string(),
        amount_total: sale.amount_total,
        amount_display: Money::new(sale.amount_total, sale.currency).format(locale),
        amount_refunded: sale.amount_refunded,
        refunded_display: (sale.amount_refunded > 0)
            .then(|| Money::new(sale.amount_refunded, sale.currency).format(locale)),
        items: record.items.clone(),
        customer_email: sale.customer_email.clone(),
        tender: sale.tender.as_str().to_string(),
    }
}

fn encode_cursor(sale: &SaleRecord) -> String {
    format!("{}:{}", sale.created_at, sale.id)
}

fn decode_cursor(typed: &str, language: Language) -> Result<PageCursor> {
    let bad = || {
        Error::invalid_input(text(language, "history-error-cursor")).with_reason("invalid_cursor")
    };
    let (at, id) = typed.split_once(':').ok_or_else(bad)?;
    let created_at = at.parse::<i64>().map_err(|_| bad())?;
    if id.is_empty() || id.len() > 64 {
        return Err(bad());
    }
    Ok(PageCursor {
        created_at,
        id: id.to_string(),
    })
}

/// One page of history and the cursor of the next.
pub async fn page(
    checkout: &Checkout,
    filter: &HistoryFilter,
    cursor: Option<&str>,
    limit: usize,
) -> Result<HistoryPageView> {
    let query = filter.to_query(checkout.settings().mode, checkout.settings().language)?;
    let cursor = cursor
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| decode_cursor(c, checkout.settings().language))
        .transpose()?;
    let limit = limit.clamp(1, MAX_PAGE);
    let locale = checkout.settings().locale;
    // One more than asked: whether a next page exists without a count.
    let mut records = checkout
        .store()
        .call(move |l| l.history_page(&query, cursor.as_ref(), limit + 1))
        .await?;
    let more = records.len() > limit;
    records.truncate(limit);
    Ok(HistoryPageView {
        next_cursor: if more {
            records.last().map(|r| encode_cursor(&r.sale))
        } else {
            None
        },
        rows: records.iter().map(|r| row_view(r, locale)).collect(),
    })
}

/// Totals per currency of everything the filter matches.
pub async fn totals(checkout: &Checkout, filter: &HistoryFilter) -> Result<Vec<TotalsView>> {
    let query = filter.to_query(checkout.settings().mode, checkout.settings().language)?;
    let locale = checkout.settings().locale;
    let rows = checkout
        .store()
        .call(move |l| l.history_totals(&query))
        .await?;
    Ok(rows
        .iter()
        .map(|(currency, totals)| totals_view(currency, totals, locale))
        .collect())
}

/// What the filter bar offers: the registers and currencies that have sales in a mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FilterOptions {
    pub mode: String,
    pub modes: Vec<String>,
    pub registers: Vec<String>,
    pub currencies: Vec<String>,
    pub statuses: Vec<String>,
    /// Who may have rung sales up, by name (archived staff too: their sales keep their
    /// name); empty: no staff, and the window shows no cashier filter.
    pub cashiers: Vec<CashierOption>,
    /// Today in the computer's time zone.
    pub today: Date,
}

/// A cashier the owner can filter by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CashierOption {
    pub id: String,
    pub name: String,
    pub archived: bool,
}

pub async fn filter_options(checkout: &Checkout, mode: Option<&str>) -> Result<FilterOptions> {
    let mode = match mode.map(str::trim).filter(|m| !m.is_empty()) {
        Some(m) => Mode::parse_in(m, checkout.settings().language)?,
        None => checkout.settings().mode,
    };
    let name = mode.as_str();
    let (registers, currencies, today, staff) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.history_registers(name)?,
                l.history_currencies(name)?,
                l.local_date(crate::store::now_ms())?,
                l.staff_list(true)?,
            ))
        })
        .await?;
    let cashiers = staff
        .into_iter()
        .map(|s| CashierOption {
            id: s.id,
            name: s.name,
            archived: s.archived_at.is_some(),
        })
        .collect();
    Ok(FilterOptions {
        mode: name.to_string(),
        modes: Mode::ALL.iter().map(|m| m.as_str().to_string()).collect(),
        registers,
        currencies,
        statuses: SaleState::ALL
            .iter()
            .map(|s| s.as_str().to_string())
            .collect(),
        cashiers,
        today,
    })
}

// ---------- a sale's whole story ----------

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LineView {
    pub position: i64,
    pub name: String,
    pub product_id: String,
    pub price_id: String,
    pub quantity: i64,
    pub unit_display: String,
    pub subtotal_display: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineView {
    pub at: i64,
    pub source: String,
    pub kind: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub detail: String,
    pub session_id: Option<String>,
    pub payment_intent_id: Option<String>,
    pub event_id: Option<String>,
}

/// A refund: as Stripe reports it, or a request whose answer Till does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundView {
    /// `re_…` once Stripe created it, else Till's request id.
    pub id: String,
    pub amount: i64,
    pub amount_display: String,
    /// `pending`, `succeeded`, `failed`, `canceled`, `requires_action` (Stripe's), or
    /// `sending` (no answer yet: the amount is held) / `refused` (Stripe said no).
    pub status: String,
    pub status_text: String,
    pub reason: Option<String>,
    pub error: Option<String>,
    /// When Till asked (requests), or the time of Stripe's latest report (seconds → ms).
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SaleDetailView {
    pub sale: SaleView,
    /// How it was paid: `card`, `cash` or `split`.
    pub tender: String,
    /// Its cash parts (none for a card sale: the card paid the total).
    pub tenders: Vec<TenderView>,
    pub lines: Vec<LineView>,
    pub timeline: Vec<TimelineView>,
    pub refunds: Vec<RefundView>,
    pub amount_refunded: i64,
    pub refunded_display: String,
    /// What may still be refunded (0 unless paid).
    pub refundable: i64,
    pub refundable_display: String,
    /// The refundable amount as typed in a form (`12.50`), for the refund dialog.
    pub refundable_major: String,
    /// Who rang it up (`None`: nobody signed in, or a sale from before staff).
    pub cashier: Option<CashierView>,
    /// Its subtotal and tax rows (`None`: no tax).
    pub amounts: Option<crate::amounts::AmountsView>,
}

/// The staff member who rang a sale up (archived ones too: the sale keeps their name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CashierView {
    pub id: String,
    pub name: String,
}

/// A cash part of a sale, each amount formatted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TenderView {
    /// `cash` or `card`.
    pub kind: String,
    pub amount_display: String,
    pub tendered_display: Option<String>,
    pub change_display: Option<String>,
    /// The cash rounding, when it changed anything.
    pub rounding_display: Option<String>,
}

pub fn refund_status_text(status: &str) -> &'static str {
    match status {
        "pending" => "Pending at the bank",
        "succeeded" => "Refunded",
        "failed" => "Failed: the money was not returned",
        "canceled" => "Cancelled",
        "requires_action" => "Needs action in the Stripe Dashboard",
        "sending" => "Sent to Stripe, no answer yet",
        "refused" => "Refused by Stripe",
        _ => "Unknown",
    }
}

/// The remaining refundable amount of a sale: its total less what Stripe counts as refunded
/// (pending and succeeded) less requests still waiting for Stripe's answer. 0 unless paid.
pub fn refundable(sale: &SaleRecord, requests: &[RefundRequestRecord]) -> i64 {
    if sale.state != SaleState::Paid {
        return 0;
    }
    let held: i64 = requests
        .iter()
        .filter(|r| r.state == "sending")
        .map(|r| r.amount)
        .sum();
    (sale.amount_total - sale.amount_refunded - held).max(0)
}

pub fn refund_views(
    refunds: &[RefundRecord],
    requests: &[RefundRequestRecord],
    currency: &str,
    locale: Locale,
) -> Vec<RefundView> {
    let mut views: Vec<RefundView> = Vec::new();
    for request in requests {
        // A request Stripe answered is shown as the refund Stripe reports.
        let reported = request
            .refund_id
            .as_deref()
            .and_then(|id| refunds.iter().find(|r| r.id == id));
        let (id, status, at) = match reported {
            Some(refund) => (refund.id.clone(), refund.status.clone(), request.created_at),
            None => (
                request
                    .refund_id
                    .clone()
                    .unwrap_or_else(|| request.id.clone()),
                if request.state == "sent" {
                    "pending".to_string()
                } else {
                    request.state.clone()
                },
                request.created_at,
            ),
        };
        views.push(RefundView {
            status_text: refund_status_text(&status).to_string(),
            id,
            amount: request.amount,
            amount_display: format_minor(request.amount, currency, locale),
            status,
            reason: request.reason.clone(),
            error: request.error.clone(),
            at,
        });
    }
    // Refunds made elsewhere (the Stripe Dashboard, another till) that events reported.
    for refund in refunds {
        if requests
            .iter()
            .any(|r| r.refund_id.as_deref() == Some(refund.id.as_str()))
        {
            continue;
        }
        views.push(RefundView {
            id: refund.id.clone(),
            amount: refund.amount,
            amount_display: format_minor(refund.amount, currency, locale),
            status_text: refund_status_text(&refund.status).to_string(),
            status: refund.status.clone(),
            reason: None,
            error: None,
            at: refund.as_of.saturating_mul(1000),
        });
    }
    views
}

pub async fn detail(checkout: &Checkout, sale_id: &str) -> Result<SaleDetailView> {
    let id = sale_id.trim().to_string();
    let ((record, lines, timeline, refunds, requests), (tenders, pricing), cashier) = checkout
        .store()
        .call(move |l| {
            let record = l.require_sale(&id)?;
            let cashier = match l.sale_staff_id(&id)? {
                Some(staff_id) => l.staff(&staff_id)?.map(|s| CashierView {
                    id: s.id,
                    name: s.name,
                }),
                None => None,
            };
            Ok((
                (
                    record,
                    l.sale_lines(&id)?,
                    l.timeline(&id)?,
                    l.refunds_of_sale(&id)?,
                    l.refund_requests_of_sale(&id)?,
                ),
                (l.sale_tenders(&id)?, l.sale_pricing(&id)?),
                cashier,
            ))
        })
        .await?;
    let locale = checkout.settings().locale;
    let currency = record.currency.code().to_string();
    let refundable = refundable(&record, &requests);
    let refundable_major = Currency::parse(&currency)
        .map(|c| Money::new(refundable, c).to_major_string())
        .unwrap_or_default();
    let amounts = pricing.and_then(|p| {
        crate::amounts::view(&p, record.currency, locale, checkout.settings().language)
    });
    Ok(SaleDetailView {
        amounts,
        sale: checkout.view(&record),
        tender: record.tender.as_str().to_string(),
        tenders: tenders
            .iter()
            .map(|t| TenderView {
                kind: t.kind.clone(),
                amount_display: format_minor(t.amount, &currency, locale),
                tendered_display: t.tendered.map(|a| format_minor(a, &currency, locale)),
                change_display: t.change.map(|a| format_minor(a, &currency, locale)),
                rounding_display: (t.rounding != 0)
                    .then(|| format_minor(t.rounding, &currency, locale)),
            })
            .collect(),
        lines: lines
            .iter()
            .map(|line| LineView {
                position: line.position,
                name: line.name.clone(),
                product_id: line.product_id.clone(),
                price_id: line.price_id.clone(),
                quantity: line.quantity,
                unit_display: format_minor(line.unit_amount, &currency, locale),
                subtotal_display: format_minor(
                    line.unit_amount.saturating_mul(line.quantity),
                    &currency,
                    locale,
                ),
            })
            .collect(),
        timeline: timeline
            .into_iter()
            .map(|t| TimelineView {
                detail: crate::language::entry_words(
                    &t.detail,
                    t.message.as_deref(),
                    checkout.settings().language,
                ),
                at: t.at,
                source: t.source,
                kind: t.kind,
                from_state: t.from_state,
                to_state: t.to_state,
                session_id: t.session_id,
                payment_intent_id: t.payment_intent_id,
                event_id: t.event_id,
            })
            .collect(),
        refunds: refund_views(&refunds, &requests, &currency, locale),
        amount_refunded: record.amount_refunded,
        refunded_display: format_minor(record.amount_refunded, &currency, locale),
        refundable,
        refundable_display: format_minor(refundable, &currency, locale),
        refundable_major,
        cashier,
    })
}

// ---------- reports ----------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Day,
    Week,
    Month,
}

impl Period {
    /// `day`, `week` or `month` (or `daily`, …); anything else is refused in `language`.
    pub fn parse(typed: &str, language: Language) -> Result<Period> {
        match typed.trim() {
            "day" | "daily" => Ok(Period::Day),
            "week" | "weekly" => Ok(Period::Week),
            "month" | "monthly" => Ok(Period::Month),
            other => Err(Error::invalid_input(text_with(
                language,
                "history-error-period",
                &[("period", Arg::Text(&format!("{other:?}")))],
            ))
            .with_reason("invalid_period")),
        }
    }

    pub fn start_of(self, day: Date) -> Date {
        match self {
            Period::Day => day,
            Period::Week => day.week_start(),
            Period::Month => day.month_start(),
        }
    }

    /// A report row's name for the period starting `start`, in `language` (a week:
    /// `history-report-week-of`, "week of 2025-02-24"; a day or month: its date).
    pub fn label(self, start: Date, language: crate::i18n::Language) -> String {
        match self {
            Period::Day => start.to_string(),
            Period::Week => crate::i18n::text_with(
                language,
                "history-report-week-of",
                &[("start", crate::i18n::Arg::Text(&start.to_string()))],
            ),
            Period::Month => start.month_label(),
        }
    }
}

/// Paid totals of one period in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportRow {
    pub start: Date,
    pub label: String,
    #[serde(flatten)]
    pub totals: TotalsView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportView {
    pub mode: String,
    pub period: Period,
    pub from: Date,
    pub to: Date,
    pub rows: Vec<ReportRow>,
    /// The whole range per currency.
    pub totals: Vec<TotalsView>,
    /// One SVG bar chart per currency (gross per period, refunded shaded), newest currency
    /// by volume first.
    pub charts: Vec<ChartView>,
    /// Per currency over the whole range: what customers paid, discounts, tax per rate, tips
    /// per tender and net sales, as the end-of-day summary shows a day.
    pub pricing: Vec<PricingSummaryView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartView {
    pub currency: String,
    pub svg: String,
    /// The same SVG as a `data:` URL for an `<img>`.
    pub data_url: String,
}

/// Groups daily totals into periods (pure): rows sorted by period, then currency.
pub fn group_days(
    days: &[crate::store::DayTotalRecord],
    period: Period,
) -> Vec<(Date, String, TotalsRecord)> {
    let mut groups: std::collections::BTreeMap<(Date, String), TotalsRecord> =
        std::collections::BTreeMap::new();
    for day in days {
        let entry = groups
            .entry((period.start_of(day.day), day.currency.clone()))
            .or_default();
        entry.sales += day.paid;
        entry.paid += day.paid;
        entry.gross += day.gross;
        entry.refunded += day.refunded;
        entry.cash += day.cash;
    }
    groups
        .into_iter()
        .map(|((start, currency), totals)| (start, currency, totals))
        .collect()
}

/// The report for `[from, to]` (local days) by `period`, for one register or all.
pub async fn report(
    checkout: &Checkout,
    mode: Option<&str>,
    from: Date,
    to: Date,
    period: Period,
    register: Option<&str>,
) -> Result<ReportView> {
    report_of(checkout, mode, from, to, period, register, None).await
}

/// [`report`] of one cashier's sales (a staff id; `None`: everyone's). A cashier's figures
/// come from the rows.
pub async fn report_of(
    checkout: &Checkout,
    mode: Option<&str>,
    from: Date,
    to: Date,
    period: Period,
    register: Option<&str>,
    cashier: Option<&str>,
) -> Result<ReportView> {
    let language = checkout.settings().language;
    let cashier = cashier
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string);
    if cashier.as_ref().is_some_and(|c| c.len() > 200) {
        return Err(Error::invalid_input(text(language, "history-error-staff"))
            .with_reason("invalid_staff"));
    }
    if from > to {
        return Err(Error::invalid_input(text_with(
            language,
            "history-error-report-range",
            &[
                ("to", Arg::Text(&to.to_string())),
                ("from", Arg::Text(&from.to_string())),
            ],
        ))
        .with_reason("invalid_date_range"));
    }
    if to.days() - from.days() >= MAX_REPORT_DAYS {
        return Err(Error::invalid_input(text_with(
            language,
            "history-error-report-days",
            &[("max", Arg::Number(MAX_REPORT_DAYS))],
        ))
        .with_reason("invalid_date_range"));
    }
    let mode = match mode.map(str::trim).filter(|m| !m.is_empty()) {
        Some(m) => Mode::parse_in(m, checkout.settings().language)?,
        None => checkout.settings().mode,
    };
    let name = mode.as_str();
    let register = register
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string);
    let figures = checkout
        .store()
        .call(move |l| l.report_figures(name, from, to, register.as_deref(), cashier.as_deref()))
        .await?;
    Ok(build_report(
        name,
        &figures,
        from,
        to,
        period,
        checkout.settings().locale,
        checkout.settings().language,
    ))
}

/// The report from the ledger's figures (pure; the benchmark uses it directly).
pub fn build_report(
    mode: &str,
    figures: &crate::store::ReportFigures,
    from: Date,
    to: Date,
    period: Period,
    locale: Locale,
    language: crate::i18n::Language,
) -> ReportView {
    let grouped = group_days(&figures.days, period);
    let rows: Vec<ReportRow> = grouped
        .iter()
        .map(|(start, currency, totals)| ReportRow {
            start: *start,
            label: period.label(*start, language),
            totals: totals_view(currency, totals, locale),
        })
        .collect();
    let mut per_currency: std::collections::BTreeMap<String, TotalsRecord> =
        std::collections::BTreeMap::new();
    for (_, currency, totals) in &grouped {
        let entry = per_currency.entry(currency.clone()).or_default();
        entry.sales += totals.sales;
        entry.paid += totals.paid;
        entry.gross += totals.gross;
        entry.refunded += totals.refunded;
        entry.cash += totals.cash;
    }
    let mut by_volume: Vec<(&String, &TotalsRecord)> = per_currency.iter().collect();
    by_volume.sort_by(|a, b| b.1.paid.cmp(&a.1.paid).then(a.0.cmp(b.0)));
    let charts = by_volume
        .iter()
        .map(|(currency, _)| {
            let of_currency: std::collections::HashMap<Date, &TotalsView> = rows
                .iter()
                .filter(|row| &row.totals.currency == *currency)
                .map(|row| (row.start, &row.totals))
                .collect();
            let bars = period_bars(&of_currency, currency, from, to, period, locale, language);
            let max = bars.iter().map(|b| b.gross).max().unwrap_or(0);
            let (upper, from, to) = (currency.to_uppercase(), from.to_string(), to.to_string());
            let title = crate::i18n::text_with(
                language,
                "chart-title",
                &[
                    ("currency", Arg::Text(&upper)),
                    (
                        "period",
                        Arg::Text(match period {
                            Period::Day => "day",
                            Period::Week => "week",
                            Period::Month => "month",
                        }),
                    ),
                    ("from", Arg::Text(&from)),
                    ("to", Arg::Text(&to)),
                ],
            );
            let svg = chart::bar_chart(
                &title,
                &format_minor(max, currency, locale),
                &bars,
                language,
            );
            ChartView {
                currency: (*currency).clone(),
                data_url: chart::data_url(&svg),
                svg,
            }
        })
        .collect();
    ReportView {
        mode: mode.to_string(),
        period,
        from,
        to,
        rows,
        totals: per_currency
            .iter()
            .map(|(currency, totals)| totals_view(currency, totals, locale))
            .collect(),
        charts,
        pricing: pricing_summary(&figures.pricing, &figures.rates, locale, language),
    }
}

/// Every period of the range (empty ones too, so gaps show), for one currency. A period with
/// sales takes its figures and their displays from its report row (`rows`, by start); each
/// bar's tooltip is the translated `chart-bar` sentence.
fn period_bars(
    rows: &std::collections::HashMap<Date, &TotalsView>,
    currency: &str,
    from: Date,
    to: Date,
    period: Period,
    locale: Locale,
    language: crate::i18n::Language,
) -> Vec<Bar> {
    let zero = format_minor(0, currency, locale);
    let mut tooltips = BarTooltips::new(language);
    let mut bars = Vec::new();
    let mut start = period.start_of(from);
    while start <= to {
        let (_, month, day) = start.ymd();
        let label = match period {
            Period::Month => start.month_label(),
            _ => format!("{month:02}-{day:02}"),
        };
        bars.push(match rows.get(&start) {
            Some(totals) => Bar {
                label,
                gross: totals.gross,
                cash: totals.cash,
                refunded: totals.refunded,
                display: tooltips.tooltip(
                    [
                        &totals.gross_display,
                        &totals.card_display,
                        &totals.cash_display,
                        &totals.refunded_display,
                    ],
                    totals.paid,
                ),
            },
            None => Bar {
                label,
                gross: 0,
                cash: 0,
                refunded: 0,
                display: tooltips.tooltip([&zero, &zero, &zero, &zero], 0),
            },
        });
        start = match period {
            Period::Day => start.add_days(1),
            Period::Week => start.add_days(7),
            Period::Month => start.add_days(32).month_start(),
        };
    }
    bars
}

/// The bars' tooltips: `chart-bar` formatted once per number of sales (its plural form
/// depends on it) with stand-ins for the four amounts, which each bar then fills in — the
/// same sentence as formatting every bar, without a Fluent call a bar (a year of days in
/// four currencies is 1,460 bars).
struct BarTooltips {
    language: crate::i18n::Language,
    by_sales: std::collections::HashMap<i64, String>,
}

impl BarTooltips {
    /// Private-use characters: no translation or amount contains them.
    const STAND_INS: [char; 4] = ['\u{E000}', '\u{E001}', '\u{E002}', '\u{E003}'];

    fn new(language: crate::i18n::Language) -> BarTooltips {
        BarTooltips {
            language,
            by_sales: std::collections::HashMap::new(),
        }
    }

    /// The tooltip for `[gross, card, cash, refunded]` (displayed amounts) and `sales`.
    fn tooltip(&mut self, amounts: [&str; 4], sales: i64) -> String {
        let language = self.language;
        let template = self.by_sales.entry(sales).or_insert_with(|| {
            let stand_ins = Self::STAND_INS.map(String::from);
            crate::i18n::text_with(
                language,
                "chart-bar",
                &[
                    ("gross", Arg::Text(&stand_ins[0])),
                    ("card", Arg::Text(&stand_ins[1])),
                    ("cash", Arg::Text(&stand_ins[2])),
                    ("refunded", Arg::Text(&stand_ins[3])),
                    ("sales", Arg::Number(sales)),
                ],
            )
        });
        let mut out = String::with_capacity(template.len() + 48);
        for c in template.chars() {
            match Self::STAND_INS.iter().position(|s| *s == c) {
                Some(i) => out.push_str(amounts[i]),
                None => out.push(c),
            }
        }
        out
    }
}

/// The printable end-of-day summary: the day's totals per currency, its sales and refunds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DaySummaryView {
    pub mode: String,
    pub day: Date,
    pub register_name: Option<String>,
    pub totals: Vec<TotalsView>,
    /// Sales by state: `paid 41, expired 3, ...`.
    pub states: Vec<(String, i64)>,
    /// Paid sales per currency and tender, with what cash and cards took.
    pub tenders: Vec<TenderTotalView>,
    pub sales: Vec<HistoryRowView>,
    /// More sales than listed (the list stops at 500).
    pub truncated: bool,
    /// Per currency: discounts, tax per rate, tips and net sales of the paid sales.
    pub pricing: Vec<PricingSummaryView>,
}

/// Paid sales' discounts, tax, tips and net sales in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PricingSummaryView {
    pub currency: String,
    /// What customers paid, tips included (before refunds).
    pub gross_display: String,
    pub discount_display: String,
    /// One row per tax rate: `Sales tax 8.875%`, what it was computed on, the tax.
    pub taxes: Vec<RateSummaryView>,
    pub tax_display: String,
    /// Tips: not sales revenue; per tender, then in all.
    pub tips: Vec<TipTotalView>,
    pub tips_display: String,
    /// Gross less tax and tips: the sales revenue.
    pub net_display: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateSummaryView {
    pub label: String,
    pub net_display: String,
    pub tax_display: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TipTotalView {
    /// `card`, `cash` or `split`.
    pub tender: String,
    pub tips_display: String,
}

/// The figures of [`PricingSummaryView`] from the ledger's sums, one per currency.
pub fn pricing_summary(
    tenders: &[crate::store::PricingTotalRecord],
    rates: &[crate::store::RateTotalRecord],
    locale: Locale,
    language: Language,
) -> Vec<PricingSummaryView> {
    let mut currencies: Vec<&str> = Vec::new();
    for row in tenders {
        if !currencies.contains(&row.currency.as_str()) {
            currencies.push(&row.currency);
        }
    }
    currencies
        .into_iter()
        .map(|currency| {
            let rows: Vec<_> = tenders.iter().filter(|r| r.currency == currency).collect();
            let sum = |f: fn(&crate::store::PricingTotalRecord) -> i64| -> i64 {
                rows.iter().map(|r| f(r)).sum()
            };
            let (gross, discount, tax, tip) = (
                sum(|r| r.total),
                sum(|r| r.discount),
                sum(|r| r.tax),
                sum(|r| r.tip),
            );
            // Inclusive tax is inside the prices and exclusive tax on top: both are in what
            // customers paid, and neither is the shop's revenue.
            let net = gross - tax - tip;
            PricingSummaryView {
                currency: currency.to_string(),
                gross_display: format_minor(gross, currency, locale),
                discount_display: format_minor(discount, currency, locale),
                taxes: rates
                    .iter()
                    .filter(|r| r.currency == currency)
                    .map(|r| RateSummaryView {
                        label: crate::amounts::rate_label(
                            &r.display_name,
                            r.percentage,
                            r.inclusive,
                            locale,
                            language,
                        ),
                        net_display: format_minor(r.net, currency, locale),
                        tax_display: format_minor(r.tax, currency, locale),
                    })
                    .collect(),
                tax_display: format_minor(tax, currency, locale),
                tips: rows
                    .iter()
                    .filter(|r| r.tip > 0)
                    .map(|r| TipTotalView {
                        tender: r.tender.as_str().to_string(),
                        tips_display: format_minor(r.tip, currency, locale),
                    })
                    .collect(),
                tips_display: format_minor(tip, currency, locale),
                net_display: format_minor(net, currency, locale),
            }
        })
        .collect()
}

/// Paid sales of one tender in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TenderTotalView {
    pub currency: String,
    /// `card`, `cash` or `split`.
    pub tender: String,
    pub sales: i64,
    pub total_display: String,
    /// What cash took of them (a split's cash parts; all of a cash sale).
    pub cash_display: String,
    /// What cards took of them.
    pub card_display: String,
}

pub async fn day_summary(checkout: &Checkout, day: Date) -> Result<DaySummaryView> {
    let mode = checkout.settings().mode.as_str();
    let locale = checkout.settings().locale;
    let query = HistoryQuery {
        mode: mode.to_string(),
        from: Some(day),
        to: Some(day),
        ..HistoryQuery::default()
    };
    let language = checkout.settings().language;
    let ((totals, records, states), (tenders, pricing)) = checkout
        .store()
        .call(move |l| {
            let tenders = l.paid_by_tender(&query)?;
            let pricing = l.pricing_totals(&query)?;
            let totals = l.history_totals(&query)?;
            let records = l.history_page(&query, None, 501)?;
            let mut states = Vec::new();
            for state in SaleState::ALL {
                let counted = l.history_totals(&HistoryQuery {
                    state: Some(state.as_str().to_string()),
                    ..query.clone()
                })?;
                let count: i64 = counted.iter().map(|(_, t)| t.sales).sum();
                if count > 0 {
                    states.push((state.as_str().to_string(), count));
                }
            }
            Ok(((totals, records, states), (tenders, pricing)))
        })
        .await?;
    let truncated = records.len() > 500;
    Ok(DaySummaryView {
        mode: mode.to_string(),
        day,
        register_name: None,
        totals: totals
            .iter()
            .map(|(c, t)| totals_view(c, t, locale))
            .collect(),
        states,
        tenders: tenders
            .iter()
            .map(|row| TenderTotalView {
                currency: row.currency.clone(),
                tender: row.tender.as_str().to_string(),
                sales: row.sales,
                total_display: format_minor(row.total, &row.currency, locale),
                cash_display: format_minor(row.cash, &row.currency, locale),
                card_display: format_minor(row.card, &row.currency, locale),
            })
            .collect(),
        sales: records
            .iter()
            .take(500)
            .map(|r| row_view(r, locale))
            .collect(),
        truncated,
        pricing: pricing_summary(&pricing.0, &pricing.1, locale, language),
    })
}

// ---------- CSV export ----------

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportSummary {
    pub path: PathBuf,
    /// Data rows (sales, or lines with `per_line`), without the header.
    pub rows: u64,
    pub bytes: u64,
}

/// The per-sale export's columns. New ones go at the end, so readers of older files still
/// find theirs where they were.
pub const SALE_COLUMNS: [&str; 28] = [
    "sale_id",
    "created_at",
    "settled_at",
    "mode",
    "register_id",
    "state",
    "tender",
    "currency",
    "amount_total",
    "amount_refunded",
    "amount_net",
    "amount_total_minor",
    "amount_refunded_minor",
    "amount_net_minor",
    "items",
    "customer_email",
    "session_id",
    "payment_intent_id",
    "amount_subtotal",
    "amount_discount",
    "amount_tax",
    "amount_tip",
    "amount_subtotal_minor",
    "amount_discount_minor",
    "amount_tax_minor",
    "amount_tip_minor",
    "coupon_id",
    "coupon_name",
];

pub const LINE_COLUMNS: [&str; 13] = [
    "sale_id",
    "created_at",
    "state",
    "currency",
    "line",
    "product_id",
    "price_id",
    "name",
    "quantity",
    "unit_amount",
    "line_total",
    "unit_amount_minor",
    "line_total_minor",
];

/// UTC offsets looked up once per hour of the data (the export is in time order).
struct Offsets<'a> {
    ledger: &'a Ledger,
    hour: i64,
    offset: i32,
}

impl Offsets<'_> {
    fn at(&mut self, ms: i64) -> Result<i32> {
        let hour = ms.div_euclid(3_600_000);
        if hour != self.hour {
            self.offset = self.ledger.local_offset_secs(ms)?;
            self.hour = hour;
        }
        Ok(self.offset)
    }
}

fn csv_error(e: csv::Error, language: Language) -> Error {
    Error::storage(text_with(
        language,
        "history-error-csv-write",
        &[("error", Arg::Text(&e.to_string()))],
    ))
    .with_reason("export_failed")
}

/// Writes the CSV of everything `query` matches to `out`, one row per sale (or per line),
/// streaming: only one row is in memory at a time. Returns the data rows written.
pub fn write_csv(
    ledger: &Ledger,
    query: &HistoryQuery,
    per_line: bool,
    out: impl Write,
) -> Result<u64> {
    // A file error is worded in the till's language.
    let language = crate::language::of_ledger(ledger)?;
    let csv_error = |e: csv::Error| csv_error(e, language);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let mut offsets = Offsets {
        ledger,
        hour: i64::MIN,
        offset: 0,
    };
    let mut created = String::with_capacity(25);
    let mut settled = String::with_capacity(25);
    let mut minor = String::with_capacity(96);
    let mut major = String::with_capacity(96);
    let rows = if per_line {
        writer.write_record(LINE_COLUMNS).map_err(csv_error)?;
        ledger.for_each_history_line(query, |sale, line| {
            let currency = sale.currency;
            created.clear();
            calendar::write_iso_datetime(
                &mut created,
                sale.created_at,
                offsets.at(sale.created_at)?,
            );
            let total = line.unit_amount.checked_mul(line.quantity).ok_or_else(|| {
                Error::internal(format!("Sale {} has a line too large to add up.", sale.id))
            })?;
            writer
                .write_record([
                    sale.id.as_str(),
                    created.as_str(),
                    sale.state.as_str(),
                    sale.currency.code(),
                    (line.position + 1).to_string().as_str(),
                    line.product_id.as_str(),
                    line.price_id.as_str(),
                    line.name.as_str(),
                    line.quantity.to_string().as_str(),
                    Money::new(line.unit_amount, currency)
                        .to_major_string()
                        .as_str(),
                    Money::new(total, currency).to_major_string().as_str(),
                    line.unit_amount.to_string().as_str(),
                    total.to_string().as_str(),
                ])
                .map_err(csv_error)
        })?
    } else {
        writer.write_record(SALE_COLUMNS).map_err(csv_error)?;
        ledger.for_each_history_sale(query, |record, amounts| {
            let sale = &record.sale;
            let currency = sale.currency;
            created.clear();
            calendar::write_iso_datetime(
                &mut created,
                sale.created_at,
                offsets.at(sale.created_at)?,
            );
            settled.clear();
            if let Some(at) = sale.settled_at {
                calendar::write_iso_datetime(&mut settled, at, offsets.at(at)?);
            }
            let paid = sale.state == SaleState::Paid;
            let net = if paid {
                sale.amount_total - sale.amount_refunded
            } else {
                0
            };
            // Integers and decimals go through two reused buffers; the record is written field
            // by field.
            minor.clear();
            let _ = write!(
                minor,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                sale.amount_total,
                sale.amount_refunded,
                net,
                amounts.subtotal,
                amounts.discount,
                amounts.tax,
                amounts.tip
            );
            let mut ints = minor.split('\t');
            let mut next_int = || ints.next().unwrap_or("");
            major.clear();
            for (i, amount) in [
                sale.amount_total,
                sale.amount_refunded,
                net,
                amounts.subtotal,
                amounts.discount,
                amounts.tax,
                amounts.tip,
            ]
            .into_iter()
            .enumerate()
            {
                if i > 0 {
                    major.push('\t');
                }
                Money::new(amount, currency).write_major(&mut major);
            }
            let mut decimals = major.split('\t');
            let mut next_major = || decimals.next().unwrap_or("");
            let fields: [&str; 28] = [
                sale.id.as_str(),
                created.as_str(),
                settled.as_str(),
                sale.mode.as_str(),
                sale.register_id.as_str(),
                sale.state.as_str(),
                sale.tender.as_str(),
                sale.currency.code(),
                next_major(),
                next_major(),
                next_major(),
                next_int(),
                next_int(),
                next_int(),
                record.items.as_str(),
                sale.customer_email.as_deref().unwrap_or(""),
                sale.session_id.as_deref().unwrap_or(""),
                sale.payment_intent_id.as_deref().unwrap_or(""),
                next_major(),
                next_major(),
                next_major(),
                next_major(),
                next_int(),
                next_int(),
                next_int(),
                next_int(),
                amounts.coupon_id.as_deref().unwrap_or(""),
                amounts.coupon_name.as_deref().unwrap_or(""),
            ];
            writer.write_record(fields).map_err(csv_error)
        })?
    };
    writer.flush().map_err(|e| csv_error(e.into()))?;
    Ok(rows)
}

/// Writes the export to `path` through a temporary file beside it, renamed at the end, so
/// a failed export never leaves half a file under the chosen name. A refusal is worded in
/// the till's language.
pub fn export_csv_file(
    ledger: &Ledger,
    query: &HistoryQuery,
    per_line: bool,
    path: &Path,
) -> Result<ExportSummary> {
    let language = crate::language::of_ledger(ledger)?;
    let shown = path.display().to_string();
    let file_name = path
        .file_name()
        .ok_or_else(|| {
            Error::invalid_input(text_with(
                language,
                "history-error-export-name",
                &[("path", Arg::Text(&shown))],
            ))
            .with_reason("invalid_path")
        })?
        .to_string_lossy()
        .into_owned();
    let temporary = path.with_file_name(format!(".{file_name}.partial"));
    // `doing`: create, write or finish.
    let io_error = |doing: &str, e: std::io::Error| {
        Error::storage(text_with(
            language,
            "history-error-export-file",
            &[
                ("doing", Arg::Text(doing)),
                ("path", Arg::Text(&shown)),
                ("error", Arg::Text(&e.to_string())),
            ],
        ))
        .with_reason("export_failed")
    };
    let file = std::fs::File::create(&temporary).map_err(|e| io_error("create", e))?;
    let result = write_csv(
        ledger,
        query,
        per_line,
        std::io::BufWriter::with_capacity(256 * 1024, &file),
    )
    .and_then(|rows| {
        file.sync_all().map_err(|e| io_error("write", e))?;
        Ok(rows)
    });
    let rows = match result {
        Ok(rows) => rows,
        Err(e) => {
            let _ = std::fs::remove_file(&temporary);
            return Err(e);
        }
    };
    std::fs::rename(&temporary, path).map_err(|e| io_error("finish", e))?;
    let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(ExportSummary {
        path: path.to_path_buf(),
        rows,
        bytes,
    })
}

/// `TILL_EXPORT_DIR` overrides where the window writes exports.
pub const EXPORT_DIR_ENV: &str = "TILL_EXPORT_DIR";

/// Where the window writes CSV exports: `TILL_EXPORT_DIR`, else the user's Downloads folder,
/// else Documents, else `exports/` in Till's data folder. Created if missing; a failure is
/// worded in `language`.
pub fn export_dir(data_dir: &Path, language: Language) -> Result<PathBuf> {
    let dir = std::env::var_os(EXPORT_DIR_ENV)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(dirs::download_dir)
        .or_else(dirs::document_dir)
        .unwrap_or_else(|| data_dir.join("exports"));
    std::fs::create_dir_all(&dir).map_err(|e| {
        Error::storage(text_with(
            language,
            "history-error-export-folder",
            &[
                ("path", Arg::Text(&dir.display().to_string())),
                ("error", Arg::Text(&e.to_string())),
                ("variable", Arg::Text(EXPORT_DIR_ENV)),
            ],
        ))
        .with_reason("export_failed")
    })?;
    Ok(dir)
}

/// A file name for an export made now: `till-sales-test-2025-03-01-183005.csv`.
pub fn export_file_name(mode: &str, now_ms: i64, offset_secs: i32, per_line: bool) -> String {
    let iso = calendar::iso_datetime(now_ms, offset_secs);
    let stamp: String = iso[..19]
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .collect();
    let (day, time) = stamp.split_once('T').unwrap_or((&stamp, ""));
    let kind = if per_line { "lines" } else { "sales" };
    format!(
        "till-{kind}-{mode}-{}-{}-{}-{time}.csv",
        &day[..4],
        &day[4..6],
        &day[6..8]
    )
}

#[cfg(test)]
mod tests {

    /// History's refusals are worded in the till's language; the reason code is the same.
    #[test]
    fn filter_refusals_speak_the_till_s_language() {
        let refused = HistoryFilter {
            from: Some("2025-03-02".into()),
            to: Some("2025-03-01".into()),
            ..HistoryFilter::default()
        }
        .to_query(Mode::Test, Language::De)
        .unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "invalid_date_range",
                "Der Zeitraum endet (2025-03-01), bevor er beginnt (2025-03-02). Tauschen Sie die Daten."
            )
        );
        let refused = HistoryFilter {
            status: Some("lost".into()),
            ..HistoryFilter::default()
        }
        .to_query(Mode::Test, Language::De)
        .unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "invalid_status",
                "\"lost\" ist kein Verkaufsstatus. Verwenden Sie einen von: creating, awaiting_payment, canceling, processing, paid, failed, expired, canceled."
            )
        );
        let refused = HistoryFilter {
            from: Some("2025-02-30".into()),
            mode: Some("prod".into()),
            ..HistoryFilter::default()
        }
        .to_query(Mode::Test, Language::De)
        .unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "invalid_mode",
                "Unbekannter Modus \"prod\": Verwenden Sie training, test oder live."
            )
        );
        let refused = HistoryFilter {
            from: Some("2025-02-30".into()),
            ..HistoryFilter::default()
        }
        .to_query(Mode::Test, Language::De)
        .unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            ("invalid_date", "2025-02-30 ist kein Datum im Kalender.")
        );
        let refused = Period::parse("year", Language::De).unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "invalid_period",
                "\"year\" ist kein Berichtszeitraum: Verwenden Sie day, week oder month."
            )
        );
        // English stays word for word.
        let refused = decode_cursor("nonsense", Language::En).unwrap_err();
        assert_eq!(
            refused.message,
            "The page position is not valid; start again from the first page."
        );
    }

    /// The tooltips made from one template per number of sales are exactly the sentence
    /// formatted for each bar, in every language and plural form.
    #[test]
    fn bar_tooltips_are_the_sentence_formatted_for_each_bar() {
        use crate::i18n::{text_with, Arg, Language};
        for language in Language::ALL {
            let mut tooltips = BarTooltips::new(language);
            for sales in [0, 1, 2, 3, 5, 11, 21, 101, 1_000_000] {
                let amounts = ["$1,234.50", "$1,000.00", "$234.50", "$0.00"];
                let direct = text_with(
                    language,
                    "chart-bar",
                    &[
                        ("gross", Arg::Text(amounts[0])),
                        ("card", Arg::Text(amounts[1])),
                        ("cash", Arg::Text(amounts[2])),
                        ("refunded", Arg::Text(amounts[3])),
                        ("sales", Arg::Number(sales)),
                    ],
                );
                assert_eq!(
                    tooltips.tooltip(amounts, sales),
                    direct,
                    "{language:?} {sales}"
                );
                // The second time comes from the template.
                assert_eq!(
                    tooltips.tooltip(amounts, sales),
                    direct,
                    "{language:?} {sales}"
                );
            }
        }
    }

    use super::*;
    use crate::store::DayTotalRecord;

    #[test]
    fn filters_are_checked_field_by_field() {
        let ok = HistoryFilter {
            from: Some("2025-03-01".into()),
            to: Some(" 2025-03-31 ".into()),
            status: Some("paid".into()),
            currency: Some("USD".into()),
            register: Some(" ".into()),
            text: Some("latte".into()),
            ..HistoryFilter::default()
        }
        .to_query(Mode::Training, Language::En)
        .unwrap();
        assert_eq!(ok.mode, "training");
        assert_eq!(ok.currency.as_deref(), Some("usd"));
        assert_eq!(ok.register_id, None);
        let code = |filter: HistoryFilter| {
            filter
                .to_query(Mode::Test, Language::En)
                .unwrap_err()
                .wire_code()
        };
        assert_eq!(
            code(HistoryFilter {
                from: Some("2025-03-02".into()),
                to: Some("2025-03-01".into()),
                ..HistoryFilter::default()
            }),
            "invalid_date_range"
        );
        assert_eq!(
            code(HistoryFilter {
                from: Some("yesterday".into()),
                ..HistoryFilter::default()
            }),
            "invalid_date"
        );
        assert_eq!(
            code(HistoryFilter {
                status: Some("refunded".into()),
                ..HistoryFilter::default()
            }),
            "invalid_status"
        );
        assert_eq!(
            code(HistoryFilter {
                currency: Some("XYZ".into()),
                ..HistoryFilter::default()
            }),
            "invalid_currency"
        );
        assert_eq!(
            code(HistoryFilter {
                mode: Some("prod".into()),
                ..HistoryFilter::default()
            }),
            "invalid_mode"
        );
        assert_eq!(
            code(HistoryFilter {
                text: Some("%%".into()),
                ..HistoryFilter::default()
            }),
            "invalid_search"
        );
    }

    #[test]
    fn cursors_round_trip_and_bad_ones_are_refused() {
        let cursor = decode_cursor("1700000000000:sale_abc12345", Language::En).unwrap();
        assert_eq!(cursor.created_at, 1_700_000_000_000);
        assert_eq!(cursor.id, "sale_abc12345");
        for bad in ["", "x:sale_1", "123", "123:"] {
            assert_eq!(
                decode_cursor(bad, Language::En).unwrap_err().wire_code(),
                "invalid_cursor"
            );
        }
    }

    #[test]
    fn averages_round_half_up_in_minor_units() {
        assert_eq!(average_minor(1000, 3), 333);
        assert_eq!(average_minor(1001, 2), 501);
        assert_eq!(average_minor(1000, 0), 0);
        assert_eq!(average_minor(5, 2), 3);
        let view = totals_view(
            "jpy",
            &TotalsRecord {
                sales: 4,
                paid: 3,
                gross: 1000,
                refunded: 100,
                cash: 250,
            },
            Locale::EnglishUnitedStates,
        );
        assert_eq!(view.net, 900);
        assert_eq!((view.cash, view.card), (250, 750));
        assert_eq!(view.card_display, "¥750");
        assert_eq!(view.average_display, "¥333");
        assert_eq!(view.net_display, "¥900");
    }

    #[test]
    fn days_group_into_weeks_and_months() {
        let day = |d: &str, currency: &str, gross| DayTotalRecord {
            day: Date::parse(d).unwrap(),
            currency: currency.into(),
            paid: 1,
            gross,
            refunded: 0,
            cash: gross / 4,
        };
        let days = [
            day("2025-02-28", "usd", 100),
            day("2025-03-01", "usd", 200),
            day("2025-03-02", "eur", 50),
            day("2025-03-03", "usd", 400),
        ];
        let weeks = group_days(&days, Period::Week);
        assert_eq!(weeks.len(), 3);
        assert_eq!(weeks[0].0.to_string(), "2025-02-24");
        assert_eq!(weeks[1].1, "usd");
        assert_eq!(weeks[1].2.gross, 300);
        assert_eq!(weeks[1].2.cash, 50 + 25);
        assert_eq!(weeks[2].0.to_string(), "2025-03-03");
        let months = group_days(&days, Period::Month);
        assert_eq!(months.len(), 3);
        assert_eq!(months[2].2.gross, 600);
        let report = build_report(
            "test",
            &crate::store::ReportFigures {
                days: days.to_vec(),
                ..crate::store::ReportFigures::default()
            },
            Date::parse("2025-02-01").unwrap(),
            Date::parse("2025-03-31").unwrap(),
            Period::Month,
            Locale::EnglishUnitedStates,
            crate::i18n::Language::En,
        );
        assert_eq!(report.totals.len(), 2);
        assert_eq!(report.charts[0].currency, "usd", "most sales first");
        assert!(report.charts[0].svg.contains("2025-02"));
        assert_eq!(report.rows[2].label, "2025-03");
        assert!(report.pricing.is_empty(), "no discounts, tax or tips given");
        // A week's row is named in the till's language.
        let start = Date::parse("2025-02-24").unwrap();
        assert_eq!(
            Period::Week.label(start, crate::i18n::Language::En),
            "week of 2025-02-24"
        );
        assert_eq!(
            Period::Week.label(start, crate::i18n::Language::De),
            "Woche ab 2025-02-24"
        );
    }

    #[test]
    fn export_names_carry_the_mode_and_local_time() {
        let ms = calendar::days_from_civil(2025, 3, 1) * calendar::DAY_MS + 18 * 3_600_000;
        assert_eq!(
            export_file_name("test", ms, 3600, false),
            "till-sales-test-2025-03-01-190000.csv"
        );
        assert_eq!(
            export_file_name("live", ms, 0, true),
            "till-lines-live-2025-03-01-180000.csv"
        );
    }
}
