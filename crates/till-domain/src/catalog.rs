//! The register's catalog: products with their prices, searchable by name, SKU or barcode.
//! Pure and in memory: built from the ledger's cache, so the register works offline.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::cart::{CartError, CartItem, Recurring, RecurringInterval};
use crate::money::{Currency, Locale, Money};
use crate::pricing::{PricingError, TaxRate};
use till_i18n::Language;

/// The product metadata key naming a product's tax rates (`txr_…`, several separated by
/// commas): Stripe's products have no tax rate of their own outside Stripe Tax.
pub const TAX_RATE_METADATA_KEY: &str = "tax_rate";

/// The product metadata key that marks an open-price product (`open_price=true`).
pub const OPEN_PRICE_METADATA_KEY: &str = "open_price";

/// A product as the ledger caches it from Stripe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedProduct {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub active: bool,
    pub category: Option<String>,
    pub sku: Option<String>,
    pub barcode: Option<String>,
    /// Its metadata's `tax_rate`: the ids of its tax rates, separated by commas.
    pub tax_rate: Option<String>,
    /// Its metadata's `open_price` is `true`: staff type the amount at the counter (the
    /// price in Stripe is only a placeholder).
    #[serde(default)]
    pub open_price: bool,
    /// The product's whole metadata as JSON.
    pub metadata: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedPrice {
    pub id: String,
    pub product_id: String,
    pub currency: String,
    pub unit_amount: i64,
    /// `day`, `week`, `month` or `year` for a recurring price.
    pub recurring_interval: Option<String>,
    pub recurring_count: Option<i64>,
    pub active: bool,
}

/// One sellable thing: a product at one price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogItem {
    pub product_id: String,
    pub price_id: String,
    pub name: String,
    pub description: Option<String>,
    pub category: Option<String>,
    pub sku: Option<String>,
    pub barcode: Option<String>,
    pub unit_amount: Money,
    pub recurring: Option<Recurring>,
    /// The amount is typed at the counter (`open_price`), not taken from the price.
    pub open_price: bool,
    /// Its tax rates (the product's own, else the shop's default), and a rate it names that
    /// the catalog does not have (archived, or not synced yet: the item can't be sold until
    /// that is mended). `None`: no tax. Boxed, so the search's scan over every item stays
    /// small.
    pub tax: Option<Box<ItemTax>>,
    /// Lowercased name, SKU and barcode, for substring search.
    search_text: String,
}

impl CatalogItem {
    /// The item as a cart line takes it; refused while one of its tax rates is unknown, so
    /// a sale never goes out without a tax the shop set.
    pub fn cart_item(&self) -> Result<CartItem, CartError> {
        if let Some(id) = self.tax.as_ref().and_then(|t| t.missing.as_ref()) {
            return Err(CartError::Pricing(PricingError::UnknownTaxRate {
                id: id.clone(),
            }));
        }
        Ok(CartItem {
            price_id: self.price_id.clone(),
            product_id: self.product_id.clone(),
            name: self.name.clone(),
            unit_amount: self.unit_amount,
            recurring: self.recurring,
            tax_rates: self
                .tax
                .as_ref()
                .map(|t| t.rates.clone())
                .unwrap_or_default(),
        })
    }

    /// `$29.00` or `$29.00 / month`, the schedule in `language`.
    pub fn price_label(&self, locale: Locale, language: Language) -> String {
        let amount = self.unit_amount.format(locale);
        match &self.recurring {
            None => amount,
            Some(r) => r.label_in(&amount, language),
        }
    }
}

/// A catalog item's tax (see [`CatalogItem::tax`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemTax {
    pub rates: Vec<TaxRate>,
    pub missing: Option<String>,
}

/// What the UI shows on a product tile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemView {
    pub price_id: String,
    pub product_id: String,
    pub name: String,
    pub category: Option<String>,
    pub sku: Option<String>,
    pub barcode: Option<String>,
    pub currency: String,
    pub unit_amount: i64,
    pub price_label: String,
    pub recurring: bool,
    /// Staff type its amount (the tile asks).
    pub open_price: bool,
}

#[derive(Debug, Clone, Default)]
pub struct CatalogIndex {
    items: Vec<CatalogItem>,
    /// The shop's default tax rates (resolved; empty without a default), for lines that are
    /// no product of the catalog (Miscellaneous).
    default_rates: Vec<TaxRate>,
    /// Exact barcode or SKU (as typed by a scanner) → item positions.
    codes: HashMap<String, Vec<usize>>,
}

impl CatalogIndex {
    /// Builds the index from cached products and prices, without tax rates.
    pub fn build(products: &[CachedProduct], prices: &[CachedPrice]) -> CatalogIndex {
        CatalogIndex::build_with_tax(products, prices, &[], None)
    }

    /// Builds the index from cached products and prices; prices of unknown or inactive
    /// products, and currencies Till does not know, are left out. Sorted by category, name.
    /// Each item takes its product's tax rates (metadata `tax_rate`), else `default_rate`,
    /// looked up in `tax_rates` (the synced, active ones).
    pub fn build_with_tax(
        products: &[CachedProduct],
        prices: &[CachedPrice],
        tax_rates: &[TaxRate],
        default_rate: Option<&str>,
    ) -> CatalogIndex {
        let by_id: HashMap<&str, &CachedProduct> = products
            .iter()
            .filter(|p| p.active)
            .map(|p| (p.id.as_str(), p))
            .collect();
        let mut items: Vec<CatalogItem> = prices
            .iter()
            .filter(|price| price.active)
            .filter_map(|price| {
                let product = by_id.get(price.product_id.as_str())?;
                let currency = Currency::parse(&price.currency).ok()?;
                let recurring = match price.recurring_interval.as_deref() {
                    None => None,
                    Some(interval) => Some(Recurring {
                        interval: match interval {
                            "day" => RecurringInterval::Day,
                            "week" => RecurringInterval::Week,
                            "month" => RecurringInterval::Month,
                            "year" => RecurringInterval::Year,
                            _ => return None,
                        },
                        interval_count: price
                            .recurring_count
                            .and_then(|c| u32::try_from(c).ok())
                            .unwrap_or(1),
                    }),
                };
                let search_text = [
                    Some(product.name.as_str()),
                    product.sku.as_deref(),
                    product.barcode.as_deref(),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\u{1f}")
                .to_lowercase();
                let (item_rates, missing_tax_rate) =
                    resolve_rates(product.tax_rate.as_deref().or(default_rate), tax_rates);
                Some(CatalogItem {
                    open_price: product.open_price,
                    tax: (!item_rates.is_empty() || missing_tax_rate.is_some()).then(|| {
                        Box::new(ItemTax {
                            rates: item_rates,
                            missing: missing_tax_rate,
                        })
                    }),
                    product_id: product.id.clone(),
                    price_id: price.id.clone(),
                    name: product.name.clone(),
                    description: product.description.clone(),
                    category: product.category.clone(),
                    sku: product.sku.clone(),
                    barcode: product.barcode.clone(),
                    unit_amount: Money::new(price.unit_amount, currency),
                    recurring,
                    search_text,
                })
            })
            .collect();
        items.sort_by(|a, b| {
            (a.category.as_deref(), a.name.as_str(), a.price_id.as_str()).cmp(&(
                b.category.as_deref(),
                b.name.as_str(),
                b.price_id.as_str(),
            ))
        });
        let mut codes: HashMap<String, Vec<usize>> = HashMap::new();
        for (position, item) in items.iter().enumerate() {
            for code in [&item.barcode, &item.sku].into_iter().flatten() {
                codes
                    .entry(code.trim().to_lowercase())
                    .or_default()
                    .push(position);
            }
        }
        let (default_rates, _) = resolve_rates(default_rate, tax_rates);
        CatalogIndex {
            items,
            codes,
            default_rates,
        }
    }

    /// The shop's default tax rates (none without a default).
    pub fn default_rates(&self) -> &[TaxRate] {
        &self.default_rates
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn items(&self) -> &[CatalogItem] {
        &self.items
    }

    pub fn by_price(&self, price_id: &str) -> Option<&CatalogItem> {
        self.items.iter().find(|i| i.price_id == price_id)
    }

    /// The categories of `currency`'s items, sorted.
    pub fn categories(&self, currency: Currency) -> Vec<String> {
        self.items
            .iter()
            .filter(|i| i.unit_amount.currency == currency)
            .filter_map(|i| i.category.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    /// Items in `currency` whose name, SKU or barcode contains `query` (case-insensitive),
    /// optionally of one category; at most `limit`.
    pub fn search(
        &self,
        query: &str,
        currency: Currency,
        category: Option<&str>,
        limit: usize,
    ) -> Vec<&CatalogItem> {
        let needle = query.trim().to_lowercase();
        // One searcher for the query, reused for every item (`str::contains` builds one per
        // item): the search is a scan of every product.
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        self.items
            .iter()
            .filter(|i| i.unit_amount.currency == currency)
            .filter(|i| category.is_none_or(|c| i.category.as_deref() == Some(c)))
            .filter(|i| needle.is_empty() || finder.find(i.search_text.as_bytes()).is_some())
            .take(limit)
            .collect()
    }

    /// The item a scanner's code names: an exact barcode or SKU, preferring `currency`.
    pub fn lookup_code(&self, code: &str, currency: Currency) -> Option<&CatalogItem> {
        let positions = self.codes.get(&code.trim().to_lowercase())?;
        let mut candidates = positions.iter().filter_map(|&p| self.items.get(p));
        let all: Vec<&CatalogItem> = candidates.by_ref().collect();
        all.iter()
            .find(|i| i.unit_amount.currency == currency)
            .or_else(|| all.first())
            .copied()
    }

    /// An item as the register shows it: amounts in `locale`, words in `language`.
    pub fn view(item: &CatalogItem, locale: Locale, language: Language) -> ItemView {
        ItemView {
            price_id: item.price_id.clone(),
            product_id: item.product_id.clone(),
            name: item.name.clone(),
            category: item.category.clone(),
            sku: item.sku.clone(),
            barcode: item.barcode.clone(),
            currency: item.unit_amount.currency.code().to_string(),
            unit_amount: item.unit_amount.amount_minor,
            price_label: item.price_label(locale, language),
            recurring: item.recurring.is_some(),
            open_price: item.open_price,
        }
    }
}

/// The rates named by a comma-separated list of ids, and the first id not among `known`.
fn resolve_rates(ids: Option<&str>, known: &[TaxRate]) -> (Vec<TaxRate>, Option<String>) {
    let mut rates: Vec<TaxRate> = Vec::new();
    for id in ids.unwrap_or("").split(',').map(str::trim) {
        if id.is_empty() || rates.iter().any(|r| r.id == id) {
            continue;
        }
        match known.iter().find(|r| r.id == id) {
            Some(rate) => rates.push(rate.clone()),
            None => return (Vec::new(), Some(id.to_string())),
        }
    }
    (rates, None)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn product(
        id: &str,
        name: &str,
        category: &str,
        sku: &str,
        barcode: &str,
    ) -> CachedProduct {
        CachedProduct {
            id: id.into(),
            name: name.into(),
            description: None,
            active: true,
            category: Some(category.into()),
            sku: Some(sku.into()),
            barcode: Some(barcode.into()),
            tax_rate: None,
            open_price: false,
            metadata: "{}".into(),
        }
    }

    pub fn price(id: &str, product: &str, currency: &str, amount: i64) -> CachedPrice {
        CachedPrice {
            id: id.into(),
            product_id: product.into(),
            currency: currency.into(),
            unit_amount: amount,
            recurring_interval: None,
            recurring_count: None,
            active: true,
        }
    }

    fn index() -> CatalogIndex {
        let products = vec![
            product(
                "prod_latte",
                "Caffè Latte",
                "Coffee",
                "COF-LAT",
                "4006381333931",
            ),
            product(
                "prod_croissant",
                "Croissant",
                "Bakery",
                "BAK-CRO",
                "4006381333948",
            ),
            product(
                "prod_plan",
                "Pro Plan",
                "Memberships",
                "MEM-PRO",
                "4006381333955",
            ),
            CachedProduct {
                active: false,
                ..product("prod_old", "Old Mug", "Merch", "OLD", "1")
            },
        ];
        let mut plan = price("price_plan", "prod_plan", "usd", 2900);
        plan.recurring_interval = Some("month".into());
        plan.recurring_count = Some(1);
        let prices = vec![
            price("price_latte", "prod_latte", "usd", 450),
            price("price_latte_jpy", "prod_latte", "jpy", 500),
            price("price_croissant", "prod_croissant", "usd", 325),
            plan,
            price("price_old", "prod_old", "usd", 100),
            price("price_orphan", "prod_missing", "usd", 100),
        ];
        CatalogIndex::build(&products, &prices)
    }

    #[test]
    fn builds_only_sellable_items_sorted_by_category() {
        let index = index();
        let names: Vec<_> = index.items().iter().map(|i| i.price_id.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "price_croissant",
                "price_latte",
                "price_latte_jpy",
                "price_plan"
            ]
        );
        assert_eq!(
            index.categories(Currency::USD),
            vec!["Bakery", "Coffee", "Memberships"]
        );
        assert_eq!(index.categories(Currency::JPY), vec!["Coffee"]);
    }

    #[test]
    fn searches_name_sku_and_barcode_case_insensitively() {
        let index = index();
        let ids = |q: &str, c| -> Vec<String> {
            index
                .search(q, c, None, 10)
                .iter()
                .map(|i| i.price_id.clone())
                .collect()
        };
        assert_eq!(ids("latte", Currency::USD), vec!["price_latte"]);
        assert_eq!(ids("CAFFÈ", Currency::USD), vec!["price_latte"]);
        assert_eq!(ids("bak-cro", Currency::USD), vec!["price_croissant"]);
        assert_eq!(ids("33393", Currency::USD), vec!["price_latte"]);
        assert_eq!(ids("latte", Currency::JPY), vec!["price_latte_jpy"]);
        assert_eq!(ids("", Currency::USD).len(), 3);
        assert!(ids("nothing", Currency::USD).is_empty());
        assert_eq!(index.search("", Currency::USD, Some("Bakery"), 10).len(), 1);
    }

    #[test]
    fn scanner_codes_find_exact_items_in_the_register_currency() {
        let index = index();
        assert_eq!(
            index
                .lookup_code(" 4006381333931 ", Currency::USD)
                .map(|i| i.price_id.as_str()),
            Some("price_latte")
        );
        assert_eq!(
            index
                .lookup_code("4006381333931", Currency::JPY)
                .map(|i| i.price_id.as_str()),
            Some("price_latte_jpy")
        );
        assert_eq!(
            index
                .lookup_code("cof-lat", Currency::USD)
                .map(|i| i.price_id.as_str()),
            Some("price_latte")
        );
        assert!(index.lookup_code("400638133393", Currency::USD).is_none());
    }

    #[test]
    fn recurring_prices_say_their_interval() {
        let index = index();
        let plan = index.by_price("price_plan").unwrap();
        assert_eq!(
            plan.price_label(Locale::EnglishUnitedStates, Language::En),
            "$29.00 / month"
        );
    }
}
