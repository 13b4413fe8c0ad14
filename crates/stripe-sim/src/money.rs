//! Currencies: exponents, Stripe's minimum and maximum charge amounts, display formatting.

/// Stripe's zero-decimal currencies (ISK is charged in hundredths but shown without decimals).
const ZERO_DECIMAL: &[&str] = &[
    "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
    "xaf", "xof", "xpf",
];
const THREE_DECIMAL: &[&str] = &["bhd", "jod", "kwd", "omr", "tnd"];

/// Largest amount Stripe accepts: eight digits of minor units.
pub const MAX_AMOUNT: i64 = 99_999_999;

/// Digits after the decimal point in the minor unit.
pub fn exponent(currency: &str) -> u32 {
    let currency = currency.to_ascii_lowercase();
    if ZERO_DECIMAL.contains(&currency.as_str()) {
        0
    } else if THREE_DECIMAL.contains(&currency.as_str()) {
        3
    } else {
        2
    }
}

/// A charge must be a multiple of this many minor units: 10 for the three-decimal currencies
/// (the last digit must be 0), 100 for ISK (charged in whole krónur although counted in
/// hundredths), 1 otherwise. Tax and discount amounts are rounded to it.
pub fn charge_step(currency: &str) -> u64 {
    let currency = currency.to_ascii_lowercase();
    if currency == "isk" {
        100
    } else if THREE_DECIMAL.contains(&currency.as_str()) {
        10
    } else {
        1
    }
}

/// Whether `code` looks like a currency Stripe knows (three ASCII letters).
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic())
}

/// Stripe's minimum charge in minor units (`amount_too_small` below it), where documented;
/// other currencies get the equivalent of roughly 0.50 in their major unit.
pub fn minimum_amount(currency: &str) -> i64 {
    match currency.to_ascii_lowercase().as_str() {
        "usd" | "eur" | "aud" | "cad" | "chf" | "sgd" | "nzd" => 50,
        "gbp" => 30,
        "jpy" => 50,
        "hkd" => 400,
        "mxn" => 1000,
        "nok" | "sek" => 300,
        "dkk" => 250,
        other => match exponent(other) {
            0 => 1,
            3 => 500,
            _ => 50,
        },
    }
}

fn symbol(currency: &str) -> Option<&'static str> {
    Some(match currency {
        "usd" => "$",
        "eur" => "€",
        "gbp" => "£",
        "jpy" => "¥",
        _ => return None,
    })
}

/// `1234` usd → `$12.34`; `500` jpy → `¥500`; `1234` sek → `12.34 SEK`. Thousands are grouped.
pub fn format_amount(amount: i64, currency: &str) -> String {
    let currency = currency.to_ascii_lowercase();
    let exp = exponent(&currency);
    let negative = amount < 0;
    let abs = amount.unsigned_abs();
    let divisor = 10u64.pow(exp);
    let major = group_thousands(abs / divisor);
    let number = if exp == 0 {
        major
    } else {
        format!("{major}.{:0width$}", abs % divisor, width = exp as usize)
    };
    let sign = if negative { "-" } else { "" };
    match symbol(&currency) {
        Some(symbol) => format!("{sign}{symbol}{number}"),
        None => format!("{sign}{number} {}", currency.to_ascii_uppercase()),
    }
}

fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exponents() {
        assert_eq!(exponent("usd"), 2);
        assert_eq!(exponent("JPY"), 0);
        assert_eq!(exponent("kwd"), 3);
    }

    #[test]
    fn formatting_follows_the_exponent() {
        assert_eq!(format_amount(350, "usd"), "$3.50");
        assert_eq!(format_amount(5, "usd"), "$0.05");
        assert_eq!(format_amount(123_456_789, "usd"), "$1,234,567.89");
        assert_eq!(format_amount(450, "jpy"), "¥450");
        assert_eq!(format_amount(12_000, "jpy"), "¥12,000");
        assert_eq!(format_amount(320, "eur"), "€3.20");
        assert_eq!(format_amount(1500, "kwd"), "1.500 KWD");
        assert_eq!(format_amount(-250, "gbp"), "-£2.50");
    }

    #[test]
    fn minimums() {
        assert_eq!(minimum_amount("usd"), 50);
        assert_eq!(minimum_amount("jpy"), 50);
        assert_eq!(minimum_amount("gbp"), 30);
    }
}
