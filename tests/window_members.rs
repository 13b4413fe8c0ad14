//! Memberships in the real window: sell the Pro Plan (a recurring price) at the register —
//! Charge is refused until the customer's email is typed — the customer pays at the
//! simulator, the paid panel names the member, staff find them by email ("Active"), and the
//! owner cancels the membership at period end from the Members view. Included by `window.rs`
//! (module names start with `window`, so step 3 of scripts/test skips it and step 4 runs it).

use std::path::PathBuf;

use till_harness::App;

const EMAIL: &str = "ada@example.com";

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

async fn fill(app: &App, selector: &str, text: &str) {
    let field = app.wait_css(selector).await.unwrap();
    field.clear().await.unwrap();
    if !text.is_empty() {
        field.send_keys(text).await.unwrap();
    }
}

/// Screenshots at the counter's other common size too (1024×768), then back to 1280×800.
/// Resizing is best effort: a WebDriver that cannot resize keeps the first picture only.
async fn screenshots(app: &App, name: &str) {
    app.screenshot(&screenshot_dir(), name).await.unwrap();
    match app.client.set_window_size(1024, 768).await {
        Ok(()) => {
            app.screenshot(&screenshot_dir(), &format!("{name}-1024"))
                .await
                .unwrap();
            let _ = app.client.set_window_size(1280, 800).await;
        }
        Err(e) => eprintln!("could not resize the window for a 1024×768 screenshot: {e}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_members_sell_a_membership_and_find_the_member() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");

    // The Pro Plan: a recurring price, shown with its interval.
    app.wait_css(".category-tab").await.unwrap();
    let subscriptions = app
        .client
        .find_all(fantoccini::Locator::Css(".category-tab"))
        .await
        .unwrap();
    let mut found = false;
    for tab in subscriptions {
        if tab.text().await.unwrap() == "Subscriptions" {
            tab.click().await.unwrap();
            found = true;
            break;
        }
    }
    assert!(found, "the training catalog has a Subscriptions category");
    app.click_css(r#".product-tile[data-price-id="price_demo_pro_plan_monthly"]"#)
        .await
        .unwrap();
    let line = app
        .wait_text("#cart-lines", |t| t.contains("Pro Plan"))
        .await
        .unwrap();
    assert!(line.contains("$29.00 / month"), "{line}");
    assert!(!line.contains("each"), "{line}");
    app.wait_text("#cart-total", |t| t == "$29.00")
        .await
        .unwrap();
    // The email field is required and says so.
    app.wait_text("#email-box summary", |t| {
        t == "Membership — customer email required"
    })
    .await
    .unwrap();
    assert!(!app.is_hidden("#membership-note").await);
    app.wait_text("#membership-note", |t| {
        t.contains("Membership, billed every month")
    })
    .await
    .unwrap();

    // Charge without the email: refused by the field, nothing recorded.
    app.click_css("#charge").await.unwrap();
    app.wait_text("#email-error", |t| {
        t.contains("A membership needs the customer's email")
    })
    .await
    .unwrap();
    assert!(!app.is_hidden("#cart-panel").await, "no checkout started");
    assert!(app.is_hidden("#checkout-panel").await);
    screenshots(&app, "members-email-required").await;
    assert!(
        app.ledger()
            .unwrap()
            .members_by_email("training", EMAIL)
            .unwrap()
            .is_empty(),
        "no member before the sale"
    );

    // Type it: the message goes, Charge starts the subscription-mode checkout.
    fill(&app, "#customer-email", EMAIL).await;
    assert!(app.is_hidden("#email-error").await);
    app.click_css("#charge").await.unwrap();
    let sale_id = app.waiting_sale_id().await.unwrap();
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(sale.customer_email.as_deref(), Some(EMAIL));
    assert_eq!(sale.amount_total, 2900);
    let session = sale.session_id.expect("the sale has its session");

    // The customer pays with 4242: Paid, and the member it recorded.
    sim.pay(&session, "4242424242424242").unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    let member_line = app
        .wait_text("#checkout-member", |t| t.starts_with("Member recorded:"))
        .await
        .unwrap();
    assert!(
        member_line.starts_with(&format!("Member recorded: {EMAIL} — Active, renews ")),
        "{member_line}"
    );
    let members = app
        .ledger()
        .unwrap()
        .members_by_email("training", EMAIL)
        .unwrap();
    assert_eq!(members.len(), 1, "{members:?}");
    let member = &members[0];
    assert_eq!(member.status, "active");
    assert_eq!(member.plan, "Pro Plan");
    assert_eq!(member.sale_id.as_deref(), Some(sale_id.as_str()));
    assert!(member.subscription_id.starts_with("sub_"));
    assert!(member.customer_id.starts_with("cus_"));
    screenshots(&app, "members-paid").await;

    // New sale: the register is empty, the email field optional again.
    app.click_css("#checkout-new").await.unwrap();
    app.wait_text("#charge", |t| t == "Charge").await.unwrap();
    app.wait_text("#email-box summary", |t| t == "Customer email (optional)")
        .await
        .unwrap();

    // Staff look the member up at the counter.
    app.click_css("#member-lookup-open").await.unwrap();
    fill(&app, "#member-lookup-email", "nobody@example.com").await;
    app.type_keys("\n").await.unwrap();
    app.wait_text("#member-lookup-results", |t| {
        t == "No membership for nobody@example.com"
    })
    .await
    .unwrap();
    fill(&app, "#member-lookup-email", "not an email").await;
    app.type_keys("\n").await.unwrap();
    app.wait_text("#member-lookup-error", |t| {
        t.contains("is not an email address")
    })
    .await
    .unwrap();
    fill(&app, "#member-lookup-email", "ADA@example.com").await;
    app.type_keys("\n").await.unwrap();
    let card = app
        .wait_text("#member-lookup-results .member-card", |t| {
            t.contains("Active — let them in")
        })
        .await
        .unwrap();
    assert!(card.contains("Pro Plan"), "{card}");
    assert!(card.contains("Active — renews "), "{card}");
    assert!(card.contains("Current period ends "), "{card}");
    assert!(app.is_hidden("#member-lookup-error").await);
    screenshots(&app, "members-lookup").await;
    close_lookup(&app).await;

    // The owner's commands refuse before the PIN, whatever calls them.
    for (command, args) in [
        ("members_list", serde_json::json!({ "status": "all" })),
        (
            "member_detail",
            serde_json::json!({ "subscriptionId": member.subscription_id }),
        ),
        (
            "member_cancel",
            serde_json::json!({ "subscriptionId": member.subscription_id }),
        ),
        (
            "member_refresh",
            serde_json::json!({ "subscriptionId": member.subscription_id }),
        ),
    ] {
        let reply = app
            .client
            .execute_async(
                "const [command, args, done] = arguments;\n\
                 window.__TAURI__.core.invoke(command, args)\n\
                   .then(() => done('answered'), (e) => done(e && e.code));",
                vec![command.into(), args],
            )
            .await
            .unwrap();
        assert_eq!(reply, "owner_locked", "{command} before the PIN");
    }
    assert!(!member_record(&app, &member.subscription_id).cancel_at_period_end);

    // The owner's Members view: the PIN first, then the list and the member.
    app.click_css("#members-tab").await.unwrap();
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    assert!(
        app.is_hidden("#members-view").await,
        "nothing before the PIN"
    );
    fill(&app, "#pin-input", "2468").await;
    fill(&app, "#pin-confirm", "2468").await;
    app.click_css("#pin-submit").await.unwrap();
    let subscription = member.subscription_id.clone();
    let row = format!(r#".member-row[data-subscription-id="{subscription}"]"#);
    let text = app.wait_text(&row, |t| t.contains(EMAIL)).await.unwrap();
    assert!(
        text.contains("Pro Plan") && text.contains("Active"),
        "{text}"
    );
    // Filtered to canceled: not there.
    let status = app.wait_css("#m-status").await.unwrap();
    status.select_by_value("canceled").await.unwrap();
    app.click_css("#members-reload").await.unwrap();
    app.wait_text("#members-empty", |t| t == "No members with this status.")
        .await
        .unwrap();
    status.select_by_value("all").await.unwrap();
    app.click_css("#members-reload").await.unwrap();
    app.click_css(&format!("{row} td")).await.unwrap();
    let detail = app
        .wait_text("#member-detail", |t| t.contains(&subscription))
        .await
        .unwrap();
    assert!(detail.contains(&member.customer_id), "{detail}");
    assert!(detail.contains("Membership recorded"), "{detail}");

    // The renewal is declined: Stripe says past due; staff still let them in (amber).
    sim.advance_subscription(&subscription, Some("4000000000009995"))
        .unwrap();
    app.click_css("#member-refresh").await.unwrap();
    app.wait_text("#member-detail-status", |t| t == "Past due")
        .await
        .unwrap();
    app.wait_text("#member-answer", |t| t.starts_with("Stripe says: Past due"))
        .await
        .unwrap();
    assert_eq!(member_status(&app, &subscription), "past_due");
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    let card = lookup(&app, EMAIL, "Past due — let them in").await;
    assert!(card.contains("update their card"), "{card}");
    close_lookup(&app).await;

    // Cancel at period end, in two steps: the first click only asks.
    // Back to the Members tab (the owner is still signed in): its rows are clickable once
    // the view shows again.
    app.click_css("#members-tab").await.unwrap();
    app.wait_css("#members-view:not([hidden])").await.unwrap();
    app.click_css(&format!("{row} td")).await.unwrap();
    app.wait_text("#member-detail-status", |t| t == "Past due")
        .await
        .unwrap();
    app.click_css("#member-cancel").await.unwrap();
    app.wait_text("#member-cancel-confirm", |t| t.contains("keep access"))
        .await
        .unwrap();
    assert!(!member_record(&app, &subscription).cancel_at_period_end);
    app.click_css("#member-cancel-yes").await.unwrap();
    let answer = app
        .wait_text("#member-answer", |t| t.starts_with("Stripe confirmed:"))
        .await
        .unwrap();
    assert!(
        answer.contains("ends at the close of the period"),
        "{answer}"
    );
    let cancel = app.wait_css("#member-cancel").await.unwrap();
    assert!(!cancel.is_enabled().await.unwrap(), "already scheduled");
    app.wait_text(&row, |t| t.contains("cancels at period end"))
        .await
        .unwrap();
    let recorded = member_record(&app, &subscription);
    assert!(recorded.cancel_at_period_end);
    assert_eq!(recorded.status, "past_due", "access until the period ends");
    screenshots(&app, "members-owner").await;

    // The period ends: canceled, no access (red), nothing left to cancel.
    sim.advance_subscription(&subscription, None).unwrap();
    app.click_css("#member-refresh").await.unwrap();
    app.wait_text("#member-detail-status", |t| t == "Canceled")
        .await
        .unwrap();
    let cancel = app.wait_css("#member-cancel").await.unwrap();
    assert!(!cancel.is_enabled().await.unwrap(), "nothing to cancel");
    assert_eq!(member_status(&app, &subscription), "canceled");
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    let card = lookup(&app, EMAIL, "Canceled — no access").await;
    assert!(card.contains("access ended"), "{card}");
    assert!(!card.contains("cancels at period end"), "{card}");
    screenshots(&app, "members-lookup-canceled").await;
    close_lookup(&app).await;
    app.close().await.unwrap();
}

/// Opens the member lookup with its shortcut (F2), looks `email` up and returns the first
/// card once it shows `verdict`.
async fn lookup(app: &App, email: &str, verdict: &str) -> String {
    app.type_keys("\u{E032}").await.unwrap();
    app.wait_css("#member-dialog:not([hidden])").await.unwrap();
    fill(app, "#member-lookup-email", email).await;
    app.type_keys("\n").await.unwrap();
    app.wait_text("#member-lookup-results .member-card", |t| {
        t.contains(verdict)
    })
    .await
    .unwrap()
}

/// Escape closes the lookup.
async fn close_lookup(app: &App) {
    app.type_keys("\u{E00C}").await.unwrap();
    let start = std::time::Instant::now();
    while !app.is_hidden("#member-dialog").await {
        assert!(
            start.elapsed() < till_harness::DEADLINE,
            "Escape closes the lookup"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

fn member_record(app: &App, subscription_id: &str) -> till_core::store::MemberRecord {
    app.ledger()
        .unwrap()
        .member(subscription_id)
        .unwrap()
        .expect("the member is in the ledger")
}

fn member_status(app: &App, subscription_id: &str) -> String {
    member_record(app, subscription_id).status
}
