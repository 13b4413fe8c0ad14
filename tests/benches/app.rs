//! The app's own budgets, measured on a real window (Xvfb + tauri-driver):
//! resident memory of the whole process tree (app + WebKit children) idle after launch and
//! after 100 sales against the simulator, and the executable's size; then, in a second launch,
//! what the customer's screen adds (idle, with and without it) and whether the tree stays level
//! over 100 sales with it on (its processes counted every 25 sales; the growth read, as its
//! baseline was, with both windows idle: the screen back from the last sale's thank-you). After the first launch's
//! sales, a PIN switch at the window: the next person's PIN on the lock screen to the register
//! usable, 20 times. `TILL_BENCH_CUSTOMER_SALES=N` runs N sales (default 100) with the customer's
//! screen on.
//!
//! Run: `TILL_APP_BIN=<release binary> cargo bench --workspace --bench app` (scripts/bench
//! builds the release binary and sets it). Writes `target/tmp/bench-results/app.json`. Each
//! process's private memory is printed at every point, idle ones included;
//! `TILL_BENCH_SMAPS=DIR` also keeps their `smaps` there.
//!
//! The long run (`scripts/bench --long N`, which sets `TILL_BENCH_SALES=N`): N sales, the tree's
//! PSS (and each process's private memory) every 100 sales, and the slope after the first 200 sales in MiB per
//! 100 sales (least squares): growth that never levels off shows there, not in the first 100.
//! Writes `app_long.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use till_harness::{free_port, App, LaunchOptions};

/// Sales of the ordinary run; `TILL_BENCH_SALES` sets another number (the long run).
const SALES: usize = 100;
/// The long run's slope leaves out the warm-up: caches fill during the first sales.
const WARM_UP_SALES: usize = 200;

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
    let members = tree_members(binary, data_dir);
    let (rss, pss) = members
        .iter()
        .map(|p| memory_kib(*p))
        .fold((0, 0), |(r, p), (r2, p2)| (r + r2, p + p2));
    (rss as f64 / 1024.0, pss as f64 / 1024.0, members.len())
}

/// The Till process of this data folder and its descendants.
fn tree_members(binary: &Path, data_dir: &Path) -> Vec<u32> {
    let pids = app_pids(binary, data_dir);
    assert_eq!(
        pids.len(),
        1,
        "exactly one Till process for this data folder: {pids:?}"
    );
    tree(pids[0])
}

/// Private memory (USS: pages no other process maps) in MiB by process name (`till`,
/// `WebKitWebProces`, `WebKitNetworkPr`: the kernel keeps 15 characters), so that growth can be
/// pinned on one process. Unlike PSS it does not drop when another WebKit process starts on
/// the machine and shares the libraries' pages. A second process of a name (the customer
/// window's web process) is `<name> 2`, in the order they started (by pid).
/// `TILL_BENCH_SMAPS=DIR`: each process's `/proc/PID/smaps` at every measuring point, as
/// `DIR/smaps-<stage>-<name>-<pid>.txt` (`m` the first launch, `c` the customer screen's, then
/// the sales done), to see which mappings grow (the JS and DOM heaps are anonymous `rw-p`).
fn dump_smaps(binary: &Path, data_dir: &Path, stage: &str) {
    let Some(dir) = std::env::var_os("TILL_BENCH_SMAPS") else {
        return;
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    for pid in tree_members(binary, data_dir) {
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        let target = dir.join(format!("smaps-{stage}-{}-{pid}.txt", name.trim()));
        let _ = std::fs::copy(format!("/proc/{pid}/smaps"), target);
    }
}

fn private_by_process(
    binary: &Path,
    data_dir: &Path,
) -> serde_json::Map<String, serde_json::Value> {
    let mut by_name: std::collections::BTreeMap<String, f64> = std::collections::BTreeMap::new();
    let mut members = tree_members(binary, data_dir);
    members.sort_unstable();
    for pid in members {
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .map(|n| n.trim().to_string())
            .unwrap_or_else(|_| pid.to_string());
        let rollup =
            std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
        let private_kib: u64 = rollup
            .lines()
            .filter(|l| l.starts_with("Private_Clean:") || l.starts_with("Private_Dirty:"))
            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            .sum();
        let mut key = name.clone();
        let mut nth = 1;
        while by_name.contains_key(&key) {
            nth += 1;
            key = format!("{name} {nth}");
        }
        by_name.insert(key, private_kib as f64 / 1024.0);
    }
    by_name
        .into_iter()
        .map(|(name, mib)| (name, serde_json::json!(mib)))
        .collect()
}

/// Least-squares slope of `points` (sales, MiB), in MiB per 100 sales.
fn slope_per_100(points: &[(usize, f64)]) -> Option<f64> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    let mean_x = points.iter().map(|p| p.0 as f64).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for (x, y) in points {
        let dx = *x as f64 - mean_x;
        sxy += dx * (y - mean_y);
        sxx += dx * dx;
    }
    (sxx > 0.0).then(|| sxy / sxx * 100.0)
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

/// The app against the simulator, its first product tiles on screen.
async fn launch(sim: &stripe_sim::SimHandle, return_port: u16) -> App {
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
    app
}

/// One sale through the window: a latte, Charge, paid with 4242 on the simulator, the
/// browser back on Till's return page, New sale.
async fn one_sale(app: &App, sim: &stripe_sim::SimHandle, return_port: u16) {
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
    let session = app.session_of(&sale_id).unwrap();
    sim.pay(&session, "4242424242424242").unwrap();
    get(&format!(
        "http://127.0.0.1:{return_port}/checkout/success?session_id={session}"
    ));
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.click_css("#checkout-new").await.unwrap();
    app.wait_text("#charge", |t| t == "Charge").await.unwrap();
}

/// A PIN switch at the window (issue 19): the owner adds a cashier and a manager (through IPC)
/// and locks the till; then, `SWITCHES` times, the next person's tile, their PIN, Sign in — timed
/// in the page from the submit to the lock screen gone and the register painted (two animation
/// frames) — and Lock again. Argon2id at its default cost checks every PIN.
async fn pin_switch(app: &App) -> serde_json::Value {
    const SWITCHES: usize = 20;
    let setup = app
        .client
        .execute_async(
            r#"const done = arguments[0];
const call = (c, a) => window.__TAURI__.core.invoke(c, a);
(async () => {
  await call('plugin:owner|owner_set_pin', { pin: '2468', current: null });
  await call('staff_add', { name: 'Ana', role: 'staff', pin: '1357' });
  await call('staff_add', { name: 'Max', role: 'manager', pin: '8642' });
  document.getElementById('lock-button').hidden = false;
  document.getElementById('lock-button').click();
})().then(() => done('ok'), (e) => done(JSON.stringify(e)));"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(setup, "ok");
    app.wait_css("#lock-screen:not([hidden])").await.unwrap();
    let mut samples = Vec::new();
    for n in 0..SWITCHES {
        let (name, pin) = if n % 2 == 0 {
            ("Ana", "1357")
        } else {
            ("Max", "8642")
        };
        app.wait_css("#lock-screen:not([hidden]) .lock-person")
            .await
            .unwrap();
        let ms = app
            .client
            .execute_async(
                r#"const [name, pin, done] = arguments;
[...document.querySelectorAll('.lock-person')].find((b) => b.textContent.startsWith(name)).click();
const screen = document.getElementById('lock-screen');
const input = document.getElementById('lock-pin-input');
input.value = pin;
const start = performance.now();
const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
new MutationObserver((_, observer) => { if (screen.hidden) { observer.disconnect(); painted(); } })
  .observe(screen, { attributes: true, attributeFilter: ['hidden'] });
document.getElementById('lock-pin').requestSubmit();"#,
                vec![serde_json::json!(name), serde_json::json!(pin)],
            )
            .await
            .unwrap();
        samples.push(ms.as_f64().unwrap());
        app.wait_text("#staff-who", |t| t.starts_with(name))
            .await
            .unwrap();
        app.click_css("#lock-button").await.unwrap();
    }
    samples.sort_by(f64::total_cmp);
    let pick = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    let (p50, p95) = (pick(0.5), pick(0.95));
    println!("PIN switch at the window → register usable: p50 {p50:.1} ms, p95 {p95:.1} ms ({SWITCHES} switches)");
    serde_json::json!({ "p50": p50, "p95": p95, "switches": SWITCHES })
}

/// The customer's screen's cost (issue 20): a new launch (one monitor, so the screen is off),
/// the tree idle; the status bar's switch turns the screen on (an ordinary window here), the
/// tree idle again; then 100 sales with it on, counting the tree's processes as they go.
async fn customer_screen(
    binary: &Path,
    sim: &stripe_sim::SimHandle,
    return_port: u16,
    sales: usize,
) -> serde_json::Value {
    let app = launch(sim, return_port).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (_, without, processes_without) = tree_memory_mib(binary, app.data_dir.path());
    app.click_css("#screen-button").await.unwrap();
    app.wait_css(r#"#screen-button[aria-pressed="true"]"#)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (_, with, processes_with) = tree_memory_mib(binary, app.data_dir.path());
    let idle_by_process = private_by_process(binary, app.data_dir.path());
    dump_smaps(binary, app.data_dir.path(), "c0");
    println!(
        "customer screen: idle PSS {without:.0} MiB over {processes_without} processes without it, \
         {with:.0} MiB over {processes_with} with it ({:+.1} MiB) {}",
        with - without,
        serde_json::Value::Object(idle_by_process.clone())
    );
    let mut processes_during = Vec::new();
    let mut series = Vec::new();
    for n in 0..sales {
        one_sale(&app, sim, return_port).await;
        let done = n + 1;
        if done % 25 == 0 {
            let (_, pss, processes) = tree_memory_mib(binary, app.data_dir.path());
            let by_process = private_by_process(binary, app.data_dir.path());
            println!(
                "  customer screen on, after {done:>3} sales: PSS {pss:.1} MiB over {processes} processes {}",
                serde_json::Value::Object(by_process.clone())
            );
            processes_during.push(processes);
            dump_smaps(binary, app.data_dir.path(), &format!("c{done}"));
            series.push(serde_json::json!({
                "sales": done, "pss_mib": pss, "processes": processes, "private_by_process": by_process,
            }));
        }
    }
    // Still on the last sale's thank-you (the receipt's QR code, for 8 s): read, as before
    // 2026-12-05, and then again once the screen is back at idle, as its idle baseline was
    // read and as the register is after New sale in the run without it.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (_, at_thank_you, _) = tree_memory_mib(binary, app.data_dir.path());
    let register = app.client.window().await.unwrap();
    let customer = app
        .client
        .windows()
        .await
        .unwrap()
        .into_iter()
        .find(|w| *w != register)
        .expect("the customer's window");
    app.client.switch_to_window(customer).await.unwrap();
    app.wait_js("document.body.dataset.stage === 'idle'")
        .await
        .expect("the customer's screen back at idle after the last thank-you");
    app.client.switch_to_window(register).await.unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (_, after, processes_after) = tree_memory_mib(binary, app.data_dir.path());
    let after_by_process = private_by_process(binary, app.data_dir.path());
    println!(
        "customer screen on: after {sales} sales, both windows idle, PSS {after:.0} MiB over \
         {processes_after} processes ({:+.1} MiB over the sales; {at_thank_you:.0} MiB during the \
         last thank-you, {:+.1}; processes every 25 sales: {processes_during:?}) {}",
        after - with,
        at_thank_you - with,
        serde_json::Value::Object(after_by_process.clone())
    );
    app.close().await.unwrap();
    serde_json::json!({
        "pss_idle_without_mib": without,
        "pss_idle_with_mib": with,
        "extra_mib": with - without,
        "processes_without": processes_without,
        "processes_with": processes_with,
        "pss_after_sales_mib": after,
        "growth_over_sales_mib": after - with,
        "pss_during_last_thank_you_mib": at_thank_you,
        "private_by_process_after": after_by_process,
        "processes_every_25_sales": processes_during,
        "private_by_process_idle_with": idle_by_process,
        "series": series,
        "sales": sales,
    })
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
    let app = launch(&sim, return_port).await;
    // Idle: let the first sync, the recovery sweep and WebKit's start-up settle.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (idle_mib, idle_pss, processes) = tree_memory_mib(&binary, app.data_dir.path());
    let idle_by_process = private_by_process(&binary, app.data_dir.path());
    dump_smaps(&binary, app.data_dir.path(), "m0");
    println!(
        "idle after launch: PSS {idle_pss:.0} MiB, RSS {idle_mib:.0} MiB over {processes} processes {}",
        serde_json::Value::Object(idle_by_process.clone())
    );

    let sales: usize = std::env::var("TILL_BENCH_SALES")
        .ok()
        .map(|v| v.parse().expect("TILL_BENCH_SALES is a number of sales"))
        .unwrap_or(SALES);
    let long = sales != SALES;
    let mut series = vec![serde_json::json!({
        "sales": 0, "pss_mib": idle_pss, "private_by_process": idle_by_process,
    })];
    let started = Instant::now();
    for n in 0..sales {
        one_sale(&app, &sim, return_port).await;
        let done = n + 1;
        if done % (if long { 100 } else { 25 }) == 0 {
            let (mib, pss, _) = tree_memory_mib(&binary, app.data_dir.path());
            let by_process = private_by_process(&binary, app.data_dir.path());
            dump_smaps(&binary, app.data_dir.path(), &format!("m{done}"));
            println!(
                "  after {done:>4} sales: PSS {pss:.1} MiB, RSS {mib:.0} MiB ({:.0} s) {}",
                started.elapsed().as_secs_f64(),
                serde_json::Value::Object(by_process.clone())
            );
            series.push(serde_json::json!({
                "sales": done, "pss_mib": pss, "private_by_process": by_process,
                "elapsed_s": started.elapsed().as_secs_f64(),
            }));
        }
    }
    let took = started.elapsed();
    let per_sale = took / sales as u32;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (after_mib, after_pss, processes) = tree_memory_mib(&binary, app.data_dir.path());
    println!(
        "after {sales} sales: PSS {after_pss:.0} MiB, RSS {after_mib:.0} MiB over {processes} processes ({:.0} ms per sale through the UI)",
        per_sale.as_secs_f64() * 1000.0
    );
    let paid = app
        .ledger()
        .unwrap()
        .recent_sales("training", Some("paid"), sales + 1)
        .unwrap()
        .len();
    assert_eq!(paid, sales, "every sale paid");
    let executable = std::fs::metadata(&binary).unwrap().len();
    println!("executable: {:.1} MiB", executable as f64 / 1024.0 / 1024.0);
    // After the memory figures: staff change what the window holds.
    let pin_switch = if long {
        serde_json::Value::Null
    } else {
        pin_switch(&app).await
    };
    app.close().await.unwrap();

    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    if long {
        let points: Vec<(usize, f64)> = series
            .iter()
            .map(|p| {
                (
                    p["sales"].as_u64().unwrap() as usize,
                    p["pss_mib"].as_f64().unwrap(),
                )
            })
            .filter(|(n, _)| *n >= WARM_UP_SALES)
            .collect();
        let slope = slope_per_100(&points);
        println!(
            "{sales} sales in {:.0} s; PSS slope after the first {WARM_UP_SALES}: {} MiB per 100 sales (budget ≤ 0.5)",
            took.as_secs_f64(),
            slope.map_or("n/a".into(), |s| format!("{s:.2}"))
        );
        let results = serde_json::json!({
            "sales": sales,
            "seconds": took.as_secs_f64(),
            "pss_idle_mib": idle_pss,
            "pss_after_mib": after_pss,
            "slope_mib_per_100_sales_after_warm_up": slope,
            "warm_up_sales": WARM_UP_SALES,
            "series": series,
        });
        std::fs::write(
            dir.join("app_long.json"),
            serde_json::to_string_pretty(&results).unwrap(),
        )
        .unwrap();
        return;
    }
    // `TILL_BENCH_CUSTOMER_SALES`: more sales with the customer's screen on, to see whether its
    // web process levels off.
    let customer_sales = std::env::var("TILL_BENCH_CUSTOMER_SALES")
        .ok()
        .map(|v| {
            v.parse()
                .expect("TILL_BENCH_CUSTOMER_SALES is a number of sales")
        })
        .unwrap_or(SALES);
    let customer = customer_screen(&binary, &sim, return_port, customer_sales).await;
    let results = serde_json::json!({
        "customer_screen": customer,
        "pin_switch_window_ms": pin_switch,
        "pss_growth_over_100_sales_mib": after_pss - idle_pss,
        "rss_idle_mib": idle_mib,
        "rss_after_100_sales_mib": after_mib,
        "pss_idle_mib": idle_pss,
        "pss_after_100_sales_mib": after_pss,
        "processes": processes,
        "ms_per_sale_through_ui": per_sale.as_secs_f64() * 1000.0,
        "executable_bytes": executable,
    });
    std::fs::write(
        dir.join("app.json"),
        serde_json::to_string_pretty(&results).unwrap(),
    )
    .unwrap();
}
