//! The sale state machine: given where a sale is and what was just observed, what happens.
//!
//! Pure: no I/O, no clock. Observations come from polling the Checkout Session, the Events API,
//! webhooks, the success page (after the caller re-fetched the session: a redirect alone proves
//! nothing) and staff. All of them go through [`apply`], which returns either a [`Transition`]
//! to store, or an [`IllegalTransition`] to log — never a half-applied change.
//!
//! ```text
//!               SessionCreated                      SessionCompletedPaid / AsyncPaymentSucceeded
//!   creating ─────────────────▶ awaiting_payment ─────────────────────────────────────────▶ paid
//!      │                          │   │   ▲ declined, 3-D Secure (recorded, state stays)      ▲
//!      │ SessionCreateFailed      │   │   └──┘                                                │
//!      ▼                          │   │ SessionCompletedUnpaid          AsyncPaymentSucceeded │
//!   failed ◀──────────────────────│───┴────────────────────▶ processing ──────────────────────┘
//!      ▲     AsyncPaymentFailed   │                              │
//!      └──────────────────────────│──────────────────────────────┘ AsyncPaymentFailed
//!                                 │ SessionExpired ─▶ expired
//!                                 │ CancelRequested ─▶ canceling ── CancelConfirmed / SessionExpired ─▶ canceled
//! ```
//!
//! Principles behind the table in [`apply`]:
//! - **Stripe is authoritative.** A session outcome Stripe reports (paid, completed with a
//!   delayed method, expired) is accepted from every unfinished state, even one that skipped a
//!   step (a `paid` seen while `creating` after a crash), because refusing it would lose a
//!   real payment from the ledger.
//! - **Cancelling asks Stripe first.** Staff's cancel moves the sale to `canceling`, a stored
//!   state, so the intent survives a crash and recovery finishes the job. The sale becomes
//!   `canceled` only when Stripe confirms the session is expired. If Stripe reports it paid
//!   instead, it is `paid`: the customer was faster.
//! - **Terminal states stay terminal.** `paid`, `failed`, `expired` and `canceled` never change
//!   again. Stripe's sessions are terminal too (`complete` and `expired` exclude each other), so
//!   a terminal sale only ever sees repeats or older news, which are ignored. Anything else
//!   would mean Stripe contradicts the ledger; it is refused, and flagged as a
//!   [`Refusal::LedgerConflict`] when money is at stake, for a person to look at.
//! - **Events arrive late and out of order.** An event carries the object as it was when the
//!   event was created, so an older stage seen after a newer one (`completed_unpaid` after
//!   `paid`, a decline after `paid`) is [`IgnoredReason::Stale`], not an error.
//!
//! The caller matches an observation to its sale (by session id or `client_reference_id`) and
//! compares amounts and ids with what it stored; this module judges only the order of events.

use std::fmt;

use serde::{Deserialize, Serialize};
use till_i18n::Language;

use crate::error::{Error, ErrorCode};
use crate::money::Money;

/// Where a sale is. Stored as [`SaleState::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SaleState {
    /// Written to the ledger; the Checkout Session is being created (or re-created with the
    /// same idempotency key after a crash).
    Creating,
    /// The session is open; the customer may pay, be declined and retry, or do 3-D Secure.
    AwaitingPayment,
    /// Staff cancelled; Till is asking Stripe to expire the session and waits for its answer.
    Canceling,
    /// Checkout completed with a delayed payment method; the bank confirms later.
    Processing,
    /// Paid. Terminal.
    Paid,
    /// Stripe refused to create the session, or a delayed payment failed. Terminal.
    Failed,
    /// The session expired unpaid. Terminal.
    Expired,
    /// Staff cancelled and Stripe confirmed the session is expired. Terminal.
    Canceled,
}

impl SaleState {
    pub const ALL: [SaleState; 8] = [
        SaleState::Creating,
        SaleState::AwaitingPayment,
        SaleState::Canceling,
        SaleState::Processing,
        SaleState::Paid,
        SaleState::Failed,
        SaleState::Expired,
        SaleState::Canceled,
    ];

    /// The stored and wire name: `awaiting_payment`.
    pub fn as_str(self) -> &'static str {
        match self {
            SaleState::Creating => "creating",
            SaleState::AwaitingPayment => "awaiting_payment",
            SaleState::Canceling => "canceling",
            SaleState::Processing => "processing",
            SaleState::Paid => "paid",
            SaleState::Failed => "failed",
            SaleState::Expired => "expired",
            SaleState::Canceled => "canceled",
        }
    }

    /// Reads a stored state name; exact, because the ledger only ever holds [`SaleState::as_str`].
    pub fn parse(text: &str) -> Result<SaleState, UnknownSaleState> {
        // A match, not a search of ALL: the history export reads a million of these.
        Ok(match text {
            "creating" => SaleState::Creating,
            "awaiting_payment" => SaleState::AwaitingPayment,
            "canceling" => SaleState::Canceling,
            "processing" => SaleState::Processing,
            "paid" => SaleState::Paid,
            "failed" => SaleState::Failed,
            "expired" => SaleState::Expired,
            "canceled" => SaleState::Canceled,
            _ => {
                return Err(UnknownSaleState {
                    text: text.chars().take(40).collect(),
                })
            }
        })
    }

    /// Nothing more can happen to the sale. Every other state must be resumed after a restart.
    pub fn is_terminal(self) -> bool {
        match self {
            SaleState::Paid | SaleState::Failed | SaleState::Expired | SaleState::Canceled => true,
            SaleState::Creating
            | SaleState::AwaitingPayment
            | SaleState::Canceling
            | SaleState::Processing => false,
        }
    }
}

impl fmt::Display for SaleState {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl std::str::FromStr for SaleState {
    type Err = UnknownSaleState;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        SaleState::parse(text)
    }
}

/// A stored state name this version of Till does not know (a newer version wrote it, or the
/// ledger was edited by hand).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The ledger holds a sale in an unknown state \u{201c}{text}\u{201d}. Update Till, or report this with the sale id.")]
pub struct UnknownSaleState {
    pub text: String,
}

impl UnknownSaleState {
    pub fn code(&self) -> &'static str {
        "unknown_sale_state"
    }
}

impl From<UnknownSaleState> for Error {
    fn from(error: UnknownSaleState) -> Error {
        Error::new(ErrorCode::Storage, error.to_string()).with_reason(error.code())
    }
}

/// What the customer is doing on Stripe's page while the session is open. Not a state: the
/// session stays open and the customer may try again, so these are recorded inside
/// `awaiting_payment` (and `canceling`) and shown to staff.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Attempt {
    /// The PaymentIntent is `requires_action`: the customer's bank is asking for 3-D Secure.
    ThreeDSecure,
    /// The last attempt was declined; the customer may retry with another card.
    Declined { decline_code: String },
}

impl Attempt {
    /// The compact form kept in the ledger's `status_detail` column: `three_d_secure`,
    /// `declined:insufficient_funds`.
    pub fn to_detail(&self) -> String {
        match self {
            Attempt::ThreeDSecure => "three_d_secure".to_owned(),
            Attempt::Declined { decline_code } => format!("declined:{decline_code}"),
        }
    }

    /// Reads [`Attempt::to_detail`] back; `None` for anything else.
    pub fn from_detail(detail: &str) -> Option<Attempt> {
        if detail == "three_d_secure" {
            return Some(Attempt::ThreeDSecure);
        }
        detail
            .strip_prefix("declined:")
            .filter(|code| !code.is_empty())
            .map(|code| Attempt::Declined {
                decline_code: code.to_owned(),
            })
    }
}

/// Everything the state machine needs to know about a sale, and everything its status line
/// shows: the state, and inside an open session the customer's latest attempt. Knowing the
/// attempt lets [`apply`] recognise the same decline or 3-D Secure seen again by the next poll.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SaleStatus {
    pub state: SaleState,
    pub attempt: Option<Attempt>,
}

impl SaleStatus {
    pub fn new(state: SaleState) -> SaleStatus {
        SaleStatus {
            state,
            attempt: None,
        }
    }

    /// Rebuilds the status from the ledger's `state` and `status_detail` columns. A detail
    /// that is not an attempt is ignored.
    pub fn from_stored(
        state: &str,
        status_detail: Option<&str>,
    ) -> Result<SaleStatus, UnknownSaleState> {
        Ok(SaleStatus::of(SaleState::parse(state)?, status_detail))
    }

    /// A typed state with its `status_detail` column.
    pub fn of(state: SaleState, status_detail: Option<&str>) -> SaleStatus {
        SaleStatus {
            state,
            attempt: status_detail.and_then(Attempt::from_detail),
        }
    }

    /// The value for the ledger's `status_detail` column.
    pub fn status_detail(&self) -> Option<String> {
        self.attempt.as_ref().map(Attempt::to_detail)
    }

    /// The status line for staff at the counter, in English.
    pub fn staff_text(&self) -> String {
        self.staff_text_in(Language::En)
    }

    /// The status line for staff at the counter, in `language`.
    pub fn staff_text_in(&self, language: Language) -> String {
        till_i18n::text(language, self.staff_text_id())
    }

    /// The status line's message id in `ui/locales/*/till.ftl`.
    pub fn staff_text_id(&self) -> &'static str {
        match (self.state, &self.attempt) {
            (SaleState::Creating, _) => "sale-creating",
            (SaleState::AwaitingPayment, None) => "sale-awaiting-payment",
            (SaleState::AwaitingPayment, Some(Attempt::ThreeDSecure)) => "sale-three-d-secure",
            (SaleState::AwaitingPayment, Some(Attempt::Declined { decline_code })) => {
                decline_id(decline_code).0
            }
            (SaleState::Canceling, _) => "sale-canceling",
            (SaleState::Processing, _) => "sale-processing",
            (SaleState::Paid, _) => "sale-paid",
            (SaleState::Failed, _) => "sale-failed",
            (SaleState::Expired, _) => "sale-expired",
            (SaleState::Canceled, _) => "sale-canceled",
        }
    }

    /// The status line's first sentence, for where only that fits (the register's strip of
    /// last sales): "Declined — insufficient funds" of "Declined — insufficient funds. Ask for
    /// another card." Every other status line is one sentence already. In English.
    pub fn staff_short(&self) -> String {
        self.staff_short_in(Language::En)
    }

    /// [`SaleStatus::staff_short`] in `language`.
    pub fn staff_short_in(&self, language: Language) -> String {
        till_i18n::text(language, self.staff_short_id())
    }

    /// The short status line's message id.
    pub fn staff_short_id(&self) -> &'static str {
        match (self.state, &self.attempt) {
            (SaleState::AwaitingPayment, Some(Attempt::Declined { decline_code })) => {
                decline_id(decline_code).1
            }
            _ => self.staff_text_id(),
        }
    }

    /// The card was refused: the status line says "Declined…" and shows as a refusal. A
    /// processing error or a failed 3-D Secure is worded as "try again" and is not one
    /// ([`decline_is_refusal`]); neither is a decline once the sale has moved on.
    pub fn declined(&self) -> bool {
        match (self.state, &self.attempt) {
            (SaleState::AwaitingPayment, Some(Attempt::Declined { decline_code })) => {
                decline_is_refusal(decline_code)
            }
            _ => false,
        }
    }
}

/// Staff wording for a Stripe decline: `decline_code` when Stripe gives one, otherwise the
/// error `code` (`expired_card`, `incorrect_cvc`, … come without a separate decline code).
/// The ids of the whole status line and of its first sentence; the words are in
/// `ui/locales/*/till.ftl`.
///
/// `lost_card` and `stolen_card` read like a generic decline on purpose: Stripe asks that the
/// real reason not be shown to the customer, who may be looking at the screen. The exact code
/// stays in the timeline for the owner.
pub fn decline_id(code: &str) -> (&'static str, &'static str) {
    match code {
        "insufficient_funds" => (
            "decline-insufficient-funds",
            "decline-insufficient-funds-short",
        ),
        "expired_card" => ("decline-expired-card", "decline-expired-card-short"),
        "incorrect_cvc" => ("decline-incorrect-cvc", "decline-incorrect-cvc-short"),
        "incorrect_number" => ("decline-incorrect-number", "decline-incorrect-number-short"),
        "processing_error" => ("decline-processing-error", "decline-processing-error-short"),
        "payment_intent_authentication_failure" => (
            "decline-authentication-failure",
            "decline-authentication-failure-short",
        ),
        // generic_decline, card_declined, lost_card, stolen_card and anything unknown.
        _ => ("decline-generic", "decline-generic-short"),
    }
}

/// Staff wording for a Stripe decline, in English ([`decline_id`]).
pub fn decline_wording(code: &str) -> String {
    till_i18n::text(Language::En, decline_id(code).0)
}

/// The first sentence of [`decline_wording`]: what happened, without what to do next.
pub fn decline_short(code: &str) -> String {
    till_i18n::text(Language::En, decline_id(code).1)
}

/// Whether staff read this decline as the card refused ("Declined…", ask for another card or
/// check it) rather than an attempt to simply repeat (a processing error, a failed 3-D Secure).
pub fn decline_is_refusal(code: &str) -> bool {
    !matches!(
        code,
        "processing_error" | "payment_intent_authentication_failure"
    )
}

/// Something learnt about a sale. Serialized with a `kind` tag equal to [`ObservationKind::as_str`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Observation {
    /// Stripe created the Checkout Session (or replayed it for the stored idempotency key).
    SessionCreated {
        session_id: String,
        url: String,
        /// Unix seconds.
        expires_at: i64,
    },
    /// Stripe refused to create the session for good (an invalid request, not a network error
    /// or a retryable status: the caller retries those with the same key and observes nothing).
    SessionCreateFailed { reason: String },
    /// The PaymentIntent's `last_payment_error` is a decline; the session stays open.
    #[serde(rename = "declined")]
    AttemptDeclined {
        /// `decline_code`, or the error `code` when there is none (see [`decline_wording`]).
        decline_code: String,
        /// Stripe's message, for the timeline.
        message: String,
    },
    /// The PaymentIntent is `requires_action`.
    #[serde(rename = "three_d_secure")]
    ThreeDSecureInProgress,
    /// Session `complete` and `payment_status` `paid`.
    #[serde(rename = "completed_paid")]
    SessionCompletedPaid {
        payment_intent_id: String,
        amount_total: Money,
    },
    /// Session `complete` but `unpaid`: a delayed payment method, the result comes later.
    #[serde(rename = "completed_unpaid")]
    SessionCompletedUnpaid { payment_intent_id: Option<String> },
    /// `checkout.session.async_payment_succeeded`.
    AsyncPaymentSucceeded {
        payment_intent_id: String,
        amount_total: Money,
    },
    /// `checkout.session.async_payment_failed`.
    AsyncPaymentFailed { reason: String },
    /// Session `expired`, seen by a poll or an event.
    SessionExpired,
    /// Staff pressed Cancel. The caller must then ask Stripe to expire the session.
    CancelRequested,
    /// Stripe answered the expire request: the session is expired.
    CancelConfirmed,
}

/// The kind of an [`Observation`], without its data: used in the transition table, as the
/// timeline entry's `kind`, and in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ObservationKind {
    SessionCreated,
    SessionCreateFailed,
    #[serde(rename = "declined")]
    AttemptDeclined,
    #[serde(rename = "three_d_secure")]
    ThreeDSecureInProgress,
    #[serde(rename = "completed_paid")]
    SessionCompletedPaid,
    #[serde(rename = "completed_unpaid")]
    SessionCompletedUnpaid,
    AsyncPaymentSucceeded,
    AsyncPaymentFailed,
    SessionExpired,
    CancelRequested,
    CancelConfirmed,
}

impl ObservationKind {
    pub const ALL: [ObservationKind; 11] = [
        ObservationKind::SessionCreated,
        ObservationKind::SessionCreateFailed,
        ObservationKind::AttemptDeclined,
        ObservationKind::ThreeDSecureInProgress,
        ObservationKind::SessionCompletedPaid,
        ObservationKind::SessionCompletedUnpaid,
        ObservationKind::AsyncPaymentSucceeded,
        ObservationKind::AsyncPaymentFailed,
        ObservationKind::SessionExpired,
        ObservationKind::CancelRequested,
        ObservationKind::CancelConfirmed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ObservationKind::SessionCreated => "session_created",
            ObservationKind::SessionCreateFailed => "session_create_failed",
            ObservationKind::AttemptDeclined => "declined",
            ObservationKind::ThreeDSecureInProgress => "three_d_secure",
            ObservationKind::SessionCompletedPaid => "completed_paid",
            ObservationKind::SessionCompletedUnpaid => "completed_unpaid",
            ObservationKind::AsyncPaymentSucceeded => "async_payment_succeeded",
            ObservationKind::AsyncPaymentFailed => "async_payment_failed",
            ObservationKind::SessionExpired => "session_expired",
            ObservationKind::CancelRequested => "cancel_requested",
            ObservationKind::CancelConfirmed => "cancel_confirmed",
        }
    }
}

impl fmt::Display for ObservationKind {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl Observation {
    pub fn kind(&self) -> ObservationKind {
        match self {
            Observation::SessionCreated { .. } => ObservationKind::SessionCreated,
            Observation::SessionCreateFailed { .. } => ObservationKind::SessionCreateFailed,
            Observation::AttemptDeclined { .. } => ObservationKind::AttemptDeclined,
            Observation::ThreeDSecureInProgress => ObservationKind::ThreeDSecureInProgress,
            Observation::SessionCompletedPaid { .. } => ObservationKind::SessionCompletedPaid,
            Observation::SessionCompletedUnpaid { .. } => ObservationKind::SessionCompletedUnpaid,
            Observation::AsyncPaymentSucceeded { .. } => ObservationKind::AsyncPaymentSucceeded,
            Observation::AsyncPaymentFailed { .. } => ObservationKind::AsyncPaymentFailed,
            Observation::SessionExpired => ObservationKind::SessionExpired,
            Observation::CancelRequested => ObservationKind::CancelRequested,
            Observation::CancelConfirmed => ObservationKind::CancelConfirmed,
        }
    }
}

/// A timeline entry to append: its kind (the observation's) and its words for the owner, to
/// render in any language (the ledger's `detail` keeps the English).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineNote {
    pub kind: ObservationKind,
    pub phrase: Phrase,
}

/// Words kept with a timeline entry so the owner reads them in the till's language: one or
/// more Fluent messages (`timeline-…`) with their variables, rendered one after the other.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase(pub Vec<PhrasePart>);

/// One message of a [`Phrase`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhrasePart {
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, String)>,
    /// Variables whose values are words themselves (a member's status, "an unknown amount"):
    /// each a message rendered in the same language before this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<(String, PhrasePart)>,
}

impl PhrasePart {
    /// Message `id` with its variables, to use as a word inside another message
    /// ([`Phrase::push_with`]).
    pub fn word(id: &str, args: &[(&str, String)]) -> PhrasePart {
        Phrase::part(id, args)
    }

    /// The words of this message in `language`.
    pub fn text(&self, language: Language) -> String {
        let words: Vec<(&str, String)> = self
            .words
            .iter()
            .map(|(name, word)| (name.as_str(), word.text(language)))
            .collect();
        let args: Vec<(&str, till_i18n::Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), till_i18n::Arg::Text(value)))
            .chain(
                words
                    .iter()
                    .map(|(name, value)| (*name, till_i18n::Arg::Text(value))),
            )
            .collect();
        till_i18n::text_with(language, &self.id, &args)
    }
}

impl Phrase {
    /// One message `id` with its variables.
    pub fn of(id: &str, args: &[(&str, String)]) -> Phrase {
        Phrase(vec![Phrase::part(id, args)])
    }

    /// The words in English: what the ledger's `detail` keeps.
    pub fn english(&self) -> String {
        self.text(Language::En)
    }

    /// Adds message `id` after the others.
    pub fn push(&mut self, id: &str, args: &[(&str, String)]) {
        self.0.push(Phrase::part(id, args));
    }

    /// Adds message `id` after the others, with variables that are words themselves.
    pub fn push_with(&mut self, id: &str, args: &[(&str, String)], words: Vec<(&str, PhrasePart)>) {
        let mut part = Phrase::part(id, args);
        part.words = words
            .into_iter()
            .map(|(name, word)| (name.to_string(), word))
            .collect();
        self.0.push(part);
    }

    /// Whether it has no message.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn part(id: &str, args: &[(&str, String)]) -> PhrasePart {
        PhrasePart {
            id: id.to_string(),
            args: args
                .iter()
                .map(|(name, value)| ((*name).to_string(), value.clone()))
                .collect(),
            words: Vec::new(),
        }
    }

    /// The words in `language` (English for a message it lacks).
    pub fn text(&self, language: Language) -> String {
        self.0
            .iter()
            .map(|part| part.text(language))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Why an observation changed nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IgnoredReason {
    /// Already known: the same fact seen again (the next poll, the event after the poll, a
    /// double click).
    Duplicate,
    /// Older than what is known: an earlier stage reported after the sale moved past it.
    Stale,
}

/// What applying an observation does. Store it as one unit: the new status and the note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
pub enum Transition {
    /// The sale moves to another state (the attempt is cleared).
    Changed {
        from: SaleState,
        to: SaleStatus,
        note: TimelineNote,
    },
    /// Same state, new information worth a timeline entry (a decline, 3-D Secure, the session
    /// id learnt while cancelling).
    Recorded {
        status: SaleStatus,
        note: TimelineNote,
    },
    /// Nothing to store.
    Ignored {
        status: SaleStatus,
        reason: IgnoredReason,
    },
}

impl Transition {
    /// The sale's status after the observation.
    pub fn status(&self) -> &SaleStatus {
        match self {
            Transition::Changed { to, .. } => to,
            Transition::Recorded { status, .. } | Transition::Ignored { status, .. } => status,
        }
    }

    pub fn state(&self) -> SaleState {
        self.status().state
    }

    pub fn state_changed(&self) -> bool {
        matches!(self, Transition::Changed { .. })
    }

    /// True when there is nothing to write.
    pub fn is_noop(&self) -> bool {
        matches!(self, Transition::Ignored { .. })
    }

    /// The timeline entry to append, if any.
    pub fn note(&self) -> Option<&TimelineNote> {
        match self {
            Transition::Changed { note, .. } | Transition::Recorded { note, .. } => Some(note),
            Transition::Ignored { .. } => None,
        }
    }
}

/// Why an observation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// Staff asked to cancel a sale that is past cancelling (paid, processing, over).
    CannotCancel,
    /// The observation does not fit the sale's history (a creation failure for a sale that has
    /// a session, an expiry of a completed session). No money is involved; log it.
    OutOfOrder,
    /// Stripe reports money moving (or not moving) in a way that contradicts what the ledger
    /// settled on: a payment for an expired, cancelled or failed sale, or an expiry or failure
    /// for a paid one. Needs a person.
    LedgerConflict,
}

/// An observation [`apply`] refused. Nothing was changed; the caller logs it (and, for a
/// [`Refusal::LedgerConflict`], alerts the owner).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct IllegalTransition {
    pub from: SaleState,
    pub observation: ObservationKind,
    pub refusal: Refusal,
    pub message: String,
}

impl IllegalTransition {
    /// A stable code per kind of refusal.
    pub fn code(&self) -> &'static str {
        match self.refusal {
            Refusal::CannotCancel => "cannot_cancel",
            Refusal::OutOfOrder => "out_of_order",
            Refusal::LedgerConflict => "ledger_conflict",
        }
    }

    /// Stripe and the ledger disagree about money.
    pub fn money_at_stake(&self) -> bool {
        self.refusal == Refusal::LedgerConflict
    }
}

impl From<IllegalTransition> for Error {
    /// A refused cancel is the staff's request turned down (`invalid_input`); the others are
    /// Till's problem to report (`internal`).
    fn from(error: IllegalTransition) -> Error {
        let code = match error.refusal {
            Refusal::CannotCancel => ErrorCode::InvalidInput,
            Refusal::OutOfOrder | Refusal::LedgerConflict => ErrorCode::Internal,
        };
        let reason = error.code();
        Error::new(code, error.message).with_reason(reason)
    }
}

/// One cell of the transition table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    MoveTo(SaleState),
    Record,
    Ignore(IgnoredReason),
    Refuse(Refusal),
}

/// The transition table: every state × every observation kind, spelled out with no wildcard so
/// that a new state or observation cannot compile until each cell is decided.
fn rule(state: SaleState, kind: ObservationKind) -> Rule {
    use IgnoredReason::{Duplicate, Stale};
    use ObservationKind as Seen;
    use Refusal::{CannotCancel, LedgerConflict, OutOfOrder};
    use Rule::{Ignore, MoveTo, Record, Refuse};
    use SaleState as State;

    match state {
        State::Creating => match kind {
            Seen::SessionCreated => MoveTo(State::AwaitingPayment),
            Seen::SessionCreateFailed => MoveTo(State::Failed),
            // The session's URL has not been shown yet, so nobody can be paying it.
            Seen::AttemptDeclined | Seen::ThreeDSecureInProgress => Refuse(OutOfOrder),
            // Stripe is authoritative: a session created before a crash may have an outcome.
            Seen::SessionCompletedPaid | Seen::AsyncPaymentSucceeded => MoveTo(State::Paid),
            Seen::SessionCompletedUnpaid => MoveTo(State::Processing),
            Seen::AsyncPaymentFailed => MoveTo(State::Failed),
            Seen::SessionExpired => MoveTo(State::Expired),
            // A session may exist at Stripe already (a lost response): cancel it properly.
            Seen::CancelRequested => MoveTo(State::Canceling),
            // No expire can have been asked for a session Till does not know.
            Seen::CancelConfirmed => Refuse(OutOfOrder),
        },
        State::AwaitingPayment => match kind {
            Seen::SessionCreated => Ignore(Duplicate),
            Seen::SessionCreateFailed => Refuse(OutOfOrder),
            Seen::AttemptDeclined | Seen::ThreeDSecureInProgress => Record,
            Seen::SessionCompletedPaid | Seen::AsyncPaymentSucceeded => MoveTo(State::Paid),
            Seen::SessionCompletedUnpaid => MoveTo(State::Processing),
            Seen::AsyncPaymentFailed => MoveTo(State::Failed),
            Seen::SessionExpired => MoveTo(State::Expired),
            Seen::CancelRequested => MoveTo(State::Canceling),
            // Stripe confirmed an expire Till asked for; the request note was lost or skipped.
            Seen::CancelConfirmed => MoveTo(State::Canceled),
        },
        State::Canceling => match kind {
            // The session id, learnt after a cancel from `creating`: the caller expires it now.
            Seen::SessionCreated => Record,
            // No session exists, so nothing can be paid: the cancel is complete.
            Seen::SessionCreateFailed => MoveTo(State::Canceled),
            Seen::AttemptDeclined | Seen::ThreeDSecureInProgress => Record,
            // The customer was faster than the cancel.
            Seen::SessionCompletedPaid | Seen::AsyncPaymentSucceeded => MoveTo(State::Paid),
            Seen::SessionCompletedUnpaid => MoveTo(State::Processing),
            Seen::AsyncPaymentFailed => MoveTo(State::Failed),
            // Expired while staff wanted it cancelled: the customer can no longer pay either way.
            Seen::SessionExpired | Seen::CancelConfirmed => MoveTo(State::Canceled),
            Seen::CancelRequested => Ignore(Duplicate),
        },
        State::Processing => match kind {
            Seen::SessionCreated | Seen::AttemptDeclined | Seen::ThreeDSecureInProgress => {
                Ignore(Stale)
            }
            Seen::SessionCreateFailed => Refuse(OutOfOrder),
            // A later poll shows the session `paid` once the bank confirmed.
            Seen::SessionCompletedPaid | Seen::AsyncPaymentSucceeded => MoveTo(State::Paid),
            Seen::SessionCompletedUnpaid => Ignore(Duplicate),
            Seen::AsyncPaymentFailed => MoveTo(State::Failed),
            // A completed session cannot expire.
            Seen::SessionExpired | Seen::CancelConfirmed => Refuse(OutOfOrder),
            Seen::CancelRequested => Refuse(CannotCancel),
        },
        State::Paid => match kind {
            Seen::SessionCreated
            | Seen::AttemptDeclined
            | Seen::ThreeDSecureInProgress
            | Seen::SessionCompletedUnpaid => Ignore(Stale),
            Seen::SessionCreateFailed => Refuse(OutOfOrder),
            Seen::SessionCompletedPaid | Seen::AsyncPaymentSucceeded => Ignore(Duplicate),
            Seen::AsyncPaymentFailed | Seen::SessionExpired | Seen::CancelConfirmed => {
                Refuse(LedgerConflict)
            }
            Seen::CancelRequested => Refuse(CannotCancel),
        },
        State::Failed => match kind {
            Seen::SessionCreated
            | Seen::AttemptDeclined
            | Seen::ThreeDSecureInProgress
            | Seen::SessionCompletedUnpaid => Ignore(Stale),
            Seen::SessionCreateFailed | Seen::AsyncPaymentFailed => Ignore(Duplicate),
            Seen::SessionCompletedPaid | Seen::AsyncPaymentSucceeded => Refuse(LedgerConflict),
            Seen::SessionExpired | Seen::CancelConfirmed => Refuse(OutOfOrder),
            Seen::CancelRequested => Refuse(CannotCancel),
        },
        State::Expired => match kind {
            Seen::SessionCreated | Seen::AttemptDeclined | Seen::ThreeDSecureInProgress => {
                Ignore(Stale)
            }
            Seen::SessionCreateFailed | Seen::AsyncPaymentFailed => Refuse(OutOfOrder),
            // Local `expired` only ever follows Stripe's, and an expired session cannot be paid.
            Seen::SessionCompletedPaid
            | Seen::SessionCompletedUnpaid
            | Seen::AsyncPaymentSucceeded => Refuse(LedgerConflict),
            // The same fact: the session is expired.
            Seen::SessionExpired | Seen::CancelConfirmed => Ignore(Duplicate),
            Seen::CancelRequested => Refuse(CannotCancel),
        },
        State::Canceled => match kind {
            Seen::SessionCreated | Seen::AttemptDeclined | Seen::ThreeDSecureInProgress => {
                Ignore(Stale)
            }
            // Consistent with a cancel that found no session.
            Seen::SessionCreateFailed => Ignore(Duplicate),
            // `canceled` is only reached once Stripe confirmed the expiry (or that no session
            // exists), so a payment now contradicts Stripe's own earlier answer.
            Seen::SessionCompletedPaid
            | Seen::SessionCompletedUnpaid
            | Seen::AsyncPaymentSucceeded => Refuse(LedgerConflict),
            Seen::AsyncPaymentFailed => Refuse(OutOfOrder),
            Seen::SessionExpired | Seen::CancelRequested | Seen::CancelConfirmed => {
                Ignore(Duplicate)
            }
        },
    }
}

/// Applies an observation to a sale. Pure and total: the same inputs always give the same
/// answer, and a refusal changes nothing.
pub fn apply(
    current: &SaleStatus,
    observation: &Observation,
) -> Result<Transition, IllegalTransition> {
    let kind = observation.kind();
    match rule(current.state, kind) {
        Rule::MoveTo(state) => Ok(Transition::Changed {
            from: current.state,
            to: SaleStatus::new(state),
            note: TimelineNote::new(kind, describe(current.state, state, observation)),
        }),
        Rule::Record => {
            let attempt = match observation {
                Observation::AttemptDeclined { decline_code, .. } => Some(Attempt::Declined {
                    decline_code: decline_code.clone(),
                }),
                Observation::ThreeDSecureInProgress => Some(Attempt::ThreeDSecure),
                _ => None,
            };
            if attempt.is_some() && attempt == current.attempt {
                return Ok(Transition::Ignored {
                    status: current.clone(),
                    reason: IgnoredReason::Duplicate,
                });
            }
            Ok(Transition::Recorded {
                status: SaleStatus {
                    state: current.state,
                    attempt: attempt.or_else(|| current.attempt.clone()),
                },
                note: TimelineNote::new(kind, describe(current.state, current.state, observation)),
            })
        }
        Rule::Ignore(reason) => Ok(Transition::Ignored {
            status: current.clone(),
            reason,
        }),
        Rule::Refuse(refusal) => Err(IllegalTransition {
            from: current.state,
            observation: kind,
            refusal,
            message: refusal_message(current.state, kind, refusal),
        }),
    }
}

impl TimelineNote {
    fn new(kind: ObservationKind, phrase: Phrase) -> TimelineNote {
        TimelineNote { kind, phrase }
    }

    /// The words in English, as the ledger keeps them.
    pub fn description(&self) -> String {
        self.phrase.english()
    }
}

/// The timeline description of an applied observation, for the owner reading a sale's history.
fn describe(from: SaleState, to: SaleState, observation: &Observation) -> Phrase {
    let part = Phrase::part;
    let description = match observation {
        Observation::SessionCreated { session_id, .. } if from == SaleState::Canceling => part(
            "timeline-session-created-canceling",
            &[("session", session_id.clone())],
        ),
        Observation::SessionCreated { session_id, .. } => part(
            "timeline-session-created",
            &[("session", session_id.clone())],
        ),
        Observation::SessionCreateFailed { reason } if to == SaleState::Canceled => part(
            "timeline-session-refused-canceled",
            &[("reason", reason.clone())],
        ),
        Observation::SessionCreateFailed { reason } => {
            part("timeline-session-refused", &[("reason", reason.clone())])
        }
        Observation::AttemptDeclined {
            decline_code,
            message,
        } if message.is_empty() => part("timeline-declined", &[("code", decline_code.clone())]),
        Observation::AttemptDeclined {
            decline_code,
            message,
        } => part(
            "timeline-declined-message",
            &[("code", decline_code.clone()), ("message", message.clone())],
        ),
        Observation::ThreeDSecureInProgress => part("timeline-three-d-secure", &[]),
        Observation::SessionCompletedPaid {
            payment_intent_id,
            amount_total,
        } => part(
            "timeline-paid",
            &[
                ("amount", plain(*amount_total)),
                ("intent", payment_intent_id.clone()),
            ],
        ),
        Observation::SessionCompletedUnpaid { payment_intent_id } => match payment_intent_id {
            Some(id) => part(
                "timeline-completed-unpaid-intent",
                &[("intent", id.clone())],
            ),
            None => part("timeline-completed-unpaid", &[]),
        },
        Observation::AsyncPaymentSucceeded {
            payment_intent_id,
            amount_total,
        } => part(
            "timeline-delayed-paid",
            &[
                ("amount", plain(*amount_total)),
                ("intent", payment_intent_id.clone()),
            ],
        ),
        Observation::AsyncPaymentFailed { reason } => {
            part("timeline-delayed-failed", &[("reason", reason.clone())])
        }
        Observation::SessionExpired if to == SaleState::Canceled => {
            part("timeline-expired-canceled", &[])
        }
        Observation::SessionExpired => part("timeline-expired", &[]),
        Observation::CancelRequested => part("timeline-cancel-requested", &[]),
        Observation::CancelConfirmed => part("timeline-cancel-confirmed", &[]),
    };
    let mut parts = vec![description];
    if from == SaleState::Canceling
        && matches!(
            to,
            SaleState::Paid | SaleState::Processing | SaleState::Failed
        )
    {
        parts.push(part("timeline-cancel-too-late", &[]));
    }
    Phrase(parts)
}

fn refusal_message(state: SaleState, kind: ObservationKind, refusal: Refusal) -> String {
    match refusal {
        Refusal::CannotCancel => match state {
            SaleState::Processing => "The customer already paid with a method the bank confirms later, so this sale can't be cancelled. Wait for the result, then refund it if needed.",
            SaleState::Paid => "This sale is already paid, so it can't be cancelled. Refund it from History instead.",
            SaleState::Failed => "This sale has already failed; there is nothing to cancel.",
            SaleState::Expired => "This sale has already expired; there is nothing to cancel.",
            SaleState::Creating | SaleState::AwaitingPayment | SaleState::Canceling | SaleState::Canceled => {
                "This sale can't be cancelled now."
            }
        }
        .to_owned(),
        Refusal::OutOfOrder => format!(
            "Ignored \u{201c}{kind}\u{201d} for a sale that is {state}: it does not fit the sale's history, so nothing was changed. If this repeats, report it with the sale id."
        ),
        Refusal::LedgerConflict => format!(
            "Stripe reports \u{201c}{kind}\u{201d} for a sale recorded as {state}. Nothing was changed: check this payment in the Stripe Dashboard and report it with the sale id."
        ),
    }
}

/// `29.00 USD`: locale-neutral, because timeline text is stored.
fn plain(money: Money) -> String {
    format!("{} {}", money.to_major_string(), money.currency)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::money::Currency;

    use IgnoredReason::{Duplicate, Stale};
    use ObservationKind as Seen;
    use SaleState as State;

    /// The expected outcome of one cell.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Expect {
        To(SaleState),
        Recorded,
        Ignored(IgnoredReason),
        Refused(&'static str),
    }
    use Expect::{Ignored, Recorded, Refused, To};

    const CANNOT_CANCEL: Expect = Refused("cannot_cancel");
    const OUT_OF_ORDER: Expect = Refused("out_of_order");
    const CONFLICT: Expect = Refused("ledger_conflict");

    /// Every state × every observation kind, written out independently of `rule`.
    const TABLE: [(SaleState, ObservationKind, Expect); 88] = [
        (
            State::Creating,
            Seen::SessionCreated,
            To(State::AwaitingPayment),
        ),
        (
            State::Creating,
            Seen::SessionCreateFailed,
            To(State::Failed),
        ),
        (State::Creating, Seen::AttemptDeclined, OUT_OF_ORDER),
        (State::Creating, Seen::ThreeDSecureInProgress, OUT_OF_ORDER),
        (State::Creating, Seen::SessionCompletedPaid, To(State::Paid)),
        (
            State::Creating,
            Seen::SessionCompletedUnpaid,
            To(State::Processing),
        ),
        (
            State::Creating,
            Seen::AsyncPaymentSucceeded,
            To(State::Paid),
        ),
        (State::Creating, Seen::AsyncPaymentFailed, To(State::Failed)),
        (State::Creating, Seen::SessionExpired, To(State::Expired)),
        (State::Creating, Seen::CancelRequested, To(State::Canceling)),
        (State::Creating, Seen::CancelConfirmed, OUT_OF_ORDER),
        //
        (
            State::AwaitingPayment,
            Seen::SessionCreated,
            Ignored(Duplicate),
        ),
        (
            State::AwaitingPayment,
            Seen::SessionCreateFailed,
            OUT_OF_ORDER,
        ),
        (State::AwaitingPayment, Seen::AttemptDeclined, Recorded),
        (
            State::AwaitingPayment,
            Seen::ThreeDSecureInProgress,
            Recorded,
        ),
        (
            State::AwaitingPayment,
            Seen::SessionCompletedPaid,
            To(State::Paid),
        ),
        (
            State::AwaitingPayment,
            Seen::SessionCompletedUnpaid,
            To(State::Processing),
        ),
        (
            State::AwaitingPayment,
            Seen::AsyncPaymentSucceeded,
            To(State::Paid),
        ),
        (
            State::AwaitingPayment,
            Seen::AsyncPaymentFailed,
            To(State::Failed),
        ),
        (
            State::AwaitingPayment,
            Seen::SessionExpired,
            To(State::Expired),
        ),
        (
            State::AwaitingPayment,
            Seen::CancelRequested,
            To(State::Canceling),
        ),
        (
            State::AwaitingPayment,
            Seen::CancelConfirmed,
            To(State::Canceled),
        ),
        //
        (State::Canceling, Seen::SessionCreated, Recorded),
        (
            State::Canceling,
            Seen::SessionCreateFailed,
            To(State::Canceled),
        ),
        (State::Canceling, Seen::AttemptDeclined, Recorded),
        (State::Canceling, Seen::ThreeDSecureInProgress, Recorded),
        (
            State::Canceling,
            Seen::SessionCompletedPaid,
            To(State::Paid),
        ),
        (
            State::Canceling,
            Seen::SessionCompletedUnpaid,
            To(State::Processing),
        ),
        (
            State::Canceling,
            Seen::AsyncPaymentSucceeded,
            To(State::Paid),
        ),
        (
            State::Canceling,
            Seen::AsyncPaymentFailed,
            To(State::Failed),
        ),
        (State::Canceling, Seen::SessionExpired, To(State::Canceled)),
        (State::Canceling, Seen::CancelRequested, Ignored(Duplicate)),
        (State::Canceling, Seen::CancelConfirmed, To(State::Canceled)),
        //
        (State::Processing, Seen::SessionCreated, Ignored(Stale)),
        (State::Processing, Seen::SessionCreateFailed, OUT_OF_ORDER),
        (State::Processing, Seen::AttemptDeclined, Ignored(Stale)),
        (
            State::Processing,
            Seen::ThreeDSecureInProgress,
            Ignored(Stale),
        ),
        (
            State::Processing,
            Seen::SessionCompletedPaid,
            To(State::Paid),
        ),
        (
            State::Processing,
            Seen::SessionCompletedUnpaid,
            Ignored(Duplicate),
        ),
        (
            State::Processing,
            Seen::AsyncPaymentSucceeded,
            To(State::Paid),
        ),
        (
            State::Processing,
            Seen::AsyncPaymentFailed,
            To(State::Failed),
        ),
        (State::Processing, Seen::SessionExpired, OUT_OF_ORDER),
        (State::Processing, Seen::CancelRequested, CANNOT_CANCEL),
        (State::Processing, Seen::CancelConfirmed, OUT_OF_ORDER),
        //
        (State::Paid, Seen::SessionCreated, Ignored(Stale)),
        (State::Paid, Seen::SessionCreateFailed, OUT_OF_ORDER),
        (State::Paid, Seen::AttemptDeclined, Ignored(Stale)),
        (State::Paid, Seen::ThreeDSecureInProgress, Ignored(Stale)),
        (State::Paid, Seen::SessionCompletedPaid, Ignored(Duplicate)),
        (State::Paid, Seen::SessionCompletedUnpaid, Ignored(Stale)),
        (State::Paid, Seen::AsyncPaymentSucceeded, Ignored(Duplicate)),
        (State::Paid, Seen::AsyncPaymentFailed, CONFLICT),
        (State::Paid, Seen::SessionExpired, CONFLICT),
        (State::Paid, Seen::CancelRequested, CANNOT_CANCEL),
        (State::Paid, Seen::CancelConfirmed, CONFLICT),
        //
        (State::Failed, Seen::SessionCreated, Ignored(Stale)),
        (State::Failed, Seen::SessionCreateFailed, Ignored(Duplicate)),
        (State::Failed, Seen::AttemptDeclined, Ignored(Stale)),
        (State::Failed, Seen::ThreeDSecureInProgress, Ignored(Stale)),
        (State::Failed, Seen::SessionCompletedPaid, CONFLICT),
        (State::Failed, Seen::SessionCompletedUnpaid, Ignored(Stale)),
        (State::Failed, Seen::AsyncPaymentSucceeded, CONFLICT),
        (State::Failed, Seen::AsyncPaymentFailed, Ignored(Duplicate)),
        (State::Failed, Seen::SessionExpired, OUT_OF_ORDER),
        (State::Failed, Seen::CancelRequested, CANNOT_CANCEL),
        (State::Failed, Seen::CancelConfirmed, OUT_OF_ORDER),
        //
        (State::Expired, Seen::SessionCreated, Ignored(Stale)),
        (State::Expired, Seen::SessionCreateFailed, OUT_OF_ORDER),
        (State::Expired, Seen::AttemptDeclined, Ignored(Stale)),
        (State::Expired, Seen::ThreeDSecureInProgress, Ignored(Stale)),
        (State::Expired, Seen::SessionCompletedPaid, CONFLICT),
        (State::Expired, Seen::SessionCompletedUnpaid, CONFLICT),
        (State::Expired, Seen::AsyncPaymentSucceeded, CONFLICT),
        (State::Expired, Seen::AsyncPaymentFailed, OUT_OF_ORDER),
        (State::Expired, Seen::SessionExpired, Ignored(Duplicate)),
        (State::Expired, Seen::CancelRequested, CANNOT_CANCEL),
        (State::Expired, Seen::CancelConfirmed, Ignored(Duplicate)),
        //
        (State::Canceled, Seen::SessionCreated, Ignored(Stale)),
        (
            State::Canceled,
            Seen::SessionCreateFailed,
            Ignored(Duplicate),
        ),
        (State::Canceled, Seen::AttemptDeclined, Ignored(Stale)),
        (
            State::Canceled,
            Seen::ThreeDSecureInProgress,
            Ignored(Stale),
        ),
        (State::Canceled, Seen::SessionCompletedPaid, CONFLICT),
        (State::Canceled, Seen::SessionCompletedUnpaid, CONFLICT),
        (State::Canceled, Seen::AsyncPaymentSucceeded, CONFLICT),
        (State::Canceled, Seen::AsyncPaymentFailed, OUT_OF_ORDER),
        (State::Canceled, Seen::SessionExpired, Ignored(Duplicate)),
        (State::Canceled, Seen::CancelRequested, Ignored(Duplicate)),
        (State::Canceled, Seen::CancelConfirmed, Ignored(Duplicate)),
    ];

    fn usd(amount_minor: i64) -> Money {
        Money::new(amount_minor, Currency::USD)
    }

    fn sample(kind: ObservationKind) -> Observation {
        match kind {
            Seen::SessionCreated => Observation::SessionCreated {
                session_id: "cs_test_1".into(),
                url: "https://checkout.stripe.com/c/pay/cs_test_1".into(),
                expires_at: 1_700_003_600,
            },
            Seen::SessionCreateFailed => Observation::SessionCreateFailed {
                reason: "No such price: 'price_gone'".into(),
            },
            Seen::AttemptDeclined => Observation::AttemptDeclined {
                decline_code: "insufficient_funds".into(),
                message: "Your card has insufficient funds.".into(),
            },
            Seen::ThreeDSecureInProgress => Observation::ThreeDSecureInProgress,
            Seen::SessionCompletedPaid => Observation::SessionCompletedPaid {
                payment_intent_id: "pi_1".into(),
                amount_total: usd(2900),
            },
            Seen::SessionCompletedUnpaid => Observation::SessionCompletedUnpaid {
                payment_intent_id: Some("pi_1".into()),
            },
            Seen::AsyncPaymentSucceeded => Observation::AsyncPaymentSucceeded {
                payment_intent_id: "pi_1".into(),
                amount_total: usd(2900),
            },
            Seen::AsyncPaymentFailed => Observation::AsyncPaymentFailed {
                reason: "The bank refused the debit.".into(),
            },
            Seen::SessionExpired => Observation::SessionExpired,
            Seen::CancelRequested => Observation::CancelRequested,
            Seen::CancelConfirmed => Observation::CancelConfirmed,
        }
    }

    #[test]
    fn the_table_covers_every_state_and_observation_once() {
        let cells: HashSet<(SaleState, ObservationKind)> = TABLE
            .iter()
            .map(|(state, kind, _)| (*state, *kind))
            .collect();
        assert_eq!(cells.len(), TABLE.len(), "a cell is listed twice");
        for state in SaleState::ALL {
            for kind in ObservationKind::ALL {
                assert!(cells.contains(&(state, kind)), "missing {state} × {kind}");
            }
        }
    }

    #[test]
    fn every_state_and_observation_has_the_expected_outcome() {
        for (state, kind, expected) in TABLE {
            let current = SaleStatus::new(state);
            let observation = sample(kind);
            assert_eq!(observation.kind(), kind);
            let outcome = apply(&current, &observation);
            let actual = match &outcome {
                Ok(Transition::Changed { from, to, note }) => {
                    assert_eq!(*from, state);
                    assert_eq!(to.attempt, None, "a state change clears the attempt");
                    assert_eq!(note.kind, kind);
                    assert!(!note.description().is_empty());
                    To(to.state)
                }
                Ok(Transition::Recorded { status, note }) => {
                    assert_eq!(status.state, state);
                    assert_eq!(note.kind, kind);
                    Recorded
                }
                Ok(Transition::Ignored { status, reason }) => {
                    assert_eq!(status, &current, "an ignored observation changes nothing");
                    Ignored(*reason)
                }
                Err(illegal) => {
                    assert_eq!(illegal.from, state);
                    assert_eq!(illegal.observation, kind);
                    Refused(illegal.code())
                }
            };
            assert_eq!(actual, expected, "{state} × {kind}");
        }
    }

    #[test]
    fn terminal_states_never_change() {
        for (state, kind, expected) in TABLE {
            if state.is_terminal() {
                assert!(
                    !matches!(expected, To(_) | Recorded),
                    "{state} × {kind} must not change"
                );
            }
        }
        // And every non-terminal state has a way out to a terminal one.
        for state in SaleState::ALL
            .into_iter()
            .filter(|state| !state.is_terminal())
        {
            assert!(
                TABLE.iter().any(|(from, _, expected)| *from == state
                    && matches!(expected, To(to) if to.is_terminal())),
                "{state} can never finish"
            );
        }
    }

    #[test]
    fn the_same_attempt_seen_again_is_a_duplicate() {
        let waiting = SaleStatus::new(State::AwaitingPayment);
        let declined = sample(Seen::AttemptDeclined);
        let first = apply(&waiting, &declined).unwrap();
        let Transition::Recorded { status, note } = &first else {
            panic!("{first:?}");
        };
        assert_eq!(
            status.attempt,
            Some(Attempt::Declined {
                decline_code: "insufficient_funds".into()
            })
        );
        assert_eq!(
            note.description(),
            "Card declined (insufficient_funds): Your card has insufficient funds."
        );
        assert_eq!(
            status.staff_text(),
            "Declined — insufficient funds. Ask for another card."
        );

        // The next poll sees the same decline: nothing to write.
        let again = apply(status, &declined).unwrap();
        assert_eq!(
            again,
            Transition::Ignored {
                status: status.clone(),
                reason: Duplicate
            }
        );

        // The customer tries again: 3-D Secure, then a different decline. Both are new.
        let three_d = apply(status, &Observation::ThreeDSecureInProgress).unwrap();
        assert_eq!(three_d.status().staff_text(), "3-D Secure in progress");
        assert!(
            apply(three_d.status(), &Observation::ThreeDSecureInProgress)
                .unwrap()
                .is_noop()
        );
        let failed_3ds = Observation::AttemptDeclined {
            decline_code: "payment_intent_authentication_failure".into(),
            message: String::new(),
        };
        let after = apply(three_d.status(), &failed_3ds).unwrap();
        assert!(!after.is_noop() && !after.state_changed());
        assert_eq!(
            after.note().map(|note| note.description()).as_deref(),
            Some("Card declined (payment_intent_authentication_failure).")
        );

        // Paid clears the attempt.
        let paid = apply(after.status(), &sample(Seen::SessionCompletedPaid)).unwrap();
        assert_eq!(paid.status(), &SaleStatus::new(State::Paid));
        assert_eq!(
            paid.note().map(|note| note.description()).as_deref(),
            Some("Paid 29.00 USD; PaymentIntent pi_1.")
        );
    }

    /// Applies observations in order and returns the final status, failing on a refusal.
    fn run(start: SaleState, observations: &[Observation]) -> SaleStatus {
        observations
            .iter()
            .fold(SaleStatus::new(start), |status, observation| {
                apply(&status, observation).unwrap().status().clone()
            })
    }

    #[test]
    fn cancel_scenarios() {
        let session = sample(Seen::SessionCreated);
        let paid = sample(Seen::SessionCompletedPaid);
        // Cancel, Stripe confirms.
        let confirmed = run(
            State::AwaitingPayment,
            &[Observation::CancelRequested, Observation::CancelConfirmed],
        );
        assert_eq!(confirmed.state, State::Canceled);
        // Cancel, the poll sees the expiry before the expire call returns: still cancelled.
        let polled = run(
            State::AwaitingPayment,
            &[
                Observation::CancelRequested,
                Observation::SessionExpired,
                Observation::CancelConfirmed,
            ],
        );
        assert_eq!(polled.state, State::Canceled);
        // Cancel, but the customer had just paid: paid.
        let too_late = apply(&SaleStatus::new(State::Canceling), &paid).unwrap();
        assert_eq!(too_late.state(), State::Paid);
        assert_eq!(
            too_late.note().map(|note| note.description()).as_deref(),
            Some("Paid 29.00 USD; PaymentIntent pi_1. The cancel came too late.")
        );
        // Cancel while creating: the session id is learnt and recorded, then expired.
        let canceling = run(State::Creating, &[Observation::CancelRequested]);
        let learnt = apply(&canceling, &session).unwrap();
        assert!(matches!(learnt, Transition::Recorded { .. }));
        assert_eq!(
            learnt.note().map(|note| note.description()).as_deref(),
            Some("Stripe returned Checkout Session cs_test_1; expiring it to finish the cancel.")
        );
        assert_eq!(
            run(
                State::Creating,
                &[
                    Observation::CancelRequested,
                    session.clone(),
                    Observation::CancelConfirmed
                ]
            )
            .state,
            State::Canceled
        );
        // Cancel while creating, and Stripe refuses the creation: nothing to expire.
        assert_eq!(
            run(
                State::Creating,
                &[
                    Observation::CancelRequested,
                    sample(Seen::SessionCreateFailed)
                ]
            )
            .state,
            State::Canceled
        );
        // A double click on Cancel.
        assert!(apply(&canceling, &Observation::CancelRequested)
            .unwrap()
            .is_noop());
        // Cancelling a paid sale is refused with a message for staff.
        let refused =
            apply(&SaleStatus::new(State::Paid), &Observation::CancelRequested).unwrap_err();
        assert_eq!(
            refused.to_string(),
            "This sale is already paid, so it can't be cancelled. Refund it from History instead."
        );
        let error: Error = refused.into();
        assert_eq!(error.code, ErrorCode::InvalidInput);
    }

    #[test]
    fn delayed_payments_and_late_events() {
        let unpaid = sample(Seen::SessionCompletedUnpaid);
        let succeeded = sample(Seen::AsyncPaymentSucceeded);
        let status = run(
            State::AwaitingPayment,
            &[
                unpaid.clone(),
                Observation::ThreeDSecureInProgress,
                succeeded.clone(),
            ],
        );
        assert_eq!(status.state, State::Paid);
        // The `checkout.session.completed` event (unpaid) processed after the poll saw paid.
        let late = apply(&status, &unpaid).unwrap();
        assert_eq!(
            late,
            Transition::Ignored {
                status: status.clone(),
                reason: Stale
            }
        );
        // And the async event after a poll already saw the session paid.
        assert_eq!(
            apply(&status, &succeeded).unwrap(),
            Transition::Ignored {
                status,
                reason: Duplicate
            }
        );
        assert_eq!(
            run(
                State::AwaitingPayment,
                &[unpaid, sample(Seen::AsyncPaymentFailed)]
            )
            .state,
            State::Failed
        );
    }

    #[test]
    fn ledger_conflicts_are_flagged_and_change_nothing() {
        let conflict = apply(
            &SaleStatus::new(State::Expired),
            &sample(Seen::SessionCompletedPaid),
        )
        .unwrap_err();
        assert!(conflict.money_at_stake());
        assert_eq!(conflict.refusal, Refusal::LedgerConflict);
        assert_eq!(
            conflict.to_string(),
            "Stripe reports \u{201c}completed_paid\u{201d} for a sale recorded as expired. Nothing was changed: check this payment in the Stripe Dashboard and report it with the sale id."
        );
        let error: Error = conflict.into();
        assert_eq!(error.code, ErrorCode::Internal);
        let out_of_order = apply(
            &SaleStatus::new(State::Processing),
            &Observation::SessionExpired,
        )
        .unwrap_err();
        assert!(!out_of_order.money_at_stake());
        assert_eq!(out_of_order.code(), "out_of_order");
    }

    #[test]
    fn states_round_trip_through_storage() {
        let names: Vec<&str> = SaleState::ALL.iter().map(|state| state.as_str()).collect();
        assert_eq!(
            names,
            [
                "creating",
                "awaiting_payment",
                "canceling",
                "processing",
                "paid",
                "failed",
                "expired",
                "canceled"
            ]
        );
        for state in SaleState::ALL {
            assert_eq!(SaleState::parse(state.as_str()), Ok(state));
            assert_eq!(state.as_str().parse::<SaleState>(), Ok(state));
            assert_eq!(
                serde_json::to_string(&state).unwrap(),
                format!("\"{state}\"")
            );
        }
        let unknown = SaleState::parse("refunded").unwrap_err();
        assert_eq!(unknown.code(), "unknown_sale_state");
        assert_eq!(Error::from(unknown).code, ErrorCode::Storage);
        assert!(SaleState::parse("Paid").is_err(), "stored names are exact");
        let terminal: Vec<SaleState> = SaleState::ALL
            .into_iter()
            .filter(|state| state.is_terminal())
            .collect();
        assert_eq!(
            terminal,
            [State::Paid, State::Failed, State::Expired, State::Canceled]
        );
    }

    #[test]
    fn status_round_trips_through_the_ledger_columns() {
        let statuses = [
            SaleStatus::new(State::AwaitingPayment),
            SaleStatus {
                state: State::AwaitingPayment,
                attempt: Some(Attempt::ThreeDSecure),
            },
            SaleStatus {
                state: State::AwaitingPayment,
                attempt: Some(Attempt::Declined {
                    decline_code: "card_declined".into(),
                }),
            },
        ];
        for status in statuses {
            let detail = status.status_detail();
            assert_eq!(
                SaleStatus::from_stored(status.state.as_str(), detail.as_deref()),
                Ok(status)
            );
        }
        assert_eq!(Attempt::from_detail("declined:"), None);
        assert_eq!(Attempt::from_detail("something else"), None);
    }

    #[test]
    fn observation_serde_uses_the_kind_names() {
        for kind in ObservationKind::ALL {
            let json = serde_json::to_value(sample(kind)).unwrap();
            assert_eq!(json["kind"], kind.as_str(), "{kind:?}");
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
            let back: Observation = serde_json::from_value(json).unwrap();
            assert_eq!(back, sample(kind));
        }
        let transition = apply(
            &SaleStatus::new(State::Creating),
            &sample(Seen::SessionCreated),
        )
        .unwrap();
        let json = serde_json::to_value(&transition).unwrap();
        assert_eq!(json["effect"], "changed");
        assert_eq!(json["to"]["state"], "awaiting_payment");
        assert_eq!(json["note"]["kind"], "session_created");
    }

    #[test]
    fn staff_texts() {
        let table = [
            (State::Creating, None, "Preparing the payment page"),
            (State::AwaitingPayment, None, "Waiting for the customer"),
            (
                State::AwaitingPayment,
                Some(Attempt::ThreeDSecure),
                "3-D Secure in progress",
            ),
            (
                State::Canceling,
                None,
                "Cancelling — waiting for Stripe to confirm",
            ),
            (
                State::Processing,
                None,
                "Processing — the bank will confirm later",
            ),
            (State::Paid, None, "Paid"),
            (State::Failed, None, "Payment failed"),
            (State::Expired, None, "Expired"),
            (State::Canceled, None, "Cancelled"),
        ];
        for (state, attempt, expected) in table {
            assert_eq!(SaleStatus { state, attempt }.staff_text(), expected);
        }
    }

    #[test]
    fn decline_codes_map_to_staff_wording() {
        let generic = "Declined by the card's bank. Ask for another card.";
        let table = [
            (
                "insufficient_funds",
                "Declined — insufficient funds. Ask for another card.",
            ),
            ("generic_decline", generic),
            ("card_declined", generic),
            ("lost_card", generic),
            ("stolen_card", generic),
            (
                "expired_card",
                "Declined — the card has expired. Ask for another card.",
            ),
            (
                "incorrect_cvc",
                "Declined — wrong security code (CVC). The customer can check it and try again.",
            ),
            (
                "processing_error",
                "The card couldn't be processed. The customer can try again.",
            ),
            (
                "incorrect_number",
                "Declined — wrong card number. The customer can check it and try again.",
            ),
            (
                "payment_intent_authentication_failure",
                "3-D Secure failed. The customer can try again or use another card.",
            ),
            ("something_new", generic),
        ];
        for (code, expected) in table {
            assert_eq!(decline_wording(code), expected, "{code}");
        }
    }

    /// Every decline code Till words on its own, and one it does not know.
    const DECLINE_CODES: [&str; 10] = [
        "insufficient_funds",
        "generic_decline",
        "card_declined",
        "lost_card",
        "stolen_card",
        "expired_card",
        "incorrect_cvc",
        "processing_error",
        "incorrect_number",
        "payment_intent_authentication_failure",
    ];

    /// Every status line there is: each state alone, and each attempt inside each state.
    fn every_status() -> Vec<SaleStatus> {
        let mut attempts = vec![None, Some(Attempt::ThreeDSecure)];
        attempts.extend(DECLINE_CODES.iter().chain(&["something_new"]).map(|code| {
            Some(Attempt::Declined {
                decline_code: (*code).to_owned(),
            })
        }));
        State::ALL
            .into_iter()
            .flat_map(|state| {
                attempts.iter().map(move |attempt| SaleStatus {
                    state,
                    attempt: attempt.clone(),
                })
            })
            .collect()
    }

    #[test]
    fn the_short_status_is_the_status_lines_first_sentence() {
        for status in every_status() {
            let (text, short) = (status.staff_text(), status.staff_short());
            assert!(
                text == short || text.starts_with(&format!("{short}. ")),
                "{status:?}: {short:?} does not begin {text:?}"
            );
            assert!(
                !short.contains(". "),
                "{status:?}: {short:?} is one sentence"
            );
        }
        let declined = |state, code: &str| SaleStatus {
            state,
            attempt: Some(Attempt::Declined {
                decline_code: code.to_owned(),
            }),
        };
        let table = [
            (
                declined(State::AwaitingPayment, "insufficient_funds"),
                "Declined — insufficient funds",
            ),
            (
                declined(State::AwaitingPayment, "incorrect_cvc"),
                "Declined — wrong security code (CVC)",
            ),
            (
                declined(State::AwaitingPayment, "lost_card"),
                "Declined by the card's bank",
            ),
            (
                declined(State::AwaitingPayment, "processing_error"),
                "The card couldn't be processed",
            ),
            (
                declined(State::Canceling, "insufficient_funds"),
                "Cancelling — waiting for Stripe to confirm",
            ),
            (SaleStatus::new(State::Paid), "Paid"),
            (
                SaleStatus::new(State::AwaitingPayment),
                "Waiting for the customer",
            ),
        ];
        for (status, expected) in table {
            assert_eq!(status.staff_short(), expected, "{status:?}");
        }
        for code in DECLINE_CODES {
            assert!(
                decline_wording(code).starts_with(&format!("{}. ", decline_short(code))),
                "{code}"
            );
        }
    }

    #[test]
    fn declined_is_a_refused_card_while_the_session_is_open() {
        let status = |state, code: &str| SaleStatus {
            state,
            attempt: Some(Attempt::Declined {
                decline_code: code.to_owned(),
            }),
        };
        assert!(status(State::AwaitingPayment, "insufficient_funds").declined());
        assert!(status(State::AwaitingPayment, "incorrect_cvc").declined());
        assert!(status(State::AwaitingPayment, "something_new").declined());
        // Worded as "try again", not as a refusal.
        assert!(!status(State::AwaitingPayment, "processing_error").declined());
        assert!(!status(
            State::AwaitingPayment,
            "payment_intent_authentication_failure"
        )
        .declined());
        // The sale moved on: its status line no longer speaks of the decline.
        assert!(!status(State::Canceling, "insufficient_funds").declined());
        assert!(!SaleStatus::new(State::AwaitingPayment).declined());
        assert!(!SaleStatus::new(State::Failed).declined());
        // Exactly the status lines that read "Declined…".
        for status in every_status() {
            assert_eq!(
                status.declined(),
                status.staff_text().starts_with("Declined"),
                "{status:?}"
            );
        }
    }

    #[test]
    fn the_wording_follows_the_language() {
        use till_i18n::Language;
        let declined = SaleStatus {
            state: State::AwaitingPayment,
            attempt: Some(Attempt::Declined {
                decline_code: "insufficient_funds".into(),
            }),
        };
        assert_eq!(
            declined.staff_text_in(Language::De),
            "Abgelehnt — Karte nicht ausreichend gedeckt. Bitten Sie um eine andere Karte."
        );
        assert_eq!(
            declined.staff_short_in(Language::De),
            "Abgelehnt — Karte nicht ausreichend gedeckt"
        );
        assert_eq!(
            SaleStatus::new(State::Paid).staff_text_in(Language::De),
            "Bezahlt"
        );
        assert_eq!(
            SaleStatus::new(State::Canceled).staff_text_in(Language::De),
            "Storniert"
        );
        // Stripe's own words for a paid payment and a declined card, in each language.
        for (language, paid, refused) in [
            (Language::Fr, "Payé", "Refusé"),
            (Language::Es, "Pagado", "Rechazado"),
            (Language::Ja, "支払い済み", "拒否"),
        ] {
            assert_eq!(SaleStatus::new(State::Paid).staff_text_in(language), paid);
            assert!(
                declined.staff_short_in(language).starts_with(refused),
                "{language}: {}",
                declined.staff_short_in(language)
            );
        }
        // Every status line exists in every language, and none is left in English.
        for status in every_status() {
            for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
                let (english, translated) = (status.staff_text(), status.staff_text_in(language));
                assert_ne!(translated, status.staff_text_id(), "{status:?} {language}");
                assert_ne!(translated, english, "{status:?} in {language}");
            }
        }
    }
}
