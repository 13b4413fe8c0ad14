//! Catalog search at the counter: 10,000 products, searched by name, SKU and barcode, and
//! scanner lookups. Target: ≤ 10 ms per search.
//!
//! Run: `cargo bench --workspace --bench catalog`. Prints a table and writes
//! `target/tmp/bench-results/catalog.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use till_core::catalog::CatalogIndex;
use till_core::money::Currency;
use till_core::store::{CachedPrice, CachedProduct};

const PRODUCTS: usize = 10_000;
const WORDS: [&str; 12] = [
    "Coffee",
    "Latte",
    "Bagel",
    "Mug",
    "Tea",
    "Beans",
    "Cookie",
    "Tote",
    "Croissant",
    "Syrup",
    "Filter",
    "Grinder",
];

fn catalog() -> CatalogIndex {
    let mut products = Vec::with_capacity(PRODUCTS);
    let mut prices = Vec::with_capacity(PRODUCTS);
    for n in 0..PRODUCTS {
        let id = format!("prod_bench_{n:05}");
        products.push(CachedProduct {
            tax_rate: None,
            open_price: false,
            id: id.clone(),
            name: format!(
                "{} {} No. {n}",
                WORDS[n % WORDS.len()],
                WORDS[(n / 12) % WORDS.len()]
            ),
            description: None,
            active: true,
            category: Some(WORDS[n % 5].to_string()),
            sku: Some(format!("SKU-{n:05}")),
            barcode: Some(format!("400{n:010}")),
            metadata: "{}".into(),
        });
        prices.push(CachedPrice {
            id: format!("price_bench_{n:05}"),
            product_id: id,
            currency: "usd".into(),
            unit_amount: 100 + (n as i64 % 5000),
            recurring_interval: None,
            recurring_count: None,
            active: true,
        });
    }
    CatalogIndex::build(&products, &prices)
}

fn measure(runs: usize, mut f: impl FnMut()) -> (Duration, Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], times[runs * 95 / 100], times[runs - 1])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let started = Instant::now();
    let index = catalog();
    let build = started.elapsed();
    println!(
        "Catalog of {} items built in {:.1} ms\n",
        index.len(),
        ms(build)
    );
    let mut results = serde_json::Map::new();
    results.insert("build_ms".into(), serde_json::json!(ms(build)));
    let cases: [(&str, &str); 5] = [
        ("name, common word", "latte"),
        ("name, rare", "mug beans no. 9999"),
        ("sku prefix", "sku-0"),
        ("barcode digits", "0000009876"),
        ("no match", "zzzz"),
    ];
    for (label, query) in cases {
        let mut found = 0;
        let (p50, p95, max) = measure(200, || {
            found = index.search(query, Currency::USD, None, 500).len();
        });
        println!(
            "search {label:<18} {query:<18} p50 {:>6.3} ms  p95 {:>6.3} ms  max {:>6.3} ms  ({found} shown)",
            ms(p50),
            ms(p95),
            ms(max)
        );
        results.insert(
            format!("search_{}", label.replace([',', ' '], "_")),
            serde_json::json!({"query": query, "p50_ms": ms(p50), "p95_ms": ms(p95), "max_ms": ms(max)}),
        );
    }
    let (p50, p95, max) = measure(1000, || {
        assert!(index.lookup_code("4000000009876", Currency::USD).is_some());
    });
    println!(
        "scan   exact barcode                             p50 {:>6.3} ms  p95 {:>6.3} ms  max {:>6.3} ms",
        ms(p50),
        ms(p95),
        ms(max)
    );
    results.insert(
        "scan_exact_barcode".into(),
        serde_json::json!({"p50_ms": ms(p50), "p95_ms": ms(p95), "max_ms": ms(max)}),
    );
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("catalog.json");
    std::fs::write(&path, serde_json::to_string_pretty(&results).unwrap()).unwrap();
    println!("\nwrote {}", path.display());
}
