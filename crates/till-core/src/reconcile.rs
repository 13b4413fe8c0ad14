//! Reconciliation: bring the ledger in line with Stripe for a period, and several tills.
//!
//! A sweep lists the Checkout Sessions created in a period (at start, and on demand: the
//! owner's view, `tillctl reconcile --since DATE`) and compares each with the ledger:
//! - a Till session missing locally is **imported**: this till's always, another till's (its
//!   `till_register_id` differs) when the owner asks for every register. Stripe is the shared
//!   ledger between tills; there is no sync server of Till's own.
//! - a sale whose state is behind Stripe's is **updated** through the sale state machine, as a
//!   poll would (timeline source `reconcile`);
//! - a sale whose state the state machine will not move because the ledger contradicts Stripe
//!   (it was edited, or restored from an old copy) is **corrected** from Stripe: a
//!   compare-and-set to the state the session shows, with a `corrected` timeline entry that
//!   says what the ledger said and what Stripe says. Only the sale's own session can correct
//!   it, and only reconciliation does this.
//!
//! The sweep reports every change; the report is kept in the ledger.

use serde::Serialize;
use serde_json::Value;

use crate::calendar;
use crate::checkout::{Checkout, SaleView, Source};
use crate::error::{Error, ErrorCode, Result};
use crate::mode::Mode;
use crate::money::{Currency, Money};
use crate::sale::{Observation, Phrase, PhrasePart, SaleState};
use crate::store::{now_ms, ImportedSale, NewSaleLine, Note, SaleRecord};
use crate::stripe::json::{id_of, metadata, session_view_from_json, str_at, till_sale_id};
use crate::stripe::SessionView;
use crate::tender::TenderKind;

/// The start-up sweep looks this far back before the previous sweep began (a delayed payment
/// can settle days after its session was created).
pub const STARTUP_OVERLAP_SECS: i64 = 2 * 24 * 3600;
/// The first start-up sweep of a ledger looks back this far.
pub const FIRST_STARTUP_LOOKBACK_SECS: i64 = 7 * 24 * 3600;

/// Which sessions to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReconcileOptions {
    /// Sessions created at or after this (Unix seconds).
    pub since: i64,
    /// ... and before this, if given.
    pub until: Option<i64>,
    /// Import the sales of every till, not only this one's.
    pub all_registers: bool,
}

/// One sale the sweep imported, updated, corrected or could not settle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub sale_id: String,
    pub session_id: String,
    pub register_id: String,
    pub from_state: Option<String>,
    pub to_state: String,
    pub detail: String,
}

/// A session the sweep left alone, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    pub session_id: String,
    pub reason: String,
}

/// What a sweep found and changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReconcileReport {
    pub mode: String,
    pub register_id: String,
    pub since: i64,
    pub until: Option<i64>,
    pub all_registers: bool,
    /// Sessions Stripe listed for the period.
    pub sessions: usize,
    pub imported: Vec<Change>,
    pub updated: Vec<Change>,
    pub corrected: Vec<Change>,
    /// Differences the sweep did not change: a person should look (the message says what).
    pub needs_attention: Vec<Change>,
    /// Sessions whose sale already agreed with Stripe.
    pub unchanged: usize,
    pub skipped: Vec<Skipped>,
}

impl ReconcileReport {
    /// Every sale the sweep wrote to, each once.
    pub fn changed_sales(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for change in self
            .imported
            .iter()
            .chain(&self.updated)
            .chain(&self.corrected)
        {
            if !ids.contains(&change.sale_id) {
                ids.push(change.sale_id.clone());
            }
        }
        ids
    }

    /// One line for logs and `tillctl`.
    pub fn summary(&self) -> String {
        format!(
            "{} session(s) compared: {} imported, {} updated, {} corrected, {} need attention, {} unchanged, {} skipped.",
            self.sessions,
            self.imported.len(),
            self.updated.len(),
            self.corrected.len(),
            self.needs_attention.len(),
            self.unchanged,
            self.skipped.len()
        )
    }
}

/// What a session says the sale's outcome is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// The customer may still pay.
    Open,
    Paid,
    /// Completed with a delayed method; the bank has not answered.
    Processing,
    /// Completed, and the delayed payment failed.
    Failed,
    Expired,
}

fn outcome_of(session: &SessionView) -> Outcome {
    match (session.status.as_str(), session.payment_status.as_str()) {
        ("complete", "paid" | "no_payment_required") => Outcome::Paid,
        ("complete", _) => {
            let failed = session.payment_intent.as_ref().is_some_and(|p| {
                matches!(p.status.as_str(), "requires_payment_method" | "canceled")
            });
            if failed {
                Outcome::Failed
            } else {
                Outcome::Processing
            }
        }
        ("expired", _) => Outcome::Expired,
        _ => Outcome::Open,
    }
}

/// Whether the ledger's state is what the session says (or on its way there).
fn agrees(local: SaleState, outcome: Outcome) -> bool {
    match outcome {
        Outcome::Open => matches!(
            local,
            SaleState::Creating | SaleState::AwaitingPayment | SaleState::Canceling
        ),
        Outcome::Paid => local == SaleState::Paid,
        Outcome::Processing => local == SaleState::Processing,
        Outcome::Failed => local == SaleState::Failed,
        // A cancelled sale is one whose session staff had Stripe expire.
        Outcome::Expired => matches!(local, SaleState::Expired | SaleState::Canceled),
    }
}

/// The state a correction writes.
fn corrected_state(outcome: Outcome) -> SaleState {
    match outcome {
        Outcome::Open => SaleState::AwaitingPayment,
        Outcome::Paid => SaleState::Paid,
        Outcome::Processing => SaleState::Processing,
        Outcome::Failed => SaleState::Failed,
        Outcome::Expired => SaleState::Expired,
    }
}

fn describe_session(session: &SessionView) -> String {
    session_words(session).text(crate::i18n::Language::En)
}

/// A session as reconciliation's timeline words name it: its id, Stripe's status and payment
/// status (Stripe's own codes), its amount and PaymentIntent when it has them.
fn session_words(session: &SessionView) -> PhrasePart {
    let mut args = vec![
        ("session", session.id.clone()),
        ("status", session.status.clone()),
        ("payment", session.payment_status.clone()),
    ];
    let amount = match (
        session.amount_total,
        session.currency.as_deref().map(Currency::parse),
    ) {
        (Some(amount), Some(Ok(currency))) => {
            let money = Money::new(amount, currency);
            Some(format!("{} {}", money.to_major_string(), money.currency))
        }
        _ => None,
    };
    let intent = session.payment_intent.as_ref().map(|p| p.id.clone());
    let id = match (amount, intent) {
        (Some(amount), Some(intent)) => {
            args.extend([("amount", amount), ("intent", intent)]);
            "timeline-reconcile-session-amount-intent"
        }
        (Some(amount), None) => {
            args.push(("amount", amount));
            "timeline-reconcile-session-amount"
        }
        (None, Some(intent)) => {
            args.push(("intent", intent));
            "timeline-reconcile-session-intent"
        }
        (None, None) => "timeline-reconcile-session",
    };
    PhrasePart::word(id, &args)
}

/// The sweep.
pub async fn reconcile(checkout: &Checkout, options: &ReconcileOptions) -> Result<ReconcileReport> {
    if options.until.is_some_and(|until| until <= options.since) {
        return Err(Error::invalid_input(
            "The period ends before it starts: check --since and --until.",
        ));
    }
    let started_at = now_ms();
    let settings = checkout.settings();
    let sessions = checkout
        .gateway()
        .list_sessions_json(options.since, options.until)
        .await
        .map_err(|failure| {
            let error = Error::from(failure);
            Error::new(
                error.code,
                format!(
                    "Could not list Stripe's Checkout Sessions: {} Nothing was changed.",
                    error.message
                ),
            )
        })?;
    let mut report = ReconcileReport {
        mode: settings.mode.as_str().to_string(),
        register_id: settings.register_id.clone(),
        since: options.since,
        until: options.until,
        all_registers: options.all_registers,
        sessions: sessions.len(),
        imported: Vec::new(),
        updated: Vec::new(),
        corrected: Vec::new(),
        needs_attention: Vec::new(),
        unchanged: 0,
        skipped: Vec::new(),
    };
    // Oldest first, as they happened.
    for session in sessions.iter().rev() {
        if let Err(e) = reconcile_one(checkout, options, session, &mut report).await {
            let id = str_at(session, "id").unwrap_or("?").to_string();
            tracing::warn!(session_id = %id, error = %e, "reconciliation could not compare a session");
            report.skipped.push(Skipped {
                session_id: id,
                reason: format!("error: {}", e.message),
            });
        }
    }
    let json = serde_json::to_string(&report).unwrap_or_else(|_| "{}".into());
    let (mode, since, until, all) = (
        settings.mode.as_str(),
        options.since,
        options.until,
        options.all_registers,
    );
    checkout
        .store()
        .call(move |l| l.record_reconcile_run(mode, started_at, since, until, all, &json))
        .await?;
    tracing::info!(summary = %report.summary(), "reconciliation finished");
    Ok(report)
}

/// The start-up sweep: this till's sessions since shortly before the previous sweep began
/// (the first time: [`FIRST_STARTUP_LOOKBACK_SECS`]).
pub async fn startup_sweep(checkout: &Checkout) -> Result<ReconcileReport> {
    let mode = checkout.settings().mode.as_str();
    let last = checkout
        .store()
        .call(move |l| l.last_reconcile_started(mode))
        .await?;
    let now = now_ms() / 1000;
    let since = match last {
        Some(ms) => ms / 1000 - STARTUP_OVERLAP_SECS,
        None => now - FIRST_STARTUP_LOOKBACK_SECS,
    };
    reconcile(
        checkout,
        &ReconcileOptions {
            since: since.max(now - crate::events::FIRST_LOOKBACK_SECS),
            until: None,
            all_registers: false,
        },
    )
    .await
}

async fn reconcile_one(
    checkout: &Checkout,
    options: &ReconcileOptions,
    session: &Value,
    report: &mut ReconcileReport,
) -> Result<()> {
    let settings = checkout.settings();
    let Some(view) = session_view_from_json(session, None) else {
        report.skipped.push(Skipped {
            session_id: str_at(session, "id").unwrap_or("?").to_string(),
            reason: "its status could not be read".into(),
        });
        return Ok(());
    };
    let skip = |report: &mut ReconcileReport, reason: String| {
        report.skipped.push(Skipped {
            session_id: view.id.clone(),
            reason,
        })
    };
    if view.livemode != (settings.mode == Mode::Live) {
        skip(report, "a session of the other mode (test or live)".into());
        return Ok(());
    }
    let Some(sale_id) = till_sale_id(view.client_reference_id.as_deref())
        .or_else(|| till_sale_id(metadata(session, "till_sale_id")))
    else {
        skip(report, "not a Till sale (no till sale id)".into());
        return Ok(());
    };
    if let Some(mode) = metadata(session, "till_mode").filter(|m| *m != settings.mode.as_str()) {
        skip(
            report,
            format!("a {mode} sale; Till is in {} mode", settings.mode),
        );
        return Ok(());
    }
    let register_id = metadata(session, "till_register_id")
        .unwrap_or("unknown")
        .to_string();
    let lock = checkout.sale_lock(&sale_id)?;
    let _turn = lock.lock().await;
    let (by_id, by_session) = (sale_id.clone(), view.id.clone());
    let local = checkout
        .store()
        .call(move |l| match l.sale(&by_id)? {
            Some(sale) => Ok(Some(sale)),
            None => l.sale_by_session(&by_session),
        })
        .await?;
    match local {
        None => {
            let ours = register_id == settings.register_id;
            if !ours && !options.all_registers {
                skip(
                    report,
                    format!(
                        "a sale of another till ({register_id}); import it with --all-registers"
                    ),
                );
                return Ok(());
            }
            if !ours && outcome_of(&view) == Outcome::Open {
                skip(
                    report,
                    format!("still open at another till ({register_id}); it is imported once it is finished"),
                );
                return Ok(());
            }
            import(checkout, session, &view, &sale_id, &register_id, report).await
        }
        Some(record) if record.mode != settings.mode.as_str() => {
            skip(
                report,
                format!(
                    "sale {} is a {} sale in this ledger",
                    record.id, record.mode
                ),
            );
            Ok(())
        }
        Some(record) => compare(checkout, record, &view, report).await,
    }
}

async fn compare(
    checkout: &Checkout,
    mut record: SaleRecord,
    view: &SessionView,
    report: &mut ReconcileReport,
) -> Result<()> {
    let outcome = outcome_of(view);
    let change = |record: &SaleRecord, from: &str, detail: String| Change {
        sale_id: record.id.clone(),
        session_id: view.id.clone(),
        register_id: record.register_id.clone(),
        from_state: Some(from.to_string()),
        to_state: record.state.as_str().to_string(),
        detail,
    };
    match record.session_id.clone() {
        Some(known) if known != view.id => {
            // Another session carries this sale id: one made with an idempotency key Till
            // later replaced, never shown to a customer. Only a payment there matters.
            if outcome == Outcome::Paid || outcome == Outcome::Processing {
                report.needs_attention.push(change(
                    &record,
                    record.state.as_str(),
                    format!(
                        "{}, but the sale's session is {known}: a second session was paid. Check both in the Stripe Dashboard.",
                        describe_session(view)
                    ),
                ));
            } else {
                report.skipped.push(Skipped {
                    session_id: view.id.clone(),
                    reason: format!(
                        "an unused second session of sale {} (its session is {known})",
                        record.id
                    ),
                });
            }
            return Ok(());
        }
        Some(_) => {}
        None => {
            // The ledger never learnt the session (a crash right after Stripe made it).
            record = checkout
                .observe(
                    &record.id,
                    Observation::SessionCreated {
                        session_id: view.id.clone(),
                        url: view.url.clone().unwrap_or_default(),
                        expires_at: view.expires_at,
                    },
                    Source::Reconcile,
                    Some(view),
                )
                .await?;
        }
    }
    if record.tender == TenderKind::Split
        && record.state == SaleState::Paid
        && outcome != Outcome::Paid
    {
        // A split whose card part ended unpaid and whose balance was then taken in cash:
        // Stripe's session rightly says it was not paid by card; the ledger is right too.
        let id = record.id.clone();
        let ending = checkout.store().call(move |l| l.split_ending(&id)).await?;
        if ending.is_some_and(|e| e.kind == "cash") {
            report.unchanged += 1;
            return Ok(());
        }
    }
    let before = record.state;
    let before_detail = record.status_detail.clone();
    let record = checkout
        .apply_session(record, view, Source::Reconcile)
        .await?;
    let local = record.state;
    if agrees(local, outcome) {
        if record.state != before || record.status_detail != before_detail {
            report.updated.push(change(
                &record,
                before.as_str(),
                format!(
                    "{}; updated through the state machine.",
                    describe_session(view)
                ),
            ));
        } else {
            report.unchanged += 1;
        }
        let expected = charged_part(checkout, &record).await?;
        check_amount(&record, expected, view, report);
        return Ok(());
    }
    if record.session_id.as_deref() != Some(view.id.as_str()) {
        report.needs_attention.push(change(
            &record,
            before.as_str(),
            format!(
                "{}, but the sale is {} and has no session recorded; nothing was changed.",
                describe_session(view),
                record.state
            ),
        ));
        return Ok(());
    }
    // The state machine refused: the ledger contradicts Stripe. Stripe is the authority.
    let target = corrected_state(outcome);
    let at = now_ms();
    let mut words = Phrase::default();
    words.push_with(
        "timeline-reconcile-corrected",
        &[],
        vec![
            (
                "state",
                PhrasePart::word(
                    "timeline-state",
                    &[("state", record.state.as_str().to_string())],
                ),
            ),
            ("session", session_words(view)),
        ],
    );
    let detail = words.english();
    let note = Note {
        staff_id: None,
        at,
        source: Source::Reconcile.as_str().into(),
        kind: "corrected".into(),
        from_state: Some(record.state.as_str().to_string()),
        to_state: Some(target.as_str().into()),
        detail: detail.clone(),
        session_id: Some(view.id.clone()),
        payment_intent_id: view.payment_intent.as_ref().map(|p| p.id.clone()),
        event_id: None,
        message: None,
    }
    .with_words(&words);
    let (id, from, to) = (record.id.clone(), record.state, target.as_str());
    let payment_intent = note.payment_intent_id.clone();
    let settled_at = target
        .is_terminal()
        .then(|| record.settled_at.unwrap_or(at));
    let written = checkout
        .store()
        .call(move |l| {
            l.correct_sale_state(
                &id,
                from.as_str(),
                to,
                payment_intent.as_deref(),
                settled_at,
                &note,
            )
        })
        .await?;
    let id = record.id.clone();
    let after = checkout.store().call(move |l| l.require_sale(&id)).await?;
    if written {
        tracing::warn!(sale_id = %after.id, from = %record.state, to = %after.state, "ledger corrected from Stripe");
        report
            .corrected
            .push(change(&after, record.state.as_str(), detail));
    } else {
        report.needs_attention.push(change(
            &after,
            record.state.as_str(),
            "The sale changed while reconciliation compared it; run it again.".into(),
        ));
    }
    let expected = charged_part(checkout, &after).await?;
    check_amount(&after, expected, view, report);
    Ok(())
}

/// What Stripe should have charged for a sale: its total, or a split sale's card part.
async fn charged_part(checkout: &Checkout, record: &SaleRecord) -> Result<i64> {
    if record.tender != TenderKind::Split {
        return Ok(record.amount_total);
    }
    let id = record.id.clone();
    Ok(checkout
        .store()
        .call(move |l| l.tender_sums(&id))
        .await?
        .card_part)
}

/// A paid amount that differs from what Stripe should have charged (the sale's total, or a
/// split's card part) is reported, never rewritten.
fn check_amount(
    record: &SaleRecord,
    expected: i64,
    view: &SessionView,
    report: &mut ReconcileReport,
) {
    if outcome_of(view) != Outcome::Paid {
        return;
    }
    if let Some(amount) = view.amount_total.filter(|a| *a != expected) {
        report.needs_attention.push(Change {
            sale_id: record.id.clone(),
            session_id: view.id.clone(),
            register_id: record.register_id.clone(),
            from_state: Some(record.state.as_str().to_string()),
            to_state: record.state.as_str().to_string(),
            detail: format!(
                "Stripe's session was paid {amount} (minor units) but the sale's card part is {expected}: check the sale's lines.",
            ),
        });
    }
}

async fn import(
    checkout: &Checkout,
    session: &Value,
    view: &SessionView,
    sale_id: &str,
    register_id: &str,
    report: &mut ReconcileReport,
) -> Result<()> {
    let settings = checkout.settings();
    let items = checkout.gateway().session_line_items(&view.id).await?;
    let mut lines = Vec::new();
    for item in &items {
        match line_of(item) {
            Some(line) => lines.push(line),
            None => {
                report.skipped.push(Skipped {
                    session_id: view.id.clone(),
                    reason: format!(
                        "sale {sale_id} was not imported: a line item could not be read (price, quantity 1–999, amount)"
                    ),
                });
                return Ok(());
            }
        }
    }
    if lines.is_empty() {
        report.skipped.push(Skipped {
            session_id: view.id.clone(),
            reason: format!("sale {sale_id} was not imported: the session has no line items"),
        });
        return Ok(());
    }
    let Some(currency) = view
        .currency
        .as_deref()
        .and_then(|c| Currency::parse(c).ok())
    else {
        report.skipped.push(Skipped {
            session_id: view.id.clone(),
            reason: format!("sale {sale_id} was not imported: its currency is not one Till knows"),
        });
        return Ok(());
    };
    let amount_total = view
        .amount_total
        .unwrap_or_else(|| lines.iter().map(|l| l.unit_amount * l.quantity).sum());
    let created = session.get("created").and_then(Value::as_i64).unwrap_or(0);
    let customer_email = session
        .pointer("/customer_details/email")
        .and_then(Value::as_str)
        .or_else(|| str_at(session, "customer_email"))
        .map(str::to_string);
    let shown = Money::new(amount_total, currency);
    let imported = ImportedSale {
        id: sale_id.to_string(),
        mode: settings.mode.as_str().to_string(),
        register_id: register_id.to_string(),
        currency: currency.code().to_string(),
        amount_total,
        customer_email,
        session_id: view.id.clone(),
        session_url: view.url.clone(),
        session_expires_at: Some(view.expires_at),
        lines,
        created_at: created.saturating_mul(1000),
    };
    let words = Phrase::of(
        "timeline-reconcile-imported",
        &[
            ("session", view.id.clone()),
            ("register", register_id.to_string()),
            ("lines", imported.lines.len().to_string()),
            (
                "amount",
                format!("{} {}", shown.to_major_string(), shown.currency),
            ),
        ],
    );
    let detail = words.english();
    let note = Note {
        at: now_ms(),
        source: Source::Reconcile.as_str().into(),
        kind: "imported".into(),
        to_state: Some("awaiting_payment".into()),
        session_id: Some(view.id.clone()),
        payment_intent_id: id_of(session.get("payment_intent")),
        ..Note::default()
    }
    .with_words(&words);
    let record = checkout
        .store()
        .call(move |l| {
            l.insert_imported_sale(&imported, &note)?;
            l.require_sale(&imported.id)
        })
        .await?;
    // Then to Stripe's state, through the state machine.
    let record = checkout
        .apply_session(record, view, Source::Reconcile)
        .await?;
    // Refunds Stripe reported before the sale was here.
    if let Some(pi) = record.payment_intent_id.clone() {
        if crate::events::adopt_refund_events(checkout, &pi).await? {
            tracing::info!(sale_id, payment_intent = %pi, "refunds reported earlier applied to the imported sale");
        }
    }
    tracing::info!(sale_id, register_id, session_id = %view.id, state = %record.state, "sale imported from Stripe");
    report.imported.push(Change {
        sale_id: record.id.clone(),
        session_id: view.id.clone(),
        register_id: register_id.to_string(),
        from_state: None,
        to_state: record.state.as_str().to_string(),
        detail,
    });
    Ok(())
}

/// A Checkout line item as a sale line.
fn line_of(item: &Value) -> Option<NewSaleLine> {
    let price = item.get("price")?;
    let quantity = item
        .get("quantity")
        .and_then(Value::as_i64)
        .filter(|q| (1..=999).contains(q))?;
    let unit_amount = price
        .get("unit_amount")
        .and_then(Value::as_i64)
        .or_else(|| {
            item.get("amount_subtotal")
                .and_then(Value::as_i64)
                .map(|subtotal| subtotal / quantity)
        })
        .filter(|a| *a >= 0)?;
    let name = str_at(item, "description")
        .or_else(|| str_at(price, "nickname"))
        .unwrap_or("Item")
        .to_string();
    Some(NewSaleLine {
        tax_rates: Vec::new(),
        price_id: str_at(price, "id")?.to_string(),
        product_id: id_of(price.get("product")).unwrap_or_default(),
        name,
        unit_amount,
        quantity,
    })
}

/// History filtered by register (`None`: every till), newest first.
pub async fn history(
    checkout: &Checkout,
    register_id: Option<&str>,
    state: Option<SaleState>,
    limit: usize,
) -> Result<Vec<SaleView>> {
    let mode = checkout.settings().mode.as_str();
    let register = register_id.map(str::to_string);
    let state = state.map(SaleState::as_str);
    let records = checkout
        .store()
        .call(move |l| l.sales_by_register(mode, register.as_deref(), state, limit))
        .await?;
    Ok(records.iter().map(|r| checkout.view(r)).collect())
}

/// A date or time for `--since` / `--until`: `YYYY-MM-DD` (midnight UTC),
/// `YYYY-MM-DDTHH:MM[:SS]` with `Z` or `±HH:MM`, or Unix seconds. Returns Unix seconds.
pub fn parse_date(text: &str) -> Result<i64> {
    let text = text.trim();
    let bad = || {
        Error::new(
            ErrorCode::InvalidInput,
            format!("{text:?} is not a date: use YYYY-MM-DD (UTC), YYYY-MM-DDTHH:MM:SSZ, or Unix seconds."),
        )
    };
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) && text.len() >= 9 {
        return text.parse().map_err(|_| bad());
    }
    let (date, time) = match text.split_once(['T', ' ']) {
        Some((date, time)) => (date, Some(time)),
        None => (text, None),
    };
    let number = |s: &str, len: usize| -> Result<i64> {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let mut parts = date.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let year = number(y, 4)?;
    let month = u32::try_from(number(m, 2)?).map_err(|_| bad())?;
    let day = u32::try_from(number(d, 2)?).map_err(|_| bad())?;
    if !(1..=12).contains(&month) || !(1..=calendar::days_in_month(year, month)).contains(&day) {
        return Err(bad());
    }
    let mut seconds = calendar::days_from_civil(year, month, day) * 86_400;
    if let Some(time) = time {
        let (clock, offset) = if let Some(clock) = time.strip_suffix('Z') {
            (clock, 0)
        } else if let Some(at) = time.rfind(['+', '-']) {
            let (clock, zone) = time.split_at(at);
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let (h, m) = zone[1..].split_once(':').ok_or_else(bad)?;
            (clock, sign * (number(h, 2)? * 3600 + number(m, 2)? * 60))
        } else {
            return Err(bad());
        };
        let fields: Vec<&str> = clock.split(':').collect();
        let (h, m, s) = match fields.as_slice() {
            [h, m] => (number(h, 2)?, number(m, 2)?, 0),
            [h, m, s] => (number(h, 2)?, number(m, 2)?, number(s, 2)?),
            _ => return Err(bad()),
        };
        if h > 23 || m > 59 || s > 59 {
            return Err(bad());
        }
        seconds += h * 3600 + m * 60 + s - offset;
    }
    Ok(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stripe::PaymentIntentView;

    fn session(status: &str, payment_status: &str, pi_status: Option<&str>) -> SessionView {
        SessionView {
            id: "cs_test_1".into(),
            url: None,
            status: status.into(),
            payment_status: payment_status.into(),
            expires_at: 0,
            amount_total: Some(475),
            currency: Some("usd".into()),
            client_reference_id: Some("sale_abc12345".into()),
            livemode: false,
            subscription_id: None,
            customer_email: None,
            payment_intent: pi_status.map(|s| PaymentIntentView {
                id: "pi_1".into(),
                status: s.into(),
                amount: 475,
                amount_received: 0,
                last_payment_error: None,
            }),
        }
    }

    #[test]
    fn sessions_map_to_outcomes() {
        assert_eq!(outcome_of(&session("open", "unpaid", None)), Outcome::Open);
        assert_eq!(
            outcome_of(&session("complete", "paid", Some("succeeded"))),
            Outcome::Paid
        );
        assert_eq!(
            outcome_of(&session("complete", "no_payment_required", None)),
            Outcome::Paid
        );
        assert_eq!(
            outcome_of(&session("complete", "unpaid", Some("processing"))),
            Outcome::Processing
        );
        assert_eq!(
            outcome_of(&session(
                "complete",
                "unpaid",
                Some("requires_payment_method")
            )),
            Outcome::Failed
        );
        assert_eq!(
            outcome_of(&session("expired", "unpaid", None)),
            Outcome::Expired
        );
    }

    #[test]
    fn agreement_and_corrections() {
        use SaleState::*;
        for state in SaleState::ALL {
            let expected_open = matches!(state, Creating | AwaitingPayment | Canceling);
            assert_eq!(agrees(state, Outcome::Open), expected_open, "{state}");
            assert_eq!(agrees(state, Outcome::Paid), state == Paid, "{state}");
            assert_eq!(
                agrees(state, Outcome::Expired),
                matches!(state, Expired | Canceled),
                "{state}"
            );
        }
        // Every correction lands on a state that agrees with Stripe.
        for outcome in [
            Outcome::Open,
            Outcome::Paid,
            Outcome::Processing,
            Outcome::Failed,
            Outcome::Expired,
        ] {
            assert!(agrees(corrected_state(outcome), outcome), "{outcome:?}");
        }
    }

    #[test]
    fn line_items_become_sale_lines() {
        let item = serde_json::json!({"id":"li_1","object":"item","description":"Caffè Latte","quantity":2,
            "amount_subtotal":950,"price":{"id":"price_demo_latte_usd","product":"prod_demo_latte","unit_amount":475}});
        assert_eq!(
            line_of(&item),
            Some(NewSaleLine {
                tax_rates: Vec::new(),
                price_id: "price_demo_latte_usd".into(),
                product_id: "prod_demo_latte".into(),
                name: "Caffè Latte".into(),
                unit_amount: 475,
                quantity: 2
            })
        );
        let expanded = serde_json::json!({"quantity":1,"amount_subtotal":300,"price":{"id":"price_x","product":{"id":"prod_x"},"unit_amount":null}});
        let line = line_of(&expanded).unwrap();
        assert_eq!(
            (
                line.product_id.as_str(),
                line.unit_amount,
                line.name.as_str()
            ),
            ("prod_x", 300, "Item")
        );
        assert!(
            line_of(&serde_json::json!({"quantity":1000,"price":{"id":"p","unit_amount":1}}))
                .is_none()
        );
        assert!(line_of(&serde_json::json!({"quantity":1})).is_none());
    }

    #[test]
    fn dates_parse_as_utc_unless_an_offset_is_given() {
        assert_eq!(parse_date("1970-01-01").unwrap(), 0);
        assert_eq!(parse_date("2023-11-14").unwrap(), 1_699_920_000);
        assert_eq!(parse_date("2023-11-14T22:13:20Z").unwrap(), 1_700_000_000);
        assert_eq!(
            parse_date("2023-11-15T00:13:20+02:00").unwrap(),
            1_700_000_000
        );
        assert_eq!(
            parse_date("2023-11-14T17:13:20-05:00").unwrap(),
            1_700_000_000
        );
        assert_eq!(parse_date("2023-11-14T22:13Z").unwrap(), 1_699_999_980);
        assert_eq!(parse_date("2024-02-29").unwrap(), 1_709_164_800);
        assert_eq!(parse_date("1700000000").unwrap(), 1_700_000_000);
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-1-01",
            "yesterday",
            "",
            "2023-11-14T25:00Z",
            "2023-11-14T10:00",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
