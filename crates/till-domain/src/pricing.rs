//! Tax rates, a coupon and a tip over a cart: the amounts Stripe Checkout computes for a card
//! sale, computed locally so that a cash sale gets exactly the same figures.
//!
//! Pure and integer-only: every amount is in the currency's minor units (as Stripe's API writes
//! it), percentages are integers in ten-thousandths of a percent ([`Percent`]), products are
//! taken in `i128` so nothing overflows on the way.
//!
//! # The rules (Stripe's, as the simulator applies them; see crates/stripe-sim/README.md)
//!
//! For each line, in order:
//! 1. **Subtotal** = unit amount × quantity.
//! 2. **Discount** (the coupon, spread over the lines; discounts come before tax):
//!    - `percent_off`: each line's share is its subtotal × percent, rounded per line;
//!    - `amount_off`: the amount is spread over the lines in proportion to their subtotals,
//!      each share rounded down, the minor units left over given one each to the lines with the
//!      largest remainders (ties: the earlier line), so the shares add up to the coupon exactly.
//! 3. **Tax** on what is left (`base` = subtotal − discount), one amount per rate, rounded per
//!    line and per rate:
//!    - inclusive rates are inside `base`: rate *i*'s tax = base × pᵢ / (100 % + Σ inclusive p);
//!    - exclusive rates are added on the line's net amount (base − inclusive tax):
//!      tax = net × p.
//! 4. **Total** = base + exclusive tax (inclusive tax is already in the price).
//!
//! Rounding is half up, to the currency's smallest chargeable step (1 minor unit; 10 for the
//! three-decimal currencies, whose charges must end in 0; 100 for ISK, charged in whole krónur).
//! The sale's figures are the sums of the lines'. A tip is its own line: never discounted,
//! never taxed, added after everything else.

use serde::{Deserialize, Serialize};

use crate::money::{Currency, Money};

/// 100 % in [`Percent`]'s unit.
pub const PERCENT_100: u32 = 1_000_000;

/// The largest tip Till accepts, as a percentage of the sale's total before the tip: a tip
/// larger than the sale itself is almost certainly a typing mistake (an amount typed in the
/// percentage field, a missing decimal point).
pub const MAX_TIP_PERCENT_OF_SALE: i64 = 100;

/// A percentage in ten-thousandths of a percent (Stripe's tax rates carry at most four
/// decimals): `19 %` is `Percent(190_000)`, `8.875 %` is `Percent(88_750)`, 100 % is
/// [`PERCENT_100`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Percent(pub u32);

impl Percent {
    /// Parses a decimal percentage as Stripe writes it (`19`, `8.875`, `12.5`), at most four
    /// decimals, between 0 and 100.
    pub fn parse(input: &str) -> Result<Percent, PricingError> {
        let text = input.trim();
        let invalid = || PricingError::InvalidPercent {
            input: text.chars().take(20).collect(),
        };
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        if whole.is_empty()
            || whole.len() > 3
            || fraction.len() > 4
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
            || (text.contains('.') && fraction.is_empty())
        {
            return Err(invalid());
        }
        let whole: u32 = whole.parse().map_err(|_| invalid())?;
        let mut fraction_value: u32 = 0;
        for (i, digit) in fraction.bytes().enumerate() {
            fraction_value += u32::from(digit - b'0') * 10u32.pow(3 - i as u32);
        }
        let value = whole
            .checked_mul(10_000)
            .and_then(|w| w.checked_add(fraction_value))
            .ok_or_else(invalid)?;
        if value > PERCENT_100 {
            return Err(invalid());
        }
        Ok(Percent(value))
    }

    /// The percentage in basis points (hundredths of a percent): `8.875 %` is 888 (rounded
    /// half up). Rates are written with all four decimals by `Locale::format_percent`.
    pub fn basis_points(self) -> u32 {
        (self.0 + 50) / 100
    }

    /// `19`, `8.875`: the shortest decimal text.
    pub fn to_decimal_string(self) -> String {
        let whole = self.0 / 10_000;
        let fraction = self.0 % 10_000;
        if fraction == 0 {
            return whole.to_string();
        }
        let digits = format!("{fraction:04}");
        format!("{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// A tax rate as Stripe has it (`txr_…`): the percentage, and whether prices include it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxRate {
    pub id: String,
    pub display_name: String,
    pub percentage: Percent,
    pub inclusive: bool,
}

/// What a coupon takes off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum CouponValue {
    /// `percent_off` (Stripe accepts decimals: `12.5`).
    PercentOff { percent: Percent },
    /// `amount_off` with its `currency`: usable only on a sale in that currency.
    AmountOff { amount: Money },
}

/// A coupon applied to the sale (Stripe's `discounts[0][coupon]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coupon {
    pub id: String,
    /// The coupon's name at Stripe (shown on the sale), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub value: CouponValue,
}

/// One cart line: a unit price, a quantity and the ids of the tax rates that apply to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PricedLine {
    pub unit_amount_minor: i64,
    pub quantity: u32,
    pub tax_rate_ids: Vec<String>,
}

/// Everything the calculation needs.
#[derive(Debug, Clone, Copy)]
pub struct PricingInput<'a> {
    pub currency: Currency,
    pub lines: &'a [PricedLine],
    /// The rates the lines name (others may be present and are ignored).
    pub tax_rates: &'a [TaxRate],
    pub coupon: Option<&'a Coupon>,
    /// The tip, in `currency`; zero for none.
    pub tip: Option<Money>,
}

/// One rate's tax on one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineTax {
    pub tax_rate_id: String,
    /// The amount the tax is computed on (Stripe's `taxable_amount`): the line's amount after
    /// the discount and without inclusive tax.
    pub taxable_minor: i64,
    pub amount_minor: i64,
    pub inclusive: bool,
}

/// One line's figures, as Stripe's Checkout line item reports them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineAmounts {
    /// `amount_subtotal`: unit amount × quantity.
    pub subtotal_minor: i64,
    /// `amount_discount`: this line's share of the coupon.
    pub discount_minor: i64,
    /// `taxes[]`, in the order the line names its rates.
    pub taxes: Vec<LineTax>,
    /// `amount_tax`: all tax, inclusive and exclusive.
    pub tax_minor: i64,
    /// `amount_total`: subtotal − discount + exclusive tax.
    pub total_minor: i64,
}

/// One rate's totals over the sale, for receipts and reports: the net amount it was computed
/// on, the tax, and their sum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateTotal {
    pub tax_rate_id: String,
    pub display_name: String,
    pub percentage: Percent,
    pub inclusive: bool,
    pub net_minor: i64,
    pub tax_minor: i64,
    pub gross_minor: i64,
}

impl RateTotal {
    /// The receipt's row for this rate (its name, rate, net, tax and gross).
    pub fn receipt_row(&self, currency: Currency) -> crate::receipt::TaxRow {
        crate::receipt::TaxRow {
            name: self.display_name.clone(),
            rate: self.percentage.0,
            inclusive: self.inclusive,
            net: Money::new(self.net_minor, currency),
            tax: Money::new(self.tax_minor, currency),
            gross: Money::new(self.gross_minor, currency),
        }
    }
}

/// The sale's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PriceBreakdown {
    pub currency: Currency,
    pub lines: Vec<LineAmounts>,
    /// Stripe's `amount_subtotal`: the lines' subtotals.
    pub subtotal_minor: i64,
    /// `total_details.amount_discount`.
    pub discount_minor: i64,
    /// `total_details.amount_tax`: inclusive and exclusive tax.
    pub tax_minor: i64,
    /// The part of `tax_minor` added on top of prices.
    pub tax_exclusive_minor: i64,
    /// The part of `tax_minor` already inside prices.
    pub tax_inclusive_minor: i64,
    /// Per rate, in the order rates first appear on the lines.
    pub rates: Vec<RateTotal>,
    /// Stripe's `amount_total` for the items: subtotal − discount + exclusive tax.
    pub items_total_minor: i64,
    pub tip_minor: i64,
    /// What the customer pays: the items' total and the tip.
    pub total_minor: i64,
}

/// Why a sale's amounts could not be computed. Each variant has its own [`PricingError::code`];
/// each message tells staff what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PricingError {
    #[error("The sale has no items. Add an item first.")]
    EmptyCart,

    #[error("A line has quantity 0. Remove the line or set a quantity of at least 1.")]
    ZeroQuantity,

    #[error("A line has a negative price. Check the item's price in the catalog.")]
    NegativePrice,

    #[error("The tax rate {id} is not known (it may have been archived). Refresh the catalog, or choose another tax rate for the product.")]
    UnknownTaxRate { id: String },

    #[error("\u{201c}{input}\u{201d} is not a percentage. Type a number from 0 to 100 with at most four decimals.")]
    InvalidPercent { input: String },

    #[error("The coupon {coupon} takes off nothing. Choose another coupon.")]
    EmptyCoupon { coupon: String },

    #[error("The coupon {coupon} is for sales in {coupon_currency}, and this sale is in {sale_currency}. Choose a coupon in {sale_currency} or a percentage coupon.")]
    CouponCurrency {
        coupon: String,
        coupon_currency: Currency,
        sale_currency: Currency,
    },

    #[error("The discount ({}) is more than the sale ({}). Choose a smaller discount or add the items first.", plain(*discount), plain(*subtotal))]
    DiscountExceedsSale { discount: Money, subtotal: Money },

    #[error("The tip is in {tip_currency}, and this sale is in {sale_currency}. Enter the tip in {sale_currency}.")]
    TipCurrency {
        tip_currency: Currency,
        sale_currency: Currency,
    },

    #[error("A tip can't be negative. Enter the tip without a minus sign, or choose No tip.")]
    NegativeTip,

    #[error("The tip ({}) is more than the sale itself ({}). Check the tip; the most Till accepts is {}.", plain(*tip), plain(*sale), plain(*limit))]
    TipTooLarge {
        tip: Money,
        sale: Money,
        limit: Money,
    },

    #[error("The sale's total is over Stripe's maximum for one charge ({}). Split the sale into smaller ones.", plain(Money::new(currency.maximum_charge_minor(), *currency)))]
    TotalTooLarge { currency: Currency },
}

impl PricingError {
    /// A stable, machine-readable code per variant.
    pub fn code(&self) -> &'static str {
        match self {
            PricingError::EmptyCart => "empty_cart",
            PricingError::ZeroQuantity => "zero_quantity",
            PricingError::NegativePrice => "negative_price",
            PricingError::UnknownTaxRate { .. } => "unknown_tax_rate",
            PricingError::InvalidPercent { .. } => "invalid_percent",
            PricingError::EmptyCoupon { .. } => "empty_coupon",
            PricingError::CouponCurrency { .. } => "coupon_currency",
            PricingError::DiscountExceedsSale { .. } => "discount_exceeds_sale",
            PricingError::TipCurrency { .. } => "tip_currency",
            PricingError::NegativeTip => "negative_tip",
            PricingError::TipTooLarge { .. } => "tip_too_large",
            PricingError::TotalTooLarge { .. } => "amount_too_large",
        }
    }
}

impl PricingError {
    /// The refusal in `language` (Fluent `pricing-error-…`; the English is the `Display`
    /// text, word for word).
    pub fn message(&self, language: till_i18n::Language) -> String {
        use till_i18n::{text, text_with, Arg};
        let code = |c: &Currency| c.to_string();
        match self {
            PricingError::EmptyCart => text(language, "pricing-error-empty"),
            PricingError::ZeroQuantity => text(language, "pricing-error-zero-quantity"),
            PricingError::NegativePrice => text(language, "pricing-error-negative-price"),
            PricingError::UnknownTaxRate { id } => text_with(
                language,
                "pricing-error-unknown-tax-rate",
                &[("id", Arg::Text(id))],
            ),
            PricingError::InvalidPercent { input } => text_with(
                language,
                "pricing-error-invalid-percent",
                &[("input", Arg::Text(input))],
            ),
            PricingError::EmptyCoupon { coupon } => text_with(
                language,
                "pricing-error-empty-coupon",
                &[("coupon", Arg::Text(coupon))],
            ),
            PricingError::CouponCurrency {
                coupon,
                coupon_currency,
                sale_currency,
            } => text_with(
                language,
                "pricing-error-coupon-currency",
                &[
                    ("coupon", Arg::Text(coupon)),
                    ("coupon_currency", Arg::Text(&code(coupon_currency))),
                    ("sale_currency", Arg::Text(&code(sale_currency))),
                ],
            ),
            PricingError::DiscountExceedsSale { discount, subtotal } => text_with(
                language,
                "pricing-error-discount-exceeds-sale",
                &[
                    ("discount", Arg::Text(&plain(*discount))),
                    ("subtotal", Arg::Text(&plain(*subtotal))),
                ],
            ),
            PricingError::TipCurrency {
                tip_currency,
                sale_currency,
            } => text_with(
                language,
                "pricing-error-tip-currency",
                &[
                    ("tip_currency", Arg::Text(&code(tip_currency))),
                    ("sale_currency", Arg::Text(&code(sale_currency))),
                ],
            ),
            PricingError::NegativeTip => text(language, "pricing-error-negative-tip"),
            PricingError::TipTooLarge { tip, sale, limit } => text_with(
                language,
                "pricing-error-tip-too-large",
                &[
                    ("tip", Arg::Text(&plain(*tip))),
                    ("sale", Arg::Text(&plain(*sale))),
                    ("limit", Arg::Text(&plain(*limit))),
                ],
            ),
            PricingError::TotalTooLarge { currency } => text_with(
                language,
                "pricing-error-total-too-large",
                &[(
                    "maximum",
                    Arg::Text(&plain(Money::new(
                        currency.maximum_charge_minor(),
                        *currency,
                    ))),
                )],
            ),
        }
    }

    /// The refusal as the core returns it, worded in `language`, with the variant's code.
    pub fn refusal(&self, language: till_i18n::Language) -> crate::Error {
        crate::Error::new(crate::ErrorCode::InvalidInput, self.message(language))
            .with_reason(self.code())
    }
}

impl From<PricingError> for crate::Error {
    fn from(error: PricingError) -> crate::Error {
        crate::Error::new(crate::ErrorCode::InvalidInput, error.to_string())
            .with_reason(error.code())
    }
}

fn plain(money: Money) -> String {
    format!("{} {}", money.to_major_string(), money.currency)
}

/// `numerator / denominator` rounded half up to a multiple of `step` (all non-negative).
fn round_half_up(numerator: i128, denominator: i128, step: i64) -> i128 {
    let unit = denominator * i128::from(step);
    let quotient = numerator / unit;
    let remainder = numerator % unit;
    let rounded = if remainder * 2 >= unit {
        quotient + 1
    } else {
        quotient
    };
    rounded * i128::from(step)
}

fn to_i64(value: i128, currency: Currency) -> Result<i64, PricingError> {
    i64::try_from(value).map_err(|_| PricingError::TotalTooLarge { currency })
}

/// Spreads `amount` over `weights` in proportion, each share rounded down, the leftover minor
/// units one each to the largest remainders (ties: the earlier index).
fn spread(amount: i128, weights: &[i128]) -> Vec<i128> {
    let total: i128 = weights.iter().sum();
    if total == 0 {
        return vec![0; weights.len()];
    }
    let mut shares: Vec<i128> = weights.iter().map(|w| amount * w / total).collect();
    let mut leftover = amount - shares.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = amount * weights[a] % total;
        let rb = amount * weights[b] % total;
        rb.cmp(&ra).then(a.cmp(&b))
    });
    for index in order {
        if leftover == 0 {
            break;
        }
        if let Some(share) = shares.get_mut(index) {
            *share += 1;
            leftover -= 1;
        }
    }
    shares
}

/// `percent` of `amount`, rounded half up to the currency's charge step (a tip of 15 %).
pub fn percent_of(amount: Money, percent: Percent) -> Money {
    let step = amount.currency.charge_step_minor();
    let value = round_half_up(
        i128::from(amount.amount_minor.max(0)) * i128::from(percent.0),
        i128::from(PERCENT_100),
        step,
    );
    Money::new(i64::try_from(value).unwrap_or(i64::MAX), amount.currency)
}

/// Computes every figure of a sale, or says why it can't (a total over Stripe's maximum for
/// one charge included).
pub fn compute(input: PricingInput<'_>) -> Result<PriceBreakdown, PricingError> {
    let breakdown = compute_uncapped(input)?;
    if breakdown.total_minor > input.currency.maximum_charge_minor() {
        return Err(PricingError::TotalTooLarge {
            currency: input.currency,
        });
    }
    Ok(breakdown)
}

/// [`compute`] without the maximum: a cart may hold more than one charge takes, and is
/// refused when it is charged or paid (`Cart::validate_for_charge`).
pub fn compute_uncapped(input: PricingInput<'_>) -> Result<PriceBreakdown, PricingError> {
    let currency = input.currency;
    let step = currency.charge_step_minor();
    if input.lines.is_empty() {
        return Err(PricingError::EmptyCart);
    }
    // Resolve every rate first: nothing is computed for a cart naming an unknown rate.
    let mut line_rates: Vec<Vec<&TaxRate>> = Vec::with_capacity(input.lines.len());
    for line in input.lines {
        if line.quantity == 0 {
            return Err(PricingError::ZeroQuantity);
        }
        if line.unit_amount_minor < 0 {
            return Err(PricingError::NegativePrice);
        }
        let mut rates = Vec::with_capacity(line.tax_rate_ids.len());
        for id in &line.tax_rate_ids {
            let rate = input
                .tax_rates
                .iter()
                .find(|r| &r.id == id)
                .ok_or_else(|| PricingError::UnknownTaxRate { id: id.clone() })?;
            if rate.percentage.0 > PERCENT_100 {
                return Err(PricingError::InvalidPercent {
                    input: rate.percentage.to_decimal_string(),
                });
            }
            rates.push(rate);
        }
        line_rates.push(rates);
    }
    let subtotals: Vec<i128> = input
        .lines
        .iter()
        .map(|l| i128::from(l.unit_amount_minor) * i128::from(l.quantity))
        .collect();
    let subtotal: i128 = subtotals.iter().sum();

    let discounts: Vec<i128> = match input.coupon {
        None => vec![0; subtotals.len()],
        Some(coupon) => match coupon.value {
            CouponValue::PercentOff { percent } => {
                if percent.0 == 0 {
                    return Err(PricingError::EmptyCoupon {
                        coupon: coupon.id.clone(),
                    });
                }
                if percent.0 > PERCENT_100 {
                    return Err(PricingError::InvalidPercent {
                        input: percent.to_decimal_string(),
                    });
                }
                subtotals
                    .iter()
                    .map(|s| {
                        round_half_up(s * i128::from(percent.0), i128::from(PERCENT_100), step)
                            .min(*s)
                    })
                    .collect()
            }
            CouponValue::AmountOff { amount } => {
                if amount.currency != currency {
                    return Err(PricingError::CouponCurrency {
                        coupon: coupon.id.clone(),
                        coupon_currency: amount.currency,
                        sale_currency: currency,
                    });
                }
                if amount.amount_minor <= 0 {
                    return Err(PricingError::EmptyCoupon {
                        coupon: coupon.id.clone(),
                    });
                }
                if i128::from(amount.amount_minor) > subtotal {
                    return Err(PricingError::DiscountExceedsSale {
                        discount: amount,
                        subtotal: Money::new(to_i64(subtotal, currency)?, currency),
                    });
                }
                spread(i128::from(amount.amount_minor), &subtotals)
            }
        },
    };

    let mut lines = Vec::with_capacity(input.lines.len());
    let mut rates: Vec<RateTotal> = Vec::new();
    let (mut discount, mut tax_exclusive, mut tax_inclusive) = (0i128, 0i128, 0i128);
    for (index, line_subtotal) in subtotals.iter().enumerate() {
        let line_discount = discounts.get(index).copied().unwrap_or(0);
        let base = line_subtotal - line_discount;
        let rates_here = line_rates.get(index).map(Vec::as_slice).unwrap_or(&[]);
        let inclusive_sum: i128 = rates_here
            .iter()
            .filter(|r| r.inclusive)
            .map(|r| i128::from(r.percentage.0))
            .sum();
        let inclusive_taxes: Vec<i128> = rates_here
            .iter()
            .map(|r| {
                if r.inclusive {
                    round_half_up(
                        base * i128::from(r.percentage.0),
                        i128::from(PERCENT_100) + inclusive_sum,
                        step,
                    )
                } else {
                    0
                }
            })
            .collect();
        let net = base - inclusive_taxes.iter().sum::<i128>();
        let mut taxes = Vec::with_capacity(rates_here.len());
        let (mut line_exclusive, mut line_inclusive) = (0i128, 0i128);
        for (rate, inclusive_tax) in rates_here.iter().zip(&inclusive_taxes) {
            let amount = if rate.inclusive {
                line_inclusive += inclusive_tax;
                *inclusive_tax
            } else {
                let tax = round_half_up(
                    net * i128::from(rate.percentage.0),
                    i128::from(PERCENT_100),
                    step,
                );
                line_exclusive += tax;
                tax
            };
            let net_minor = to_i64(net, currency)?;
            let amount_minor = to_i64(amount, currency)?;
            taxes.push(LineTax {
                tax_rate_id: rate.id.clone(),
                taxable_minor: net_minor,
                amount_minor,
                inclusive: rate.inclusive,
            });
            match rates.iter_mut().find(|t| t.tax_rate_id == rate.id) {
                Some(total) => {
                    total.net_minor += net_minor;
                    total.tax_minor += amount_minor;
                    total.gross_minor += net_minor + amount_minor;
                }
                None => rates.push(RateTotal {
                    tax_rate_id: rate.id.clone(),
                    display_name: rate.display_name.clone(),
                    percentage: rate.percentage,
                    inclusive: rate.inclusive,
                    net_minor,
                    tax_minor: amount_minor,
                    gross_minor: net_minor + amount_minor,
                }),
            }
        }
        discount += line_discount;
        tax_exclusive += line_exclusive;
        tax_inclusive += line_inclusive;
        lines.push(LineAmounts {
            subtotal_minor: to_i64(*line_subtotal, currency)?,
            discount_minor: to_i64(line_discount, currency)?,
            taxes,
            tax_minor: to_i64(line_exclusive + line_inclusive, currency)?,
            total_minor: to_i64(base + line_exclusive, currency)?,
        });
    }
    let items_total = subtotal - discount + tax_exclusive;

    let tip = match input.tip {
        None => 0i128,
        Some(tip) => {
            if tip.currency != currency {
                return Err(PricingError::TipCurrency {
                    tip_currency: tip.currency,
                    sale_currency: currency,
                });
            }
            if tip.amount_minor < 0 {
                return Err(PricingError::NegativeTip);
            }
            let limit = items_total * i128::from(MAX_TIP_PERCENT_OF_SALE) / 100;
            if i128::from(tip.amount_minor) > limit {
                return Err(PricingError::TipTooLarge {
                    tip,
                    sale: Money::new(to_i64(items_total, currency)?, currency),
                    limit: Money::new(to_i64(limit, currency)?, currency),
                });
            }
            i128::from(tip.amount_minor)
        }
    };
    let total = items_total + tip;
    Ok(PriceBreakdown {
        currency,
        lines,
        subtotal_minor: to_i64(subtotal, currency)?,
        discount_minor: to_i64(discount, currency)?,
        tax_minor: to_i64(tax_exclusive + tax_inclusive, currency)?,
        tax_exclusive_minor: to_i64(tax_exclusive, currency)?,
        tax_inclusive_minor: to_i64(tax_inclusive, currency)?,
        rates,
        items_total_minor: to_i64(items_total, currency)?,
        tip_minor: to_i64(tip, currency)?,
        total_minor: to_i64(total, currency)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(id: &str, percent: &str, inclusive: bool) -> TaxRate {
        TaxRate {
            id: id.into(),
            display_name: id.to_uppercase(),
            percentage: Percent::parse(percent).unwrap(),
            inclusive,
        }
    }

    fn line(unit: i64, quantity: u32, rates: &[&str]) -> PricedLine {
        PricedLine {
            unit_amount_minor: unit,
            quantity,
            tax_rate_ids: rates.iter().map(|r| r.to_string()).collect(),
        }
    }

    fn run(
        currency: Currency,
        lines: &[PricedLine],
        rates: &[TaxRate],
        coupon: Option<&Coupon>,
        tip: Option<i64>,
    ) -> Result<PriceBreakdown, PricingError> {
        compute(PricingInput {
            currency,
            lines,
            tax_rates: rates,
            coupon,
            tip: tip.map(|t| Money::new(t, currency)),
        })
    }

    fn percent_coupon(percent: &str) -> Coupon {
        Coupon {
            name: None,
            id: "co_pct".into(),
            value: CouponValue::PercentOff {
                percent: Percent::parse(percent).unwrap(),
            },
        }
    }

    fn amount_coupon(amount: i64, currency: Currency) -> Coupon {
        Coupon {
            name: None,
            id: "co_amt".into(),
            value: CouponValue::AmountOff {
                amount: Money::new(amount, currency),
            },
        }
    }

    #[test]
    fn percentages_parse_with_up_to_four_decimals() {
        assert_eq!(Percent::parse("19").unwrap(), Percent(190_000));
        assert_eq!(Percent::parse("8.875").unwrap(), Percent(88_750));
        assert_eq!(Percent::parse("0.0001").unwrap(), Percent(1));
        assert_eq!(Percent::parse("100").unwrap(), Percent(PERCENT_100));
        for bad in [
            "", "-5", "100.01", "1.23456", "abc", "5.", ".5", "1e2", "1000",
        ] {
            let err = Percent::parse(bad).unwrap_err();
            assert_eq!(err.code(), "invalid_percent", "{bad}");
        }
        assert_eq!(Percent(88_750).to_decimal_string(), "8.875");
        assert_eq!(Percent(88_750).basis_points(), 888);
        assert_eq!(Percent(190_000).basis_points(), 1_900);
        assert_eq!(Percent(190_000).to_decimal_string(), "19");
    }

    /// support.stripe.com, "Inclusive and exclusive tax options in the tax rate API": a €600
    /// price with an exclusive 10 % rate makes an invoice of €660.
    #[test]
    fn exclusive_tax_is_added_on_top() {
        let rates = [rate("txr_vat", "10", false)];
        let b = run(
            Currency::EUR,
            &[line(60_000, 1, &["txr_vat"])],
            &rates,
            None,
            None,
        )
        .unwrap();
        assert_eq!(b.subtotal_minor, 60_000);
        assert_eq!(b.tax_minor, 6_000);
        assert_eq!(b.tax_exclusive_minor, 6_000);
        assert_eq!(b.total_minor, 66_000);
        assert_eq!(b.lines[0].total_minor, 66_000);
        assert_eq!(b.lines[0].taxes[0].taxable_minor, 60_000);
    }

    /// The same page: with an inclusive 10 % rate the total stays €600; the tax inside it is
    /// 600 × 10/110 = 54.5454… → €54.55 (half up), on a net of €545.45.
    #[test]
    fn inclusive_tax_is_carved_out_of_the_price() {
        let rates = [rate("txr_vat", "10", true)];
        let b = run(
            Currency::EUR,
            &[line(60_000, 1, &["txr_vat"])],
            &rates,
            None,
            None,
        )
        .unwrap();
        assert_eq!(b.total_minor, 60_000);
        assert_eq!(b.tax_minor, 5_455);
        assert_eq!(b.tax_inclusive_minor, 5_455);
        assert_eq!(b.tax_exclusive_minor, 0);
        assert_eq!(
            b.rates,
            vec![RateTotal {
                tax_rate_id: "txr_vat".into(),
                display_name: "TXR_VAT".into(),
                percentage: Percent(100_000),
                inclusive: true,
                net_minor: 54_545,
                tax_minor: 5_455,
                gross_minor: 60_000,
            }]
        );
    }

    /// Discounts come before tax: 2 × $12.50 with 10 % off is $22.50, and 8.875 % sales tax on
    /// $22.50 is 1.996875 → $2.00.
    #[test]
    fn tax_is_computed_after_the_discount() {
        let rates = [rate("txr_ny", "8.875", false)];
        let coupon = percent_coupon("10");
        let b = run(
            Currency::USD,
            &[line(1_250, 2, &["txr_ny"])],
            &rates,
            Some(&coupon),
            None,
        )
        .unwrap();
        assert_eq!(b.subtotal_minor, 2_500);
        assert_eq!(b.discount_minor, 250);
        assert_eq!(b.lines[0].taxes[0].taxable_minor, 2_250);
        assert_eq!(b.tax_minor, 200);
        assert_eq!(b.total_minor, 2_450);
    }

    /// A percent coupon is rounded per line: 15 % of 333 = 49.95 → 50 and of 101 = 15.15 → 15.
    #[test]
    fn a_percent_coupon_is_rounded_per_line() {
        let coupon = percent_coupon("15");
        let b = run(
            Currency::USD,
            &[line(333, 1, &[]), line(101, 1, &[])],
            &[],
            Some(&coupon),
            None,
        )
        .unwrap();
        assert_eq!(b.lines[0].discount_minor, 50);
        assert_eq!(b.lines[1].discount_minor, 15);
        assert_eq!(b.discount_minor, 65);
        assert_eq!(b.total_minor, 434 - 65);
    }

    /// $10 off $10 + $20 + $30: shares 1.6667, 3.3333, 5.00 → 1.66, 3.33, 5.00 rounded down,
    /// and the cent left over goes to the largest remainder (the first line).
    #[test]
    fn an_amount_coupon_is_spread_in_proportion_and_adds_up_exactly() {
        let coupon = amount_coupon(1_000, Currency::USD);
        let b = run(
            Currency::USD,
            &[
                line(1_000, 1, &[]),
                line(2_000, 1, &[]),
                line(3_000, 1, &[]),
            ],
            &[],
            Some(&coupon),
            None,
        )
        .unwrap();
        let shares: Vec<i64> = b.lines.iter().map(|l| l.discount_minor).collect();
        assert_eq!(shares, vec![167, 333, 500]);
        assert_eq!(b.discount_minor, 1_000);
        assert_eq!(b.total_minor, 5_000);
    }

    /// Two inclusive rates on one line share the carve-out: ¥1,000 with 10 % and 5 % holds
    /// 1000 × 10/115 = 86.96 → ¥87 and 1000 × 5/115 = 43.48 → ¥43.
    #[test]
    fn several_inclusive_rates_divide_by_their_sum() {
        let rates = [rate("txr_a", "10", true), rate("txr_b", "5", true)];
        let b = run(
            Currency::JPY,
            &[line(1_000, 1, &["txr_a", "txr_b"])],
            &rates,
            None,
            None,
        )
        .unwrap();
        let taxes: Vec<i64> = b.lines[0].taxes.iter().map(|t| t.amount_minor).collect();
        assert_eq!(taxes, vec![87, 43]);
        assert_eq!(b.lines[0].taxes[0].taxable_minor, 870);
        assert_eq!(b.total_minor, 1_000);
    }

    /// Three-decimal currencies charge in steps of 10: 5 % of 1.250 KWD is 0.0625, rounded to
    /// 0.060, so the total 1.310 still ends in 0.
    #[test]
    fn three_decimal_currencies_round_to_their_charge_step() {
        let rates = [rate("txr_k", "5", false)];
        let b = run(
            Currency::KWD,
            &[line(1_250, 1, &["txr_k"])],
            &rates,
            None,
            None,
        )
        .unwrap();
        assert_eq!(b.tax_minor, 60);
        assert_eq!(b.total_minor, 1_310);
        let b = run(
            Currency::KWD,
            &[line(1_250, 1, &["txr_k"])],
            &rates,
            Some(&percent_coupon("7")),
            None,
        )
        .unwrap();
        // 7 % of 1.250 = 0.0875 → 0.090; tax 5 % of 1.160 = 0.058 → 0.060.
        assert_eq!(b.discount_minor, 90);
        assert_eq!(b.tax_minor, 60);
        assert_eq!(b.total_minor % 10, 0);
    }

    #[test]
    fn one_rate_over_several_lines_adds_up_for_the_receipt() {
        let rates = [rate("txr_std", "20", false), rate("txr_red", "5", true)];
        let b = run(
            Currency::GBP,
            &[
                line(999, 1, &["txr_std"]),
                line(250, 3, &["txr_red"]),
                line(1_001, 1, &["txr_std"]),
            ],
            &rates,
            None,
            None,
        )
        .unwrap();
        // 20 % of 9.99 = 1.998 → 2.00; of 10.01 = 2.002 → 2.00; 5 % inside 7.50 = 0.357 → 0.36.
        assert_eq!(b.rates.len(), 2);
        assert_eq!(b.rates[0].tax_rate_id, "txr_std");
        assert_eq!(
            (
                b.rates[0].net_minor,
                b.rates[0].tax_minor,
                b.rates[0].gross_minor
            ),
            (2_000, 400, 2_400)
        );
        assert_eq!(
            (
                b.rates[1].net_minor,
                b.rates[1].tax_minor,
                b.rates[1].gross_minor
            ),
            (714, 36, 750)
        );
        let row = b.rates[0].receipt_row(Currency::GBP);
        assert_eq!(row.name, "TXR_STD");
        assert_eq!(row.rate, 200_000);
        let gbp = |minor| Money::new(minor, Currency::GBP);
        assert_eq!(
            (row.net, row.tax, row.gross),
            (gbp(2_000), gbp(400), gbp(2_400))
        );
        assert_eq!(b.tax_minor, 436);
        assert_eq!(b.total_minor, 999 + 750 + 1_001 + 400);
    }

    #[test]
    fn a_tip_is_neither_discounted_nor_taxed() {
        let rates = [rate("txr", "10", false)];
        let coupon = percent_coupon("50");
        let b = run(
            Currency::USD,
            &[line(2_000, 1, &["txr"])],
            &rates,
            Some(&coupon),
            Some(300),
        )
        .unwrap();
        assert_eq!(b.discount_minor, 1_000);
        assert_eq!(b.tax_minor, 100);
        assert_eq!(b.items_total_minor, 1_100);
        assert_eq!(b.tip_minor, 300);
        assert_eq!(b.total_minor, 1_400);
    }

    #[test]
    fn bad_input_gets_its_own_error() {
        let rates = [rate("txr", "10", false)];
        let lines = [line(1_000, 1, &["txr"])];
        let code = |r: Result<PriceBreakdown, PricingError>| r.unwrap_err().code();
        assert_eq!(
            code(run(Currency::USD, &[], &rates, None, None)),
            "empty_cart"
        );
        assert_eq!(
            code(run(Currency::USD, &[line(1, 0, &[])], &rates, None, None)),
            "zero_quantity"
        );
        assert_eq!(
            code(run(Currency::USD, &[line(-1, 1, &[])], &rates, None, None)),
            "negative_price"
        );
        assert_eq!(
            code(run(
                Currency::USD,
                &[line(1, 1, &["txr_gone"])],
                &rates,
                None,
                None
            )),
            "unknown_tax_rate"
        );
        let euro = amount_coupon(100, Currency::EUR);
        let err = run(Currency::USD, &lines, &rates, Some(&euro), None).unwrap_err();
        assert_eq!(err.code(), "coupon_currency");
        assert!(err.to_string().contains("EUR"), "{err}");
        let big = amount_coupon(1_001, Currency::USD);
        assert_eq!(
            code(run(Currency::USD, &lines, &rates, Some(&big), None)),
            "discount_exceeds_sale"
        );
        assert_eq!(
            code(run(
                Currency::USD,
                &lines,
                &rates,
                Some(&percent_coupon("0")),
                None
            )),
            "empty_coupon"
        );
        assert_eq!(
            code(run(Currency::USD, &lines, &rates, None, Some(-1))),
            "negative_tip"
        );
        // The sale is $11.00: a tip of $11.00 is accepted, a cent more is not.
        assert!(run(Currency::USD, &lines, &rates, None, Some(1_100)).is_ok());
        let err = run(Currency::USD, &lines, &rates, None, Some(1_101)).unwrap_err();
        assert_eq!(err.code(), "tip_too_large");
        let tip_in_yen = compute(PricingInput {
            currency: Currency::USD,
            lines: &lines,
            tax_rates: &rates,
            coupon: None,
            tip: Some(Money::new(100, Currency::JPY)),
        });
        assert_eq!(code(tip_in_yen), "tip_currency");
        assert_eq!(
            code(run(
                Currency::USD,
                &[line(99_999_999, 2, &[])],
                &rates,
                None,
                None
            )),
            "amount_too_large"
        );
        let as_error: crate::Error = PricingError::EmptyCart.into();
        assert_eq!(as_error.wire_code(), "empty_cart");
    }

    #[test]
    fn a_whole_sale_coupon_leaves_nothing_to_tax() {
        let rates = [rate("txr", "19", true)];
        let b = run(
            Currency::EUR,
            &[line(1_000, 2, &["txr"])],
            &rates,
            Some(&amount_coupon(2_000, Currency::EUR)),
            None,
        )
        .unwrap();
        assert_eq!(
            (b.discount_minor, b.tax_minor, b.total_minor),
            (2_000, 0, 0)
        );
    }

    #[test]
    fn every_refusal_is_worded_in_english_as_displayed_and_translated() {
        let usd = |m| Money::new(m, Currency::USD);
        let all = [
            PricingError::EmptyCart,
            PricingError::ZeroQuantity,
            PricingError::NegativePrice,
            PricingError::UnknownTaxRate { id: "txr_1".into() },
            PricingError::InvalidPercent { input: "x".into() },
            PricingError::EmptyCoupon { coupon: "C".into() },
            PricingError::CouponCurrency {
                coupon: "C".into(),
                coupon_currency: Currency::EUR,
                sale_currency: Currency::USD,
            },
            PricingError::DiscountExceedsSale {
                discount: usd(900),
                subtotal: usd(500),
            },
            PricingError::TipCurrency {
                tip_currency: Currency::EUR,
                sale_currency: Currency::USD,
            },
            PricingError::NegativeTip,
            PricingError::TipTooLarge {
                tip: usd(900),
                sale: usd(500),
                limit: usd(500),
            },
            PricingError::TotalTooLarge {
                currency: Currency::USD,
            },
        ];
        for error in &all {
            assert_eq!(error.message(till_i18n::Language::En), error.to_string());
            let german = error.message(till_i18n::Language::De);
            assert_ne!(german, error.to_string(), "{}", error.code());
            assert_eq!(
                error.refusal(till_i18n::Language::De).reason,
                Some(error.code())
            );
        }
        assert!(PricingError::UnknownTaxRate { id: "txr_1".into() }
            .message(till_i18n::Language::De)
            .starts_with("Der Steuersatz txr_1"));
    }
}
