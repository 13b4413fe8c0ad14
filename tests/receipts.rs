//! Receipts against the whole core and the simulator: a card sale, a cash sale with change
//! and a split sale, each printed to a fake network printer (a loopback listener) and
//! decoded (the total, the tenders, the change, the QR payload, the cut); a printer that
//! refuses the connection leaves the sale as it was and says so; receipt numbers run per
//! till and a reprint keeps its number and is marked as a copy.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use stripe_sim::Fault;
use support::decoder::{decode, Event};
use support::fake_printer::FakePrinter;
use till_core::checkout::Source;
use till_core::drawer::{self, CountInput};
use till_core::receipt::ReceiptKind;
use till_core::receipts::{self, KickReason};
use till_core::settings::ReceiptSettings;
use till_core::tender::DrawerMove;
use till_harness::till::{tillctl, TestTill};

/// Two lattes ($4.75) and a muffin ($3.25): $12.75.
fn ring_up(till: &TestTill) {
    till.register.clear().unwrap();
    till.register.add("price_demo_latte_usd", 2).unwrap();
    till.register.add("price_demo_muffin_usd", 1).unwrap();
}

async fn use_printer(till: &TestTill, connection: &str) {
    let form = ReceiptSettings {
        shop_name: "Corner Café".into(),
        shop_address: "1 Main Street".into(),
        footer: "Thank you!".into(),
        printer_connection: connection.into(),
        ..ReceiptSettings::default()
    };
    receipts::settings_save(till.checkout(), form)
        .await
        .unwrap();
}

async fn open_drawer(till: &TestTill) {
    let float = CountInput {
        pieces: Vec::new(),
        total: "100".into(),
    };
    drawer::open(till.checkout(), till.register.currency(), &float)
        .await
        .unwrap();
}

async fn pay_by_card(till: &TestTill, sale_id: &str) {
    let session_id = till.session_of(sale_id).unwrap();
    till.sim.pay(&session_id, "4242 4242 4242 4242").unwrap();
    let view = till
        .checkout()
        .refresh(sale_id, Source::Poll)
        .await
        .unwrap()
        .expect("Stripe answered");
    assert_eq!(view.state, "paid");
}

/// Prints `sale_id`'s receipt on a fresh fake printer and decodes what it got.
async fn print(till: &TestTill, sale_id: &str, kind: ReceiptKind, copy: bool) -> Vec<Event> {
    let printer = FakePrinter::start();
    use_printer(till, &format!("127.0.0.1:{}", printer.port)).await;
    let printed = receipts::print(till.checkout(), sale_id, kind, copy)
        .await
        .unwrap();
    assert_eq!(printed.sale_id, sale_id);
    decode(&printer.bytes()).unwrap()
}

fn lines(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Line { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn has_line(events: &[Event], starts: &str, ends: &str) -> bool {
    lines(events)
        .iter()
        .any(|l| l.trim_start().starts_with(starts) && l.trim_end().ends_with(ends))
}

fn qr(events: &[Event]) -> Option<String> {
    events.iter().find_map(|e| match e {
        Event::Qr { payload, .. } => Some(payload.clone()),
        _ => None,
    })
}

fn pulses(events: &[Event]) -> usize {
    events
        .iter()
        .filter(|e| matches!(e, Event::Pulse { .. }))
        .count()
}

#[tokio::test]
async fn a_card_sale_prints_its_total_card_and_stripes_receipt_url_and_a_reprint_is_a_copy() {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    let sale = till.register.charge(None).await.unwrap();
    pay_by_card(&till, &sale.id).await;

    let events = print(&till, &sale.id, ReceiptKind::Sale, false).await;
    let text = lines(&events);
    assert!(has_line(&events, "TOTAL", "$12.75"), "{text:#?}");
    assert!(
        text.iter()
            .any(|l| l.contains("Visa") && l.contains("4242")),
        "{text:#?}"
    );
    assert!(text.iter().any(|l| l.contains("Receipt 1")), "{text:#?}");
    assert!(text.iter().any(|l| l.contains("Corner Caf")), "{text:#?}");
    assert!(!text.iter().any(|l| l.contains("COPY")), "{text:#?}");
    let payload = qr(&events).expect("a QR code");
    assert!(
        payload.starts_with("https://pay.stripe.com/receipts/payment/ch_"),
        "the charge's receipt_url: {payload}"
    );
    assert_eq!(events.last(), Some(&Event::Cut));
    assert_eq!(pulses(&events), 0, "a card sale opens no drawer");

    // A reprint keeps its number and is marked as a copy.
    let reprint = print(&till, &sale.id, ReceiptKind::Sale, true).await;
    let text = lines(&reprint);
    assert!(text.iter().any(|l| l.contains("*** COPY ***")), "{text:#?}");
    assert!(text.iter().any(|l| l.contains("Receipt 1")), "{text:#?}");

    // A gift receipt shows no amount.
    let gift = receipts::receipt_view(till.checkout(), &sale.id, ReceiptKind::Gift, false)
        .await
        .unwrap();
    assert_eq!(gift.number, 1);
    assert!(
        !gift.lines.iter().any(|l| l.contains('$')),
        "{:#?}",
        gift.lines
    );
    assert_eq!(
        gift.qr_payload, sale.id,
        "a gift receipt's QR is the sale id"
    );
}

#[tokio::test]
async fn a_cash_sale_prints_tendered_and_change_and_numbers_run_per_till() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    ring_up(&till);
    let first = till.register.pay_cash("20", None).await.unwrap();
    let events = print(&till, &first.sale.id, ReceiptKind::Sale, false).await;
    let text = lines(&events);
    assert!(has_line(&events, "TOTAL", "$12.75"), "{text:#?}");
    assert!(has_line(&events, "Cash", "$20.00"), "{text:#?}");
    assert!(has_line(&events, "CHANGE", "$7.25"), "{text:#?}");
    assert_eq!(qr(&events).as_deref(), Some(first.sale.id.as_str()));
    assert_eq!(
        pulses(&events),
        0,
        "the drawer opened at the sale (kick_drawer), not with its receipt"
    );
    assert!(events.contains(&Event::Cut));

    ring_up(&till);
    let second = till.register.pay_cash("15", None).await.unwrap();
    assert_ne!(second.sale.id, first.sale.id);
    let view = receipts::receipt_view(till.checkout(), &second.sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap();
    assert_eq!(view.number, 2, "the till's next number");
    assert!(view.first);
    let again = receipts::receipt_view(till.checkout(), &first.sale.id, ReceiptKind::Sale, true)
        .await
        .unwrap();
    assert_eq!(again.number, 1, "kept");
    assert!(!again.first);
    assert!(view.lines.iter().all(|l| l.chars().count() <= 48));

    // A reprint never opens the drawer.
    let reprint = print(&till, &first.sale.id, ReceiptKind::Sale, true).await;
    assert_eq!(pulses(&reprint), 0);
}

#[tokio::test]
async fn a_split_sale_prints_its_cash_and_card_parts() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    ring_up(&till);
    let split = till.register.pay_split(&["5"], None).await.unwrap();
    let sale_id = split.sale.id.clone();
    pay_by_card(&till, &sale_id).await;

    let events = print(&till, &sale_id, ReceiptKind::Sale, false).await;
    let text = lines(&events);
    assert!(has_line(&events, "TOTAL", "$12.75"), "{text:#?}");
    assert!(has_line(&events, "Cash", "$5.00"), "{text:#?}");
    assert!(
        text.iter()
            .any(|l| l.contains("Visa") && l.trim_end().ends_with("$7.75")),
        "{text:#?}"
    );
    assert!(qr(&events)
        .unwrap()
        .starts_with("https://pay.stripe.com/receipts/"));
    assert!(events.contains(&Event::Cut));
}

#[tokio::test]
async fn a_printer_that_refuses_leaves_the_sale_unchanged_and_says_so() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    ring_up(&till);
    let sold = till.register.pay_cash("20", None).await.unwrap();
    // A port nobody listens on.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    use_printer(&till, &format!("127.0.0.1:{port}")).await;
    let before = till.ledger().unwrap().require_sale(&sold.sale.id).unwrap();
    let error = receipts::print(till.checkout(), &sold.sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap_err();
    assert_eq!(error.reason, Some("printer_refused"));
    assert!(
        error.message.contains("Receipt printer"),
        "{}",
        error.message
    );
    assert!(
        error.message.contains("reprint from History"),
        "{}",
        error.message
    );
    let after = till.ledger().unwrap().require_sale(&sold.sale.id).unwrap();
    assert_eq!(after, before, "the sale is unchanged");

    // No printer at all: said so, on screen still works.
    use_printer(&till, "").await;
    let none = receipts::print(till.checkout(), &sold.sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap_err();
    assert_eq!(none.reason, Some("no_printer"));
    let view = receipts::receipt_view(till.checkout(), &sold.sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap();
    assert_eq!(view.printer, None);
    assert!(view.lines.iter().all(|l| l.chars().count() <= 48));
}

#[tokio::test]
async fn an_unpaid_sale_has_no_receipt() {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    let sale = till.register.charge(None).await.unwrap();
    let error = receipts::receipt_view(till.checkout(), &sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap_err();
    assert_eq!(error.reason, Some("receipt_not_paid"));
}

#[tokio::test]
async fn tillctl_shows_prints_and_writes_a_receipt_and_prints_a_test_page() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    ring_up(&till);
    let sold = till.register.pay_cash("20", None).await.unwrap();
    let dir = till.dir.path().to_path_buf();
    let base = till.sim.base_url();
    let run = |args: &[&str]| {
        let out = tillctl(&dir, &base, args, &[]).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        (out.status.success(), json)
    };
    let (ok, json) = run(&["receipt", &sold.sale.id, "--text"]);
    assert!(ok, "{json}");
    assert_eq!(json["number"], 1);
    assert!(json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l.as_str().unwrap().contains("$7.25")));

    // No printer set: said so, nothing printed.
    let (ok, json) = run(&["receipt", &sold.sale.id, "--print"]);
    assert!(!ok);
    assert_eq!(json["error"]["code"], "no_printer", "{json}");

    let file = dir.join("receipt.bin");
    let (ok, json) = run(&[
        "receipt",
        &sold.sale.id,
        "--copy",
        "--escpos",
        file.to_str().unwrap(),
    ]);
    assert!(ok, "{json}");
    let events = decode(&std::fs::read(&file).unwrap()).unwrap();
    assert!(lines(&events).iter().any(|l| l.contains("*** COPY ***")));
    assert!(has_line(&events, "TOTAL", "$12.75"));
    assert_eq!(events.last(), Some(&Event::Cut));

    let printer = FakePrinter::start();
    use_printer(&till, &format!("127.0.0.1:{}", printer.port)).await;
    let (ok, json) = run(&["printer", "test"]);
    assert!(ok, "{json}");
    let events = decode(&printer.bytes()).unwrap();
    assert!(events.contains(&Event::Cut));
    assert!(lines(&events).iter().any(|l| l.contains("Receipt printer")));
}

#[tokio::test]
async fn with_stripe_unreachable_a_card_receipt_has_no_card_details_and_the_sale_id_as_its_qr() {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    let sale = till.register.charge(None).await.unwrap();
    pay_by_card(&till, &sale.id).await;
    till.sim.inject_fault(Fault::connection_reset(1000));
    let view = receipts::receipt_view(till.checkout(), &sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap();
    till.sim.clear_faults();
    assert_eq!(view.qr_payload, sale.id, "no receipt_url without Stripe");
    assert!(
        view.lines
            .iter()
            .any(|l| l.trim_start().starts_with("TOTAL") && l.ends_with("$12.75")),
        "{:#?}",
        view.lines
    );
    assert!(
        !view.lines.iter().any(|l| l.contains("4242")),
        "{:#?}",
        view.lines
    );
}

#[tokio::test]
async fn the_customers_email_goes_to_stripe_as_receipt_email_and_a_bad_one_is_refused_with_nothing_sent(
) {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    let error = till
        .register
        .charge(Some("guest at example.com"))
        .await
        .unwrap_err();
    assert_eq!(error.reason, Some("invalid_email"));
    assert!(
        error.message.contains("is not an email address"),
        "{}",
        error.message
    );

    // The same draft, with the address typed again: one sale, one session, carrying it.
    let sale = till
        .register
        .charge(Some(" guest@example.com "))
        .await
        .unwrap();
    assert_eq!(sale.customer_email.as_deref(), Some("guest@example.com"));
    assert_eq!(sale.tender, "card");
    assert_eq!(till.sessions_at_stripe(&sale.id).await.unwrap(), 1);
    let timeline = till.ledger().unwrap().timeline(&sale.id).unwrap();
    assert_eq!(
        timeline.iter().filter(|e| e.kind == "created").count(),
        1,
        "the refused charge recorded nothing: {timeline:#?}"
    );
    pay_by_card(&till, &sale.id).await;
    let session = till
        .sim
        .session(&till.session_of(&sale.id).unwrap())
        .unwrap();
    assert_eq!(session["customer_email"], "guest@example.com");
    let pi = &session["payment_intent"];
    assert_eq!(pi["receipt_email"], "guest@example.com", "{pi:#}");
    // The charge carries it too (the simulator's, as Stripe's: test mode sends no email).
    let charge_id = pi["latest_charge"].as_str().unwrap().to_string();
    let charge = till
        .sim
        .events()
        .into_iter()
        .find(|e| {
            e["type"] == "charge.succeeded" && e["data"]["object"]["id"] == charge_id.as_str()
        })
        .unwrap();
    assert_eq!(
        charge["data"]["object"]["receipt_email"],
        "guest@example.com"
    );

    // Without an email no receipt_email is sent.
    ring_up(&till);
    let plain = till.register.charge(None).await.unwrap();
    pay_by_card(&till, &plain.id).await;
    let session = till
        .sim
        .session(&till.session_of(&plain.id).unwrap())
        .unwrap();
    assert!(session["payment_intent"]["receipt_email"].is_null());
}

/// Settings with a printer at `connection`, printing `print_mode`, opening the drawer or not.
async fn use_printer_with(till: &TestTill, connection: &str, print_mode: &str, kick: bool) {
    let form = ReceiptSettings {
        printer_connection: connection.into(),
        print_mode: print_mode.into(),
        kick_drawer: kick,
        ..ReceiptSettings::default()
    };
    receipts::settings_save(till.checkout(), form)
        .await
        .unwrap();
}

#[tokio::test]
async fn the_drawer_opens_through_the_printer_after_cash_and_on_no_sale_and_a_failed_kick_changes_nothing(
) {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    let currency = till.register.currency();

    // No printer: nothing to open it with, said so.
    let none = receipts::kick_drawer(till.checkout(), KickReason::CashSale)
        .await
        .unwrap();
    assert_eq!((none.opened, none.skipped), (false, Some("no_printer")));

    // A cash sale with printing "never": the drawer still opens, with the pulse alone.
    ring_up(&till);
    let sold = till.register.pay_cash("20", None).await.unwrap();
    let printer = FakePrinter::start();
    let address = format!("127.0.0.1:{}", printer.port);
    use_printer_with(&till, &address, "never", true).await;
    let kick = receipts::kick_drawer(till.checkout(), KickReason::CashSale)
        .await
        .unwrap();
    assert!(kick.opened);
    assert_eq!(kick.printer.as_deref(), Some(address.as_str()));
    let events = decode(&printer.bytes()).unwrap();
    assert_eq!(pulses(&events), 1, "{events:?}");
    assert!(lines(&events).is_empty(), "no paper for a kick: {events:?}");
    assert!(!events.contains(&Event::Cut));

    // Printing that sale's receipt (first or again) never opens the drawer again.
    for copy in [false, true] {
        let receipt = print(&till, &sold.sale.id, ReceiptKind::Sale, copy).await;
        assert_eq!(pulses(&receipt), 0, "copy: {copy}");
    }

    // No sale: recorded, then the drawer opens.
    let printer = FakePrinter::start();
    use_printer_with(&till, &format!("127.0.0.1:{}", printer.port), "ask", true).await;
    drawer::movement(till.checkout(), currency, DrawerMove::NoSale, "", "")
        .await
        .unwrap();
    let kick = receipts::kick_drawer(till.checkout(), KickReason::NoSale)
        .await
        .unwrap();
    assert!(kick.opened);
    assert_eq!(pulses(&decode(&printer.bytes()).unwrap()), 1);

    // Settings say not to open it: nothing is sent.
    use_printer_with(&till, "127.0.0.1:9", "ask", false).await;
    let off = receipts::kick_drawer(till.checkout(), KickReason::NoSale)
        .await
        .unwrap();
    assert_eq!((off.opened, off.skipped), (false, Some("kick_off")));

    // A printer that refuses: the error names it and says the sale stays as recorded;
    // the sale and the drawer are unchanged.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    use_printer_with(&till, &format!("127.0.0.1:{port}"), "auto", true).await;
    let sale_before = till.ledger().unwrap().require_sale(&sold.sale.id).unwrap();
    let drawer_before = drawer::status(till.checkout(), currency).await.unwrap();
    let error = receipts::kick_drawer(till.checkout(), KickReason::CashSale)
        .await
        .unwrap_err();
    assert_eq!(error.reason, Some("printer_refused"));
    assert!(
        error.message.starts_with("The cash drawer did not open.")
            && error.message.contains("Receipt printer")
            && error
                .message
                .contains("The sale is recorded and stays as it is"),
        "{}",
        error.message
    );
    assert_eq!(
        till.ledger().unwrap().require_sale(&sold.sale.id).unwrap(),
        sale_before
    );
    assert_eq!(
        drawer::status(till.checkout(), currency).await.unwrap(),
        drawer_before
    );

    // tillctl (its own till, so its own drawer): a no sale opens the drawer too, and says
    // so on stderr.
    let opened = tillctl(
        till.dir.path(),
        &till.sim.base_url(),
        &["drawer", "open", "--float", "5"],
        &[],
    )
    .unwrap();
    assert!(opened.status.success());
    let printer = FakePrinter::start();
    use_printer_with(&till, &format!("127.0.0.1:{}", printer.port), "ask", true).await;
    let out = tillctl(
        till.dir.path(),
        &till.sim.base_url(),
        &["drawer", "no-sale"],
        &[],
    )
    .unwrap();
    assert!(
        out.status.success(),
        "{} {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("The drawer opened"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(pulses(&decode(&printer.bytes()).unwrap()), 1);
}

#[tokio::test]
async fn the_code_page_and_drawer_pin_in_settings_are_what_the_printer_gets() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    ring_up(&till);
    let sold = till.register.pay_cash("20", None).await.unwrap();
    let settings = |port: u16| ReceiptSettings {
        shop_name: "Café Zoë".into(),
        printer_connection: format!("127.0.0.1:{port}"),
        code_page: "pc437".into(),
        drawer_pin: "5".into(),
        ..ReceiptSettings::default()
    };

    let printer = FakePrinter::start();
    receipts::settings_save(till.checkout(), settings(printer.port))
        .await
        .unwrap();
    receipts::print(till.checkout(), &sold.sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap();
    let events = decode(&printer.bytes()).unwrap();
    // PC437 is ESC t 0 (PC858, the default, is 19), and é and ë print as themselves.
    assert!(events.contains(&Event::CodePage(0)), "{events:?}");
    assert!(!events.contains(&Event::CodePage(19)), "{events:?}");
    assert!(lines(&events).iter().any(|l| l.contains("Café Zoë")));

    let printer = FakePrinter::start();
    receipts::settings_save(till.checkout(), settings(printer.port))
        .await
        .unwrap();
    receipts::kick_drawer(till.checkout(), KickReason::NoSale)
        .await
        .unwrap();
    assert_eq!(
        decode(&printer.bytes()).unwrap(),
        [Event::Pulse {
            pin: 5,
            on_ms: 50,
            off_ms: 500
        }]
    );

    // A code page till-print does not have is refused, naming the choices; nothing changes.
    let before = receipts::settings_get(till.checkout()).await.unwrap();
    let error = receipts::settings_save(
        till.checkout(),
        ReceiptSettings {
            code_page: "utf-8".into(),
            ..before.clone()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(error.reason, Some("invalid_code_page"));
    assert!(error.message.contains("pc858"), "{}", error.message);
    assert_eq!(
        receipts::settings_get(till.checkout()).await.unwrap(),
        before
    );
}

#[tokio::test]
async fn historys_reprint_is_a_copy_only_when_the_sale_had_a_receipt_before() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    ring_up(&till);
    let sold = till.register.pay_cash("20", None).await.unwrap();
    // Printing "never": the sale has no receipt yet, so History's first is the original.
    let first = receipts::reprint_view(till.checkout(), &sold.sale.id, ReceiptKind::Sale)
        .await
        .unwrap();
    assert!(first.first);
    assert!(!first.copy);
    assert!(
        !first.lines.iter().any(|l| l.contains("COPY")),
        "{:#?}",
        first.lines
    );
    assert_eq!(first.number, 1);
    // From then on it is a copy, with the same number.
    let again = receipts::reprint_view(till.checkout(), &sold.sale.id, ReceiptKind::Sale)
        .await
        .unwrap();
    assert!(!again.first);
    assert!(again.copy);
    assert!(again.lines.iter().any(|l| l.contains("*** COPY ***")));
    assert_eq!(again.number, 1);
    // And printed as it was shown: a copy, with no drawer pulse.
    let events = print(&till, &sold.sale.id, ReceiptKind::Sale, again.copy).await;
    assert!(lines(&events).iter().any(|l| l.contains("*** COPY ***")));
    assert_eq!(pulses(&events), 0);
}

#[tokio::test]
async fn a_lines_catalog_sku_stands_in_for_a_name_the_printer_cannot_print() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    let made = till_core::catalog_admin::create_product(
        &till.register,
        &till_core::catalog_admin::ProductInput {
            name: "抹茶ラテ".into(),
            amount: "5.25".into(),
            currency: "USD".into(),
            sku: Some("TEA-009".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(made.synced.is_some(), "the catalog was synced");
    till.register.clear().unwrap();
    till.register
        .add(made.price_id.as_deref().unwrap(), 1)
        .unwrap();
    let sold = till.register.pay_cash("10", None).await.unwrap();
    // PC858 (the default) has no Japanese: the catalog's SKU is printed instead of [JP].
    let events = print(&till, &sold.sale.id, ReceiptKind::Sale, false).await;
    let text = lines(&events);
    assert!(has_line(&events, "TEA-009", "$5.25"), "{text:#?}");
    assert!(!text.iter().any(|l| l.contains("[JP]")), "{text:#?}");
    // On screen the name itself shows.
    let view = receipts::receipt_view(till.checkout(), &sold.sale.id, ReceiptKind::Sale, true)
        .await
        .unwrap();
    assert!(
        view.lines.iter().any(|l| l.contains("抹茶ラテ")),
        "{:#?}",
        view.lines
    );
}

/// The customer's screen's receipt code: a card sale's is Stripe's receipt page, a cash sale's
/// its id (as the printed receipt's QR), an unpaid sale has none; looking it up makes no
/// receipt (the first receipt printed afterwards is still the original, number 1).
#[tokio::test]
async fn the_receipt_qr_for_the_customer_screen_makes_no_receipt() {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    let card = till.register.charge(None).await.unwrap();
    let unpaid = receipts::receipt_qr(till.checkout(), &card.id)
        .await
        .unwrap_err();
    assert_eq!(unpaid.reason, Some("receipt_not_paid"));
    pay_by_card(&till, &card.id).await;
    let payload = receipts::receipt_qr(till.checkout(), &card.id)
        .await
        .unwrap();
    assert!(
        payload.starts_with("https://pay.stripe.com/receipts/payment/ch_"),
        "the charge's receipt_url: {payload}"
    );
    open_drawer(&till).await;
    ring_up(&till);
    let cash = till.register.pay_cash("20", None).await.unwrap();
    assert_eq!(
        receipts::receipt_qr(till.checkout(), &cash.sale.id)
            .await
            .unwrap(),
        cash.sale.id
    );
    let view = receipts::receipt_view(till.checkout(), &card.id, ReceiptKind::Sale, false)
        .await
        .unwrap();
    assert_eq!((view.number, view.first), (1, true), "no number was taken");
    assert_eq!(view.qr_payload, payload, "the printed receipt's own code");
}

/// A receipt's and the printer's refusals speak the till's language; the reason codes the
/// window branches on are the same in every language.
#[tokio::test]
async fn receipt_and_printer_refusals_are_explained_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till).await;
    ring_up(&till);
    let sold = till.register.pay_cash("20", None).await.unwrap();
    let mut settings = till_harness::till::test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german =
        till_harness::till::register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let none = receipts::print(german.checkout(), &sold.sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap_err();
    assert_eq!(
        (none.wire_code(), none.message.as_str()),
        (
            "no_printer",
            "Es ist kein Belegdrucker festgelegt. Legen Sie einen unter Einstellungen → Belege fest (z. B. 192.168.1.50:9100), oder zeigen Sie den Beleg am Bildschirm."
        )
    );
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    use_printer(&till, &format!("127.0.0.1:{port}")).await;
    let refused = receipts::print(german.checkout(), &sold.sale.id, ReceiptKind::Sale, false)
        .await
        .unwrap_err();
    assert_eq!(refused.wire_code(), "printer_refused");
    assert_eq!(
        refused.message,
        format!(
            "Der Drucker „Receipt printer“ unter 127.0.0.1:{port} hat die Verbindung abgelehnt. Prüfen Sie, ob er eingeschaltet ist und ob Adresse und Port (meist 9100) in den Einstellungen stimmen, und drucken Sie dann aus dem Verlauf erneut. Der Verkauf ist erfasst; das Drucken hat nichts daran geändert."
        )
    );
    ring_up(&till);
    let waiting = till.register.charge(None).await.unwrap();
    let unpaid = receipts::receipt_view(german.checkout(), &waiting.id, ReceiptKind::Sale, false)
        .await
        .unwrap_err();
    assert_eq!(
        (unpaid.wire_code(), unpaid.message.as_str()),
        (
            "receipt_not_paid",
            format!("Verkauf {} ist nicht bezahlt (Status: Wartet): Nur ein bezahlter Verkauf hat einen Beleg.", waiting.id).as_str()
        )
    );
}
