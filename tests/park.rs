//! The counter's flow against the whole core. Parked sales: a cart parked, another sale
//! charged meanwhile, the first resumed after a restart and charged as a new sale; a catalog
//! that changed since (a new price, a withdrawn product) named and accepted only knowingly;
//! every refusal leaving the ledger unchanged; and tillctl parking through a power cut. Quick
//! keys: the owner's Favourites page, in order, kept across a restart, bad lists refused.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use till_core::checkout::Source;
use till_harness::till::{register_for, register_with, test_settings, tillctl, TestTill};

/// Two lattes ($4.75) and a muffin ($3.25): $12.75.
fn ring_up(till: &TestTill) {
    till.register.clear().unwrap();
    till.register.add("price_demo_latte_usd", 2).unwrap();
    till.register.add("price_demo_muffin_usd", 1).unwrap();
}

fn parked_rows(till: &TestTill) -> i64 {
    till.ledger()
        .unwrap()
        .connection()
        .query_row("SELECT count(*) FROM parked_carts", [], |r| r.get(0))
        .unwrap()
}

#[tokio::test]
async fn a_parked_cart_survives_a_restart_and_resumes_as_a_new_sale() {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    let parked = till.register.park("  Table 4 ").await.unwrap();
    assert_eq!(
        (
            parked.label.as_str(),
            parked.items.as_str(),
            parked.total_display.as_str()
        ),
        ("Table 4", "2 × Caffè Latte, Blueberry Muffin", "$12.75")
    );
    assert!(!parked.old && parked.changes.is_empty());
    assert!(
        till.register.cart().unwrap().lines.is_empty(),
        "the register starts afresh"
    );

    // Another customer meanwhile, charged and paid.
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let other = till.register.charge(None).await.unwrap();
    // Parking is refused while its payment is under way, and while the register is busy
    // nothing is resumed.
    let charging = till.register.park("Anna").await.unwrap_err();
    assert_eq!(charging.reason, Some("park_charging"));
    let busy = till.register.resume(parked.id, false).await.unwrap_err();
    assert_eq!(busy.reason, Some("park_register_busy"));
    till.sim
        .pay(&till.session_of(&other.id).unwrap(), "4242 4242 4242 4242")
        .unwrap();
    let paid = till
        .checkout()
        .refresh(&other.id, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(paid.state, "paid");
    till.register.clear().unwrap();

    // A restart: a new register on the same ledger finds the parked cart.
    let again = register_for(&till.sim.base_url(), till.dir.path())
        .await
        .unwrap();
    let listed = again.parked().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, parked.id);
    let cart = again.resume(parked.id, false).await.unwrap();
    assert_eq!((cart.item_count, cart.total), (3, 1275));
    assert!(again.parked().await.unwrap().is_empty());
    // Taken once: the other register (another window) finds it gone.
    let resumed = till.register.resume(parked.id, false).await.unwrap_err();
    assert_eq!(resumed.reason, Some("parked_gone"));
    // Charged like any cart: a new sale for exactly its total.
    let sale = again.charge(None).await.unwrap();
    assert_ne!(sale.id, other.id);
    let session = till
        .sim
        .session(&till.session_of(&sale.id).unwrap())
        .unwrap();
    assert_eq!(session["amount_total"], 1275);
    assert_eq!(parked_rows(&till), 0);
}

#[tokio::test]
async fn prices_changed_since_parking_are_named_and_accepted_knowingly() {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    let parked = till.register.park("Anna").await.unwrap();
    // The muffin is withdrawn at Stripe; the latte now costs $5.00.
    till_core::catalog_admin::archive_product(&till.register, "prod_demo_muffin")
        .await
        .unwrap();
    till.register.sync_catalog().await.unwrap();
    till.ledger()
        .unwrap()
        .connection()
        .execute(
            "UPDATE catalog_prices SET unit_amount = 500 WHERE id = 'price_demo_latte_usd'",
            [],
        )
        .unwrap();
    till.register.load_cached_catalog().await.unwrap();

    let listed = till.register.parked().await.unwrap();
    let said: Vec<String> = listed[0].changes.iter().map(|c| c.sentence()).collect();
    assert_eq!(
        said,
        vec![
            "Caffè Latte now costs $5.00 (was $4.75)",
            "Blueberry Muffin is no longer sold"
        ]
    );
    let refused = till.register.resume(parked.id, false).await.unwrap_err();
    assert_eq!(refused.reason, Some("parked_prices_changed"));
    assert!(
        refused.message.contains("Caffè Latte now costs $5.00"),
        "{}",
        refused.message
    );
    assert!(till.register.cart().unwrap().lines.is_empty());
    assert_eq!(parked_rows(&till), 1, "still parked");

    let cart = till.register.resume(parked.id, true).await.unwrap();
    assert_eq!(
        cart.lines
            .iter()
            .map(|l| (l.name.as_str(), l.quantity))
            .collect::<Vec<_>>(),
        vec![("Caffè Latte", 2)]
    );
    assert_eq!(cart.total, 1000, "today's price");
    assert_eq!(parked_rows(&till), 0);
}

#[tokio::test]
async fn bad_parks_are_refused_and_change_nothing() {
    let till = TestTill::start().await.unwrap();
    let empty = till.register.park("Anna").await.unwrap_err();
    assert_eq!(empty.reason, Some("park_empty"));
    ring_up(&till);
    for (label, reason) in [
        ("", "park_label_missing"),
        ("   ", "park_label_missing"),
        (&"x".repeat(41) as &str, "park_label_invalid"),
        ("Table\t4", "park_label_invalid"),
    ] {
        let error = till.register.park(label).await.unwrap_err();
        assert_eq!(error.reason, Some(reason), "{label:?}");
    }
    assert_eq!(
        till.register.cart().unwrap().item_count,
        3,
        "the cart is kept"
    );
    assert_eq!(parked_rows(&till), 0);
    let gone = till.register.drop_parked(42).await.unwrap_err();
    assert_eq!(gone.reason, Some("parked_gone"));
    let parked = till.register.park("Anna").await.unwrap();
    till.register.drop_parked(parked.id).await.unwrap();
    assert_eq!(parked_rows(&till), 0);
}

/// The register's refusals (the cart's, parking's) speak the till's language; the reason code
/// the window branches on is the same in every language.
#[tokio::test]
async fn the_register_s_refusals_are_explained_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    german.load_cached_catalog().await.unwrap();
    let refusals = [
        (
            german.park("Anna").await.unwrap_err(),
            "park_empty",
            "Der Warenkorb ist leer: Es gibt nichts zu parken.",
        ),
        (
            german.add("price_demo_latte_usd", 1000).unwrap_err(),
            "quantity_out_of_range",
            "Die Menge von Caffè Latte muss zwischen 1 und 999 liegen (verlangt: 1000).",
        ),
        (
            german.scan("0000").unwrap_err(),
            "unknown_code",
            "Kein Produkt hat den Barcode oder die Artikelnummer \"0000\". Prüfen Sie den Code oder suchen Sie nach dem Namen.",
        ),
        (
            german.park(" ").await.unwrap_err(),
            "park_label_missing",
            "Geben Sie dem geparkten Verkauf eine Bezeichnung – den Namen des Kunden oder einen Tisch –, damit er wiedergefunden wird.",
        ),
    ];
    for (refused, code, words) in refusals {
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (code, words)
        );
    }
    german.add("price_demo_latte_usd", 1).unwrap();
    let refused = german.set_quantity("price_demo_latte_usd", 0).unwrap_err();
    assert_eq!(
        (refused.wire_code(), refused.message.as_str()),
        (
            "quantity_out_of_range",
            "Die Menge von Caffè Latte muss zwischen 1 und 999 liegen (verlangt: 0)."
        )
    );
    let refused = german.park(&"x".repeat(41)).await.unwrap_err();
    assert_eq!(
        (refused.wire_code(), refused.message.as_str()),
        (
            "park_label_invalid",
            "Die Bezeichnung eines geparkten Verkaufs hat höchstens 40 Zeichen in einer Zeile; kürzen Sie sie."
        )
    );
    let parked = till.register.park("Anna").await.unwrap_err();
    assert_eq!(
        parked.message,
        "The cart is empty: there is nothing to park."
    );
    assert_eq!(parked_rows(&till), 0);
}

// The simulator runs in this process while tillctl blocks the test thread: two workers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_parks_through_a_power_cut_and_charges_the_cart_it_resumes() {
    let till = TestTill::start().await.unwrap();
    let (dir, base) = (till.dir.path(), till.sim.base_url());
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let out = tillctl(dir, &base, args, env).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        (out.status.code(), json)
    };
    // The process dies right after the cart is written (kill -9 as a power cut would).
    let (code, _) = run(
        &["park", "add", "Table 7", "price_demo_latte_usdx2"],
        &[("TILL_FAILPOINT", "after_cart_parked")],
    );
    assert_eq!(code, Some(86), "the failpoint ended the process");
    let (code, json) = run(&["park", "list"], &[]);
    assert_eq!(code, Some(0), "{json}");
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 1, "{json}");
    assert_eq!(
        (list[0]["label"].as_str(), list[0]["total"].as_i64()),
        (Some("Table 7"), Some(950))
    );
    let id = list[0]["id"].as_i64().unwrap().to_string();

    // Resumed and charged by card: a sale for exactly the parked total.
    let (code, json) = run(&["park", "resume", &id], &[]);
    assert_eq!(code, Some(0), "{json}");
    assert_eq!(json["state"], "awaiting_payment");
    let sale_id = json["id"].as_str().unwrap();
    let session = till
        .sim
        .session(&till.session_of(sale_id).unwrap())
        .unwrap();
    assert_eq!(session["amount_total"], 950);
    let (_, json) = run(&["park", "list"], &[]);
    assert_eq!(json.as_array().map(Vec::len), Some(0));

    // A resumed cart that cannot be paid (cash with the drawer closed) goes back on the list.
    let (code, _) = run(&["park", "add", "Anna", "price_demo_muffin_usd"], &[]);
    assert_eq!(code, Some(0));
    let (_, json) = run(&["park", "list"], &[]);
    let id = json[0]["id"].as_i64().unwrap().to_string();
    let (code, json) = run(&["park", "resume", &id, "--cash", "5"], &[]);
    assert_ne!(code, Some(0));
    assert_eq!(json["error"]["code"], "drawer_closed");
    let (_, json) = run(&["park", "list"], &[]);
    assert_eq!(json[0]["label"], "Anna", "parked again: {json}");
}

#[tokio::test]
async fn the_owners_quick_keys_are_kept_in_order_and_bad_lists_change_nothing() {
    let till = TestTill::start().await.unwrap();
    assert!(till
        .register
        .catalog_view("", None)
        .unwrap()
        .favourites
        .is_empty());
    let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let set = till
        .register
        .set_favourites(&ids(&["price_demo_muffin_usd", "price_demo_latte_usd"]))
        .await
        .unwrap();
    assert_eq!(
        set.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(),
        vec!["Blueberry Muffin", "Caffè Latte"],
        "the owner's order, not the catalog's"
    );
    let stored = || {
        till.ledger()
            .unwrap()
            .setting("favourites.training")
            .unwrap()
    };
    let before = stored();
    for (list, reason) in [
        (
            ids(&["price_demo_latte_usd", "price_demo_latte_usd"]),
            "favourites_twice",
        ),
        (ids(&["price_nope"]), "favourite_unknown"),
        (
            vec!["price_demo_latte_usd".to_string(); 25],
            "favourites_full",
        ),
    ] {
        let error = till.register.set_favourites(&list).await.unwrap_err();
        assert_eq!(error.reason, Some(reason));
    }
    assert_eq!(stored(), before, "a refused list changes nothing");

    // A restart reads them back; a product withdrawn at Stripe drops off the page.
    let again = register_for(&till.sim.base_url(), till.dir.path())
        .await
        .unwrap();
    let names = |r: &till_core::register::Register| {
        r.catalog_view("", None)
            .unwrap()
            .favourites
            .into_iter()
            .map(|i| i.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&again), vec!["Blueberry Muffin", "Caffè Latte"]);
    till_core::catalog_admin::archive_product(&again, "prod_demo_muffin")
        .await
        .unwrap();
    again.sync_catalog().await.unwrap();
    assert_eq!(names(&again), vec!["Caffè Latte"]);
    // An empty list removes the page.
    assert!(again.set_favourites(&[]).await.unwrap().is_empty());
    assert_eq!(stored(), None);
}
