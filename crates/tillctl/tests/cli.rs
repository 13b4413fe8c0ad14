//! The real `tillctl` binary's command line: a Stripe key typed as an argument is refused and
//! never printed back, usage errors exit 2, the help is generated. None of these start Till:
//! the data folder they are given stays empty.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs tillctl with `args`, isolated from the user's data, keyring and key.
fn tillctl(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tillctl"))
        .args(args)
        .env("TILL_DATA_DIR", data_dir)
        .env("TILL_KEYRING_SERVICE", "app.till.pos.test.tillctl-cli")
        .env("TILL_STRIPE_API_BASE", "http://127.0.0.1:9")
        .env("TILL_LOG", "warn")
        .env_remove("STRIPE_SECRET_KEY")
        .env_remove("TILL_OWNER_PIN")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("running tillctl {args:?}: {e}"))
}

fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A data folder that must stay empty: nothing ran.
fn data_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn assert_untouched(dir: &Path) {
    let entries: Vec<_> = std::fs::read_dir(dir).unwrap().collect();
    assert!(entries.is_empty(), "tillctl wrote {entries:?}");
}

/// The body of the fake keys below (a real key's shape: `51` and letters).
const FAKE_KEY_BODY: &str = "51AbCdEfGhIjKlMnOp";

/// Every secret form, at several positions and in several argument shapes.
#[test]
fn a_key_typed_as_an_argument_is_refused_and_never_printed() {
    // Keys are put together at run time: no live-looking key is written in the source.
    let key = |prefix: &str| format!("{prefix}{FAKE_KEY_BODY}");
    let cases: Vec<(Vec<String>, String)> = vec![
        (vec!["sale".into(), key("sk_live_")], key("sk_live_")),
        (vec![key("sk_test_")], key("sk_test_")),
        (
            vec!["key".into(), "set".into(), key("rk_live_")],
            key("rk_live_"),
        ),
        (
            vec![
                "--json".into(),
                "charge".into(),
                "price_a".into(),
                format!("--email={}", key("rk_test_")),
            ],
            key("rk_test_"),
        ),
        (
            vec![
                "--api-base".into(),
                "http://x/?key=whsec_AbCdEfGhIjKlMnOp".into(),
                "sales".into(),
            ],
            "whsec_AbCdEfGhIjKlMnOp".into(),
        ),
        (
            vec![
                "history".into(),
                "--search".into(),
                format!("my key is {}", key("SK_LIVE_")),
            ],
            FAKE_KEY_BODY.into(),
        ),
        (vec!["--help".into(), key("sk_live_")], key("sk_live_")),
        (
            vec![
                "key".into(),
                "set".into(),
                "--confirm-live".into(),
                key("sk_live_"),
            ],
            key("sk_live_"),
        ),
    ];
    for (args, secret) in &cases {
        let dir = data_dir();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = tillctl(dir.path(), &args);
        let (stdout, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        // Not the key, nor any recognisable piece of it.
        for piece in [secret.as_str(), "51AbCdEf", "AbCdEfGh", "MnOp"] {
            assert!(
                !stdout.contains(piece),
                "{args:?} printed {piece}: {stdout}"
            );
            assert!(
                !stderr.contains(piece),
                "{args:?} printed {piece}: {stderr}"
            );
        }
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        for needed in [
            "NOT used",
            "stdin",
            "tillctl key set",
            "STRIPE_SECRET_KEY",
            "shell history",
            "exposed",
        ] {
            assert!(
                stderr.contains(needed),
                "{args:?}: no {needed:?} in {stderr}"
            );
        }
        assert_untouched(dir.path());
    }
}

#[test]
fn a_usage_error_exits_2_and_does_not_repeat_a_key_elsewhere_on_the_line() {
    let dir = data_dir();
    let secret = &format!("{}{}", "sk_live_", "51ZyXwVuTsRqPoNmLk");
    for args in [
        vec!["--bogus", "sales", secret],
        vec!["sales", "--wat", "--status", secret],
        vec![secret, "frobnicate"],
    ] {
        let out = tillctl(dir.path(), &args);
        let (stdout, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            !stdout.contains("ZyXwVu") && !stderr.contains("ZyXwVu"),
            "{stderr}"
        );
    }
    // Without a key on the line: clap's message, exit 2, nothing run.
    let out = tillctl(dir.path(), &["sales", "--wat"]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--wat"), "{stderr}");
    assert!(stderr.contains("Usage: tillctl sales"), "{stderr}");
    for args in [
        &["frobnicate"][..],
        &["watch"],
        &["charge", "prod_1"],
        &["export"],
        &["reconcile", "--since", "last tuesday"],
        &["members", "--status", "active", "show", "sub_1"],
    ] {
        let out = tillctl(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out).1);
    }
    assert_untouched(dir.path());
}

#[test]
fn a_value_after_key_set_is_refused_without_being_repeated() {
    let dir = data_dir();
    // Not recognisably a key, but `key set` takes none: it may be one.
    let out = tillctl(dir.path(), &["key", "set", "51QwErTyUiOpAsDf"]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        !stdout.contains("QwErTy") && !stderr.contains("QwErTy"),
        "{stderr}"
    );
    assert!(stderr.contains("stdin"), "{stderr}");
    assert_untouched(dir.path());
}

#[test]
fn the_help_is_generated_for_every_command_and_exits_0() {
    let dir = data_dir();
    for args in [&[][..], &["--help"], &["help"], &["-h"]] {
        let out = tillctl(dir.path(), args);
        let (stdout, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stdout.contains("Usage: tillctl"), "{args:?}: {stdout}");
        for command in [
            "catalog",
            "charge",
            "watch",
            "cancel",
            "sales",
            "recover",
            "testcards",
            "events",
            "reconcile",
            "key",
            "doctor",
            "history",
            "totals",
            "report",
            "summary",
            "export",
            "refund",
            "product",
            "generate",
            "members",
            "member",
            "owner",
        ] {
            assert!(
                stdout.lines().any(|l| l.trim_start().starts_with(command)),
                "{args:?}: no {command} in {stdout}"
            );
        }
        assert!(stdout.contains("--json"), "{stdout}");
        assert!(stdout.contains("STRIPE_SECRET_KEY"), "{stdout}");
    }
    for (args, needle) in [
        (&["export", "--help"][..], "--csv <FILE>"),
        (&["help", "export"], "--search <TEXT>"),
        (&["report", "--help"], "--period <PERIOD>"),
        (&["key", "set", "--help"], "--confirm-live"),
        (&["owner", "--help"], "reset-pin"),
        (&["charge", "--help"], "PRICE_ID[xQTY]"),
    ] {
        let out = tillctl(dir.path(), args);
        let (stdout, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stdout.contains(needle), "{args:?}: no {needle} in {stdout}");
    }
    assert_untouched(dir.path());
}
