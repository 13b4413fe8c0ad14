//! Staff against the whole core: two cashiers' card and cash sales each recorded with who rang
//! them; a refund needs a manager (staff are refused with nothing changed) and records who
//! gave it; wrong PINs lock a staff member; an archived one cannot sign in; with nobody signed
//! in everything is as before staff (NULL); the README's permission table is the code's; and
//! `tillctl staff` round trip behind the owner PIN, with `--staff` attributing a tillctl sale.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use till_core::checkout::Source;
use till_core::drawer::{self, CountInput};
use till_core::staff::{self, Action, Role};
use till_core::tender::DrawerMove;
use till_harness::till::{tillctl, tillctl_input, TestTill};

const LATTE: &str = "price_demo_latte_usd";
const MUFFIN: &str = "price_demo_muffin_usd";

fn float(total: &str) -> CountInput {
    CountInput {
        pieces: Vec::new(),
        total: total.into(),
    }
}

/// A latte charged by card and paid at the simulator: $4.75.
async fn card_sale(till: &TestTill) -> String {
    till.register.clear().unwrap();
    till.register.add(LATTE, 1).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    till.sim
        .pay(&till.session_of(&sale.id).unwrap(), "4242424242424242")
        .unwrap();
    let view = till
        .checkout()
        .refresh(&sale.id, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(view.state, "paid");
    sale.id
}

/// A muffin paid in cash: $3.25.
async fn cash_sale(till: &TestTill) -> String {
    till.register.clear().unwrap();
    till.register.add(MUFFIN, 1).unwrap();
    till.register.pay_cash("5", None).await.unwrap().sale.id
}

fn staff_of(till: &TestTill, sale_id: &str) -> Option<String> {
    till.ledger().unwrap().sale_staff_id(sale_id).unwrap()
}

/// Who wrote each timeline entry of a sale.
fn timeline_staff(till: &TestTill, sale_id: &str) -> Vec<Option<String>> {
    till.ledger()
        .unwrap()
        .connection()
        .prepare("SELECT staff_id FROM sale_timeline WHERE sale_id = ?1 ORDER BY id")
        .unwrap()
        .query_map([sale_id], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// Everything a refused action could have touched.
fn snapshot(till: &TestTill, sale_id: &str) -> String {
    let ledger = till.ledger().unwrap();
    let moves: i64 = ledger
        .connection()
        .query_row("SELECT count(*) FROM drawer_moves", [], |r| r.get(0))
        .unwrap();
    format!(
        "{:?}\n{:?}\n{:?}\n{moves}",
        ledger.require_sale(sale_id).unwrap(),
        ledger.refund_requests_of_sale(sale_id).unwrap(),
        ledger.timeline(sale_id).unwrap().len(),
    )
}

#[tokio::test]
async fn two_cashiers_sales_are_recorded_with_who_rang_them() {
    let till = TestTill::start().await.unwrap();
    let store = till.checkout().store();
    let ada = staff::add(store, "Ada", "staff", "1111").await.unwrap();
    let bo = staff::add(store, "Bo", "staff", "2222").await.unwrap();

    // Nobody signed in: as before staff.
    drawer::open(till.checkout(), till.register.currency(), &float("100"))
        .await
        .unwrap();
    let anonymous = cash_sale(&till).await;
    assert_eq!(staff_of(&till, &anonymous), None);

    till.checkout().sign_in(&ada.id, "1111").await.unwrap();
    let ada_card = card_sale(&till).await;
    let ada_cash = cash_sale(&till).await;
    let who = till.checkout().sign_in(&bo.id, "2222").await.unwrap();
    assert_eq!((who.name.as_str(), who.role), ("Bo", Role::Staff));
    let bo_card = card_sale(&till).await;
    let bo_cash = cash_sale(&till).await;

    assert_eq!(staff_of(&till, &ada_card), Some(ada.id.clone()));
    assert_eq!(staff_of(&till, &ada_cash), Some(ada.id.clone()));
    assert_eq!(staff_of(&till, &bo_card), Some(bo.id.clone()));
    assert_eq!(staff_of(&till, &bo_cash), Some(bo.id.clone()));
    // The card sale's first entry (Charge pressed) names Ada; Stripe's answers name nobody.
    let entries = timeline_staff(&till, &ada_card);
    assert_eq!(entries[0], Some(ada.id.clone()));
    assert!(entries[1..].iter().all(Option::is_none), "{entries:?}");
    // The cash sales' drawer movements name who took the cash.
    let ledger = till.ledger().unwrap();
    let moved: Vec<(Option<String>, Option<String>)> = ledger
        .connection()
        .prepare("SELECT sale_id, staff_id FROM drawer_moves WHERE kind = 'sale' ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        moved,
        vec![
            (Some(anonymous.clone()), None),
            (Some(ada_cash), Some(ada.id.clone())),
            (Some(bo_cash), Some(bo.id.clone()))
        ]
    );

    // The sale's story names the cashier, even once archived.
    staff::archive(store, &bo.id).await.unwrap();
    let detail = till_core::history::detail(till.checkout(), &bo_card)
        .await
        .unwrap();
    let cashier = detail.cashier.unwrap();
    assert_eq!(
        (cashier.id.as_str(), cashier.name.as_str()),
        (bo.id.as_str(), "Bo")
    );
    let detail = till_core::history::detail(till.checkout(), &anonymous)
        .await
        .unwrap();
    assert_eq!(detail.cashier, None);

    // Signed out: nobody again.
    till.checkout().sign_out().unwrap();
    let after = card_sale(&till).await;
    assert_eq!(staff_of(&till, &after), None);
}

#[tokio::test]
async fn history_and_totals_filter_by_cashier() {
    use till_core::history::{self, HistoryFilter};
    let till = TestTill::start().await.unwrap();
    let store = till.checkout().store();
    let ada = staff::add(store, "Ada", "staff", "1111").await.unwrap();
    let bo = staff::add(store, "Bo", "staff", "2222").await.unwrap();
    drawer::open(till.checkout(), till.register.currency(), &float("100"))
        .await
        .unwrap();
    let nobody = cash_sale(&till).await;
    till.checkout().sign_in(&ada.id, "1111").await.unwrap();
    let ada_sales = [card_sale(&till).await, cash_sale(&till).await];
    till.checkout().sign_in(&bo.id, "2222").await.unwrap();
    let bo_sales = [cash_sale(&till).await];
    let by = |staff: Option<&str>| HistoryFilter {
        staff: staff.map(str::to_string),
        ..HistoryFilter::default()
    };
    // The window's cashier filter offers everyone, archived staff too (their sales keep
    // their name).
    staff::archive(store, &bo.id).await.unwrap();
    let options = history::filter_options(till.checkout(), None)
        .await
        .unwrap();
    let offered: Vec<(&str, bool)> = options
        .cashiers
        .iter()
        .map(|c| (c.name.as_str(), c.archived))
        .collect();
    assert_eq!(offered, [("Ada", false), ("Bo", true)]);
    for (filter, expected) in [
        (by(Some(&ada.id)), ada_sales.to_vec()),
        (by(Some(&bo.id)), bo_sales.to_vec()),
        (by(Some("staff_nobody")), Vec::new()),
        (
            by(None),
            vec![
                nobody.clone(),
                ada_sales[0].clone(),
                ada_sales[1].clone(),
                bo_sales[0].clone(),
            ],
        ),
    ] {
        let page = history::page(till.checkout(), &filter, None, 50)
            .await
            .unwrap();
        let mut ids: Vec<String> = page.rows.iter().map(|r| r.id.clone()).collect();
        let mut expected = expected.clone();
        ids.sort();
        expected.sort();
        assert_eq!(ids, expected, "{filter:?}");
    }
    // Totals: Ada's latte ($4.75) by card and muffin ($3.25) in cash.
    let totals = history::totals(till.checkout(), &by(Some(&ada.id)))
        .await
        .unwrap();
    assert_eq!(totals.len(), 1);
    assert_eq!((totals[0].paid, totals[0].gross), (2, 800));
    let everyone = history::totals(till.checkout(), &by(None)).await.unwrap();
    assert_eq!(everyone[0].gross, 800 + 325 + 325);
    // The report: one cashier's days from the rows, everyone's from the per-day totals.
    let today = till
        .ledger()
        .unwrap()
        .local_date(till_core::store::now_ms())
        .unwrap();
    let report_of = |cashier: Option<String>| {
        let checkout = till.checkout();
        async move {
            history::report_of(
                checkout,
                None,
                today.add_days(-1),
                today.add_days(1),
                history::Period::Day,
                None,
                cashier.as_deref(),
            )
            .await
            .unwrap()
        }
    };
    let ada_report = report_of(Some(ada.id.clone())).await;
    let all_report = report_of(None).await;
    assert_eq!(
        (ada_report.totals[0].paid, ada_report.totals[0].gross),
        (2, 800)
    );
    assert_eq!(ada_report.totals[0].cash, 325, "her muffin was cash");
    assert_eq!(
        (all_report.totals[0].paid, all_report.totals[0].gross),
        (4, 800 + 325 + 325)
    );
    let rows = |r: &history::ReportView| r.rows.iter().map(|row| row.totals.gross).sum::<i64>();
    assert_eq!(rows(&ada_report), 800);
    let long = "x".repeat(201);
    let e = history::page(till.checkout(), &by(Some(&long)), None, 50)
        .await
        .unwrap_err();
    assert_eq!(e.reason, Some("invalid_staff"));
}

#[tokio::test]
async fn a_refund_needs_a_manager_and_records_who_gave_it() {
    let till = TestTill::start().await.unwrap();
    let store = till.checkout().store();
    let ada = staff::add(store, "Ada", "staff", "1111").await.unwrap();
    let max = staff::add(store, "Max", "manager", "3333").await.unwrap();
    till.checkout().sign_in(&ada.id, "1111").await.unwrap();
    drawer::open(till.checkout(), till.register.currency(), &float("100"))
        .await
        .unwrap();
    let card = card_sale(&till).await;
    let cash = cash_sale(&till).await;

    // Staff may not refund, pay out or close: refused, nothing changed.
    let (card_before, cash_before) = (snapshot(&till, &card), snapshot(&till, &cash));
    let refused = till_core::refunds::refund(till.checkout(), &card, Some("1"), None)
        .await
        .unwrap_err();
    assert_eq!(refused.reason, Some("staff_not_allowed"));
    assert!(
        refused.message.contains("a manager or the owner"),
        "{}",
        refused.message
    );
    let refused = till_core::refunds::refund_cash(till.checkout(), &cash, Some("1"))
        .await
        .unwrap_err();
    assert_eq!(refused.reason, Some("staff_not_allowed"));
    let currency = till.register.currency();
    let refused = drawer::movement(till.checkout(), currency, DrawerMove::PaidOut, "1", "milk")
        .await
        .unwrap_err();
    assert_eq!(refused.reason, Some("staff_not_allowed"));
    assert!(refused
        .message
        .starts_with("Paying out needs a manager or the owner"));
    let refused = drawer::close(till.checkout(), &float("100"))
        .await
        .unwrap_err();
    assert_eq!(refused.reason, Some("staff_not_allowed"));
    assert_eq!(snapshot(&till, &card), card_before);
    assert_eq!(snapshot(&till, &cash), cash_before);
    // What staff may do, they do: a no sale, recorded with their name.
    drawer::movement(till.checkout(), currency, DrawerMove::NoSale, "", "")
        .await
        .unwrap();

    // The manager may: the card refund's request and the cash refund's movement name them.
    till.checkout().sign_in(&max.id, "3333").await.unwrap();
    let detail = till_core::refunds::refund(till.checkout(), &card, Some("1"), None)
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, 100);
    let requests = till
        .ledger()
        .unwrap()
        .refund_requests_of_sale(&card)
        .unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].staff_id.as_deref(), Some(max.id.as_str()));
    till_core::refunds::refund_cash(till.checkout(), &cash, Some("1"))
        .await
        .unwrap();
    drawer::movement(till.checkout(), currency, DrawerMove::PaidOut, "2", "milk")
        .await
        .unwrap();
    // The owner by the owner PIN, after a cashier: allowed everything, recorded as nobody.
    till_core::owner::set_pin(store, None, "2468")
        .await
        .unwrap();
    till.checkout().sign_in(&ada.id, "1111").await.unwrap();
    let wrong = till.checkout().sign_in_owner("1111").await.unwrap_err();
    assert_eq!(wrong.reason, Some("wrong_pin"));
    let owner = till.checkout().sign_in_owner("2468").await.unwrap();
    assert_eq!((owner.staff_id, owner.role), (None, Role::Owner));
    till_core::refunds::refund(till.checkout(), &card, Some("1"), None)
        .await
        .unwrap();
    let requests = till
        .ledger()
        .unwrap()
        .refund_requests_of_sale(&card)
        .unwrap();
    assert_eq!(requests[1].staff_id, None);
    till.checkout().sign_in(&max.id, "3333").await.unwrap();
    let report = drawer::close(till.checkout(), &float("100")).await.unwrap();
    let ledger = till.ledger().unwrap();
    let shift: i64 = ledger
        .connection()
        .query_row("SELECT max(id) FROM shifts", [], |r| r.get(0))
        .unwrap();
    assert!(report.number.is_some());
    assert_eq!(
        ledger.shift_staff(shift).unwrap(),
        (Some(ada.id.clone()), Some(max.id.clone()))
    );
    let moves: Vec<(String, Option<String>)> = ledger
        .connection()
        .prepare("SELECT kind, staff_id FROM drawer_moves WHERE shift_id = ?1 ORDER BY id")
        .unwrap()
        .query_map([shift], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let (a, m) = (Some(ada.id.clone()), Some(max.id.clone()));
    assert_eq!(
        moves,
        vec![
            ("float".into(), a.clone()),
            ("sale".into(), a.clone()),
            ("no_sale".into(), a),
            ("refund".into(), m.clone()),
            ("paid_out".into(), m),
        ]
    );
}

/// The catalog is a manager's (the table): staff signed in cannot create or archive a
/// product or change the Favourites page; nothing is asked of Stripe or changed. A manager can.
#[tokio::test]
async fn the_catalog_needs_a_manager() {
    let till = TestTill::start().await.unwrap();
    let store = till.checkout().store();
    let ada = staff::add(store, "Ada", "staff", "1111").await.unwrap();
    let max = staff::add(store, "Max", "manager", "3333").await.unwrap();
    till.checkout().sign_in(&ada.id, "1111").await.unwrap();
    let input = till_core::catalog_admin::ProductInput {
        name: "Scone".into(),
        amount: "3.10".into(),
        currency: "usd".into(),
        ..Default::default()
    };
    let events_before = till.sim.events().len();
    for refused in [
        till_core::catalog_admin::create_product(&till.register, &input)
            .await
            .unwrap_err(),
        till_core::catalog_admin::archive_product(&till.register, "prod_demo_latte")
            .await
            .unwrap_err(),
        till.register
            .set_favourites(&[LATTE.to_string()])
            .await
            .unwrap_err(),
    ] {
        assert_eq!(refused.reason, Some("staff_not_allowed"), "{refused:?}");
        assert!(refused
            .message
            .starts_with("Changing the catalog needs a manager or the owner"));
    }
    assert_eq!(till.sim.events().len(), events_before);
    assert!(till
        .register
        .catalog_view("", None)
        .unwrap()
        .favourites
        .is_empty());

    till.checkout().sign_in(&max.id, "3333").await.unwrap();
    let pinned = till
        .register
        .set_favourites(&[LATTE.to_string()])
        .await
        .unwrap();
    assert_eq!(pinned.len(), 1);
}

#[tokio::test]
async fn wrong_pins_lock_and_archived_staff_cannot_sign_in() {
    let till = TestTill::start().await.unwrap();
    let store = till.checkout().store();
    let ada = staff::add(store, "Ada", "staff", "1111").await.unwrap();
    let bo = staff::add(store, "Bo", "manager", "2222").await.unwrap();
    till.checkout().sign_in(&bo.id, "2222").await.unwrap();
    for _ in 1..till_core::owner::FREE_ATTEMPTS {
        let e = till.checkout().sign_in(&ada.id, "9999").await.unwrap_err();
        assert_eq!(e.reason, Some("wrong_pin"));
    }
    let e = till.checkout().sign_in(&ada.id, "9999").await.unwrap_err();
    assert!(e.message.contains("30 s"), "{}", e.message);
    let e = till.checkout().sign_in(&ada.id, "1111").await.unwrap_err();
    assert_eq!(e.reason, Some("pin_locked"));
    // A refused switch leaves whoever was signed in; Ada's lock is hers alone.
    assert_eq!(
        till.checkout()
            .signed_in()
            .unwrap()
            .and_then(|w| w.staff_id),
        Some(bo.id.clone())
    );
    till.checkout().sign_in(&bo.id, "2222").await.unwrap();

    // Archived: no sign-in, even with the right PIN.
    staff::archive(store, &bo.id).await.unwrap();
    let e = till.checkout().sign_in(&bo.id, "2222").await.unwrap_err();
    assert_eq!(e.reason, Some("staff_archived"));
    let e = till
        .checkout()
        .sign_in("staff_nobody", "2222")
        .await
        .unwrap_err();
    assert_eq!(e.reason, Some("staff_not_found"));
    let listed = staff::list(store, true).await.unwrap();
    assert_eq!(listed.len(), 2);
    assert!(listed.iter().any(|s| s.id == bo.id && s.archived));
}

#[test]
fn the_readme_permission_table_is_the_code_s() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let section = readme
        .split("### Staff")
        .nth(1)
        .expect("README has a Staff section");
    let rows: Vec<(String, String)> = section
        .lines()
        .skip_while(|l| !l.starts_with("| action |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].to_string(), cells[1].to_string())
        })
        .collect();
    let words = |action: Action| match action {
        Action::Sell => "sell (Charge)",
        Action::CashSale => "cash sale (cash or split)",
        Action::Refund => "refund",
        Action::Return => "return",
        Action::PaidIn => "paid in",
        Action::PaidOut => "paid out",
        Action::NoSale => "no sale",
        Action::CloseDrawer => "close the drawer",
        Action::Override => "override price / discount",
        Action::Settings => "settings",
        Action::Catalog => "catalog",
        Action::ManageStaff => "manage staff",
    };
    let mut expected: Vec<(String, String)> = Action::ALL
        .iter()
        .map(|a| {
            (
                words(*a).to_string(),
                staff::required_role(*a).as_str().to_string(),
            )
        })
        .collect();
    let mut found = rows.clone();
    expected.sort();
    found.sort();
    assert_eq!(found, expected, "README's table: {rows:?}");
}

// The simulator runs in this process while tillctl blocks the test thread: two workers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_staff_round_trip_behind_the_owner_pin() {
    let till = TestTill::start().await.unwrap();
    let (dir, base) = (till.dir.path(), till.sim.base_url());
    till_core::owner::set_pin(till.checkout().store(), None, "2468")
        .await
        .unwrap();
    let owner = [("TILL_OWNER_PIN", "2468")];
    let json = |out: &std::process::Output| -> serde_json::Value {
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)))
    };

    // (A refused PIN holds the next try of that PIN back a moment, and under `scripts/soak
    // --dates` every tillctl process's clock starts at the same instant: so every refusal
    // comes after that PIN's good tries.)
    let added = tillctl_input(
        dir,
        &base,
        &["staff", "add", "Ada", "--role", "staff"],
        &owner,
        "1357\n",
    )
    .unwrap();
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stdout)
    );
    let ada = json(&added);
    let ada_id = ada["id"].as_str().unwrap().to_string();
    assert_eq!(
        (ada["name"].as_str(), ada["role"].as_str()),
        (Some("Ada"), Some("staff"))
    );
    assert!(ada.get("pinHash").is_none() && !added.stdout.windows(4).any(|w| w == b"1357"));

    // Bad input: each its own code, nothing added.
    for (args, input, code) in [
        (
            vec!["staff", "add", "ada", "--role", "manager"],
            "2468\n",
            "staff_name_taken",
        ),
        (
            vec!["staff", "add", "Bo", "--role", "boss"],
            "2468\n",
            "unknown_role",
        ),
        (
            vec!["staff", "add", "Bo", "--role", "staff"],
            "12\n",
            "invalid_pin",
        ),
        (
            vec!["staff", "add", "Bo", "--role", "staff"],
            "1234567\n",
            "invalid_pin",
        ),
        (
            vec!["staff", "add", "Bo", "--role", "staff"],
            "12a4\n",
            "invalid_pin",
        ),
    ] {
        let out = tillctl_input(dir, &base, &args, &owner, input).unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert_eq!(json(&out)["error"]["code"], code, "{args:?}");
    }
    let list = tillctl(dir, &base, &["staff", "list"], &owner).unwrap();
    let list = json(&list);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");

    // A tillctl sale as Ada: her PIN from TILL_STAFF_PIN; a wrong one records nothing.
    let opened = tillctl(dir, &base, &["drawer", "open", "--float", "100"], &[]).unwrap();
    assert!(opened.status.success());
    let sale_args = ["charge", LATTE, "--cash", "5", "--staff", ada_id.as_str()];
    let count = |table: &str| -> i64 {
        till.ledger()
            .unwrap()
            .connection()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count("sales"), 0);
    let sold = tillctl(dir, &base, &sale_args, &[("TILL_STAFF_PIN", "1357")]).unwrap();
    assert!(
        sold.status.success(),
        "{}",
        String::from_utf8_lossy(&sold.stdout)
    );
    let sale_id = json(&sold)["sale"]["id"].as_str().unwrap().to_string();
    assert_eq!(staff_of(&till, &sale_id), Some(ada_id.clone()));
    // Paying out as staff is refused by the table (no owner PIN asked).
    let out = tillctl(
        dir,
        &base,
        &["drawer", "out", "1", "--reason", "milk", "--staff", &ada_id],
        &[("TILL_STAFF_PIN", "1357")],
    )
    .unwrap();
    assert_eq!(json(&out)["error"]["code"], "staff_not_allowed");

    // A new PIN, a new role, then archived.
    let out = tillctl_input(dir, &base, &["staff", "pin", &ada_id], &owner, "8642\n").unwrap();
    assert!(out.status.success());
    let out = tillctl(dir, &base, &["staff", "role", &ada_id, "manager"], &owner).unwrap();
    assert_eq!(json(&out)["role"], "manager");
    let paid_out = tillctl(
        dir,
        &base,
        &["drawer", "out", "1", "--reason", "milk", "--staff", &ada_id],
        &[("TILL_STAFF_PIN", "8642")],
    )
    .unwrap();
    assert!(
        paid_out.status.success(),
        "{}",
        String::from_utf8_lossy(&paid_out.stdout)
    );
    // A wrong PIN for Ada: refused, no sale recorded.
    let wrong = tillctl(dir, &base, &sale_args, &[("TILL_STAFF_PIN", "0000")]).unwrap();
    assert_eq!(json(&wrong)["error"]["code"], "wrong_pin");
    assert_eq!(count("sales"), 1);
    let out = tillctl(dir, &base, &["staff", "archive", &ada_id], &owner).unwrap();
    assert_eq!(json(&out)["archived"], true);
    let out = tillctl(dir, &base, &sale_args, &[("TILL_STAFF_PIN", "8642")]).unwrap();
    assert_eq!(json(&out)["error"]["code"], "staff_archived");
    let active = json(&tillctl(dir, &base, &["staff", "list"], &owner).unwrap());
    assert_eq!(active.as_array().unwrap().len(), 0);
    let all = json(&tillctl(dir, &base, &["staff", "list", "--all"], &owner).unwrap());
    assert_eq!(all[0]["archived"], true);

    // No owner PIN: refused, nobody added.
    let refused = tillctl_input(
        dir,
        &base,
        &["staff", "add", "Bo", "--role", "staff"],
        &[],
        "",
    )
    .unwrap();
    assert!(!refused.status.success());
    assert_eq!(count("staff"), 1);
}

/// Staff management's refusals (Settings → Staff) speak the till's language; the reason codes
/// the window branches on are the same in every language.
#[tokio::test]
async fn staff_management_refusals_are_explained_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    let store = till.checkout().store();
    store
        .call(|l| l.update_settings(&[(till_core::settings::LANGUAGE, Some("de"))]))
        .await
        .unwrap();
    let ada = staff::add(store, "Ada", "staff", "1111").await.unwrap();
    let taken = staff::add(store, "ada", "staff", "2222").await.unwrap_err();
    assert_eq!(
        (taken.wire_code(), taken.message.as_str()),
        (
            "staff_name_taken",
            "Es gibt bereits eine Person namens \"ada\". Wählen Sie einen anderen Namen (oder archivieren Sie zuerst die andere Person)."
        )
    );
    let pin = staff::set_pin(store, &ada.id, "12").await.unwrap_err();
    assert_eq!(
        (pin.wire_code(), pin.message.as_str()),
        (
            "invalid_pin",
            "Eine PIN des Personals hat 4 bis 6 Ziffern (0–9), sonst nichts."
        )
    );
    let auto = staff::set_auto_lock(store, 5).await.unwrap_err();
    assert_eq!(
        (auto.wire_code(), auto.message.as_str()),
        (
            "invalid_auto_lock",
            "Die automatische Sperre liegt zwischen 15 Sekunden und 4 Stunden, oder nie (0)."
        )
    );
    let owner = till_core::owner::verify(store, "1234").await.unwrap_err();
    assert_eq!(
        (owner.wire_code(), owner.message.as_str()),
        (
            "owner_pin_not_set",
            "Es ist noch keine PIN des Inhabers festgelegt. Wählen Sie zuerst eine."
        )
    );
}
