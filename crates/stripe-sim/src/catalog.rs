//! The seeded demo catalog: deterministic ids (`prod_demo_coffee`, `price_demo_coffee_usd`),
//! metadata `category`, `sku`, `barcode` (EAN-13 with a valid check digit) on every product.

use std::collections::BTreeMap;

use crate::model::{Price, Product, Recurring, State};

/// When the demo catalog was "created": 2025-01-01T00:00:00Z.
pub const SEED_CREATED: i64 = 1_735_689_600;

struct SeedPrice {
    currency: &'static str,
    unit_amount: i64,
    /// Suffix after `price_demo_{slug}_`.
    suffix: &'static str,
    monthly: bool,
}

struct SeedProduct {
    slug: &'static str,
    name: &'static str,
    description: &'static str,
    category: &'static str,
    sku: &'static str,
    /// The first twelve digits of the EAN-13; the check digit is computed.
    ean12: &'static str,
    kind: &'static str,
    prices: &'static [SeedPrice],
}

const fn usd(unit_amount: i64) -> SeedPrice {
    SeedPrice {
        currency: "usd",
        unit_amount,
        suffix: "usd",
        monthly: false,
    }
}

const fn jpy(unit_amount: i64) -> SeedPrice {
    SeedPrice {
        currency: "jpy",
        unit_amount,
        suffix: "jpy",
        monthly: false,
    }
}

const fn eur(unit_amount: i64) -> SeedPrice {
    SeedPrice {
        currency: "eur",
        unit_amount,
        suffix: "eur",
        monthly: false,
    }
}

const SEED: &[SeedProduct] = &[
    SeedProduct {
        slug: "coffee",
        name: "Drip Coffee",
        description: "House blend, 12 oz",
        category: "Coffee",
        sku: "COF-001",
        ean12: "400000000001",
        kind: "good",
        prices: &[usd(350), jpy(450), eur(320)],
    },
    SeedProduct {
        slug: "espresso",
        name: "Espresso",
        description: "Double shot",
        category: "Coffee",
        sku: "COF-002",
        ean12: "400000000002",
        kind: "good",
        prices: &[usd(300), jpy(400)],
    },
    SeedProduct {
        slug: "latte",
        name: "Caffè Latte",
        description: "Espresso with steamed milk, 12 oz",
        category: "Coffee",
        sku: "COF-003",
        ean12: "400000000003",
        kind: "good",
        prices: &[usd(475)],
    },
    SeedProduct {
        slug: "cappuccino",
        name: "Cappuccino",
        description: "Espresso with milk foam, 8 oz",
        category: "Coffee",
        sku: "COF-004",
        ean12: "400000000004",
        kind: "good",
        prices: &[usd(450)],
    },
    SeedProduct {
        slug: "cold_brew",
        name: "Cold Brew",
        description: "Steeped for 18 hours, 16 oz",
        category: "Coffee",
        sku: "COF-005",
        ean12: "400000000005",
        kind: "good",
        prices: &[usd(500)],
    },
    SeedProduct {
        slug: "green_tea",
        name: "Sencha Green Tea",
        description: "Loose-leaf sencha, 12 oz",
        category: "Tea",
        sku: "TEA-001",
        ean12: "400000000101",
        kind: "good",
        prices: &[usd(375), jpy(500)],
    },
    SeedProduct {
        slug: "chai",
        name: "Chai Latte",
        description: "Spiced black tea with steamed milk",
        category: "Tea",
        sku: "TEA-002",
        ean12: "400000000102",
        kind: "good",
        prices: &[usd(495)],
    },
    SeedProduct {
        slug: "croissant",
        name: "Butter Croissant",
        description: "Baked this morning",
        category: "Bakery",
        sku: "BAK-001",
        ean12: "400000000201",
        kind: "good",
        prices: &[usd(375), jpy(350)],
    },
    SeedProduct {
        slug: "muffin",
        name: "Blueberry Muffin",
        description: "With a crumble top",
        category: "Bakery",
        sku: "BAK-002",
        ean12: "400000000202",
        kind: "good",
        prices: &[usd(325)],
    },
    SeedProduct {
        slug: "bagel",
        name: "Everything Bagel",
        description: "With cream cheese",
        category: "Bakery",
        sku: "BAK-003",
        ean12: "400000000203",
        kind: "good",
        prices: &[usd(295)],
    },
    SeedProduct {
        slug: "cookie",
        name: "Chocolate Chip Cookie",
        description: "Sea salt on top",
        category: "Bakery",
        sku: "BAK-004",
        ean12: "400000000204",
        kind: "good",
        prices: &[usd(250)],
    },
    SeedProduct {
        slug: "mug",
        name: "Till Mug",
        description: "Stoneware, 350 ml",
        category: "Merch",
        sku: "MER-001",
        ean12: "400000000301",
        kind: "good",
        prices: &[usd(1800)],
    },
    SeedProduct {
        slug: "tote",
        name: "Canvas Tote Bag",
        description: "Heavy cotton canvas",
        category: "Merch",
        sku: "MER-002",
        ean12: "400000000302",
        kind: "good",
        prices: &[usd(2200)],
    },
    SeedProduct {
        slug: "beans",
        name: "House Blend Beans 250 g",
        description: "Whole beans, medium roast",
        category: "Merch",
        sku: "MER-003",
        ean12: "400000000303",
        kind: "good",
        prices: &[usd(1650), jpy(2000)],
    },
    SeedProduct {
        slug: "pro_plan",
        name: "Pro Plan",
        description: "Unlimited access to all courses",
        category: "Subscriptions",
        sku: "SUB-001",
        ean12: "400000000401",
        kind: "service",
        prices: &[SeedPrice {
            currency: "usd",
            unit_amount: 2900,
            suffix: "monthly",
            monthly: true,
        }],
    },
];

/// The EAN-13 check digit for twelve digits.
pub fn ean13_check_digit(first12: &str) -> Option<u32> {
    if first12.len() != 12 {
        return None;
    }
    let mut sum = 0;
    for (i, c) in first12.chars().enumerate() {
        let digit = c.to_digit(10)?;
        sum += if i % 2 == 0 { digit } else { digit * 3 };
    }
    Some((10 - sum % 10) % 10)
}

fn barcode(first12: &str) -> String {
    match ean13_check_digit(first12) {
        Some(check) => format!("{first12}{check}"),
        None => first12.to_string(),
    }
}

/// Adds the demo catalog to `state`. The first product in the list is the newest, so that
/// listing (newest first) returns the catalog in the order above.
pub fn seed(state: &mut State) {
    let count = SEED.len() as i64;
    // Give the catalog the lowest sequence numbers, reversed, so list order = SEED order.
    let base_seq = state.seq;
    let mut price_offset = 0;
    for (index, seed) in SEED.iter().enumerate() {
        let created = SEED_CREATED + (count - index as i64);
        let product_id = format!("prod_demo_{}", seed.slug);
        let mut metadata = BTreeMap::new();
        metadata.insert("category".to_string(), seed.category.to_string());
        metadata.insert("sku".to_string(), seed.sku.to_string());
        metadata.insert("barcode".to_string(), barcode(seed.ean12));
        let mut default_price = None;
        for price in seed.prices {
            price_offset += 1;
            let price_id = format!("price_demo_{}_{}", seed.slug, price.suffix);
            default_price.get_or_insert_with(|| price_id.clone());
            let mut seeded = Price::new(
                price_id.clone(),
                base_seq + 1000 - price_offset,
                product_id.clone(),
                price.currency.to_string(),
                price.unit_amount,
                created,
            );
            seeded.recurring = price.monthly.then(|| Recurring {
                interval: "month".to_string(),
                interval_count: 1,
            });
            state.prices.insert(price_id, seeded);
        }
        let mut product = Product::new(
            product_id.clone(),
            base_seq + count as u64 - index as u64,
            seed.name.to_string(),
            created,
        );
        product.description = Some(seed.description.to_string());
        product.metadata = metadata;
        product.default_price = default_price;
        product.kind = seed.kind.to_string();
        state.products.insert(product_id, product);
    }
    state.seq = base_seq + 1000;
    state.touch();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits() {
        // 4006381333931 is a well-known valid EAN-13.
        assert_eq!(ean13_check_digit("400638133393"), Some(1));
        assert_eq!(ean13_check_digit("12345"), None);
    }

    #[test]
    fn seed_is_deterministic_and_complete() {
        let mut state = State::default();
        seed(&mut state);
        assert!(state.products.len() >= 12);
        let categories: std::collections::BTreeSet<_> = state
            .products
            .values()
            .map(|p| p.metadata["category"].clone())
            .collect();
        assert!(categories.len() >= 3);
        for product in state.products.values() {
            let barcode = &product.metadata["barcode"];
            assert_eq!(barcode.len(), 13);
            assert_eq!(
                ean13_check_digit(&barcode[..12]),
                barcode[12..].parse::<u32>().ok()
            );
            assert!(!product.metadata["sku"].is_empty());
            let default_price = product.default_price.as_ref().unwrap();
            assert_eq!(state.prices[default_price].product, product.id);
        }
        let coffee = &state.prices["price_demo_coffee_usd"];
        assert_eq!((coffee.unit_amount, coffee.currency.as_str()), (350, "usd"));
        assert_eq!(state.prices["price_demo_coffee_jpy"].currency, "jpy");
        assert_eq!(state.prices["price_demo_coffee_eur"].currency, "eur");
        let pro = &state.prices["price_demo_pro_plan_monthly"];
        assert_eq!(pro.unit_amount, 2900);
        assert_eq!(pro.recurring.as_ref().unwrap().interval, "month");
        let eur_count = state
            .prices
            .values()
            .filter(|p| p.currency == "eur")
            .count();
        assert_eq!(eur_count, 1);
        assert!(
            state
                .prices
                .values()
                .filter(|p| p.currency == "jpy")
                .count()
                >= 3
        );
    }
}
