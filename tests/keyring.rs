//! The OS keyring for real: Till's secrets in a Secret Service (gnome-keyring), read back
//! with `secret-tool` to prove the keyring crate did not fall back to its in-memory mock;
//! `tillctl key …` end to end; and a keyring that is unreachable or locked.
//!
//! Run inside `scripts/with-keyring.sh` (scripts/test does): a private D-Bus session with an
//! unlocked gnome-keyring. The locked case starts its own private session. A test that cannot
//! reach what it needs fails; it never skips.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

use till_core::secrets::{OsKeyring, Secret, SecretName, SecretStore};
use till_harness::till::{binary, test_keyring_service};

fn unique_service(label: &str) -> String {
    format!(
        "app.till.pos.test.{label}.{}.{:08x}",
        std::process::id(),
        fastrand_u32()
    )
}

fn fastrand_u32() -> u32 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    nanos ^ std::process::id().rotate_left(16)
}

/// `secret-tool lookup service S username U`: what the Secret Service itself holds.
fn secret_tool_lookup(service: &str, account: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", service, "username", account])
        .output()
        .expect("secret-tool (libsecret-tools) must be installed: scripts/deps.sh test");
    out.status
        .success()
        .then(|| String::from_utf8(out.stdout).unwrap())
}

#[test]
fn the_os_keyring_stores_reads_replaces_and_deletes_in_the_real_secret_service() {
    let service = unique_service("roundtrip");
    let keyring = OsKeyring::new(&service);
    let name = SecretName::StripeKey;
    assert_eq!(
        keyring.read(name).expect(
            "the Secret Service must answer (run the tests inside scripts/with-keyring.sh)"
        ),
        None
    );

    keyring
        .write(name, &Secret::new("rk_test_till_keyring_first_0001"))
        .unwrap();
    assert_eq!(
        keyring.read(name).unwrap().unwrap().expose(),
        "rk_test_till_keyring_first_0001"
    );
    // Not keyring's mock: the Secret Service itself has it, under Till's service and account.
    assert_eq!(
        secret_tool_lookup(&service, name.account()).as_deref(),
        Some("rk_test_till_keyring_first_0001")
    );

    keyring
        .write(name, &Secret::new("rk_test_till_keyring_second_002"))
        .unwrap();
    assert_eq!(
        keyring.read(name).unwrap().unwrap().expose(),
        "rk_test_till_keyring_second_002"
    );
    assert_eq!(
        secret_tool_lookup(&service, name.account()).as_deref(),
        Some("rk_test_till_keyring_second_002")
    );
    // The webhook secret is its own entry.
    assert_eq!(keyring.read(SecretName::WebhookSecret).unwrap(), None);

    assert!(keyring.delete(name).unwrap());
    assert!(!keyring.delete(name).unwrap());
    assert_eq!(keyring.read(name).unwrap(), None);
    assert_eq!(secret_tool_lookup(&service, name.account()), None);
}

fn tillctl(
    data_dir: &Path,
    api_base: &str,
    args: &[&str],
    stdin: &str,
    env: &[(&str, &str)],
) -> Output {
    let mut command = Command::new(binary("tillctl").unwrap());
    command
        .args(["--json", "--data-dir"])
        .arg(data_dir)
        .args(["--api-base", api_base])
        .args(args)
        .env_remove("STRIPE_SECRET_KEY")
        .env("TILL_KEYRING_SERVICE", test_keyring_service(data_dir))
        .env("TILL_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().unwrap();
    {
        use std::io::Write;
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.as_bytes()).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "tillctl printed no JSON ({e}): stdout {:?} stderr {:?}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_sets_shows_uses_and_removes_the_key_in_the_keyring() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();
    let key = "sk_test_till_keyring_tillctl_01";

    // Never as an argument, and the refusal does not repeat it.
    let out = tillctl(dir.path(), &base, &["key", "set", key], "", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(key));

    let out = tillctl(
        dir.path(),
        &base,
        &["key", "set"],
        &format!(" {key}\n"),
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let status = json(&out);
    assert_eq!(status["present"], true);
    assert_eq!(status["mode"], "test");
    assert_eq!(status["masked"], "sk_test_…l_01");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(key));
    assert_eq!(
        secret_tool_lookup(&test_keyring_service(dir.path()), "stripe-api-key").as_deref(),
        Some(key)
    );

    // Every other command now runs in test mode with the keyring's key.
    let out = tillctl(dir.path(), &base, &["catalog", "sync"], "", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json(&out)["mode"], "test");

    let out = tillctl(dir.path(), &base, &["doctor"], "", &[]);
    let report = json(&out);
    assert!(out.status.success(), "{report}");
    assert_eq!(report["mode"], "test");
    let names: Vec<&str> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    for name in [
        "ledger",
        "keyring",
        "key",
        "stripe",
        "permissions",
        "mode",
        "phone page",
    ] {
        assert!(
            names.contains(&name),
            "doctor has no {name} check: {report}"
        );
    }
    // Test mode without an after-payment page: a warning (not a failure) saying what a
    // customer's phone will see.
    let phone = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "phone page")
        .unwrap();
    assert_eq!(phone["ok"], true);
    assert_eq!(
        phone["detail"],
        format!("warning: {}", till_core::phone::WARN_NO_PAGE)
    );
    assert!(!report.to_string().contains(key));

    let out = tillctl(dir.path(), &base, &["key", "remove"], "", &[]);
    assert!(out.status.success());
    assert_eq!(json(&out)["present"], false);
    assert_eq!(
        secret_tool_lookup(&test_keyring_service(dir.path()), "stripe-api-key"),
        None
    );
    let out = tillctl(dir.path(), &base, &["catalog", "sync"], "", &[]);
    assert_eq!(json(&out)["mode"], "training");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_secret_service_till_says_how_to_fix_it_and_runs_in_training_mode() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();
    let nobody = [(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/till-test/bus",
    )];

    let out = tillctl(dir.path(), &base, &["key", "status"], "", &nobody);
    assert_eq!(out.status.code(), Some(1));
    let problem = &json(&out)["problem"];
    assert_eq!(problem["code"], "keyring_unavailable");
    let message = problem["message"].as_str().unwrap();
    assert!(message.contains("gnome-keyring"), "{message}");
    assert!(message.contains("training mode"), "{message}");

    let out = tillctl(
        dir.path(),
        &base,
        &["key", "set"],
        "sk_test_till_keyring_nobus_001\n",
        &nobody,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["code"], "keyring_unavailable");

    // Everything else still works, in training mode, and says why.
    let out = tillctl(dir.path(), &base, &["catalog", "sync"], "", &nobody);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json(&out)["mode"], "training");
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not be reached"));

    let out = tillctl(dir.path(), &base, &["doctor"], "", &nobody);
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    let keyring = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "keyring")
        .unwrap();
    assert_eq!(keyring["ok"], false, "{report}");
}

/// A keyring locked after the key was stored: reading and writing both report
/// `keyring_locked` at once (no prompt can be shown), and once unlocked the first key is
/// still there. Runs in its own D-Bus session so locking does not disturb other tests.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_locked_keyring_is_reported_and_the_stored_key_stays() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let scratch = tempfile::tempdir().unwrap();
    for sub in ["data", "cache", "config", "run", "till"] {
        std::fs::create_dir_all(scratch.path().join(sub)).unwrap();
    }
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            scratch.path().join("run"),
            std::fs::Permissions::from_mode(0o700),
        )
        .unwrap();
    }
    let till_dir = scratch.path().join("till");
    let script = r#"
set -u
tillctl() { "$TILLCTL" --json --data-dir "$TILL_DIR" --api-base "$API_BASE" "$@"; }
printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
echo sk_test_till_keyring_locked_01 | tillctl key set > "$OUT/set-first.json"; echo $? > "$OUT/set-first.code"
dbus-send --session --dest=org.freedesktop.secrets --print-reply /org/freedesktop/secrets \
  org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
echo $? > "$OUT/lock.code"
tillctl key status > "$OUT/status-locked.json"; echo $? > "$OUT/status-locked.code"
echo sk_test_till_keyring_locked_02 | tillctl key set > "$OUT/set-locked.json"; echo $? > "$OUT/set-locked.code"
tillctl catalog sync > "$OUT/sync-locked.json"; echo $? > "$OUT/sync-locked.code"
printf pw | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null 2>&1
tillctl key status > "$OUT/status-unlocked.json"; echo $? > "$OUT/status-unlocked.code"
"#;
    let out_dir = scratch.path().join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let status = tokio::process::Command::new("dbus-run-session")
        .args(["--", "bash", "-c", script])
        .env("XDG_DATA_HOME", scratch.path().join("data"))
        .env("XDG_CACHE_HOME", scratch.path().join("cache"))
        .env("XDG_CONFIG_HOME", scratch.path().join("config"))
        .env("XDG_RUNTIME_DIR", scratch.path().join("run"))
        // No display: the unlock prompt cannot be shown, as on a headless till.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("STRIPE_SECRET_KEY")
        .env("TILL_KEYRING_SERVICE", "app.till.pos.test.locked")
        .env("TILL_LOG", "warn")
        .env("TILLCTL", binary("tillctl").unwrap())
        .env("TILL_DIR", &till_dir)
        .env("API_BASE", sim.base_url())
        .env("OUT", &out_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let status = tokio::time::timeout(std::time::Duration::from_secs(120), status)
        .await
        .expect("the locked-keyring session never finished: a keyring call hung")
        .expect("dbus-run-session and gnome-keyring must be installed: scripts/deps.sh test");
    assert!(status.success());
    let read = |name: &str| std::fs::read_to_string(out_dir.join(name)).unwrap_or_default();
    let value = |name: &str| -> serde_json::Value {
        serde_json::from_str(&read(name))
            .unwrap_or_else(|e| panic!("{name}: {e}: {:?}", read(name)))
    };

    assert_eq!(
        read("set-first.code").trim(),
        "0",
        "{}",
        read("set-first.json")
    );
    assert_eq!(read("lock.code").trim(), "0");

    assert_eq!(read("status-locked.code").trim(), "1");
    let locked = value("status-locked.json");
    assert_eq!(locked["problem"]["code"], "keyring_locked", "{locked}");
    assert!(locked["problem"]["message"]
        .as_str()
        .unwrap()
        .contains("Unlock it"));

    assert_eq!(read("set-locked.code").trim(), "1");
    assert_eq!(value("set-locked.json")["error"]["code"], "keyring_locked");

    assert_eq!(read("sync-locked.code").trim(), "0");
    assert_eq!(value("sync-locked.json")["mode"], "training");

    assert_eq!(
        read("status-unlocked.code").trim(),
        "0",
        "{}",
        read("status-unlocked.json")
    );
    let unlocked = value("status-unlocked.json");
    assert_eq!(
        unlocked["masked"], "sk_test_…d_01",
        "the first key must stay: {unlocked}"
    );
}
