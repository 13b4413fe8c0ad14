//! Receipts through a fake network printer, decoded back into lines and commands and
//! compared with golden files (`tests/golden/*.txt`; `TILL_UPDATE_GOLDEN=1` rewrites them),
//! and a printer failing each way.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::net::TcpListener;
use std::path::PathBuf;
use std::time::Duration;

use support::decoder::{self, Event};
use support::fake_printer::FakePrinter;
use till_domain::calendar::{Date, LocalDateTime};
use till_domain::money::{Currency, Locale, Money};
use till_domain::receipt::{
    CardDetails, ReceiptDiscount, ReceiptInput, ReceiptKind, ReceiptLine, ReceiptOptions,
    ReceiptRefund, RefundMethod, ShopHeader, TaxRow, Tender,
};
use till_i18n::Language;
use till_print::{
    CodePage, Connection, Job, Paper, PrintError, PrinterConfig, Profile, Stage, Timeouts,
};

fn at(hour: u32, minute: u32) -> LocalDateTime {
    LocalDateTime {
        date: Date::from_ymd(2026, 12, 4).unwrap(),
        hour,
        minute,
    }
}

fn line(quantity: u32, name: &str, unit: Money) -> ReceiptLine {
    ReceiptLine {
        quantity,
        name: name.into(),
        sku: None,
        unit_price: unit,
        line_total: unit.checked_mul(i64::from(quantity)).unwrap(),
    }
}

fn shop() -> ShopHeader {
    ShopHeader {
        name: "Corner Coffee".into(),
        address_lines: vec!["1 Main Street".into(), "Springfield, OR 97477".into()],
        tax_id: Some("93-1234567".into()),
        phone: Some("(541) 555-0100".into()),
    }
}

fn visa() -> CardDetails {
    CardDetails {
        brand: Some("visa".into()),
        last4: Some("4242".into()),
    }
}

fn card_sale() -> ReceiptInput {
    let usd = |minor| Money::new(minor, Currency::USD);
    ReceiptInput {
        shop: shop(),
        number: 1042,
        sale_id: "sale_01JEXAMPLE0000000000000001".into(),
        at: at(9, 41),
        cashier: None,
        lines: vec![
            line(2, "Flat White", usd(450)),
            line(1, "Almond Croissant", usd(375)),
        ],
        discounts: vec![],
        taxes: vec![],
        tip: None,
        total: usd(1275),
        tenders: vec![Tender::Card {
            amount: usd(1275),
            card: visa(),
        }],
        cash_rounding: None,
        refunds: vec![],
        footer: vec!["Thank you!".into(), "Open daily 7-19".into()],
        receipt_url: Some(
            "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8xRXhhbXBsZQ".into(),
        ),
    }
}

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::EUR)
}

fn cash_sale() -> ReceiptInput {
    ReceiptInput {
        shop: ShopHeader {
            name: "Bäckerei Groß".into(),
            address_lines: vec!["Hauptstraße 5".into(), "50667 Köln".into()],
            tax_id: Some("DE123456789".into()),
            phone: None,
        },
        number: 77,
        sale_id: "sale_01JEXAMPLE0000000000000002".into(),
        at: at(17, 5),
        cashier: Some("Jürgen".into()),
        lines: vec![
            line(3, "Brötchen", eur(45)),
            line(1, "Käsekuchen", eur(390)),
        ],
        discounts: vec![ReceiptDiscount {
            label: Some("Stammkunde".into()),
            amount: eur(50),
        }],
        taxes: vec![TaxRow {
            name: "MwSt.".into(),
            rate: 70_000,
            inclusive: true,
            net: eur(439),
            tax: eur(31),
            gross: eur(470),
        }],
        tip: None,
        total: eur(470),
        tenders: vec![Tender::Cash {
            tendered: eur(1000),
            change: eur(530),
        }],
        cash_rounding: None,
        refunds: vec![],
        footer: vec!["Danke für Ihren Einkauf!".into()],
        receipt_url: None,
    }
}

fn split_sale() -> ReceiptInput {
    ReceiptInput {
        shop: ShopHeader {
            name: "Café de la Gare".into(),
            address_lines: vec!["2 place de l'Église".into(), "69002 Lyon".into()],
            tax_id: Some("FR40303265045".into()),
            phone: Some("04 72 00 00 00".into()),
        },
        number: 5,
        sale_id: "sale_01JEXAMPLE0000000000000003".into(),
        at: at(12, 30),
        cashier: None,
        lines: vec![
            line(2, "Croque-monsieur", eur(850)),
            line(1, "Crème brûlée", eur(650)),
        ],
        discounts: vec![],
        taxes: vec![],
        tip: None,
        total: eur(2350),
        tenders: vec![
            Tender::Cash {
                tendered: eur(1000),
                change: eur(0),
            },
            Tender::Card {
                amount: eur(1350),
                card: CardDetails {
                    brand: Some("cartes_bancaires".into()),
                    last4: Some("0003".into()),
                },
            },
        ],
        cash_rounding: None,
        refunds: vec![],
        footer: vec!["Merci et à bientôt !".into()],
        receipt_url: Some(
            "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8yRXhhbXBsZQ".into(),
        ),
    }
}

fn refunded_sale() -> ReceiptInput {
    let mut sale = card_sale();
    sale.refunds = vec![ReceiptRefund {
        amount: Money::new(450, Currency::USD),
        at: Some(at(10, 2)),
        method: Some(RefundMethod::Card(visa())),
    }];
    sale
}

fn gift_sale() -> ReceiptInput {
    let mut sale = split_sale();
    sale.shop.name = "Librería Sol".into();
    sale.shop.address_lines = vec!["Calle Mayor 1".into(), "28013 Madrid".into()];
    sale.lines = vec![
        line(1, "Cien años de soledad", eur(2290)),
        line(2, "Marcapáginas", eur(300)),
    ];
    sale.footer = vec!["Cambios en 30 días con este tique.".into()];
    sale
}

fn jpy(minor: i64) -> Money {
    Money::new(minor, Currency::JPY)
}

fn international_sale() -> ReceiptInput {
    ReceiptInput {
        shop: ShopHeader {
            name: "Kissa Till 喫茶".into(),
            address_lines: vec!["東京都渋谷区 1-2-3".into()],
            tax_id: Some("T1234567890123".into()),
            phone: None,
        },
        number: 9,
        sale_id: "sale_01JEXAMPLE0000000000000004".into(),
        at: at(8, 15),
        cashier: None,
        lines: vec![
            ReceiptLine {
                sku: Some("MATCHA-L".into()),
                ..line(2, "抹茶ラテ（ラージ）", jpy(650))
            },
            line(1, "ほうじ茶", jpy(400)),
            line(
                1,
                "Crème brûlée au caramel beurre salé, édition spéciale",
                jpy(800),
            ),
            line(3, "Grüße aus Köln – Straßenbahn-Ausgabe", jpy(1200)),
        ],
        discounts: vec![],
        taxes: vec![TaxRow {
            name: "消費税".into(),
            rate: 100_000,
            inclusive: true,
            net: jpy(5500),
            tax: jpy(550),
            gross: jpy(6050),
        }],
        tip: None,
        total: jpy(6100),
        tenders: vec![Tender::Cash {
            tendered: jpy(10000),
            change: jpy(3900),
        }],
        cash_rounding: None,
        refunds: vec![],
        footer: vec!["ありがとうございました".into()],
        receipt_url: None,
    }
}

fn options(kind: ReceiptKind, copy: bool, language: Language) -> ReceiptOptions {
    ReceiptOptions {
        kind,
        copy,
        language,
        locale: Locale::for_language(language),
    }
}

fn printer(port: u16, paper: Paper, code_page: CodePage) -> PrinterConfig {
    let mut config = PrinterConfig::network("Counter", "127.0.0.1");
    config.connection = Connection::Network {
        host: "127.0.0.1".into(),
        port,
    };
    config.profile = Profile { paper, code_page };
    config
}

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/{name}.txt"))
}

/// Prints through the fake printer and compares the decoded job with its golden file.
fn check_golden(
    name: &str,
    input: &ReceiptInput,
    options: ReceiptOptions,
    paper: Paper,
    code_page: CodePage,
    job: Job,
) -> Vec<Event> {
    let fake = FakePrinter::start();
    till_print::print_receipt(&printer(fake.port, paper, code_page), input, options, job)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let bytes = fake.bytes();
    let events = decoder::decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let text = decoder::golden(&events, paper.columns()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let path = golden_path(name);
    if std::env::var_os("TILL_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &text).unwrap();
    } else {
        let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} is missing: run with TILL_UPDATE_GOLDEN=1",
                path.display()
            )
        });
        assert_eq!(
            text,
            expected,
            "{name} differs from {} (TILL_UPDATE_GOLDEN=1 rewrites it after a wanted change)",
            path.display()
        );
    }
    events
}

#[test]
fn receipts_match_their_golden_files_on_58_and_80_mm() {
    type Case = (
        &'static str,
        fn() -> ReceiptInput,
        ReceiptKind,
        bool,
        Language,
    );
    let cases: [Case; 6] = [
        (
            "card-sale",
            card_sale,
            ReceiptKind::Sale,
            false,
            Language::En,
        ),
        (
            "cash-sale",
            cash_sale,
            ReceiptKind::Sale,
            false,
            Language::De,
        ),
        (
            "split-sale",
            split_sale,
            ReceiptKind::Sale,
            false,
            Language::Fr,
        ),
        (
            "refund",
            refunded_sale,
            ReceiptKind::Refund,
            true,
            Language::En,
        ),
        ("gift", gift_sale, ReceiptKind::Gift, false, Language::Es),
        (
            "international",
            international_sale,
            ReceiptKind::Sale,
            false,
            Language::Ja,
        ),
    ];
    for (name, input, kind, copy, language) in cases {
        for (paper, suffix) in [(Paper::Mm58, "58"), (Paper::Mm80, "80")] {
            let events = check_golden(
                &format!("{name}-{suffix}"),
                &input(),
                options(kind, copy, language),
                paper,
                CodePage::Pc858,
                Job::default(),
            );
            assert_eq!(events.first(), Some(&Event::Init), "{name}");
            assert_eq!(events.get(1), Some(&Event::CodePage(19)), "{name}: PC858");
            assert_eq!(events.last(), Some(&Event::Cut), "{name}");
            assert_eq!(
                events
                    .iter()
                    .filter(|e| matches!(e, Event::Qr { .. }))
                    .count(),
                1,
                "{name}"
            );
        }
    }
}

#[test]
fn the_qr_code_is_the_card_receipt_or_the_sale_id() {
    let cases = [
        (
            card_sale(),
            ReceiptKind::Sale,
            "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8xRXhhbXBsZQ",
        ),
        (
            card_sale(),
            ReceiptKind::Gift,
            "sale_01JEXAMPLE0000000000000001",
        ),
        (
            cash_sale(),
            ReceiptKind::Sale,
            "sale_01JEXAMPLE0000000000000002",
        ),
    ];
    for (input, kind, payload) in cases {
        let bytes = till_print::receipt_bytes(
            &input,
            options(kind, false, Language::En),
            Profile::default(),
            Job::default(),
            till_print::DrawerPin::Pin2,
        )
        .unwrap();
        let events = decoder::decode(&bytes).unwrap();
        assert!(
            events.iter().any(
                |e| matches!(e, Event::Qr { model: 2, level: 'M', payload: p, .. } if p == payload)
            ),
            "{kind:?}: {events:?}"
        );
    }
}

#[test]
fn a_gift_receipt_shows_no_amount() {
    let bytes = till_print::receipt_bytes(
        &gift_sale(),
        options(ReceiptKind::Gift, false, Language::Es),
        Profile::default(),
        Job::default(),
        till_print::DrawerPin::Pin2,
    )
    .unwrap();
    for event in decoder::decode(&bytes).unwrap() {
        if let Event::Line { text, .. } = event {
            assert!(!text.contains('€') && !text.contains("EUR"), "{text:?}");
        }
    }
}

#[test]
fn japanese_prints_as_kanji_on_a_kanji_printer() {
    let events = check_golden(
        "international-kanji-80",
        &international_sale(),
        options(ReceiptKind::Sale, false, Language::Ja),
        Paper::Mm80,
        CodePage::ShiftJisKanji,
        Job::default(),
    );
    assert!(events.contains(&Event::KanjiOn));
    let text: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Line { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert!(
        text.iter().any(|l| l.starts_with("抹茶ラテ（ラージ）")),
        "{text:#?}"
    );
    assert!(text.iter().any(|l| l.starts_with("合計")), "{text:#?}");
}

#[test]
fn a_cash_sale_can_open_the_drawer_and_so_can_no_sale() {
    let events = check_golden(
        "cash-sale-drawer-80",
        &cash_sale(),
        options(ReceiptKind::Sale, false, Language::De),
        Paper::Mm80,
        CodePage::Pc858,
        Job {
            copies: 2,
            kick_drawer: true,
        },
    );
    assert_eq!(
        events.iter().filter(|e| **e == Event::Cut).count(),
        2,
        "two copies"
    );
    assert_eq!(
        events.last(),
        Some(&Event::Pulse {
            pin: 2,
            on_ms: 50,
            off_ms: 500
        })
    );

    let fake = FakePrinter::start();
    let mut config = printer(fake.port, Paper::Mm58, CodePage::Pc858);
    config.drawer_pin = till_print::DrawerPin::Pin5;
    till_print::kick_drawer(&config).unwrap();
    assert_eq!(
        decoder::decode(&fake.bytes()).unwrap(),
        [Event::Pulse {
            pin: 5,
            on_ms: 50,
            off_ms: 500
        }]
    );
}

#[test]
fn the_test_page_prints() {
    let fake = FakePrinter::start();
    let config = printer(fake.port, Paper::Mm58, CodePage::Pc858);
    till_print::print_test_page(&config).unwrap();
    let events = decoder::decode(&fake.bytes()).unwrap();
    let golden = decoder::golden(&events, 32).unwrap();
    assert!(
        golden.contains(" |Crème brûlée, Grüße, Straße, año|"),
        "{golden}"
    );
    assert!(golden.contains(" |€ £ ¥ ×"), "{golden}");
    assert!(golden.contains(" |[JP]"), "{golden}");
    assert!(
        golden.contains(" |12345678901234567890123456789012|"),
        "{golden}"
    );
}

#[test]
fn what_is_printed_is_what_was_laid_out_character_for_character() {
    // The decoded job's text lines are exactly the laid-out lines: no character reached the
    // printer as bytes of another encoding (the escpos crate's fallback is UTF-8).
    let fixtures: [(fn() -> ReceiptInput, Language); 4] = [
        (cash_sale, Language::De),
        (split_sale, Language::Fr),
        (gift_sale, Language::Es),
        (international_sale, Language::Ja),
    ];
    for (input, language) in fixtures {
        for code_page in [CodePage::Pc858, CodePage::Pc437, CodePage::ShiftJisKanji] {
            let profile = Profile {
                paper: Paper::Mm58,
                code_page,
            };
            let options = options(ReceiptKind::Sale, false, language);
            let expected: Vec<String> = till_print::laid_out(&input(), options, profile)
                .into_iter()
                .filter_map(|laid| match laid {
                    till_domain::receipt::Laid::Line { text, .. } => Some(text),
                    _ => None,
                })
                .collect();
            let bytes = till_print::receipt_bytes(
                &input(),
                options,
                profile,
                Job::default(),
                till_print::DrawerPin::Pin2,
            )
            .unwrap();
            let printed: Vec<String> = decoder::decode(&bytes)
                .unwrap()
                .into_iter()
                .filter_map(|event| match event {
                    Event::Line { text, .. } => Some(text),
                    _ => None,
                })
                .filter(|text| !text.is_empty())
                .collect();
            let expected: Vec<String> = expected.into_iter().filter(|t| !t.is_empty()).collect();
            assert_eq!(printed, expected, "{language:?} on {code_page:?}");
        }
    }
}

#[test]
fn the_receipt_words_are_printed_in_a_language_the_printer_has() {
    let cases = [
        (Language::Ja, CodePage::Pc858, Language::En),
        (Language::Ja, CodePage::ShiftJisKanji, Language::Ja),
        (Language::De, CodePage::Pc858, Language::De),
        (Language::Fr, CodePage::Pc437, Language::Fr),
        (Language::Es, CodePage::Wpc1252, Language::Es),
        (Language::De, CodePage::ShiftJisKanji, Language::De),
    ];
    for (language, code_page, printed) in cases {
        assert_eq!(
            till_print::printed_language(language, code_page),
            printed,
            "{language:?} on {code_page:?}"
        );
    }
}

// ---- failures: each names the printer and says what to do; nothing panics ----

/// A port with nothing listening: bound, then let go.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn quick(mut config: PrinterConfig) -> PrinterConfig {
    config.timeouts = Timeouts {
        connect: Duration::from_millis(500),
        write: Duration::from_millis(300),
    };
    config
}

#[test]
fn a_refused_connection_says_to_check_the_printer_and_its_address() {
    let port = closed_port();
    let config = quick(printer(port, Paper::Mm80, CodePage::Pc858));
    let error = till_print::print_receipt(
        &config,
        &card_sale(),
        options(ReceiptKind::Sale, false, Language::En),
        Job::default(),
    )
    .unwrap_err();
    assert_eq!(error.code(), "printer_refused");
    let message = error.to_string();
    assert!(message.contains("\"Counter\""), "{message}");
    assert!(message.contains(&format!("127.0.0.1:{port}")), "{message}");
    assert!(
        message.contains("switched on") && message.contains("reprint from History"),
        "{message}"
    );
}

#[test]
fn a_printer_that_stops_reading_times_out() {
    // Accepted by the kernel (the backlog) and never read: once both socket buffers are
    // full, the write blocks until the write timeout. The job is larger than any loopback
    // buffer, so the condition is reached, not waited for.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let config = quick(printer(port, Paper::Mm80, CodePage::Pc858));
    let job = vec![b'x'; 64 << 20];
    let error = till_print::send_raw(&config, &job).unwrap_err();
    assert_eq!(
        error,
        PrintError::Timeout {
            printer: "Counter".into(),
            stage: Stage::Write,
            after: Duration::from_millis(300)
        }
    );
    assert!(error
        .to_string()
        .contains("did not answer within 300 ms while sending the receipt"));
    drop(listener);
}

#[test]
fn a_printer_that_hangs_up_mid_job_says_the_receipt_is_incomplete() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let hang_up = std::thread::spawn(move || {
        use std::io::Read;
        let (mut stream, _) = listener.accept().unwrap();
        let mut first = [0u8; 1024];
        stream.read_exact(&mut first).unwrap();
        // Dropped with unread bytes: the kernel resets the connection.
    });
    let config = quick(printer(port, Paper::Mm80, CodePage::Pc858));
    let job = vec![b'x'; 64 << 20];
    let error = till_print::send_raw(&config, &job).unwrap_err();
    hang_up.join().unwrap();
    match &error {
        PrintError::ClosedMidJob {
            printer,
            sent,
            total,
        } => {
            assert_eq!(printer, "Counter");
            assert!(*sent >= 1024 && sent < total, "{sent} of {total}");
        }
        other => panic!("expected ClosedMidJob, got {other:?}"),
    }
    assert_eq!(error.code(), "printer_closed");
    assert!(error.to_string().contains("the receipt is incomplete"));
}

#[test]
fn a_printer_out_of_paper_says_so_before_printing() {
    // Paper end: bits 5 and 6 set in the pattern 0xx1xx10.
    let fake = FakePrinter::answering(Some(0b0111_0010));
    let mut config = quick(printer(fake.port, Paper::Mm80, CodePage::Pc858));
    config.check_paper = true;
    let error = till_print::print_receipt(
        &config,
        &card_sale(),
        options(ReceiptKind::Sale, false, Language::En),
        Job::default(),
    )
    .unwrap_err();
    assert_eq!(error.code(), "printer_out_of_paper");
    assert!(error.to_string().contains("Load a new roll"));
    // Only the status request went out.
    drop(config);
    assert_eq!(
        decoder::decode(&fake.bytes()).unwrap(),
        [Event::StatusRequest(4)]
    );

    // Paper present: the status request, then the receipt.
    let fake = FakePrinter::answering(Some(0b0001_0010));
    let mut config = quick(printer(fake.port, Paper::Mm80, CodePage::Pc858));
    config.check_paper = true;
    till_print::print_receipt(
        &config,
        &card_sale(),
        options(ReceiptKind::Sale, false, Language::En),
        Job::default(),
    )
    .unwrap();
    let events = decoder::decode(&fake.bytes()).unwrap();
    assert_eq!(events.first(), Some(&Event::StatusRequest(4)));
    assert_eq!(events.last(), Some(&Event::Cut));
}

#[test]
fn files_and_devices_say_what_to_fix() {
    let folder = std::env::temp_dir().join(format!("till-print-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("receipt.bin");
    let mut config = PrinterConfig::network("Back office", "unused");
    config.connection = Connection::File { path: path.clone() };
    till_print::print_receipt(
        &config,
        &card_sale(),
        options(ReceiptKind::Sale, true, Language::En),
        Job::default(),
    )
    .unwrap();
    let events = decoder::decode(&std::fs::read(&path).unwrap()).unwrap();
    assert!(events
        .iter()
        .any(|e| matches!(e, Event::Line { text, .. } if text.contains("*** COPY ***"))));
    std::fs::remove_dir_all(&folder).unwrap();

    let cases = [
        (folder.join("gone/receipt.bin"), "the folder does not exist"),
        (
            PathBuf::from("/dev/usb/till-no-such-printer"),
            "is the printer plugged in",
        ),
    ];
    for (path, says) in cases {
        config.connection = Connection::File { path };
        let error = till_print::kick_drawer(&config).unwrap_err();
        assert_eq!(error.code(), "printer_device");
        assert!(error.to_string().contains(says), "{error}");
        assert!(error.to_string().contains("\"Back office\""), "{error}");
    }
}

#[test]
fn a_device_that_never_takes_the_job_times_out() {
    // A named pipe nobody reads: opening it for writing blocks, as a USB printer that is off
    // or jammed can. The answer comes at the timeout; nothing waits on a clock here.
    let folder = std::env::temp_dir().join(format!("till-print-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let fifo = folder.join("lp0");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let mut config = quick(PrinterConfig::network("Counter", "unused"));
    config.connection = Connection::File { path: fifo.clone() };
    let error = till_print::kick_drawer(&config).unwrap_err();
    assert_eq!(
        error,
        PrintError::Timeout {
            printer: "Counter".into(),
            stage: Stage::Write,
            after: Duration::from_millis(800)
        }
    );
    // Let the blocked writer go (open the pipe for reading) before cleaning up.
    let mut reader = std::fs::File::open(&fifo).unwrap();
    let mut pulse = Vec::new();
    std::io::Read::read_to_end(&mut reader, &mut pulse).unwrap();
    assert_eq!(decoder::decode(&pulse).unwrap().len(), 1);
    std::fs::remove_dir_all(&folder).unwrap();
}
