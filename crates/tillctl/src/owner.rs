//! The owner's commands: `history`, `sale`, `totals`, `report`, `summary`, `export`, `refund`,
//! `product create|archive`, `generate`, `members`, `member`, `owner set-pin|reset-pin|status`
//! (parsed with the others in `args.rs`); each is a call into `till-core`.
//!
//! When an owner PIN is set, every owner command asks for it: from `TILL_OWNER_PIN` (for
//! scripts), else a line on stdin (prompted on a terminal). Wrong PINs count toward the same
//! rate limit as in the window.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use serde_json::json;
use till_core::calendar::Date;
use till_core::catalog_admin::{self, ProductInput};
use till_core::discounts::{self, CouponInput, TaxRateInput};
use till_core::generate::{self, GenerateOptions};
use till_core::history::{self, HistoryFilter, Period};
use till_core::mode::Mode;
use till_core::runtime::Till;
use till_core::store::{now_ms, Ledger};
use till_core::{members, owner, refunds, staff, Error};

use crate::Output;

/// How a refund goes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefundTender {
    /// By card through Stripe (`--amount`, as before tenders).
    Card,
    /// In cash from the drawer (`--amount … --cash`).
    Cash,
    /// A split sale's refund divided (`--split-card`, `--split-cash`).
    Split {
        card: Option<String>,
        cash: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerCommand {
    History {
        filter: HistoryFilter,
        limit: usize,
        after: Option<String>,
    },
    Sale {
        sale_id: String,
    },
    Totals {
        filter: HistoryFilter,
    },
    Report {
        from: Option<String>,
        to: Option<String>,
        period: Period,
        register: Option<String>,
        cashier: Option<String>,
        svg: Option<PathBuf>,
    },
    Summary {
        day: Option<String>,
    },
    Export {
        file: PathBuf,
        per_line: bool,
        filter: HistoryFilter,
    },
    Refund {
        sale_id: String,
        amount: Option<String>,
        reason: Option<String>,
        /// By card (as before tenders), in cash, or a split's division.
        tender: RefundTender,
        refresh: bool,
    },
    /// Take back lines of a paid sale: (price id, quantity) each; the refund is their amount.
    Return {
        sale_id: String,
        lines: Vec<(String, i64)>,
        reason: Option<String>,
    },
    ProductCreate(ProductInput),
    ProductArchive {
        product_id: String,
    },
    TaxRates,
    TaxRateCreate(TaxRateInput),
    TaxRateArchive {
        tax_rate_id: String,
    },
    /// `None`: clear the default.
    TaxRateDefault {
        tax_rate_id: Option<String>,
    },
    Coupons,
    CouponCreate(CouponInput),
    CouponDelete {
        coupon_id: String,
    },
    Generate {
        sales: u64,
        seed: u64,
        days: i64,
        registers: u32,
        mode: Option<String>,
    },
    PinStatus,
    SetPin,
    ResetPin,
    Members {
        status: Option<String>,
    },
    MemberShow {
        subscription_id: String,
    },
    MemberCancel {
        subscription_id: String,
    },
    MemberRefresh {
        subscription_id: String,
    },
    MemberLookup {
        email: String,
    },
    MembersSync,
    StaffAdd {
        name: String,
        role: String,
    },
    StaffList {
        all: bool,
    },
    StaffArchive {
        id: String,
    },
    StaffPin {
        id: String,
    },
    StaffRole {
        id: String,
        role: String,
    },
}

pub(crate) fn read_line(prompt: &str) -> Result<String, Error> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).map_err(|e| {
        Error::invalid_input(format!("Could not read from stdin: {e}")).with_reason("invalid_pin")
    })?;
    Ok(line.trim().to_string())
}

/// Signs the owner in for this run (a manual discount): the owner PIN from `TILL_OWNER_PIN`,
/// else a line on stdin; refused when no owner PIN is set.
pub(crate) async fn sign_in_owner(till: &Till) -> Result<(), Error> {
    let pin = match std::env::var("TILL_OWNER_PIN") {
        Ok(pin) if !pin.trim().is_empty() => pin,
        _ => read_line("Owner PIN: ")?,
    };
    till.register
        .checkout()
        .sign_in_owner(&pin)
        .await
        .map(|_| ())
}

/// Asks for the PIN when one is set.
pub(crate) async fn require_pin(till: &Till) -> Result<(), Error> {
    let store = till.register.checkout().store();
    if !owner::status(store).await?.pin_set {
        return Ok(());
    }
    let pin = match std::env::var("TILL_OWNER_PIN") {
        Ok(pin) if !pin.trim().is_empty() => pin,
        _ => read_line("Owner PIN: ")?,
    };
    owner::verify(store, &pin).await
}

fn today(till: &Till) -> impl std::future::Future<Output = Result<Date, Error>> + '_ {
    till.register
        .checkout()
        .store()
        .call(|l| l.local_date(now_ms()))
}

fn to_value<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

pub async fn run(command: OwnerCommand, till: &Till, out: &Output) -> Result<u8, Error> {
    let checkout = till.register.checkout();
    match &command {
        OwnerCommand::SetPin
        | OwnerCommand::ResetPin
        | OwnerCommand::PinStatus
        | OwnerCommand::MemberLookup { .. } => {}
        _ => require_pin(till).await?,
    }
    match command {
        OwnerCommand::History {
            filter,
            limit,
            after,
        } => {
            let page = history::page(checkout, &filter, after.as_deref(), limit).await?;
            out.print(to_value(&page), || {
                let mut text = String::new();
                for row in &page.rows {
                    text.push_str(&format!(
                        "{}  {}  {:<17} {:>12} {:>10}  {}\n",
                        row.id,
                        row.created_at,
                        row.state,
                        row.amount_display,
                        row.refunded_display.as_deref().unwrap_or(""),
                        row.items.replace('\n', " ")
                    ));
                }
                if page.rows.is_empty() {
                    text.push_str("No sales match.\n");
                }
                if let Some(next) = &page.next_cursor {
                    text.push_str(&format!("more: --after {next}\n"));
                }
                text.trim_end().to_string()
            });
        }
        OwnerCommand::Sale { sale_id } => {
            let detail = history::detail(checkout, &sale_id).await?;
            out.print(to_value(&detail), || {
                let sale = &detail.sale;
                let mut text = format!(
                    "sale       {}\nstate      {} ({})\namount     {}\nrefunded   {}\nrefundable {}\nsession    {}\npayment    {}\n",
                    sale.id,
                    sale.state,
                    sale.status_text,
                    sale.amount_display,
                    detail.refunded_display,
                    detail.refundable_display,
                    sale.session_id.as_deref().unwrap_or("-"),
                    sale.payment_intent_id.as_deref().unwrap_or("-"),
                );
                if let Some(cashier) = &detail.cashier {
                    text.push_str(&format!("cashier    {} ({})\n", cashier.name, cashier.id));
                }
                for line in &detail.lines {
                    text.push_str(&format!(
                        "  {} × {}  {}\n",
                        line.quantity, line.name, line.subtotal_display
                    ));
                }
                for refund in &detail.refunds {
                    text.push_str(&format!(
                        "refund {}  {}  {}\n",
                        refund.id, refund.amount_display, refund.status_text
                    ));
                }
                for entry in &detail.timeline {
                    text.push_str(&format!(
                        "{}  {:<7} {:<16} {}\n",
                        entry.at, entry.source, entry.kind, entry.detail
                    ));
                }
                text.trim_end().to_string()
            });
        }
        OwnerCommand::Totals { filter } => {
            let totals = history::totals(checkout, &filter).await?;
            out.print(to_value(&totals), || totals_text(&totals));
        }
        OwnerCommand::Report {
            from,
            to,
            period,
            register,
            cashier,
            svg,
        } => {
            let today = today(till).await?;
            let to = to.as_deref().map(Date::parse).transpose()?.unwrap_or(today);
            let from = from
                .as_deref()
                .map(Date::parse)
                .transpose()?
                .unwrap_or(to.add_days(-29));
            let report = history::report_of(
                checkout,
                None,
                from,
                to,
                period,
                register.as_deref(),
                cashier.as_deref(),
            )
            .await?;
            if let Some(path) = &svg {
                let chart = report.charts.first().map(|c| c.svg.as_str()).unwrap_or("");
                std::fs::write(path, chart).map_err(|e| {
                    Error::storage(format!("Could not write {}: {e}", path.display()))
                        .with_reason("export_failed")
                })?;
            }
            let mut value = to_value(&report);
            if let Some(object) = value.as_object_mut() {
                // The SVG goes to --svg; the JSON keeps the numbers.
                object.remove("charts");
            }
            out.print(value, || {
                let mut text = String::new();
                for row in &report.rows {
                    let t = &row.totals;
                    text.push_str(&format!(
                        "{:<20} {}  {:>6} sales  gross {:>14}  refunded {:>12}  net {:>14}  avg {:>10}\n",
                        row.label,
                        t.currency.to_uppercase(),
                        t.paid,
                        t.gross_display,
                        t.refunded_display,
                        t.net_display,
                        t.average_display
                    ));
                }
                text.push_str(&totals_text(&report.totals));
                text.push_str(&pricing_text(&report.pricing));
                text
            });
        }
        OwnerCommand::Summary { day } => {
            let day = match day {
                Some(d) => Date::parse(&d)?,
                None => today(till).await?,
            };
            let summary = history::day_summary(checkout, day).await?;
            out.print(to_value(&summary), || {
                let mut text = format!("End of day {} ({} mode)\n", summary.day, summary.mode);
                text.push_str(&totals_text(&summary.totals));
                for (state, count) in &summary.states {
                    text.push_str(&format!("{state}: {count}\n"));
                }
                text.push_str(&pricing_text(&summary.pricing));
                text
            });
        }
        OwnerCommand::Export {
            file,
            per_line,
            filter,
        } => {
            let query = filter.to_query(
                till.connection.mode,
                till.register.checkout().settings().language,
            )?;
            // Its own connection: the export reads while the register keeps selling.
            let path = till.paths.ledger_path();
            let summary = tokio::task::spawn_blocking(move || {
                let ledger = Ledger::open(&path)?;
                history::export_csv_file(&ledger, &query, per_line, &file)
            })
            .await
            .map_err(|e| Error::internal(format!("The export stopped: {e}")))??;
            out.print(to_value(&summary), || {
                format!(
                    "Wrote {} rows ({} bytes) to {}",
                    summary.rows,
                    summary.bytes,
                    summary.path.display()
                )
            });
        }
        OwnerCommand::Return {
            sale_id,
            lines,
            reason,
        } => {
            let detail =
                till_core::returns::return_lines(checkout, &sale_id, &lines, reason.as_deref())
                    .await?;
            let view = till_core::returns::returnable(checkout, &sale_id).await?;
            out.print(
                serde_json::json!({ "sale": to_value(&detail), "returnable": to_value(&view) }),
                || {
                    let mut text = format!(
                        "sale {}: {} refunded, {} remains refundable\n",
                        detail.sale.id, detail.refunded_display, detail.refundable_display
                    );
                    for line in &view.lines {
                        text.push_str(&format!(
                            "{:<30} sold {:>3}  returned {:>3}\n",
                            line.name, line.sold, line.returned
                        ));
                    }
                    text.trim_end().to_string()
                },
            );
        }
        OwnerCommand::Refund {
            sale_id,
            amount,
            reason,
            refresh,
            tender,
        } => {
            let detail = match tender {
                _ if refresh => refunds::refresh(checkout, &sale_id).await?,
                RefundTender::Card => {
                    refunds::refund(checkout, &sale_id, amount.as_deref(), reason.as_deref())
                        .await?
                }
                RefundTender::Cash => {
                    refunds::refund_cash(checkout, &sale_id, amount.as_deref()).await?
                }
                RefundTender::Split { card, cash } => {
                    refunds::refund_split(
                        checkout,
                        &sale_id,
                        card.as_deref(),
                        cash.as_deref(),
                        reason.as_deref(),
                    )
                    .await?
                }
            };
            out.print(to_value(&detail), || {
                let mut text = format!(
                    "sale {}: {} refunded, {} remains refundable\n",
                    detail.sale.id, detail.refunded_display, detail.refundable_display
                );
                for refund in &detail.refunds {
                    text.push_str(&format!(
                        "refund {}  {}  {}\n",
                        refund.id, refund.amount_display, refund.status_text
                    ));
                }
                text.trim_end().to_string()
            });
        }
        OwnerCommand::Members { status } => {
            let list = members::list(checkout, status.as_deref()).await?;
            out.print(to_value(&list), || {
                let mut text = String::new();
                for m in &list {
                    text.push_str(&format!(
                        "{:<30} {:<16} {:<10} {:<11} {}{}\n",
                        m.email.as_deref().unwrap_or("(no email)"),
                        m.plan,
                        m.status_label,
                        m.period_end_display.as_deref().unwrap_or("-"),
                        m.subscription_id,
                        if m.cancel_at_period_end {
                            "  cancels at period end"
                        } else {
                            ""
                        }
                    ));
                }
                if list.is_empty() {
                    text.push_str("No members.\n");
                }
                text.trim_end().to_string()
            });
        }
        OwnerCommand::MemberShow { subscription_id } => {
            let detail = members::detail(checkout, &subscription_id).await?;
            out.print(to_value(&detail), || {
                let m = &detail.member;
                let mut text = format!(
                    "{}  {}\n{}  {}\n{}\ncustomer {}  subscription {}{}\n",
                    m.email.as_deref().unwrap_or("(no email)"),
                    m.plan,
                    m.status_label,
                    if m.access { "(access)" } else { "(no access)" },
                    m.summary,
                    m.customer_id,
                    m.subscription_id,
                    m.sale_id
                        .as_deref()
                        .map(|s| format!("  sale {s}"))
                        .unwrap_or_default()
                );
                for entry in &detail.timeline {
                    text.push_str(&format!("  [{}] {}\n", entry.source, entry.detail));
                }
                text.trim_end().to_string()
            });
        }
        OwnerCommand::MemberCancel { subscription_id } => {
            let member = members::cancel_at_period_end(checkout, &subscription_id).await?;
            out.print(to_value(&member), || member.summary.clone());
        }
        OwnerCommand::MemberRefresh { subscription_id } => {
            let member = members::refresh(checkout, &subscription_id).await?;
            out.print(to_value(&member), || member.summary.clone());
        }
        OwnerCommand::MembersSync => {
            let report = members::sync(checkout).await?;
            out.print(to_value(&report), || {
                format!(
                    "Read {} subscriptions at Stripe: {} members added, {} updated.",
                    report.read, report.added, report.updated
                )
            });
        }
        OwnerCommand::MemberLookup { email } => {
            let found = members::lookup(checkout, &email).await?;
            out.print(to_value(&found), || {
                if found.is_empty() {
                    return format!("No membership for {}.", email.trim());
                }
                found
                    .iter()
                    .map(|m| format!("{}: {} — {}", m.plan, m.status_label, m.summary))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            if !found.iter().any(|m| m.access) {
                return Ok(3);
            }
        }
        OwnerCommand::ProductCreate(input) => {
            let change = catalog_admin::create_product(&till.register, &input).await?;
            out.print(to_value(&change), || {
                format!(
                    "Created {} with price {} in Stripe.",
                    change.product_id,
                    change.price_id.as_deref().unwrap_or("-")
                )
            });
        }
        OwnerCommand::TaxRates => {
            let rates = discounts::tax_rates(&till.register).await?;
            out.print(to_value(&rates), || {
                if rates.is_empty() {
                    return "No tax rates are synced (tillctl tax-rates create makes one)."
                        .to_string();
                }
                rates
                    .iter()
                    .map(|r| {
                        format!(
                            "{}  {:<20} {:>9}  {}{}",
                            r.id,
                            r.display_name,
                            r.percentage_display,
                            if r.inclusive {
                                "inclusive"
                            } else {
                                "exclusive"
                            },
                            if r.default { "  (default)" } else { "" }
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        OwnerCommand::TaxRateCreate(input) => {
            let rate = discounts::create_tax_rate(&till.register, &input).await?;
            out.print(to_value(&rate), || {
                format!(
                    "Created tax rate {} ({}) in Stripe.",
                    rate.id, rate.display_name
                )
            });
        }
        OwnerCommand::TaxRateArchive { tax_rate_id } => {
            discounts::archive_tax_rate(&till.register, &tax_rate_id).await?;
            out.print(serde_json::json!({ "archived": tax_rate_id }), || {
                format!("Archived tax rate {tax_rate_id} in Stripe.")
            });
        }
        OwnerCommand::TaxRateDefault { tax_rate_id } => {
            discounts::set_default_tax_rate(&till.register, tax_rate_id.as_deref()).await?;
            out.print(
                serde_json::json!({ "default": tax_rate_id }),
                || match &tax_rate_id {
                    Some(id) => format!("Products without a tax rate now take {id}."),
                    None => "Products without a tax rate now have none.".to_string(),
                },
            );
        }
        OwnerCommand::Coupons => {
            let coupons = till.register.coupons().await?;
            out.print(to_value(&coupons), || {
                if coupons.is_empty() {
                    return "No coupons are synced for this currency (tillctl coupons create makes one).".to_string();
                }
                coupons
                    .iter()
                    .map(|c| format!("{:<24} {:<24} {}", c.id, c.label, c.off_display))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        OwnerCommand::CouponCreate(input) => {
            let coupon = discounts::create_coupon(&till.register, &input).await?;
            out.print(to_value(&coupon), || {
                format!(
                    "Created coupon {} ({}, {}) in Stripe.",
                    coupon.id, coupon.label, coupon.off_display
                )
            });
        }
        OwnerCommand::CouponDelete { coupon_id } => {
            discounts::delete_coupon(&till.register, &coupon_id).await?;
            out.print(serde_json::json!({ "deleted": coupon_id }), || {
                format!("Deleted coupon {coupon_id} in Stripe.")
            });
        }
        OwnerCommand::ProductArchive { product_id } => {
            let change = catalog_admin::archive_product(&till.register, &product_id).await?;
            out.print(to_value(&change), || {
                format!("Archived {} in Stripe.", change.product_id)
            });
        }
        OwnerCommand::Generate {
            sales,
            seed,
            days,
            registers,
            mode,
        } => {
            let mode = match mode {
                Some(m) => Mode::parse(&m)?,
                None => till.connection.mode,
            };
            let options = GenerateOptions {
                sales,
                seed,
                mode,
                end_ms: now_ms(),
                days,
                registers,
            };
            let report = checkout
                .store()
                .call(move |l| generate::generate(l, &options))
                .await?;
            out.print(to_value(&report), || {
                format!(
                    "Generated {} sales ({} lines, {} refunds) in {} ms ({} mode).",
                    report.sales, report.lines, report.refunds, report.elapsed_ms, mode
                )
            });
        }
        OwnerCommand::PinStatus => {
            let status = owner::status(checkout.store()).await?;
            out.print(to_value(&status), || {
                if !status.pin_set {
                    "No owner PIN is set.".to_string()
                } else if status.locked_for_secs > 0 {
                    format!(
                        "The owner PIN is set; locked for {} s after {} wrong tries.",
                        status.locked_for_secs, status.failures
                    )
                } else {
                    "The owner PIN is set.".to_string()
                }
            });
        }
        OwnerCommand::SetPin => {
            let store = checkout.store();
            let new_pin = read_line("New owner PIN (4 to 12 digits): ")?;
            let current = if owner::status(store).await?.pin_set {
                Some(read_line("Current owner PIN: ")?)
            } else {
                None
            };
            owner::set_pin(store, current.as_deref(), &new_pin).await?;
            out.print(json!({"pinSet": true}), || "The owner PIN is set.".into());
        }
        OwnerCommand::StaffAdd { name, role } => {
            // The name and role are checked before the PIN is asked for.
            staff::check_name(&name, till_core::i18n::Language::En)?;
            staff::Role::parse(&role)?;
            let pin = read_line("The new staff member's PIN (4 to 6 digits): ")?;
            let added = staff::add(checkout.store(), &name, &role, &pin).await?;
            out.print(to_value(&added), || {
                format!(
                    "Added {} ({}) as {}.",
                    added.name,
                    added.id,
                    added.role.as_str()
                )
            });
        }
        OwnerCommand::StaffList { all } => {
            let list = staff::list(checkout.store(), all).await?;
            out.print(to_value(&list), || {
                let mut text = String::new();
                for s in &list {
                    text.push_str(&format!(
                        "{}  {:<8} {}{}{}\n",
                        s.id,
                        s.role.as_str(),
                        s.name,
                        if s.archived { "  (archived)" } else { "" },
                        if s.locked_for_secs > 0 {
                            format!("  (PIN locked for {} s)", s.locked_for_secs)
                        } else {
                            String::new()
                        }
                    ));
                }
                if list.is_empty() {
                    text.push_str("No staff yet: `tillctl staff add NAME --role staff`.\n");
                }
                text.trim_end().to_string()
            });
        }
        OwnerCommand::StaffArchive { id } => {
            let archived = staff::archive(checkout.store(), &id).await?;
            out.print(to_value(&archived), || {
                format!("{} ({}) is archived.", archived.name, archived.id)
            });
        }
        OwnerCommand::StaffPin { id } => {
            let pin = read_line("New PIN (4 to 6 digits): ")?;
            let changed = staff::set_pin(checkout.store(), &id, &pin).await?;
            out.print(to_value(&changed), || {
                format!("{} ({}) has a new PIN.", changed.name, changed.id)
            });
        }
        OwnerCommand::StaffRole { id, role } => {
            let changed = staff::set_role(checkout.store(), &id, &role).await?;
            out.print(to_value(&changed), || {
                format!(
                    "{} ({}) is now {}.",
                    changed.name,
                    changed.id,
                    changed.role.as_str()
                )
            });
        }
        OwnerCommand::ResetPin => {
            let removed = checkout.store().call(Ledger::reset_owner_pin).await?;
            out.print(json!({"removed": removed}), || {
                if removed {
                    "The owner PIN is removed; Till asks for a new one.".into()
                } else {
                    "No owner PIN was set.".into()
                }
            });
        }
    }
    Ok(0)
}

/// Per currency: paid, discounts, tax, tips, net sales; then each tax rate and each tender's
/// tips (the report and the end-of-day summary).
fn pricing_text(pricing: &[history::PricingSummaryView]) -> String {
    let mut text = String::new();
    for p in pricing {
        text.push_str(&format!(
            "{}: paid {}, discounts {}, tax {}, tips {}, net sales {}\n",
            p.currency.to_uppercase(),
            p.gross_display,
            p.discount_display,
            p.tax_display,
            p.tips_display,
            p.net_display
        ));
        for tax in &p.taxes {
            text.push_str(&format!(
                "  {} on {}: {}\n",
                tax.label, tax.net_display, tax.tax_display
            ));
        }
        for tip in &p.tips {
            text.push_str(&format!("  tips ({}): {}\n", tip.tender, tip.tips_display));
        }
    }
    text
}

fn totals_text(totals: &[history::TotalsView]) -> String {
    let mut text = String::new();
    for t in totals {
        text.push_str(&format!(
            "{}: {} sales, {} paid; gross {} (card {}, cash {}), refunded {}, net {}, average {}\n",
            t.currency.to_uppercase(),
            t.sales,
            t.paid,
            t.gross_display,
            t.card_display,
            t.cash_display,
            t.refunded_display,
            t.net_display,
            t.average_display
        ));
    }
    if totals.is_empty() {
        text.push_str("No sales.\n");
    }
    text
}
