//! `tillctl events poll|list` and `tillctl reconcile`: Stripe's events and reconciliation.

use serde_json::json;
use till_core::events::{self, PollReport};
use till_core::reconcile::{self, Change, ReconcileOptions, ReconcileReport};
use till_core::runtime::Till;
use till_core::Error;

use crate::args::Command;
use crate::Output;

pub async fn run(command: Command, till: &Till, out: &Output) -> Result<(), Error> {
    let checkout = till.register.checkout();
    match command {
        Command::EventsPoll => {
            let report = events::poll(checkout).await?;
            out.print(serde_json::to_value(&report).unwrap_or_default(), || {
                poll_text(&report)
            });
        }
        Command::EventsList { limit } => {
            let mode = till.connection.mode;
            let stored = checkout
                .store()
                .call(move |l| l.recent_events(mode.as_str(), limit))
                .await?;
            let value: Vec<serde_json::Value> = stored
                .iter()
                .map(|e| {
                    json!({
                        "id": e.id, "type": e.kind, "created": e.created, "receivedBy": e.received_by,
                        "appliedAt": e.applied_at, "outcome": e.outcome, "saleId": e.sale_id,
                        "apiVersion": e.api_version,
                    })
                })
                .collect();
            out.print(serde_json::Value::Array(value), || {
                let mut text = String::new();
                for e in &stored {
                    text.push_str(&format!(
                        "{}  {:<40} {:<8} {}  {}\n",
                        e.id,
                        e.kind,
                        e.received_by,
                        e.sale_id.as_deref().unwrap_or("-"),
                        e.outcome.as_deref().unwrap_or("not applied yet")
                    ));
                }
                if stored.is_empty() {
                    text.push_str("No events yet. Run `tillctl events poll`.\n");
                }
                text.trim_end().to_string()
            });
        }
        Command::Reconcile {
            since,
            until,
            all_registers,
        } => {
            let report = match since {
                Some(since) => {
                    reconcile::reconcile(
                        checkout,
                        &ReconcileOptions {
                            since,
                            until,
                            all_registers,
                        },
                    )
                    .await?
                }
                None if until.is_none() && !all_registers => {
                    reconcile::startup_sweep(checkout).await?
                }
                None => {
                    return Err(Error::invalid_input(
                        "--until and --all-registers need a period: add --since DATE.",
                    ))
                }
            };
            out.print(serde_json::to_value(&report).unwrap_or_default(), || {
                reconcile_text(&report)
            });
        }
        _ => {
            return Err(Error::internal(
                "tillctl: authority::run was given another command",
            ))
        }
    }
    Ok(())
}

fn poll_text(report: &PollReport) -> String {
    let mut text = format!(
        "Stripe listed {} event(s): {} new, {} applied, {} failed.",
        report.fetched, report.new, report.applied, report.failed
    );
    for event in report.events.iter().filter(|e| e.changed) {
        text.push_str(&format!(
            "\n  {}  {:<40} {}  {}",
            event.event_id,
            event.kind,
            event.sale_id.as_deref().unwrap_or("-"),
            event.outcome
        ));
    }
    if report.failed > 0 {
        text.push_str("\nEvents that failed are tried again at the next poll.");
    }
    text
}

fn reconcile_text(report: &ReconcileReport) -> String {
    let mut text = report.summary();
    let mut section = |title: &str, changes: &[Change]| {
        if changes.is_empty() {
            return;
        }
        text.push_str(&format!("\n{title}:"));
        for change in changes {
            text.push_str(&format!(
                "\n  {}  {}  {} → {}  {}",
                change.sale_id,
                change.register_id,
                change.from_state.as_deref().unwrap_or("(new)"),
                change.to_state,
                change.detail
            ));
        }
    };
    section("Imported", &report.imported);
    section("Updated", &report.updated);
    section("Corrected from Stripe", &report.corrected);
    section("Needs attention", &report.needs_attention);
    text
}
