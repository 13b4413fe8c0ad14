//! Refunds: full and partial, through Stripe's Refunds API.
//!
//! A refund is not a sale state: the sale stays `paid`, and each refund is tracked by itself.
//! The order of writes is the sale's: the request (amount, reason, idempotency key) reaches
//! the ledger before Stripe is asked, inside a transaction that checks what remains
//! refundable. What Stripe reports about the refund (`pending` → `succeeded` / `failed`, ...)
//! goes through the same `Ledger::apply_refund` the Events API poller uses, which keeps the
//! sale's `amount_refunded` (pending and succeeded refunds, as Stripe counts them) and adds a
//! timeline entry for every change; the timeline is never rewritten.
//!
//! Refundable remaining = total − `amount_refunded` − requests still waiting for Stripe's
//! answer. A request whose answer was lost keeps its amount held until Till resends it with
//! the same key (Stripe replays the first answer), so no sale is ever refunded twice. A
//! request that never left the computer (no connection) is removed again: nothing changed.
//!
//! Refunds by tender: a card sale's refunds are exactly the above. A cash sale is refunded in
//! cash ([`refund_cash`]: a `refund` drawer movement within the cash it took, no Stripe call);
//! a split sale's refund says how much goes back by card (through Stripe, within its card
//! part) and how much in cash (within its cash part) ([`refund_split`]). Every refund, card
//! or cash, adds to the sale's `amount_refunded`, so totals see both.

use std::collections::HashMap;

use crate::checkout::{Checkout, Source};
use crate::drawer::{amount, Amount};
use crate::error::{Error, ErrorCode, Result};
use crate::history::{self, SaleDetailView};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::{Currency, Money};
use crate::sale::SaleState;
use crate::staff::Action;
use crate::store::{
    now_ms, Note, RefundRecord, RefundRequestRecord, ReturnLine, SaleRecord, TimelineEntry,
};
use crate::stripe::{RefundRequest, StripeFailure, StripeRefund};
use crate::tender::TenderKind;

/// Stripe's refund reasons.
pub const REASONS: [&str; 3] = ["requested_by_customer", "duplicate", "fraudulent"];

/// Whether Stripe may still report a change: `failed` and `canceled` are the end, but a
/// `succeeded` refund can still fail (the bank returns it), as Stripe documents.
pub fn may_change(status: &str) -> bool {
    !matches!(status, "failed" | "canceled")
}

/// Whether a failure means the request never reached Stripe (no connection could be made),
/// so nothing can have happened there.
fn never_sent(failure: &StripeFailure) -> bool {
    matches!(failure, StripeFailure::Network(message) if message.contains("(Connect)"))
}

fn new_request_id() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let suffix: String = (0..20)
        .map(|_| char::from(ALPHABET[fastrand::usize(..ALPHABET.len())]))
        .collect();
    format!("rfq_{suffix}")
}

fn validate_reason(reason: Option<&str>, language: Language) -> Result<Option<String>> {
    match reason.map(str::trim).filter(|r| !r.is_empty()) {
        None => Ok(None),
        Some(r) if REASONS.contains(&r) => Ok(Some(r.to_string())),
        Some(r) => Err(Error::invalid_input(text_with(
            language,
            "refund-error-reason",
            &[
                ("reason", Arg::Text(&format!("{r:?}"))),
                ("reasons", Arg::Text(&REASONS.join(", "))),
            ],
        ))
        .with_reason("invalid_refund_reason")),
    }
}

/// The sale with its refund requests, when it can be refunded here at all (paid, and not a
/// membership's invoice): what a refund and its preview both check first.
async fn refundable_sale(
    checkout: &Checkout,
    sale_id: &str,
) -> Result<(SaleRecord, Vec<RefundRequestRecord>)> {
    let id = sale_id.to_string();
    let (sale, requests, membership) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.require_sale(&id)?,
                l.refund_requests_of_sale(&id)?,
                l.sale_membership(&id)?,
            ))
        })
        .await?;
    let language = checkout.settings().language;
    if membership.is_some() {
        return Err(membership_refused(sale_id, language));
    }
    if sale.tender != TenderKind::Card && sale.payment_intent_id.is_none() {
        // A cash sale, or a split whose balance was taken in cash: no card was charged.
        check_refundable_state(&sale, language)?;
        return Err(Error::invalid_input(text_with(
            language,
            "refund-error-use-cash",
            &[("sale", Arg::Text(sale_id))],
        ))
        .with_reason("refund_use_cash"));
    }
    check_refundable(&sale, language)?;
    Ok((sale, requests))
}

/// What may still go back by card: the sale's remaining refundable, and for a split sale no
/// more than its card part less its card refunds and held requests. A card sale's is
/// exactly `history::refundable`, as before tenders.
async fn card_refundable(
    checkout: &Checkout,
    sale: &SaleRecord,
    requests: &[RefundRequestRecord],
) -> Result<i64> {
    let remaining = history::refundable(sale, requests);
    if sale.tender == TenderKind::Card {
        return Ok(remaining);
    }
    let id = sale.id.clone();
    let sums = checkout.store().call(move |l| l.tender_sums(&id)).await?;
    Ok(remaining.min(sums.card_refundable()))
}

/// A split sale's card refund over its card part: said in the split's terms.
fn over_card_part(
    error: Error,
    sale: &SaleRecord,
    remaining: i64,
    locale: crate::money::Locale,
    language: Language,
) -> Error {
    if sale.tender != TenderKind::Split || error.reason != Some("refund_exceeds_remaining") {
        return error;
    }
    Error::invalid_input(text_with(
        language,
        "refund-error-exceeds-card",
        &[
            ("sale", Arg::Text(&sale.id)),
            (
                "left",
                Arg::Text(&Money::new(remaining, sale.currency).format(locale)),
            ),
        ],
    ))
    .with_reason("refund_exceeds_card")
}

/// What a paid sale can still give back by each tender, for the refund form.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundableByTender {
    pub sale_id: String,
    /// `card`, `cash` or `split`.
    pub tender: String,
    /// What may still go back by card (through Stripe).
    pub card: Amount,
    /// What may still go back in cash (from the drawer).
    pub cash: Amount,
    /// A cash refund needs the drawer open.
    pub drawer_open: bool,
}

/// What `sale_id` can still give back by card and in cash (0 each unless paid).
pub async fn refundable_by_tender(
    checkout: &Checkout,
    sale_id: &str,
) -> Result<RefundableByTender> {
    let id = sale_id.trim().to_string();
    let (mode, register) = (
        checkout.settings().mode,
        checkout.settings().register_id.clone(),
    );
    let (sale, requests, sums, shift) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.require_sale(&id)?,
                l.refund_requests_of_sale(&id)?,
                l.tender_sums(&id)?,
                l.open_shift(mode, &register)?,
            ))
        })
        .await?;
    let overall = history::refundable(&sale, &requests);
    let card = if sale.payment_intent_id.is_some() {
        card_refundable(checkout, &sale, &requests).await?
    } else {
        0
    };
    let cash = if sale.state == SaleState::Paid {
        sums.cash_refundable().min(overall)
    } else {
        0
    };
    let locale = checkout.settings().locale;
    Ok(RefundableByTender {
        sale_id: sale.id.clone(),
        tender: sale.tender.as_str().to_string(),
        card: amount(card, sale.currency, locale),
        cash: amount(cash, sale.currency, locale),
        drawer_open: shift.is_some(),
    })
}

/// Refunds `amount` (typed; `None` = all that can go back in cash) of a paid cash or split
/// sale in cash, out of the open drawer: a `refund` drawer movement within what the sale took
/// in cash, the sale's `amount_refunded` and its timeline, in one transaction. Stripe is not
/// asked. Returns the sale's story afterwards.
pub async fn refund_cash(
    checkout: &Checkout,
    sale_id: &str,
    amount: Option<&str>,
) -> Result<SaleDetailView> {
    let sale_id = sale_id.trim().to_string();
    let lock = checkout.sale_lock(&sale_id)?;
    let _turn = lock.lock().await;
    let refund = cash_amount(checkout, &sale_id, amount).await?;
    give_cash_back(checkout, &sale_id, refund, Vec::new()).await?;
    history::detail(checkout, &sale_id).await
}

/// The cash refund itself (the sale's lock held, the amount checked): the drawer movement,
/// `amount_refunded`, the timeline and any returned lines, in one transaction.
pub(crate) async fn give_cash_back(
    checkout: &Checkout,
    sale_id: &str,
    refund: Money,
    returns: Vec<ReturnLine>,
) -> Result<()> {
    let (minor, locale) = (refund.amount_minor, checkout.settings().locale);
    let staff_id = checkout.acting(if returns.is_empty() {
        Action::Refund
    } else {
        Action::Return
    })?;
    let entry = TimelineEntry {
        at: now_ms(),
        source: Source::Staff.as_str().into(),
        kind: "refund_cash".into(),
        staff_id,
        ..TimelineEntry::default()
    }
    .with_words(&crate::sale::Phrase::of(
        "timeline-refund-cash",
        &[("amount", refund.format(locale))],
    ));
    let id = sale_id.to_string();
    checkout
        .store()
        .call(move |l| {
            l.refund_cash_with_returns(&id, minor, &entry, &returns)
                .map(|_| ())
        })
        .await?;
    tracing::info!(sale_id, amount = minor, "refunded in cash");
    Ok(())
}

/// What a cash refund of `amount` (typed) on a cash sale would give back, checked as
/// [`refund_cash`] checks it (within what the sale took in cash), recording nothing: the
/// window's confirmation is built from it.
pub async fn preview_cash(
    checkout: &Checkout,
    sale_id: &str,
    amount: Option<&str>,
) -> Result<crate::drawer::Amount> {
    let refund = cash_amount(checkout, sale_id.trim(), amount).await?;
    Ok(crate::drawer::amount(
        refund.amount_minor,
        refund.currency,
        checkout.settings().locale,
    ))
}

/// The cash refund's amount, checked against what the sale took in cash (and what remains
/// refundable at all).
async fn cash_amount(checkout: &Checkout, sale_id: &str, amount: Option<&str>) -> Result<Money> {
    let id = sale_id.to_string();
    let (sale, requests, sums) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.require_sale(&id)?,
                l.refund_requests_of_sale(&id)?,
                l.tender_sums(&id)?,
            ))
        })
        .await?;
    let language = checkout.settings().language;
    check_refundable_state(&sale, language)?;
    if sums.cash_applied == 0 {
        return Err(Error::invalid_input(text_with(
            language,
            "refund-error-no-cash",
            &[("sale", Arg::Text(sale_id))],
        ))
        .with_reason("refund_no_cash"));
    }
    let locale = checkout.settings().locale;
    let remaining = sums
        .cash_refundable()
        .min(history::refundable(&sale, &requests));
    let minor = amount_to_refund(sale_id, amount, remaining, sale.currency, locale, language)
        .map_err(|e| {
            if e.reason == Some("refund_exceeds_remaining") {
                Error::invalid_input(text_with(
                    language,
                    "refund-error-exceeds-cash",
                    &[
                        ("sale", Arg::Text(sale_id)),
                        (
                            "left",
                            Arg::Text(&Money::new(remaining, sale.currency).format(locale)),
                        ),
                        (
                            "taken",
                            Arg::Text(&Money::new(sums.cash_applied, sale.currency).format(locale)),
                        ),
                    ],
                ))
                .with_reason("refund_exceeds_cash")
            } else {
                e
            }
        })?;
    Ok(Money::new(minor, sale.currency))
}

/// A split sale's refund: `card` back through Stripe (within its card part) and `cash` from
/// the drawer (within its cash part), either may be absent. Both amounts are checked before
/// anything is sent; the card part goes first (persist-first, as [`refund`]), then the cash.
pub async fn refund_split(
    checkout: &Checkout,
    sale_id: &str,
    card: Option<&str>,
    cash: Option<&str>,
    reason: Option<&str>,
) -> Result<SaleDetailView> {
    let sale_id = sale_id.trim().to_string();
    let language = checkout.settings().language;
    let blank = |a: Option<&str>| a.map(str::trim).is_none_or(str::is_empty);
    if blank(card) && blank(cash) {
        return Err(
            Error::invalid_input(text(language, "refund-error-split-nothing"))
                .with_reason("refund_amount_zero"),
        );
    }
    let id = sale_id.clone();
    let sale = checkout.store().call(move |l| l.require_sale(&id)).await?;
    if sale.tender != TenderKind::Split {
        return Err(Error::invalid_input(text_with(
            language,
            "refund-error-not-split",
            &[
                ("sale", Arg::Text(&sale_id)),
                ("tender", Arg::Text(sale.tender.as_str())),
            ],
        ))
        .with_reason("not_split"));
    }
    // Check both before anything moves.
    if !blank(cash) {
        cash_amount(checkout, &sale_id, cash).await?;
        let (mode, register) = (
            checkout.settings().mode,
            checkout.settings().register_id.clone(),
        );
        if checkout
            .store()
            .call(move |l| l.open_shift(mode, &register))
            .await?
            .is_none()
        {
            return Err(Error::new(
                ErrorCode::Conflict,
                text(language, "refund-error-drawer-closed"),
            )
            .with_reason("drawer_closed"));
        }
    }
    if !blank(card) {
        // Checks the card amount before sending; a refusal here leaves the cash untouched.
        refund(checkout, &sale_id, card, reason).await?;
    }
    if !blank(cash) {
        refund_cash(checkout, &sale_id, cash).await?;
    }
    history::detail(checkout, &sale_id).await
}

/// Refunds `amount` (typed in major units, e.g. `4.75`; `None` = everything that remains)
/// of a paid sale. Returns the sale's story afterwards.
pub async fn refund(
    checkout: &Checkout,
    sale_id: &str,
    amount: Option<&str>,
    reason: Option<&str>,
) -> Result<SaleDetailView> {
    refund_card(checkout, sale_id, Ask::Typed(amount), reason).await
}

/// What a card refund asks for: an amount the owner typed, or the lines being returned (the
/// amount they come to, written with the request).
pub(crate) enum Ask<'a> {
    Typed(Option<&'a str>),
    Returns { amount: i64, lines: Vec<ReturnLine> },
}

pub(crate) async fn refund_card(
    checkout: &Checkout,
    sale_id: &str,
    ask: Ask<'_>,
    reason: Option<&str>,
) -> Result<SaleDetailView> {
    let sale_id = sale_id.trim().to_string();
    let staff_id = checkout.acting(match ask {
        Ask::Typed(_) => Action::Refund,
        Ask::Returns { .. } => Action::Return,
    })?;
    let language = checkout.settings().language;
    let reason = validate_reason(reason, language)?;
    let lock = checkout.sale_lock(&sale_id)?;
    let _turn = lock.lock().await;
    let (sale, requests) = refundable_sale(checkout, &sale_id).await?;
    // First settle what an earlier attempt left unanswered, so the held amount is known.
    for request in requests.iter().filter(|r| r.state == "sending") {
        send(checkout, &sale, request).await?;
    }
    let currency = sale.currency;
    let id = sale_id.clone();
    let requests = checkout
        .store()
        .call(move |l| l.refund_requests_of_sale(&id))
        .await?;
    let sale = {
        let id = sale_id.clone();
        checkout.store().call(move |l| l.require_sale(&id)).await?
    };
    let remaining = card_refundable(checkout, &sale, &requests).await?;
    let locale = checkout.settings().locale;
    let (amount, returns) = match ask {
        Ask::Typed(typed) => (
            amount_to_refund(&sale_id, typed, remaining, currency, locale, language)
                .map_err(|e| over_card_part(e, &sale, remaining, locale, language))?,
            Vec::new(),
        ),
        Ask::Returns { amount, lines } => {
            if amount > remaining {
                return Err(Error::invalid_input(text_with(
                    language,
                    "refund-error-lines-exceed",
                    &[
                        (
                            "amount",
                            Arg::Text(&Money::new(amount, currency).format(locale)),
                        ),
                        ("sale", Arg::Text(&sale_id)),
                        (
                            "left",
                            Arg::Text(&Money::new(remaining.max(0), currency).format(locale)),
                        ),
                    ],
                ))
                .with_reason("refund_exceeds_remaining"));
            }
            (amount, lines)
        }
    };
    let request_id = new_request_id();
    let now = now_ms();
    let request = RefundRequestRecord {
        staff_id,
        idempotency_key: format!("till-refund-{request_id}"),
        id: request_id,
        sale_id: sale_id.clone(),
        amount,
        currency: sale.currency.code().to_string(),
        reason,
        state: "sending".into(),
        refund_id: None,
        error: None,
        created_at: now,
        updated_at: now,
    };
    let stored = request.clone();
    // The store re-checks the remaining amount inside its transaction.
    checkout
        .store()
        .call(move |l| {
            l.insert_refund_request_with_returns(&stored, &returns)
                .map(|_| ())
        })
        .await?;
    send(checkout, &sale, &request).await?;
    history::detail(checkout, &sale_id).await
}

/// What a refund of `amount` would do, checked as [`refund`] checks it, without recording
/// anything (Stripe is only asked which card paid): the window's confirmation ("Refund $5.00
/// of $28.00 to Visa ····4242?") is built from it, and a refused amount is refused here, by
/// the field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundPreview {
    pub sale_id: String,
    pub amount: i64,
    pub amount_display: String,
    /// The sale's total.
    pub total_display: String,
    /// What remains refundable before this refund.
    pub refundable_display: String,
    /// This refund returns all that remains.
    pub full: bool,
    /// The card the money goes back to, as staff read it (`Visa ····4242`), when Stripe said
    /// within a few seconds; `None` otherwise (offline, not a card, a key without access).
    pub card: Option<String>,
}

/// How long the confirmation waits to name the card before it does without.
const CARD_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// `visa`, `4242` → `Visa ····4242`.
pub fn card_label(brand: &str, last4: &str) -> String {
    let name = match brand {
        "visa" => "Visa",
        "mastercard" => "Mastercard",
        "amex" => "American Express",
        "discover" => "Discover",
        "diners" => "Diners Club",
        "jcb" => "JCB",
        "unionpay" => "UnionPay",
        "cartes_bancaires" => "Cartes Bancaires",
        "eftpos_au" => "eftpos",
        "interac" => "Interac",
        _ => "Card",
    };
    format!("{name} \u{b7}\u{b7}\u{b7}\u{b7}{last4}")
}

/// Checks a refund of `amount` (major units; `None` = all that remains) of a paid sale and
/// says what it would do. Nothing is recorded; Stripe is asked only for the card's name.
pub async fn preview(
    checkout: &Checkout,
    sale_id: &str,
    amount: Option<&str>,
) -> Result<RefundPreview> {
    let sale_id = sale_id.trim().to_string();
    let (sale, requests) = refundable_sale(checkout, &sale_id).await?;
    let currency = sale.currency;
    let (locale, language) = (checkout.settings().locale, checkout.settings().language);
    let remaining = card_refundable(checkout, &sale, &requests).await?;
    let amount = amount_to_refund(&sale_id, amount, remaining, currency, locale, language)
        .map_err(|e| over_card_part(e, &sale, remaining, locale, language))?;
    let card = match sale.payment_intent_id.as_deref() {
        Some(pi) => tokio::time::timeout(CARD_WAIT, checkout.gateway().payment_card(pi))
            .await
            .ok()
            .and_then(|answer| {
                answer
                    .map_err(|e| tracing::info!(error = %e, "the refund's card could not be read"))
                    .ok()
            })
            .flatten()
            .map(|(brand, last4)| card_label(&brand, &last4)),
        None => None,
    };
    Ok(RefundPreview {
        sale_id,
        amount,
        amount_display: Money::new(amount, currency).format(locale),
        total_display: Money::new(sale.amount_total, currency).format(locale),
        refundable_display: Money::new(remaining, currency).format(locale),
        full: amount == remaining,
        card,
    })
}

fn membership_refused(sale_id: &str, language: Language) -> Error {
    Error::invalid_input(text_with(
        language,
        "refund-error-membership",
        &[("sale", Arg::Text(sale_id))],
    ))
    .with_reason("refund_membership")
}

/// The amount a refund asks for, in minor units: `text` parsed in the register's locale
/// (`None` or blank = all that remains), more than zero and at most what remains; a refusal
/// is worded in `language`.
fn amount_to_refund(
    sale_id: &str,
    typed: Option<&str>,
    remaining: i64,
    currency: Currency,
    locale: crate::money::Locale,
    language: Language,
) -> Result<i64> {
    let amount = match typed.map(str::trim).filter(|a| !a.is_empty()) {
        Some(text) => {
            Money::parse_major(text, currency, locale)
                .map_err(|e| e.refusal(language))?
                .amount_minor
        }
        None => remaining,
    };
    if amount <= 0 {
        return Err(Error::invalid_input(if remaining > 0 {
            text(language, "refund-error-zero")
        } else {
            text_with(
                language,
                "refund-error-refunded",
                &[("sale", Arg::Text(sale_id))],
            )
        })
        .with_reason(if remaining > 0 {
            "refund_amount_zero"
        } else {
            "refund_exceeds_remaining"
        }));
    }
    if amount > remaining {
        return Err(Error::invalid_input(text_with(
            language,
            "refund-error-too-large",
            &[
                (
                    "amount",
                    Arg::Text(&Money::new(amount, currency).format(locale)),
                ),
                (
                    "left",
                    Arg::Text(&Money::new(remaining, currency).format(locale)),
                ),
            ],
        ))
        .with_reason("refund_exceeds_remaining"));
    }
    Ok(amount)
}

fn check_refundable(sale: &SaleRecord, language: Language) -> Result<()> {
    check_refundable_state(sale, language)?;
    if sale.payment_intent_id.is_none() {
        return Err(Error::invalid_input(text_with(
            language,
            "refund-error-no-payment",
            &[("sale", Arg::Text(&sale.id))],
        ))
        .with_reason("refund_no_payment"));
    }
    Ok(())
}

pub(crate) fn check_refundable_state(sale: &SaleRecord, language: Language) -> Result<()> {
    if sale.state != SaleState::Paid {
        return Err(Error::invalid_input(text_with(
            language,
            "refund-error-not-paid",
            &[
                ("sale", Arg::Text(&sale.id)),
                ("state", Arg::Text(sale.state.as_str())),
            ],
        ))
        .with_reason("refund_not_paid"));
    }
    Ok(())
}

/// Sends (or resends, with the same key) one request and records the answer.
async fn send(checkout: &Checkout, sale: &SaleRecord, request: &RefundRequestRecord) -> Result<()> {
    let language = checkout.settings().language;
    let payment_intent_id = sale.payment_intent_id.clone().ok_or_else(|| {
        Error::invalid_input(text_with(
            language,
            "refund-error-no-payment-short",
            &[("sale", Arg::Text(&sale.id))],
        ))
        .with_reason("refund_no_payment")
    })?;
    let stripe_request = RefundRequest {
        payment_intent_id,
        amount: request.amount,
        reason: request.reason.clone(),
        metadata: HashMap::from([
            ("till_sale_id".to_string(), sale.id.clone()),
            ("till_refund_request".to_string(), request.id.clone()),
            ("till_register_id".to_string(), sale.register_id.clone()),
        ]),
    };
    match checkout
        .gateway()
        .create_refund(&stripe_request, &request.idempotency_key)
        .await
    {
        Ok(refund) => {
            record(checkout, sale, &refund, Source::Staff, Some(request)).await?;
            Ok(())
        }
        Err(failure) if never_sent(&failure) => {
            let id = request.id.clone();
            checkout
                .store()
                .call(move |l| l.forget_refund_request(&id))
                .await?;
            Err(Error::new(
                ErrorCode::Network,
                text_with(
                    language,
                    "refund-error-offline",
                    &[("failure", Arg::Text(&failure.message(language)))],
                ),
            )
            .with_reason("refund_offline"))
        }
        Err(failure) if failure.is_transient() => {
            tracing::warn!(sale_id = %sale.id, request = %request.id, %failure, "refund answer lost; the amount stays held");
            Err(Error::new(
                ErrorCode::Network,
                text_with(
                    language,
                    "refund-error-unconfirmed",
                    &[("failure", Arg::Text(&failure.message(language)))],
                ),
            )
            .with_reason("refund_unconfirmed"))
        }
        Err(failure) => {
            let (id, text, at) = (request.id.clone(), failure.to_string(), now_ms());
            checkout
                .store()
                .call(move |l| l.refund_request_refused(&id, &text, at))
                .await?;
            Err(Error::new(
                ErrorCode::Stripe,
                text_with(
                    language,
                    "refund-error-refused",
                    &[("failure", Arg::Text(&failure.message(language)))],
                ),
            )
            .with_reason("refund_refused"))
        }
    }
}

/// Records what Stripe reports about a refund: the refund row, the sale's refunded amount
/// and a timeline entry (through `Ledger::apply_refund`), and the request's refund id.
async fn record(
    checkout: &Checkout,
    sale: &SaleRecord,
    refund: &StripeRefund,
    source: Source,
    request: Option<&RefundRequestRecord>,
) -> Result<bool> {
    let shown = Currency::parse(&refund.currency)
        .map(|c| Money::new(refund.amount, c).format(checkout.settings().locale))
        .unwrap_or_else(|_| format!("{} {}", refund.amount, refund.currency));
    let args = [
        ("refund", refund.id.clone()),
        ("amount", shown),
        ("status", refund.status.clone()),
    ];
    let words = match (&refund.failure_reason, request) {
        (Some(why), _) => crate::sale::Phrase::of(
            "timeline-refund-failed",
            &[
                args[0].clone(),
                args[1].clone(),
                args[2].clone(),
                ("why", why.clone()),
            ],
        ),
        (None, Some(_)) => crate::sale::Phrase::of("timeline-refund-asked", &args),
        (None, None) => crate::sale::Phrase::of("timeline-refund", &args),
    };
    let now = now_ms();
    let record = RefundRecord {
        id: refund.id.clone(),
        sale_id: sale.id.clone(),
        amount: refund.amount,
        currency: refund.currency.to_lowercase(),
        status: refund.status.clone(),
        // What Stripe says now is at least as new as its creation.
        as_of: refund.created.max(now.div_euclid(1000)),
    };
    let note = Note {
        at: now,
        source: source.as_str().to_string(),
        kind: "refund".into(),
        payment_intent_id: sale.payment_intent_id.clone(),
        ..Note::default()
    }
    .with_words(&words);
    let request_id = request.map(|r| r.id.clone());
    let refund_id = refund.id.clone();
    let changed = checkout
        .store()
        .call(move |l| {
            let (_, changed) = l.apply_refund(&record, &note)?;
            if let Some(request_id) = &request_id {
                l.refund_request_sent(request_id, &refund_id, now)?;
            }
            Ok(changed)
        })
        .await?;
    tracing::info!(sale_id = %sale.id, refund = %refund.id, status = %refund.status, amount = refund.amount, "refund recorded");
    Ok(changed)
}

/// Asks Stripe again about a sale's refunds that may still change, and resends requests whose
/// answer was lost. Returns the sale's story afterwards.
pub async fn refresh(checkout: &Checkout, sale_id: &str) -> Result<SaleDetailView> {
    let sale_id = sale_id.trim().to_string();
    let lock = checkout.sale_lock(&sale_id)?;
    let _turn = lock.lock().await;
    let id = sale_id.clone();
    let (sale, refunds, requests) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.require_sale(&id)?,
                l.refunds_of_sale(&id)?,
                l.refund_requests_of_sale(&id)?,
            ))
        })
        .await?;
    for request in requests.iter().filter(|r| r.state == "sending") {
        if let Err(e) = send(checkout, &sale, request).await {
            tracing::warn!(sale_id = %sale.id, error = %e, "resending a refund request failed");
        }
    }
    for refund in refunds.iter().filter(|r| may_change(&r.status)) {
        match checkout.gateway().retrieve_refund(&refund.id).await {
            Ok(current) => {
                record(checkout, &sale, &current, Source::Poll, None).await?;
            }
            Err(failure) => return Err(failure.refusal(checkout.settings().language)),
        }
    }
    history::detail(checkout, &sale_id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_stripes() {
        assert_eq!(validate_reason(None, Language::En).unwrap(), None);
        assert_eq!(validate_reason(Some(" "), Language::En).unwrap(), None);
        assert_eq!(
            validate_reason(Some("duplicate"), Language::En)
                .unwrap()
                .as_deref(),
            Some("duplicate")
        );
        assert_eq!(
            validate_reason(Some("changed mind"), Language::En)
                .unwrap_err()
                .wire_code(),
            "invalid_refund_reason"
        );
    }

    /// The refusals are worded in the till's language; the reason code is the same in all.
    #[test]
    fn refusals_speak_the_till_s_language() {
        let (usd, euro) = (
            Currency::parse("usd").unwrap(),
            Currency::parse("eur").unwrap(),
        );
        let refused = validate_reason(Some("angry"), Language::De).unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "invalid_refund_reason",
                "\"angry\" ist kein Erstattungsgrund: Verwenden Sie requested_by_customer, duplicate, fraudulent."
            )
        );
        let german = (crate::money::Locale::GermanGermany, Language::De);
        let refused =
            amount_to_refund("sale_1", Some("8,01"), 800, euro, german.0, german.1).unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "refund_exceeds_remaining",
                "8,01\u{a0}€ ist mehr, als bei diesem Verkauf noch zu erstatten ist (8,00\u{a0}€). Geben Sie höchstens 8,00\u{a0}€ ein."
            )
        );
        let refused = amount_to_refund("sale_1", None, 0, euro, german.0, german.1).unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "refund_exceeds_remaining",
                "Verkauf sale_1 wurde bereits vollständig erstattet."
            )
        );
        // English stays word for word what it was.
        let refused = amount_to_refund(
            "sale_1",
            Some("0"),
            800,
            usd,
            crate::money::Locale::EnglishUnitedStates,
            Language::En,
        )
        .unwrap_err();
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            ("refund_amount_zero", "A refund must be more than zero.")
        );
    }

    #[test]
    fn only_connection_failures_count_as_never_sent() {
        assert!(never_sent(&StripeFailure::Network(
            "client error (Connect): tcp connect error: Connection refused (os error 111)".into()
        )));
        assert!(!never_sent(&StripeFailure::Network(
            "client error (SendRequest): connection closed before message completed".into()
        )));
        assert!(!never_sent(&StripeFailure::Timeout));
        assert!(may_change("pending") && may_change("succeeded") && !may_change("failed"));
        assert!(new_request_id().starts_with("rfq_"));
    }
}
