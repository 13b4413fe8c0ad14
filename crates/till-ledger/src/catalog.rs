//! The catalog cache: Stripe's products and active prices, per mode, so the register
//! works when Stripe is unreachable.

use rusqlite::params;
pub use till_domain::catalog::{CachedPrice, CachedProduct};

use crate::columns::Doing;
use crate::error::Result;
use crate::Ledger;

impl Ledger {
    /// Replaces the cached catalog of `mode` with a fresh sync, in one transaction: a failed
    /// sync leaves the previous cache as it was.
    pub fn replace_catalog(
        &mut self,
        mode: &str,
        products: &[CachedProduct],
        prices: &[CachedPrice],
        tax_rates: &[till_domain::pricing::TaxRate],
        synced_at: i64,
    ) -> Result<()> {
        let doing = "saving the synced catalog";
        let tx = self.conn.transaction().doing(doing)?;
        tx.execute("DELETE FROM catalog_prices WHERE mode = ?1", [mode])
            .and_then(|_| tx.execute("DELETE FROM catalog_products WHERE mode = ?1", [mode]))
            .doing(doing)?;
        {
            let mut insert_product = tx
                .prepare_cached(
                    "INSERT INTO catalog_products (id, mode, name, description, active, category, sku, barcode, metadata, synced_at, tax_rate, open_price)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )
                .doing(doing)?;
            for p in products {
                insert_product
                    .execute(params![
                        p.id,
                        mode,
                        p.name,
                        p.description,
                        p.active,
                        p.category,
                        p.sku,
                        p.barcode,
                        p.metadata,
                        synced_at,
                        p.tax_rate,
                        p.open_price
                    ])
                    .doing(doing)?;
            }
            let mut insert_price = tx
                .prepare_cached(
                    "INSERT INTO catalog_prices (id, mode, product_id, currency, unit_amount, recurring_interval, recurring_count, active, synced_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .doing(doing)?;
            for p in prices {
                insert_price
                    .execute(params![
                        p.id,
                        mode,
                        p.product_id,
                        p.currency,
                        p.unit_amount,
                        p.recurring_interval,
                        p.recurring_count,
                        p.active,
                        synced_at
                    ])
                    .doing(doing)?;
            }
        }
        crate::taxes::replace_tax_rates(&tx, mode, tax_rates, synced_at).doing(doing)?;
        tx.commit().doing(doing)
    }

    /// A product's SKU in `mode`'s cached catalog (its metadata's `sku`), if it has one and is
    /// still cached (a receipt's line shows it).
    pub fn product_sku(&self, mode: &str, product_id: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT sku FROM catalog_products WHERE mode = ?1 AND id = ?2")
            .and_then(|mut s| {
                let mut rows = s.query(params![mode, product_id])?;
                match rows.next()? {
                    Some(row) => row.get::<_, Option<String>>(0),
                    None => Ok(None),
                }
            })
            .doing("reading a product's SKU")
    }

    /// The cached catalog of `mode`: products by name, prices by product.
    pub fn cached_catalog(&self, mode: &str) -> Result<(Vec<CachedProduct>, Vec<CachedPrice>)> {
        let doing = "reading the cached catalog";
        let products = self
            .conn
            .prepare_cached(
                "SELECT id, name, description, active, category, sku, barcode, metadata, tax_rate, open_price FROM catalog_products
                 WHERE mode = ?1 ORDER BY name, id",
            )
            .and_then(|mut s| {
                s.query_map([mode], |row| {
                    Ok(CachedProduct {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        description: row.get(2)?,
                        active: row.get(3)?,
                        category: row.get(4)?,
                        sku: row.get(5)?,
                        barcode: row.get(6)?,
                        metadata: row.get(7)?,
                        tax_rate: row.get(8)?,
                        open_price: row.get(9)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing(doing)?;
        let prices = self
            .conn
            .prepare_cached(
                "SELECT id, product_id, currency, unit_amount, recurring_interval, recurring_count, active
                 FROM catalog_prices WHERE mode = ?1 ORDER BY product_id, currency, id",
            )
            .and_then(|mut s| {
                s.query_map([mode], |row| {
                    Ok(CachedPrice {
                        id: row.get(0)?,
                        product_id: row.get(1)?,
                        currency: row.get(2)?,
                        unit_amount: row.get(3)?,
                        recurring_interval: row.get(4)?,
                        recurring_count: row.get(5)?,
                        active: row.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing(doing)?;
        Ok((products, prices))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product(id: &str) -> CachedProduct {
        CachedProduct {
            id: id.into(),
            name: format!("Product {id}"),
            description: None,
            active: true,
            category: Some("Coffee".into()),
            sku: Some(format!("SKU-{id}")),
            barcode: None,
            tax_rate: None,
            open_price: false,
            metadata: "{}".into(),
        }
    }

    fn price(id: &str, product: &str) -> CachedPrice {
        CachedPrice {
            id: id.into(),
            product_id: product.into(),
            currency: "usd".into(),
            unit_amount: 350,
            recurring_interval: None,
            recurring_count: None,
            active: true,
        }
    }

    #[test]
    fn a_sync_replaces_only_its_own_mode() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .replace_catalog("test", &[product("a")], &[price("pa", "a")], &[], 1)
            .unwrap();
        ledger
            .replace_catalog("training", &[product("b")], &[price("pb", "b")], &[], 1)
            .unwrap();
        ledger
            .replace_catalog("test", &[product("c")], &[price("pc", "c")], &[], 2)
            .unwrap();
        let (test_products, test_prices) = ledger.cached_catalog("test").unwrap();
        assert_eq!(test_products, vec![product("c")]);
        assert_eq!(test_prices, vec![price("pc", "c")]);
        assert_eq!(
            ledger.cached_catalog("training").unwrap().0,
            vec![product("b")]
        );
    }

    #[test]
    fn a_products_sku_is_read_per_mode() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .replace_catalog("test", &[product("a")], &[price("pa", "a")], &[], 1)
            .unwrap();
        assert_eq!(ledger.product_sku("test", "a").unwrap(), product("a").sku);
        assert_eq!(ledger.product_sku("training", "a").unwrap(), None);
        assert_eq!(ledger.product_sku("test", "gone").unwrap(), None);
    }

    #[test]
    fn a_failed_sync_keeps_the_previous_cache() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .replace_catalog("test", &[product("a")], &[price("pa", "a")], &[], 1)
            .unwrap();
        // A price whose product is missing violates the foreign key: the whole sync fails.
        let result = ledger.replace_catalog("test", &[product("b")], &[price("px", "zzz")], &[], 2);
        assert!(result.is_err());
        assert_eq!(ledger.cached_catalog("test").unwrap().0, vec![product("a")]);
    }
}
