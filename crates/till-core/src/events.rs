//! Stripe events, the authoritative signal: the Events API poller (a shop's desktop has no
//! public URL) and the local webhook endpoint (`webhook.rs`, for development) both record
//! each event in the ledger, raw, deduplicated by its `evt_` id, and apply it here, through
//! the sale state machine (`Checkout::observe`), oldest first.
//!
//! Event payloads follow the API version current when each event was created, not the one
//! Till pins, so they are read as JSON, defensively: only the fields Till needs, each
//! optional, with the raw event kept. Applying is idempotent: an event applied twice, an
//! older event after a newer one, or a type Till does not use changes nothing (the state
//! machine ignores repeats and stale news; refunds keep the newest report per refund).

use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use crate::checkout::{Checkout, Source};
use crate::error::{Error, ErrorCode, Result};
use crate::members;
use crate::mode::Mode;
use crate::money::{Currency, Money};
use crate::sale::{self, IgnoredReason, Observation, SaleStatus, Transition};
use crate::store::{now_ms, NewEvent, Note, RefundRecord, SaleRecord, Store};
use crate::stripe::json::{
    api_error, id_of, metadata, session_view_from_json, str_at, till_sale_id,
};
use crate::stripe::SessionView;

/// The event types the poller reads (Stripe takes at most 20 in `types[]`, exact names).
pub const EVENT_TYPES: [&str; 19] = [
    "checkout.session.completed",
    "checkout.session.expired",
    "checkout.session.async_payment_succeeded",
    "checkout.session.async_payment_failed",
    "payment_intent.succeeded",
    "payment_intent.payment_failed",
    "payment_intent.requires_action",
    "payment_intent.processing",
    "payment_intent.canceled",
    "charge.refunded",
    "charge.refund.updated",
    "refund.created",
    "refund.updated",
    "refund.failed",
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
    "invoice.paid",
    "invoice.payment_failed",
];

/// Each poll reads back this far before the cursor: events that share the cursor's second,
/// or reach the list a little late, are still seen (and deduplicated by id).
pub const OVERLAP_SECS: i64 = 300;
/// With no cursor yet, the first poll reads everything Stripe keeps (30 days).
pub const FIRST_LOOKBACK_SECS: i64 = 30 * 24 * 3600;
/// Applied events keep their raw JSON this long (for the record and for reading them back);
/// after that only their id, type, times and outcome (`Ledger::compact_events`).
pub const EVENT_JSON_KEEP: Duration = Duration::from_secs(90 * 24 * 3600);
/// An event that fails to apply this many times is set aside (its outcome says why).
pub const MAX_ATTEMPTS: i64 = 5;
/// A refund whose PaymentIntent no sale has yet waits this long (webhooks arrive in any
/// order: the payment's events may come after the refund's) before it is ignored.
pub const WAIT_FOR_SALE_MS: i64 = 3_600_000;
/// How often the poller runs while Till is open, unless Settings say otherwise.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(300);
/// `TILL_EVENTS_POLL_SECS` overrides Settings' `events_poll_seconds`.
pub const POLL_INTERVAL_ENV: &str = "TILL_EVENTS_POLL_SECS";

/// One event at a time: the poller and the webhook applier take turns, so an event arriving
/// both ways is applied once (and the second sees it applied).
static APPLYING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// An event as received: the envelope fields Till needs, and the raw JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub id: String,
    pub kind: String,
    pub created: i64,
    pub livemode: bool,
    pub api_version: Option<String>,
    pub raw: String,
}

impl Received {
    /// Reads the envelope of an event body. Refuses what is not a Stripe event.
    pub fn parse(raw: &[u8]) -> Result<Received> {
        let text = std::str::from_utf8(raw)
            .map_err(|_| Error::invalid_input("A Stripe event was not UTF-8 text."))?;
        let value: Value = serde_json::from_str(text)
            .map_err(|e| Error::invalid_input(format!("A Stripe event was not JSON: {e}")))?;
        let id = str_at(&value, "id")
            .filter(|id| id.starts_with("evt_") && id.len() <= 255)
            .ok_or_else(|| Error::invalid_input("A Stripe event had no evt_ id."))?;
        let kind = str_at(&value, "type")
            .filter(|t| !t.is_empty() && t.len() <= 200)
            .ok_or_else(|| Error::invalid_input(format!("Stripe event {id} had no type.")))?;
        let created = value
            .get("created")
            .and_then(Value::as_i64)
            .ok_or_else(|| {
                Error::invalid_input(format!("Stripe event {id} had no created time."))
            })?;
        Ok(Received {
            id: id.to_string(),
            kind: kind.to_string(),
            created,
            livemode: value
                .get("livemode")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            api_version: str_at(&value, "api_version").map(str::to_string),
            raw: text.to_string(),
        })
    }
}

/// Records an event in the ledger unless its id is known. Returns whether it was new.
pub async fn record(store: &Store, mode: Mode, received: Received, source: Source) -> Result<bool> {
    store
        .call(move |ledger| {
            ledger.record_event(&NewEvent {
                id: &received.id,
                mode: mode.as_str(),
                kind: &received.kind,
                created: received.created,
                livemode: received.livemode,
                api_version: received.api_version.as_deref(),
                received_by: source.as_str(),
                raw: &received.raw,
                received_at: now_ms(),
            })
        })
        .await
}

/// What applying one event did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventOutcome {
    pub event_id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub sale_id: Option<String>,
    /// The sale changed (state, attempt or refunds).
    pub changed: bool,
    /// Already applied before: nothing was done.
    pub duplicate: bool,
    /// Not applied yet: it waits for its sale (see [`WAIT_FOR_SALE_MS`]) and is tried again.
    pub waiting: bool,
    /// In words, as stored with the event.
    pub outcome: String,
}

/// What one poll did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PollReport {
    /// Events Stripe listed (with the overlap before the cursor).
    pub fetched: usize,
    /// Of those, not seen before.
    pub new: usize,
    /// Events applied in this poll (new ones, and any left unapplied earlier).
    pub applied: usize,
    /// Events that failed to apply; they are tried again next time.
    pub failed: usize,
    /// Listed events that were not Stripe events (logged, skipped).
    pub malformed: usize,
    /// The cursor after the poll: `created` of the newest event seen.
    pub cursor: Option<i64>,
    /// Sales that changed, oldest change first, each once.
    pub changed_sales: Vec<String>,
    pub events: Vec<EventOutcome>,
}

/// One poll: reads the events created since the cursor (less [`OVERLAP_SECS`]), all pages,
/// records the new ones, applies every unapplied event oldest first, moves the cursor.
///
/// Stripe's pages are read oldest first and each page is recorded before the next is read
/// (`Gateway::events_oldest_first`), so the poll holds one page of events at a time, however
/// many the window has, and records them in exactly the order it recorded them when it held
/// them all: oldest first, in Stripe's order. A poll stopped midway (Stripe unreachable, Till
/// closed) has recorded the oldest events of the window and nothing after them; the cursor
/// has not moved, so the next poll reads the same window again and records the rest after
/// them (the ones already recorded are known by their ids).
pub async fn poll(checkout: &Checkout) -> Result<PollReport> {
    let mode = checkout.settings().mode;
    let store = checkout.store();
    let cursor = store.call(move |l| l.event_cursor(mode.as_str())).await?;
    let now = now_ms() / 1000;
    let since = match cursor {
        Some(created) => created - OVERLAP_SECS,
        None => now - FIRST_LOOKBACK_SECS,
    };
    let could_not_read = |failure, recorded: usize| {
        let error = Error::from(failure);
        let kept = if recorded == 0 {
            String::new()
        } else {
            format!(" The {recorded} events read before, the oldest, are recorded.")
        };
        Error::new(
            error.code,
            format!(
                "Could not read Stripe's events: {}{kept} Till tries again at the next poll.",
                error.message
            ),
        )
    };
    let gateway = checkout.gateway();
    let mut pages = gateway
        .events_oldest_first(&EVENT_TYPES, since)
        .await
        .map_err(|failure| could_not_read(failure, 0))?;
    let mut report = PollReport {
        cursor,
        ..PollReport::default()
    };
    loop {
        let page = match pages.next().await {
            Ok(Some(page)) => page,
            Ok(None) => break,
            Err(failure) => return Err(could_not_read(failure, report.fetched)),
        };
        report.fetched += page.len();
        // Oldest first, so the ledger's order is Stripe's.
        for raw in page {
            let received = match Received::parse(raw.get().as_bytes()) {
                Ok(received) => received,
                Err(e) => {
                    tracing::warn!(error = %e, "skipped an item of Stripe's event list");
                    report.malformed += 1;
                    continue;
                }
            };
            report.cursor = Some(
                report
                    .cursor
                    .map_or(received.created, |c| c.max(received.created)),
            );
            if record(store, mode, received, Source::Event).await? {
                report.new += 1;
            }
        }
    }
    let (outcomes, failed) = apply_unapplied(checkout).await?;
    report.failed = failed;
    report.applied = outcomes.len();
    for outcome in &outcomes {
        if let (true, Some(sale)) = (outcome.changed, &outcome.sale_id) {
            if !report.changed_sales.contains(sale) {
                report.changed_sales.push(sale.clone());
            }
        }
    }
    report.events = outcomes;
    if let Some(newest) = report.cursor {
        store
            .call(move |l| l.advance_event_cursor(mode.as_str(), newest, now_ms()))
            .await?;
    }
    tracing::info!(
        fetched = report.fetched,
        new = report.new,
        applied = report.applied,
        failed = report.failed,
        changed = report.changed_sales.len(),
        "Stripe events polled"
    );
    Ok(report)
}

/// Applies every recorded, unapplied event of this mode, oldest first. Returns the outcomes
/// and how many failed (they stay unapplied, up to [`MAX_ATTEMPTS`]). An event that waits
/// for its sale is tried once more when another event of the pass changed a sale.
pub async fn apply_unapplied(checkout: &Checkout) -> Result<(Vec<EventOutcome>, usize)> {
    let mode = checkout.settings().mode;
    let mut outcomes: Vec<EventOutcome> = Vec::new();
    let mut failed = 0;
    for pass in 0..2 {
        let pending = checkout
            .store()
            .call(move |l| l.unapplied_event_ids(mode.as_str()))
            .await?;
        let (mut changed, mut waiting) = (false, false);
        for event_id in pending {
            match apply_recorded(checkout, &event_id).await {
                Ok(outcome) => {
                    changed |= outcome.changed;
                    waiting |= outcome.waiting;
                    match outcomes.iter_mut().find(|o| o.event_id == outcome.event_id) {
                        Some(earlier) => *earlier = outcome,
                        None => outcomes.push(outcome),
                    }
                }
                Err(e) => {
                    if pass == 0 {
                        failed += 1;
                    }
                    tracing::warn!(event_id, error = %e, "a Stripe event could not be applied; it is tried again later");
                }
            }
        }
        if !(changed && waiting) {
            break;
        }
    }
    Ok((outcomes, failed))
}

/// A sale was just imported with this PaymentIntent: refund events recorded before, which
/// matched no sale then, are applied to it now. Returns whether the sale changed.
pub async fn adopt_refund_events(checkout: &Checkout, payment_intent_id: &str) -> Result<bool> {
    let (mode, pi) = (checkout.settings().mode, payment_intent_id.to_string());
    let orphans = checkout
        .store()
        .call(move |l| {
            let orphans = l.unmatched_refund_events(mode.as_str(), &pi)?;
            for event in &orphans {
                l.reopen_event(&event.id)?;
            }
            Ok(orphans)
        })
        .await?;
    let mut changed = false;
    for event in orphans {
        changed |= apply_recorded(checkout, &event.id).await?.changed;
    }
    Ok(changed)
}

/// Applies one recorded event (once: an applied event is reported as a duplicate).
pub async fn apply_recorded(checkout: &Checkout, event_id: &str) -> Result<EventOutcome> {
    let _turn = APPLYING.lock().await;
    let id = event_id.to_string();
    let stored = checkout
        .store()
        .call(move |l| l.stored_event(&id))
        .await?
        .ok_or_else(|| {
            Error::new(
                ErrorCode::NotFound,
                format!("Stripe event {event_id} is not in the ledger."),
            )
        })?;
    if stored.applied_at.is_some() {
        return Ok(EventOutcome {
            event_id: stored.id,
            kind: stored.kind,
            sale_id: stored.sale_id,
            changed: false,
            duplicate: true,
            waiting: false,
            outcome: "duplicate: already applied".into(),
        });
    }
    let source = if stored.received_by == Source::Webhook.as_str() {
        Source::Webhook
    } else {
        Source::Event
    };
    let event = Event {
        id: stored.id.clone(),
        kind: stored.kind.clone(),
        created: stored.created,
        livemode: stored.livemode,
        source,
    };
    let applied = match serde_json::from_str::<Value>(&stored.raw) {
        Ok(value) => apply(checkout, &event, &value).await,
        Err(e) => Ok(Applied::ignored(
            None,
            format!("ignored: the stored event is not JSON ({e})"),
        )),
    };
    match applied {
        Ok(applied) if applied.wait && now_ms() - stored.received_at < WAIT_FOR_SALE_MS => {
            let (id, outcome) = (stored.id.clone(), applied.outcome.clone());
            checkout
                .store()
                .call(move |l| l.note_event_waiting(&id, &outcome))
                .await?;
            Ok(EventOutcome {
                event_id: stored.id,
                kind: stored.kind,
                sale_id: None,
                changed: false,
                duplicate: false,
                waiting: true,
                outcome: applied.outcome,
            })
        }
        Ok(applied) => {
            let (id, outcome, sale) = (
                stored.id.clone(),
                applied.outcome.clone(),
                applied.sale_id.clone(),
            );
            checkout
                .store()
                .call(move |l| l.finish_event(&id, &outcome, sale.as_deref(), now_ms()))
                .await?;
            tracing::debug!(event_id = %stored.id, kind = %stored.kind, outcome = %applied.outcome, "Stripe event applied");
            Ok(EventOutcome {
                event_id: stored.id,
                kind: stored.kind,
                sale_id: applied.sale_id,
                changed: applied.changed,
                duplicate: false,
                waiting: false,
                outcome: applied.outcome,
            })
        }
        Err(e) => {
            let (id, text) = (stored.id.clone(), format!("error: {}", e.message));
            let attempts = checkout
                .store()
                .call(move |l| l.event_attempt_failed(&id, &text))
                .await?;
            if attempts >= MAX_ATTEMPTS {
                let (id, text) = (
                    stored.id.clone(),
                    format!("set aside after {attempts} failed attempts: {}", e.message),
                );
                checkout
                    .store()
                    .call(move |l| l.finish_event(&id, &text, None, now_ms()))
                    .await?;
                tracing::error!(event_id = %stored.id, kind = %stored.kind, error = %e, "a Stripe event kept failing and was set aside; check the sale in the Stripe Dashboard");
            }
            Err(e)
        }
    }
}

/// The envelope of the event being applied.
struct Event {
    id: String,
    kind: String,
    created: i64,
    livemode: bool,
    source: Source,
}

/// What applying did, before it is stored.
struct Applied {
    sale_id: Option<String>,
    changed: bool,
    outcome: String,
    /// No sale matches yet, but one may once other events are applied.
    wait: bool,
}

impl Applied {
    fn member(outcome: members::MemberEventOutcome) -> Applied {
        Applied {
            sale_id: None,
            changed: outcome.changed,
            outcome: outcome.outcome,
            wait: outcome.wait,
        }
    }

    fn ignored(sale_id: Option<String>, outcome: String) -> Applied {
        Applied {
            sale_id,
            changed: false,
            outcome,
            wait: false,
        }
    }
}

async fn apply(checkout: &Checkout, event: &Event, value: &Value) -> Result<Applied> {
    let mode = checkout.settings().mode;
    if event.livemode != (mode == Mode::Live) {
        return Ok(Applied::ignored(
            None,
            format!(
                "ignored: a {} event while Till is in {mode} mode",
                if event.livemode { "live" } else { "test" }
            ),
        ));
    }
    let Some(object) = value.pointer("/data/object").filter(|o| o.is_object()) else {
        return Ok(Applied::ignored(
            None,
            "ignored: the event has no data.object".into(),
        ));
    };
    match event.kind.as_str() {
        "checkout.session.completed"
        | "checkout.session.expired"
        | "checkout.session.async_payment_succeeded"
        | "checkout.session.async_payment_failed" => session_event(checkout, event, object).await,
        "payment_intent.payment_failed" | "payment_intent.requires_action" => {
            attempt_event(checkout, event, object).await
        }
        "payment_intent.succeeded"
        | "payment_intent.processing"
        | "payment_intent.canceled"
        | "payment_intent.created" => {
            let sale = find_sale(checkout, object).await?;
            Ok(Applied::ignored(
                sale.map(|s| s.id),
                "noted: a sale's outcome follows its Checkout Session's events".into(),
            ))
        }
        "refund.created" | "refund.updated" | "refund.failed" | "charge.refund.updated" => {
            refund_event(checkout, event, object).await
        }
        "charge.refunded" => charge_refunded(checkout, event, object).await,
        "customer.subscription.created"
        | "customer.subscription.updated"
        | "customer.subscription.deleted" => Ok(Applied::member(
            members::subscription_event(
                checkout,
                &event.id,
                event.created,
                object,
                event.source.as_str(),
            )
            .await?,
        )),
        "invoice.paid" | "invoice.payment_failed" => Ok(Applied::member(
            members::invoice_event(
                checkout,
                &event.id,
                &event.kind,
                event.created,
                object,
                event.source.as_str(),
            )
            .await?,
        )),
        other => Ok(Applied::ignored(
            None,
            format!("ignored: Till does not use {other} events"),
        )),
    }
}

/// The local sale an object (session, PaymentIntent, charge, refund) is about: by the sale id
/// it carries (`client_reference_id`, `metadata.till_sale_id`), else by its session or
/// PaymentIntent id. Only sales of this mode.
async fn find_sale(checkout: &Checkout, object: &Value) -> Result<Option<SaleRecord>> {
    let object_kind = str_at(object, "object").unwrap_or_default();
    let sale_id = till_sale_id(str_at(object, "client_reference_id"))
        .or_else(|| till_sale_id(metadata(object, "till_sale_id")));
    let session_id = (object_kind == "checkout.session")
        .then(|| str_at(object, "id").map(str::to_string))
        .flatten();
    let payment_intent_id = if object_kind == "payment_intent" {
        str_at(object, "id").map(str::to_string)
    } else {
        id_of(object.get("payment_intent"))
    };
    let mode = checkout.settings().mode.as_str();
    let found = checkout
        .store()
        .call(move |l| {
            if let Some(id) = &sale_id {
                if let Some(sale) = l.sale(id)? {
                    return Ok(Some(sale));
                }
            }
            if let Some(session) = &session_id {
                if let Some(sale) = l.sale_by_session(session)? {
                    return Ok(Some(sale));
                }
            }
            match &payment_intent_id {
                Some(pi) => l.sale_by_payment_intent(pi),
                None => Ok(None),
            }
        })
        .await?;
    Ok(found.filter(|sale| sale.mode == mode))
}

/// Why an object matched no local sale, for the event's outcome.
fn not_ours(checkout: &Checkout, object: &Value) -> String {
    match metadata(object, "till_register_id") {
        Some(register) if register != checkout.settings().register_id => format!(
            "ignored: a sale of another till ({register}); `tillctl reconcile --all-registers` imports those"
        ),
        Some(_) => "ignored: a sale of this till that is not in this ledger; reconciliation imports it".into(),
        None => "ignored: not a sale made by Till".into(),
    }
}

/// What the state machine will make of an observation now, in words (for the outcome).
fn verdict(record: &SaleRecord, observation: &Observation) -> Result<(bool, String)> {
    let status = SaleStatus::of(record.state, record.status_detail.as_deref());
    Ok(match sale::apply(&status, observation) {
        Ok(Transition::Changed { from, to, .. }) => {
            (true, format!("applied: {from} → {}", to.state))
        }
        Ok(Transition::Recorded { note, .. }) => (true, format!("applied: {} recorded", note.kind)),
        Ok(Transition::Ignored { reason, .. }) => (
            false,
            match reason {
                IgnoredReason::Duplicate => {
                    format!("no change: the sale is already {}", record.state)
                }
                IgnoredReason::Stale => {
                    format!("no change: older news for a sale that is {}", record.state)
                }
            },
        ),
        Err(refused) => (false, format!("refused ({}): {refused}", refused.code())),
    })
}

/// Applies `observation` through the state machine; returns whether the sale changed and
/// the outcome in words.
async fn observe(
    checkout: &Checkout,
    record: &SaleRecord,
    observation: Observation,
    event: &Event,
    session: Option<&SessionView>,
) -> Result<(SaleRecord, bool, String)> {
    let (will_change, words) = verdict(record, &observation)?;
    if !will_change {
        return Ok((record.clone(), false, words));
    }
    let after = checkout
        .observe_traced(
            &record.id,
            observation,
            event.source,
            session,
            Some(&event.id),
        )
        .await?;
    let changed = after.state != record.state || after.status_detail != record.status_detail;
    Ok((after, changed, words))
}

async fn session_event(checkout: &Checkout, event: &Event, object: &Value) -> Result<Applied> {
    let Some(view) = session_view_from_json(object, Some(&event.kind)) else {
        return Ok(Applied::ignored(
            None,
            "ignored: the event's Checkout Session could not be read".into(),
        ));
    };
    let Some(found) = find_sale(checkout, object).await? else {
        return Ok(Applied::ignored(None, not_ours(checkout, object)));
    };
    let lock = checkout.sale_lock(&found.id)?;
    let _turn = lock.lock().await;
    let sale_id = found.id.clone();
    let mut record = checkout
        .store()
        .call(move |l| l.require_sale(&sale_id))
        .await?;
    let mut changed = false;
    let mut words = Vec::new();
    match &record.session_id {
        Some(known) if *known != view.id => {
            tracing::warn!(sale_id = %record.id, event_id = %event.id, session = %view.id, known = %known, "an event about another Checkout Session of this sale was not applied");
            return Ok(Applied::ignored(
                Some(record.id),
                format!("refused: Checkout Session {} is not the sale's session {known}; check it in the Stripe Dashboard", view.id),
            ));
        }
        Some(_) => {}
        None => {
            // A sale whose session Till never heard of (a crash right after Stripe made it).
            let created = Observation::SessionCreated {
                session_id: view.id.clone(),
                url: view.url.clone().unwrap_or_default(),
                expires_at: view.expires_at,
            };
            let (after, did, text) =
                observe(checkout, &record, created, event, Some(&view)).await?;
            record = after;
            changed |= did;
            words.push(text);
        }
    }
    let money = || -> Result<Money> {
        let currency = Currency::parse(view.currency.as_deref().unwrap_or_default())?;
        Ok(Money::new(view.amount_total.unwrap_or(0), currency))
    };
    let payment_intent_id = view.payment_intent.as_ref().map(|p| p.id.clone());
    let observation = match event.kind.as_str() {
        "checkout.session.completed" => {
            if matches!(view.payment_status.as_str(), "paid" | "no_payment_required") {
                Observation::SessionCompletedPaid {
                    payment_intent_id: payment_intent_id.unwrap_or_default(),
                    amount_total: money()?,
                }
            } else {
                Observation::SessionCompletedUnpaid { payment_intent_id }
            }
        }
        "checkout.session.async_payment_succeeded" => Observation::AsyncPaymentSucceeded {
            payment_intent_id: payment_intent_id.unwrap_or_default(),
            amount_total: money()?,
        },
        "checkout.session.async_payment_failed" => Observation::AsyncPaymentFailed {
            reason: "the bank refused the delayed payment".into(),
        },
        _ => Observation::SessionExpired,
    };
    let (_, did, text) = observe(checkout, &record, observation, event, Some(&view)).await?;
    changed |= did;
    words.push(text);
    if event.kind == "checkout.session.completed" && view.subscription_id.is_some() {
        if let Some(member) =
            members::link_paid_session(checkout, &found.id, &view, event.source.as_str()).await?
        {
            words.push(format!("member {} recorded", member.subscription_id));
        }
    }
    Ok(Applied {
        sale_id: Some(found.id),
        changed,
        outcome: words.join("; "),
        wait: false,
    })
}

async fn attempt_event(checkout: &Checkout, event: &Event, object: &Value) -> Result<Applied> {
    let Some(found) = find_sale(checkout, object).await? else {
        return Ok(Applied::ignored(None, not_ours(checkout, object)));
    };
    let observation = if event.kind == "payment_intent.requires_action" {
        Observation::ThreeDSecureInProgress
    } else {
        let error = object
            .get("last_payment_error")
            .filter(|e| e.is_object())
            .map(api_error)
            .unwrap_or_default();
        Observation::AttemptDeclined {
            decline_code: error
                .decline_code
                .or(error.code)
                .unwrap_or_else(|| "card_declined".into()),
            message: error.message.unwrap_or_default(),
        }
    };
    let lock = checkout.sale_lock(&found.id)?;
    let _turn = lock.lock().await;
    let sale_id = found.id.clone();
    let record = checkout
        .store()
        .call(move |l| l.require_sale(&sale_id))
        .await?;
    let (_, changed, outcome) = observe(checkout, &record, observation, event, None).await?;
    Ok(Applied {
        sale_id: Some(found.id),
        changed,
        outcome,
        wait: false,
    })
}

async fn refund_event(checkout: &Checkout, event: &Event, refund: &Value) -> Result<Applied> {
    let Some(found) = find_sale(checkout, refund).await? else {
        // A refund names only its PaymentIntent, which the ledger learns when the payment's
        // own events (or a poll) arrive: wait for them.
        return Ok(Applied {
            wait: true,
            ..Applied::ignored(
                None,
                format!(
                    "waiting: no sale has PaymentIntent {} yet",
                    id_of(refund.get("payment_intent")).unwrap_or_else(|| "?".into())
                ),
            )
        });
    };
    let (changed, outcome) = apply_refund(checkout, event, &found, refund).await?;
    Ok(Applied {
        sale_id: Some(found.id),
        changed,
        outcome,
        wait: false,
    })
}

/// `charge.refunded`: older API versions list the charge's refunds inside it; current ones do
/// not, and `refund.created` (also polled) carries each refund.
async fn charge_refunded(checkout: &Checkout, event: &Event, charge: &Value) -> Result<Applied> {
    let Some(found) = find_sale(checkout, charge).await? else {
        return Ok(Applied::ignored(None, not_ours(checkout, charge)));
    };
    let listed = charge
        .pointer("/refunds/data")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if listed.is_empty() {
        return Ok(Applied::ignored(
            Some(found.id),
            format!(
                "noted: Stripe reports {} refunded on the charge; each refund is recorded from its refund.* event",
                charge.get("amount_refunded").and_then(Value::as_i64).unwrap_or(0)
            ),
        ));
    }
    let mut changed = false;
    let mut words = Vec::new();
    for refund in &listed {
        let (did, text) = apply_refund(checkout, event, &found, refund).await?;
        changed |= did;
        words.push(text);
    }
    Ok(Applied {
        sale_id: Some(found.id),
        changed,
        outcome: words.join("; "),
        wait: false,
    })
}

async fn apply_refund(
    checkout: &Checkout,
    event: &Event,
    sale: &SaleRecord,
    refund: &Value,
) -> Result<(bool, String)> {
    let Some(id) =
        str_at(refund, "id").filter(|id| id.starts_with("re_") || id.starts_with("pyr_"))
    else {
        return Ok((false, "ignored: a refund without an id".into()));
    };
    let amount = refund
        .get("amount")
        .and_then(Value::as_i64)
        .filter(|a| *a >= 0);
    let status = str_at(refund, "status");
    let (Some(amount), Some(status)) = (amount, status) else {
        return Ok((
            false,
            format!("ignored: refund {id} without amount or status"),
        ));
    };
    let currency = str_at(refund, "currency")
        .unwrap_or(sale.currency.code())
        .to_lowercase();
    let shown = Currency::parse(&currency)
        .map(|c| {
            let money = Money::new(amount, c);
            format!("{} {}", money.to_major_string(), money.currency)
        })
        .unwrap_or_else(|_| format!("{amount} {currency}"));
    let record = RefundRecord {
        id: id.to_string(),
        sale_id: sale.id.clone(),
        amount,
        currency,
        status: status.to_string(),
        as_of: event.created,
    };
    let note = Note {
        at: now_ms(),
        source: event.source.as_str().into(),
        kind: "refund".into(),
        session_id: sale.session_id.clone(),
        payment_intent_id: id_of(refund.get("payment_intent")).or(sale.payment_intent_id.clone()),
        event_id: Some(event.id.clone()),
        ..Note::default()
    }
    .with_words(&crate::sale::Phrase::of(
        "timeline-refund",
        &[
            ("refund", id.to_string()),
            ("amount", shown.to_string()),
            ("status", status.to_string()),
        ],
    ));
    let (before, changed) = checkout
        .store()
        .call(move |l| l.apply_refund(&record, &note))
        .await?;
    let words = match (changed, before) {
        (true, Some(old)) => format!(
            "applied: refund {id} of {shown} {status} (was {})",
            old.status
        ),
        (true, None) => format!("applied: refund {id} of {shown} {status}"),
        (false, _) => format!("no change: refund {id} is already known as it is, or newer"),
    };
    if changed {
        tracing::info!(sale_id = %sale.id, refund = id, status, amount, "refund recorded");
    }
    Ok((changed, words))
}

/// How often the poller runs: `TILL_EVENTS_POLL_SECS`, else Settings' `events_poll_seconds`,
/// else [`DEFAULT_POLL_INTERVAL`]; at least 10 seconds.
pub fn poll_interval(ledger: &crate::store::Ledger) -> Result<Duration> {
    let configured = match std::env::var(POLL_INTERVAL_ENV) {
        Ok(value) => Some((POLL_INTERVAL_ENV.to_string(), value)),
        Err(_) => ledger
            .setting("events_poll_seconds")?
            .map(|v| ("events_poll_seconds".to_string(), v)),
    };
    let Some((name, value)) = configured else {
        return Ok(DEFAULT_POLL_INTERVAL);
    };
    let seconds: u64 = value.trim().parse().map_err(|_| {
        Error::invalid_input(format!("{name} = {value:?} is not a number of seconds."))
    })?;
    Ok(Duration::from_secs(seconds.max(10)))
}

/// Polls every `interval` until dropped, calling `on_changed` with the sales each poll changed.
/// Failures are logged; the next poll catches up from the same cursor.
pub async fn run_poller(
    checkout: &Checkout,
    interval: Duration,
    mut on_changed: impl FnMut(&[String]) + Send,
) {
    loop {
        tokio::time::sleep(interval).await;
        match poll(checkout).await {
            Ok(report) if !report.changed_sales.is_empty() => on_changed(&report.changed_sales),
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "polling Stripe's events failed; trying again later")
            }
        }
    }
}

/// Applies the events the webhook endpoint hands over, one by one, until the channel closes,
/// calling `on_changed` with each sale that changed.
pub async fn run_webhook_applier(
    checkout: &Checkout,
    mut received: tokio::sync::mpsc::UnboundedReceiver<String>,
    mut on_changed: impl FnMut(&str) + Send,
) {
    while let Some(event_id) = received.recv().await {
        match apply_recorded(checkout, &event_id).await {
            Ok(outcome) => {
                if let (true, Some(sale)) = (outcome.changed, &outcome.sale_id) {
                    on_changed(sale);
                    // Events that waited for this sale (refunds) may apply now.
                    if let Ok((retried, _)) = apply_unapplied(checkout).await {
                        for outcome in retried {
                            if let (true, Some(sale)) = (outcome.changed, &outcome.sale_id) {
                                on_changed(sale);
                            }
                        }
                    }
                }
            }
            Err(e) => {
                tracing::warn!(event_id, error = %e, "a webhook event could not be applied; the poller tries again")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelopes_are_read_defensively() {
        let raw = br#"{"id":"evt_1","object":"event","type":"checkout.session.completed","created":17,"livemode":false,"api_version":"2019-02-19","data":{"object":{}}}"#;
        let received = Received::parse(raw).unwrap();
        assert_eq!(received.id, "evt_1");
        assert_eq!(received.kind, "checkout.session.completed");
        assert_eq!(received.created, 17);
        assert_eq!(received.api_version.as_deref(), Some("2019-02-19"));
        assert_eq!(received.raw.as_bytes(), raw);
        // No api_version, no livemode: still an event.
        assert!(Received::parse(br#"{"id":"evt_2","type":"x.y","created":1}"#).is_ok());
        for bad in [
            &b"not json"[..],
            br#"{"type":"x","created":1}"#,
            br#"{"id":"cs_1","type":"x","created":1}"#,
            br#"{"id":"evt_3","created":1}"#,
            br#"{"id":"evt_3","type":"x","created":"yesterday"}"#,
            &[0xff, 0xfe][..],
        ] {
            assert!(
                Received::parse(bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}
