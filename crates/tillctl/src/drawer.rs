//! `tillctl drawer …` and the cash sale's output: thin calls into `till_core::drawer`.

use serde_json::json;
use till_core::drawer::{self, CashSaleView, CountInput, DrawerReport, DrawerStatus};
use till_core::money::Money;
use till_core::receipts::{self, KickReason};
use till_core::runtime::Till;
use till_core::split::SplitView;
use till_core::tender::DrawerMove;
use till_core::Error;

use crate::args::DrawerCommand;
use crate::Output;

pub(crate) fn print_cash_sale(out: &Output, sold: &CashSaleView) {
    out.print(serde_json::to_value(sold).unwrap_or_default(), || {
        let mut text = format!(
            "sale      {}\nstate     {} (cash)\namount    {}\ntendered  {}\nchange    {}",
            sold.sale.id,
            sold.sale.state,
            sold.sale.amount_display,
            sold.tendered.display,
            sold.change.display
        );
        if let Some(rounding) = &sold.rounding {
            text.push_str(&format!("\nrounding  {}", rounding.display));
        }
        text
    });
}

pub(crate) fn print_split(out: &Output, split: &SplitView) {
    out.print(serde_json::to_value(split).unwrap_or_default(), || {
        let parts: Vec<&str> = split
            .cash_parts
            .iter()
            .map(|a| a.display.as_str())
            .collect();
        let mut text = format!(
            "sale      {}\nstate     {} (split)\namount    {}\ncash      {} ({})\ncard      {}",
            split.sale.id,
            split.sale.state,
            split.sale.amount_display,
            split.cash.display,
            parts.join(" + "),
            split.card.display
        );
        if let Some(url) = &split.sale.url {
            text.push_str(&format!("\nurl       {url}"));
        }
        if let Some(ending) = &split.ending {
            text.push_str(&format!("\nsettled   {ending}"));
        }
        if let Some(next) = &split.next_sale_id {
            text.push_str(&format!("\nretried   as {next}"));
        }
        if let Some(from) = &split.carried_from {
            text.push_str(&format!("\ncash from {from}"));
        }
        if !split.actions.is_empty() {
            text.push_str(&format!("\nnext      {}", split.actions.join(", ")));
        }
        text
    });
}

/// `20x4` → (2000, 4) in the till's currency and locale.
fn pieces(till: &Till, typed: &[String]) -> Result<Vec<(i64, i64)>, Error> {
    let register = &till.register;
    typed
        .iter()
        .map(|item| {
            let bad = || {
                Error::invalid_input(format!(
                    "\u{201c}{item}\u{201d} is not a count. Write the coin or note, x, and how many: 20x4 or 0.25x40."
                ))
                .with_reason("invalid_count")
            };
            let (denomination, count) = item.rsplit_once(['x', 'X']).ok_or_else(bad)?;
            let value = Money::parse_major(denomination, register.currency(), register.locale())
                .map_err(|_| bad())?;
            let count = count.trim().parse::<i64>().map_err(|_| bad())?;
            Ok((value.amount_minor, count))
        })
        .collect()
}

fn count_input(till: &Till, total: Option<String>, count: &[String]) -> Result<CountInput, Error> {
    Ok(CountInput {
        pieces: pieces(till, count)?,
        total: total.unwrap_or_default(),
    })
}

fn print_status(out: &Output, status: &DrawerStatus) {
    out.print(serde_json::to_value(status).unwrap_or_default(), || match (
        &status.float,
        &status.expected,
    ) {
        (Some(float), Some(expected)) if status.open => format!(
            "drawer    open (shift {})\nfloat     {}\nexpected  {}",
            status.shift_id.unwrap_or_default(),
            float.display,
            expected.display
        ),
        _ => "drawer    closed (tillctl drawer open --float AMOUNT)".to_string(),
    });
}

fn print_report(out: &Output, report: &DrawerReport) {
    out.print(serde_json::to_value(report).unwrap_or_default(), || {
        let mut text = match report.number {
            Some(number) => format!("Z report {number}, till {}", report.figures.register_id),
            None => format!("X report, till {}", report.figures.register_id),
        };
        for row in &report.rows {
            let count = row
                .count
                .map(|c| format!("{c:>5}"))
                .unwrap_or_else(|| " ".repeat(5));
            let amount = row.amount.as_ref().map_or("", |a| a.display.as_str());
            text.push_str(&format!("\n{:<14}{count}  {amount:>14}", row.key));
        }
        text
    });
}

/// Opens the drawer through the receipt printer after cash was taken or a no sale, and says
/// so on stderr (stdout stays the command's answer). A printer that fails changes nothing
/// recorded: the command still succeeds, and the message says what to do.
pub(crate) async fn kick(till: &Till, reason: KickReason) {
    match receipts::kick_drawer(till.register.checkout(), reason).await {
        Ok(kick) if kick.opened => eprintln!(
            "The drawer opened (through {}).",
            kick.printer.unwrap_or_default()
        ),
        Ok(_) => {}
        Err(e) => eprintln!("{}", e.message),
    }
}

pub(crate) async fn run(command: DrawerCommand, till: &Till, out: &Output) -> Result<(), Error> {
    let context = till.register.checkout();
    let currency = till.register.currency();
    match command {
        DrawerCommand::Status => print_status(out, &drawer::status(context, currency).await?),
        DrawerCommand::Rounding { step } => {
            if let Some(step) = step {
                crate::owner::require_pin(till).await?;
                drawer::set_cash_rounding(context, currency, &step).await?;
            }
            let status = drawer::status(context, currency).await?;
            let shown = status.rounding_step.as_ref().map(|a| a.display.clone());
            out.print(
                json!({"currency": status.currency, "roundingStep": status.rounding_step}),
                || match &shown {
                    Some(step) => format!("Cash in {} is rounded to {step}.", status.currency),
                    None => format!("Cash in {} is not rounded.", status.currency),
                },
            );
        }
        DrawerCommand::Open { float, count } => {
            let input = count_input(till, float, &count)?;
            print_status(out, &drawer::open(context, currency, &input).await?);
        }
        DrawerCommand::In { amount, reason } => {
            let status =
                drawer::movement(context, currency, DrawerMove::PaidIn, &amount, &reason).await?;
            print_status(out, &status);
        }
        DrawerCommand::Out { amount, reason } => {
            // A staff member signed in with --staff: their role decides (the core's table);
            // with nobody signed in, the owner PIN as before staff.
            if context.signed_in()?.is_none() {
                crate::owner::require_pin(till).await?;
            }
            let status =
                drawer::movement(context, currency, DrawerMove::PaidOut, &amount, &reason).await?;
            print_status(out, &status);
        }
        DrawerCommand::NoSale => {
            let status = drawer::movement(context, currency, DrawerMove::NoSale, "", "").await?;
            print_status(out, &status);
            kick(till, KickReason::NoSale).await;
        }
        DrawerCommand::X => print_report(out, &drawer::x_report(context).await?),
        DrawerCommand::Close { counted, count } => {
            let input = count_input(till, counted, &count)?;
            print_report(out, &drawer::close(context, &input).await?);
        }
        DrawerCommand::Z {
            number: Some(number),
        } => {
            print_report(out, &drawer::z_show(context, number).await?);
        }
        DrawerCommand::Z { number: None } => {
            let reports = drawer::z_list(context, 100).await?;
            out.print(json!(reports), || {
                if reports.is_empty() {
                    return "No Z reports yet: close the drawer with tillctl drawer close.".into();
                }
                reports
                    .iter()
                    .map(|r| {
                        let counted = r.figures.counted.unwrap_or_default();
                        let variance = r.figures.variance.unwrap_or_default();
                        format!(
                            "Z {:>4}  shift {:>4}  counted {:>12}  variance {:>10}",
                            r.number.unwrap_or_default(),
                            r.figures.shift_id,
                            Money::new(counted, r.figures.currency).to_major_string(),
                            Money::new(variance, r.figures.currency).to_major_string()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}
