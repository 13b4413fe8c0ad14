//! How a sale is paid: cash (tendered, change, the currency's cash rounding), card (Stripe
//! Checkout) or split (cash parts, the balance by card), and the drawer's arithmetic (a
//! count by denomination, expected against counted).
//!
//! Pure and exact: every amount is integer minor units, every operation checked; a refused
//! tender says what to type instead.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode};
use crate::money::{Currency, Locale, Money, MAX_CHARGE_MINOR};
use till_i18n::{text, text_with, Arg, Language};

/// How a sale was paid, as the ledger stores it and the window shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TenderKind {
    /// Stripe Checkout for the whole amount.
    Card,
    /// Cash for the whole amount.
    Cash,
    /// One or more cash parts, the balance by card.
    Split,
}

impl TenderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TenderKind::Card => "card",
            TenderKind::Cash => "cash",
            TenderKind::Split => "split",
        }
    }

    pub fn parse(text: &str) -> Result<TenderKind, Error> {
        match text {
            "card" => Ok(TenderKind::Card),
            "cash" => Ok(TenderKind::Cash),
            "split" => Ok(TenderKind::Split),
            other => Err(Error::invalid_input(format!(
                "\u{201c}{other}\u{201d} is not a way to pay. Choose card, cash or split."
            ))
            .with_reason("unknown_tender")),
        }
    }
}

/// The currency's cash rounding: the smallest step cash is paid in (a setting; none by
/// default). Applied to the cash part of a sale only, never to what a card is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CashRounding {
    /// Cash is paid to the minor unit.
    #[default]
    None,
    /// To the nearest multiple of this many minor units (halves up): 5 for 0.05 CHF.
    Step(i64),
}

impl CashRounding {
    /// What the setting usually is where the currency's smallest coins are gone: 0.05 for
    /// CHF, AUD, CAD and NZD, 0.50 for DKK, 1 for SEK and NOK. A suggestion for Settings: the
    /// default stays [`CashRounding::None`].
    pub fn usual(currency: Currency) -> CashRounding {
        match currency.code() {
            "chf" | "aud" | "cad" | "nzd" => CashRounding::Step(5),
            "dkk" => CashRounding::Step(50),
            "sek" | "nok" => CashRounding::Step(100),
            _ => CashRounding::None,
        }
    }

    /// The setting's stored form: `none`, or the step in minor units (`5`).
    pub fn as_setting(self) -> String {
        match self {
            CashRounding::None => "none".to_string(),
            CashRounding::Step(step) => step.to_string(),
        }
    }

    /// Reads what the owner typed: `none` (or empty), or a step in major units (`0.05`, `1`,
    /// `0,50` in a comma locale) that [`CashRounding::from_step`] accepts. (The stored form,
    /// minor units, is read with `from_step` directly.)
    ///
    /// A refusal is worded in `language`, its example in `locale`'s decimal separator.
    pub fn parse(
        typed: &str,
        currency: Currency,
        locale: Locale,
        language: Language,
    ) -> Result<CashRounding, Error> {
        let typed = typed.trim();
        if typed.is_empty() || typed.eq_ignore_ascii_case("none") {
            return Ok(CashRounding::None);
        }
        let step = Money::parse_major(typed, currency, locale)
            .map_err(|_| bad_rounding(typed, locale, language))?
            .amount_minor;
        CashRounding::from_step(step, currency).ok_or_else(|| bad_rounding(typed, locale, language))
    }

    /// A step in minor units, if it is one cash can be rounded to: positive, a multiple of
    /// the charge step, at most 100 major units' worth... a step of 1 minor unit is `None`.
    pub fn from_step(step: i64, currency: Currency) -> Option<CashRounding> {
        let largest = currency.minor_units_per_major().saturating_mul(100);
        if step <= 0 || step > largest || step % currency.charge_step_minor() != 0 {
            return None;
        }
        Some(if step == currency.charge_step_minor() {
            CashRounding::None
        } else {
            CashRounding::Step(step)
        })
    }

    /// `due` rounded for cash, with the adjustment (rounded − due) recorded on its own.
    pub fn apply(self, due: Money) -> Rounded {
        let rounded = match self {
            CashRounding::None => due.amount_minor,
            CashRounding::Step(step) => {
                let remainder = due.amount_minor.rem_euclid(step);
                let down = due.amount_minor - remainder;
                if remainder * 2 >= step {
                    down + step
                } else {
                    down
                }
            }
        };
        Rounded {
            due,
            rounded: Money::new(rounded, due.currency),
            adjustment: Money::new(rounded - due.amount_minor, due.currency),
        }
    }
}

fn bad_rounding(typed: &str, locale: Locale, language: Language) -> Error {
    Error::invalid_input(text_with(
        language,
        "tender-error-rounding",
        &[
            ("input", Arg::Text(typed)),
            (
                "example",
                Arg::Text(&format!("0{}05", locale.decimal_separator())),
            ),
        ],
    ))
    .with_reason("invalid_cash_rounding")
}

/// An amount due in cash, before and after the currency's cash rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rounded {
    pub due: Money,
    /// What the customer pays in cash.
    pub rounded: Money,
    /// `rounded − due`: negative when rounded down.
    pub adjustment: Money,
}

/// A cash payment that covers what is due: what was handed over and what goes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CashPayment {
    /// The sale's cash part before rounding.
    pub due: Money,
    /// What the drawer keeps: `due + rounding`.
    pub applied: Money,
    pub rounding: Money,
    pub tendered: Money,
    pub change: Money,
}

/// Takes `tendered` in cash for `due` (the sale's cash part), rounding per `rounding`.
/// Refuses a negative amount, an amount below what is due, and one over Stripe's eight-digit
/// maximum (the same ceiling as any amount in Till); a refusal is worded in `language`.
pub fn pay_cash(
    due: Money,
    tendered: Money,
    rounding: CashRounding,
    language: Language,
) -> Result<CashPayment, Error> {
    if tendered.currency != due.currency {
        return Err(Error::invalid_input(text_with(
            language,
            "tender-error-currency",
            &[
                ("counted", Arg::Text(&tendered.currency.to_string())),
                ("currency", Arg::Text(&due.currency.to_string())),
            ],
        ))
        .with_reason("tender_currency"));
    }
    if tendered.amount_minor < 0 {
        return Err(
            Error::invalid_input(text(language, "tender-error-negative"))
                .with_reason("tender_negative"),
        );
    }
    if tendered.amount_minor > MAX_CHARGE_MINOR {
        return Err(
            Error::invalid_input(text(language, "tender-error-too-large"))
                .with_reason("tender_too_large"),
        );
    }
    let rounded = rounding.apply(due);
    if tendered.amount_minor < rounded.rounded.amount_minor {
        let short = Money::new(
            rounded.rounded.amount_minor - tendered.amount_minor,
            due.currency,
        );
        return Err(Error::new(
            ErrorCode::InvalidInput,
            text_with(
                language,
                "tender-error-short",
                &[
                    ("tendered", Arg::Text(&plain(tendered))),
                    ("short", Arg::Text(&plain(short))),
                    ("due", Arg::Text(&plain(rounded.rounded))),
                ],
            ),
        )
        .with_reason("tender_short"));
    }
    Ok(CashPayment {
        due,
        applied: rounded.rounded,
        rounding: rounded.adjustment,
        tendered,
        change: Money::new(
            tendered.amount_minor - rounded.rounded.amount_minor,
            due.currency,
        ),
    })
}

/// The quick buttons beside the tendered field: the exact amount (after rounding), then the
/// next round amounts (the next whole unit, 5, 10) and the currency's common notes above it,
/// in ascending order, at most `max`.
pub fn quick_tenders(due: Money, rounding: CashRounding, max: usize) -> Vec<Money> {
    let currency = due.currency;
    let exact = rounding.apply(due).rounded.amount_minor;
    let unit = currency.minor_units_per_major();
    // Round amounts in the units people round to: whole units, but hundreds of yen or krónur.
    let round_unit = match currency.code() {
        "jpy" | "isk" | "krw" | "huf" => unit.saturating_mul(100),
        _ => unit,
    };
    let mut amounts = vec![exact];
    let round_up = |step: i64| -> i64 {
        if step <= 0 {
            return exact;
        }
        let remainder = exact.rem_euclid(step);
        if remainder == 0 {
            exact
        } else {
            exact - remainder + step
        }
    };
    for step_units in [1, 5, 10] {
        amounts.push(round_up(step_units * round_unit));
    }
    for note in notes(currency) {
        let note = note.saturating_mul(unit);
        if note > exact {
            amounts.push(note);
        }
    }
    amounts.retain(|amount| *amount >= exact && *amount <= MAX_CHARGE_MINOR);
    amounts.sort_unstable();
    amounts.dedup();
    amounts.truncate(max.max(1));
    amounts
        .into_iter()
        .map(|amount| Money::new(amount, currency))
        .collect()
}

/// The common banknotes of a currency, in major units (the quick buttons offer those above
/// the amount due).
fn notes(currency: Currency) -> &'static [i64] {
    match currency.code() {
        "usd" | "cad" | "aud" | "nzd" | "sgd" | "hkd" => &[5, 10, 20, 50, 100],
        "eur" => &[5, 10, 20, 50, 100, 200],
        "gbp" => &[5, 10, 20, 50],
        "chf" => &[10, 20, 50, 100, 200],
        "jpy" => &[1000, 2000, 5000, 10000],
        "sek" => &[20, 50, 100, 200, 500, 1000],
        "nok" | "dkk" => &[50, 100, 200, 500, 1000],
        "isk" => &[500, 1000, 2000, 5000, 10000],
        _ => &[5, 10, 20, 50, 100],
    }
}

/// The coins and notes staff count the drawer in, smallest first, in minor units. Currencies
/// Till has no table for are counted as one total.
pub fn denominations(currency: Currency) -> &'static [i64] {
    match currency.code() {
        "usd" => &[1, 5, 10, 25, 100, 500, 1000, 2000, 5000, 10000],
        "eur" => &[
            1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000,
        ],
        "gbp" => &[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
        "cad" => &[5, 10, 25, 100, 200, 500, 1000, 2000, 5000, 10000],
        "aud" | "nzd" => &[5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
        "chf" => &[5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000],
        "jpy" => &[1, 5, 10, 50, 100, 500, 1000, 2000, 5000, 10000],
        "sek" => &[100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000],
        "nok" => &[100, 500, 1000, 2000, 5000, 10000, 20000, 50000],
        "dkk" => &[50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000],
        _ => &[],
    }
}

/// Cash counted in the drawer: so many of each denomination, or one total where the
/// currency has no table. What staff typed is kept, so the Z report shows the count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrawerCount {
    /// (denomination in minor units, how many), as counted.
    pub pieces: Vec<(i64, i64)>,
    /// Cash counted as one amount (added to the pieces).
    pub loose: i64,
}

impl DrawerCount {
    /// A count of one total.
    pub fn total_only(amount_minor: i64) -> DrawerCount {
        DrawerCount {
            pieces: Vec::new(),
            loose: amount_minor,
        }
    }

    /// The counted total; refuses an unknown denomination, a negative count, and totals
    /// over the maximum, in `language`.
    pub fn total(&self, currency: Currency, language: Language) -> Result<Money, Error> {
        let known = denominations(currency);
        if self.loose < 0 {
            return Err(
                Error::invalid_input(text(language, "tender-error-count-negative"))
                    .with_reason("count_negative"),
            );
        }
        let mut sum = self.loose;
        for (denomination, count) in &self.pieces {
            if !known.contains(denomination) {
                return Err(Error::invalid_input(text_with(
                    language,
                    "tender-error-denomination",
                    &[
                        (
                            "denomination",
                            Arg::Text(&plain(Money::new(*denomination, currency))),
                        ),
                        ("currency", Arg::Text(&currency.to_string())),
                    ],
                ))
                .with_reason("count_denomination"));
            }
            if *count < 0 {
                return Err(
                    Error::invalid_input(text(language, "tender-error-pieces-negative"))
                        .with_reason("count_negative"),
                );
            }
            sum = denomination
                .checked_mul(*count)
                .and_then(|value| sum.checked_add(value))
                .filter(|total| *total <= MAX_CHARGE_MINOR * 10)
                .ok_or_else(|| {
                    Error::invalid_input(text(language, "tender-error-count-too-large"))
                        .with_reason("count_too_large")
                })?;
        }
        Ok(Money::new(sum, currency))
    }
}

/// A movement of cash in or out of the drawer during a shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DrawerMove {
    /// The float the shift opened with.
    Float,
    /// A cash part of a sale (after rounding, net of change).
    Sale,
    /// Cash given back for a refund, or for a voided split sale's cash part.
    Refund,
    /// Cash put in for a reason (change from the bank).
    PaidIn,
    /// Cash taken out for a reason (a supplier paid); needs the owner.
    PaidOut,
    /// The drawer opened without a sale: no money moves, but it is recorded.
    NoSale,
}

impl DrawerMove {
    pub fn as_str(self) -> &'static str {
        match self {
            DrawerMove::Float => "float",
            DrawerMove::Sale => "sale",
            DrawerMove::Refund => "refund",
            DrawerMove::PaidIn => "paid_in",
            DrawerMove::PaidOut => "paid_out",
            DrawerMove::NoSale => "no_sale",
        }
    }

    pub fn parse(text: &str) -> Option<DrawerMove> {
        Some(match text {
            "float" => DrawerMove::Float,
            "sale" => DrawerMove::Sale,
            "refund" => DrawerMove::Refund,
            "paid_in" => DrawerMove::PaidIn,
            "paid_out" => DrawerMove::PaidOut,
            "no_sale" => DrawerMove::NoSale,
            _ => return None,
        })
    }

    /// +1 when cash goes in, −1 when it goes out, 0 for no money.
    pub fn sign(self) -> i64 {
        match self {
            DrawerMove::Float | DrawerMove::Sale | DrawerMove::PaidIn => 1,
            DrawerMove::Refund | DrawerMove::PaidOut => -1,
            DrawerMove::NoSale => 0,
        }
    }
}

/// What the drawer should hold: the float plus every move in, minus every move out
/// (`amount` of each move is positive; its kind gives the direction).
pub fn expected_cash<'a>(moves: impl IntoIterator<Item = &'a (DrawerMove, i64)>) -> Option<i64> {
    moves.into_iter().try_fold(0i64, |sum, (kind, amount)| {
        amount
            .checked_mul(kind.sign())
            .and_then(|signed| sum.checked_add(signed))
    })
}

/// A split: the cash parts taken so far and what remains for the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitBalance {
    pub total: Money,
    pub cash: Money,
    /// What the card is charged: `total − cash` (never rounded: rounding is for cash only).
    pub card: Money,
}

/// The card's balance after `cash_applied` of `total` was taken in cash: refused when the
/// cash covers everything (then it is a cash sale) or leaves less than Stripe's minimum charge.
pub fn split_balance(
    total: Money,
    cash_applied: Money,
    language: Language,
) -> Result<SplitBalance, Error> {
    if cash_applied.amount_minor <= 0 {
        return Err(
            Error::invalid_input(text(language, "tender-error-split-no-cash"))
                .with_reason("split_no_cash"),
        );
    }
    let card = total.amount_minor - cash_applied.amount_minor;
    if card <= 0 {
        return Err(Error::invalid_input(text_with(
            language,
            "tender-error-covers-total",
            &[
                ("cash", Arg::Text(&plain(cash_applied))),
                ("total", Arg::Text(&plain(total))),
            ],
        ))
        .with_reason("split_cash_covers_total"));
    }
    let card = Money::new(card, total.currency);
    if let Err(refused) = card.validate_for_charge() {
        let minimum = Money::new(total.currency.minimum_charge_minor(), total.currency);
        return Err(Error::invalid_input(text_with(
            language,
            "tender-error-balance-too-small",
            &[
                ("card", Arg::Text(&plain(card))),
                ("minimum", Arg::Text(&plain(minimum))),
                (
                    "most",
                    Arg::Text(&plain(Money::new(
                        total.amount_minor - minimum.amount_minor,
                        total.currency,
                    ))),
                ),
                ("refused", Arg::Text(&refused.to_string())),
            ],
        ))
        .with_reason("split_balance_too_small"));
    }
    Ok(SplitBalance {
        total,
        cash: cash_applied,
        card,
    })
}

/// `12.50 USD`: locale-neutral, for messages that may be stored or logged.
fn plain(money: Money) -> String {
    format!("{} {}", money.to_major_string(), money.currency)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(amount: i64, currency: Currency) -> Money {
        Money::new(amount, currency)
    }

    #[test]
    fn rounding_to_the_currencys_step_halves_up() {
        let chf = CashRounding::Step(5);
        for (due, rounded) in [
            (1000, 1000),
            (1001, 1000),
            (1002, 1000),
            (1003, 1005),
            (1004, 1005),
            (1007, 1005),
            (1008, 1010),
        ] {
            let r = chf.apply(m(due, Currency::CHF));
            assert_eq!(r.rounded.amount_minor, rounded, "{due}");
            assert_eq!(r.adjustment.amount_minor, rounded - due);
        }
        let dkk = CashRounding::Step(50);
        let dkk_currency = Currency::parse("dkk").unwrap();
        assert_eq!(dkk.apply(m(1024, dkk_currency)).rounded.amount_minor, 1000);
        assert_eq!(dkk.apply(m(1025, dkk_currency)).rounded.amount_minor, 1050);
        let sek = CashRounding::Step(100);
        let sek_currency = Currency::parse("sek").unwrap();
        assert_eq!(sek.apply(m(1949, sek_currency)).rounded.amount_minor, 1900);
        assert_eq!(sek.apply(m(1950, sek_currency)).rounded.amount_minor, 2000);
        assert_eq!(
            CashRounding::None
                .apply(m(1003, Currency::CHF))
                .rounded
                .amount_minor,
            1003
        );
    }

    #[test]
    fn the_usual_rounding_is_a_suggestion_per_currency() {
        assert_eq!(CashRounding::usual(Currency::CHF), CashRounding::Step(5));
        assert_eq!(CashRounding::usual(Currency::CAD), CashRounding::Step(5));
        assert_eq!(
            CashRounding::usual(Currency::parse("sek").unwrap()),
            CashRounding::Step(100)
        );
        assert_eq!(
            CashRounding::usual(Currency::parse("dkk").unwrap()),
            CashRounding::Step(50)
        );
        assert_eq!(CashRounding::usual(Currency::USD), CashRounding::None);
        assert_eq!(CashRounding::default(), CashRounding::None);
    }

    #[test]
    fn the_rounding_setting_is_read_and_checked() {
        let en = Locale::EnglishUnitedStates;
        assert_eq!(
            CashRounding::parse("0.05", Currency::CHF, en, Language::En).unwrap(),
            CashRounding::Step(5)
        );
        assert_eq!(
            CashRounding::parse(
                "0,50",
                Currency::parse("dkk").unwrap(),
                Locale::GermanGermany,
                Language::De
            )
            .unwrap(),
            CashRounding::Step(50)
        );
        assert_eq!(
            CashRounding::parse("none", Currency::CHF, en, Language::En).unwrap(),
            CashRounding::None
        );
        assert_eq!(
            CashRounding::parse("", Currency::CHF, en, Language::En).unwrap(),
            CashRounding::None
        );
        // The stored form: a step in minor units.
        assert_eq!(
            CashRounding::from_step(5, Currency::CHF),
            Some(CashRounding::Step(5))
        );
        assert_eq!(
            CashRounding::parse("0.01", Currency::USD, en, Language::En).unwrap(),
            CashRounding::None
        );
        for bad in ["abc", "-0.05", "0.001", "0", "500"] {
            let error = CashRounding::parse(bad, Currency::USD, en, Language::En).unwrap_err();
            assert_eq!(error.reason, Some("invalid_cash_rounding"), "{bad}");
        }
        // The refusal in the till's language, its example in the display locale's decimals.
        assert_eq!(
            CashRounding::parse("abc", Currency::USD, en, Language::En)
                .unwrap_err()
                .message,
            "\u{201c}abc\u{201d} is not a cash rounding step. Type none, or the smallest amount cash is paid in, such as 0.05."
        );
        assert_eq!(
            CashRounding::parse("abc", Currency::EUR, Locale::GermanGermany, Language::De)
                .unwrap_err()
                .message,
            "„abc“ ist kein Rundungsschritt für Bargeld. Geben Sie none ein oder den kleinsten Betrag, in dem bar gezahlt wird, etwa 0,05."
        );
        // KWD: three decimals, charged in steps of 10; a step of 5 fils is refused.
        assert_eq!(CashRounding::from_step(5, Currency::KWD), None);
        assert_eq!(
            CashRounding::from_step(50, Currency::KWD),
            Some(CashRounding::Step(50))
        );
        assert_eq!(CashRounding::Step(5).as_setting(), "5");
        assert_eq!(CashRounding::None.as_setting(), "none");
    }

    #[test]
    fn cash_gives_change_and_refuses_short_negative_and_huge_amounts() {
        let paid = pay_cash(
            m(1275, Currency::USD),
            m(2000, Currency::USD),
            CashRounding::None,
            Language::En,
        )
        .unwrap();
        assert_eq!(
            (
                paid.applied.amount_minor,
                paid.change.amount_minor,
                paid.rounding.amount_minor
            ),
            (1275, 725, 0)
        );
        let paid = pay_cash(
            m(1273, Currency::CHF),
            m(2000, Currency::CHF),
            CashRounding::Step(5),
            Language::En,
        )
        .unwrap();
        assert_eq!(
            (
                paid.applied.amount_minor,
                paid.change.amount_minor,
                paid.rounding.amount_minor
            ),
            (1275, 725, 2)
        );
        // Exactly the rounded amount is enough even though it is below the unrounded due.
        let paid = pay_cash(
            m(1272, Currency::CHF),
            m(1270, Currency::CHF),
            CashRounding::Step(5),
            Language::En,
        )
        .unwrap();
        assert_eq!(
            (
                paid.applied.amount_minor,
                paid.change.amount_minor,
                paid.rounding.amount_minor
            ),
            (1270, 0, -2)
        );

        let short = pay_cash(
            m(1275, Currency::USD),
            m(1000, Currency::USD),
            CashRounding::None,
            Language::En,
        )
        .unwrap_err();
        assert_eq!(short.reason, Some("tender_short"));
        assert!(
            short.message.contains("2.75 USD short of 12.75 USD"),
            "{}",
            short.message
        );
        let negative = pay_cash(
            m(1275, Currency::USD),
            m(-1, Currency::USD),
            CashRounding::None,
            Language::En,
        )
        .unwrap_err();
        assert_eq!(negative.reason, Some("tender_negative"));
        let huge = pay_cash(
            m(1275, Currency::USD),
            m(MAX_CHARGE_MINOR + 1, Currency::USD),
            CashRounding::None,
            Language::En,
        )
        .unwrap_err();
        assert_eq!(huge.reason, Some("tender_too_large"));
        let other = pay_cash(
            m(1275, Currency::USD),
            m(2000, Currency::EUR),
            CashRounding::None,
            Language::En,
        )
        .unwrap_err();
        assert_eq!(other.reason, Some("tender_currency"));
        // In the till's language, the code unchanged.
        let short = pay_cash(
            m(1275, Currency::USD),
            m(1000, Currency::USD),
            CashRounding::None,
            Language::De,
        )
        .unwrap_err();
        assert_eq!(
            (short.wire_code(), short.message.as_str()),
            (
                "tender_short",
                "Mit 10.00 USD fehlen noch 2.75 USD zu 12.75 USD. Nehmen Sie mehr Bargeld oder den Rest mit „Bar und Karte“ per Karte."
            )
        );
    }

    #[test]
    fn change_is_exact_in_every_currency_till_knows() {
        for currency in Currency::all() {
            let step = currency.charge_step_minor();
            for due in [step, 137 * step, 99_999 * step] {
                for rounding in [CashRounding::None, CashRounding::usual(currency)] {
                    for extra in [0, step, 5000 * step] {
                        let rounded = rounding.apply(m(due, currency)).rounded;
                        let paid = pay_cash(
                            m(due, currency),
                            m(rounded.amount_minor + extra, currency),
                            rounding,
                            Language::En,
                        )
                        .unwrap();
                        assert_eq!(
                            paid.tendered.amount_minor - paid.change.amount_minor,
                            paid.applied.amount_minor
                        );
                        assert_eq!(
                            paid.due.amount_minor + paid.rounding.amount_minor,
                            paid.applied.amount_minor
                        );
                        assert_eq!(paid.change.amount_minor, extra, "{currency} {due}");
                        assert_eq!(
                            paid.applied.amount_minor % step,
                            0,
                            "{currency}: cash stays in charge steps"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn quick_tenders_start_exact_and_go_up_to_notes() {
        let amounts: Vec<i64> = quick_tenders(m(1275, Currency::USD), CashRounding::None, 6)
            .iter()
            .map(|a| a.amount_minor)
            .collect();
        assert_eq!(amounts, vec![1275, 1300, 1500, 2000, 5000, 10000]);
        let yen: Vec<i64> = quick_tenders(m(1280, Currency::JPY), CashRounding::None, 4)
            .iter()
            .map(|a| a.amount_minor)
            .collect();
        assert_eq!(yen, vec![1280, 1300, 1500, 2000]);
        let whole: Vec<i64> = quick_tenders(m(2000, Currency::EUR), CashRounding::None, 3)
            .iter()
            .map(|a| a.amount_minor)
            .collect();
        assert_eq!(whole, vec![2000, 5000, 10000]);
        let chf: Vec<i64> = quick_tenders(m(1273, Currency::CHF), CashRounding::Step(5), 2)
            .iter()
            .map(|a| a.amount_minor)
            .collect();
        assert_eq!(chf, vec![1275, 1300]);
    }

    #[test]
    fn a_drawer_count_adds_up_and_refuses_what_cannot_be_in_a_drawer() {
        let count = DrawerCount {
            pieces: vec![(2000, 3), (25, 4), (1, 7)],
            loose: 0,
        };
        assert_eq!(
            count
                .total(Currency::USD, Language::En)
                .unwrap()
                .amount_minor,
            6107
        );
        let unknown = DrawerCount {
            pieces: vec![(300, 1)],
            loose: 0,
        };
        assert_eq!(
            unknown
                .total(Currency::USD, Language::En)
                .unwrap_err()
                .reason,
            Some("count_denomination")
        );
        let negative = DrawerCount {
            pieces: vec![(100, -1)],
            loose: 0,
        };
        assert_eq!(
            negative
                .total(Currency::USD, Language::En)
                .unwrap_err()
                .reason,
            Some("count_negative")
        );
        assert_eq!(
            DrawerCount::total_only(-5)
                .total(Currency::USD, Language::En)
                .unwrap_err()
                .reason,
            Some("count_negative")
        );
        let huge = DrawerCount {
            pieces: vec![(10000, i64::MAX / 2)],
            loose: 0,
        };
        assert_eq!(
            huge.total(Currency::USD, Language::En).unwrap_err().reason,
            Some("count_too_large")
        );
        assert_eq!(
            DrawerCount::total_only(5000)
                .total(Currency::KWD, Language::En)
                .unwrap()
                .amount_minor,
            5000
        );
        for currency in Currency::all() {
            let table = denominations(currency);
            assert!(
                table.windows(2).all(|pair| pair[0] < pair[1]),
                "{currency}: ascending"
            );
            assert!(
                table.iter().all(|d| d % currency.charge_step_minor() == 0),
                "{currency}"
            );
        }
    }

    #[test]
    fn the_drawer_always_balances() {
        // Property: for random sequences of moves, expected = float + in − out.
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let kinds = [
            DrawerMove::Sale,
            DrawerMove::Refund,
            DrawerMove::PaidIn,
            DrawerMove::PaidOut,
            DrawerMove::NoSale,
        ];
        for _ in 0..500 {
            let float = i64::try_from(next() % 50_000).unwrap();
            let mut moves = vec![(DrawerMove::Float, float)];
            let (mut cash_in, mut cash_out) = (0i64, 0i64);
            for _ in 0..(next() % 40) {
                let kind = kinds[usize::try_from(next() % 5).unwrap()];
                let amount = if kind == DrawerMove::NoSale {
                    0
                } else {
                    i64::try_from(next() % 100_000).unwrap()
                };
                match kind.sign() {
                    1 => cash_in += amount,
                    -1 => cash_out += amount,
                    _ => {}
                }
                moves.push((kind, amount));
            }
            assert_eq!(expected_cash(&moves), Some(float + cash_in - cash_out));
        }
        for kind in [
            DrawerMove::Float,
            DrawerMove::Sale,
            DrawerMove::Refund,
            DrawerMove::PaidIn,
            DrawerMove::PaidOut,
            DrawerMove::NoSale,
        ] {
            assert_eq!(DrawerMove::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn tenders_always_sum_to_the_total() {
        // Property: a split's cash and card parts sum to the total; a cash sale's applied cash
        // minus its rounding is the total.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |bound: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            i64::try_from((seed >> 33) % bound).unwrap()
        };
        for _ in 0..2000 {
            let currency = [
                Currency::USD,
                Currency::CHF,
                Currency::JPY,
                Currency::KWD,
                Currency::ISK,
            ][usize::try_from(next(5)).unwrap()];
            let step = currency.charge_step_minor();
            let total = m(
                (next(100_000) + 1) * step + currency.minimum_charge_minor(),
                currency,
            );
            let cash = m(
                next(u64::try_from(total.amount_minor / step + 1).unwrap()) * step,
                currency,
            );
            match split_balance(total, cash, Language::En) {
                Ok(split) => {
                    assert_eq!(
                        split.cash.amount_minor + split.card.amount_minor,
                        total.amount_minor
                    );
                    assert!(split.card.amount_minor >= currency.minimum_charge_minor());
                }
                Err(error) => assert!(
                    matches!(
                        error.reason,
                        Some(
                            "split_no_cash" | "split_cash_covers_total" | "split_balance_too_small"
                        )
                    ),
                    "{error:?}"
                ),
            }
            let rounding = CashRounding::usual(currency);
            let paid = pay_cash(
                total,
                m(total.amount_minor * 2, currency),
                rounding,
                Language::En,
            )
            .unwrap();
            assert_eq!(
                paid.applied.amount_minor - paid.rounding.amount_minor,
                total.amount_minor
            );
        }
    }

    #[test]
    fn a_split_refuses_a_card_balance_below_stripes_minimum() {
        let error =
            split_balance(m(1000, Currency::USD), m(980, Currency::USD), Language::En).unwrap_err();
        assert_eq!(error.reason, Some("split_balance_too_small"));
        assert!(
            error.message.contains("0.20 USD")
                && error.message.contains("0.50 USD")
                && error.message.contains("9.50 USD"),
            "{}",
            error.message
        );
        assert_eq!(
            split_balance(m(1000, Currency::USD), m(1000, Currency::USD), Language::En)
                .unwrap_err()
                .reason,
            Some("split_cash_covers_total")
        );
        assert_eq!(
            split_balance(m(1000, Currency::USD), m(0, Currency::USD), Language::En)
                .unwrap_err()
                .reason,
            Some("split_no_cash")
        );
        let ok =
            split_balance(m(1000, Currency::USD), m(500, Currency::USD), Language::En).unwrap();
        assert_eq!(ok.card.amount_minor, 500);
    }

    #[test]
    fn tender_kinds_read_their_wire_text() {
        for kind in [TenderKind::Card, TenderKind::Cash, TenderKind::Split] {
            assert_eq!(TenderKind::parse(kind.as_str()).unwrap(), kind);
        }
        assert_eq!(
            TenderKind::parse("cheque").unwrap_err().reason,
            Some("unknown_tender")
        );
    }
}
