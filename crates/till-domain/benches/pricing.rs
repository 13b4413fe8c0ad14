//! Pricing benchmark (issue 18's figure): a 100-line cart recomputed with tax and a discount
//! ≤ 1 ms — what the till does on every change to a cart (each line with one to three rates,
//! inclusive and exclusive, a percent or an amount coupon, a tip).
//!
//! Run: `cargo bench -p till-domain --bench pricing`. Prints a table and writes
//! `target/tmp/bench-results/pricing.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use till_domain::money::{Currency, Money};
use till_domain::pricing::{
    compute, Coupon, CouponValue, Percent, PricedLine, PricingInput, TaxRate,
};

fn rates() -> Vec<TaxRate> {
    [
        ("txr_vat20", "20", true),
        ("txr_vat7", "7.7", true),
        ("txr_ny", "8.875", false),
        ("txr_gst", "5", false),
        ("txr_pst", "7", false),
    ]
    .iter()
    .map(|(id, p, inclusive)| TaxRate {
        id: (*id).into(),
        display_name: (*id).into(),
        percentage: Percent::parse(p).unwrap(),
        inclusive: *inclusive,
    })
    .collect()
}

fn cart(rates: &[TaxRate]) -> Vec<PricedLine> {
    (0..100u32)
        .map(|n| PricedLine {
            unit_amount_minor: 199 + i64::from(n * 37 % 5_000),
            quantity: 1 + n % 7,
            tax_rate_ids: (0..=(n % 3) as usize)
                .map(|k| rates[(n as usize + k * 2) % rates.len()].id.clone())
                .collect(),
        })
        .collect()
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
    let rates = rates();
    let lines = cart(&rates);
    let percent = Coupon {
        name: None,
        id: "TEN".into(),
        value: CouponValue::PercentOff {
            percent: Percent::parse("12.5").unwrap(),
        },
    };
    let amount = Coupon {
        name: None,
        id: "FIVE".into(),
        value: CouponValue::AmountOff {
            amount: Money::new(5_000, Currency::USD),
        },
    };
    let run = |coupon: Option<&Coupon>| {
        let input = PricingInput {
            currency: Currency::USD,
            lines: &lines,
            tax_rates: &rates,
            coupon,
            tip: Some(Money::new(1_500, Currency::USD)),
        };
        std::hint::black_box(compute(std::hint::black_box(input)).unwrap());
    };
    let rows = [
        ("100 lines, tax only", measure(2_000, || run(None))),
        (
            "100 lines, tax and a percent coupon",
            measure(2_000, || run(Some(&percent))),
        ),
        (
            "100 lines, tax and an amount coupon",
            measure(2_000, || run(Some(&amount))),
        ),
    ];
    let mut json = String::from("{\n");
    for (index, (label, (p50, p95, max))) in rows.iter().enumerate() {
        println!(
            "{label:<40} p50 {:>7.4} ms  p95 {:>7.4} ms  max {:>7.4} ms",
            ms(*p50),
            ms(*p95),
            ms(*max)
        );
        let comma = if index + 1 < rows.len() { "," } else { "" };
        json.push_str(&format!(
            "  \"{label}\": {{\"p50_ms\": {:.4}, \"p95_ms\": {:.4}, \"max_ms\": {:.4}}}{comma}\n",
            ms(*p50),
            ms(*p95),
            ms(*max)
        ));
    }
    json.push_str("}\n");
    println!("\ntarget: a 100-line cart recomputed with tax and discounts ≤ 1 ms");
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("pricing.json");
    std::fs::write(&path, json).unwrap();
    println!("wrote {}", path.display());
}
