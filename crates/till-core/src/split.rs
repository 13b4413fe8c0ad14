//! Split tender: one or more cash parts, the balance by card through a Checkout Session.
//!
//! Persist-first as for a card sale: the split sale (`tender = 'split'`, state `creating`,
//! `amount_total` = the cart's total) with its lines, its create key, its cash parts and their
//! drawer movement is written in one transaction ([`pay`]); only then is the session created,
//! by `Checkout`'s own code (retry, recovery and the watcher are a card sale's). The session
//! has one inline line, "Sale sale_… (balance after cash)", for the card part, which must
//! equal the ledger's `amount_total − cash` to the unit.
//!
//! When the card part ends unpaid (declined and cancelled, expired, failed), the cash taken
//! stays recorded and staff settle the sale once ([`balance_in_cash`], [`void`],
//! [`retry_card`]). A card part still open is cancelled at Stripe first (if Stripe says it
//! was paid meanwhile, the sale is paid and nothing more is taken). A retried card is a new
//! split sale carrying the cash over, with its own create key: no sale ever has a second
//! Checkout Session, so events, recovery and reconciliation stay a card sale's.

use serde::Serialize;

use crate::cart::Cart;
use crate::checkout::{cart_lines, Checkout, SaleView, Source};
use crate::context::Context;
use crate::drawer::{amount, cash_rounding, Amount};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::{Locale, Money};
use crate::sale::SaleState;
use crate::staff::Action;
use crate::store::{now_ms, NewCashTender, NewSale, NewSaleLine, SaleRecord, TimelineEntry};
use till_domain::tender::{pay_cash, split_balance, TenderKind};

/// A split sale as the checkout panel shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SplitView {
    /// The sale (its `amountTotal` is the cart's total; its state is the card part's).
    pub sale: SaleView,
    /// Each cash part, in the order taken (a balance taken in cash is the last).
    pub cash_parts: Vec<Amount>,
    /// What the cash paid of the total.
    pub cash: Amount,
    /// The card part: what the Checkout Session charges.
    pub card: Amount,
    /// How the ended card part was settled: `cash`, `void` or `retried`.
    pub ending: Option<String>,
    /// The sale that retried the card (it carries this sale's cash).
    pub next_sale_id: Option<String>,
    /// The sale whose cash this one carries (this sale is a retried card).
    pub carried_from: Option<String>,
    /// What staff can do now: `cancel` (the card part is open), `retry_card`,
    /// `balance_cash`, `void` (it ended unpaid and is not settled yet).
    pub actions: Vec<&'static str>,
}

/// The split panel's figures as staff type the cash parts: the cash and the card balance, or
/// why they can't be taken (`split_balance_too_small` with the figure, ...). Records nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SplitQuote {
    pub total: Amount,
    pub cash: Amount,
    pub card: Amount,
}

/// Checks cash parts (typed or parsed) against `total`: each above zero, and a card balance
/// Stripe can charge. Returns the parts and the balance.
fn check_parts(total: Money, parts: &[Money], language: Language) -> Result<(Vec<i64>, Money)> {
    if parts.is_empty() {
        return Err(Error::invalid_input(text(language, "split-error-no-cash"))
            .with_reason("split_no_cash"));
    }
    let mut cash = 0i64;
    for part in parts {
        if part.currency != total.currency {
            return Err(Error::invalid_input(text_with(
                language,
                "split-error-currency",
                &[
                    ("counted", Arg::Text(&part.currency.to_string())),
                    ("currency", Arg::Text(&total.currency.to_string())),
                ],
            ))
            .with_reason("tender_currency"));
        }
        if part.amount_minor <= 0 {
            return Err(
                Error::invalid_input(text(language, "split-error-part-zero"))
                    .with_reason("tender_negative"),
            );
        }
        cash = cash.saturating_add(part.amount_minor);
    }
    let balance = split_balance(total, Money::new(cash, total.currency), language)?;
    Ok((parts.iter().map(|p| p.amount_minor).collect(), balance.card))
}

/// The figures of a split of `total` with `parts` typed in the display locale.
pub fn quote(
    total: Money,
    parts: &[&str],
    locale: Locale,
    language: Language,
) -> Result<SplitQuote> {
    let parsed = parts
        .iter()
        .map(|p| crate::drawer::parse_amount(p, total.currency, locale, language))
        .collect::<Result<Vec<_>>>()?;
    let (parts, card) = check_parts(total, &parsed, language)?;
    let cash: i64 = parts.iter().sum();
    Ok(SplitQuote {
        total: amount(total.amount_minor, total.currency, locale),
        cash: amount(cash, total.currency, locale),
        card: amount(card.amount_minor, total.currency, locale),
    })
}

/// Sells `cart` as split sale `sale_id`: `parts` in cash (into the open drawer), the balance by
/// card. Writes everything first, then creates the session for the balance. The same sale id
/// again returns the recorded sale (resuming its session's creation with the same key).
pub async fn pay(
    checkout: &Checkout,
    sale_id: &str,
    cart: &Cart,
    parts: &[Money],
    customer_email: Option<&str>,
) -> Result<SplitView> {
    let language = checkout.settings().language;
    let total = cart
        .validate_for_charge()
        .map_err(|e| e.refusal(language))?;
    let staff_id = checkout.acting(Action::CashSale)?;
    if cart.promotion_codes() {
        return Err(crate::cart::CartError::PromotionCodesNeedCard.refusal(language));
    }
    if cart
        .membership()
        .map_err(|e| e.refusal(language))?
        .is_some()
    {
        return Err(
            Error::invalid_input(text(language, "split-error-membership"))
                .with_reason("membership_needs_card"),
        );
    }
    let email = customer_email
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|email| crate::email::validate_email(email, language))
        .transpose()?;
    let (parts, card) = check_parts(total, parts, language)?;
    {
        let lock = checkout.sale_lock(sale_id)?;
        let _turn = lock.lock().await;
        let id = sale_id.to_string();
        let existing = checkout.store().call(move |l| l.sale(&id)).await?;
        match existing {
            Some(existing) if existing.tender != TenderKind::Split => {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    text_with(
                        language,
                        "split-error-sale-not-split",
                        &[
                            ("sale", Arg::Text(sale_id)),
                            ("tender", Arg::Text(existing.tender.as_str())),
                        ],
                    ),
                )
                .with_reason("sale_not_split"));
            }
            Some(existing) => {
                let id = sale_id.to_string();
                let taken: Vec<i64> = checkout
                    .store()
                    .call(move |l| l.sale_tenders(&id))
                    .await?
                    .iter()
                    .filter(|t| t.kind == "cash")
                    .map(|t| t.amount)
                    .take(parts.len())
                    .collect();
                if existing.amount_total != total.amount_minor || taken != parts {
                    return Err(Error::new(
                        ErrorCode::Conflict,
                        text_with(
                            language,
                            "split-error-other-amounts",
                            &[("sale", Arg::Text(sale_id))],
                        ),
                    )
                    .with_reason("split_other_amounts"));
                }
                tracing::info!(sale_id, "split repeated: the recorded sale stands");
            }
            None => {
                let created_at = now_ms();
                let sale = NewSale {
                    pricing: crate::checkout::cart_pricing(cart),
                    staff_id: staff_id.clone(),
                    id: sale_id.to_string(),
                    mode: checkout.settings().mode,
                    register_id: checkout.settings().register_id.clone(),
                    state: SaleState::Creating,
                    currency: total.currency,
                    amount_total: total.amount_minor,
                    customer_email: email,
                    lines: cart_lines(cart),
                    membership: None,
                    idempotency_key: format!("till-{sale_id}-create"),
                    created_at,
                };
                let cash: i64 = parts.iter().sum();
                let entry = TimelineEntry {
                    at: created_at,
                    source: Source::Staff.as_str().into(),
                    kind: "created".into(),
                    to_state: Some(SaleState::Creating.as_str().into()),
                    staff_id,
                    ..TimelineEntry::default()
                }
                .with_words(&crate::checkout::adjustments_phrase(
                    crate::sale::Phrase::of(
                        "timeline-split-pressed",
                        &[
                            ("lines", sale.lines.len().to_string()),
                            ("total", plain(total)),
                            ("cash", plain(Money::new(cash, total.currency))),
                            ("parts", parts.len().to_string()),
                            ("card", plain(card)),
                        ],
                    ),
                    cart,
                    checkout.settings().locale,
                ));
                checkout
                    .store()
                    .call(move |l| l.insert_split_sale(&sale, &parts, &entry).map(|_| ()))
                    .await?;
                tracing::info!(
                    sale_id,
                    cash,
                    card = card.amount_minor,
                    "split sale recorded; creating the session for its card part"
                );
            }
        }
    }
    crate::checkout::fail_point("after_sale_written")?;
    // Creates the session (or gets it back with the stored key) when it has none yet.
    checkout.retry(sale_id).await?;
    view(checkout, sale_id).await
}

fn plain(money: Money) -> String {
    format!("{} {}", money.to_major_string(), money.currency)
}

/// A split sale with its cash, card part and what staff can do.
pub async fn view(checkout: &Checkout, sale_id: &str) -> Result<SplitView> {
    let id = sale_id.to_string();
    let (sale, tenders, sums, ending, from) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.require_sale(&id)?,
                l.sale_tenders(&id)?,
                l.tender_sums(&id)?,
                l.split_ending(&id)?,
                l.split_carried_from(&id)?,
            ))
        })
        .await?;
    if sale.tender != TenderKind::Split {
        return Err(not_split(&sale, checkout.settings().language));
    }
    let (currency, locale) = (sale.currency, checkout.settings().locale);
    let ended_unpaid = matches!(
        sale.state,
        SaleState::Failed | SaleState::Expired | SaleState::Canceled
    );
    let actions = if ending.is_some() {
        Vec::new()
    } else if ended_unpaid {
        vec!["retry_card", "balance_cash", "void"]
    } else if matches!(sale.state, SaleState::Creating | SaleState::AwaitingPayment) {
        vec!["cancel", "balance_cash", "void"]
    } else {
        Vec::new()
    };
    Ok(SplitView {
        cash_parts: tenders
            .iter()
            .filter(|t| t.kind == "cash")
            .map(|t| amount(t.amount - t.rounding, currency, locale))
            .collect(),
        cash: amount(sums.cash_applied, currency, locale),
        card: amount(sums.card_part, currency, locale),
        ending: ending.as_ref().map(|e| e.kind.clone()),
        next_sale_id: ending.and_then(|e| e.next_sale_id),
        carried_from: from,
        actions,
        sale: checkout.view(&sale),
    })
}

fn not_split(sale: &SaleRecord, language: Language) -> Error {
    Error::invalid_input(text_with(
        language,
        "split-error-not-split",
        &[
            ("sale", Arg::Text(&sale.id)),
            ("tender", Arg::Text(sale.tender.as_str())),
        ],
    ))
    .with_reason("not_split")
}

/// The split sale, its card part ended: an open one is cancelled at Stripe first (Stripe
/// confirms the expire). `Ok(None)` when Stripe says it was paid meanwhile.
async fn ended(checkout: &Checkout, sale_id: &str) -> Result<Option<SaleRecord>> {
    let id = sale_id.to_string();
    let (mut sale, ending) = checkout
        .store()
        .call(move |l| Ok((l.require_sale(&id)?, l.split_ending(&id)?)))
        .await?;
    if sale.tender != TenderKind::Split {
        return Err(not_split(&sale, checkout.settings().language));
    }
    if let Some(ending) = ending {
        return Err(Error::new(
            ErrorCode::Conflict,
            match ending.next_sale_id {
                Some(next) => text_with(
                    checkout.settings().language,
                    "split-error-retried",
                    &[("sale", Arg::Text(sale_id)), ("next", Arg::Text(&next))],
                ),
                None => text_with(
                    checkout.settings().language,
                    "split-error-settled",
                    &[
                        ("sale", Arg::Text(sale_id)),
                        ("kind", Arg::Text(&ending.kind)),
                    ],
                ),
            },
        )
        .with_reason("split_settled"));
    }
    if matches!(
        sale.state,
        SaleState::Creating | SaleState::AwaitingPayment | SaleState::Canceling
    ) {
        checkout.cancel(sale_id).await?;
        let id = sale_id.to_string();
        sale = checkout.store().call(move |l| l.require_sale(&id)).await?;
    }
    match sale.state {
        SaleState::Paid => Ok(None),
        SaleState::Failed | SaleState::Expired | SaleState::Canceled => Ok(Some(sale)),
        other => Err(Error::new(
            ErrorCode::Conflict,
            text_with(
                checkout.settings().language,
                "split-error-card-open",
                &[
                    ("sale", Arg::Text(sale_id)),
                    ("state", Arg::Text(other.as_str())),
                ],
            ),
        )
        .with_reason("split_card_open")),
    }
}

/// Takes the balance of a split sale in cash (`tendered`, with the currency's cash rounding
/// and change): the sale becomes paid. The amount is checked first (`tender_short`, ...:
/// nothing changes); then an open card part is cancelled at Stripe, and if Stripe says it
/// was paid meanwhile, no cash is taken (the view shows the sale paid by card).
/// The change for `tendered` against a split sale's card balance, as [`balance_in_cash`]
/// would take it (with the cash rounding), recording nothing: the cash dialog's Change due.
pub async fn balance_quote(
    checkout: &Checkout,
    sale_id: &str,
    tendered: Money,
) -> Result<crate::drawer::CashQuote> {
    let (sale, _, payment) = balance_payment(checkout, sale_id, tendered).await?;
    let locale = checkout.settings().locale;
    Ok(crate::drawer::CashQuote {
        tendered: amount(payment.tendered.amount_minor, sale.currency, locale),
        change: amount(payment.change.amount_minor, sale.currency, locale),
    })
}

/// A split sale, its card balance and `tendered` taken for it in cash (checked, with the
/// cash rounding): what [`balance_quote`] shows and [`balance_in_cash`] records.
async fn balance_payment(
    checkout: &Checkout,
    sale_id: &str,
    tendered: Money,
) -> Result<(SaleRecord, Money, till_domain::tender::CashPayment)> {
    let id = sale_id.to_string();
    let (sale, sums) = checkout
        .store()
        .call(move |l| Ok((l.require_sale(&id)?, l.tender_sums(&id)?)))
        .await?;
    if sale.tender != TenderKind::Split {
        return Err(not_split(&sale, checkout.settings().language));
    }
    let balance = Money::new(sums.card_part, sale.currency);
    let rounding = cash_rounding(checkout, sale.currency).await?;
    let payment = pay_cash(balance, tendered, rounding, checkout.settings().language)?;
    Ok((sale, balance, payment))
}

pub async fn balance_in_cash(
    checkout: &Checkout,
    sale_id: &str,
    tendered: Money,
) -> Result<SplitView> {
    // The cash is checked before the card part is cancelled: a refused amount changes nothing.
    let staff_id = checkout.acting(Action::CashSale)?;
    let (_, balance, payment) = balance_payment(checkout, sale_id, tendered).await?;
    let Some(sale) = ended(checkout, sale_id).await? else {
        tracing::info!(
            sale_id,
            "the card part was paid before it could be cancelled; no cash taken"
        );
        return view(checkout, sale_id).await;
    };
    let lock = checkout.sale_lock(sale_id)?;
    let _turn = lock.lock().await;
    let at = now_ms();
    let mut words = crate::sale::Phrase::default();
    words.push_with(
        "timeline-split-cash-balance",
        &[
            ("balance", plain(balance)),
            ("tendered", plain(payment.tendered)),
            ("change", plain(payment.change)),
        ],
        vec![(
            "state",
            crate::sale::PhrasePart::word(
                "timeline-state",
                &[("state", sale.state.as_str().to_string())],
            ),
        )],
    );
    if payment.rounding.amount_minor != 0 {
        words.push(
            "timeline-cash-rounding",
            &[("rounding", plain(payment.rounding))],
        );
    }
    let entry = TimelineEntry {
        at,
        source: Source::Staff.as_str().into(),
        kind: "paid_cash_balance".into(),
        from_state: Some(sale.state.as_str().into()),
        to_state: Some(SaleState::Paid.as_str().into()),
        staff_id,
        ..TimelineEntry::default()
    }
    .with_words(&words);
    let tender = NewCashTender {
        amount: payment.applied.amount_minor,
        tendered: payment.tendered.amount_minor,
        change: payment.change.amount_minor,
        rounding: payment.rounding.amount_minor,
    };
    let (id, state) = (sale_id.to_string(), sale.state);
    checkout
        .store()
        .call(move |l| l.settle_split_in_cash(&id, state, &tender, &entry))
        .await?;
    tracing::info!(
        sale_id,
        balance = balance.amount_minor,
        "split balance taken in cash"
    );
    view(checkout, sale_id).await
}

/// Voids a split sale whose card part did not pay: all its cash goes back to the customer
/// (a `refund` drawer movement). An open card part is cancelled at Stripe first.
pub async fn void(checkout: &Checkout, sale_id: &str) -> Result<SplitView> {
    // Giving back the cash of a sale that did not happen is part of selling.
    let staff_id = checkout.acting(Action::CashSale)?;
    let Some(sale) = ended(checkout, sale_id).await? else {
        return Err(Error::new(
            ErrorCode::Conflict,
            text_with(
                checkout.settings().language,
                "split-error-paid",
                &[("sale", Arg::Text(sale_id))],
            ),
        )
        .with_reason("split_paid"));
    };
    let lock = checkout.sale_lock(sale_id)?;
    let _turn = lock.lock().await;
    let entry = TimelineEntry {
        at: now_ms(),
        source: Source::Staff.as_str().into(),
        kind: "voided".into(),
        staff_id,
        ..TimelineEntry::default()
    }
    .with_words(&{
        let mut words = crate::sale::Phrase::default();
        words.push_with(
            "timeline-split-voided",
            &[],
            vec![(
                "state",
                crate::sale::PhrasePart::word(
                    "timeline-state",
                    &[("state", sale.state.as_str().to_string())],
                ),
            )],
        );
        words
    });
    let (id, state) = (sale_id.to_string(), sale.state);
    let given = checkout
        .store()
        .call(move |l| l.void_split(&id, state, &entry))
        .await?;
    tracing::info!(sale_id, given, "split sale voided, its cash given back");
    view(checkout, sale_id).await
}

/// Retries the card of a split sale whose card part ended unpaid: a new split sale (its own
/// id and create key) carries the cash over and gets a new session for the same balance.
/// Returns the new sale.
pub async fn retry_card(checkout: &Checkout, sale_id: &str) -> Result<SplitView> {
    let staff_id = checkout.acting(Action::Sell)?;
    let id = sale_id.to_string();
    let (sale, lines, pricing) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.require_sale(&id)?,
                l.sale_lines(&id)?,
                l.sale_pricing(&id)?,
            ))
        })
        .await?;
    if sale.tender != TenderKind::Split {
        return Err(not_split(&sale, checkout.settings().language));
    }
    let next_id = Checkout::new_sale_id();
    let at = now_ms();
    let next = NewSale {
        pricing,
        staff_id: staff_id.clone(),
        id: next_id.clone(),
        mode: sale.mode,
        register_id: sale.register_id.clone(),
        state: SaleState::Creating,
        currency: sale.currency,
        amount_total: sale.amount_total,
        customer_email: sale.customer_email.clone(),
        lines: lines
            .into_iter()
            .map(|l| NewSaleLine {
                tax_rates: l.tax_rates,
                price_id: l.price_id,
                product_id: l.product_id,
                name: l.name,
                unit_amount: l.unit_amount,
                quantity: l.quantity,
            })
            .collect(),
        membership: None,
        idempotency_key: format!("till-{next_id}-create"),
        created_at: at,
    };
    let entry = TimelineEntry {
        at,
        source: Source::Staff.as_str().into(),
        kind: "card_retried".into(),
        staff_id: staff_id.clone(),
        ..TimelineEntry::default()
    }
    .with_words(&crate::sale::Phrase::of(
        "timeline-split-retried",
        &[("next", next_id.to_string())],
    ));
    let next_entry = TimelineEntry {
        at,
        source: Source::Staff.as_str().into(),
        kind: "created".into(),
        to_state: Some(SaleState::Creating.as_str().into()),
        staff_id,
        ..TimelineEntry::default()
    }
    .with_words(&crate::sale::Phrase::of(
        "timeline-split-retry-created",
        &[("sale", sale_id.to_string())],
    ));
    {
        let lock = checkout.sale_lock(sale_id)?;
        let _turn = lock.lock().await;
        let (id, state) = (sale_id.to_string(), sale.state);
        checkout
            .store()
            .call(move |l| l.retry_split(&id, state, &next, &entry, &next_entry))
            .await?;
    }
    tracing::info!(sale_id, next = %next_id, "split card retried as a new sale");
    crate::checkout::fail_point("after_sale_written")?;
    checkout.retry(&next_id).await?;
    view(checkout, &next_id).await
}

/// This till's split sales whose card part ended unpaid and that nobody settled yet, oldest
/// first: the register shows them until each is retried, paid in cash or voided.
pub async fn unsettled_list(checkout: &Checkout) -> Result<Vec<SplitView>> {
    let (mode, register) = (
        checkout.settings().mode,
        checkout.settings().register_id.clone(),
    );
    let sales = checkout
        .store()
        .call(move |l| l.unsettled_splits(mode, &register))
        .await?;
    let mut views = Vec::with_capacity(sales.len());
    for sale in sales {
        views.push(view(checkout, &sale.id).await?);
    }
    Ok(views)
}

/// Whether `sale_id` is a split sale whose card part ended unpaid and that nobody settled
/// yet: its cash is in the drawer, so the register must not start over on it.
pub async fn unsettled(context: &Context, sale_id: &str) -> Result<bool> {
    let id = sale_id.to_string();
    let (sale, ending) = context
        .store()
        .call(move |l| Ok((l.sale(&id)?, l.split_ending(&id)?)))
        .await?;
    Ok(sale.is_some_and(|s| {
        s.tender == TenderKind::Split
            && matches!(
                s.state,
                SaleState::Failed | SaleState::Expired | SaleState::Canceled
            )
    }) && ending.is_none())
}

/// The refusal when a register would start over on an unsettled split sale.
pub fn unsettled_error(sale_id: &str, language: Language) -> Error {
    Error::new(
        ErrorCode::Conflict,
        text_with(
            language,
            "split-error-unsettled",
            &[("sale", Arg::Text(sale_id))],
        ),
    )
    .with_reason("split_unsettled")
}
