//! The app's own budgets, measured on a real window (Xvfb + tauri-driver):
//! resident memory of the whole process tree (app + WebKit children) idle after launch and
//! after 100 sales against the simulator, and the executable's size.
//!
//! Run: `TILL_APP_BIN=<release binary> cargo bench --workspace --bench app` (scripts/bench
//! builds the release binary and sets it). Writes `target/tmp/bench-results/app.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use till_harness::{free_port, App, LaunchOptions};

const SALES: usize = 100;

/// Pids of the processes whose executable is `binary` and whose environment names `data_dir`.
fn app_pids(binary: &Path, data_dir: &Path) -> Vec<u32> {
    let marker = format!("TILL_DATA_DIR={}", data_dir.display());
    let binary = binary
        .canonicalize()
        .unwrap_or_else(|_| binary.to_path_buf());
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary)
                && std::fs::read(format!("/proc/{pid}/environ"))
                    .is_ok_and(|env| env.split(|b| *b == 0).any(|v| v == marker.as_bytes()))
        })
        .collect()
}

/// The pid and all its descendants.
fn tree(root: u32) -> Vec<u32> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // Field 4 (ppid) comes after the parenthesised command name.
        let Some(after) = stat.rsplit_once(')').map(|(_, rest)| rest) else {
            continue;
        };
        if let Some(ppid) = after
            .split_whitespace()
            .nth(1)
            .and_then(|p| p.parse::<u32>().ok())
        {
            children.entry(ppid).or_default().push(pid);
        }
    }
    let mut all = vec![root];
    let mut i = 0;
    while i < all.len() {
        if let Some(kids) = children.get(&all[i]) {
            all.extend(kids);
        }
        i += 1;
    }
    all
}

/// `Rss` and `Pss` of a process in KiB (from smaps_rollup). RSS counts a shared library
/// in every process that maps it; PSS splits shared pages between them, so PSS summed over
/// the tree is the memory the tree really holds.
fn memory_kib(pid: u32) -> (u64, u64) {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    let field = |name: &str| -> u64 {
        rollup
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            .unwrap_or(0)
    };
    (field("Rss:"), field("Pss:"))
}

/// (RSS MiB, PSS MiB, processes) of the app's process tree.
fn tree_memory_mib(binary: &Path, data_dir: &Path) -> (f64, f64, usize) {
    let pids = app_pids(binary, data_dir);
    assert_eq!(
        pids.len(),
        1,
        "exactly one Till process for this data folder: {pids:?}"
    );
    let members = tree(pids[0]);
    let (rss, pss) = members
        .iter()
        .map(|p| memory_kib(*p))
        .fold((0, 0), |(r, p), (r2, p2)| (r + r2, p + p2));
    (rss as f64 / 1024.0, pss as f64 / 1024.0, members.len())
}

/// GET a loopback URL and discard the answer (the browser returning to Till's page).
fn get(url: &str) {
    let rest = url.strip_prefix("http://").unwrap();
    let (authority, path) = rest.split_once('/').unwrap();
    let mut stream = std::net::TcpStream::connect(authority).unwrap();
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer)
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let binary = PathBuf::from(std::env::var("TILL_APP_BIN").expect(
        "set TILL_APP_BIN to the release binary (scripts/bench does): the budgets are for release builds",
    ));
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let return_port = free_port().unwrap();
    let app = App::launch_with(LaunchOptions {
        env: vec![
            ("TILL_STRIPE_API_BASE".into(), sim.base_url()),
            ("TILL_RETURN_PORT".into(), return_port.to_string()),
            ("TILL_LOG".into(), "warn".into()),
        ],
    })
    .await
    .unwrap();
    app.wait_css(".product-tile").await.unwrap();
    // Idle: let the first sync, the recovery sweep and WebKit's start-up settle.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (idle_mib, idle_pss, processes) = tree_memory_mib(&binary, app.data_dir.path());
    println!(
        "idle after launch: PSS {idle_pss:.0} MiB, RSS {idle_mib:.0} MiB over {processes} processes"
    );

    let started = Instant::now();
    for n in 0..SALES {
        let tile = app
            .wait_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
            .await
            .unwrap();
        tile.click().await.unwrap();
        app.wait_text("#charge", |t| t.starts_with("Charge $"))
            .await
            .unwrap();
        app.click_css("#charge").await.unwrap();
        let sale_id = app.waiting_sale_id().await.unwrap();
        let session = app
            .ledger()
            .unwrap()
            .require_sale(&sale_id)
            .unwrap()
            .session_id
            .unwrap();
        sim.pay(&session, "4242424242424242").unwrap();
        get(&format!(
            "http://127.0.0.1:{return_port}/checkout/success?session_id={session}"
        ));
        app.wait_text("#checkout-status", |t| t == "Paid")
            .await
            .unwrap();
        app.click_css("#checkout-new").await.unwrap();
        app.wait_text("#charge", |t| t == "Charge").await.unwrap();
        if (n + 1) % 25 == 0 {
            let (mib, pss, _) = tree_memory_mib(&binary, app.data_dir.path());
            println!(
                "  after {:>3} sales: PSS {pss:.0} MiB, RSS {mib:.0} MiB",
                n + 1
            );
        }
    }
    let per_sale = started.elapsed() / SALES as u32;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (after_mib, after_pss, processes) = tree_memory_mib(&binary, app.data_dir.path());
    println!(
        "after {SALES} sales: PSS {after_pss:.0} MiB, RSS {after_mib:.0} MiB over {processes} processes ({:.0} ms per sale through the UI)",
        per_sale.as_secs_f64() * 1000.0
    );
    let paid = app
        .ledger()
        .unwrap()
        .recent_sales("training", Some("paid"), SALES + 1)
        .unwrap()
        .len();
    assert_eq!(paid, SALES, "every sale paid");
    let executable = std::fs::metadata(&binary).unwrap().len();
    println!("executable: {:.1} MiB", executable as f64 / 1024.0 / 1024.0);
    app.close().await.unwrap();

    let results = serde_json::json!({
        "rss_idle_mib": idle_mib,
        "rss_after_100_sales_mib": after_mib,
        "pss_idle_mib": idle_pss,
        "pss_after_100_sales_mib": after_pss,
        "processes": processes,
        "ms_per_sale_through_ui": per_sale.as_secs_f64() * 1000.0,
        "executable_bytes": executable,
    });
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("app.json"),
        serde_json::to_string_pretty(&results).unwrap(),
    )
    .unwrap();
}
