//! Tax: the synced tax rates of the catalog, and each sale's figures (subtotal, discount,
//! tax per rate, tip) as Till computed them and sent them to Stripe.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use till_domain::money::{Currency, Money};
use till_domain::pricing::{Coupon, CouponValue, Percent, PriceBreakdown, TaxRate};

use crate::columns::Doing;
use crate::error::Result;
use crate::Ledger;

/// Tax rates in the catalog cache; products name theirs; sales keep what they were charged.
pub const TAX_SQL: &str = r#"
    ALTER TABLE catalog_products ADD COLUMN tax_rate TEXT;

    CREATE TABLE catalog_tax_rates (
        mode          TEXT NOT NULL CHECK (mode IN ('training', 'test', 'live')),
        id            TEXT NOT NULL,
        display_name  TEXT NOT NULL,
        percentage    INTEGER NOT NULL CHECK (percentage BETWEEN 0 AND 1000000),
        inclusive     INTEGER NOT NULL CHECK (inclusive IN (0, 1)),
        synced_at     INTEGER NOT NULL,
        PRIMARY KEY (mode, id)
    ) STRICT;

    -- The rates a line was sold with (none: a line without tax, or sold before tax existed).
    CREATE TABLE sale_line_taxes (
        sale_id       TEXT NOT NULL REFERENCES sales (id),
        position      INTEGER NOT NULL,
        rank          INTEGER NOT NULL,
        rate_id       TEXT NOT NULL,
        display_name  TEXT NOT NULL,
        percentage    INTEGER NOT NULL CHECK (percentage BETWEEN 0 AND 1000000),
        inclusive     INTEGER NOT NULL CHECK (inclusive IN (0, 1)),
        PRIMARY KEY (sale_id, position, rank)
    ) STRICT;

    -- NULL for a sale recorded before tax existed: its subtotal is its total.
    ALTER TABLE sales ADD COLUMN amount_subtotal INTEGER;
    ALTER TABLE sales ADD COLUMN amount_discount INTEGER NOT NULL DEFAULT 0 CHECK (amount_discount >= 0);
    ALTER TABLE sales ADD COLUMN amount_tax INTEGER NOT NULL DEFAULT 0 CHECK (amount_tax >= 0);
    ALTER TABLE sales ADD COLUMN amount_tip INTEGER NOT NULL DEFAULT 0 CHECK (amount_tip >= 0);

    -- One row per tax rate of a sale: what it was computed on and the tax. Written with the
    -- sale, never changed.
    CREATE TABLE sale_taxes (
        sale_id       TEXT NOT NULL REFERENCES sales (id),
        position      INTEGER NOT NULL,
        rate_id       TEXT NOT NULL,
        display_name  TEXT NOT NULL,
        percentage    INTEGER NOT NULL CHECK (percentage BETWEEN 0 AND 1000000),
        inclusive     INTEGER NOT NULL CHECK (inclusive IN (0, 1)),
        net           INTEGER NOT NULL CHECK (net >= 0),
        tax           INTEGER NOT NULL CHECK (tax >= 0),
        PRIMARY KEY (sale_id, position)
    ) STRICT;
    CREATE TRIGGER sale_line_taxes_no_update BEFORE UPDATE ON sale_line_taxes
        BEGIN SELECT RAISE(ABORT, 'sale_line_taxes is append-only'); END;
    CREATE TRIGGER sale_line_taxes_no_delete BEFORE DELETE ON sale_line_taxes
        BEGIN SELECT RAISE(ABORT, 'sale_line_taxes is append-only'); END;
    CREATE TRIGGER sale_taxes_no_update BEFORE UPDATE ON sale_taxes
        BEGIN SELECT RAISE(ABORT, 'sale_taxes is append-only'); END;
    CREATE TRIGGER sale_taxes_no_delete BEFORE DELETE ON sale_taxes
        BEGIN SELECT RAISE(ABORT, 'sale_taxes is append-only'); END;
"#;

/// One tax rate's figures on one sale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SaleTax {
    pub rate_id: String,
    pub display_name: String,
    pub percentage: Percent,
    pub inclusive: bool,
    /// What the tax was computed on (after the discount, without inclusive tax).
    pub net: i64,
    pub tax: i64,
}

/// A sale's figures besides its total.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SalePricing {
    /// The lines' unit amounts × quantities.
    pub subtotal: i64,
    pub discount: i64,
    /// Inclusive and exclusive tax.
    pub tax: i64,
    pub tip: i64,
    /// Per rate, in the order the rates first appear on the lines.
    pub taxes: Vec<SaleTax>,
    /// The Stripe coupon the discount came from (sent as `discounts[0][coupon]`, or the
    /// coupon behind the promotion code the customer typed).
    pub coupon: Option<SaleCoupon>,
    /// The customer could type a promotion code on Stripe's page (`allow_promotion_codes`):
    /// until the sale is paid its figures are what Till asked; at payment they become what
    /// Stripe charged, and only then are its rates' rows written.
    pub promotion_codes: bool,
    /// The promotion code the customer typed (its code, else its `promo_…` id), once paid.
    pub promotion_code: Option<String>,
}

/// What Stripe charged for a sale whose customer could type a promotion code: the session's
/// `amount_total`, `total_details` and its breakdown per rate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaidFigures {
    pub amount_total: i64,
    pub discount: i64,
    pub tax: i64,
    pub taxes: Vec<SaleTax>,
    pub coupon: Option<SaleCoupon>,
    pub promotion_code: Option<String>,
}

/// The coupon of a sale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SaleCoupon {
    pub id: String,
    pub name: Option<String>,
}

impl SalePricing {
    /// The figures of a computed breakdown and the coupon it applied.
    pub fn of(breakdown: &PriceBreakdown, coupon: Option<&Coupon>) -> SalePricing {
        SalePricing {
            coupon: coupon.map(|c| SaleCoupon {
                id: c.id.clone(),
                name: c.name.clone(),
            }),
            subtotal: breakdown.subtotal_minor,
            discount: breakdown.discount_minor,
            tax: breakdown.tax_minor,
            tip: breakdown.tip_minor,
            taxes: breakdown
                .rates
                .iter()
                .map(|r| SaleTax {
                    rate_id: r.tax_rate_id.clone(),
                    display_name: r.display_name.clone(),
                    percentage: r.percentage,
                    inclusive: r.inclusive,
                    net: r.net_minor,
                    tax: r.tax_minor,
                })
                .collect(),
            promotion_codes: false,
            promotion_code: None,
        }
    }

    /// The tax added on top of prices (the exclusive rates').
    pub fn tax_exclusive(&self) -> i64 {
        self.taxes
            .iter()
            .filter(|t| !t.inclusive)
            .map(|t| t.tax)
            .sum()
    }
}

/// Writes a new sale's figures in the caller's transaction (the sale row exists).
pub(crate) fn insert_sale_pricing(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    pricing: &SalePricing,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "UPDATE sales SET amount_subtotal = ?2, amount_discount = ?3, amount_tax = ?4, amount_tip = ?5,
                          coupon_id = ?6, coupon_name = ?7, promotion_codes = ?8
         WHERE id = ?1",
    )?
    .execute(params![
        sale_id,
        pricing.subtotal,
        pricing.discount,
        pricing.tax,
        pricing.tip,
        pricing.coupon.as_ref().map(|c| c.id.as_str()),
        pricing.coupon.as_ref().and_then(|c| c.name.as_deref()),
        pricing.promotion_codes
    ])?;
    if pricing.promotion_codes {
        // Its rates' rows are written once, with what Stripe charged (`record_paid_figures`).
        return Ok(());
    }
    insert_sale_taxes(tx, sale_id, &pricing.taxes)
}

/// What Stripe charged a sale whose customer could type a promotion code, written in the
/// caller's transaction when the sale is recorded paid: its total, discount, tax, the
/// coupon and code, and its rates' rows (written only now, once).
pub(crate) fn record_paid_figures(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    paid: &PaidFigures,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "UPDATE sales SET amount_total = ?2, amount_discount = ?3, amount_tax = ?4,
                          coupon_id = ?5, coupon_name = ?6, promotion_code = ?7
         WHERE id = ?1 AND promotion_codes = 1",
    )?
    .execute(params![
        sale_id,
        paid.amount_total,
        paid.discount,
        paid.tax,
        paid.coupon.as_ref().map(|c| c.id.as_str()),
        paid.coupon.as_ref().and_then(|c| c.name.as_deref()),
        paid.promotion_code
    ])?;
    insert_sale_taxes(tx, sale_id, &paid.taxes)
}

fn insert_sale_taxes(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    taxes: &[SaleTax],
) -> rusqlite::Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO sale_taxes (sale_id, position, rate_id, display_name, percentage, inclusive, net, tax)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, tax) in taxes.iter().enumerate() {
        insert.execute(params![
            sale_id,
            position as i64,
            tax.rate_id,
            tax.display_name,
            tax.percentage.0,
            tax.inclusive,
            tax.net,
            tax.tax
        ])?;
    }
    Ok(())
}

/// Writes a line's rates in the caller's transaction.
pub(crate) fn insert_line_rates(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    position: i64,
    rates: &[TaxRate],
) -> rusqlite::Result<()> {
    if rates.is_empty() {
        return Ok(());
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO sale_line_taxes (sale_id, position, rank, rate_id, display_name, percentage, inclusive)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (rank, rate) in rates.iter().enumerate() {
        insert.execute(params![
            sale_id,
            position,
            rank as i64,
            rate.id,
            rate.display_name,
            rate.percentage.0,
            rate.inclusive
        ])?;
    }
    Ok(())
}

/// Every line's rates of a sale, by line position.
pub(crate) fn line_rates(
    conn: &rusqlite::Connection,
    sale_id: &str,
) -> rusqlite::Result<Vec<(i64, TaxRate)>> {
    conn.prepare_cached(
        "SELECT position, rate_id, display_name, percentage, inclusive FROM sale_line_taxes
         WHERE sale_id = ?1 ORDER BY position, rank",
    )?
    .query_map([sale_id], |row| {
        Ok((
            row.get(0)?,
            TaxRate {
                id: row.get(1)?,
                display_name: row.get(2)?,
                percentage: Percent(row.get(3)?),
                inclusive: row.get(4)?,
            },
        ))
    })?
    .collect()
}

impl Ledger {
    /// A sale's figures: `None` for a sale recorded before Till computed tax (its subtotal is
    /// its total, with no tax, discount or tip).
    pub fn sale_pricing(&self, sale_id: &str) -> Result<Option<SalePricing>> {
        let doing = "reading a sale's tax";
        let head = self
            .conn
            .prepare_cached(
                "SELECT amount_subtotal, amount_discount, amount_tax, amount_tip, coupon_id, coupon_name,
                        promotion_codes, promotion_code
                 FROM sales WHERE id = ?1 AND amount_subtotal IS NOT NULL",
            )
            .and_then(|mut s| {
                s.query_row([sale_id], |row| {
                    Ok(SalePricing {
                        subtotal: row.get(0)?,
                        discount: row.get(1)?,
                        tax: row.get(2)?,
                        tip: row.get(3)?,
                        taxes: Vec::new(),
                        coupon: row.get::<_, Option<String>>(4)?.map(|id| SaleCoupon {
                            id,
                            name: None,
                        }),
                        promotion_codes: row.get(6)?,
                        promotion_code: row.get(7)?,
                    })
                    .and_then(|mut p: SalePricing| {
                        if let Some(coupon) = p.coupon.as_mut() {
                            coupon.name = row.get(5)?;
                        }
                        Ok(p)
                    })
                })
                .optional()
            })
            .doing(doing)?;
        let Some(mut pricing) = head else {
            return Ok(None);
        };
        pricing.taxes = self
            .conn
            .prepare_cached(
                "SELECT rate_id, display_name, percentage, inclusive, net, tax FROM sale_taxes
                 WHERE sale_id = ?1 ORDER BY position",
            )
            .and_then(|mut s| {
                s.query_map([sale_id], |row| {
                    Ok(SaleTax {
                        rate_id: row.get(0)?,
                        display_name: row.get(1)?,
                        percentage: Percent(row.get(2)?),
                        inclusive: row.get(3)?,
                        net: row.get(4)?,
                        tax: row.get(5)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing(doing)?;
        Ok(Some(pricing))
    }

    /// The synced tax rates of `mode` (the active ones), by name.
    pub fn cached_tax_rates(&self, mode: &str) -> Result<Vec<TaxRate>> {
        self.conn
            .prepare_cached(
                "SELECT id, display_name, percentage, inclusive FROM catalog_tax_rates
                 WHERE mode = ?1 ORDER BY display_name, id",
            )
            .and_then(|mut s| {
                s.query_map([mode], |row| {
                    Ok(TaxRate {
                        id: row.get(0)?,
                        display_name: row.get(1)?,
                        percentage: Percent(row.get(2)?),
                        inclusive: row.get(3)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing("reading the cached tax rates")
    }
}

/// Replaces `mode`'s cached tax rates inside the catalog's transaction.
pub(crate) fn replace_tax_rates(
    tx: &rusqlite::Transaction<'_>,
    mode: &str,
    rates: &[TaxRate],
    synced_at: i64,
) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM catalog_tax_rates WHERE mode = ?1", [mode])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO catalog_tax_rates (mode, id, display_name, percentage, inclusive, synced_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for rate in rates {
        insert.execute(params![
            mode,
            rate.id,
            rate.display_name,
            rate.percentage.0,
            rate.inclusive,
            synced_at
        ])?;
    }
    Ok(())
}

/// Coupons in the catalog cache (the account's, listed at each sync), and the coupon a sale
/// was given.
pub const DISCOUNTS_SQL: &str = r#"
    CREATE TABLE catalog_coupons (
        mode          TEXT NOT NULL CHECK (mode IN ('training', 'test', 'live')),
        id            TEXT NOT NULL,
        name          TEXT,
        -- percent_off in ten-thousandths of a percent, or amount_off in currency's minor units.
        percent       INTEGER CHECK (percent BETWEEN 1 AND 1000000),
        amount        INTEGER CHECK (amount > 0),
        currency      TEXT,
        valid         INTEGER NOT NULL CHECK (valid IN (0, 1)),
        -- It has a redemption limit or a last day at Stripe.
        limited       INTEGER NOT NULL CHECK (limited IN (0, 1)),
        synced_at     INTEGER NOT NULL,
        PRIMARY KEY (mode, id),
        CHECK ((percent IS NULL) <> (amount IS NULL)),
        CHECK ((amount IS NULL) = (currency IS NULL))
    ) STRICT;

    -- Its metadata's open_price: the amount is asked for at the counter.
    ALTER TABLE catalog_products ADD COLUMN open_price INTEGER NOT NULL DEFAULT 0 CHECK (open_price IN (0, 1));

    ALTER TABLE sales ADD COLUMN coupon_id TEXT;
    ALTER TABLE sales ADD COLUMN coupon_name TEXT;
"#;

/// Schema change `0015_promotion_codes`: a card sale may let the customer type a promotion
/// code on Stripe's page; the code typed is kept once the sale is paid.
pub const PROMOTION_CODES_SQL: &str = r#"
    ALTER TABLE sales ADD COLUMN promotion_codes INTEGER NOT NULL DEFAULT 0 CHECK (promotion_codes IN (0, 1));
    ALTER TABLE sales ADD COLUMN promotion_code TEXT;
"#;

/// A coupon as the catalog cache has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedCoupon {
    pub coupon: Coupon,
    /// Stripe's verdict at the last sync: not expired, not used up.
    pub valid: bool,
    /// It has `max_redemptions` or `redeem_by` at Stripe.
    pub limited: bool,
}

impl Ledger {
    /// Replaces `mode`'s cached coupons (one transaction).
    pub fn replace_coupons(
        &mut self,
        mode: &str,
        coupons: &[CachedCoupon],
        synced_at: i64,
    ) -> Result<()> {
        let doing = "saving the synced coupons";
        let tx = self.conn.transaction().doing(doing)?;
        tx.execute("DELETE FROM catalog_coupons WHERE mode = ?1", [mode])
            .doing(doing)?;
        {
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO catalog_coupons (mode, id, name, percent, amount, currency, valid, limited, synced_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .doing(doing)?;
            for cached in coupons {
                let c = &cached.coupon;
                let (percent, amount, currency) = match c.value {
                    CouponValue::PercentOff { percent } => (Some(percent.0), None, None),
                    CouponValue::AmountOff { amount } => (
                        None,
                        Some(amount.amount_minor),
                        Some(amount.currency.code().to_string()),
                    ),
                };
                insert
                    .execute(params![
                        mode,
                        c.id,
                        c.name,
                        percent,
                        amount,
                        currency,
                        cached.valid,
                        cached.limited,
                        synced_at
                    ])
                    .doing(doing)?;
            }
        }
        tx.commit().doing(doing)
    }

    /// One of `mode`'s cached coupons, by id.
    pub fn cached_coupon(&self, mode: &str, id: &str) -> Result<Option<CachedCoupon>> {
        Ok(self
            .cached_coupons(mode)?
            .into_iter()
            .find(|c| c.coupon.id == id))
    }

    /// `mode`'s cached coupons, by name then id.
    pub fn cached_coupons(&self, mode: &str) -> Result<Vec<CachedCoupon>> {
        self.conn
            .prepare_cached(
                "SELECT id, name, percent, amount, currency, valid, limited FROM catalog_coupons
                 WHERE mode = ?1 ORDER BY coalesce(name, id), id",
            )
            .and_then(|mut s| {
                s.query_map([mode], |row| {
                    let percent: Option<u32> = row.get(2)?;
                    let amount: Option<i64> = row.get(3)?;
                    let currency: Option<String> = row.get(4)?;
                    let value = match (percent, amount, currency) {
                        (Some(percent), _, _) => CouponValue::PercentOff {
                            percent: Percent(percent),
                        },
                        (None, Some(amount), Some(code)) => CouponValue::AmountOff {
                            amount: Money::new(
                                amount,
                                Currency::parse(&code).map_err(|e| {
                                    rusqlite::Error::FromSqlConversionFailure(
                                        4,
                                        rusqlite::types::Type::Text,
                                        Box::new(e),
                                    )
                                })?,
                            ),
                        },
                        _ => {
                            return Err(rusqlite::Error::InvalidColumnType(
                                2,
                                "percent".into(),
                                rusqlite::types::Type::Null,
                            ))
                        }
                    };
                    Ok(CachedCoupon {
                        coupon: Coupon {
                            id: row.get(0)?,
                            name: row.get(1)?,
                            value,
                        },
                        valid: row.get(5)?,
                        limited: row.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing("reading the cached coupons")
    }
}
