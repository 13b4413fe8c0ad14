//! `tillctl key set|status|remove` and `tillctl doctor`: the key in the OS keyring, and a
//! health check. Keys are read from stdin only and never printed.

use std::io::{BufRead, IsTerminal};

use serde::Serialize;
use serde_json::json;
use till_core::calendar::{Date, DAY_MS};
use till_core::keys::{KeyService, KeySource, KeyStatus};
use till_core::mode::Mode;
use till_core::paths::Paths;
use till_core::secrets::SecretName;
use till_core::store::{Ledger, Store};
use till_core::stripe::ApiKey;
use till_core::Error;

use crate::args::Command;
use crate::Output;

/// Runs a key command or `doctor`; `None` for every other command.
pub async fn run(
    command: &Command,
    paths: &Paths,
    keys: &KeyService,
    out: &Output,
) -> Result<Option<u8>, Error> {
    let code = match command {
        Command::KeySet {
            confirm_live,
            webhook,
        } => {
            let store = open_store(paths)?;
            let what = if *webhook {
                "the webhook signing secret (whsec_…)"
            } else {
                "the Stripe key (rk_… or sk_…)"
            };
            let input = read_secret(what)?;
            let status = if *webhook {
                keys.set_webhook_secret(&store, &input).await?
            } else {
                keys.set(&store, &input, *confirm_live).await?
            };
            print_status(out, &status);
            0
        }
        Command::KeyStatus => {
            let store = open_store(paths)?;
            let status = keys.status(&store).await;
            print_status(out, &status);
            u8::from(status.problem.is_some())
        }
        Command::KeyRemove { webhook } => {
            let store = open_store(paths)?;
            let status = if *webhook {
                keys.remove_webhook_secret(&store).await?
            } else {
                keys.remove(&store).await?
            };
            print_status(out, &status);
            0
        }
        Command::Doctor => doctor(paths, keys, out).await,
        _ => return Ok(None),
    };
    Ok(Some(code))
}

fn open_store(paths: &Paths) -> Result<Store, Error> {
    paths.create_all()?;
    Ok(Store::new(Ledger::open(&paths.ledger_path())?))
}

/// One line from stdin; on a terminal, asks for it and hides what is typed.
fn read_secret(what: &str) -> Result<String, Error> {
    let stdin = std::io::stdin();
    let terminal = stdin.is_terminal();
    if terminal {
        eprint!("Paste {what} and press Enter (it is not shown): ");
        set_echo(false);
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if terminal {
        set_echo(true);
        eprintln!();
    }
    read.map_err(|e| Error::invalid_input(format!("Could not read {what} from stdin: {e}")))?;
    Ok(line)
}

/// Turns the terminal's echo off or on (best effort: without `stty` the input shows).
fn set_echo(on: bool) {
    if cfg!(unix) {
        let _ = std::process::Command::new("stty")
            .arg(if on { "echo" } else { "-echo" })
            .stdin(std::process::Stdio::inherit())
            .status();
    }
}

fn print_status(out: &Output, status: &KeyStatus) {
    out.print(serde_json::to_value(status).unwrap_or_default(), || {
        let mut text = String::new();
        match (&status.masked, status.source) {
            (Some(masked), source) => {
                let from = match source {
                    KeySource::Environment => "from STRIPE_SECRET_KEY",
                    _ => "from the keyring",
                };
                text.push_str(&format!(
                    "key          {masked} ({} key, {} mode, {from})\n",
                    status.kind.unwrap_or("unknown"),
                    status.mode
                ));
                match status.verified_at {
                    Some(at) => text.push_str(&format!("verified     {}\n", utc(at))),
                    None => text.push_str("verified     not by this Till yet\n"),
                }
            }
            (None, _) => text.push_str("key          none: training mode\n"),
        }
        for p in &status.permissions {
            let mark = match p.granted {
                Some(true) => "yes",
                Some(false) => "MISSING",
                None => "recommended",
            };
            let optional = if p.required { "" } else { " (optional)" };
            text.push_str(&format!(
                "permission   {:<26} {mark}{optional}\n",
                p.label()
            ));
        }
        if let Some(warning) = &status.warning {
            text.push_str(&format!("warning      {warning}\n"));
        }
        match &status.webhook_secret.masked {
            Some(masked) => text.push_str(&format!("webhook      {masked}\n")),
            None => text.push_str("webhook      no signing secret\n"),
        }
        text.push_str(&format!("keyring      {}\n", status.keyring));
        if let Some(problem) = &status.problem {
            text.push_str(&format!(
                "problem      {} ({})\n",
                problem.message, problem.code
            ));
        }
        text.trim_end().to_string()
    });
}

/// `YYYY-MM-DD HH:MM UTC` from milliseconds since the epoch.
fn utc(ms: i64) -> String {
    let day = Date::from_days(ms.div_euclid(DAY_MS));
    let secs = ms.rem_euclid(DAY_MS) / 1000;
    format!("{day} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

#[derive(Debug, Serialize)]
struct Check {
    name: &'static str,
    ok: bool,
    detail: String,
}

/// Keyring reachable, key valid, mode, permissions, Stripe reachable, ledger healthy.
async fn doctor(paths: &Paths, keys: &KeyService, out: &Output) -> u8 {
    let mut checks = Vec::new();
    let mut check = |name, ok, detail: String| checks.push(Check { name, ok, detail });

    match Ledger::open(&paths.ledger_path()).and_then(|l| {
        let integrity = l.integrity_check()?;
        Ok((integrity, l.schema_version()?))
    }) {
        Ok((integrity, schema)) if integrity == "ok" => check(
            "ledger",
            true,
            format!("healthy (schema {schema}) at {}", paths.ledger_path().display()),
        ),
        Ok((integrity, _)) => check(
            "ledger",
            false,
            format!(
                "SQLite reports damage at {}: {integrity}. Stop Till and keep a copy of the file before anything else.",
                paths.ledger_path().display()
            ),
        ),
        Err(e) => check("ledger", false, e.message),
    }

    let stored = keys.secrets().read(SecretName::StripeKey).await;
    match &stored {
        Ok(_) => check(
            "keyring",
            true,
            format!("reachable: {}", keys.secrets().describe()),
        ),
        Err(e) => check(
            "keyring",
            false,
            format!("{} ({})", e.message, e.wire_code()),
        ),
    }

    let status = match open_store(paths) {
        Ok(store) => Some(keys.status(&store).await),
        Err(_) => None,
    };
    let env_key = std::env::var(till_core::runtime::SECRET_KEY_ENV)
        .ok()
        .map(|k| k.trim().to_string())
        .filter(|k| !k.is_empty());
    let key: Option<(ApiKey, &str)> = match (env_key, &stored) {
        (Some(k), _) => Some((ApiKey::new(k), "STRIPE_SECRET_KEY")),
        (None, Ok(Some(secret))) => Some((ApiKey::new(secret.expose()), "the keyring")),
        _ => None,
    };
    let mode = key
        .as_ref()
        .and_then(|(k, _)| Mode::of_key(k.expose()))
        .unwrap_or(Mode::Training);
    match &key {
        None => {
            check("key", true, "none: Till runs in training mode".into());
            check(
                "stripe",
                true,
                "not checked: training mode uses Till's built-in simulator".into(),
            );
        }
        Some((key, from)) => match keys.check(key).await {
            Ok(permissions) => {
                check(
                    "key",
                    true,
                    format!(
                        "{} from {from}: accepted by Stripe ({mode} mode)",
                        key.masked()
                    ),
                );
                check("stripe", true, format!("reachable at {}", keys.api_base()));
                if permissions.is_empty() {
                    check(
                        "permissions",
                        true,
                        "secret key: full access (a restricted key is recommended)".into(),
                    );
                } else {
                    let missing: Vec<String> = permissions
                        .iter()
                        .filter(|p| p.granted == Some(false))
                        .map(|p| p.label())
                        .collect();
                    check(
                        "permissions",
                        true,
                        if missing.is_empty() {
                            "restricted key: every permission Till uses".into()
                        } else {
                            format!(
                                "restricted key; optional ones missing: {}",
                                missing.join(", ")
                            )
                        },
                    );
                }
            }
            Err(e) => {
                let reachable = e.wire_code() != "stripe_unreachable";
                check("key", false, format!("{} ({})", e.message, e.wire_code()));
                check(
                    "stripe",
                    reachable,
                    if reachable {
                        format!("reachable at {}", keys.api_base())
                    } else {
                        format!("not reachable at {}", keys.api_base())
                    },
                );
            }
        },
    }
    if let Some(warning) = status.as_ref().and_then(|s| s.warning.clone()) {
        check("warning", true, warning);
    }
    check("mode", true, mode.to_string());

    // What a customer's phone sees after paying by QR code: a warning, not a failure.
    let settings = Ledger::open(&paths.ledger_path()).and_then(|l| {
        Ok((
            l.setting(till_core::settings::SUCCESS_URL)?,
            l.setting(till_core::settings::TRAINING_LAN_CHECKOUT)?
                .is_some_and(|v| v == "true"),
        ))
    });
    match settings {
        Ok((page, lan)) => check(
            "phone page",
            true,
            till_core::phone::doctor_line(mode, page.as_deref(), lan),
        ),
        Err(e) => check("phone page", false, e.message),
    }

    let ok = checks.iter().all(|c| c.ok);
    out.print(json!({"ok": ok, "mode": mode, "checks": checks}), || {
        let mut text = String::new();
        for c in &checks {
            text.push_str(&format!(
                "{} {:<12} {}\n",
                if c.ok { "ok  " } else { "FAIL" },
                c.name,
                c.detail
            ));
        }
        text.trim_end().to_string()
    });
    u8::from(!ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_formats_epoch_milliseconds() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(1_700_000_000_000), "2023-11-14 22:13 UTC");
        assert_eq!(utc(951_782_400_000), "2000-02-29 00:00 UTC");
        assert_eq!(utc(-60_000), "1969-12-31 23:59 UTC");
    }
}
