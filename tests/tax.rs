//! Tax rates through the whole core: products name their Stripe tax rate (metadata
//! `tax_rate`), the cart shows the tax, a card sale sends `line_items[][tax_rates][]` and
//! Stripe's Checkout Session charges exactly the ledger's total, a cash sale of the same cart
//! records the same figures, and a rate Till does not know is refused before anything is
//! recorded or sent.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use till_core::catalog_admin::{self, ProductInput};
use till_core::checkout::Source;
use till_core::drawer::{self, CountInput};
use till_core::money::{Currency, Money};
use till_core::receipt::ReceiptKind;
use till_core::receipts;
use till_core::stripe::{NewCoupon, NewTaxRate};
use till_domain::pricing::{CouponValue, Percent};
use till_harness::till::{tillctl, TestTill};

struct Rates {
    vat: String,
    sales_tax: String,
}

async fn create_rates(till: &TestTill) -> Rates {
    let gateway = till.checkout().gateway();
    let vat = gateway
        .create_tax_rate(
            &NewTaxRate {
                display_name: "VAT".into(),
                percentage: Percent::parse("19").unwrap(),
                inclusive: true,
                country: Some("DE".into()),
                jurisdiction: None,
            },
            "tax-test-vat",
        )
        .await
        .unwrap();
    let sales_tax = gateway
        .create_tax_rate(
            &NewTaxRate {
                display_name: "Sales tax".into(),
                percentage: Percent::parse("8.875").unwrap(),
                inclusive: false,
                country: Some("US".into()),
                jurisdiction: Some("NY".into()),
            },
            "tax-test-sales",
        )
        .await
        .unwrap();
    till.register.sync_catalog().await.unwrap();
    Rates {
        vat: vat.id,
        sales_tax: sales_tax.id,
    }
}

async fn product(till: &TestTill, draft: &str, name: &str, amount: &str, rate: &str) -> String {
    let change = catalog_admin::create_product(
        &till.register,
        &ProductInput {
            draft_id: Some(draft.into()),
            name: name.into(),
            amount: amount.into(),
            currency: "usd".into(),
            tax_rate: Some(rate.into()),
            ..ProductInput::default()
        },
    )
    .await
    .unwrap();
    change.price_id.unwrap()
}

/// Pays the sale's session with Stripe's 4242 card and looks at it: its state.
async fn pay(till: &TestTill, sale_id: &str) -> String {
    let session_id = till.session_of(sale_id).unwrap();
    till.sim.pay(&session_id, "4242424242424242").unwrap();
    till.checkout()
        .refresh(sale_id, Source::Poll)
        .await
        .unwrap()
        .unwrap()
        .state
}

fn count(till: &TestTill, table: &str) -> i64 {
    till.ledger()
        .unwrap()
        .connection()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[tokio::test]
async fn a_taxed_sale_costs_the_same_at_stripe_in_the_ledger_and_in_cash() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let book = product(
        &till,
        "cat_taxbook0001",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    let coffee = product(&till, "cat_taxcafe0001", "Coffee beans", "9.50", &rates.vat).await;

    till.register.add(&book, 3).unwrap();
    let cart = till.register.add(&coffee, 1).unwrap();
    // 3 × 12.99 = 38.97; sales tax 8.875 % on it = 3.4586… → 3.46 (half up, per line).
    // 9.50 with 19 % VAT inside: 9.50 × 19 / 119 = 1.5168… → 1.52, not added.
    assert_eq!(cart.subtotal_display.as_deref(), Some("$48.47"));
    let rows: Vec<(&str, &str, bool)> = cart
        .taxes
        .iter()
        .map(|t| (t.label.as_str(), t.amount_display.as_str(), t.inclusive))
        .collect();
    assert_eq!(
        rows,
        [
            ("Sales tax 8.875%", "$3.46", false),
            ("incl. VAT 19%", "$1.52", true)
        ]
    );
    assert_eq!(cart.total, 4_847 + 346);

    // By card: Stripe's session computes the same tax from the same rates.
    let sale = till.register.charge(None).await.unwrap();
    let record = till.ledger().unwrap().require_sale(&sale.id).unwrap();
    assert_eq!(record.amount_total, 5_193);
    let session_id = till.session_of(&sale.id).unwrap();
    let session = till.sim.session(&session_id).unwrap();
    assert_eq!(session["amount_total"], 5_193);
    assert_eq!(session["amount_subtotal"], 4_847);
    assert_eq!(session["total_details"]["amount_tax"], 346 + 152);
    let pricing = till
        .ledger()
        .unwrap()
        .sale_pricing(&sale.id)
        .unwrap()
        .unwrap();
    assert_eq!(
        (pricing.subtotal, pricing.tax, pricing.discount, pricing.tip),
        (4_847, 498, 0, 0)
    );
    let per_rate: Vec<(&str, i64, i64, bool)> = pricing
        .taxes
        .iter()
        .map(|t| (t.rate_id.as_str(), t.net, t.tax, t.inclusive))
        .collect();
    assert_eq!(
        per_rate,
        [
            (rates.sales_tax.as_str(), 3_897, 346, false),
            (rates.vat.as_str(), 798, 152, true)
        ]
    );
    // The lines keep the rates they were sold with.
    let lines = till.ledger().unwrap().sale_lines(&sale.id).unwrap();
    assert_eq!(lines[0].tax_rates[0].id, rates.sales_tax);
    assert_eq!(lines[1].tax_rates[0].id, rates.vat);
    assert_eq!(
        pay(&till, &sale.id).await,
        "paid",
        "Stripe's amount equals the ledger's"
    );
    // The receipt: the added tax between the subtotal and the total, every rate below.
    let receipt = receipts::receipt_text(till.checkout(), &sale.id, ReceiptKind::Sale, false, 48)
        .await
        .unwrap();
    let rows: Vec<&str> = receipt
        .lines()
        .map(str::trim_end)
        .filter(|l| {
            l.starts_with("Subtotal")
                || l.contains("tax")
                || l.contains("VAT")
                || l.starts_with("TOTAL")
                || l.starts_with("Total")
        })
        .collect();
    assert!(rows.len() >= 4, "{receipt}");
    assert!(
        rows[0].starts_with("Subtotal") && rows[0].ends_with("$48.47"),
        "{receipt}"
    );
    assert!(
        rows[1].starts_with("Sales tax 8.875%") && rows[1].ends_with("$3.46"),
        "{receipt}"
    );
    assert!(rows[2].ends_with("$51.93"), "{receipt}");
    assert!(receipt.contains("VAT 19%"), "{receipt}");

    // The same cart in cash: the same figures, without asking Stripe.
    drawer::open(
        till.checkout(),
        till.register.currency(),
        &CountInput {
            pieces: Vec::new(),
            total: "100".into(),
        },
    )
    .await
    .unwrap();
    till.register.clear().unwrap();
    till.register.add(&book, 3).unwrap();
    till.register.add(&coffee, 1).unwrap();
    let due = till.register.cash_due().await.unwrap();
    assert_eq!(due.due.amount, 5_193);
    let cash = till.register.pay_cash("60", None).await.unwrap();
    assert_eq!((cash.paid.amount, cash.change.amount), (5_193, 807));
    let cash_pricing = till
        .ledger()
        .unwrap()
        .sale_pricing(&cash.sale.id)
        .unwrap()
        .unwrap();
    assert_eq!(cash_pricing, pricing);
}

#[tokio::test]
async fn a_tax_rate_till_does_not_know_is_refused_and_nothing_is_recorded() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let requests = count(&till, "catalog_requests");
    let refused = catalog_admin::create_product(
        &till.register,
        &ProductInput {
            draft_id: Some("cat_taxnone0001".into()),
            name: "Mystery".into(),
            amount: "5".into(),
            currency: "usd".into(),
            tax_rate: Some("txr_unknown".into()),
            ..ProductInput::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(refused.reason, Some("unknown_tax_rate"));
    assert!(
        refused.message.contains("txr_unknown"),
        "{}",
        refused.message
    );
    assert_eq!(
        count(&till, "catalog_requests"),
        requests,
        "nothing recorded"
    );

    // A rate archived at Stripe after its product was made: the item can't be rung up
    // until the catalog is mended, and the cart keeps what it had.
    let book = product(
        &till,
        "cat_taxbook0002",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    till.register.add("price_demo_latte_usd", 1).unwrap();
    till.checkout()
        .gateway()
        .archive_tax_rate(&rates.sales_tax, "tax-test-archive")
        .await
        .unwrap();
    till.register.sync_catalog().await.unwrap();
    let before = till.register.cart().unwrap();
    let refused = till.register.add(&book, 1).unwrap_err();
    assert_eq!(refused.reason, Some("unknown_tax_rate"));
    assert_eq!(till.register.cart().unwrap(), before);
    let sales = count(&till, "sales");
    till.register.charge(None).await.unwrap();
    assert_eq!(count(&till, "sales"), sales + 1, "the untaxed latte sells");
    assert_eq!(count(&till, "sale_taxes"), 0);
}

/// A percentage coupon's value (`"10"`: 10 % off).
fn percent_off(percent: &str) -> CouponValue {
    CouponValue::PercentOff {
        percent: Percent::parse(percent).unwrap(),
    }
}

async fn coupon(
    till: &TestTill,
    key: &str,
    name: &str,
    value: CouponValue,
    max: Option<i64>,
) -> String {
    till.checkout()
        .gateway()
        .create_coupon(
            &NewCoupon {
                applies_to: Vec::new(),
                name: Some(name.into()),
                value,
                max_redemptions: max,
                redeem_by: None,
            },
            key,
        )
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn a_coupon_and_a_tip_cost_the_same_at_stripe_and_in_cash_and_bad_ones_are_refused() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let book = product(
        &till,
        "cat_taxbook0003",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    let ten = coupon(
        &till,
        "coupon-ten",
        "Summer 10%",
        percent_off("10"),
        Some(1),
    )
    .await;
    let euros = coupon(
        &till,
        "coupon-euros",
        "Five euros",
        CouponValue::AmountOff {
            amount: Money::new(500, Currency::EUR),
        },
        None,
    )
    .await;
    till.register.sync_catalog().await.unwrap();
    let offered: Vec<String> = till
        .register
        .coupons()
        .await
        .unwrap()
        .into_iter()
        .map(|c| format!("{} {}", c.label, c.off_display))
        .collect();
    assert_eq!(
        offered,
        ["Summer 10% 10% off"],
        "the euro coupon is not offered in USD"
    );

    // By card: 3 × 12.99 = 38.97, 10 % off = 3.90 (half up), tax on 35.07 = 3.11.
    till.register.add(&book, 3).unwrap();
    let cart = till.register.set_coupon(Some(&ten)).await.unwrap();
    assert_eq!(cart.discount.as_ref().unwrap().amount_display, "-$3.90");
    assert_eq!(cart.discount.as_ref().unwrap().label, "Summer 10%");
    assert_eq!(cart.total, 3_897 - 390 + 311);
    // A coupon and a tip can't go to Stripe together: refused, nothing recorded.
    till.register.set_tip_percent(15).unwrap();
    let sales = count(&till, "sales");
    let refused = till.register.charge(None).await.unwrap_err();
    assert_eq!(refused.reason, Some("coupon_with_tip"));
    assert_eq!(count(&till, "sales"), sales);
    till.register.set_tip(None).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    let session_id = till.session_of(&sale.id).unwrap();
    let session = till.sim.session(&session_id).unwrap();
    assert_eq!(session["amount_total"], 3_818);
    assert_eq!(session["total_details"]["amount_discount"], 390);
    assert_eq!(session["total_details"]["amount_tax"], 311);
    assert_eq!(pay(&till, &sale.id).await, "paid");
    let pricing = till
        .ledger()
        .unwrap()
        .sale_pricing(&sale.id)
        .unwrap()
        .unwrap();
    assert_eq!((pricing.discount, pricing.tax, pricing.tip), (390, 311, 0));
    assert_eq!(pricing.coupon.unwrap().id, ten);
    // Its lines' prices are not what was paid for them: a return by line is refused.
    let refused = till_core::returns::preview(till.checkout(), &sale.id, &[(book.clone(), 1)])
        .await
        .unwrap_err();
    assert_eq!(refused.reason, Some("return_adjusted_sale"));

    // The coupon could be used once: after the sync it is used up.
    till.register.sync_catalog().await.unwrap();
    till.register.clear().unwrap();
    till.register.add(&book, 1).unwrap();
    let before = till.register.cart().unwrap();
    let used = till.register.set_coupon(Some(&ten)).await.unwrap_err();
    assert_eq!(used.reason, Some("coupon_expired"));
    assert!(used.message.contains("Summer 10%"), "{}", used.message);
    let other = till.register.set_coupon(Some(&euros)).await.unwrap_err();
    assert_eq!(other.reason, Some("coupon_currency"));
    let unknown = till.register.set_coupon(Some("NOPE")).await.unwrap_err();
    assert_eq!(unknown.reason, Some("unknown_coupon"));
    let huge = till.register.set_tip(Some("100")).unwrap_err();
    assert_eq!(huge.reason, Some("tip_too_large"));
    assert_eq!(
        till.register.cart().unwrap(),
        before,
        "every refusal left the cart"
    );

    // In cash with a tip: 12.99 + 8.875 % = 14.14 (1.15 tax), a 20 % tip = 2.83.
    drawer::open(
        till.checkout(),
        till.register.currency(),
        &CountInput {
            pieces: Vec::new(),
            total: "100".into(),
        },
    )
    .await
    .unwrap();
    let cart = till.register.set_tip_percent(20).unwrap();
    assert_eq!(cart.tip.as_ref().unwrap().amount_display, "$2.83");
    assert_eq!(cart.total, 1_414 + 283);
    let cash = till.register.pay_cash("20", None).await.unwrap();
    assert_eq!((cash.paid.amount, cash.change.amount), (1_697, 303));
    let pricing = till
        .ledger()
        .unwrap()
        .sale_pricing(&cash.sale.id)
        .unwrap()
        .unwrap();
    assert_eq!(
        (pricing.subtotal, pricing.tax, pricing.tip),
        (1_299, 115, 283)
    );
    let receipt =
        receipts::receipt_text(till.checkout(), &cash.sale.id, ReceiptKind::Sale, false, 48)
            .await
            .unwrap();
    assert!(
        receipt
            .lines()
            .any(|l| l.starts_with("Tip") && l.ends_with("$2.83")),
        "{receipt}"
    );

    // The end-of-day summary of the cash sale's own local day: its tip under cash, apart from
    // sales; the tax per rate; net sales without tax and tips.
    let day = till
        .ledger()
        .unwrap()
        .local_date(cash.sale.created_at)
        .unwrap();
    let card_day = till.ledger().unwrap().local_date(sale.created_at).unwrap();
    let summary = till_core::history::day_summary(till.checkout(), day)
        .await
        .unwrap();
    let usd = summary
        .pricing
        .iter()
        .find(|p| p.currency == "usd")
        .expect("the day's USD figures");
    let tips: Vec<(&str, &str)> = usd
        .tips
        .iter()
        .map(|t| (t.tender.as_str(), t.tips_display.as_str()))
        .collect();
    assert_eq!(tips, [("cash", "$2.83")]);
    assert_eq!(usd.taxes[0].label, "Sales tax 8.875%");
    if day == card_day {
        // Both sales: paid 38.18 + 16.97; tax 3.11 + 1.15; tips 2.83; discounts 3.90.
        assert_eq!(usd.gross_display, "$55.15");
        assert_eq!(usd.discount_display, "$3.90");
        assert_eq!(usd.tax_display, "$4.26");
        assert_eq!(usd.taxes[0].tax_display, "$4.26");
        assert_eq!(usd.net_display, "$48.06");
    }
}

#[tokio::test]
async fn a_card_sale_with_a_coupon_and_a_tip_charges_exactly_the_tills_total() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let book = product(
        &till,
        "cat_taxbook0004",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    let beans = product(&till, "cat_taxcafe0004", "Coffee beans", "9.50", &rates.vat).await;
    let mut carts = Vec::new();
    for (key, name, value) in [
        ("coupon-staff", "Staff 20%", percent_off("20")),
        (
            "coupon-three",
            "Three off",
            CouponValue::AmountOff {
                amount: Money::new(300, Currency::USD),
            },
        ),
    ] {
        let id = coupon(&till, key, name, value, None).await;
        till.register.sync_catalog().await.unwrap();
        till.register.clear().unwrap();
        till.register.add(&book, 3).unwrap();
        till.register.add(&beans, 1).unwrap();
        till.register.set_coupon(Some(&id)).await.unwrap();
        let cart = till.register.set_tip_percent(15).unwrap();
        let sale = till.register.charge(None).await.unwrap();
        assert_eq!(sale.amount_total, cart.total);
        let session_id = till.session_of(&sale.id).unwrap();
        let session = till.sim.session(&session_id).unwrap();
        let pricing = till
            .ledger()
            .unwrap()
            .sale_pricing(&sale.id)
            .unwrap()
            .unwrap();
        assert_eq!(
            session["amount_total"], cart.total,
            "{name}: Stripe charges the till's total"
        );
        assert_eq!(
            session["total_details"]["amount_discount"], pricing.discount,
            "{name}"
        );
        assert_eq!(
            session["total_details"]["amount_tax"], pricing.tax,
            "{name}"
        );
        assert!(pricing.tip > 0 && pricing.discount > 0, "{name}");
        assert_eq!(pay(&till, &sale.id).await, "paid", "{name}");
        carts.push(cart.total);
    }
    // 20 % off: 38.97 − 7.79 = 31.18 (+2.77 tax); 9.50 − 1.90 = 7.60 (1.21 VAT inside):
    // 41.55, and a 15 % tip of 6.23.
    assert_eq!(carts[0], 3_118 + 277 + 760 + 623);
}

fn json(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

// The simulator runs in this process while tillctl blocks the test thread: two workers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_makes_tax_rates_and_coupons_and_charges_with_them() {
    let till = TestTill::start().await.unwrap();
    let (dir, base) = (till.dir.path(), till.sim.base_url());
    let rate = json(
        &tillctl(
            dir,
            &base,
            &[
                "tax-rates",
                "create",
                "--name",
                "Sales tax",
                "--percent",
                "8.875",
                "--country",
                "us",
                "--jurisdiction",
                "NY",
            ],
            &[],
        )
        .unwrap(),
    );
    let rate_id = rate["id"].as_str().unwrap().to_string();
    json(&tillctl(dir, &base, &["tax-rates", "default", &rate_id], &[]).unwrap());
    let listed = json(&tillctl(dir, &base, &["tax-rates", "list"], &[]).unwrap());
    assert_eq!(listed[0]["percentageDisplay"], "8.875%");
    assert_eq!(listed[0]["default"], true);
    let coupon = json(
        &tillctl(
            dir,
            &base,
            &["coupons", "create", "--name", "Regulars", "--percent", "10"],
            &[],
        )
        .unwrap(),
    );
    let coupon_id = coupon["id"].as_str().unwrap().to_string();
    assert_eq!(coupon["offDisplay"], "10% off");
    // Bad input: nothing is made.
    let refused = tillctl(
        dir,
        &base,
        &["coupons", "create", "--name", "Nothing", "--percent", "0"],
        &[],
    )
    .unwrap();
    assert!(!refused.status.success());
    let refused: serde_json::Value = serde_json::from_slice(&refused.stdout).unwrap();
    assert_eq!(refused["error"]["code"], "invalid_coupon");
    let listed = json(&tillctl(dir, &base, &["coupons", "list"], &[]).unwrap());
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // The latte has no rate of its own: it takes the default. 4.75 − 10 % (0.48) = 4.27,
    // tax 0.38: 4.65; a 15 % tip of 0.70: 5.35.
    let sale = json(
        &tillctl(
            dir,
            &base,
            &[
                "charge",
                "price_demo_latte_usd",
                "--coupon",
                &coupon_id,
                "--tip",
                "15%",
            ],
            &[],
        )
        .unwrap(),
    );
    assert_eq!(sale["amountTotal"], 535);
    let session = till
        .sim
        .session(sale["sessionId"].as_str().unwrap())
        .unwrap();
    assert_eq!(
        session["amount_total"], 535,
        "Stripe charges tillctl's total"
    );
    let refused = tillctl(
        dir,
        &base,
        &["charge", "price_demo_latte_usd", "--tip", "lots%"],
        &[],
    )
    .unwrap();
    assert!(!refused.status.success());
    // A manual discount: the owner PIN signs the owner in for the run; a reason is required.
    let refused = tillctl(
        dir,
        &base,
        &["charge", "price_demo_latte_usd", "--discount", "1"],
        &[],
    )
    .unwrap();
    assert_eq!(
        refused.status.code(),
        Some(2),
        "--discount without --reason"
    );
    till_core::owner::set_pin(till.checkout().store(), None, "2468")
        .await
        .unwrap();
    let sale = json(
        &tillctl(
            dir,
            &base,
            &[
                "charge",
                "price_demo_latte_usd",
                "--discount",
                "1",
                "--reason",
                "regular",
            ],
            &[("TILL_OWNER_PIN", "2468")],
        )
        .unwrap(),
    );
    // 4.75 − 1.00 = 3.75, tax 0.33 (the default rate): 4.08.
    assert_eq!(sale["amountTotal"], 408);
    let session = till
        .sim
        .session(sale["sessionId"].as_str().unwrap())
        .unwrap();
    assert_eq!(session["amount_total"], 408);
    // A line's price: the owner PIN too, a reason required (and a reason alone is refused).
    for args in [
        &[
            "charge",
            "price_demo_latte_usd",
            "--override",
            "price_demo_latte_usd=4",
        ][..],
        &["charge", "price_demo_latte_usd", "--reason", "regular"][..],
        &[
            "charge",
            "price_demo_latte_usd",
            "--override",
            "4",
            "--reason",
            "x",
        ][..],
    ] {
        let refused = tillctl(dir, &base, args, &[]).unwrap();
        assert_eq!(refused.status.code(), Some(2), "{args:?}");
    }
    let sale = json(
        &tillctl(
            dir,
            &base,
            &[
                "charge",
                "price_demo_latte_usd",
                "--override",
                "price_demo_latte_usd=4.00",
                "--reason",
                "staff price",
            ],
            &[("TILL_OWNER_PIN", "2468")],
        )
        .unwrap(),
    );
    // 4.00, tax 8.875 % = 0.355, half up: 0.36.
    assert_eq!(sale["amountTotal"], 436);
    let session = till
        .sim
        .session(sale["sessionId"].as_str().unwrap())
        .unwrap();
    assert_eq!(
        session["amount_total"], 436,
        "Stripe charges tillctl's total"
    );
    let refused = tillctl(
        dir,
        &base,
        &[
            "charge",
            "price_demo_latte_usd",
            "--override",
            "price_demo_latte_usd=0",
            "--reason",
            "free",
        ],
        &[("TILL_OWNER_PIN", "2468")],
    )
    .unwrap();
    assert!(!refused.status.success());
    let refused: serde_json::Value = serde_json::from_slice(&refused.stdout).unwrap();
    assert_eq!(refused["error"]["code"], "override_zero");
    // Last: a refused PIN holds the next try back a moment, and under libfaketime (`scripts/soak
    // --dates`) every tillctl process starts at the same instant.
    let wrong = tillctl(
        dir,
        &base,
        &[
            "charge",
            "price_demo_latte_usd",
            "--discount",
            "1",
            "--reason",
            "regular",
        ],
        &[("TILL_OWNER_PIN", "1111")],
    )
    .unwrap();
    assert!(
        !wrong.status.success(),
        "a wrong owner PIN gives no discount"
    );
}

#[tokio::test]
async fn open_prices_and_miscellaneous_lines_are_typed_checked_and_charged_as_typed() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let gateway = till.checkout().gateway();
    let flowers = gateway
        .create_product(
            &till_core::stripe::NewProduct {
                name: "Flowers by weight".into(),
                description: None,
                metadata: std::collections::HashMap::from([
                    ("open_price".to_string(), "true".to_string()),
                    ("tax_rate".to_string(), rates.vat.clone()),
                ]),
            },
            "open-price-product",
        )
        .await
        .unwrap();
    let placeholder = gateway
        .create_price(
            &till_core::stripe::NewPrice {
                product_id: flowers.clone(),
                currency: "usd".into(),
                unit_amount: 0,
                recurring_interval: None,
            },
            "open-price-price",
        )
        .await
        .unwrap();
    till.register.sync_catalog().await.unwrap();
    till_core::discounts::set_default_tax_rate(&till.register, Some(&rates.sales_tax))
        .await
        .unwrap();
    let tile = till.register.catalog_view("flowers", None).unwrap();
    assert!(tile.items[0].open_price, "the tile asks for the amount");

    // Bad amounts: refused, the cart unchanged.
    let empty = till.register.cart().unwrap();
    for (amount, reason) in [
        ("0", "open_price_zero"),
        ("1000000", "amount_too_large"),
        ("abc", "invalid_amount"),
    ] {
        let refused = till
            .register
            .add_open_price(Some(&placeholder), amount)
            .unwrap_err();
        assert_eq!(refused.reason, Some(reason), "{amount}");
    }
    let fixed = till
        .register
        .add_open_price(Some("price_demo_latte_usd"), "3")
        .unwrap_err();
    assert_eq!(fixed.reason, Some("not_open_price"));
    assert_eq!(till.register.cart().unwrap(), empty);

    // 7.25 twice is one line of two; a Miscellaneous 3.00 takes the shop's default rate.
    till.register
        .add_open_price(Some(&placeholder), "7.25")
        .unwrap();
    till.register
        .add_open_price(Some(&placeholder), "7.25")
        .unwrap();
    let cart = till.register.add_open_price(None, "3").unwrap();
    let lines: Vec<(&str, u32, &str)> = cart
        .lines
        .iter()
        .map(|l| (l.name.as_str(), l.quantity, l.subtotal_display.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            ("Flowers by weight", 2, "$14.50"),
            ("Miscellaneous", 1, "$3.00")
        ]
    );
    // VAT inside 14.50 (2.32); sales tax 8.875 % on 3.00 (0.27) added.
    assert_eq!(cart.total, 1_450 + 300 + 27);
    let sale = till.register.charge(None).await.unwrap();
    let session = till
        .sim
        .session(&till.session_of(&sale.id).unwrap())
        .unwrap();
    assert_eq!(
        session["amount_total"], 1_777,
        "Stripe charges the typed amounts"
    );
    assert_eq!(session["total_details"]["amount_tax"], 232 + 27);
}

#[tokio::test]
async fn a_manual_discount_needs_the_owner_and_a_reason_and_reaches_stripe_as_given() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let book = product(
        &till,
        "cat_taxbook0005",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    till.register.add(&book, 2).unwrap();
    let before = till.register.cart().unwrap();
    // Nobody signed in: refused, whatever the reason.
    let refused = till
        .register
        .set_manual_discount("10%", "damaged cover")
        .unwrap_err();
    assert_eq!(refused.reason, Some("discount_needs_owner"));
    till_core::owner::set_pin(till.checkout().store(), None, "2468")
        .await
        .unwrap();
    till.checkout().sign_in_owner("2468").await.unwrap();
    for (typed, reason, code) in [
        ("10%", "  ", "discount_reason_missing"),
        ("0", "damaged cover", "discount_zero"),
        ("30", "damaged cover", "discount_exceeds_sale"),
    ] {
        let refused = till
            .register
            .set_manual_discount(typed, reason)
            .unwrap_err();
        assert_eq!(refused.reason, Some(code), "{typed} {reason:?}");
    }
    assert_eq!(
        till.register.cart().unwrap(),
        before,
        "refusals leave the cart"
    );

    // 10 % of 25.98 = 2.60 off; tax 8.875 % on 23.38 = 2.07.
    let cart = till
        .register
        .set_manual_discount("10%", "damaged cover")
        .unwrap();
    assert_eq!(cart.discount.as_ref().unwrap().label, "Manual discount");
    assert_eq!(cart.total, 2_598 - 260 + 207);
    let sale = till.register.charge(None).await.unwrap();
    let session = till
        .sim
        .session(&till.session_of(&sale.id).unwrap())
        .unwrap();
    assert_eq!(
        session["amount_total"], cart.total,
        "Stripe charges the discounted total"
    );
    assert_eq!(session["total_details"]["amount_discount"], 260);
    let timeline = till.ledger().unwrap().timeline(&sale.id).unwrap();
    assert!(
        timeline[0]
            .detail
            .contains("Manual discount $2.60: damaged cover (Owner)"),
        "{}",
        timeline[0].detail
    );
}

#[tokio::test]
async fn a_price_override_needs_a_manager_and_a_reason_and_costs_the_same_by_card_and_in_cash() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let book = product(
        &till,
        "cat_taxbook0006",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    till.register.add(&book, 2).unwrap();
    let before = till.register.cart().unwrap();
    // Nobody signed in, then a cashier: refused, whatever the amount and reason.
    let refused = till
        .register
        .override_price(&book, "10", "scuffed")
        .unwrap_err();
    assert_eq!(refused.reason, Some("override_needs_owner"));
    let store = till.checkout().store();
    let ada = till_core::staff::add(store, "Ada", "staff", "1111")
        .await
        .unwrap();
    let mo = till_core::staff::add(store, "Mo", "manager", "2222")
        .await
        .unwrap();
    till.checkout().sign_in(&ada.id, "1111").await.unwrap();
    let refused = till
        .register
        .override_price(&book, "10", "scuffed")
        .unwrap_err();
    assert_eq!(refused.reason, Some("staff_not_allowed"));
    // A manager: each bad input its own refusal.
    till.checkout().sign_in(&mo.id, "2222").await.unwrap();
    for (price, typed, reason, code) in [
        (book.as_str(), "10", " ", "override_reason_missing"),
        (book.as_str(), "0", "scuffed", "override_zero"),
        (book.as_str(), "-1", "scuffed", "negative_amount"),
        (book.as_str(), "1000000", "scuffed", "amount_too_large"),
        ("price_notinthecart", "10", "scuffed", "line_not_found"),
    ] {
        let refused = till
            .register
            .override_price(price, typed, reason)
            .unwrap_err();
        assert_eq!(refused.reason, Some(code), "{typed} {reason:?}");
    }
    assert_eq!(
        till.register.cart().unwrap(),
        before,
        "refusals leave the cart"
    );

    // 2 × 10.00, tax 8.875 % on 20.00 = 1.775, half up: 1.78.
    let cart = till
        .register
        .override_price(&book, "10", "scuffed")
        .unwrap();
    assert_eq!(cart.total, 2_000 + 178);
    assert_eq!(cart.lines[0].quantity, 2);
    assert_eq!(cart.lines[0].unit_display, "$10.00");
    assert_eq!(cart.lines[0].was_display.as_deref(), Some("$12.99"));
    let sale = till.register.charge(None).await.unwrap();
    assert_eq!(sale.amount_total, cart.total);
    let session = till
        .sim
        .session(&till.session_of(&sale.id).unwrap())
        .unwrap();
    assert_eq!(
        session["amount_total"], cart.total,
        "Stripe charges the ledger's total"
    );
    assert_eq!(session["total_details"]["amount_tax"], 178);
    let pricing = till
        .ledger()
        .unwrap()
        .sale_pricing(&sale.id)
        .unwrap()
        .unwrap();
    let lines = till.ledger().unwrap().sale_lines(&sale.id).unwrap();
    assert_eq!(lines[0].unit_amount, 1_000);
    assert_eq!(
        lines[0].tax_rates[0].id, rates.sales_tax,
        "the product's rate"
    );
    let timeline = till.ledger().unwrap().timeline(&sale.id).unwrap();
    assert!(
        timeline[0]
            .detail
            .contains("Price of Notebook overridden from $12.99 to $10.00: scuffed (Mo)"),
        "{}",
        timeline[0].detail
    );
    assert_eq!(pay(&till, &sale.id).await, "paid");

    // The same in cash: the same figures, and the timeline says the same.
    drawer::open(
        till.checkout(),
        till.register.currency(),
        &CountInput {
            pieces: Vec::new(),
            total: "100".into(),
        },
    )
    .await
    .unwrap();
    till.register.clear().unwrap();
    till.register.add(&book, 2).unwrap();
    till.register
        .override_price(&book, "10", "scuffed")
        .unwrap();
    let cash = till.register.pay_cash("30", None).await.unwrap();
    assert_eq!((cash.paid.amount, cash.change.amount), (2_178, 822));
    let cash_pricing = till
        .ledger()
        .unwrap()
        .sale_pricing(&cash.sale.id)
        .unwrap()
        .unwrap();
    assert_eq!(cash_pricing, pricing);
    let timeline = till.ledger().unwrap().timeline(&cash.sale.id).unwrap();
    assert!(
        timeline[0]
            .detail
            .contains("overridden from $12.99 to $10.00"),
        "{}",
        timeline[0].detail
    );
}

/// Makes a promotion code at Stripe (as the owner would in the Dashboard) for `coupon`.
async fn promotion_code(till: &TestTill, coupon: &str, code: &str) {
    let body = format!("promotion[type]=coupon&promotion[coupon]={coupon}&code={code}");
    let made = stripe_sim::raw::request(
        "POST",
        &format!("{}/v1/promotion_codes", till.sim.base_url()),
        &[
            (
                "Authorization",
                &format!("Bearer {}", till_harness::till::TEST_KEY),
            ),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        Some(body.as_bytes()),
        std::time::Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(made.status, 200, "{}", made.text());
}

#[tokio::test]
async fn a_promotion_code_typed_on_stripes_page_is_what_the_ledger_records() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let book = product(
        &till,
        "cat_taxbook0006",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    let mug = product(&till, "cat_taxmug00006", "Mug", "9.00", &rates.vat).await;
    let spring = coupon(
        &till,
        "coupon-spring",
        "Spring 20%",
        percent_off("20"),
        None,
    )
    .await;
    promotion_code(&till, &spring, "SPRING").await;
    till.register.sync_catalog().await.unwrap();

    till.register.add(&book, 2).unwrap();
    till.register.add(&mug, 1).unwrap();
    let asked = till.register.set_promotion_codes(true).unwrap();
    assert!(asked.promotion_codes);
    // Stripe takes a coupon or promotion codes, not both; cash can't reach Stripe's page; a
    // tip would be discounted too: each refused, nothing recorded.
    let sales = count(&till, "sales");
    let refused = till.register.set_coupon(Some(&spring)).await.unwrap_err();
    assert_eq!(refused.reason, Some("coupon_and_promotion_codes"));
    assert!(asked.cash_blocked.is_some());
    let refused = till.register.pay_cash("100", None).await.unwrap_err();
    assert_eq!(refused.reason, Some("promotion_codes_need_card"));
    till.register.set_tip_percent(15).unwrap();
    let refused = till.register.charge(None).await.unwrap_err();
    assert_eq!(refused.reason, Some("promotion_codes_with_tip"));
    till.register.set_tip(None).unwrap();
    assert_eq!(count(&till, "sales"), sales);
    assert_eq!(
        till.register.cart().unwrap(),
        asked,
        "every refusal left the cart"
    );

    // Asked: 2 × 12.99 + 9.00 = 34.98, tax 2.31 on the notebooks, 1.44 inside the mug.
    let sale = till.register.charge(None).await.unwrap();
    assert_eq!(sale.amount_total, asked.total);
    let session_id = till.session_of(&sale.id).unwrap();
    let session = till.sim.session(&session_id).unwrap();
    assert_eq!(session["amount_total"], asked.total);
    // The rates' rows wait for what Stripe charges.
    let rows = |id: &str| -> i64 {
        till.ledger()
            .unwrap()
            .connection()
            .query_row(
                "SELECT count(*) FROM sale_taxes WHERE sale_id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(rows(&sale.id), 0);

    // The customer types SPRING on Stripe's page and pays.
    let session = till
        .sim
        .apply_promotion_code(&session_id, "SPRING")
        .unwrap();
    let charged = session["amount_total"].as_i64().unwrap();
    assert!(charged < asked.total, "{session}");
    assert_eq!(pay(&till, &sale.id).await, "paid");
    let ledger = till.ledger().unwrap();
    let record = ledger.sale(&sale.id).unwrap().unwrap();
    assert_eq!(
        record.amount_total, charged,
        "the ledger records what Stripe charged"
    );
    let pricing = ledger.sale_pricing(&sale.id).unwrap().unwrap();
    assert_eq!(
        pricing.discount,
        session["total_details"]["amount_discount"]
            .as_i64()
            .unwrap()
    );
    assert_eq!(
        pricing.tax,
        session["total_details"]["amount_tax"].as_i64().unwrap()
    );
    assert_eq!(pricing.promotion_code.as_deref(), Some("SPRING"));
    assert_eq!(
        pricing.coupon.as_ref().map(|c| c.id.as_str()),
        Some(spring.as_str())
    );
    assert_eq!(rows(&sale.id), 2);
    assert_eq!(
        pricing.taxes.iter().map(|t| t.tax).sum::<i64>(),
        pricing.tax
    );
    assert_eq!(
        pricing.subtotal - pricing.discount + pricing.tax_exclusive(),
        charged,
        "the recorded figures add up to what was charged"
    );
    let view = till_core::amounts::view(
        &pricing,
        Currency::USD,
        till_core::money::Locale::default(),
        till_core::i18n::Language::En,
    )
    .unwrap();
    assert_eq!(view.discount.unwrap().label, "Code SPRING");
    let timeline = ledger.timeline(&sale.id).unwrap();
    assert!(
        timeline
            .iter()
            .any(|e| e.detail.contains("promotion code SPRING (Spring 20%)")),
        "{timeline:?}"
    );
    // The period report counts what Stripe charged, the code's discount and the tax after it.
    let day = ledger.local_date(record.created_at).unwrap();
    let report = till_core::history::report(
        till.checkout(),
        None,
        day,
        day,
        till_core::history::Period::Month,
        None,
    )
    .await
    .unwrap();
    let shown = |minor: i64| Money::new(minor, Currency::USD).format(Default::default());
    let usd = &report.pricing[0];
    assert_eq!(
        (
            usd.gross_display.as_str(),
            usd.discount_display.as_str(),
            usd.tax_display.as_str()
        ),
        (
            shown(charged).as_str(),
            shown(pricing.discount).as_str(),
            shown(pricing.tax).as_str()
        )
    );
    // Till's own calculator, given the code's coupon, gets what Stripe charged.
    till.register.clear().unwrap();
    till.register.add(&book, 2).unwrap();
    till.register.add(&mug, 1).unwrap();
    let same = till.register.set_coupon(Some(&spring)).await.unwrap();
    assert_eq!(same.total, charged);

    // With promotion codes allowed but none typed: charged as asked, the rows as Till's.
    till.register.clear().unwrap();
    till.register.add(&book, 1).unwrap();
    let asked = till.register.set_promotion_codes(true).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    assert_eq!(pay(&till, &sale.id).await, "paid");
    let pricing = ledger.sale_pricing(&sale.id).unwrap().unwrap();
    assert_eq!(
        ledger.sale(&sale.id).unwrap().unwrap().amount_total,
        asked.total
    );
    assert_eq!((pricing.discount, pricing.tax), (0, 115));
    assert_eq!(pricing.promotion_code, None);
    assert_eq!(rows(&sale.id), 1);
    assert!(ledger
        .timeline(&sale.id)
        .unwrap()
        .iter()
        .any(|e| e.detail.contains("No promotion code was used")));
}

/// The period report and the CSV export carry what the sales carry: a taxed card sale, a
/// cash sale with a coupon and a tipped cash sale (inclusive VAT) give, per currency, what
/// customers paid, the discounts, the tax per rate, the tips per tender and net sales — the
/// end-of-day summary's figures — and each sale's row its subtotal, discount, tax, tip and
/// coupon.
#[tokio::test]
async fn the_report_and_the_export_show_discounts_tax_per_rate_and_tips() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let book = product(
        &till,
        "cat_taxbook0009",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    let tin = product(&till, "cat_taxtin00009", "Tea tin", "10.00", &rates.vat).await;
    let ten = coupon(
        &till,
        "coupon-report-ten",
        "Summer 10%",
        percent_off("10"),
        None,
    )
    .await;
    till.register.sync_catalog().await.unwrap();

    // Taxed, by card: 12.99 + 8.875 % (1.15) = 14.14.
    till.register.add(&book, 1).unwrap();
    let taxed = till.register.charge(None).await.unwrap();
    assert_eq!(pay(&till, &taxed.id).await, "paid");
    drawer::open(
        till.checkout(),
        till.register.currency(),
        &CountInput {
            pieces: Vec::new(),
            total: "100".into(),
        },
    )
    .await
    .unwrap();
    // A coupon, in cash: 3 × 12.99 = 38.97, 10 % off = 3.90, tax on 35.07 = 3.11: 38.18.
    till.register.clear().unwrap();
    till.register.add(&book, 3).unwrap();
    till.register.set_coupon(Some(&ten)).await.unwrap();
    let discounted = till.register.pay_cash("40", None).await.unwrap();
    assert_eq!(discounted.paid.amount, 3_818);
    // A tip, in cash: 10.00 with 19 % VAT inside (1.60), a 20 % tip of 2.00: 12.00.
    till.register.clear().unwrap();
    till.register.add(&tin, 1).unwrap();
    till.register.set_tip_percent(20).unwrap();
    let tipped = till.register.pay_cash("20", None).await.unwrap();
    assert_eq!(tipped.paid.amount, 1_200);

    let ledger = till.ledger().unwrap();
    let first = ledger
        .local_date(ledger.require_sale(&taxed.id).unwrap().created_at)
        .unwrap();
    let last = ledger.local_date(tipped.sale.created_at).unwrap();
    let report = till_core::history::report(
        till.checkout(),
        None,
        first,
        last,
        till_core::history::Period::Month,
        None,
    )
    .await
    .unwrap();
    assert_eq!(report.pricing.len(), 1, "{:?}", report.pricing);
    let usd = &report.pricing[0];
    assert_eq!(usd.currency, "usd");
    // Paid 14.14 + 38.18 + 12.00; tax 1.15 + 3.11 + 1.60; net sales = paid − tax − tips.
    assert_eq!(usd.gross_display, "$64.32");
    assert_eq!(usd.discount_display, "$3.90");
    let taxes: Vec<(&str, &str, &str)> = usd
        .taxes
        .iter()
        .map(|t| {
            (
                t.label.as_str(),
                t.net_display.as_str(),
                t.tax_display.as_str(),
            )
        })
        .collect();
    assert_eq!(
        taxes,
        [
            ("Sales tax 8.875%", "$48.06", "$4.26"),
            ("incl. VAT 19%", "$8.40", "$1.60")
        ]
    );
    assert_eq!(usd.tax_display, "$5.86");
    let tips: Vec<(&str, &str)> = usd
        .tips
        .iter()
        .map(|t| (t.tender.as_str(), t.tips_display.as_str()))
        .collect();
    assert_eq!(tips, [("cash", "$2.00")]);
    assert_eq!(usd.tips_display, "$2.00");
    assert_eq!(usd.net_display, "$56.46");
    if first == last {
        // The same figures, worded the same, as the day's summary.
        let summary = till_core::history::day_summary(till.checkout(), first)
            .await
            .unwrap();
        assert_eq!(summary.pricing, report.pricing);
    }

    // The export: each sale's figures in both units, its coupon.
    let query = till_core::history::HistoryFilter::default()
        .to_query(
            till_core::mode::Mode::Training,
            till_core::i18n::Language::En,
        )
        .unwrap();
    let mut csv = Vec::new();
    till_core::history::write_csv(&ledger, &query, false, &mut csv).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let cell = |sale: &str, column: &str| -> String {
        let at = headers.iter().position(|h| h == column).unwrap();
        let id = headers.iter().position(|h| h == "sale_id").unwrap();
        rows.iter().find(|r| &r[id] == sale).unwrap()[at].to_string()
    };
    let figures = |sale: &str| -> Vec<String> {
        [
            "amount_total",
            "amount_subtotal",
            "amount_discount",
            "amount_tax",
            "amount_tip",
            "amount_subtotal_minor",
            "amount_discount_minor",
            "amount_tax_minor",
            "amount_tip_minor",
            "coupon_id",
            "coupon_name",
        ]
        .iter()
        .map(|c| cell(sale, c))
        .collect()
    };
    assert_eq!(
        figures(&taxed.id),
        ["14.14", "12.99", "0.00", "1.15", "0.00", "1299", "0", "115", "0", "", ""]
    );
    assert_eq!(
        figures(&discounted.sale.id),
        [
            "38.18",
            "38.97",
            "3.90",
            "3.11",
            "0.00",
            "3897",
            "390",
            "311",
            "0",
            ten.as_str(),
            "Summer 10%"
        ]
    );
    assert_eq!(
        figures(&tipped.sale.id),
        ["12.00", "10.00", "0.00", "1.60", "2.00", "1000", "0", "160", "200", "", ""]
    );
}

/// A parked sale comes back as it was parked: its coupon and tip, a manual discount and a
/// price set by hand (with their reasons and who gave them), not only its lines; a coupon
/// deleted at Stripe meanwhile is named, left out only when staff accept, the rest kept.
#[tokio::test]
async fn a_parked_sale_comes_back_with_its_coupon_tip_discount_and_prices() {
    let till = TestTill::start().await.unwrap();
    let rates = create_rates(&till).await;
    let book = product(
        &till,
        "cat_taxbook0009",
        "Notebook",
        "12.99",
        &rates.sales_tax,
    )
    .await;
    let ten = coupon(
        &till,
        "coupon-park",
        "Regulars 10%",
        percent_off("10"),
        None,
    )
    .await;
    till.register.sync_catalog().await.unwrap();

    // A coupon and a tip: parked, listed unchanged, resumed the same to the last figure.
    till.register.add(&book, 3).unwrap();
    till.register.set_coupon(Some(&ten)).await.unwrap();
    let before = till.register.set_tip_percent(15).unwrap();
    assert!(before.discount.is_some() && before.tip.is_some());
    let parked = till.register.park("Anna").await.unwrap();
    assert_eq!(parked.total, before.total);
    assert!(till.register.cart().unwrap().lines.is_empty());
    assert!(till.register.parked().await.unwrap()[0].changes.is_empty());
    let resumed = till.register.resume(parked.id, false).await.unwrap();
    assert_eq!(resumed, before, "the coupon and the tip come back");
    // Paid in cash, it records what was parked.
    drawer::open(
        till.checkout(),
        till.register.currency(),
        &CountInput {
            pieces: Vec::new(),
            total: "100".into(),
        },
    )
    .await
    .unwrap();
    let cash = till.register.pay_cash("60", None).await.unwrap();
    let sale = till.ledger().unwrap().sale(&cash.sale.id).unwrap().unwrap();
    assert_eq!(sale.amount_total, before.total);
    let discount: i64 = till
        .ledger()
        .unwrap()
        .connection()
        .query_row(
            "SELECT amount_discount FROM sales WHERE id = ?1",
            [&sale.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(discount, 390);

    // A manual discount and a price set by hand (the owner signed in): kept, with their reasons.
    till_core::owner::set_pin(till.checkout().store(), None, "2468")
        .await
        .unwrap();
    till.checkout().sign_in_owner("2468").await.unwrap();
    till.register.add(&book, 2).unwrap();
    till.register
        .add("price_demo_latte_usd", 1)
        .unwrap_or_else(|e| panic!("{e:?}"));
    till.register
        .override_price("price_demo_latte_usd", "4.00", "regular")
        .unwrap();
    let before = till
        .register
        .set_manual_discount("2", "damaged cover")
        .unwrap();
    let parked = till.register.park("Ben").await.unwrap();
    let resumed = till.register.resume(parked.id, false).await.unwrap();
    assert_eq!(resumed, before, "the discount and the price come back");
    let sale = till.register.charge(None).await.unwrap();
    let session = till
        .sim
        .session(&till.session_of(&sale.id).unwrap())
        .unwrap();
    assert_eq!(session["amount_total"], before.total);
    let timeline = till.ledger().unwrap().timeline(&sale.id).unwrap();
    let said: Vec<&str> = timeline.iter().map(|e| e.detail.as_str()).collect();
    assert!(
        said.iter()
            .any(|d| d.contains("Manual discount $2.00: damaged cover (Owner)")),
        "{said:?}"
    );
    assert!(said.iter().any(|d| d.contains("regular")), "{said:?}");
    till.checkout()
        .cancel(&sale.id)
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    till.register.clear().unwrap();

    // The coupon deleted at Stripe while the cart waits: named; refused unless accepted; then
    // resumed without it, the tip kept.
    till.register.add(&book, 1).unwrap();
    till.register.set_coupon(Some(&ten)).await.unwrap();
    till.register.set_tip(Some("2")).unwrap();
    let parked = till.register.park("Cleo").await.unwrap();
    till.checkout().gateway().delete_coupon(&ten).await.unwrap();
    till.register.sync_catalog().await.unwrap();
    let listed = till.register.parked().await.unwrap();
    let changes: Vec<String> = listed[0].changes.iter().map(|c| c.sentence()).collect();
    assert_eq!(
        changes,
        ["the coupon Regulars 10% can no longer be used"],
        "{listed:?}"
    );
    let refused = till.register.resume(parked.id, false).await.unwrap_err();
    assert_eq!(refused.reason, Some("parked_prices_changed"));
    assert!(
        refused.message.contains("Regulars 10%"),
        "{}",
        refused.message
    );
    assert_eq!(
        till.register.parked().await.unwrap().len(),
        1,
        "still parked"
    );
    let resumed = till.register.resume(parked.id, true).await.unwrap();
    assert!(resumed.discount.is_none());
    assert_eq!(
        resumed.tip.as_ref().map(|t| t.amount_display.as_str()),
        Some("$2.00")
    );
    assert_eq!(resumed.total, 1_299 + 115 + 200);
}
