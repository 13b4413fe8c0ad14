//! `tillctl`: the sale's use cases from the command line, for scripts and tests.
//! Run `tillctl help` for usage.

mod args;
mod authority;
mod keys;
mod owner;

use std::process::ExitCode;
use std::time::Duration;

use serde_json::json;
use till_core::checkout::{SaleView, WatchPolicy};
use till_core::keys::KeyService;
use till_core::paths::Paths;
use till_core::runtime::{ConnectOptions, StartOptions, Till};
use till_core::sale::SaleState;
use till_core::secrets::Secrets;
use till_core::Error;

use args::{Command, Invocation};

/// Exit codes besides 0 (success) and 1 (error).
const EXIT_USAGE: u8 = 2;
const EXIT_NOT_PAID: u8 = 3;
const EXIT_TIMEOUT: u8 = 4;

fn main() -> ExitCode {
    let invocation = match args::parse(std::env::args().skip(1)) {
        Ok(Some(invocation)) => invocation,
        Ok(None) => {
            print!("{}\n{}", args::USAGE, owner::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("tillctl: {message}\nRun `tillctl help` for usage.");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("tillctl: could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let json = invocation.json;
    match runtime.block_on(run(invocation)) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if json {
                println!(
                    "{}",
                    json!({"error": {"code": e.wire_code(), "message": e.message}})
                );
            } else {
                eprintln!("tillctl: {}", e.message);
            }
            ExitCode::FAILURE
        }
    }
}

async fn run(invocation: Invocation) -> Result<u8, Error> {
    let paths = match &invocation.data_dir {
        Some(dir) => Paths::under(dir.clone()),
        None => Paths::from_env()?,
    };
    init_logging();
    let mut connect = ConnectOptions::from_env();
    if let Some(base) = &invocation.api_base {
        connect.api_base = Some(base.clone());
    }
    let key_service = KeyService::new(
        Secrets::os_from_env(),
        connect.api_base.clone(),
        connect.key.clone(),
    );
    let out = Output {
        json: invocation.json,
    };
    if let Some(code) = keys::run(&invocation.command, &paths, &key_service, &out).await? {
        return Ok(code);
    }
    // The key: STRIPE_SECRET_KEY, else the keyring's, else training mode.
    let (connect, problem) = key_service.connect_options(connect).await;
    if let Some(problem) = problem {
        eprintln!("tillctl: {} (training mode)", problem.message);
    }
    let till = Till::start(
        paths,
        StartOptions {
            connect,
            serve_return_page: false,
        },
        None,
    )
    .await?;
    let register = &till.register;
    let checkout = register.checkout();
    match invocation.command {
        Command::CatalogSync => {
            let count = register.sync_catalog().await?;
            out.print(
                json!({"synced": count, "mode": till.connection.mode}),
                || format!("Synced {count} prices ({} mode).", till.connection.mode),
            );
        }
        Command::CatalogList { search } => {
            let view = register.catalog_view(search.as_deref().unwrap_or(""), None)?;
            out.print(serde_json::to_value(&view).unwrap_or_default(), || {
                let mut text = String::new();
                for item in &view.items {
                    text.push_str(&format!(
                        "{:<34} {:<28} {:>14}  {}\n",
                        item.price_id,
                        item.name,
                        item.price_label,
                        item.category.as_deref().unwrap_or("")
                    ));
                }
                if view.items.is_empty() {
                    text.push_str("No products in the cache. Run `tillctl catalog sync`.\n");
                }
                text.trim_end().to_string()
            });
        }
        Command::Charge { items, email } => {
            if register.catalog_view("", None)?.items.is_empty() {
                register.sync_catalog().await?;
            }
            for (price_id, quantity) in &items {
                register.add(price_id, i64::from(*quantity))?;
            }
            let sale = register.charge(email.as_deref()).await?;
            out.sale(&sale);
        }
        Command::Watch { sale_id, timeout } => {
            let json = out.json;
            let watch = checkout.watch(&sale_id, WatchPolicy::default(), |view| {
                if !json {
                    println!("{}  {}", view.state, view.status_text);
                }
            });
            let result = match timeout {
                Some(limit) => {
                    match tokio::time::timeout(Duration::from_secs(limit), watch).await {
                        Ok(result) => result?,
                        Err(_) => {
                            let view = checkout.sale(&sale_id).await?;
                            out.print(json!({"timeout": true, "sale": view}), || {
                                format!("Timed out after {limit} s; the sale is {}.", view.state)
                            });
                            return Ok(EXIT_TIMEOUT);
                        }
                    }
                }
                None => watch.await?,
            };
            if json {
                out.sale(&result);
            }
            return Ok(if result.state == SaleState::Paid.as_str() {
                0
            } else {
                EXIT_NOT_PAID
            });
        }
        Command::Cancel { sale_id } => {
            let sale = checkout.cancel(&sale_id).await?;
            out.sale(&sale);
        }
        Command::Sales {
            status,
            limit,
            register,
        } => {
            let state = status.as_deref().map(SaleState::parse).transpose()?;
            let sales =
                till_core::reconcile::history(checkout, register.as_deref(), state, limit).await?;
            out.print(serde_json::to_value(&sales).unwrap_or_default(), || {
                let mut text = String::new();
                for sale in &sales {
                    text.push_str(&format!(
                        "{}  {:<17} {:>12}  {:<16} {}\n",
                        sale.id,
                        sale.state,
                        sale.amount_display,
                        sale.register_id,
                        sale.status_text
                    ));
                }
                if sales.is_empty() {
                    text.push_str("No sales.\n");
                }
                text.trim_end().to_string()
            });
        }
        Command::TestCards => {
            let sheet = till_core::testcards::sheet(checkout, 50).await?;
            out.print(serde_json::to_value(&sheet).unwrap_or_default(), || {
                let mut text = format!(
                    "Test cards ({} mode{})\n",
                    sheet.mode,
                    if sheet.available {
                        ""
                    } else {
                        ": runs refused with a live key"
                    }
                );
                for card in &sheet.cards {
                    let last = sheet
                        .runs
                        .iter()
                        .map(|r| &r.run)
                        .find(|r| r.card == card.number);
                    let result = match last {
                        None => "-".to_string(),
                        Some(run) => match (&run.observed, run.matched) {
                            (Some(observed), Some(true)) => format!("{observed} (as expected)"),
                            (Some(observed), _) => {
                                format!("{observed} MISMATCH, expected {}", run.expected)
                            }
                            (None, _) => "waiting for Stripe".to_string(),
                        },
                    };
                    text.push_str(&format!(
                        "{:<18} {:<32} {}\n",
                        card.number, card.label, result
                    ));
                }
                text.trim_end().to_string()
            });
        }
        Command::TestCardRun { card } => {
            let sale =
                till_core::testcards::start_run(checkout, &card, register.currency()).await?;
            out.sale(&sale);
        }
        Command::TestCardsExport { file } => {
            let count = till_core::testcards::export_csv(checkout, &file).await?;
            out.print(
                json!({"runs": count, "file": file.display().to_string()}),
                || format!("Wrote {count} runs to {}", file.display()),
            );
        }
        Command::Recover => {
            let waiting = checkout.recover().await?;
            out.print(json!({"waiting": waiting}), || {
                if waiting.is_empty() {
                    "Every sale is settled.".to_string()
                } else {
                    let ids: Vec<&str> = waiting.iter().map(|s| s.id.as_str()).collect();
                    format!("Still waiting for the customer: {}", ids.join(", "))
                }
            });
        }
        command
        @ (Command::EventsPoll | Command::EventsList { .. } | Command::Reconcile { .. }) => {
            authority::run(command, &till, &out).await?;
        }
        Command::Owner(command) => return owner::run(command, &till, &out).await,
        Command::KeySet { .. }
        | Command::KeyStatus
        | Command::KeyRemove { .. }
        | Command::Doctor => {
            return Err(Error::internal(
                "key commands are handled before Till starts",
            ));
        }
    }
    Ok(0)
}

pub(crate) struct Output {
    pub(crate) json: bool,
}

impl Output {
    pub(crate) fn print(&self, value: serde_json::Value, text: impl FnOnce() -> String) {
        if self.json {
            println!("{value}");
        } else {
            println!("{}", text());
        }
    }

    fn sale(&self, sale: &SaleView) {
        self.print(serde_json::to_value(sale).unwrap_or_default(), || {
            let mut text = format!(
                "sale     {}\nstate    {} ({})\namount   {}",
                sale.id, sale.state, sale.status_text, sale.amount_display
            );
            if let Some(session) = &sale.session_id {
                text.push_str(&format!("\nsession  {session}"));
            }
            if let Some(url) = &sale.url {
                text.push_str(&format!("\nurl      {url}"));
            }
            text
        });
    }
}

/// Logs go to stderr only, at `warn` unless `TILL_LOG` says otherwise.
fn init_logging() {
    let filter = std::env::var("TILL_LOG").unwrap_or_else(|_| "warn".into());
    let _ = till_core::logging::init_stderr(&filter);
}
