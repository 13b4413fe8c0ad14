//! A sale's figures besides its total, as every view shows them: the subtotal, a row per tax
//! rate (added on top, or included in the prices), the discount and the tip. One wording for
//! the register's cart, History's sale and the customer's screen.

use serde::Serialize;

use crate::i18n::{text, text_with, Arg, Language};
use crate::money::{Currency, Locale, Money};
use crate::store::SalePricing;

/// One tax rate's row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxLineView {
    /// `Sales tax 8.875%`, or `incl. VAT 19%` for a rate inside the prices.
    pub label: String,
    pub amount_display: String,
    pub inclusive: bool,
}

/// The figures above a total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AmountsView {
    pub subtotal_display: String,
    /// `Summer 10 %` (the coupon's name, else `Discount`) and the amount taken off, as
    /// `-$2.00`.
    pub discount: Option<AdjustmentView>,
    pub taxes: Vec<TaxLineView>,
    /// The tip, its own line after everything else.
    pub tip: Option<AdjustmentView>,
}

/// A discount's or a tip's row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdjustmentView {
    pub label: String,
    pub amount_display: String,
}

/// The rows of a sale's figures; `None` when there is nothing besides the total (no tax: a
/// sale from before tax, or one whose items have no rate).
pub fn view(
    pricing: &SalePricing,
    currency: Currency,
    locale: Locale,
    language: Language,
) -> Option<AmountsView> {
    if pricing.taxes.is_empty() && pricing.discount == 0 && pricing.tip == 0 {
        return None;
    }
    let money = |minor: i64| Money::new(minor, currency).format(locale);
    Some(AmountsView {
        subtotal_display: money(pricing.subtotal),
        discount: (pricing.discount > 0).then(|| AdjustmentView {
            label: match &pricing.promotion_code {
                Some(code) => text_with(
                    language,
                    "sale-promotion-code-discount",
                    &[("code", Arg::Text(code))],
                ),
                None => pricing
                    .coupon
                    .as_ref()
                    .and_then(|c| c.name.clone())
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or_else(|| text(language, "sale-discount")),
            },
            amount_display: money(-pricing.discount),
        }),
        tip: (pricing.tip > 0).then(|| AdjustmentView {
            label: text(language, "sale-tip-line"),
            amount_display: money(pricing.tip),
        }),
        taxes: pricing
            .taxes
            .iter()
            .map(|tax| TaxLineView {
                label: rate_label(
                    &tax.display_name,
                    tax.percentage.0,
                    tax.inclusive,
                    locale,
                    language,
                ),
                amount_display: money(tax.tax),
                inclusive: tax.inclusive,
            })
            .collect(),
    })
}

/// A tax rate's words: `Sales tax 8.875%` added on top, `incl. VAT 19%` inside the prices
/// (`percentage` in ten-thousandths of a percent).
pub fn rate_label(
    name: &str,
    percentage: u32,
    inclusive: bool,
    locale: Locale,
    language: Language,
) -> String {
    let id = if inclusive {
        "cart-tax-inclusive"
    } else {
        "cart-tax-exclusive"
    };
    text_with(
        language,
        id,
        &[
            ("name", Arg::Text(name)),
            ("rate", Arg::Text(&locale.format_percent(percentage))),
        ],
    )
}
