//! What a Checkout Session's coupon and tax rates do to its amounts: each line's
//! `amount_discount`, `taxes[]`, `amount_tax` and `amount_total`, and the session's
//! `total_details`. The rules and the pages they follow are in the README ("Tax rates,
//! coupons and promotion codes").
//!
//! Deliberately written apart from Till's own calculator (`till_domain::pricing`): the
//! cross-check test compares the two, so neither may borrow the other's code.

use crate::model::{Coupon, LinePricing, LineTax, TaxRate, HUNDRED_PERCENT};
use crate::money;

/// The whole session's amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionPricing {
    pub lines: Vec<LinePricing>,
    pub amount_subtotal: i64,
    pub amount_discount: i64,
    pub amount_tax: i64,
    pub amount_total: i64,
}

/// `value / divisor`, half up, as a whole number of `step`s (value ≥ 0, divisor > 0).
fn nearest_step(value: u128, divisor: u128, step: u128) -> u128 {
    let whole = divisor * step;
    (value * 2 + whole) / (whole * 2) * step
}

/// The coupon's share of each line; `eligible` says which lines it applies to (a coupon
/// with `applies_to[products]` discounts only those products' lines).
fn discount_shares(
    all_subtotals: &[u128],
    eligible: &[bool],
    coupon: Option<&Coupon>,
    step: u128,
) -> Vec<u128> {
    let Some(coupon) = coupon else {
        return vec![0; all_subtotals.len()];
    };
    // Lines the coupon does not apply to weigh nothing.
    let subtotals: Vec<u128> = all_subtotals
        .iter()
        .zip(eligible)
        .map(|(&amount, &applies)| if applies { amount } else { 0 })
        .collect();
    if let Some(percent) = coupon.percent_off {
        // Percent off: each line on its own, rounded.
        return subtotals
            .iter()
            .map(|&amount| {
                nearest_step(
                    amount * u128::from(percent),
                    u128::from(HUNDRED_PERCENT),
                    step,
                )
                .min(amount)
            })
            .collect();
    }
    let sum: u128 = subtotals.iter().sum();
    let off = coupon
        .amount_off
        .map_or(0, |a| u128::try_from(a).unwrap_or(0))
        .min(sum);
    if sum == 0 || off == 0 {
        return vec![0; subtotals.len()];
    }
    // Amount off: in proportion to the subtotals; the units lost to rounding down go one each
    // to the largest remainders, the earlier line first among equals.
    let mut shares = Vec::with_capacity(subtotals.len());
    let mut remainders = Vec::with_capacity(subtotals.len());
    for (index, &amount) in subtotals.iter().enumerate() {
        shares.push(off * amount / sum);
        remainders.push((off * amount % sum, index));
    }
    let mut missing = off - shares.iter().sum::<u128>();
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, index) in remainders {
        if missing == 0 {
            break;
        }
        shares[index] += 1;
        missing -= 1;
    }
    shares
}

fn to_amount(value: u128) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Prices a session: `items` are `(subtotal, rates, product)` per line, in order.
pub fn price(
    currency: &str,
    items: &[(i64, Vec<&TaxRate>, &str)],
    coupon: Option<&Coupon>,
) -> SessionPricing {
    let step = u128::from(money::charge_step(currency));
    let subtotals: Vec<u128> = items
        .iter()
        .map(|(amount, _, _)| u128::try_from(*amount).unwrap_or(0))
        .collect();
    let eligible: Vec<bool> = items
        .iter()
        .map(|(_, _, product)| {
            coupon
                .and_then(|c| c.applies_to.as_ref())
                .is_none_or(|products| products.iter().any(|p| p == product))
        })
        .collect();
    let shares = discount_shares(&subtotals, &eligible, coupon, step);
    let mut lines = Vec::with_capacity(items.len());
    let (mut discount_sum, mut tax_sum, mut total_sum) = (0u128, 0u128, 0u128);
    for ((subtotal, share), (_, rates, _)) in subtotals.iter().zip(&shares).zip(items) {
        let after_discount = subtotal - share;
        // Inclusive rates sit inside the amount: each takes p / (100 % + all inclusive p).
        let inside: u128 = rates
            .iter()
            .filter(|r| r.inclusive)
            .map(|r| u128::from(r.percentage))
            .sum();
        let mut taxes: Vec<(usize, u128)> = Vec::with_capacity(rates.len());
        for (i, rate) in rates.iter().enumerate() {
            if rate.inclusive {
                let tax = nearest_step(
                    after_discount * u128::from(rate.percentage),
                    u128::from(HUNDRED_PERCENT) + inside,
                    step,
                );
                taxes.push((i, tax));
            }
        }
        let net = after_discount - taxes.iter().map(|(_, t)| t).sum::<u128>();
        let mut added = 0u128;
        for (i, rate) in rates.iter().enumerate() {
            if !rate.inclusive {
                let tax = nearest_step(
                    net * u128::from(rate.percentage),
                    u128::from(HUNDRED_PERCENT),
                    step,
                );
                added += tax;
                taxes.push((i, tax));
            }
        }
        taxes.sort_by_key(|(i, _)| *i);
        let line_tax: u128 = taxes.iter().map(|(_, t)| t).sum();
        let line_total = after_discount + added;
        discount_sum += share;
        tax_sum += line_tax;
        total_sum += line_total;
        lines.push(LinePricing {
            amount_discount: to_amount(*share),
            amount_tax: to_amount(line_tax),
            amount_total: to_amount(line_total),
            taxes: taxes
                .into_iter()
                .map(|(i, amount)| LineTax {
                    rate: rates[i].id.clone(),
                    amount: to_amount(amount),
                    taxable_amount: to_amount(net),
                })
                .collect(),
        });
    }
    SessionPricing {
        lines,
        amount_subtotal: to_amount(subtotals.iter().sum()),
        amount_discount: to_amount(discount_sum),
        amount_tax: to_amount(tax_sum),
        amount_total: to_amount(total_sum),
    }
}
