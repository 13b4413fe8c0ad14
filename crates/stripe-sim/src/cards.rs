//! Stripe's test cards and what each one does.

/// How a test card behaves when a customer pays with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behaviour {
    /// The payment succeeds.
    Succeed,
    /// The payment is declined; `decline_code` is set for `card_declined` only.
    Decline {
        code: &'static str,
        decline_code: Option<&'static str>,
        message: &'static str,
    },
    /// 3-D Secure must be completed first; afterwards the card behaves as `then`.
    ThreeDSecure { then: Box<Behaviour> },
}

/// How refunds of a charge made with a card behave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefundBehaviour {
    /// `succeeded` at once.
    Immediate,
    /// `pending`, then `succeeded` (4000 0000 0000 7726).
    PendingThenSucceeded,
    /// `succeeded`, then `failed` (4000 0000 0000 5126).
    SucceededThenFailed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestCard {
    pub brand: &'static str,
    pub funding: &'static str,
    pub behaviour: Behaviour,
    pub refunds: RefundBehaviour,
}

pub const MSG_DECLINED: &str = "Your card was declined.";
pub const MSG_INSUFFICIENT: &str = "Your card has insufficient funds.";
pub const MSG_EXPIRED: &str = "Your card has expired.";
pub const MSG_INCORRECT_CVC: &str = "Your card's security code is incorrect.";
pub const MSG_PROCESSING: &str =
    "An error occurred while processing your card. Try again in a little bit.";
pub const MSG_INCORRECT_NUMBER: &str = "Your card number is incorrect.";
pub const MSG_LIVE_CARD: &str = "Your card was declined. Your request was in test mode, but used a non test (live) card. For a list of valid test cards, visit: https://stripe.com/docs/testing.";

// What the card form says before anything reaches the API (Stripe.js's messages).
pub const MSG_NUMBER_INCOMPLETE: &str = "Your card number is incomplete.";
pub const MSG_EXPIRY_INCOMPLETE: &str = "Your card's expiration date is incomplete.";
pub const MSG_EXPIRY_PAST: &str = "Your card's expiration year is in the past.";
pub const MSG_CVC_INCOMPLETE: &str = "Your card's security code is incomplete.";

const fn declined(decline_code: &'static str, message: &'static str) -> Behaviour {
    Behaviour::Decline {
        code: "card_declined",
        decline_code: Some(decline_code),
        message,
    }
}

/// The card number with spaces and dashes removed.
pub fn normalize(number: &str) -> String {
    number
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// Luhn checksum.
pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.chars().rev().enumerate() {
        let Some(mut d) = c.to_digit(10) else {
            return false;
        };
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    !digits.is_empty() && sum % 10 == 0
}

fn brand_of(digits: &str) -> &'static str {
    if digits.starts_with('4') {
        "visa"
    } else if digits.starts_with("34") || digits.starts_with("37") {
        "amex"
    } else if digits.starts_with('5') || digits.starts_with('2') {
        "mastercard"
    } else if digits.starts_with("6011") || digits.starts_with("65") {
        "discover"
    } else if digits.starts_with("36") || digits.starts_with("30") {
        "diners"
    } else if digits.starts_with("35") {
        "jcb"
    } else if digits.starts_with("62") {
        "unionpay"
    } else {
        "unknown"
    }
}

/// What the card with these digits does. `None` for a malformed number, which the hosted page
/// rejects before submitting, as Stripe's does.
pub fn lookup(number: &str) -> Option<TestCard> {
    let digits = normalize(number);
    if !(13..=19).contains(&digits.len()) || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let brand = brand_of(&digits);
    let card = |behaviour: Behaviour| TestCard {
        brand,
        funding: "credit",
        behaviour,
        refunds: RefundBehaviour::Immediate,
    };
    if !luhn_valid(&digits) {
        return Some(card(Behaviour::Decline {
            code: "incorrect_number",
            decline_code: None,
            message: MSG_INCORRECT_NUMBER,
        }));
    }
    let three_ds = |then: Behaviour| Behaviour::ThreeDSecure {
        then: Box::new(then),
    };
    let found = match digits.as_str() {
        "4242424242424242" | "5555555555554444" | "2223003122003222" | "378282246310005"
        | "371449635398431" | "6011111111111117" | "6011000990139424" | "3056930009020004"
        | "36227206271667" | "3566002020360505" | "6200000000000005" => card(Behaviour::Succeed),
        "4000056655665556" | "5200828282828210" => TestCard {
            funding: "debit",
            ..card(Behaviour::Succeed)
        },
        "4000000000009995" => card(declined("insufficient_funds", MSG_INSUFFICIENT)),
        "4000000000000002" => card(declined("generic_decline", MSG_DECLINED)),
        "4000000000009987" => card(declined("lost_card", MSG_DECLINED)),
        "4000000000009979" => card(declined("stolen_card", MSG_DECLINED)),
        "4100000000000019" => card(declined("fraudulent", MSG_DECLINED)),
        "4000000000000069" => card(Behaviour::Decline {
            code: "expired_card",
            decline_code: None,
            message: MSG_EXPIRED,
        }),
        "4000000000000127" => card(Behaviour::Decline {
            code: "incorrect_cvc",
            decline_code: None,
            message: MSG_INCORRECT_CVC,
        }),
        "4000000000000119" => card(Behaviour::Decline {
            code: "processing_error",
            decline_code: None,
            message: MSG_PROCESSING,
        }),
        "4000002500003155" | "4000002760003184" | "4000000000003220" => {
            card(three_ds(Behaviour::Succeed))
        }
        "4000008400001629" => card(three_ds(declined("generic_decline", MSG_DECLINED))),
        "4000000000007726" => TestCard {
            refunds: RefundBehaviour::PendingThenSucceeded,
            ..card(Behaviour::Succeed)
        },
        "4000000000005126" => TestCard {
            refunds: RefundBehaviour::SucceededThenFailed,
            ..card(Behaviour::Succeed)
        },
        // Any other valid number is a real card: Stripe declines it in test mode.
        _ => card(declined("test_mode_live_card", MSG_LIVE_CARD)),
    };
    Some(found)
}

/// How refunds behave for a card number (any number that is not a special refund test card
/// refunds immediately).
pub fn refund_behaviour(number: &str) -> RefundBehaviour {
    lookup(number)
        .map(|c| c.refunds)
        .unwrap_or(RefundBehaviour::Immediate)
}

/// Parses `MM/YY`, `MM / YY`, `MM/YYYY` or `MMYY`. Returns `(month, four-digit year)`.
pub fn parse_expiry(input: &str) -> Option<(u32, u32)> {
    let digits: String = input.chars().filter(|c| c.is_ascii_digit()).collect();
    let cleaned: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    let (month, year) = if let Some((m, y)) = cleaned.split_once('/') {
        (m.parse::<u32>().ok()?, y.parse::<u32>().ok()?)
    } else if digits.len() == 4 || digits.len() == 6 {
        (digits[..2].parse().ok()?, digits[2..].parse().ok()?)
    } else {
        return None;
    };
    let year = if year < 100 { 2000 + year } else { year };
    ((1..=12).contains(&month) && (2000..=2200).contains(&year)).then_some((month, year))
}

/// The client-side checks Stripe's card form makes before it submits anything: a complete
/// number, a future expiry, a CVC of the right length. `Err` holds the message the form shows.
pub fn validate_form(
    number: &str,
    expiry: &str,
    cvc: &str,
    now_year: u32,
    now_month: u32,
) -> Result<(TestCard, u32, u32), &'static str> {
    let card = lookup(number).ok_or(MSG_NUMBER_INCOMPLETE)?;
    let (month, year) = parse_expiry(expiry).ok_or(MSG_EXPIRY_INCOMPLETE)?;
    if year < now_year || (year == now_year && month < now_month) {
        return Err(MSG_EXPIRY_PAST);
    }
    let cvc_len = if card.brand == "amex" { 4 } else { 3 };
    if cvc.len() != cvc_len || !cvc.chars().all(|c| c.is_ascii_digit()) {
        return Err(MSG_CVC_INCOMPLETE);
    }
    Ok((card, month, year))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn() {
        assert!(luhn_valid("4242424242424242"));
        assert!(!luhn_valid("4242424242424241"));
        assert!(luhn_valid("378282246310005"));
    }

    #[test]
    fn documented_cards() {
        assert_eq!(
            lookup("4242 4242 4242 4242").unwrap().behaviour,
            Behaviour::Succeed
        );
        let decline = |n: &str| match lookup(n).unwrap().behaviour {
            Behaviour::Decline {
                code, decline_code, ..
            } => (code, decline_code),
            other => panic!("{n}: {other:?}"),
        };
        assert_eq!(
            decline("4000000000009995"),
            ("card_declined", Some("insufficient_funds"))
        );
        assert_eq!(
            decline("4000000000000002"),
            ("card_declined", Some("generic_decline"))
        );
        assert_eq!(
            decline("4000000000009987"),
            ("card_declined", Some("lost_card"))
        );
        assert_eq!(
            decline("4000000000009979"),
            ("card_declined", Some("stolen_card"))
        );
        assert_eq!(decline("4000000000000069"), ("expired_card", None));
        assert_eq!(decline("4000000000000127"), ("incorrect_cvc", None));
        assert_eq!(decline("4000000000000119"), ("processing_error", None));
        assert_eq!(decline("4242424242424241"), ("incorrect_number", None));
        assert_eq!(
            decline("4000000000000077"),
            ("card_declined", Some("test_mode_live_card"))
        );
        for n in ["4000002500003155", "4000002760003184"] {
            assert!(matches!(
                lookup(n).unwrap().behaviour,
                Behaviour::ThreeDSecure { .. }
            ));
        }
        assert!(lookup("4242").is_none());
        assert!(lookup("4242x24242424242").is_none());
    }

    #[test]
    fn expiry_and_form_checks() {
        assert_eq!(parse_expiry("12/34"), Some((12, 2034)));
        assert_eq!(parse_expiry("01 / 2030"), Some((1, 2030)));
        assert_eq!(parse_expiry("0734"), Some((7, 2034)));
        assert_eq!(parse_expiry("13/34"), None);
        assert!(validate_form("4242424242424242", "12/34", "123", 2026, 5).is_ok());
        assert_eq!(
            validate_form("4242424242424242", "01/20", "123", 2026, 5).unwrap_err(),
            "Your card's expiration year is in the past."
        );
        assert!(validate_form("4242424242424242", "12/34", "12", 2026, 5).is_err());
        assert!(validate_form("378282246310005", "12/34", "1234", 2026, 5).is_ok());
    }
}
