//! `stripe-sim --port N [--state FILE]`: prints `listening on http://127.0.0.1:PORT` on stdout
//! and serves until killed (SIGINT/SIGTERM stop it gracefully). Logs go to stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use stripe_sim::{SimConfig, WebhookConfig};

const USAGE: &str = "\
stripe-sim: a Stripe-compatible simulator on 127.0.0.1

USAGE:
    stripe-sim [--port N] [--state FILE] [--no-seed]
               [--forward-to URL [--webhook-secret whsec_...] [--events a.b,c.d]]
               [--revoke-key KEY]...

OPTIONS:
    --port N              port on 127.0.0.1 (0, the default, picks a free one)
    --state FILE          load state from FILE and save it there after every change
    --no-seed             start without the demo catalog
    --forward-to URL      deliver webhooks to URL (like `stripe listen --forward-to`)
    --webhook-secret S    signing secret for --forward-to (default: made up, printed to stderr)
    --events LIST         comma-separated event types for --forward-to (default: all)
    --revoke-key KEY      answer 401 for this key (repeatable)
    -h, --help            this text
    -V, --version         the version

Logs go to stderr (RUST_LOG=stripe_sim=debug for more); stdout gets one line:
    listening on http://127.0.0.1:PORT
";

fn parse_args() -> Result<Option<SimConfig>, String> {
    let mut config = SimConfig::default();
    let mut forward: Option<WebhookConfig> = None;
    let mut secret = None;
    let mut events = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs {what}"))
        };
        match name.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("stripe-sim {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--port" => {
                let port = value("a port number")?;
                config.port = port
                    .parse()
                    .map_err(|_| format!("--port: not a port number: {port}"))?;
            }
            "--state" => config.state_file = Some(PathBuf::from(value("a file")?)),
            "--no-seed" => config.seed_catalog = false,
            "--forward-to" => {
                forward = Some(WebhookConfig {
                    url: value("a URL")?,
                    secret: None,
                    events: Vec::new(),
                })
            }
            "--webhook-secret" => secret = Some(value("a whsec_ secret")?),
            "--events" => {
                events = value("event types")?
                    .split(',')
                    .map(|e| e.trim().to_string())
                    .filter(|e| !e.is_empty())
                    .collect()
            }
            "--revoke-key" => config.revoked_keys.push(value("a key")?),
            other => return Err(format!("unknown argument: {other}\n\n{USAGE}")),
        }
    }
    if let Some(mut webhook) = forward {
        webhook.secret = secret;
        webhook.events = events;
        config.webhooks.push(webhook);
    } else if secret.is_some() || !events.is_empty() {
        return Err("--webhook-secret and --events need --forward-to".into());
    }
    Ok(Some(config))
}

/// Registers the stop signals now (before the listening line is printed, so that a signal sent
/// right after reading it is not lost) and returns a future that resolves on the first one.
fn stop_signals() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt())?;
        let mut terminate = signal(SignalKind::terminate())?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

fn main() -> ExitCode {
    let config = match parse_args() {
        Ok(Some(config)) => config,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("stripe-sim: {message}");
            return ExitCode::from(2);
        }
    };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("stripe_sim=info")),
        )
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("stripe-sim: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let sim = match stripe_sim::start(config).await {
            Ok(sim) => sim,
            Err(err) => {
                eprintln!("stripe-sim: {err}");
                return ExitCode::FAILURE;
            }
        };
        for endpoint in sim.webhook_endpoints() {
            eprintln!(
                "stripe-sim: forwarding events to {} with signing secret {}",
                endpoint["url"].as_str().unwrap_or_default(),
                endpoint["secret"].as_str().unwrap_or_default()
            );
        }
        let signals = match stop_signals() {
            Ok(signals) => signals,
            Err(err) => {
                eprintln!("stripe-sim: cannot listen for stop signals: {err}");
                return ExitCode::FAILURE;
            }
        };
        let mut stdout = std::io::stdout().lock();
        if writeln!(stdout, "listening on {}", sim.base_url())
            .and_then(|()| stdout.flush())
            .is_err()
        {
            eprintln!("stripe-sim: cannot write to stdout");
        }
        drop(stdout);
        signals.await;
        sim.stop().await;
        ExitCode::SUCCESS
    })
}
