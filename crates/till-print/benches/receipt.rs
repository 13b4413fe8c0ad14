//! Receipt benchmarks (issue 17's figures): a receipt built (model → elements → laid out →
//! ESC/POS bytes) ≤ 5 ms, and print → bytes delivered to a fake network printer on
//! 127.0.0.1 p95 ≤ 100 ms (the core's own step from Paid to calling `print_receipt` is not
//! in it: that is the core's to measure once it prints).
//!
//! Run: `cargo bench -p till-print --bench receipt`. Prints a table and writes
//! `target/tmp/bench-results/receipt.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::io::Read;
use std::net::TcpListener;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use till_domain::calendar::LocalDateTime;
use till_domain::money::{Currency, Locale, Money};
use till_domain::receipt::{
    self, CardDetails, ReceiptInput, ReceiptKind, ReceiptLine, ReceiptOptions, ShopHeader, TaxRow,
    Tender,
};
use till_i18n::Language;
use till_print::{Connection, Job, PrinterConfig, PrinterGlyphs, Profile};

/// A long receipt: 40 lines, some wrapping, accents and Japanese.
fn input() -> ReceiptInput {
    let usd = |minor| Money::new(minor, Currency::USD);
    let names = [
        "Flat White",
        "Crème brûlée au caramel beurre salé, édition spéciale",
        "抹茶ラテ（ラージ）",
        "Grüße aus Köln – Straßenbahn-Ausgabe",
    ];
    let lines: Vec<ReceiptLine> = (0..40)
        .map(|n| ReceiptLine {
            quantity: 1 + n % 3,
            name: names[n as usize % names.len()].to_owned(),
            sku: Some(format!("SKU-{n:04}")),
            unit_price: usd(450 + i64::from(n)),
            line_total: usd((450 + i64::from(n)) * i64::from(1 + n % 3)),
        })
        .collect();
    let total = lines.iter().map(|l| l.line_total.amount_minor).sum();
    ReceiptInput {
        shop: ShopHeader {
            name: "Corner Coffee".into(),
            address_lines: vec!["1 Main Street".into(), "Springfield".into()],
            tax_id: Some("93-1234567".into()),
            phone: Some("(541) 555-0100".into()),
        },
        number: 1042,
        sale_id: "sale_01JEXAMPLE0000000000000001".into(),
        at: LocalDateTime::from_utc_ms(1_796_000_000_000, 0),
        cashier: Some("Ana".into()),
        lines,
        discounts: vec![],
        taxes: vec![TaxRow {
            name: "VAT".into(),
            rate: 200_000,
            inclusive: true,
            net: usd(total * 5 / 6),
            tax: usd(total - total * 5 / 6),
            gross: usd(total),
        }],
        tip: None,
        total: usd(total),
        tenders: vec![Tender::Card {
            amount: usd(total),
            card: CardDetails {
                brand: Some("visa".into()),
                last4: Some("4242".into()),
            },
        }],
        cash_rounding: None,
        refunds: vec![],
        footer: vec!["Thank you!".into()],
        receipt_url: Some(
            "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8xRXhhbXBsZQ".into(),
        ),
    }
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
    let input = input();
    let options = ReceiptOptions {
        kind: ReceiptKind::Sale,
        copy: false,
        language: Language::En,
        locale: Locale::EnglishUnitedStates,
    };
    let profile = Profile::default();
    let mut rows = Vec::new();

    rows.push((
        "build (model → elements)",
        measure(500, || {
            std::hint::black_box(receipt::build(&input, options));
        }),
    ));
    let elements = receipt::build(&input, options);
    rows.push((
        "layout, 48 columns, PC858 glyphs",
        measure(500, || {
            // A new glyph cache each time, as each print has.
            let glyphs = PrinterGlyphs::new(profile.code_page);
            std::hint::black_box(receipt::layout(&elements, 48, &glyphs));
        }),
    ));
    rows.push((
        "receipt built: input → ESC/POS bytes",
        measure(500, || {
            std::hint::black_box(
                till_print::receipt_bytes(
                    &input,
                    options,
                    profile,
                    Job::default(),
                    Default::default(),
                )
                .unwrap(),
            );
        }),
    ));

    // Print → bytes delivered: a fake printer reads each connection to its end and reports.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (delivered_tx, delivered) = mpsc::channel::<usize>();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut stream = stream.unwrap();
            let mut bytes = Vec::new();
            stream.read_to_end(&mut bytes).unwrap();
            delivered_tx.send(bytes.len()).unwrap();
        }
    });
    let mut printer = PrinterConfig::network("Bench", "127.0.0.1");
    printer.connection = Connection::Network {
        host: "127.0.0.1".into(),
        port,
    };
    rows.push((
        "print → bytes delivered to the fake printer",
        measure(200, || {
            till_print::print_receipt(&printer, &input, options, Job::default()).unwrap();
            assert!(delivered.recv().unwrap() > 1000);
        }),
    ));

    let mut json = String::from("{\n");
    for (index, (label, (p50, p95, max))) in rows.iter().enumerate() {
        println!(
            "{label:<45} p50 {:>7.3} ms  p95 {:>7.3} ms  max {:>7.3} ms",
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
    println!("\ntargets: receipt built ≤ 5 ms; print → delivered p95 ≤ 100 ms");
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("receipt.json");
    std::fs::write(&path, json).unwrap();
    println!("wrote {}", path.display());
}
