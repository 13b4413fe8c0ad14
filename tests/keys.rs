//! Setting the Stripe key against the simulator: every bad key gets its own coded error and
//! leaves the stored key as it was; a restricted key's permissions are probed for real.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use till_core::keys::{KeyService, KeySource};
use till_core::mode::Mode;
use till_core::secrets::{MemoryStore, SecretName, Secrets};
use till_core::store::{Ledger, Store};

struct Fixture {
    sim: stripe_sim::SimHandle,
    memory: Arc<MemoryStore>,
    keys: KeyService,
    store: Store,
}

async fn fixture() -> Fixture {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let memory = Arc::new(MemoryStore::new());
    let keys = KeyService::new(Secrets::new(memory.clone()), Some(sim.base_url()), None);
    let store = Store::new(Ledger::open_in_memory().unwrap());
    Fixture {
        sim,
        memory,
        keys,
        store,
    }
}

const GOOD: &str = "rk_test_till_keys_good_0001";

#[tokio::test]
async fn a_good_restricted_key_is_proved_stored_and_shown_masked_only() {
    let f = fixture().await;
    f.sim
        .restrict_key(
            GOOD,
            &[
                "rak_checkout_session_write",
                "rak_payment_intent_read",
                "rak_event_read",
                "rak_product_read",
                "rak_refund_write",
                "rak_product_write",
                "rak_subscription_write",
            ],
        )
        .unwrap();
    let status = f
        .keys
        .set(&f.store, &format!("  {GOOD}\n"), false)
        .await
        .unwrap();
    assert!(status.present);
    assert_eq!(status.source, KeySource::Keyring);
    assert_eq!(status.mode, Mode::Test);
    assert_eq!(status.kind, Some("restricted"));
    assert_eq!(status.masked.as_deref(), Some("rk_test_…0001"));
    assert!(status.verified_at.is_some());
    assert_eq!(status.warning, None);
    assert_eq!(status.permissions.len(), 9);
    assert!(
        status.permissions.iter().all(|p| p.granted == Some(true)),
        "{:?}",
        status.permissions
    );
    let json = serde_json::to_string(&status).unwrap();
    assert!(!json.contains(GOOD), "the status carries the key: {json}");
    // The keyring holds exactly the trimmed key.
    use till_core::secrets::SecretStore;
    assert_eq!(
        f.memory
            .read(SecretName::StripeKey)
            .unwrap()
            .unwrap()
            .expose(),
        GOOD
    );
}

#[tokio::test]
async fn a_restricted_key_without_refunds_is_accepted_with_a_warning() {
    let f = fixture().await;
    let key = "rk_test_till_keys_norefund01";
    f.sim
        .restrict_key(
            key,
            &[
                "rak_checkout_session_write",
                "rak_payment_intent_read",
                "rak_event_read",
                "rak_product_read",
            ],
        )
        .unwrap();
    let status = f.keys.set(&f.store, key, false).await.unwrap();
    let refunds = status
        .permissions
        .iter()
        .find(|p| p.resource == "Refunds")
        .unwrap();
    assert_eq!(refunds.granted, Some(false));
    let warning = status.warning.unwrap();
    assert!(warning.contains("Refunds: Write"), "{warning}");
}

/// Each bad key: its own code, a message that does not echo the key, and the stored key
/// unchanged.
#[tokio::test]
async fn bad_keys_each_get_their_own_code_and_the_stored_key_stays() {
    let f = fixture().await;
    let previous = "sk_test_till_keys_previous_0001";
    f.keys.set(&f.store, previous, false).await.unwrap();
    let before = f.keys.status(&f.store).await;

    let rejected = "sk_test_till_keys_rejected_9999";
    f.sim.revoke_key(rejected);
    let lacking = "rk_test_till_keys_lacking_0002";
    f.sim
        .restrict_key(lacking, &["rak_checkout_session_write", "rak_product_read"])
        .unwrap();
    let live = format!("{}{}", "sk_live_", "till_keys_unconfirmed");
    let cases: Vec<(&str, String)> = vec![
        ("empty_key", String::new()),
        ("empty_key", "   \n\t ".into()),
        ("publishable_key", "pk_test_till_keys_publishable".into()),
        ("malformed_key", "correct horse battery staple".into()),
        ("key_rejected", rejected.into()),
        ("missing_permissions", lacking.into()),
        ("live_confirmation_required", live),
    ];
    for (code, input) in &cases {
        let error = f.keys.set(&f.store, input, false).await.unwrap_err();
        assert_eq!(error.wire_code(), *code, "for {input:?}: {}", error.message);
        if input.trim().len() > 8 {
            assert!(
                !error.message.contains(input.trim()),
                "the message echoes the key: {}",
                error.message
            );
        }
        assert_eq!(
            f.keys.status(&f.store).await,
            before,
            "the stored key changed after {code}"
        );
    }

    // The 403 case names what is missing, as the owner can act on it.
    let error = f.keys.set(&f.store, lacking, false).await.unwrap_err();
    for missing in ["PaymentIntents: Read", "Events: Read"] {
        assert!(error.message.contains(missing), "{}", error.message);
    }
    assert!(
        !error.message.contains("Checkout Sessions: Write"),
        "{}",
        error.message
    );
    assert!(!error.message.contains("403"), "{}", error.message);
}

#[tokio::test]
async fn an_unreachable_stripe_and_an_unavailable_keyring_store_nothing() {
    let f = fixture().await;
    let dead = till_harness::free_port().unwrap();
    let offline = KeyService::new(
        Secrets::new(f.memory.clone()),
        Some(format!("http://127.0.0.1:{dead}")),
        None,
    );
    let error = offline
        .set(&f.store, "sk_test_till_keys_offline_01", false)
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "stripe_unreachable");
    // Plain words, not the transport's ("client error (Connect): tcp connect error...").
    assert!(
        error.message.contains("could not reach Stripe"),
        "{}",
        error.message
    );
    for raw in ["Connect", "error", "tcp", "dns", "refused"] {
        assert!(!error.message.contains(raw), "{raw}: {}", error.message);
    }
    assert!(!f.keys.status(&f.store).await.present);

    f.memory.fail_with(Some(MemoryStore::unavailable_error()));
    let error = f
        .keys
        .set(&f.store, "sk_test_till_keys_nokeyring_1", false)
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "keyring_unavailable");
    let status = f.keys.status(&f.store).await;
    assert!(!status.present);
    assert_eq!(status.problem.unwrap().code, "keyring_unavailable");
    // Training mode, with the problem to show.
    let (options, problem) = f
        .keys
        .connect_options(till_core::runtime::ConnectOptions::default())
        .await;
    assert!(options.key.is_none());
    assert_eq!(problem.unwrap().wire_code(), "keyring_unavailable");

    // In English the keyring layer's own sentence; in the till's other languages its kind's,
    // with the platform's fix; the same code in every language.
    let language = |tag: &'static str| {
        f.store
            .call(move |l| l.set_setting(till_core::language::LANGUAGE, tag))
    };
    language("en").await.unwrap();
    let status = f.keys.status(&f.store).await;
    assert_eq!(
        status.problem.unwrap().message,
        MemoryStore::unavailable_error().message
    );
    language("de").await.unwrap();
    let problem = f.keys.status(&f.store).await.problem.unwrap();
    assert_eq!(problem.code, "keyring_unavailable");
    assert!(
        problem.message.starts_with(&format!(
            "Der Schlüsselbund ({}), in dem Till den Stripe-Schlüssel aufbewahrt, ist nicht nutzbar.",
            till_core::secrets::KEYRING_NAME
        )),
        "{}",
        problem.message
    );
    assert!(problem
        .message
        .ends_with("der Schlüssel wird nirgendwo sonst gespeichert."));
    let error = f
        .keys
        .set(&f.store, "sk_test_till_keys_nokeyring_2", false)
        .await
        .unwrap_err();
    assert_eq!(
        (error.wire_code(), error.message.as_str()),
        ("keyring_unavailable", problem.message.as_str())
    );
    let (_, problem) = f
        .keys
        .connect_options(till_core::runtime::ConnectOptions::default())
        .await;
    let problem = problem.unwrap();
    let locked = till_core::keys::keyring_words(
        till_core::Error::new(till_core::ErrorCode::Keyring, "The keyring is locked.")
            .with_reason("keyring_locked"),
        till_core::i18n::Language::Fr,
    );
    assert!(
        locked.message.contains("est verrouillé"),
        "{}",
        locked.message
    );
    assert_eq!(locked.wire_code(), "keyring_locked");
    // Not a keyring's: as it was.
    let other = till_core::keys::keyring_words(
        till_core::Error::invalid_input("x"),
        till_core::i18n::Language::De,
    );
    assert_eq!(other.message, "x");
    assert_eq!(
        till_core::keys::Problem::in_language(&problem, till_core::i18n::Language::De).message,
        f.keys.status(&f.store).await.problem.unwrap().message
    );
}

#[tokio::test]
async fn keys_are_replaced_and_removed_and_the_webhook_secret_follows_the_same_rules() {
    let f = fixture().await;
    f.keys
        .set(&f.store, "sk_test_till_keys_first_00001", false)
        .await
        .unwrap();
    let status = f
        .keys
        .set(&f.store, "sk_test_till_keys_second_0002", false)
        .await
        .unwrap();
    assert_eq!(status.masked.as_deref(), Some("sk_test_…0002"));
    assert_eq!(status.kind, Some("secret"));

    let status = f
        .keys
        .set_webhook_secret(&f.store, " whsec_till_keys_webhook_0003 ")
        .await
        .unwrap();
    assert!(status.webhook_secret.present);
    assert_eq!(status.webhook_secret.masked.as_deref(), Some("whsec_…0003"));
    let error = f
        .keys
        .set_webhook_secret(&f.store, "sk_test_not_a_webhook_secret")
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "malformed_webhook_secret");
    assert_eq!(
        f.keys.webhook_secret().await.unwrap().unwrap().expose(),
        "whsec_till_keys_webhook_0003"
    );

    let status = f.keys.remove(&f.store).await.unwrap();
    assert!(!status.present);
    assert_eq!(status.mode, Mode::Training);
    let status = f.keys.remove_webhook_secret(&f.store).await.unwrap();
    assert!(!status.webhook_secret.present);
    let (options, problem) = f
        .keys
        .connect_options(till_core::runtime::ConnectOptions::default())
        .await;
    assert!(options.key.is_none() && problem.is_none());
}
