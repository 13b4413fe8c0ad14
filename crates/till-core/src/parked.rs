//! Parked carts: a cart put aside under a label (a name, a table) while the till serves
//! someone else, then resumed on the same till. Parking writes the cart to the ledger before
//! the register lets go of it, and resuming takes it off the list only once the register
//! holds it, so a power cut at any point loses no cart. Resuming compares the parked lines
//! with today's catalog: Stripe charges today's prices, so a changed or withdrawn item is
//! named and resumed only when staff accept it. The register's methods (`park`, `parked`,
//! `resume`, `drop_parked`) use the pure helpers here.

use serde::{Deserialize, Serialize};

use crate::cart::{Cart, CartContents, CartItem, CartLine};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::{Currency, Locale, Money};
use crate::store::ParkedCartRecord;

/// A parked cart older than this is flagged (a tab left open from yesterday).
pub const OLD_AFTER_MS: i64 = 12 * 60 * 60 * 1000;
/// The longest label, in characters.
pub const MAX_LABEL_CHARS: usize = 40;

/// A parked cart as the register lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParkedView {
    pub id: i64,
    pub label: String,
    /// `2 × Caffè Latte, Blueberry Muffin`.
    pub items: String,
    pub item_count: i64,
    pub total: i64,
    /// What it cost when parked.
    pub total_display: String,
    pub parked_at: i64,
    /// Parked more than [`OLD_AFTER_MS`] ago.
    pub old: bool,
    /// What differs from today's catalog (resuming needs staff to accept it).
    pub changes: Vec<ParkedChange>,
}

/// A line of a parked cart that today's catalog sells differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParkedChange {
    pub name: String,
    /// `price` (resumed at today's price), `gone` (no longer sold: left out), `coupon` (the
    /// sale's coupon can no longer be used: left out; `name` is the coupon's) or `adjustments`
    /// (the discount, coupon or tip no longer fits the cart as resumed: left out, lines only).
    pub kind: &'static str,
    pub was_display: String,
    /// Today's price; `None` when the item is gone.
    pub now_display: Option<String>,
}

impl ParkedChange {
    /// The change in an English sentence (tillctl).
    pub fn sentence(&self) -> String {
        self.sentence_in(Language::En)
    }

    /// The change in a sentence in `language` (the resume refusal's message).
    pub fn sentence_in(&self, language: Language) -> String {
        match self.kind {
            "coupon" => {
                return text_with(
                    language,
                    "parked-changed-coupon-short",
                    &[("name", Arg::Text(&self.name))],
                )
            }
            "adjustments" => return text(language, "parked-changed-adjustments-short"),
            _ => {}
        }
        match &self.now_display {
            Some(now) => text_with(
                language,
                "parked-changed-price",
                &[
                    ("name", Arg::Text(&self.name)),
                    ("now", Arg::Text(now)),
                    ("was", Arg::Text(&self.was_display)),
                ],
            ),
            None => text_with(
                language,
                "parked-changed-gone-short",
                &[("name", Arg::Text(&self.name))],
            ),
        }
    }
}

/// The label as typed, trimmed: 1 to 40 characters, no control characters.
pub fn check_label(label: &str, language: Language) -> Result<String> {
    let label = label.trim();
    if label.is_empty() {
        return Err(
            Error::invalid_input(text(language, "parked-error-label-missing"))
                .with_reason("park_label_missing"),
        );
    }
    if label.chars().count() > MAX_LABEL_CHARS || label.chars().any(char::is_control) {
        return Err(Error::invalid_input(text_with(
            language,
            "parked-error-label-invalid",
            &[("max", Arg::Number(MAX_LABEL_CHARS as i64))],
        ))
        .with_reason("park_label_invalid"));
    }
    Ok(label.to_string())
}

/// A parked cart as stored: the whole cart (its lines with the coupon or manual discount, the
/// tip, the promotion-codes choice and the prices set by hand), or only its lines, as carts
/// parked before Till kept the rest were written.
#[derive(Deserialize)]
#[serde(untagged)]
enum Stored {
    Lines(Vec<CartLine>),
    Cart(CartContents),
}

/// The cart as stored: everything it holds, which the cart's own rules check again when it
/// is resumed ([`Cart::from_contents`]).
pub fn encode_cart(cart: &Cart) -> Result<String> {
    serde_json::to_string(cart)
        .map_err(|e| Error::internal(format!("Could not write the parked cart: {e}")))
}

/// A stored cart, read back (a damaged row is an error naming it, never a panic). Not yet
/// checked: [`Cart::from_contents`] does that.
pub fn decode(record: &ParkedCartRecord, language: Language) -> Result<CartContents> {
    let stored: Stored = serde_json::from_str(&record.lines).map_err(|e| {
        Error::new(
            ErrorCode::Storage,
            text_with(
                language,
                "parked-error-unreadable",
                &[
                    ("label", Arg::Text(&format!("{:?}", record.label))),
                    ("error", Arg::Text(&e.to_string())),
                ],
            ),
        )
        .with_reason("parked_unreadable")
    })?;
    Ok(match stored {
        Stored::Cart(contents) => contents,
        Stored::Lines(lines) => CartContents {
            lines,
            coupon: None,
            tip: None,
            discount_reason: None,
            promotion_codes: false,
            overrides: Vec::new(),
        },
    })
}

/// The parked lines against today's catalog: the lines to resume (today's item for each line
/// still sold, same quantity) and what changed. `today` finds a parked item in today's
/// catalog: by its price, else (Stripe's prices never change amount: a new price replaces
/// the old) by its product's price in the same currency and billing.
pub fn compare(
    lines: &[CartLine],
    today: impl Fn(&CartItem) -> Option<CartItem>,
    locale: Locale,
) -> (Vec<CartLine>, Vec<ParkedChange>) {
    let mut resumed = Vec::with_capacity(lines.len());
    let mut changes = Vec::new();
    for line in lines {
        let was_display = line.item.unit_amount.format(locale);
        match today(&line.item) {
            Some(item) => {
                if item.unit_amount != line.item.unit_amount
                    || item.recurring != line.item.recurring
                {
                    changes.push(ParkedChange {
                        name: item.name.clone(),
                        kind: "price",
                        was_display,
                        now_display: Some(item.unit_amount.format(locale)),
                    });
                }
                resumed.push(CartLine {
                    item,
                    quantity: line.quantity,
                });
            }
            None => changes.push(ParkedChange {
                name: line.item.name.clone(),
                kind: "gone",
                was_display,
                now_display: None,
            }),
        }
    }
    (resumed, changes)
}

/// `2 × Caffè Latte, Blueberry Muffin`, as History writes a sale's items.
pub fn items_summary(lines: &[CartLine]) -> String {
    lines
        .iter()
        .map(|line| match line.quantity {
            1 => line.item.name.clone(),
            n => format!("{n} × {}", line.item.name),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn view(
    record: &ParkedCartRecord,
    lines: &[CartLine],
    changes: Vec<ParkedChange>,
    now: i64,
    locale: Locale,
) -> ParkedView {
    let total_display = Currency::parse(&record.currency)
        .map(|c| Money::new(record.total, c).format(locale))
        .unwrap_or_else(|_| format!("{} {}", record.total, record.currency));
    ParkedView {
        id: record.id,
        label: record.label.clone(),
        items: items_summary(lines),
        item_count: record.item_count,
        total: record.total,
        total_display,
        parked_at: record.parked_at,
        old: now - record.parked_at > OLD_AFTER_MS,
        changes,
    }
}

pub fn not_found(id: i64, language: Language) -> Error {
    Error::new(
        ErrorCode::NotFound,
        text_with(
            language,
            "parked-error-gone",
            &[("id", Arg::Text(&id.to_string()))],
        ),
    )
    .with_reason("parked_gone")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(price: &str, name: &str, cents: i64) -> CartItem {
        CartItem {
            price_id: price.into(),
            product_id: format!("prod_{price}"),
            name: name.into(),
            unit_amount: Money::new(cents, Currency::USD),
            recurring: None,
            tax_rates: Vec::new(),
        }
    }

    fn line(price: &str, name: &str, cents: i64, quantity: u32) -> CartLine {
        CartLine {
            item: item(price, name, cents),
            quantity,
        }
    }

    #[test]
    fn labels_are_trimmed_and_bounded() {
        assert_eq!(check_label("  Table 4 ", Language::En).unwrap(), "Table 4");
        assert_eq!(
            check_label("Ａ".repeat(40).as_str(), Language::En)
                .unwrap()
                .chars()
                .count(),
            40
        );
        for (bad, reason) in [
            ("", "park_label_missing"),
            ("   ", "park_label_missing"),
            (&"x".repeat(41) as &str, "park_label_invalid"),
            ("Table\n4", "park_label_invalid"),
        ] {
            assert_eq!(
                check_label(bad, Language::En).unwrap_err().reason,
                Some(reason),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn lines_round_trip_and_a_damaged_row_is_named() {
        let lines = vec![
            line("price_a", "Caffè Latte", 475, 2),
            line("price_b", "Muffin", 325, 1),
        ];
        let mut record = ParkedCartRecord {
            id: 7,
            label: "Anna".into(),
            currency: "usd".into(),
            total: 1275,
            item_count: 3,
            // As an older Till stored a cart: its lines alone.
            lines: serde_json::to_string(&lines).unwrap(),
            parked_at: 0,
        };
        // A cart parked by an older Till (its lines only) reads as those lines, nothing else.
        let contents = decode(&record, Language::En).unwrap();
        assert_eq!(contents.lines, lines);
        assert!(
            contents.coupon.is_none() && contents.tip.is_none() && contents.overrides.is_empty()
        );
        // A whole cart: its tip and promotion-codes choice come back with its lines.
        let mut cart = Cart::from_lines(lines.clone()).unwrap();
        cart.set_tip(Some(Money::new(200, Currency::USD))).unwrap();
        cart.set_promotion_codes(true).unwrap();
        record.lines = encode_cart(&cart).unwrap();
        let contents = decode(&record, Language::En).unwrap();
        assert_eq!(Cart::from_contents(contents).unwrap(), cart);
        assert_eq!(decode(&record, Language::En).unwrap().lines, lines);
        record.lines = "{not json".into();
        let error = decode(&record, Language::En).unwrap_err();
        assert_eq!(error.reason, Some("parked_unreadable"));
        assert!(error.message.contains("\"Anna\""), "{}", error.message);
    }

    #[test]
    fn today_s_catalog_decides_and_every_difference_is_named() {
        let parked = vec![
            line("price_a", "Caffè Latte", 475, 2),
            line("price_b", "Muffin", 325, 1),
            line("price_c", "Scone", 300, 1),
        ];
        let today = |parked: &CartItem| match parked.price_id.as_str() {
            "price_a" => Some(item("price_a2", "Caffè Latte", 500)),
            "price_c" => Some(item("price_c", "Scone (new recipe)", 300)),
            _ => None,
        };
        let (resumed, changes) = compare(&parked, today, Locale::EnglishUnitedStates);
        assert_eq!(
            resumed,
            vec![
                line("price_a2", "Caffè Latte", 500, 2),
                line("price_c", "Scone (new recipe)", 300, 1)
            ]
        );
        assert_eq!(
            changes
                .iter()
                .map(ParkedChange::sentence)
                .collect::<Vec<_>>(),
            vec![
                "Caffè Latte now costs $5.00 (was $4.75)",
                "Muffin is no longer sold"
            ]
        );
        // Nothing changed: nothing to accept.
        let same = |item: &CartItem| Some(item.clone());
        let (resumed, changes) = compare(&parked, same, Locale::EnglishUnitedStates);
        assert_eq!((resumed, changes.len()), (parked.clone(), 0));
    }

    #[test]
    fn an_old_cart_is_flagged() {
        let lines = vec![
            line("price_a", "Caffè Latte", 475, 2),
            line("price_b", "Muffin", 325, 1),
        ];
        let record = ParkedCartRecord {
            id: 1,
            label: "Table 4".into(),
            currency: "usd".into(),
            total: 1275,
            item_count: 3,
            lines: String::new(),
            parked_at: 1_000,
        };
        let fresh = view(
            &record,
            &lines,
            vec![],
            1_000 + OLD_AFTER_MS,
            Locale::EnglishUnitedStates,
        );
        assert!(!fresh.old);
        assert_eq!(fresh.items, "2 × Caffè Latte, Muffin");
        assert_eq!(fresh.total_display, "$12.75");
        assert!(
            view(
                &record,
                &lines,
                vec![],
                1_001 + OLD_AFTER_MS,
                Locale::EnglishUnitedStates
            )
            .old
        );
    }
}
