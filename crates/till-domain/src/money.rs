//! Money: currencies with Stripe's exponent table, integer amounts, parsing what staff type,
//! and the one place where amounts are formatted for people.
//!
//! Pure: no I/O, no clock, no floats anywhere. An amount is always an `i64` count of the
//! currency's minor units **as Stripe counts them on the wire** (see [`Money::amount_minor`]),
//! so an amount read from Stripe (a price's `unit_amount`, a session's `amount_total`, a refund)
//! is stored and sent back without any conversion, and there is no `* 100` anywhere to get wrong.

use std::cmp::Ordering;
use std::fmt;
use std::fmt::Write as _;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use till_i18n::{text, text_with, Arg, Language};

use crate::error::{Error, ErrorCode};

/// Stripe's maximum for one charge: eight digits of minor units (`$999,999.99`, `¥99,999,999`).
/// The limit is on the wire amount, so for ISK (sent ×100) it is `999,999 kr`.
pub const MAX_CHARGE_MINOR: i64 = 99_999_999;

/// Local minimum for currencies missing from Stripe's published minimum table: 50 minor units,
/// the size of Stripe's USD minimum. It only catches obvious mistakes (a 1-cent test charge);
/// Stripe converts unlisted currencies to the settlement currency and enforces its own
/// `$0.50`-equivalent when the Checkout Session is created, and that error reaches staff too.
pub const DEFAULT_MINIMUM_CHARGE_MINOR: i64 = 50;

/// Every presentment currency Stripe accepts, lowercase as on the wire, sorted so that
/// [`Currency::parse`] can binary-search it. Codes outside this list are refused, so a typo
/// (`uds`) or a retired code (`hrk`, `sll`) is caught before it reaches Stripe.
const SUPPORTED_CODES: [&str; 140] = [
    "aed", "afn", "all", "amd", "ang", "aoa", "ars", "aud", "awg", "azn", "bam", "bbd", "bdt",
    "bgn", "bhd", "bif", "bmd", "bnd", "bob", "brl", "bsd", "bwp", "byn", "bzd", "cad", "cdf",
    "chf", "clp", "cny", "cop", "crc", "cve", "czk", "djf", "dkk", "dop", "dzd", "egp", "etb",
    "eur", "fjd", "fkp", "gbp", "gel", "gip", "gmd", "gnf", "gtq", "gyd", "hkd", "hnl", "htg",
    "huf", "idr", "ils", "inr", "isk", "jmd", "jod", "jpy", "kes", "kgs", "khr", "kmf", "krw",
    "kwd", "kyd", "kzt", "lak", "lbp", "lkr", "lrd", "lsl", "mad", "mdl", "mga", "mkd", "mmk",
    "mnt", "mop", "mur", "mvr", "mwk", "mxn", "myr", "mzn", "nad", "ngn", "nio", "nok", "npr",
    "nzd", "omr", "pab", "pen", "pgk", "php", "pkr", "pln", "pyg", "qar", "ron", "rsd", "rub",
    "rwf", "sar", "sbd", "scr", "sek", "sgd", "shp", "sle", "sos", "srd", "std", "szl", "thb",
    "tjs", "tnd", "top", "try", "ttd", "twd", "tzs", "uah", "ugx", "usd", "uyu", "uzs", "vnd",
    "vuv", "wst", "xaf", "xcd", "xcg", "xof", "xpf", "yer", "zar", "zmw",
];

/// How Stripe counts a currency's amounts. Private: callers ask [`Currency`] for the numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decimals {
    /// Amounts are whole units: `500` is ¥500.
    Zero,
    /// Amounts are hundredths. This includes HUF and TWD: Stripe treats them as zero-decimal
    /// only for payouts, and charges may carry two decimals, so for a till they are ordinary
    /// two-decimal currencies.
    Two,
    /// Amounts are thousandths (`5124` is 5.124 KWD), but the last digit must be 0 when
    /// charging: Stripe charges only in steps of 0.010.
    Three,
    /// The Icelandic króna: zero-decimal for people (there are no aurar), yet Stripe's API
    /// still counts it in hundredths for backwards compatibility, so 500 kr is `50000` on the
    /// wire and a charge must be a multiple of 100.
    IcelandicKrona,
}

/// A currency Stripe can charge in. Holds the lowercase ISO 4217 code as Stripe spells it on
/// the wire (`usd`); built only by [`Currency::parse`] or the constants, so every value is
/// supported. Serialized as that lowercase code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: &'static str,
}

impl Currency {
    pub const USD: Currency = Currency { code: "usd" };
    pub const EUR: Currency = Currency { code: "eur" };
    pub const GBP: Currency = Currency { code: "gbp" };
    pub const JPY: Currency = Currency { code: "jpy" };
    pub const CAD: Currency = Currency { code: "cad" };
    pub const AUD: Currency = Currency { code: "aud" };
    pub const CHF: Currency = Currency { code: "chf" };
    pub const ISK: Currency = Currency { code: "isk" };
    pub const KWD: Currency = Currency { code: "kwd" };

    /// Parses a three-letter code in any letter case (`USD`, `usd`, ` Eur `), refusing codes
    /// Stripe does not accept.
    pub fn parse(input: &str) -> Result<Currency, MoneyError> {
        let trimmed = input.trim();
        let unknown = || MoneyError::UnknownCurrency {
            input: shorten(trimmed),
        };
        if trimmed.len() != 3 || !trimmed.bytes().all(|byte| byte.is_ascii_alphabetic()) {
            return Err(unknown());
        }
        // The ledger and Stripe write codes in lowercase: look those up without a copy.
        let lowercase = if trimmed.bytes().all(|byte| byte.is_ascii_lowercase()) {
            std::borrow::Cow::Borrowed(trimmed)
        } else {
            std::borrow::Cow::Owned(trimmed.to_ascii_lowercase())
        };
        SUPPORTED_CODES
            .binary_search_by(|probe| (*probe).cmp(lowercase.as_ref()))
            .ok()
            .and_then(|index| SUPPORTED_CODES.get(index))
            .copied()
            .map(|code| Currency { code })
            .ok_or_else(unknown)
    }

    /// Every supported currency, in code order.
    pub fn all() -> impl Iterator<Item = Currency> {
        SUPPORTED_CODES
            .iter()
            .copied()
            .map(|code| Currency { code })
    }

    /// The lowercase code Stripe expects in requests (`usd`).
    pub fn code(self) -> &'static str {
        self.code
    }

    /// The uppercase code people read (`USD`).
    pub fn code_upper(self) -> String {
        self.code.to_ascii_uppercase()
    }

    fn decimals(self) -> Decimals {
        match self.code {
            // Stripe's zero-decimal list.
            "bif" | "clp" | "djf" | "gnf" | "jpy" | "kmf" | "krw" | "mga" | "pyg" | "rwf"
            | "ugx" | "vnd" | "vuv" | "xaf" | "xof" | "xpf" => Decimals::Zero,
            // Stripe's three-decimal list.
            "bhd" | "jod" | "kwd" | "omr" | "tnd" => Decimals::Three,
            "isk" => Decimals::IcelandicKrona,
            _ => Decimals::Two,
        }
    }

    /// How many decimal digits Stripe's integer amounts carry: `amount_minor / 10^exponent`
    /// is the value in major units. 0 for JPY, 2 for USD (and for ISK, see
    /// [`Currency::display_decimals`]), 3 for KWD.
    pub fn exponent(self) -> u32 {
        match self.decimals() {
            Decimals::Zero => 0,
            Decimals::Two | Decimals::IcelandicKrona => 2,
            Decimals::Three => 3,
        }
    }

    /// How many decimals people type and see. Equal to [`Currency::exponent`] except for ISK,
    /// which people count in whole krónur although Stripe counts hundredths.
    pub fn display_decimals(self) -> u32 {
        match self.decimals() {
            Decimals::IcelandicKrona => 0,
            _ => self.exponent(),
        }
    }

    /// The largest amount Stripe will charge in this currency: [`MAX_CHARGE_MINOR`] rounded
    /// down to the charge step (`999,999 kr`, not `999,999.99 kr`).
    pub fn maximum_charge_minor(self) -> i64 {
        MAX_CHARGE_MINOR - MAX_CHARGE_MINOR % self.charge_step_minor()
    }

    /// `10^exponent`: the number of wire minor units in one major unit.
    pub fn minor_units_per_major(self) -> i64 {
        pow10(self.exponent())
    }

    /// A charge must be a multiple of this many minor units: 10 for the three-decimal
    /// currencies (last digit 0), 100 for ISK (whole krónur), 1 otherwise.
    pub fn charge_step_minor(self) -> i64 {
        match self.decimals() {
            Decimals::Three => 10,
            Decimals::IcelandicKrona => 100,
            Decimals::Zero | Decimals::Two => 1,
        }
    }

    /// Stripe's minimum charge in this currency, in minor units. The published table is for the
    /// settlement currency; for a shop that presents and settles in the same currency (the
    /// till's normal case) it is the limit that applies. Other currencies use
    /// [`DEFAULT_MINIMUM_CHARGE_MINOR`].
    pub fn minimum_charge_minor(self) -> i64 {
        match self.code {
            "usd" | "eur" | "aud" | "cad" | "chf" | "sgd" => 50,
            "gbp" => 30,
            "jpy" => 50,
            "hkd" => 400,
            "mxn" => 1000,
            "nok" | "sek" => 300,
            "dkk" => 250,
            _ => DEFAULT_MINIMUM_CHARGE_MINOR,
        }
    }

    /// The symbol used when formatting, or `None` when the uppercase code is clearer. Dollar
    /// and yuan currencies other than USD and JPY carry a prefix (`CA$`, `CN¥`) so that a
    /// price is never ambiguous, as in the CLDR `symbol` values.
    fn symbol(self) -> Option<&'static str> {
        let symbol = match self.code {
            "usd" => "$",
            "eur" => "€",
            "gbp" => "£",
            "jpy" => "¥",
            "cad" => "CA$",
            "aud" => "A$",
            "nzd" => "NZ$",
            "hkd" => "HK$",
            "mxn" => "MX$",
            "twd" => "NT$",
            "brl" => "R$",
            "cny" => "CN¥",
            "inr" => "₹",
            "krw" => "₩",
            "ils" => "₪",
            "vnd" => "₫",
            "php" => "₱",
            _ => return None,
        };
        Some(symbol)
    }
}

impl fmt::Display for Currency {
    /// Uppercase, for people: `USD`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.code_upper())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "Currency({})", self.code)
    }
}

impl std::str::FromStr for Currency {
    type Err = MoneyError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Currency::parse(input)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code)
    }
}

impl<'de> Deserialize<'de> for Currency {
    /// Goes through [`Currency::parse`], so stored or received data cannot smuggle in an
    /// unsupported code.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Currency::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The number and currency conventions of the person reading or typing an amount. A small
/// closed set: each one is tested, and an unknown tag is refused rather than guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    /// `$1,234.50`
    #[default]
    #[serde(rename = "en-US")]
    EnglishUnitedStates,
    /// `£1,234.50`
    #[serde(rename = "en-GB")]
    EnglishUnitedKingdom,
    /// `1.234,50 €`
    #[serde(rename = "de-DE")]
    GermanGermany,
    /// `1 234,50 €` (narrow no-break space between thousands)
    #[serde(rename = "fr-FR")]
    FrenchFrance,
    /// `¥1,234`
    #[serde(rename = "ja-JP")]
    JapaneseJapan,
    /// `1234,50 €`, `12.345,50 €` (CLDR: a group separator only from five digits up)
    #[serde(rename = "es-ES")]
    SpanishSpain,
}

/// Where the currency symbol goes relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SymbolPosition {
    Before,
    After,
}

/// No-break space: keeps `29,00 €` on one line.
const NO_BREAK_SPACE: char = '\u{a0}';
/// Narrow no-break space: French thousands separator (CLDR).
const NARROW_NO_BREAK_SPACE: char = '\u{202f}';

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::EnglishUnitedStates,
        Locale::EnglishUnitedKingdom,
        Locale::GermanGermany,
        Locale::FrenchFrance,
        Locale::SpanishSpain,
        Locale::JapaneseJapan,
    ];

    /// The locale a language's speakers expect when none is chosen (the pseudo-locale is
    /// English's).
    pub fn for_language(language: Language) -> Locale {
        match language {
            Language::En | Language::Pseudo => Locale::EnglishUnitedStates,
            Language::De => Locale::GermanGermany,
            Language::Fr => Locale::FrenchFrance,
            Language::Es => Locale::SpanishSpain,
            Language::Ja => Locale::JapaneseJapan,
        }
    }

    /// The BCP 47 tag: `en-US`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnglishUnitedStates => "en-US",
            Locale::EnglishUnitedKingdom => "en-GB",
            Locale::GermanGermany => "de-DE",
            Locale::FrenchFrance => "fr-FR",
            Locale::SpanishSpain => "es-ES",
            Locale::JapaneseJapan => "ja-JP",
        }
    }

    /// Parses `en-US`, also as `en_us` or a POSIX value such as `de_DE.UTF-8`.
    pub fn parse(input: &str) -> Result<Locale, MoneyError> {
        let trimmed = input.trim();
        let without_encoding = trimmed
            .split(['.', '@'])
            .next()
            .unwrap_or(trimmed)
            .replace('_', "-");
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(&without_encoding))
            .ok_or_else(|| MoneyError::UnknownLocale {
                input: shorten(trimmed),
            })
    }

    /// A rate given in ten-thousandths of a percent (Stripe's tax rates have at most four
    /// decimals: `190000` is 19 %, `88750` is 8.875 %), as this locale writes percentages:
    /// `19%`, `8.875%` (en, ja), `19 %`, `8,875 %` (de, es, with a no-break space; fr with a
    /// narrow one). Trailing zero decimals are dropped. Tax rates (the cart, receipts) are
    /// the only use; like amounts, they are formatted here alone.
    pub fn format_percent(self, ten_thousandths: u32) -> String {
        let whole = ten_thousandths / 10_000;
        let fraction = ten_thousandths % 10_000;
        let mut number = whole.to_string();
        if fraction != 0 {
            number.push(self.decimal_separator());
            let digits = format!("{fraction:04}");
            number.push_str(digits.trim_end_matches('0'));
        }
        match self {
            Locale::EnglishUnitedStates | Locale::EnglishUnitedKingdom | Locale::JapaneseJapan => {
                format!("{number}%")
            }
            Locale::GermanGermany | Locale::SpanishSpain => format!("{number}{NO_BREAK_SPACE}%"),
            Locale::FrenchFrance => format!("{number}{NARROW_NO_BREAK_SPACE}%"),
        }
    }

    /// The character before the cents: `.` or `,`.
    pub fn decimal_separator(self) -> char {
        match self {
            Locale::EnglishUnitedStates | Locale::EnglishUnitedKingdom | Locale::JapaneseJapan => {
                '.'
            }
            Locale::GermanGermany | Locale::FrenchFrance | Locale::SpanishSpain => ',',
        }
    }

    fn group_separator(self) -> char {
        match self {
            Locale::EnglishUnitedStates | Locale::EnglishUnitedKingdom | Locale::JapaneseJapan => {
                ','
            }
            Locale::GermanGermany | Locale::SpanishSpain => '.',
            Locale::FrenchFrance => NARROW_NO_BREAK_SPACE,
        }
    }

    /// Separators accepted between thousands when parsing. French readers type an ordinary
    /// or no-break space where the formatter writes a narrow one.
    fn accepts_as_group_separator(self, character: char) -> bool {
        match self {
            Locale::FrenchFrance => {
                matches!(character, ' ' | NO_BREAK_SPACE | NARROW_NO_BREAK_SPACE)
            }
            _ => character == self.group_separator(),
        }
    }

    fn symbol_position(self) -> SymbolPosition {
        match self {
            Locale::EnglishUnitedStates | Locale::EnglishUnitedKingdom | Locale::JapaneseJapan => {
                SymbolPosition::Before
            }
            Locale::GermanGermany | Locale::FrenchFrance | Locale::SpanishSpain => {
                SymbolPosition::After
            }
        }
    }

    /// The fewest whole digits that get a group separator: Spanish writes `1234` but
    /// `12.345` (CLDR's minimum grouping digits 2); the others group from four digits.
    fn minimum_grouped_digits(self) -> usize {
        match self {
            Locale::SpanishSpain => 5,
            _ => 4,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.tag())
    }
}

impl std::str::FromStr for Locale {
    type Err = MoneyError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Locale::parse(input)
    }
}

/// An amount of money: an integer count of minor units in one currency.
///
/// `amount_minor` is the amount exactly as Stripe's API writes it (`2900` for $29.00, `500`
/// for ¥500, `50000` for 500 kr, `5120` for 5.120 KWD). It may be negative (a refund or a net
/// figure in a report); what may be *charged* is checked by [`Money::validate_for_charge`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub amount_minor: i64,
    pub currency: Currency,
}

impl Money {
    pub const fn new(amount_minor: i64, currency: Currency) -> Money {
        Money {
            amount_minor,
            currency,
        }
    }

    pub const fn zero(currency: Currency) -> Money {
        Money::new(0, currency)
    }

    /// Adds two amounts of the same currency; overflow of `i64` is reported, never wrapped.
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::MixedCurrency {
                expected: self.currency,
                found: other.currency,
            });
        }
        self.amount_minor
            .checked_add(other.amount_minor)
            .map(|sum| Money::new(sum, self.currency))
            .ok_or(MoneyError::AmountTooLarge {
                currency: self.currency,
            })
    }

    /// Multiplies by a count (a quantity); overflow of `i64` is reported, never wrapped.
    pub fn checked_mul(self, count: i64) -> Result<Money, MoneyError> {
        self.amount_minor
            .checked_mul(count)
            .map(|product| Money::new(product, self.currency))
            .ok_or(MoneyError::AmountTooLarge {
                currency: self.currency,
            })
    }

    /// Checks what Stripe checks before it will charge this amount: at least the currency's
    /// minimum, at most eight digits, and a multiple of the currency's charge step (whole
    /// krónur for ISK, a last digit of 0 for three-decimal currencies).
    pub fn validate_for_charge(self) -> Result<(), MoneyError> {
        let minimum = Money::new(self.currency.minimum_charge_minor(), self.currency);
        if self.amount_minor < minimum.amount_minor {
            return Err(MoneyError::AmountTooSmall {
                amount: self,
                minimum,
            });
        }
        if self.amount_minor > MAX_CHARGE_MINOR {
            return Err(MoneyError::AmountTooLarge {
                currency: self.currency,
            });
        }
        let step = self.currency.charge_step_minor();
        if self.amount_minor % step != 0 {
            return Err(MoneyError::AmountPrecision {
                amount: self,
                step: Money::new(step, self.currency),
            });
        }
        Ok(())
    }

    /// Parses an amount typed in major units (`29`, `29.5`, `1,234.50`; `29,00` or
    /// `1.234,50` in a comma-decimal locale) into minor units, exactly, without floats.
    ///
    /// Rules: surrounding whitespace is ignored; digits only, no symbols or signs (a leading
    /// minus is [`MoneyError::NegativeAmount`]); at most one decimal separator with at least
    /// one digit after it; thousands separators are optional but, when used, must sit between
    /// groups of exactly three digits (so `29,50` typed in `en-US` is refused instead of read
    /// as 2,950); no more decimals than the currency has (`29.999` USD, `500.5` JPY and
    /// `500.00` JPY are refused rather than rounded or silently reinterpreted); and the result
    /// must fit Stripe's eight-digit maximum. Zero is accepted: whether an amount can be charged
    /// is [`Money::validate_for_charge`]'s question.
    pub fn parse_major(
        input: &str,
        currency: Currency,
        locale: Locale,
    ) -> Result<Money, MoneyError> {
        let text = input.trim();
        let invalid = |hint: &'static str| MoneyError::InvalidAmount {
            input: shorten(text),
            hint,
        };
        if text.is_empty() {
            return Err(invalid(example_hint(locale)));
        }
        if text.starts_with(['-', '\u{2212}']) {
            return Err(MoneyError::NegativeAmount {
                input: shorten(text),
            });
        }

        let decimal_separator = locale.decimal_separator();
        let mut parts = text.split(decimal_separator);
        let whole_part = parts.next().unwrap_or_default();
        let fraction_part = parts.next();
        if parts.next().is_some() {
            return Err(invalid(separator_hint(locale)));
        }

        let whole_digits =
            ungroup(whole_part, locale).ok_or_else(|| invalid(separator_hint(locale)))?;
        let fraction_digits = match fraction_part {
            None => "",
            Some(fraction)
                if !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit()) =>
            {
                fraction
            }
            Some(_) => return Err(invalid(separator_hint(locale))),
        };
        if whole_digits.is_empty() && fraction_digits.is_empty() {
            return Err(invalid(example_hint(locale)));
        }

        let allowed_decimals = currency.display_decimals();
        let fraction_length = u32::try_from(fraction_digits.len()).unwrap_or(u32::MAX);
        if fraction_length > allowed_decimals {
            return Err(MoneyError::TooManyDecimals {
                currency,
                allowed: allowed_decimals,
            });
        }

        let too_large = MoneyError::AmountTooLarge { currency };
        let whole = digits_value(&whole_digits).ok_or(too_large.clone())?;
        let fraction = digits_value(fraction_digits).ok_or(too_large.clone())?;
        // `29.5` USD: whole 29, fraction 5 in tenths → 29 * 100 + 5 * 10.
        // `500` ISK: whole 500 → 500 * 100 (the wire counts hundredths of a króna).
        let fraction_scale = pow10(currency.exponent() - fraction_length);
        let amount_minor = whole
            .checked_mul(currency.minor_units_per_major())
            .and_then(|minor| minor.checked_add(fraction.checked_mul(fraction_scale)?))
            .ok_or(too_large.clone())?;
        if amount_minor > MAX_CHARGE_MINOR {
            return Err(too_large);
        }
        Ok(Money::new(amount_minor, currency))
    }

    /// Formats for people in `locale`: `$29.00`, `¥500`, `29,00 €`, `£3.50`, `1.234,50 €`,
    /// `CHF 5.00`, `-$3.50`. The only place in Till where an amount becomes display text.
    /// Spaces next to the symbol are no-break spaces so the amount never wraps.
    pub fn format(self, locale: Locale) -> String {
        // Written into one string: owner reports format tens of thousands of amounts.
        let (whole, fraction) = self.major_parts();
        let symbol: std::borrow::Cow<'static, str> = match self.currency.symbol() {
            Some(symbol) => symbol.into(),
            None => self.currency.code_upper().into(),
        };
        let mut out = String::with_capacity(symbol.len() + 28);
        if self.amount_minor < 0 {
            out.push('-');
        }
        let before = locale.symbol_position() == SymbolPosition::Before;
        if before {
            out.push_str(&symbol);
            // A letter next to a digit needs a space (`CHF 5.00`); `$`, `€`, `CA$` do not.
            if symbol.chars().last().is_some_and(char::is_alphabetic) {
                out.push(NO_BREAK_SPACE);
            }
        }
        push_grouped(&mut out, whole, locale);
        if let Some((fraction, width)) = fraction {
            out.push(locale.decimal_separator());
            let _ = write!(out, "{fraction:0width$}");
        }
        if !before {
            out.push(NO_BREAK_SPACE);
            out.push_str(&symbol);
        }
        out
    }

    /// The amount as staff would type it in `locale`: major units, the locale's decimal
    /// separator, no grouping, no symbol (`20.00`, `20,00`, `500`): what [`Money::parse_major`]
    /// reads back to the same amount.
    pub fn to_typed(self, locale: Locale) -> String {
        let plain = self.to_major_string();
        match locale.decimal_separator() {
            '.' => plain,
            separator => plain.replace('.', &separator.to_string()),
        }
    }

    /// A plain decimal in major units for files and logs: `29.00`, `500`, `-3.50`, `5.120`.
    /// Always `.` as decimal separator, no grouping, no symbol: what a spreadsheet imports
    /// unambiguously. The currency goes in its own column.
    pub fn to_major_string(self) -> String {
        let mut out = String::with_capacity(12);
        self.write_major(&mut out);
        out
    }

    /// Appends [`Money::to_major_string`] to `out` without allocating one of its own (the
    /// CSV export writes seven a row).
    pub fn write_major(self, out: &mut String) {
        let (whole, fraction) = self.major_parts();
        if self.amount_minor < 0 {
            out.push('-');
        }
        let _ = write!(out, "{whole}");
        if let Some((fraction, width)) = fraction {
            let _ = write!(out, ".{fraction:0width$}");
        }
    }

    /// The absolute value's whole units, and the decimals to show with how many digits they
    /// take. Decimals shown are the currency's display decimals, unless the amount has a
    /// finer part than that (an ISK amount not a multiple of 100): then every wire digit is
    /// shown, because a display must never round money away.
    fn major_parts(self) -> (u64, Option<(u64, usize)>) {
        let exponent = self.currency.exponent();
        let scale = self.currency.minor_units_per_major().unsigned_abs();
        // `unsigned_abs` is exact even for `i64::MIN`.
        let absolute = self.amount_minor.unsigned_abs();
        let whole = absolute / scale;
        let mut fraction = absolute % scale;
        let mut shown_decimals = exponent;
        let display_decimals = self.currency.display_decimals();
        let hidden_scale = pow10(exponent - display_decimals).unsigned_abs();
        if fraction.is_multiple_of(hidden_scale) {
            fraction /= hidden_scale;
            shown_decimals = display_decimals;
        }
        let width = usize::try_from(shown_decimals).unwrap_or(0);
        (whole, (shown_decimals > 0).then_some((fraction, width)))
    }
}

impl PartialOrd for Money {
    /// Amounts of different currencies are not comparable.
    fn partial_cmp(&self, other: &Money) -> Option<Ordering> {
        (self.currency == other.currency).then(|| self.amount_minor.cmp(&other.amount_minor))
    }
}

/// Why an amount, currency or locale was refused. Each variant has its own [`MoneyError::code`];
/// each message tells staff what to do next.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("\u{201c}{input}\u{201d} is not a currency Stripe can charge in. Use a three-letter code such as USD or EUR.")]
    UnknownCurrency { input: String },

    #[error("\u{201c}{input}\u{201d} is not a supported display language. Choose one of en-US, en-GB, de-DE, fr-FR, es-ES or ja-JP.")]
    UnknownLocale { input: String },

    #[error("\u{201c}{input}\u{201d} is not an amount. {hint}")]
    InvalidAmount { input: String, hint: &'static str },

    #[error("\u{201c}{input}\u{201d} is negative. Type the amount without a minus sign.")]
    NegativeAmount { input: String },

    #[error("{}", too_many_decimals_message(*currency, *allowed))]
    TooManyDecimals { currency: Currency, allowed: u32 },

    #[error(
        "{} is below Stripe's minimum charge of {}. Add items to reach the minimum, or take another form of payment.",
        plain(*amount),
        plain(*minimum)
    )]
    AmountTooSmall { amount: Money, minimum: Money },

    #[error(
        "The amount is over Stripe's maximum for one charge ({}). Split the sale into smaller ones.",
        plain(Money::new(currency.maximum_charge_minor(), *currency))
    )]
    AmountTooLarge { currency: Currency },

    #[error(
        "Stripe charges {} only in steps of {}, and {} is not one. Adjust the amount.",
        amount.currency,
        plain(*step),
        plain(*amount)
    )]
    AmountPrecision { amount: Money, step: Money },

    #[error(
        "Amounts in {expected} and {found} can't be added together. Keep one currency per sale."
    )]
    MixedCurrency { expected: Currency, found: Currency },
}

impl MoneyError {
    /// A stable, machine-readable code per variant.
    pub fn code(&self) -> &'static str {
        match self {
            MoneyError::UnknownCurrency { .. } => "unknown_currency",
            MoneyError::UnknownLocale { .. } => "unknown_locale",
            MoneyError::InvalidAmount { .. } => "invalid_amount",
            MoneyError::NegativeAmount { .. } => "negative_amount",
            MoneyError::TooManyDecimals { .. } => "too_many_decimals",
            MoneyError::AmountTooSmall { .. } => "amount_too_small",
            MoneyError::AmountTooLarge { .. } => "amount_too_large",
            MoneyError::AmountPrecision { .. } => "amount_precision",
            MoneyError::MixedCurrency { .. } => "mixed_currency",
        }
    }
}

impl MoneyError {
    /// The refusal in `language` (Fluent `money-error-…`; the English is the `Display` text,
    /// word for word).
    pub fn message(&self, language: Language) -> String {
        match self {
            MoneyError::UnknownCurrency { input: typed } => text_with(
                language,
                "money-error-unknown-currency",
                &[("input", Arg::Text(typed))],
            ),
            MoneyError::UnknownLocale { input: typed } => text_with(
                language,
                "money-error-unknown-locale",
                &[("input", Arg::Text(typed))],
            ),
            MoneyError::InvalidAmount { input: typed, hint } => {
                let hint = match *hint {
                    HINT_EXAMPLE => text_with(
                        language,
                        "money-hint-example",
                        &[("example", Arg::Text("29.50"))],
                    ),
                    HINT_EXAMPLE_COMMA => text_with(
                        language,
                        "money-hint-example",
                        &[("example", Arg::Text("29,50"))],
                    ),
                    HINT_COMMA => text(language, "money-hint-comma"),
                    HINT_POINT => text(language, "money-hint-point"),
                    other => other.to_string(),
                };
                text_with(
                    language,
                    "money-error-invalid",
                    &[("input", Arg::Text(typed)), ("hint", Arg::Text(&hint))],
                )
            }
            MoneyError::NegativeAmount { input: typed } => text_with(
                language,
                "money-error-negative",
                &[("input", Arg::Text(typed))],
            ),
            MoneyError::TooManyDecimals { currency, allowed } => text_with(
                language,
                "money-error-decimals",
                &[
                    ("currency", Arg::Text(&currency.to_string())),
                    ("allowed", Arg::Number(i64::from(*allowed))),
                ],
            ),
            MoneyError::AmountTooSmall { amount, minimum } => text_with(
                language,
                "money-error-too-small",
                &[
                    ("amount", Arg::Text(&plain(*amount))),
                    ("minimum", Arg::Text(&plain(*minimum))),
                ],
            ),
            MoneyError::AmountTooLarge { currency } => text_with(
                language,
                "money-error-too-large",
                &[(
                    "maximum",
                    Arg::Text(&plain(Money::new(
                        currency.maximum_charge_minor(),
                        *currency,
                    ))),
                )],
            ),
            MoneyError::AmountPrecision { amount, step } => text_with(
                language,
                "money-error-precision",
                &[
                    ("currency", Arg::Text(&amount.currency.to_string())),
                    ("step", Arg::Text(&plain(*step))),
                    ("amount", Arg::Text(&plain(*amount))),
                ],
            ),
            MoneyError::MixedCurrency { expected, found } => text_with(
                language,
                "money-error-mixed-currency",
                &[
                    ("expected", Arg::Text(&expected.to_string())),
                    ("found", Arg::Text(&found.to_string())),
                ],
            ),
        }
    }

    /// The refusal as the core returns it, worded in `language`, with the variant's code.
    pub fn refusal(&self, language: Language) -> Error {
        Error::new(ErrorCode::InvalidInput, self.message(language)).with_reason(self.code())
    }
}

impl From<MoneyError> for Error {
    fn from(error: MoneyError) -> Error {
        Error::new(ErrorCode::InvalidInput, error.to_string()).with_reason(error.code())
    }
}

fn too_many_decimals_message(currency: Currency, allowed: u32) -> String {
    match allowed {
        0 => format!("{currency} amounts are whole numbers. Type the amount without decimals."),
        1 => format!("{currency} amounts have at most 1 decimal. Check the amount."),
        _ => format!("{currency} amounts have at most {allowed} decimals. Check the amount."),
    }
}

/// `0.50 USD`: locale-neutral text for messages that may be stored or logged.
fn plain(money: Money) -> String {
    format!("{} {}", money.to_major_string(), money.currency)
}

// The example follows the display locale's decimal separator (the words the language's).
const HINT_EXAMPLE: &str = "Type an amount, for example 29.50.";
const HINT_EXAMPLE_COMMA: &str = "Type an amount, for example 29,50.";
const HINT_COMMA: &str = "Type it with a comma before the cents, for example 29,50 or 1.234,50.";
const HINT_POINT: &str = "Type it with a point before the cents, for example 29.50 or 1,234.50.";

fn example_hint(locale: Locale) -> &'static str {
    match locale.decimal_separator() {
        ',' => HINT_EXAMPLE_COMMA,
        _ => HINT_EXAMPLE,
    }
}

fn separator_hint(locale: Locale) -> &'static str {
    match locale.decimal_separator() {
        ',' => HINT_COMMA,
        _ => HINT_POINT,
    }
}

/// Strips thousands separators from the whole-unit part, or `None` if they are misplaced or a
/// character is not a digit. `""` stays `""` (for `.50`).
fn ungroup(whole_part: &str, locale: Locale) -> Option<String> {
    let groups: Vec<&str> = whole_part
        .split(|character| locale.accepts_as_group_separator(character))
        .collect();
    let all_digits = |group: &str| group.bytes().all(|byte| byte.is_ascii_digit());
    match groups.as_slice() {
        [single] => all_digits(single).then(|| (*single).to_owned()),
        [first, rest @ ..] => {
            let first_ok = (1..=3).contains(&first.len()) && all_digits(first);
            let rest_ok = rest
                .iter()
                .all(|group| group.len() == 3 && all_digits(group));
            (first_ok && rest_ok).then(|| groups.concat())
        }
        [] => None,
    }
}

/// The value of a string of ASCII digits; `None` on overflow. `""` is 0.
fn digits_value(digits: &str) -> Option<i64> {
    digits.bytes().try_fold(0_i64, |value, byte| {
        value.checked_mul(10)?.checked_add(i64::from(byte - b'0'))
    })
}

/// Inserts `separator` between groups of three digits, from the right.
/// Appends `whole`'s digits, grouped by threes with the locale's separator when it has at
/// least the locale's minimum of digits for grouping.
fn push_grouped(out: &mut String, whole: u64, locale: Locale) {
    let mut digits = [0u8; 20];
    let mut length = 0;
    let mut rest = whole;
    loop {
        // Least significant first; u64::MAX has 20 digits.
        digits[length] = b'0' + (rest % 10) as u8;
        length += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let separator = (length >= locale.minimum_grouped_digits()).then(|| locale.group_separator());
    for position in (0..length).rev() {
        out.push(char::from(digits[position]));
        if let Some(separator) = separator {
            if position > 0 && position % 3 == 0 {
                out.push(separator);
            }
        }
    }
}

/// `10^exponent` for the small exponents currencies use (0 to 3).
fn pow10(exponent: u32) -> i64 {
    10_i64.pow(exponent)
}

/// Echoes user input in messages without letting a pasted paragraph flood the screen.
fn shorten(input: &str) -> String {
    const LIMIT: usize = 32;
    if input.chars().count() <= LIMIT {
        input.to_owned()
    } else {
        let mut shortened: String = input.chars().take(LIMIT).collect();
        shortened.push('…');
        shortened
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const US: Locale = Locale::EnglishUnitedStates;
    const UK: Locale = Locale::EnglishUnitedKingdom;
    const DE: Locale = Locale::GermanGermany;
    const FR: Locale = Locale::FrenchFrance;
    const JA: Locale = Locale::JapaneseJapan;
    const ES: Locale = Locale::SpanishSpain;

    fn currency(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    fn money(amount_minor: i64, code: &str) -> Money {
        Money::new(amount_minor, currency(code))
    }

    /// Test text with `_` standing for a no-break space and `~` for a narrow one, so the
    /// tables stay readable.
    fn spaces(text: &str) -> String {
        text.replace('_', "\u{a0}").replace('~', "\u{202f}")
    }

    #[test]
    fn supported_codes_are_sorted_unique_lowercase_three_letters() {
        for pair in SUPPORTED_CODES.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{} must come before {}",
                pair[0],
                pair[1]
            );
        }
        for code in SUPPORTED_CODES {
            assert_eq!(code.len(), 3);
            assert!(code.bytes().all(|byte| byte.is_ascii_lowercase()), "{code}");
        }
    }

    #[test]
    fn every_listed_special_currency_is_supported() {
        let zero = [
            "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd",
            "vuv", "xaf", "xof", "xpf",
        ];
        let three = ["bhd", "jod", "kwd", "omr", "tnd"];
        for code in zero
            .iter()
            .chain(three.iter())
            .chain(["isk", "huf", "twd"].iter())
        {
            assert!(Currency::parse(code).is_ok(), "{code} must be supported");
        }
    }

    #[test]
    fn currency_parsing_is_case_insensitive_and_refuses_garbage() {
        let cases: [(&str, Option<&str>); 12] = [
            ("usd", Some("usd")),
            ("USD", Some("usd")),
            ("Eur", Some("eur")),
            (" jpy ", Some("jpy")),
            ("uds", None),
            ("us", None),
            ("usdd", None),
            ("", None),
            ("12a", None),
            ("€", None),
            ("hrk", None), // replaced by the euro; Stripe no longer accepts it
            ("xxx", None),
        ];
        for (input, expected) in cases {
            match (Currency::parse(input), expected) {
                (Ok(parsed), Some(code)) => assert_eq!(parsed.code(), code, "{input:?}"),
                (Err(error), None) => assert_eq!(error.code(), "unknown_currency", "{input:?}"),
                (outcome, _) => panic!("{input:?} gave {outcome:?}"),
            }
        }
    }

    #[test]
    fn exponent_display_decimals_and_charge_step_follow_stripe() {
        // (code, exponent on the wire, decimals people see, charge step in minor units)
        let table = [
            ("usd", 2, 2, 1),
            ("eur", 2, 2, 1),
            ("gbp", 2, 2, 1),
            ("jpy", 0, 0, 1),
            ("krw", 0, 0, 1),
            ("ugx", 0, 0, 1),
            ("xpf", 0, 0, 1),
            ("bhd", 3, 3, 10),
            ("jod", 3, 3, 10),
            ("kwd", 3, 3, 10),
            ("omr", 3, 3, 10),
            ("tnd", 3, 3, 10),
            ("isk", 2, 0, 100),
            ("huf", 2, 2, 1),
            ("twd", 2, 2, 1),
        ];
        for (code, exponent, display, step) in table {
            let currency = currency(code);
            assert_eq!(currency.exponent(), exponent, "{code} exponent");
            assert_eq!(
                currency.display_decimals(),
                display,
                "{code} display decimals"
            );
            assert_eq!(currency.charge_step_minor(), step, "{code} charge step");
            assert_eq!(
                currency.minor_units_per_major(),
                10_i64.pow(exponent),
                "{code}"
            );
        }
    }

    #[test]
    fn minimum_charges_follow_stripe_table() {
        let table = [
            ("usd", 50),
            ("eur", 50),
            ("aud", 50),
            ("cad", 50),
            ("chf", 50),
            ("sgd", 50),
            ("gbp", 30),
            ("jpy", 50),
            ("hkd", 400),
            ("mxn", 1000),
            ("nok", 300),
            ("sek", 300),
            ("dkk", 250),
            ("brl", DEFAULT_MINIMUM_CHARGE_MINOR),
            ("kwd", DEFAULT_MINIMUM_CHARGE_MINOR),
        ];
        for (code, minimum) in table {
            assert_eq!(currency(code).minimum_charge_minor(), minimum, "{code}");
        }
    }

    #[test]
    fn charge_validation_checks_minimum_maximum_and_step() {
        // (amount, currency, expected error code or None when chargeable)
        let table: [(i64, &str, Option<&str>); 22] = [
            (2900, "usd", None),
            (50, "usd", None),
            (49, "usd", Some("amount_too_small")),
            (0, "usd", Some("amount_too_small")),
            (-100, "usd", Some("amount_too_small")),
            (30, "gbp", None),
            (29, "gbp", Some("amount_too_small")),
            (50, "jpy", None),
            (49, "jpy", Some("amount_too_small")),
            (399, "hkd", Some("amount_too_small")),
            (999, "mxn", Some("amount_too_small")),
            (249, "dkk", Some("amount_too_small")),
            (299, "sek", Some("amount_too_small")),
            (MAX_CHARGE_MINOR, "usd", None),
            (MAX_CHARGE_MINOR + 1, "usd", Some("amount_too_large")),
            (MAX_CHARGE_MINOR + 1, "jpy", Some("amount_too_large")),
            (5120, "kwd", None),
            (5124, "kwd", Some("amount_precision")),
            (50000, "isk", None),
            (50050, "isk", Some("amount_precision")),
            (MAX_CHARGE_MINOR - 99, "isk", None),
            (i64::MAX, "usd", Some("amount_too_large")),
        ];
        for (amount, code, expected) in table {
            let outcome = money(amount, code).validate_for_charge();
            assert_eq!(
                outcome.err().map(|error| error.code()),
                expected,
                "{amount} {code}"
            );
        }
    }

    #[test]
    fn parses_typed_amounts_exactly() {
        let table: [(&str, &str, Locale, i64); 31] = [
            ("29", "usd", US, 2900),
            ("29.5", "usd", US, 2950),
            ("29.00", "usd", US, 2900),
            ("29.05", "usd", US, 2905),
            ("0.50", "usd", US, 50),
            (".50", "usd", US, 50),
            ("0", "usd", US, 0),
            ("007", "usd", US, 700),
            ("1,234.50", "usd", US, 123_450),
            ("1,234", "usd", US, 123_400),
            ("999,999.99", "usd", US, 99_999_999),
            ("  3.50  ", "gbp", UK, 350),
            ("29,00", "eur", DE, 2900),
            ("29,5", "eur", DE, 2950),
            ("1.234,50", "eur", DE, 123_450),
            ("1.500", "eur", DE, 150_000),
            ("29,00", "eur", FR, 2900),
            ("1 234,50", "eur", FR, 123_450),
            ("1\u{a0}234,50", "eur", FR, 123_450),
            ("1\u{202f}234,50", "eur", FR, 123_450),
            ("3,20", "eur", ES, 320),
            ("1234,50", "eur", ES, 123_450),
            ("1.234,50", "eur", ES, 123_450),
            ("12.345,50", "eur", ES, 1_234_550),
            ("500", "jpy", JA, 500),
            ("1,000", "jpy", JA, 1000),
            ("500", "jpy", US, 500),
            ("500", "isk", US, 50_000),
            ("5.125", "kwd", US, 5125),
            ("5.1", "kwd", US, 5100),
            ("1,500.25", "huf", US, 150_025),
        ];
        for (input, code, locale, expected) in table {
            let parsed = Money::parse_major(input, currency(code), locale);
            assert_eq!(
                parsed,
                Ok(money(expected, code)),
                "{input:?} {code} {locale}"
            );
        }
    }

    #[test]
    fn refuses_malformed_or_ambiguous_amounts() {
        let table: [(&str, &str, Locale, &str); 27] = [
            ("", "usd", US, "invalid_amount"),
            ("   ", "usd", US, "invalid_amount"),
            ("abc", "usd", US, "invalid_amount"),
            ("$29", "usd", US, "invalid_amount"),
            ("29 USD", "usd", US, "invalid_amount"),
            ("+29", "usd", US, "invalid_amount"),
            ("29.", "usd", US, "invalid_amount"),
            (".", "usd", US, "invalid_amount"),
            ("1.2.3", "usd", US, "invalid_amount"),
            ("29,50", "usd", US, "invalid_amount"), // comma decimal typed in en-US
            ("1,23,456", "usd", US, "invalid_amount"),
            (",500", "usd", US, "invalid_amount"),
            ("1,234,5", "usd", US, "invalid_amount"),
            ("29.50", "eur", DE, "invalid_amount"), // point decimal typed in de-DE
            ("1e3", "usd", US, "invalid_amount"),
            ("٢٩", "usd", US, "invalid_amount"), // non-ASCII digits
            ("-5", "usd", US, "negative_amount"),
            ("\u{2212}5", "usd", US, "negative_amount"),
            ("-0.50", "eur", DE, "negative_amount"),
            ("29.999", "usd", US, "too_many_decimals"),
            ("29.000", "usd", US, "too_many_decimals"),
            ("500.5", "jpy", US, "too_many_decimals"),
            ("500.00", "jpy", US, "too_many_decimals"),
            ("500,5", "isk", DE, "too_many_decimals"),
            ("5.1250", "kwd", US, "too_many_decimals"),
            ("1,000,000", "usd", US, "amount_too_large"),
            ("99999999999999999999999", "usd", US, "amount_too_large"),
        ];
        for (input, code, locale, expected) in table {
            let outcome = Money::parse_major(input, currency(code), locale);
            assert_eq!(
                outcome.err().map(|error| error.code()),
                Some(expected),
                "{input:?} {code} {locale}"
            );
        }
    }

    #[test]
    fn a_language_gives_its_speakers_locale() {
        for (language, expected) in [
            (Language::En, US),
            (Language::De, DE),
            (Language::Fr, FR),
            (Language::Es, ES),
            (Language::Ja, JA),
            (Language::Pseudo, US),
        ] {
            assert_eq!(Locale::for_language(language), expected, "{language}");
        }
    }

    #[test]
    fn formats_for_each_locale() {
        let table: [(i64, &str, Locale, &str); 34] = [
            (2900, "usd", US, "$29.00"), // the seed's price
            (500, "jpy", US, "¥500"),    // the seed's zero-decimal example
            (500, "jpy", JA, "¥500"),
            (123_456, "jpy", JA, "¥123,456"),
            (2900, "eur", DE, "29,00_€"),
            (123_450, "eur", DE, "1.234,50_€"),
            (2900, "eur", FR, "29,00_€"),
            (123_450, "eur", FR, "1~234,50_€"),
            (350, "gbp", UK, "£3.50"),
            (123_450, "usd", US, "$1,234.50"),
            (99_999_999, "usd", US, "$999,999.99"),
            (5, "usd", US, "$0.05"),
            (0, "usd", US, "$0.00"),
            (-350, "usd", US, "-$3.50"),
            (-350, "eur", DE, "-3,50_€"),
            (2900, "usd", DE, "29,00_$"),
            (2900, "eur", US, "€29.00"),
            (500, "chf", US, "CHF_5.00"),
            (500, "chf", DE, "5,00_CHF"),
            (2900, "cad", US, "CA$29.00"),
            (2900, "usd", JA, "$29.00"),
            (50_000, "isk", US, "ISK_500"),
            (50_000, "isk", DE, "500_ISK"),
            (50_050, "isk", US, "ISK_500.50"), // never rounds money away
            (5120, "kwd", US, "KWD_5.120"),
            (150_025, "huf", DE, "1.500,25_HUF"),
            (100_000_000_000, "jpy", JA, "¥100,000,000,000"),
            (1_000, "krw", US, "₩1,000"),
            (i64::MIN, "jpy", US, "-¥9,223,372,036,854,775,808"),
            (100, "mxn", FR, "1,00_MX$"),
            (320, "eur", ES, "3,20_€"),
            (123_450, "eur", ES, "1234,50_€"), // Spanish groups from five digits
            (1_234_550, "eur", ES, "12.345,50_€"),
            (123_450, "usd", ES, "1234,50_$"),
        ];
        for (amount, code, locale, expected) in table {
            assert_eq!(
                money(amount, code).format(locale),
                spaces(expected),
                "{amount} {code} {locale}"
            );
        }
    }

    #[test]
    fn typed_amounts_read_back_to_the_same_amount_in_every_locale() {
        for locale in Locale::ALL {
            for currency in [
                Currency::USD,
                Currency::EUR,
                Currency::JPY,
                Currency::KWD,
                Currency::ISK,
            ] {
                for minor in [0, 50, 2000, 123_450, 99_999_900] {
                    let money = Money::new(minor * currency.charge_step_minor(), currency);
                    if money.amount_minor > MAX_CHARGE_MINOR {
                        continue;
                    }
                    let typed = money.to_typed(locale);
                    assert_eq!(
                        Money::parse_major(&typed, currency, locale),
                        Ok(money),
                        "{typed} in {locale:?}"
                    );
                }
            }
        }
        assert_eq!(
            Money::new(2000, Currency::EUR).to_typed(Locale::GermanGermany),
            "20,00"
        );
    }

    #[test]
    fn plain_major_strings_for_csv() {
        let table: [(i64, &str, &str); 10] = [
            (2900, "usd", "29.00"),
            (500, "jpy", "500"),
            (123_450, "eur", "1234.50"),
            (5, "usd", "0.05"),
            (0, "usd", "0.00"),
            (-350, "gbp", "-3.50"),
            (5120, "kwd", "5.120"),
            (50_000, "isk", "500"),
            (50_050, "isk", "500.50"),
            (-1, "jpy", "-1"),
        ];
        for (amount, code, expected) in table {
            assert_eq!(
                money(amount, code).to_major_string(),
                expected,
                "{amount} {code}"
            );
        }
    }

    #[test]
    fn parse_then_format_round_trips_in_every_locale() {
        let amounts = [0, 5, 50, 2900, 123_450, 99_999_999];
        for locale in Locale::ALL {
            for code in ["usd", "eur", "jpy", "kwd", "isk"] {
                for amount in amounts {
                    let currency = currency(code);
                    let amount = amount - amount % currency.charge_step_minor();
                    let original = Money::new(amount, currency);
                    let typed = original
                        .format(locale)
                        .replace(currency.symbol().unwrap_or(""), "")
                        .replace(&currency.code_upper(), "")
                        .trim()
                        .to_owned();
                    let parsed = Money::parse_major(&typed, currency, locale);
                    assert_eq!(parsed, Ok(original), "{typed:?} {code} {locale}");
                }
            }
        }
    }

    #[test]
    fn arithmetic_is_checked() {
        assert_eq!(
            money(2900, "usd").checked_add(money(100, "usd")),
            Ok(money(3000, "usd"))
        );
        assert_eq!(
            money(2900, "usd")
                .checked_add(money(100, "eur"))
                .map_err(|error| error.code()),
            Err("mixed_currency")
        );
        assert_eq!(
            money(i64::MAX, "usd")
                .checked_add(money(1, "usd"))
                .map_err(|error| error.code()),
            Err("amount_too_large")
        );
        assert_eq!(money(2900, "usd").checked_mul(3), Ok(money(8700, "usd")));
        assert_eq!(
            money(i64::MAX / 2 + 1, "usd")
                .checked_mul(2)
                .map_err(|error| error.code()),
            Err("amount_too_large")
        );
        assert_eq!(
            money(1, "usd").partial_cmp(&money(2, "usd")),
            Some(Ordering::Less)
        );
        assert_eq!(money(1, "usd").partial_cmp(&money(1, "eur")), None);
    }

    #[test]
    fn serde_uses_lowercase_codes_and_locale_tags() {
        let json = serde_json::to_string(&money(2900, "usd")).unwrap();
        assert_eq!(json, r#"{"amount_minor":2900,"currency":"usd"}"#);
        let back: Money = serde_json::from_str(r#"{"amount_minor":500,"currency":"JPY"}"#).unwrap();
        assert_eq!(back, money(500, "jpy"));
        assert!(serde_json::from_str::<Money>(r#"{"amount_minor":1,"currency":"xyz"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount_minor":1.5,"currency":"usd"}"#).is_err());
        for locale in Locale::ALL {
            let json = serde_json::to_string(&locale).unwrap();
            assert_eq!(json, format!("\"{}\"", locale.tag()));
            assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), locale);
        }
    }

    #[test]
    fn locale_tags_parse_leniently_but_unknown_ones_are_refused() {
        let table: [(&str, Option<Locale>); 9] = [
            ("en-US", Some(US)),
            ("en-us", Some(US)),
            ("en_GB", Some(UK)),
            ("de_DE.UTF-8", Some(DE)),
            ("fr-FR", Some(FR)),
            ("ja_JP", Some(JA)),
            ("de", None),
            ("pt-BR", None),
            ("", None),
        ];
        for (input, expected) in table {
            match (Locale::parse(input), expected) {
                (Ok(locale), Some(expected)) => assert_eq!(locale, expected, "{input:?}"),
                (Err(error), None) => assert_eq!(error.code(), "unknown_locale", "{input:?}"),
                (outcome, _) => panic!("{input:?} gave {outcome:?}"),
            }
        }
    }

    #[test]
    fn every_error_has_its_own_code_and_becomes_invalid_input() {
        let errors = [
            MoneyError::UnknownCurrency {
                input: "xyz".into(),
            },
            MoneyError::UnknownLocale { input: "xx".into() },
            MoneyError::InvalidAmount {
                input: "abc".into(),
                hint: "Type digits.",
            },
            MoneyError::NegativeAmount { input: "-1".into() },
            MoneyError::TooManyDecimals {
                currency: Currency::JPY,
                allowed: 0,
            },
            MoneyError::AmountTooSmall {
                amount: money(20, "usd"),
                minimum: money(50, "usd"),
            },
            MoneyError::AmountTooLarge {
                currency: Currency::USD,
            },
            MoneyError::AmountPrecision {
                amount: money(5124, "kwd"),
                step: money(10, "kwd"),
            },
            MoneyError::MixedCurrency {
                expected: Currency::USD,
                found: Currency::EUR,
            },
        ];
        let mut codes: Vec<&str> = errors.iter().map(MoneyError::code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), errors.len(), "codes must be distinct");
        for error in errors {
            let message = error.to_string();
            // The Fluent English is the `Display` text word for word, and the code is kept.
            let english = error.refusal(Language::En);
            assert_eq!(
                (english.message.as_str(), english.reason),
                (message.as_str(), Some(error.code()))
            );
            let core: Error = error.into();
            assert_eq!(core.code, ErrorCode::InvalidInput);
            assert_eq!(core.message, message);
        }
        // Every hint and every decimals count, in English as `Display` words them.
        for (typed, currency, locale) in [
            ("", Currency::USD, Locale::EnglishUnitedStates),
            ("3,20", Currency::USD, Locale::EnglishUnitedStates),
            ("3.2.0", Currency::EUR, Locale::GermanGermany),
            ("1.5", Currency::JPY, Locale::EnglishUnitedStates),
            ("1.005", Currency::USD, Locale::EnglishUnitedStates),
            ("1.0005", Currency::KWD, Locale::EnglishUnitedStates),
        ] {
            let error = Money::parse_major(typed, currency, locale).unwrap_err();
            assert_eq!(error.message(Language::En), error.to_string(), "{typed}");
        }
        let refused = Money::parse_major("3.20", Currency::EUR, Locale::GermanGermany)
            .unwrap_err()
            .refusal(Language::De);
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "invalid_amount",
                "„3.20“ ist kein Betrag. Geben Sie ihn mit einem Komma vor den Cent ein, zum Beispiel 29,50 oder 1.234,50."
            )
        );
        // The example follows the display locale, whatever the language: German words with
        // en-US amounts say 29.50, English words with de-DE amounts 29,50.
        let empty = |locale| Money::parse_major(" ", Currency::EUR, locale).unwrap_err();
        assert_eq!(
            empty(Locale::EnglishUnitedStates).message(Language::De),
            "„“ ist kein Betrag. Geben Sie einen Betrag ein, zum Beispiel 29.50."
        );
        assert_eq!(
            empty(Locale::GermanGermany).message(Language::De),
            "„“ ist kein Betrag. Geben Sie einen Betrag ein, zum Beispiel 29,50."
        );
        assert_eq!(
            empty(Locale::EnglishUnitedStates).to_string(),
            "“” is not an amount. Type an amount, for example 29.50."
        );
        assert_eq!(
            empty(Locale::FrenchFrance).message(Language::En),
            "“” is not an amount. Type an amount, for example 29,50."
        );
        assert_eq!(
            empty(Locale::JapaneseJapan).message(Language::Ja),
            "「」は金額ではありません。金額を入力してください（例: 29.50）。"
        );
    }

    #[test]
    fn messages_tell_staff_what_to_do() {
        let small = MoneyError::AmountTooSmall {
            amount: money(20, "usd"),
            minimum: money(50, "usd"),
        };
        assert_eq!(
            small.to_string(),
            "0.20 USD is below Stripe's minimum charge of 0.50 USD. Add items to reach the minimum, or take another form of payment."
        );
        let large = MoneyError::AmountTooLarge {
            currency: Currency::USD,
        };
        assert_eq!(
            large.to_string(),
            "The amount is over Stripe's maximum for one charge (999999.99 USD). Split the sale into smaller ones."
        );
        let isk_large = MoneyError::AmountTooLarge {
            currency: Currency::ISK,
        };
        assert!(
            isk_large.to_string().contains("(999999 ISK)"),
            "{isk_large}"
        );
        assert_eq!(Currency::KWD.maximum_charge_minor(), 99_999_990);
        let decimals = MoneyError::TooManyDecimals {
            currency: Currency::JPY,
            allowed: 0,
        };
        assert_eq!(
            decimals.to_string(),
            "JPY amounts are whole numbers. Type the amount without decimals."
        );
        let precision = MoneyError::AmountPrecision {
            amount: money(5124, "kwd"),
            step: money(10, "kwd"),
        };
        assert_eq!(
            precision.to_string(),
            "Stripe charges KWD only in steps of 0.010 KWD, and 5.124 KWD is not one. Adjust the amount."
        );
        let long_input = "x".repeat(100);
        let unknown = Currency::parse(&long_input).unwrap_err().to_string();
        assert!(unknown.chars().count() < 150, "{unknown}");
    }

    #[test]
    fn percentages_follow_the_locale() {
        let cases = [
            (Locale::EnglishUnitedStates, 190_000, "19%"),
            (Locale::EnglishUnitedStates, 75_000, "7.5%"),
            (Locale::EnglishUnitedStates, 82_500, "8.25%"),
            (Locale::EnglishUnitedStates, 88_750, "8.875%"),
            (Locale::EnglishUnitedStates, 1, "0.0001%"),
            (Locale::JapaneseJapan, 100_000, "10%"),
            (Locale::GermanGermany, 70_000, "7\u{a0}%"),
            (Locale::GermanGermany, 88_750, "8,875\u{a0}%"),
            (Locale::SpanishSpain, 210_000, "21\u{a0}%"),
            (Locale::FrenchFrance, 55_000, "5,5\u{202f}%"),
            (Locale::EnglishUnitedKingdom, 0, "0%"),
        ];
        for (locale, rate, expected) in cases {
            assert_eq!(locale.format_percent(rate), expected, "{locale} {rate}");
        }
    }
}
