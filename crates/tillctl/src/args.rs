//! Command-line parsing, by hand: a handful of commands and flags.

use std::path::PathBuf;

pub const USAGE: &str = "\
tillctl: Till's sale use cases from the command line

USAGE
  tillctl [--json] [--data-dir DIR] [--api-base URL] COMMAND

COMMANDS
  catalog sync                      sync products and prices from Stripe into the cache
  catalog list [--search TEXT]      list cached prices in the register's currency
  charge PRICE_ID[xQTY]... [--email E]
                                    record a sale and create its Checkout Session;
                                    prints the sale id, session id and URL (does not wait)
  watch SALE_ID [--timeout S]       wait for a final state; exit 0 only when paid
                                    (3: expired, cancelled or failed; 4: timed out)
  cancel SALE_ID                    expire the session at Stripe, then record the outcome
  sales [--status S] [--limit N] [--register ID]
                                    the newest sales of the current mode (of one till)
  recover                           resume every unfinished sale (what Till does on start)
  testcards                         Stripe's test cards, what each should do, and the last runs
  testcards run CARD                start a test-card run (the currency's minimum); prints the URL
  testcards export FILE             the run history as CSV
  events poll                       read Stripe's events since the last poll and apply them
                                    (payments, expiries, refunds made while Till was closed)
  events list [--limit N]           the newest events received, with what each one did
  reconcile [--since DATE [--until DATE] [--all-registers]]
                                    compare the period's Checkout Sessions with the ledger:
                                    import missing sales (every till's with --all-registers),
                                    correct differing states, report the changes; without
                                    --since, the sweep Till runs at start. DATE: YYYY-MM-DD
                                    (UTC), YYYY-MM-DDTHH:MM:SSZ or Unix seconds
  key set [--confirm-live] [--webhook]
                                    read a Stripe key (or, with --webhook, the webhook
                                    signing secret) from stdin, prove it with Stripe and
                                    store it in the OS keyring; a live key needs --confirm-live
  key status                        the key in use, masked, with its mode and permissions
  key remove [--webhook]            delete the key (or the webhook secret) from the keyring
  doctor                            check the keyring, the key, Stripe and the ledger
  help                              this text

OPTIONS
  --json             machine-readable output (one JSON value)
  --data-dir DIR     the data folder (default: TILL_DATA_DIR or the platform's)
  --api-base URL     talk to this Stripe-compatible API (default: TILL_STRIPE_API_BASE)

KEYS
  The key comes from STRIPE_SECRET_KEY (for scripts) if set, else from the OS keyring
  (`tillctl key set` or Till's Settings), else training mode against Till's built-in
  simulator on 127.0.0.1:47312. A key is never accepted as an argument: pipe it on stdin.
  TILL_KEYRING_SERVICE names the keyring service (default app.till.pos).
";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    CatalogSync,
    CatalogList {
        search: Option<String>,
    },
    Charge {
        items: Vec<(String, u32)>,
        email: Option<String>,
    },
    Watch {
        sale_id: String,
        timeout: Option<u64>,
    },
    Cancel {
        sale_id: String,
    },
    Sales {
        status: Option<String>,
        limit: usize,
        register: Option<String>,
    },
    Recover,
    TestCards,
    TestCardRun {
        card: String,
    },
    TestCardsExport {
        file: PathBuf,
    },
    EventsPoll,
    EventsList {
        limit: usize,
    },
    Reconcile {
        since: Option<i64>,
        until: Option<i64>,
        all_registers: bool,
    },
    KeySet {
        confirm_live: bool,
        webhook: bool,
    },
    KeyStatus,
    KeyRemove {
        webhook: bool,
    },
    Doctor,
    /// `history`, `export`, `refund`, ... (parsed by `owner.rs`).
    Owner(crate::owner::OwnerCommand),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    pub json: bool,
    pub data_dir: Option<PathBuf>,
    pub api_base: Option<String>,
    pub command: Command,
}

/// Parses the arguments; `Ok(None)` means help was asked for.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Invocation>, String> {
    let mut json = false;
    let mut data_dir = None;
    let mut api_base = None;
    let mut all_registers = false;
    let mut words = Vec::new();
    let mut flags: Vec<(String, String)> = Vec::new();
    let mut switches: Vec<String> = Vec::new();
    let args: Vec<String> = args.into_iter().collect();
    if crate::owner::is_owner_command(&args) {
        if args.iter().any(|a| a == "-h" || a == "--help") {
            return Ok(None);
        }
        let (globals, command) = crate::owner::parse(&args)?;
        return Ok(Some(Invocation {
            json: globals.json,
            data_dir: globals.data_dir,
            api_base: globals.api_base,
            command: Command::Owner(command),
        }));
    }
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--all-registers" => all_registers = true,
            "--confirm-live" | "--webhook" => switches.push(arg),
            "-h" | "--help" => return Ok(None),
            "--data-dir" | "--api-base" | "--email" | "--timeout" | "--status" | "--limit"
            | "--search" | "--since" | "--until" | "--register" => {
                let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
                match arg.as_str() {
                    "--data-dir" => data_dir = Some(PathBuf::from(value)),
                    "--api-base" => api_base = Some(value),
                    _ => flags.push((arg, value)),
                }
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => words.push(arg),
        }
    }
    let mut take_flag = |name: &str| -> Option<String> {
        let position = flags.iter().position(|(n, _)| n == name)?;
        Some(flags.remove(position).1)
    };
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let command = match words.as_slice() {
        [] | ["help"] => return Ok(None),
        ["catalog", "sync"] => Command::CatalogSync,
        ["catalog", "list"] => Command::CatalogList {
            search: take_flag("--search"),
        },
        ["charge", items @ ..] if !items.is_empty() => Command::Charge {
            items: items
                .iter()
                .map(|item| parse_item(item))
                .collect::<Result<_, _>>()?,
            email: take_flag("--email"),
        },
        ["charge"] => return Err("charge needs at least one PRICE_ID[xQTY]".into()),
        ["watch", sale_id] => Command::Watch {
            sale_id: (*sale_id).to_string(),
            timeout: take_flag("--timeout")
                .map(|t| {
                    t.parse::<u64>()
                        .map_err(|_| format!("--timeout {t:?} is not a number of seconds"))
                })
                .transpose()?,
        },
        ["cancel", sale_id] => Command::Cancel {
            sale_id: (*sale_id).to_string(),
        },
        ["sales"] => Command::Sales {
            status: take_flag("--status"),
            register: take_flag("--register"),
            limit: take_flag("--limit")
                .map(|n| {
                    n.parse::<usize>()
                        .map_err(|_| format!("--limit {n:?} is not a number"))
                })
                .transpose()?
                .unwrap_or(20),
        },
        ["recover"] => Command::Recover,
        ["testcards"] => Command::TestCards,
        ["testcards", "run", card] => Command::TestCardRun {
            card: (*card).to_string(),
        },
        ["testcards", "export", file] => Command::TestCardsExport {
            file: PathBuf::from(file),
        },
        ["events", "poll"] => Command::EventsPoll,
        ["events", "list"] => Command::EventsList {
            limit: take_flag("--limit")
                .map(|n| {
                    n.parse::<usize>()
                        .map_err(|_| format!("--limit {n:?} is not a number"))
                })
                .transpose()?
                .unwrap_or(20),
        },
        ["reconcile"] => {
            let mut date = |name: &str| {
                take_flag(name)
                    .map(|d| {
                        till_core::reconcile::parse_date(&d)
                            .map_err(|e| format!("{name}: {}", e.message))
                    })
                    .transpose()
            };
            Command::Reconcile {
                since: date("--since")?,
                until: date("--until")?,
                all_registers: std::mem::take(&mut all_registers),
            }
        }
        ["key", "set"] => Command::KeySet {
            confirm_live: take_switch(&mut switches, "--confirm-live"),
            webhook: take_switch(&mut switches, "--webhook"),
        },
        // Never echo what was given: it may be the key.
        ["key", "set", ..] => {
            return Err("a key is never taken as an argument (it would stay in the shell history and the process list): pipe it on stdin, e.g. `tillctl key set < key.txt`, or run `tillctl key set` and paste it".into())
        }
        ["key", "status"] => Command::KeyStatus,
        ["key", "remove"] => Command::KeyRemove {
            webhook: take_switch(&mut switches, "--webhook"),
        },
        ["doctor"] => Command::Doctor,
        other if other.iter().any(|w| looks_secret(w)) => {
            return Err("unknown command (not repeated here: it looks like a key)".into())
        }
        other => return Err(format!("unknown command: {}", other.join(" "))),
    };
    if let Some((name, _)) = flags.first() {
        return Err(format!("{name} does not apply to this command"));
    }
    if all_registers {
        return Err("--all-registers does not apply to this command".into());
    }
    if let Some(name) = switches.first() {
        return Err(format!("{name} does not apply to this command"));
    }
    Ok(Some(Invocation {
        json,
        data_dir,
        api_base,
        command,
    }))
}

fn take_switch(switches: &mut Vec<String>, name: &str) -> bool {
    let before = switches.len();
    switches.retain(|s| s != name);
    switches.len() != before
}

/// Whether a word looks like a Stripe key or webhook secret (never printed back).
fn looks_secret(word: &str) -> bool {
    ["sk_", "rk_", "pk_", "whsec_"]
        .iter()
        .any(|p| word.trim().starts_with(p))
}

/// `price_123` or `price_123x3`.
fn parse_item(item: &str) -> Result<(String, u32), String> {
    let (price, quantity) = match item.rsplit_once('x') {
        Some((price, qty)) if !qty.is_empty() && qty.chars().all(|c| c.is_ascii_digit()) => {
            let quantity = qty
                .parse::<u32>()
                .map_err(|_| format!("{item:?}: quantity {qty:?} is too large"))?;
            (price, quantity)
        }
        _ => (item, 1),
    };
    if !price.starts_with("price_") || price.len() <= "price_".len() {
        return Err(format!(
            "{item:?} is not a price id: use price_…[xQTY] (see `tillctl catalog list`)"
        ));
    }
    Ok((price.to_string(), quantity))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(s: &str) -> Result<Option<Invocation>, String> {
        parse(s.split_whitespace().map(String::from))
    }

    #[test]
    fn parses_each_command() {
        let inv = parse_words("--json charge price_a price_bx3 --email a@b.co")
            .unwrap()
            .unwrap();
        assert!(inv.json);
        assert_eq!(
            inv.command,
            Command::Charge {
                items: vec![("price_a".into(), 1), ("price_b".into(), 3)],
                email: Some("a@b.co".into())
            }
        );
        assert_eq!(
            parse_words("watch sale_1 --timeout 30")
                .unwrap()
                .unwrap()
                .command,
            Command::Watch {
                sale_id: "sale_1".into(),
                timeout: Some(30)
            }
        );
        assert_eq!(
            parse_words("--data-dir /tmp/x sales --status paid")
                .unwrap()
                .unwrap()
                .data_dir,
            Some(PathBuf::from("/tmp/x"))
        );
        assert_eq!(
            parse_words("recover").unwrap().unwrap().command,
            Command::Recover
        );
        assert_eq!(parse_words("help").unwrap(), None);
        assert_eq!(
            parse_words("reconcile --since 2023-11-14 --until 2023-11-15 --all-registers")
                .unwrap()
                .unwrap()
                .command,
            Command::Reconcile {
                since: Some(1_699_920_000),
                until: Some(1_700_006_400),
                all_registers: true
            }
        );
        assert_eq!(
            parse_words("events poll").unwrap().unwrap().command,
            Command::EventsPoll
        );
        assert_eq!(
            parse_words("sales --register reg_2")
                .unwrap()
                .unwrap()
                .command,
            Command::Sales {
                status: None,
                limit: 20,
                register: Some("reg_2".into())
            }
        );
        assert!(parse_words("reconcile --since someday")
            .unwrap_err()
            .contains("--since"));
        assert!(parse_words("sales --all-registers")
            .unwrap_err()
            .contains("does not apply"));
    }

    #[test]
    fn refuses_bad_input_clearly() {
        assert!(parse_words("charge").unwrap_err().contains("PRICE_ID"));
        assert!(parse_words("charge prod_1")
            .unwrap_err()
            .contains("not a price id"));
        assert!(parse_words("watch sale_1 --timeout soon")
            .unwrap_err()
            .contains("seconds"));
        assert!(parse_words("sales --email a@b.co")
            .unwrap_err()
            .contains("does not apply"));
        assert!(parse_words("frobnicate")
            .unwrap_err()
            .contains("unknown command"));
        assert!(parse_words("sales --wat")
            .unwrap_err()
            .contains("unknown option"));
        assert!(parse_words("watch")
            .unwrap_err()
            .contains("unknown command"));
    }

    #[test]
    fn key_commands_never_take_or_echo_a_key() {
        assert_eq!(
            parse_words("key set --confirm-live")
                .unwrap()
                .unwrap()
                .command,
            Command::KeySet {
                confirm_live: true,
                webhook: false
            }
        );
        assert_eq!(
            parse_words("--json key remove --webhook")
                .unwrap()
                .unwrap()
                .command,
            Command::KeyRemove { webhook: true }
        );
        assert_eq!(
            parse_words("doctor").unwrap().unwrap().command,
            Command::Doctor
        );
        let e = parse_words("key set sk_test_supersecret123").unwrap_err();
        assert!(e.contains("stdin"), "{e}");
        assert!(!e.contains("supersecret"), "{e}");
        let e = parse_words("rk_test_supersecret123").unwrap_err();
        assert!(!e.contains("supersecret"), "{e}");
        assert!(parse_words("sales --webhook")
            .unwrap_err()
            .contains("does not apply"));
    }
}
