//! Test-card runs: Stripe's test cards with the outcome each should have, and a record of
//! what Stripe really reported for each run. Refused in live mode.

use serde::Serialize;

use crate::cart::{Cart, CartItem};
use crate::checkout::{Checkout, SaleView};
use crate::error::{Error, ErrorCode, Result};
use crate::mode::Mode;
use crate::money::{Currency, Money};
use crate::store::now_ms;
pub use crate::store::{RunOutcome, TestRun};
use crate::stripe::INLINE_PRICE_PREFIX;

/// What a card should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Expected {
    Paid,
    Declined {
        decline_code: &'static str,
    },
    /// A 3-D Secure step; the payment then succeeds or fails with the customer's answer.
    ThreeDSecure,
}

impl Expected {
    pub fn as_text(self) -> String {
        match self {
            Expected::Paid => "paid".into(),
            Expected::Declined { decline_code } => format!("declined:{decline_code}"),
            Expected::ThreeDSecure => "three_d_secure".into(),
        }
    }

    /// Whether an observed outcome is what this card should do.
    pub fn matches(self, observed: &str) -> bool {
        match self {
            Expected::Paid => observed == "paid",
            Expected::Declined { decline_code } => observed == format!("declined:{decline_code}"),
            Expected::ThreeDSecure => observed.starts_with("three_d_secure_then_"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TestCard {
    pub number: &'static str,
    pub label: &'static str,
    pub expected: Expected,
    /// One of the four cards of the guide Till grew from.
    pub seed: bool,
}

/// Stripe's test cards (stripe-notes.md), the seed's four first.
pub const TEST_CARDS: [TestCard; 11] = [
    TestCard {
        number: "4242424242424242",
        label: "Succeeds",
        expected: Expected::Paid,
        seed: true,
    },
    TestCard {
        number: "4000000000009995",
        label: "Declined: insufficient funds",
        expected: Expected::Declined {
            decline_code: "insufficient_funds",
        },
        seed: true,
    },
    TestCard {
        number: "4000002500003155",
        label: "Requires 3-D Secure",
        expected: Expected::ThreeDSecure,
        seed: true,
    },
    TestCard {
        number: "4000000000000002",
        label: "Declined: generic decline",
        expected: Expected::Declined {
            decline_code: "generic_decline",
        },
        seed: true,
    },
    TestCard {
        number: "4000000000009987",
        label: "Declined: lost card",
        expected: Expected::Declined {
            decline_code: "lost_card",
        },
        seed: false,
    },
    TestCard {
        number: "4000000000009979",
        label: "Declined: stolen card",
        expected: Expected::Declined {
            decline_code: "stolen_card",
        },
        seed: false,
    },
    TestCard {
        number: "4000000000000069",
        label: "Declined: expired card",
        expected: Expected::Declined {
            decline_code: "expired_card",
        },
        seed: false,
    },
    TestCard {
        number: "4000000000000127",
        label: "Declined: incorrect CVC",
        expected: Expected::Declined {
            decline_code: "incorrect_cvc",
        },
        seed: false,
    },
    TestCard {
        number: "4000000000000119",
        label: "Declined: processing error",
        expected: Expected::Declined {
            decline_code: "processing_error",
        },
        seed: false,
    },
    TestCard {
        number: "4242424242424241",
        label: "Declined: incorrect number",
        expected: Expected::Declined {
            decline_code: "incorrect_number",
        },
        seed: false,
    },
    TestCard {
        number: "4000002760003184",
        label: "3-D Secure always required",
        expected: Expected::ThreeDSecure,
        seed: false,
    },
];

pub fn card(number: &str) -> Option<&'static TestCard> {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    TEST_CARDS.iter().find(|c| c.number == digits)
}

/// Starts a run: a sale for the smallest valid amount in `currency`, charged as usual.
pub async fn start_run(checkout: &Checkout, number: &str, currency: Currency) -> Result<SaleView> {
    let (mode, language) = (checkout.settings().mode, checkout.settings().language);
    if mode == Mode::Live {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            crate::i18n::text(language, "testcards-error-live"),
        )
        .with_reason("test_cards_live"));
    }
    let card = card(number).ok_or_else(|| {
        Error::invalid_input(crate::i18n::text_with(
            language,
            "testcards-error-unknown",
            &[("card", crate::i18n::Arg::Text(&format!("{number:?}")))],
        ))
        .with_reason("unknown_test_card")
    })?;
    let amount = Money::new(currency.minimum_charge_minor(), currency);
    let mut cart = Cart::new();
    cart.add(
        CartItem {
            price_id: format!("{INLINE_PRICE_PREFIX}test_card_run"),
            product_id: format!("{INLINE_PRICE_PREFIX}test_card_run"),
            name: format!(
                "Test card run · {} ({})",
                card.label,
                last_four(card.number)
            ),
            unit_amount: amount,
            recurring: None,
            tax_rates: Vec::new(),
        },
        1,
    )?;
    let sale_id = Checkout::new_sale_id();
    // The run is recorded before the sale exists at Stripe; the foreign key needs the sale
    // row, so the run is written right after `charge` wrote it, even if Stripe then fails.
    let charged = checkout.charge(&sale_id, &cart, None).await;
    let (id, mode_text) = (sale_id.clone(), mode.as_str());
    let card_copy = *card;
    let recorded = checkout
        .store()
        .call(move |l| {
            if l.sale(&id)?.is_some() {
                l.insert_test_run(
                    &id,
                    card_copy.number,
                    &card_copy.expected.as_text(),
                    mode_text,
                    now_ms(),
                )?;
            }
            Ok(())
        })
        .await;
    let sale = charged?;
    recorded?;
    Ok(sale)
}

/// The outcome a sale's timeline shows, if it has reached one: `paid`, `declined:<code>`,
/// `three_d_secure_then_paid`, `three_d_secure_then_declined:<code>`, `expired`,
/// `canceled`, `failed`. The first decisive entry counts, so a run declined and then
/// cancelled by staff is still "declined". Entries are `(kind, to_state, detail)`; a decline's
/// detail is `Card declined (<code>)…` as `sale::describe` writes it.
pub fn observed_outcome(timeline: &[(String, Option<String>, String)]) -> Option<String> {
    let mut saw_3ds = false;
    for (kind, to_state, detail) in timeline {
        let prefix = if saw_3ds { "three_d_secure_then_" } else { "" };
        match kind.as_str() {
            "three_d_secure" => saw_3ds = true,
            "declined" => {
                let code = detail
                    .strip_prefix("Card declined (")
                    .and_then(|rest| rest.split_once(')'))
                    .map(|(code, _)| code)
                    .unwrap_or("card_declined");
                return Some(format!("{prefix}declined:{code}"));
            }
            _ => match to_state.as_deref() {
                Some("paid") => return Some(format!("{prefix}paid")),
                Some(state @ ("expired" | "canceled" | "failed")) => {
                    return Some(state.to_string())
                }
                _ => {}
            },
        }
    }
    None
}

/// Records the outcome of the run behind `sale_id` once Stripe has reported one. Returns the
/// run's observed outcome and whether it matched, when decided now or earlier.
pub async fn settle_run(checkout: &Checkout, sale_id: &str) -> Result<Option<(String, bool)>> {
    let id = sale_id.to_string();
    checkout
        .store()
        .call(move |ledger| {
            let Some(run) = ledger.test_run(&id)? else {
                return Ok(None);
            };
            // Decided once: the first decisive outcome stands.
            if let (Some(observed), Some(matched)) = (run.observed, run.matched) {
                return Ok(Some((observed, matched)));
            }
            let timeline: Vec<(String, Option<String>, String)> = ledger
                .timeline(&id)?
                .into_iter()
                .map(|e| (e.kind, e.to_state, e.detail))
                .collect();
            let Some(observed) = observed_outcome(&timeline) else {
                return Ok(None);
            };
            let matched = card(&run.card).is_some_and(|c| c.expected.matches(&observed));
            ledger.decide_test_run(&id, &observed, matched, now_ms())?;
            Ok(Some((observed, matched)))
        })
        .await
}

/// A run as the Test cards sheet shows it: the ledger's row, and the parts the window words it
/// from (so it never cuts the texts apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunView {
    #[serde(flatten)]
    pub run: TestRun,
    /// The card's last four digits, as the run history shows it (`•••• 9995`).
    pub card_last4: String,
    /// `expected`, in its parts.
    pub expected_outcome: Outcome,
    /// `observed`, in its parts; `None` until Stripe reported an outcome.
    pub observed_outcome: Option<Outcome>,
}

impl RunView {
    pub fn of(run: TestRun) -> RunView {
        RunView {
            card_last4: last_four(&run.card).to_owned(),
            expected_outcome: Outcome::parse(&run.expected),
            observed_outcome: run.observed.as_deref().map(Outcome::parse),
            run,
        }
    }
}

/// An outcome (the `expected` / `observed` text of a run: `paid`, `declined:<code>`,
/// `three_d_secure`, `three_d_secure_then_<outcome>`, `expired`, `canceled`, `failed`) in the
/// parts the window words it from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// A 3-D Secure step comes first.
    pub three_d_secure: bool,
    /// What it came to: `paid`, `declined`, `expired`, `canceled`, `failed` (or a text Till
    /// does not know, as it is). `None` for an expected 3-D Secure step, whichever way the
    /// customer then answers.
    pub result: Option<String>,
    /// The decline code of a `declined` result (`insufficient_funds`).
    pub decline_code: Option<String>,
}

impl Outcome {
    /// Reads [`Expected::as_text`] and [`observed_outcome`]'s texts.
    pub fn parse(text: &str) -> Outcome {
        let (three_d_secure, rest) = match text.strip_prefix("three_d_secure_then_") {
            Some(rest) => (true, Some(rest)),
            None if text == "three_d_secure" => (true, None),
            None => (false, Some(text)),
        };
        let (result, decline_code) = match rest {
            None => (None, None),
            Some(rest) => match rest.strip_prefix("declined:") {
                Some(code) => (Some("declined".to_owned()), Some(code.to_owned())),
                None => (Some(rest.to_owned()), None),
            },
        };
        Outcome {
            three_d_secure,
            result,
            decline_code,
        }
    }
}

/// A card number's last four digits (all of it when shorter).
pub fn last_four(number: &str) -> &str {
    number
        .char_indices()
        .rev()
        .nth(3)
        .map_or(number, |(start, _)| &number[start..])
}

/// The Test cards sheet: whether runs are allowed, the cards, and the newest runs (runs that
/// Stripe has decided since are settled first).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sheet {
    pub available: bool,
    pub mode: Mode,
    pub cards: Vec<TestCard>,
    pub runs: Vec<RunView>,
}

pub async fn sheet(checkout: &Checkout, limit: usize) -> Result<Sheet> {
    let mode = checkout.settings().mode;
    let mode_text = mode.as_str();
    let runs = checkout
        .store()
        .call(move |l| l.test_runs(mode_text, limit))
        .await?;
    for run in runs.iter().filter(|r| r.observed.is_none()) {
        settle_run(checkout, &run.sale_id).await?;
    }
    let runs = checkout
        .store()
        .call(move |l| l.test_runs(mode_text, limit))
        .await?;
    Ok(Sheet {
        available: mode != Mode::Live,
        mode,
        cards: TEST_CARDS.to_vec(),
        runs: runs.into_iter().map(RunView::of).collect(),
    })
}

/// Writes every run of the current mode as CSV (RFC 4180, UTF-8) to `path`.
pub async fn export_csv(checkout: &Checkout, path: &std::path::Path) -> Result<usize> {
    let sheet = sheet(checkout, usize::MAX / 2).await?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::storage(format!("Could not create {}: {e}", dir.display())))?;
    }
    let write_error = |e: &dyn std::fmt::Display| {
        Error::storage(format!(
            "Could not write the run history to {}: {e}",
            path.display()
        ))
    };
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_path(path)
        .map_err(|e| write_error(&e))?;
    writer
        .write_record([
            "run_id",
            "started_at_ms",
            "card",
            "expected",
            "observed",
            "matched",
            "mode",
            "sale_id",
            "session_id",
        ])
        .map_err(|e| write_error(&e))?;
    for RunView { run, .. } in &sheet.runs {
        writer
            .write_record([
                run.id.to_string(),
                run.started_at.to_string(),
                run.card.clone(),
                run.expected.clone(),
                run.observed.clone().unwrap_or_default(),
                run.matched.map(|m| m.to_string()).unwrap_or_default(),
                run.mode.clone(),
                run.sale_id.clone(),
                run.session_id.clone().unwrap_or_default(),
            ])
            .map_err(|e| write_error(&e))?;
    }
    writer.flush().map_err(|e| write_error(&e))?;
    Ok(sheet.runs.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_cards_come_first_and_numbers_are_unique() {
        assert!(TEST_CARDS[..4].iter().all(|c| c.seed));
        assert!(TEST_CARDS[4..].iter().all(|c| !c.seed));
        let mut numbers: Vec<_> = TEST_CARDS.iter().map(|c| c.number).collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), TEST_CARDS.len());
        assert_eq!(
            card("4242 4242 4242 4242").map(|c| c.expected),
            Some(Expected::Paid)
        );
        assert!(card("1234").is_none());
    }

    #[test]
    fn outcomes_are_read_from_the_timeline() {
        let entry = |kind: &str, to: Option<&str>, detail: &str| {
            (kind.to_string(), to.map(str::to_string), detail.to_string())
        };
        let created = entry("created", Some("creating"), "");
        let session = entry("session_created", Some("awaiting_payment"), "");
        assert_eq!(observed_outcome(&[created.clone(), session.clone()]), None);
        let paid = entry("completed_paid", Some("paid"), "Paid 0.50 usd");
        assert_eq!(
            observed_outcome(&[created.clone(), paid.clone()]).as_deref(),
            Some("paid")
        );
        let declined = entry(
            "declined",
            None,
            "Card declined (insufficient_funds): Your card has insufficient funds.",
        );
        let canceled = entry("cancel_confirmed", Some("canceled"), "");
        assert_eq!(
            observed_outcome(&[created.clone(), declined.clone(), canceled.clone()]).as_deref(),
            Some("declined:insufficient_funds"),
            "the first decisive entry counts"
        );
        let three_ds = entry("three_d_secure", None, "");
        assert_eq!(
            observed_outcome(&[session.clone(), three_ds.clone(), paid]).as_deref(),
            Some("three_d_secure_then_paid")
        );
        let failed_3ds = entry(
            "declined",
            None,
            "Card declined (payment_intent_authentication_failure).",
        );
        assert_eq!(
            observed_outcome(&[three_ds, failed_3ds]).as_deref(),
            Some("three_d_secure_then_declined:payment_intent_authentication_failure")
        );
        assert_eq!(
            observed_outcome(&[session, canceled]).as_deref(),
            Some("canceled")
        );
    }

    #[test]
    fn expectations_match_only_their_outcomes() {
        assert!(Expected::Paid.matches("paid"));
        assert!(!Expected::Paid.matches("three_d_secure_then_paid"));
        assert!(Expected::Declined {
            decline_code: "generic_decline"
        }
        .matches("declined:generic_decline"));
        assert!(!Expected::Declined {
            decline_code: "generic_decline"
        }
        .matches("declined:insufficient_funds"));
        assert!(Expected::ThreeDSecure.matches("three_d_secure_then_paid"));
        assert!(Expected::ThreeDSecure
            .matches("three_d_secure_then_declined:payment_intent_authentication_failure"));
        assert!(!Expected::ThreeDSecure.matches("paid"));
    }

    #[test]
    fn a_runs_card_shows_its_last_four_digits() {
        assert_eq!(last_four("4000000000009995"), "9995");
        assert_eq!(last_four("4242424242424241"), "4241");
        assert_eq!(last_four("123"), "123");
        assert_eq!(last_four(""), "");
        for card in TEST_CARDS {
            assert_eq!(
                last_four(card.number),
                &card.number[card.number.len() - 4..]
            );
        }
    }

    #[test]
    fn outcomes_come_apart_into_their_parts() {
        let outcome = |three_d_secure, result: Option<&str>, code: Option<&str>| Outcome {
            three_d_secure,
            result: result.map(str::to_owned),
            decline_code: code.map(str::to_owned),
        };
        let table = [
            ("paid", outcome(false, Some("paid"), None)),
            (
                "declined:insufficient_funds",
                outcome(false, Some("declined"), Some("insufficient_funds")),
            ),
            ("three_d_secure", outcome(true, None, None)),
            (
                "three_d_secure_then_paid",
                outcome(true, Some("paid"), None),
            ),
            (
                "three_d_secure_then_declined:payment_intent_authentication_failure",
                outcome(
                    true,
                    Some("declined"),
                    Some("payment_intent_authentication_failure"),
                ),
            ),
            ("expired", outcome(false, Some("expired"), None)),
            ("canceled", outcome(false, Some("canceled"), None)),
            ("failed", outcome(false, Some("failed"), None)),
            ("something_new", outcome(false, Some("something_new"), None)),
        ];
        for (text, expected) in table {
            assert_eq!(Outcome::parse(text), expected, "{text}");
        }
        // Every card's expectation has its parts.
        for card in TEST_CARDS {
            let parts = Outcome::parse(&card.expected.as_text());
            match card.expected {
                Expected::Paid => assert_eq!(parts, outcome(false, Some("paid"), None)),
                Expected::Declined { decline_code } => {
                    assert_eq!(parts, outcome(false, Some("declined"), Some(decline_code)))
                }
                Expected::ThreeDSecure => assert_eq!(parts, outcome(true, None, None)),
            }
        }
    }

    #[test]
    fn a_runs_view_carries_its_last_four_digits_and_outcome_parts() {
        let run = TestRun {
            id: 7,
            sale_id: "sale_run00001".into(),
            card: "4000000000009995".into(),
            expected: "declined:insufficient_funds".into(),
            observed: None,
            matched: None,
            mode: "training".into(),
            started_at: 2,
            decided_at: None,
            session_id: Some("cs_test_1".into()),
        };
        let waiting = RunView::of(run.clone());
        assert_eq!(waiting.card_last4, "9995");
        assert_eq!(
            waiting.expected_outcome,
            Outcome::parse("declined:insufficient_funds")
        );
        assert_eq!(waiting.observed_outcome, None);
        let decided = RunView::of(TestRun {
            observed: Some("three_d_secure_then_paid".into()),
            matched: Some(false),
            decided_at: Some(3),
            ..run
        });
        assert_eq!(
            decided.observed_outcome,
            Some(Outcome {
                three_d_secure: true,
                result: Some("paid".into()),
                decline_code: None,
            })
        );
        // The window gets the row's fields as before, and the parts beside them.
        let json = serde_json::to_value(&decided).unwrap();
        assert_eq!(json["card"], "4000000000009995");
        assert_eq!(json["observed"], "three_d_secure_then_paid");
        assert_eq!(json["matched"], false);
        assert_eq!(json["cardLast4"], "9995");
        assert_eq!(json["expectedOutcome"]["result"], "declined");
        assert_eq!(json["expectedOutcome"]["declineCode"], "insufficient_funds");
        assert_eq!(json["observedOutcome"]["threeDSecure"], true);
        assert_eq!(json["observedOutcome"]["result"], "paid");
    }
}
