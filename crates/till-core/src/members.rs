//! Memberships: recurring prices sold at the counter through subscription-mode Checkout, and
//! the members list Stripe's subscription and invoice events keep current.
//!
//! The seed's webhook handler activates a membership on `checkout.session.completed`, warns
//! on `invoice.payment_failed` and revokes access on `customer.subscription.deleted`. Till
//! keeps one row per subscription (`store/members.rs`): its status, current period end, the
//! cancel-at-period-end flag, customer and subscription ids and a timeline, written from
//!
//! - `customer.subscription.created|updated|deleted`: the subscription snapshot in the event,
//!   applied newest-wins (an older snapshot arriving late changes nothing; canceled is final);
//! - `invoice.paid|payment_failed`: a timeline entry and the "last renewal failed" warning;
//! - `checkout.session.completed` of a membership sale, and the watcher seeing that sale paid:
//!   the subscription is read from Stripe at once, so staff can look the member up right away.
//!
//! Subscriptions and invoices are read as JSON, defensively (events come in the API version of
//! their creation): the period end is on the subscription's items in current API versions and
//! on the subscription itself in older ones; an invoice's subscription is under
//! `parent.subscription_details` now and a top-level `subscription` before.

use serde::Serialize;
use serde_json::Value;

use crate::calendar::Date;
use crate::context::Context;
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::{Currency, Money};
use crate::sale::{Phrase, PhrasePart};
use crate::store::{
    now_ms, InvoiceNote, MemberApplied, MemberNote, MemberRecord, MemberSnapshot,
    MemberTimelineRecord, SnapshotOrder,
};
use crate::stripe::json::{id_of, str_at};
use crate::stripe::{SessionView, StripeFailure};

/// Statuses the owner can filter by (Stripe's subscription statuses).
pub const STATUSES: [&str; 8] = [
    "active",
    "trialing",
    "past_due",
    "unpaid",
    "canceled",
    "incomplete",
    "incomplete_expired",
    "paused",
];

/// Most members one list shows.
const LIST_LIMIT: usize = 1000;

/// A member as staff and the owner see it; dates and wording made here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberView {
    pub subscription_id: String,
    pub customer_id: String,
    pub email: Option<String>,
    pub plan: String,
    /// Stripe's status: `active`, `past_due`, `canceled`, ...
    pub status: String,
    pub status_label: String,
    /// Whether to let the member in: active, trialing, or past due while Stripe retries.
    pub access: bool,
    /// One sentence for the counter: "Active — renews 2026-12-27."
    pub summary: String,
    /// Unix seconds.
    pub current_period_end: Option<i64>,
    /// The period end as a local date, `2026-12-27`.
    pub period_end_display: Option<String>,
    pub cancel_at_period_end: bool,
    /// The latest renewal payment failed and no later one succeeded.
    pub payment_failed: bool,
    pub sale_id: Option<String>,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberDetail {
    pub member: MemberView,
    pub timeline: Vec<MemberTimelineRecord>,
}

/// What applying one event did to the members list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberEventOutcome {
    pub changed: bool,
    pub outcome: String,
    /// The event's member is not known yet; it may be once other events are applied.
    pub wait: bool,
}

impl MemberEventOutcome {
    fn ignored(outcome: &str) -> MemberEventOutcome {
        MemberEventOutcome {
            changed: false,
            outcome: outcome.to_string(),
            wait: false,
        }
    }

    fn from_applied(applied: &MemberApplied, subscription_id: &str) -> MemberEventOutcome {
        let (changed, outcome, wait) = match applied {
            MemberApplied::Created => (true, format!("member {subscription_id} added"), false),
            MemberApplied::Updated => (true, format!("member {subscription_id} updated"), false),
            MemberApplied::Unchanged => (
                false,
                format!("member {subscription_id}: nothing new"),
                false,
            ),
            MemberApplied::Stale => (
                false,
                format!("ignored: older than what is recorded for member {subscription_id}"),
                false,
            ),
            MemberApplied::Duplicate => (
                false,
                format!("duplicate: already applied to member {subscription_id}"),
                false,
            ),
            MemberApplied::Missing => (
                false,
                format!("waiting: no member for {subscription_id} yet"),
                true,
            ),
        };
        MemberEventOutcome {
            changed,
            outcome,
            wait,
        }
    }
}

/// Reads the fields Till keeps from a subscription object (any API version). `None` when it
/// is not a subscription.
pub fn snapshot_from_json(subscription: &Value) -> Option<MemberSnapshot> {
    let id = str_at(subscription, "id").filter(|id| id.starts_with("sub_"))?;
    let customer = subscription.get("customer");
    let customer_id = id_of(customer)?;
    let item = subscription.pointer("/items/data/0");
    let price = item.and_then(|i| i.get("price"));
    let period_end = item
        .and_then(|i| i.get("current_period_end"))
        .and_then(Value::as_i64)
        .or_else(|| {
            subscription
                .get("current_period_end")
                .and_then(Value::as_i64)
        });
    let status = str_at(subscription, "status")?.to_string();
    Some(MemberSnapshot {
        subscription_id: id.to_string(),
        customer_id,
        email: customer
            .and_then(|c| c.get("email"))
            .and_then(Value::as_str)
            .map(str::to_string),
        plan: price
            .and_then(|p| p.get("product"))
            .and_then(|p| p.get("name"))
            .and_then(Value::as_str)
            .or_else(|| price.and_then(|p| str_at(p, "nickname")))
            .map(str::to_string),
        price_id: price.and_then(|p| id_of(Some(p))),
        current_period_end: period_end,
        cancel_at_period_end: subscription
            .get("cancel_at_period_end")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        canceled_at: subscription.get("canceled_at").and_then(Value::as_i64),
        ended_at: subscription.get("ended_at").and_then(Value::as_i64),
        sale_id: subscription
            .pointer("/metadata/till_sale_id")
            .and_then(Value::as_str)
            .map(str::to_string),
        status,
    })
}

/// The subscription an invoice belongs to, in any API version.
pub fn invoice_subscription(invoice: &Value) -> Option<String> {
    id_of(invoice.pointer("/parent/subscription_details/subscription"))
        .or_else(|| id_of(invoice.get("subscription")))
}

/// Fills what a snapshot lacks from the ledger: the plan's name (from the till sale that sold
/// it, else the cached catalog) and the email (from that sale).
async fn complete(checkout: &Context, mut snapshot: MemberSnapshot) -> Result<MemberSnapshot> {
    let mode = checkout.settings().mode.as_str();
    let sale_id = snapshot.sale_id.clone();
    let price_id = snapshot.price_id.clone();
    let (sale, membership, catalog_name) = checkout
        .store()
        .call(move |l| {
            let sale = match &sale_id {
                Some(id) => l.sale(id)?,
                None => None,
            };
            let membership = match &sale_id {
                Some(id) => l.sale_membership(id)?,
                None => None,
            };
            let name = match &price_id {
                Some(price) => l.plan_name(mode, price)?,
                None => None,
            };
            Ok((sale, membership, name))
        })
        .await?;
    if let Some(sale) = &sale {
        if snapshot.email.is_none() {
            snapshot.email = sale.customer_email.clone();
        }
    } else {
        // Not a sale of this ledger: keep no link to it.
        snapshot.sale_id = None;
    }
    if let Some(plan) = membership.map(|m| m.plan).or(catalog_name) {
        snapshot.plan = Some(plan);
    }
    Ok(snapshot)
}

/// A member's status named inside a timeline sentence: Stripe's term in the language, as a
/// word of the phrase (`members-status` for a label, `member-timeline-status` mid-sentence).
fn status_word(id: &str, status: &str) -> PhrasePart {
    PhrasePart::word(id, &[("status", status.to_string())])
}

/// The timeline words for a snapshot compared with what was recorded (the English is what
/// the ledger's `detail` keeps, word for word as before the words were Fluent messages).
fn describe(snapshot: &MemberSnapshot, before: Option<&MemberRecord>, offset: i32) -> Phrase {
    let date = |secs: Option<i64>| secs.map(|s| local_date(s, offset));
    let mut phrase = Phrase::default();
    let Some(before) = before else {
        // The plan's name as Stripe or the sale gave it, else a word for it.
        let mut args = Vec::new();
        let mut words = vec![(
            "status",
            status_word("member-timeline-status", &snapshot.status),
        )];
        match &snapshot.plan {
            Some(plan) => args.push(("plan", plan.clone())),
            None => words.push((
                "plan",
                PhrasePart::word("member-timeline-a-membership", &[]),
            )),
        }
        let id = match date(snapshot.current_period_end) {
            Some(end) => {
                args.push(("end", end));
                "member-timeline-recorded-until"
            }
            None => "member-timeline-recorded",
        };
        phrase.push_with(id, &args, words);
        return phrase;
    };
    if snapshot.status != before.status {
        phrase.push_with(
            "member-timeline-status-changed",
            &[],
            vec![
                ("from", status_word("members-status", &before.status)),
                ("to", status_word("members-status", &snapshot.status)),
            ],
        );
        match snapshot.status.as_str() {
            "past_due" => phrase.push("member-timeline-past-due", &[]),
            "canceled" => phrase.push("member-timeline-ended", &[]),
            _ => {}
        }
    }
    if snapshot.cancel_at_period_end && !before.cancel_at_period_end {
        match date(snapshot.current_period_end) {
            Some(end) => phrase.push("member-timeline-cancel-scheduled", &[("end", end)]),
            None => phrase.push("member-timeline-cancel-scheduled-no-date", &[]),
        }
    } else if !snapshot.cancel_at_period_end
        && before.cancel_at_period_end
        && snapshot.status != "canceled"
    {
        phrase.push("member-timeline-cancel-withdrawn", &[]);
    }
    if let Some(end) = date(snapshot.current_period_end)
        .filter(|_| snapshot.current_period_end != before.current_period_end)
        .filter(|_| snapshot.status != "canceled")
    {
        phrase.push("member-timeline-period-ends", &[("end", end)]);
    }
    if phrase.is_empty() {
        phrase.push("member-timeline-updated", &[]);
    }
    phrase
}

/// Applies a subscription snapshot with a timeline note written from the difference.
async fn apply_snapshot(
    checkout: &Context,
    snapshot: MemberSnapshot,
    order: SnapshotOrder,
    source: &str,
    event_id: Option<&str>,
) -> Result<MemberApplied> {
    let snapshot = complete(checkout, snapshot).await?;
    let mode = checkout.settings().mode.as_str();
    let source = source.to_string();
    let event_id = event_id.map(str::to_string);
    checkout
        .store()
        .call(move |l| {
            // An answer of Stripe's reflects every event already polled.
            let order = match order {
                SnapshotOrder::Fetched(None) => SnapshotOrder::Fetched(l.event_cursor(mode)?),
                other => other,
            };
            let before = l.member(&snapshot.subscription_id)?;
            let offset = l.local_offset_secs(now_ms())?;
            let kind = match &before {
                None => "recorded",
                Some(b) if b.status != snapshot.status => "status_changed",
                Some(b) if snapshot.cancel_at_period_end != b.cancel_at_period_end => {
                    "cancel_at_period_end"
                }
                Some(b) if snapshot.current_period_end != b.current_period_end => "renewed",
                Some(_) => "updated",
            };
            let note = MemberNote {
                at: now_ms(),
                source,
                kind: kind.into(),
                event_id,
                ..MemberNote::default()
            }
            .with_words(&describe(&snapshot, before.as_ref(), offset));
            l.apply_member_snapshot(mode, &snapshot, order, &note)
        })
        .await
}

/// `customer.subscription.created|updated|deleted`.
pub async fn subscription_event(
    checkout: &Context,
    event_id: &str,
    created: i64,
    object: &Value,
    source: &str,
) -> Result<MemberEventOutcome> {
    let Some(snapshot) = snapshot_from_json(object) else {
        return Ok(MemberEventOutcome::ignored(
            "ignored: the event's object is not a subscription Till can read",
        ));
    };
    let id = snapshot.subscription_id.clone();
    let applied = apply_snapshot(
        checkout,
        snapshot,
        SnapshotOrder::Event(created),
        source,
        Some(event_id),
    )
    .await?;
    Ok(MemberEventOutcome::from_applied(&applied, &id))
}

/// `invoice.paid` and `invoice.payment_failed`.
pub async fn invoice_event(
    checkout: &Context,
    event_id: &str,
    kind: &str,
    created: i64,
    object: &Value,
    source: &str,
) -> Result<MemberEventOutcome> {
    let Some(subscription_id) = invoice_subscription(object) else {
        return Ok(MemberEventOutcome::ignored(
            "ignored: an invoice that is not a membership's",
        ));
    };
    let paid = kind == "invoice.paid";
    let words = invoice_words(object, paid, checkout.settings().locale);
    let note = InvoiceNote {
        subscription_id: subscription_id.clone(),
        paid,
        created,
        email: str_at(object, "customer_email").map(str::to_string),
        note: MemberNote {
            at: now_ms(),
            source: source.to_string(),
            kind: if paid {
                "invoice_paid"
            } else {
                "payment_failed"
            }
            .into(),
            event_id: Some(event_id.to_string()),
            ..MemberNote::default()
        }
        .with_words(&words),
    };
    let applied = checkout
        .store()
        .call(move |l| l.note_member_invoice(&note))
        .await?;
    Ok(MemberEventOutcome::from_applied(&applied, &subscription_id))
}

/// The timeline words of an invoice's event: paid, or its payment failed (the English is
/// what the ledger's `detail` keeps, word for word as before the words were Fluent messages).
fn invoice_words(object: &Value, paid: bool, locale: crate::money::Locale) -> Phrase {
    // The invoice's id and amount as Stripe gave them, else a word for each.
    let mut args = Vec::new();
    let mut words = Vec::new();
    match str_at(object, "id") {
        Some(id) => args.push(("invoice", id.to_string())),
        None => words.push((
            "invoice",
            PhrasePart::word("member-timeline-an-invoice", &[]),
        )),
    }
    let (field, unknown) = if paid {
        ("amount_paid", "member-timeline-amount-not-given")
    } else {
        ("amount_due", "member-timeline-amount-unknown")
    };
    let amount = object
        .get(field)
        .and_then(Value::as_i64)
        .zip(str_at(object, "currency").and_then(|c| Currency::parse(c).ok()))
        .map(|(minor, currency)| Money::new(minor, currency).format(locale));
    match amount {
        Some(amount) => args.push(("amount", amount)),
        None => words.push(("amount", PhrasePart::word(unknown, &[]))),
    }
    // Which payment: the first, a renewal or another (a select in each language's sentence).
    let reason = match str_at(object, "billing_reason") {
        Some("subscription_create") => "first",
        Some("subscription_cycle") => "renewal",
        _ => "other",
    }
    .to_string();
    args.push(("reason", reason));
    let id = match object.get("attempt_count").and_then(Value::as_i64) {
        _ if paid => "member-timeline-invoice-paid",
        Some(attempt) => {
            args.push(("attempt", attempt.to_string()));
            "member-timeline-invoice-failed-attempt"
        }
        None => "member-timeline-invoice-failed",
    };
    let mut phrase = Phrase::default();
    phrase.push_with(id, &args, words);
    phrase
}

/// A membership sale was paid (seen by the watcher, the return page or the session's event):
/// reads its subscription from Stripe and records the member at once. A failure to read is
/// logged and left to the subscription's own events.
pub async fn link_paid_session(
    checkout: &Context,
    sale_id: &str,
    session: &SessionView,
    source: &str,
) -> Result<Option<MemberRecord>> {
    let Some(subscription_id) = session.subscription_id.clone() else {
        return Ok(None);
    };
    let known = subscription_id.clone();
    if let Some(member) = checkout.store().call(move |l| l.member(&known)).await? {
        return Ok(Some(member));
    }
    let object = match checkout.gateway().subscription_json(&subscription_id).await {
        Ok(object) => object,
        Err(failure) => {
            tracing::warn!(sale_id, subscription_id, error = %failure, "could not read a membership's subscription; its events will record it");
            return Ok(None);
        }
    };
    let Some(mut snapshot) = snapshot_from_json(&object) else {
        tracing::warn!(
            sale_id,
            subscription_id,
            "Stripe's subscription could not be read"
        );
        return Ok(None);
    };
    snapshot.sale_id = Some(sale_id.to_string());
    if snapshot.email.is_none() {
        snapshot.email = session.customer_email.clone();
    }
    apply_snapshot(
        checkout,
        snapshot,
        SnapshotOrder::Fetched(None),
        source,
        None,
    )
    .await?;
    checkout
        .store()
        .call(move |l| l.member(&subscription_id))
        .await
}

/// What a sync with Stripe's subscriptions did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    pub read: usize,
    pub added: usize,
    pub updated: usize,
}

/// Reads every subscription of the account (all statuses, all pages) and records what the
/// ledger lacks: members sold before this ledger existed, or whose events are older than the
/// 30 days the Events API keeps. Applied like any answer of Stripe's (never over a canceled
/// member, never under a newer event).
pub async fn sync(checkout: &Context) -> Result<SyncReport> {
    let listed = checkout
        .gateway()
        .list_subscriptions_json()
        .await
        .map_err(|failure| {
            let missing = matches!(failure, StripeFailure::Api { status: 403, .. });
            let error = failure.refusal(checkout.settings().language);
            if missing {
                error.with_reason("missing_permission")
            } else {
                error
            }
        })?;
    let mut report = SyncReport {
        read: listed.len(),
        ..SyncReport::default()
    };
    // Oldest first, as Stripe would have sent their events.
    for object in listed.iter().rev() {
        let Some(snapshot) = snapshot_from_json(object) else {
            continue;
        };
        match apply_snapshot(
            checkout,
            snapshot,
            SnapshotOrder::Fetched(None),
            "reconcile",
            None,
        )
        .await?
        {
            MemberApplied::Created => report.added += 1,
            MemberApplied::Updated => report.updated += 1,
            _ => {}
        }
    }
    tracing::info!(
        read = report.read,
        added = report.added,
        updated = report.updated,
        "members synced with Stripe's subscriptions"
    );
    Ok(report)
}

/// Whether to let the member in.
pub fn grants_access(status: &str) -> bool {
    matches!(status, "active" | "trialing" | "past_due")
}

/// A status's name in `language`: Stripe's own term for the subscription status
/// (`members-status`; an unknown status as Stripe wrote it).
pub fn status_label(status: &str, language: Language) -> String {
    text_with(language, "members-status", &[("status", Arg::Text(status))])
}

fn local_date(secs: i64, offset: i32) -> String {
    Date::from_days((secs + i64::from(offset)).div_euclid(86_400)).to_string()
}

/// The view of a record; `offset` is the local UTC offset in seconds, `language` the one its
/// status and summary are worded in.
pub fn view(record: &MemberRecord, offset: i32, language: Language) -> MemberView {
    let end = record.current_period_end.map(|s| local_date(s, offset));
    let until = end
        .clone()
        .unwrap_or_else(|| text(language, "members-summary-period-end"));
    let words = |id: &str| text(language, id);
    let with =
        |id: &str, name: &str, value: &str| text_with(language, id, &[(name, Arg::Text(value))]);
    let summary = match record.status.as_str() {
        "active" | "trialing" if record.cancel_at_period_end => text_with(
            language,
            "members-summary-ending",
            &[
                ("status", Arg::Text(&status_label(&record.status, language))),
                ("until", Arg::Text(&until)),
            ],
        ),
        "active" if payment_failed(record) => {
            with("members-summary-active-failed", "until", &until)
        }
        "active" => with("members-summary-active", "until", &until),
        "trialing" => with("members-summary-trialing", "until", &until),
        "past_due" => words("members-summary-past-due"),
        "unpaid" => words("members-summary-unpaid"),
        "canceled" => {
            let ended = record
                .ended_at
                .or(record.current_period_end)
                .map(|s| local_date(s, offset));
            match ended {
                Some(date) => with("members-summary-canceled-on", "date", &date),
                None => words("members-summary-canceled"),
            }
        }
        "incomplete" => words("members-summary-incomplete"),
        "incomplete_expired" => words("members-summary-incomplete-expired"),
        "paused" => words("members-summary-paused"),
        other => with("members-summary-other", "status", other),
    };
    // Stripe keeps the flag on a canceled subscription; it means something only before.
    let ending = record.cancel_at_period_end && record.status != "canceled";
    let summary = if ending && !matches!(record.status.as_str(), "active" | "trialing") {
        format!(
            "{summary} {}",
            with("members-summary-set-to-end", "until", &until)
        )
    } else {
        summary
    };
    MemberView {
        subscription_id: record.subscription_id.clone(),
        customer_id: record.customer_id.clone(),
        email: record.email.clone(),
        plan: record.plan.clone(),
        status: record.status.clone(),
        status_label: status_label(&record.status, language),
        access: grants_access(&record.status),
        summary,
        current_period_end: record.current_period_end,
        period_end_display: end,
        cancel_at_period_end: ending,
        payment_failed: payment_failed(record),
        sale_id: record.sale_id.clone(),
        updated_at: record.updated_at,
    }
}

fn payment_failed(record: &MemberRecord) -> bool {
    record.last_payment_failed_at.is_some()
}

/// The members list of Till's mode, optionally of one status.
pub async fn list(checkout: &Context, status: Option<&str>) -> Result<Vec<MemberView>> {
    let status = match status
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "all")
    {
        Some(s) if STATUSES.contains(&s) => Some(s.to_string()),
        Some(s) => {
            return Err(Error::invalid_input(text_with(
                checkout.settings().language,
                "members-error-status",
                &[
                    ("status", Arg::Text(&format!("{s:?}"))),
                    ("statuses", Arg::Text(&STATUSES.join(", "))),
                ],
            ))
            .with_reason("invalid_status"))
        }
        None => None,
    };
    let mode = checkout.settings().mode.as_str();
    let (records, offset) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.members(mode, status.as_deref(), LIST_LIMIT)?,
                l.local_offset_secs(now_ms())?,
            ))
        })
        .await?;
    Ok(records
        .iter()
        .map(|r| view(r, offset, checkout.settings().language))
        .collect())
}

/// Staff's lookup at the counter: the memberships of an email (any case), newest first.
pub async fn lookup(checkout: &Context, email: &str) -> Result<Vec<MemberView>> {
    let email = email.trim();
    if email.is_empty() {
        return Err(Error::invalid_input(text(
            checkout.settings().language,
            "members-error-empty-email",
        ))
        .with_reason("empty_email"));
    }
    let email = crate::email::validate_email(email, checkout.settings().language)?;
    let mode = checkout.settings().mode.as_str();
    let (records, offset) = checkout
        .store()
        .call(move |l| {
            Ok((
                l.members_by_email(mode, &email)?,
                l.local_offset_secs(now_ms())?,
            ))
        })
        .await?;
    Ok(records
        .iter()
        .map(|r| view(r, offset, checkout.settings().language))
        .collect())
}

async fn require(checkout: &Context, subscription_id: &str) -> Result<MemberRecord> {
    let id = subscription_id.to_string();
    let record = checkout.store().call(move |l| l.member(&id)).await?;
    match record {
        Some(r) if r.mode == checkout.settings().mode.as_str() => Ok(r),
        _ => Err(Error::new(
            ErrorCode::NotFound,
            text_with(
                checkout.settings().language,
                "members-error-unknown",
                &[("subscription", Arg::Text(&format!("{subscription_id:?}")))],
            ),
        )),
    }
}

/// A member with its timeline, in the till's language (entries written before
/// `0019_member_timeline_words` read as written).
pub async fn detail(checkout: &Context, subscription_id: &str) -> Result<MemberDetail> {
    let record = require(checkout, subscription_id).await?;
    let id = subscription_id.to_string();
    let (timeline, offset) = checkout
        .store()
        .call(move |l| Ok((l.member_timeline(&id)?, l.local_offset_secs(now_ms())?)))
        .await?;
    let language = checkout.settings().language;
    let timeline = timeline
        .into_iter()
        .map(|entry| MemberTimelineRecord {
            detail: crate::language::entry_words(&entry.detail, entry.message.as_deref(), language),
            ..entry
        })
        .collect();
    Ok(MemberDetail {
        member: view(&record, offset, language),
        timeline,
    })
}

/// Whether a sale sold a membership, and its member once recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SaleMember {
    /// The plan, for a membership sale; `None` for an ordinary sale.
    pub membership: Option<String>,
    /// The member, once recorded (the watcher records it as the sale is paid).
    pub member: Option<MemberView>,
}

/// Whether a sale sold a membership, and the member it recorded if known yet.
pub async fn for_sale(checkout: &Context, sale_id: &str) -> Result<SaleMember> {
    let id = sale_id.to_string();
    let (membership, found) = checkout
        .store()
        .call(move |l| {
            l.require_sale(&id)?;
            let membership = l.sale_membership(&id)?.map(|m| m.plan);
            let found = match l.member_by_sale(&id)? {
                Some(r) => Some((r, l.local_offset_secs(now_ms())?)),
                None => None,
            };
            Ok((membership, found))
        })
        .await?;
    Ok(SaleMember {
        membership,
        member: found.map(|(r, offset)| view(&r, offset, checkout.settings().language)),
    })
}

/// Reads a member's subscription from Stripe again and records what changed.
pub async fn refresh(checkout: &Context, subscription_id: &str) -> Result<MemberView> {
    require(checkout, subscription_id).await?;
    let object = checkout
        .gateway()
        .subscription_json(subscription_id)
        .await
        .map_err(|failure| failure.refusal(checkout.settings().language))?;
    record_answer(
        checkout,
        subscription_id,
        answer_snapshot(subscription_id, &object, checkout.settings().language)?,
    )
    .await
}

/// The subscription in an answer of Stripe's about `subscription_id`.
fn answer_snapshot(
    subscription_id: &str,
    object: &Value,
    language: Language,
) -> Result<MemberSnapshot> {
    snapshot_from_json(object).ok_or_else(|| {
        Error::new(
            ErrorCode::Stripe,
            text_with(
                language,
                "members-error-not-subscription",
                &[("subscription", Arg::Text(subscription_id))],
            ),
        )
    })
}

/// Records what Stripe just answered about a member (for the owner) and returns the member.
async fn record_answer(
    checkout: &Context,
    subscription_id: &str,
    snapshot: MemberSnapshot,
) -> Result<MemberView> {
    apply_snapshot(
        checkout,
        snapshot,
        SnapshotOrder::Fetched(None),
        "owner",
        None,
    )
    .await?;
    current(checkout, subscription_id).await
}

/// A member as recorded now.
async fn current(checkout: &Context, subscription_id: &str) -> Result<MemberView> {
    let record = require(checkout, subscription_id).await?;
    let offset = checkout
        .store()
        .call(|l| l.local_offset_secs(now_ms()))
        .await?;
    Ok(view(&record, offset, checkout.settings().language))
}

/// The owner cancels a membership at the end of its current period: Stripe is asked first
/// (with an idempotency key of its own), and the ledger records Stripe's answer. The member
/// keeps access until then; `customer.subscription.deleted` ends it.
pub async fn cancel_at_period_end(checkout: &Context, subscription_id: &str) -> Result<MemberView> {
    let record = require(checkout, subscription_id).await?;
    let language = checkout.settings().language;
    if record.status == "canceled" {
        return Err(Error::new(
            ErrorCode::Conflict,
            text(language, "members-error-already-canceled"),
        )
        .with_reason("already_canceled"));
    }
    if record.cancel_at_period_end {
        return current(checkout, subscription_id).await;
    }
    let key = format!("till-{subscription_id}-cancel-at-period-end");
    let object = checkout
        .gateway()
        .set_cancel_at_period_end(subscription_id, true, &key)
        .await
        .map_err(|failure| {
            let error = failure.refusal(language);
            Error::new(
                error.code,
                text_with(
                    language,
                    "members-error-cancel-failed",
                    &[("failure", Arg::Text(&error.message))],
                ),
            )
        })?;
    let snapshot = answer_snapshot(subscription_id, &object, language)?;
    if !snapshot.cancel_at_period_end && snapshot.status != "canceled" {
        return Err(Error::new(
            ErrorCode::Stripe,
            text(language, "members-error-cancel-unconfirmed"),
        ));
    }
    record_answer(checkout, subscription_id, snapshot).await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    #[test]
    fn snapshots_read_current_and_older_api_versions() {
        let current = json!({
            "id": "sub_1", "object": "subscription", "status": "active",
            "customer": {"id": "cus_1", "object": "customer", "email": "ada@example.com"},
            "cancel_at_period_end": false, "canceled_at": null, "ended_at": null,
            "metadata": {"till_sale_id": "sale_abcdefgh"},
            "items": {"data": [{"current_period_end": 1_800_000_000,
                "price": {"id": "price_pro", "nickname": "Pro", "product": "prod_pro"}}]}
        });
        let s = snapshot_from_json(&current).unwrap();
        assert_eq!(s.customer_id, "cus_1");
        assert_eq!(s.email.as_deref(), Some("ada@example.com"));
        assert_eq!(s.current_period_end, Some(1_800_000_000));
        assert_eq!(s.price_id.as_deref(), Some("price_pro"));
        assert_eq!(s.plan.as_deref(), Some("Pro"));
        assert_eq!(s.sale_id.as_deref(), Some("sale_abcdefgh"));
        let older = json!({
            "id": "sub_2", "status": "past_due", "customer": "cus_2",
            "current_period_end": 1_700_000_000, "cancel_at_period_end": true,
            "items": {"data": [{"price": {"id": "price_x"}}]}
        });
        let s = snapshot_from_json(&older).unwrap();
        assert_eq!(s.current_period_end, Some(1_700_000_000));
        assert!(s.cancel_at_period_end);
        assert_eq!(s.email, None);
        assert!(snapshot_from_json(&json!({"id": "cs_1", "status": "open"})).is_none());
        assert!(snapshot_from_json(&json!({"id": "sub_3", "status": "active"})).is_none());

        assert_eq!(
            invoice_subscription(
                &json!({"parent": {"subscription_details": {"subscription": "sub_1"}}})
            ),
            Some("sub_1".into())
        );
        assert_eq!(
            invoice_subscription(&json!({"subscription": "sub_9"})),
            Some("sub_9".into())
        );
        assert_eq!(invoice_subscription(&json!({"id": "in_1"})), None);
    }

    /// A member's timeline words: the English the ledger keeps, word for word as before they
    /// were Fluent messages, and the same entry in German; unknown parts in each language.
    #[test]
    fn timeline_words_read_in_english_as_before_and_in_german() {
        let snapshot = MemberSnapshot {
            subscription_id: "sub_1".into(),
            customer_id: "cus_1".into(),
            plan: Some("Pro Plan".into()),
            status: "active".into(),
            current_period_end: Some(1_798_761_600), // 2027-01-01T00:00:00Z
            ..MemberSnapshot::default()
        };
        let both = |phrase: Phrase| (phrase.english(), phrase.text(Language::De));
        assert_eq!(
            both(describe(&snapshot, None, 0)),
            (
                "Membership recorded: Pro Plan, active, current period ends 2027-01-01.".into(),
                "Mitgliedschaft erfasst: Pro Plan, aktiv, der aktuelle Zeitraum endet am 2027-01-01."
                    .into()
            )
        );
        let unnamed = MemberSnapshot {
            plan: None,
            status: "trialing".into(),
            current_period_end: None,
            ..snapshot.clone()
        };
        assert_eq!(
            both(describe(&unnamed, None, 0)),
            (
                "Membership recorded: membership, trial.".into(),
                "Mitgliedschaft erfasst: Mitgliedschaft, in der Testphase.".into()
            )
        );
        let before = MemberRecord {
            subscription_id: "sub_1".into(),
            mode: "test".into(),
            customer_id: "cus_1".into(),
            email: None,
            plan: "Pro Plan".into(),
            price_id: None,
            status: "active".into(),
            current_period_end: Some(1_796_083_200), // 2026-12-01
            cancel_at_period_end: false,
            canceled_at: None,
            ended_at: None,
            sale_id: None,
            last_payment_failed_at: None,
            snapshot_created: 0,
            created_at: 0,
            updated_at: 0,
        };
        let past_due = MemberSnapshot {
            status: "past_due".into(),
            current_period_end: before.current_period_end,
            ..snapshot.clone()
        };
        assert_eq!(
            both(describe(&past_due, Some(&before), 0)),
            (
                "Status Active → Past due. The renewal payment failed; Stripe retries it. Ask the member to update their card.".into(),
                "Status Aktiv → Überfällig. Die Verlängerungszahlung ist fehlgeschlagen; Stripe versucht es erneut. Bitten Sie das Mitglied, seine Karte zu aktualisieren.".into()
            )
        );
        let ending = MemberSnapshot {
            cancel_at_period_end: true,
            ..snapshot.clone()
        };
        assert_eq!(
            both(describe(&ending, Some(&before), 0)),
            (
                "Set to end at the close of the period (2027-01-01). Current period now ends 2027-01-01.".into(),
                "Endet zum Schluss des Zeitraums (2027-01-01). Der aktuelle Zeitraum endet jetzt am 2027-01-01.".into()
            )
        );
        let same = MemberSnapshot {
            email: Some("ada@example.com".into()),
            current_period_end: before.current_period_end,
            ..snapshot.clone()
        };
        assert_eq!(
            both(describe(&same, Some(&before), 0)),
            ("Details updated.".into(), "Angaben aktualisiert.".into())
        );

        let failed = json!({"id": "in_1", "amount_due": 1500, "currency": "usd",
            "billing_reason": "subscription_cycle", "attempt_count": 2});
        assert_eq!(
            both(invoice_words(&failed, false, crate::money::Locale::default())),
            (
                "Invoice in_1: the renewal of $15.00 failed, attempt 2. Stripe retries it; ask the member to update their card.".into(),
                "Rechnung in_1: die Verlängerungszahlung über $15.00 ist fehlgeschlagen, Versuch 2. Stripe versucht es erneut; bitten Sie das Mitglied, seine Karte zu aktualisieren.".into()
            )
        );
        let paid = json!({"id": "in_2", "amount_paid": 1500, "currency": "usd",
            "billing_reason": "subscription_create"});
        assert_eq!(
            both(invoice_words(&paid, true, crate::money::Locale::default())),
            (
                "Invoice in_2 paid: $15.00 (first payment).".into(),
                "Rechnung in_2 bezahlt: $15.00 (erste Zahlung).".into()
            )
        );
        // An entry written before its words were kept reads as written.
        assert_eq!(
            crate::language::entry_words("Details updated.", None, Language::De),
            "Details updated."
        );
        assert_eq!(
            both(invoice_words(&json!({}), false, crate::money::Locale::default())),
            (
                "Invoice an invoice: the payment of an unknown amount failed. Stripe retries it; ask the member to update their card.".into(),
                "Rechnung (ohne Nummer): die Zahlung über unbekannter Betrag ist fehlgeschlagen. Stripe versucht es erneut; bitten Sie das Mitglied, seine Karte zu aktualisieren.".into()
            )
        );
    }

    #[test]
    fn views_say_what_staff_need() {
        let record = MemberRecord {
            subscription_id: "sub_1".into(),
            mode: "test".into(),
            customer_id: "cus_1".into(),
            email: Some("ada@example.com".into()),
            plan: "Pro Plan".into(),
            price_id: None,
            status: "active".into(),
            current_period_end: Some(1_798_761_600), // 2027-01-01T00:00:00Z
            cancel_at_period_end: false,
            canceled_at: None,
            ended_at: None,
            sale_id: None,
            last_payment_failed_at: None,
            snapshot_created: 0,
            created_at: 0,
            updated_at: 0,
        };
        let v = view(&record, 0, Language::En);
        assert!(v.access);
        assert_eq!(v.summary, "Active — renews 2027-01-01.");
        // The same member at a till that speaks German: Stripe's status names, the same date.
        let v = view(&record, 0, Language::De);
        assert_eq!(
            (v.status_label.as_str(), v.summary.as_str()),
            ("Aktiv", "Aktiv — verlängert sich am 2027-01-01.")
        );
        let v = view(
            &MemberRecord {
                status: "past_due".into(),
                cancel_at_period_end: true,
                current_period_end: None,
                ..record.clone()
            },
            0,
            Language::De,
        );
        assert_eq!(
            v.summary,
            "Überfällig — die letzte Verlängerungszahlung ist fehlgeschlagen. Stripe versucht es erneut: Bitten Sie das Mitglied, seine Karte zu aktualisieren. Sie endet am Periodenende."
        );
        let v = view(
            &MemberRecord {
                cancel_at_period_end: true,
                ..record.clone()
            },
            0,
            Language::En,
        );
        assert!(v.access);
        assert!(
            v.summary.contains("until 2027-01-01, then it ends"),
            "{}",
            v.summary
        );
        let v = view(
            &MemberRecord {
                status: "past_due".into(),
                ..record.clone()
            },
            0,
            Language::En,
        );
        assert!(v.access);
        assert_eq!(v.status_label, "Past due");
        assert!(v.summary.contains("update their card"));
        let v = view(
            &MemberRecord {
                status: "past_due".into(),
                cancel_at_period_end: true,
                ..record.clone()
            },
            0,
            Language::En,
        );
        assert!(
            v.summary.ends_with("It is set to end on 2027-01-01."),
            "{}",
            v.summary
        );
        let v = view(
            &MemberRecord {
                status: "canceled".into(),
                ..record.clone()
            },
            -3600,
            Language::En,
        );
        assert!(!v.access);
        assert_eq!(v.summary, "Canceled — access ended 2026-12-31.");
        let v = view(
            &MemberRecord {
                status: "canceled".into(),
                cancel_at_period_end: true,
                ..record.clone()
            },
            0,
            Language::En,
        );
        assert!(
            !v.cancel_at_period_end,
            "a canceled membership is not 'ending'"
        );
    }
}
