//! Returns by line: the customer brings back some of what they bought. The owner picks a
//! paid sale's lines and how many of each go back (never more than sold minus already
//! returned); the refund is exactly those lines' amount, to the sale's own tender — by card
//! through Stripe (the same persist-first refund request and idempotency key as any refund)
//! or in cash from the open drawer — and the returned lines are written in the refund's own
//! transaction. A card refund Stripe refuses gives its lines back. An exchange is a return
//! plus a new sale.

use serde::Serialize;

use crate::checkout::Checkout;
use crate::drawer::{amount, Amount};
use crate::error::{Error, Result};
use crate::history::{self, SaleDetailView};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::Money;
use crate::refunds::{self, Ask};
use crate::store::{ReturnLine, ReturnableLineRecord, SaleRecord};
use crate::tender::TenderKind;

/// A sale's lines as the return form shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnableView {
    pub sale_id: String,
    /// `card`, `cash` or `split`: where the money goes back.
    pub tender: String,
    pub lines: Vec<ReturnableLineView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnableLineView {
    pub position: i64,
    pub price_id: String,
    pub name: String,
    pub unit: Amount,
    pub sold: i64,
    pub returned: i64,
    pub returnable: i64,
}

/// The sale and what remains returnable of each of its lines.
async fn sale_and_lines(
    checkout: &Checkout,
    sale_id: String,
) -> Result<(SaleRecord, Vec<ReturnableLineRecord>)> {
    checkout
        .store()
        .call(move |l| Ok((l.require_sale(&sale_id)?, l.returnable_lines(&sale_id)?)))
        .await
}

/// The same for a return: the id as typed without spaces, and the sale refundable (paid).
async fn paid_sale_and_lines(
    checkout: &Checkout,
    sale_id: &str,
) -> Result<(String, SaleRecord, Vec<ReturnableLineRecord>)> {
    let sale_id = sale_id.trim().to_string();
    let (sale, lines) = sale_and_lines(checkout, sale_id.clone()).await?;
    refunds::check_refundable_state(&sale, checkout.settings().language)?;
    Ok((sale_id, sale, lines))
}

/// What can still go back of `sale_id`, line by line.
pub async fn returnable(checkout: &Checkout, sale_id: &str) -> Result<ReturnableView> {
    let (sale, lines) = sale_and_lines(checkout, sale_id.trim().to_string()).await?;
    let locale = checkout.settings().locale;
    Ok(ReturnableView {
        sale_id: sale.id.clone(),
        tender: sale.tender.as_str().to_string(),
        lines: lines
            .iter()
            .map(|line| ReturnableLineView {
                position: line.position,
                price_id: line.price_id.clone(),
                name: line.name.clone(),
                unit: amount(line.unit_amount, sale.currency, locale),
                sold: line.sold,
                returned: line.returned,
                returnable: line.returnable(),
            })
            .collect(),
    })
}

/// What a return would take back and refund, checked exactly as the return is (nothing
/// recorded, Stripe not asked): the window confirms with it before [`return_lines`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnPreview {
    pub sale_id: String,
    /// `card` or `cash`: where the money goes back.
    pub tender: String,
    /// How many items come back, all lines together.
    pub items: i64,
    pub amount: Amount,
}

/// Checks a return of `wanted` (price id, quantity) of `sale_id` and says what it refunds.
pub async fn preview(
    checkout: &Checkout,
    sale_id: &str,
    wanted: &[(String, i64)],
) -> Result<ReturnPreview> {
    let (sale_id, sale, lines) = paid_sale_and_lines(checkout, sale_id).await?;
    if sale.tender == TenderKind::Split {
        return Err(split_refused(&sale_id, checkout.settings().language));
    }
    refuse_adjusted(checkout, &sale_id).await?;
    let (chosen, total) = choose(&sale_id, &lines, wanted, checkout.settings().language)?;
    Ok(ReturnPreview {
        sale_id,
        tender: sale.tender.as_str().to_string(),
        items: chosen.iter().map(|c| c.quantity).sum(),
        amount: amount(total, sale.currency, checkout.settings().locale),
    })
}

/// A sale with a discount or tax added on top is refunded by amount: a line's price is not
/// what its customer paid for it (the discount's share is off it, the tax is on it).
async fn refuse_adjusted(checkout: &Checkout, sale_id: &str) -> Result<()> {
    let id = sale_id.to_string();
    let pricing = checkout.store().call(move |l| l.sale_pricing(&id)).await?;
    if pricing.is_some_and(|p| p.discount > 0 || p.tax_exclusive() > 0) {
        return Err(Error::invalid_input(text_with(
            checkout.settings().language,
            "return-error-adjusted",
            &[("sale", Arg::Text(sale_id))],
        ))
        .with_reason("return_adjusted_sale"));
    }
    Ok(())
}

/// A split sale is refunded by amount (its card and cash parts), not by line.
fn split_refused(sale_id: &str, language: Language) -> Error {
    Error::invalid_input(text_with(
        language,
        "return-error-split",
        &[("sale", Arg::Text(sale_id))],
    ))
    .with_reason("return_split")
}

/// The lines asked for, by price id (`price_…` and a quantity): their positions, checked
/// against what remains returnable, and the amount they come to.
fn choose(
    sale_id: &str,
    lines: &[ReturnableLineRecord],
    wanted: &[(String, i64)],
    language: Language,
) -> Result<(Vec<ReturnLine>, i64)> {
    if wanted.is_empty() {
        return Err(Error::invalid_input(text(language, "return-error-nothing"))
            .with_reason("return_nothing"));
    }
    let mut chosen: Vec<ReturnLine> = Vec::new();
    let mut total: i64 = 0;
    for (price, quantity) in wanted {
        let line = lines.iter().find(|l| &l.price_id == price).ok_or_else(|| {
            Error::invalid_input(text_with(
                language,
                "return-error-unknown-line",
                &[("sale", Arg::Text(sale_id)), ("price", Arg::Text(price))],
            ))
            .with_reason("return_unknown_line")
        })?;
        if *quantity <= 0 {
            return Err(Error::invalid_input(text_with(
                language,
                "return-error-quantity",
                &[("name", Arg::Text(&line.name))],
            ))
            .with_reason("return_quantity_zero"));
        }
        let asked = chosen
            .iter()
            .filter(|c| c.position == line.position)
            .map(|c| c.quantity)
            .sum::<i64>()
            + quantity;
        if asked > line.returnable() {
            return Err(Error::invalid_input(text_with(
                language,
                "return-error-exceeds",
                &[
                    ("asked", Arg::Number(asked)),
                    ("name", Arg::Text(&line.name)),
                    ("sold", Arg::Number(line.sold)),
                    ("returned", Arg::Number(line.returned)),
                    ("left", Arg::Number(line.returnable())),
                ],
            ))
            .with_reason("return_exceeds_sold"));
        }
        total = line
            .unit_amount
            .checked_mul(*quantity)
            .and_then(|a| total.checked_add(a))
            .ok_or_else(|| {
                Error::invalid_input(text(language, "return-error-too-large"))
                    .with_reason("return_exceeds_sold")
            })?;
        chosen.push(ReturnLine {
            position: line.position,
            quantity: *quantity,
        });
    }
    Ok((chosen, total))
}

/// Takes back `wanted` lines of a paid sale (price id, quantity) and refunds exactly their
/// amount to the sale's tender. A split sale is refunded by amount instead (its card and cash
/// parts), so its return is refused with that said. Returns the sale's story afterwards.
pub async fn return_lines(
    checkout: &Checkout,
    sale_id: &str,
    wanted: &[(String, i64)],
    reason: Option<&str>,
) -> Result<SaleDetailView> {
    let (sale_id, sale, lines) = paid_sale_and_lines(checkout, sale_id).await?;
    if sale.tender != TenderKind::Split {
        refuse_adjusted(checkout, &sale_id).await?;
    }
    let (chosen, total) = choose(&sale_id, &lines, wanted, checkout.settings().language)?;
    match sale.tender {
        TenderKind::Card => {
            refunds::refund_card(
                checkout,
                &sale_id,
                Ask::Returns {
                    amount: total,
                    lines: chosen,
                },
                reason,
            )
            .await
        }
        TenderKind::Cash => {
            let lock = checkout.sale_lock(&sale_id)?;
            let _turn = lock.lock().await;
            refunds::give_cash_back(checkout, &sale_id, Money::new(total, sale.currency), chosen)
                .await?;
            history::detail(checkout, &sale_id).await
        }
        TenderKind::Split => Err(split_refused(&sale_id, checkout.settings().language)),
    }
}
