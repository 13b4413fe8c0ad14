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
    let mode = checkout.settings().mode;
    if mode == Mode::Live {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "Test cards only work in test and training mode; Till is using a live key, so no test run was started.",
        )
        .with_reason("test_cards_live"));
    }
    let card = card(number).ok_or_else(|| {
        Error::invalid_input(format!(
            "{number:?} is not one of Stripe's test cards listed in Till."
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
                &card.number[card.number.len() - 4..]
            ),
            unit_amount: amount,
            recurring: None,
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

/// The Test cards sheet: whether runs are allowed, the cards, and the newest runs (runs that
/// Stripe has decided since are settled first).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sheet {
    pub available: bool,
    pub mode: Mode,
    pub cards: Vec<TestCard>,
    pub runs: Vec<TestRun>,
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
        runs,
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
    for run in &sheet.runs {
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
}
