//! Staff: named people with a 4–6 digit PIN and a role, who sign in at a till so every sale,
//! refund and drawer action records who did it; and the one table of what each role may do.
//!
//! A PIN is stored only as an argon2id hash (as the owner PIN, `owner.rs`), and wrong PINs
//! are rate-limited per staff member by the owner PIN's rule ([`crate::owner::lock_after`]):
//! the count survives a restart. The owner PIN of today stays the owner: it is not a staff
//! member, and the owner's commands keep asking for it (`OwnerGate`). Managing staff is the
//! owner's ([`Action::ManageStaff`]); the shells put it behind the owner PIN.
//!
//! Who is signed in lives in the register's `Context` (`Context::sign_in`); with nobody
//! signed in (no staff set up) everything works as before staff existed and records no one.

use serde::Serialize;

use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::owner::{self, WrongPin};
use crate::store::{now_ms, NewStaff, StaffRecord, Store};

/// The longest staff name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// One PIN check at a time in this process, so concurrent wrong PINs all count.
static CHECKING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A staff member's role; each may do what the roles before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Staff,
    Manager,
    Owner,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Staff, Role::Manager, Role::Owner];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Staff => "staff",
            Role::Manager => "manager",
            Role::Owner => "owner",
        }
    }

    /// `staff`, `manager` or `owner` (any case, spaces around ignored); else `unknown_role`
    /// (in English: tillctl's arguments; see [`Role::parse_in`]).
    pub fn parse(text: &str) -> Result<Role> {
        Role::parse_in(text, Language::En)
    }

    /// [`Role::parse`] with its refusal worded in `language`.
    pub fn parse_in(typed: &str, language: Language) -> Result<Role> {
        let wanted = typed.trim().to_ascii_lowercase();
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == wanted)
            .ok_or_else(|| {
                Error::invalid_input(text(language, "staff-error-role")).with_reason("unknown_role")
            })
    }

    /// Who may do it, in words: "staff, a manager or the owner".
    /// The message id of who has this role or a higher one: "a manager or the owner".
    fn who(self) -> &'static str {
        match self {
            Role::Staff => "staff-who-staff",
            Role::Manager => "staff-who-manager",
            Role::Owner => "staff-who-owner",
        }
    }
}

/// What someone at the till may want to do, each with the least role it needs
/// ([`required_role`]): the permission table, in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Ring up a sale paid by card (Charge).
    Sell,
    /// Take cash for a sale (cash or split).
    CashSale,
    /// Refund a sale by amount (card or cash).
    Refund,
    /// Take back lines of a past sale.
    Return,
    PaidIn,
    PaidOut,
    /// Open the drawer without a sale.
    NoSale,
    /// Close the drawer (count, Z report).
    CloseDrawer,
    /// Override a price or give a discount.
    Override,
    Settings,
    Catalog,
    /// Add, archive, re-PIN or re-role staff.
    ManageStaff,
}

impl Action {
    pub const ALL: [Action; 12] = [
        Action::Sell,
        Action::CashSale,
        Action::Refund,
        Action::Return,
        Action::PaidIn,
        Action::PaidOut,
        Action::NoSale,
        Action::CloseDrawer,
        Action::Override,
        Action::Settings,
        Action::Catalog,
        Action::ManageStaff,
    ];

    /// The message id of the action as a sentence's subject: "Paying out".
    fn doing(self) -> &'static str {
        match self {
            Action::Sell => "staff-doing-sell",
            Action::CashSale => "staff-doing-cash-sale",
            Action::Refund => "staff-doing-refund",
            Action::Return => "staff-doing-return",
            Action::PaidIn => "staff-doing-paid-in",
            Action::PaidOut => "staff-doing-paid-out",
            Action::NoSale => "staff-doing-no-sale",
            Action::CloseDrawer => "staff-doing-close-drawer",
            Action::Override => "staff-doing-override",
            Action::Settings => "staff-doing-settings",
            Action::Catalog => "staff-doing-catalog",
            Action::ManageStaff => "staff-doing-manage-staff",
        }
    }
}

/// The permission table: the least role each action needs. README.md's "Staff" section shows
/// the same table (a test keeps them equal).
pub fn required_role(action: Action) -> Role {
    match action {
        Action::Sell | Action::CashSale | Action::PaidIn | Action::NoSale => Role::Staff,
        Action::Refund
        | Action::Return
        | Action::PaidOut
        | Action::CloseDrawer
        | Action::Override
        | Action::Settings
        | Action::Catalog => Role::Manager,
        Action::ManageStaff => Role::Owner,
    }
}

/// Whether `role` may do `action`; else `staff_not_allowed`, saying who may (in `language`).
pub fn allowed(role: Role, action: Action, language: Language) -> Result<()> {
    let needed = required_role(action);
    if role >= needed {
        return Ok(());
    }
    Err(Error::invalid_input(text_with(
        language,
        "staff-error-not-allowed",
        &[
            ("doing", Arg::Text(&text(language, action.doing()))),
            ("who", Arg::Text(&text(language, needed.who()))),
        ],
    ))
    .with_reason("staff_not_allowed"))
}

/// A staff member as the shells show them (never the PIN hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffView {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub archived: bool,
    /// Seconds until another PIN may be tried (0: now).
    pub locked_for_secs: i64,
    pub created_at: i64,
}

/// Who is signed in at a till.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignedIn {
    /// `None`: the owner, signed in with the owner PIN (not a staff member: what they do
    /// records no staff id).
    pub staff_id: Option<String>,
    pub name: String,
    pub role: Role,
}

impl SignedIn {
    /// The owner, by the owner PIN.
    pub fn owner() -> SignedIn {
        SignedIn {
            staff_id: None,
            name: "Owner".into(),
            role: Role::Owner,
        }
    }
}

fn view(record: &StaffRecord, now: i64) -> Result<StaffView> {
    Ok(StaffView {
        id: record.id.clone(),
        name: record.name.clone(),
        role: Role::parse(&record.role).map_err(|_| {
            Error::storage(format!(
                "Staff member {} has an unknown role {:?} in the ledger.",
                record.id, record.role
            ))
        })?,
        archived: record.archived_at.is_some(),
        locked_for_secs: (record.locked_until - now).max(0).div_euclid(1000)
            + i64::from((record.locked_until - now).max(0) % 1000 > 0),
        created_at: record.created_at,
    })
}

/// A staff name: trimmed, 1–40 characters, no control characters; a refusal is worded in
/// `language`.
pub fn check_name(name: &str, language: Language) -> Result<String> {
    let name = name.trim();
    let chars = name.chars().count();
    if chars == 0 || chars > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(Error::invalid_input(text_with(
            language,
            "staff-error-name",
            &[("max", Arg::Number(MAX_NAME_CHARS as i64))],
        ))
        .with_reason("invalid_staff_name"));
    }
    Ok(name.to_string())
}

/// A staff PIN: 4 to 6 digits (0–9), nothing else; a refusal is worded in `language`.
pub fn check_pin(pin: &str, language: Language) -> Result<String> {
    let pin = pin.trim();
    if (4..=6).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(pin.to_string());
    }
    Err(Error::invalid_input(text(language, "staff-error-pin")).with_reason("invalid_pin"))
}

/// The till's language as the ledger says, for the refusals of staff management.
async fn language_of(store: &Store) -> Result<Language> {
    store.call(|l| crate::language::of_ledger(l)).await
}

async fn hash(pin: String) -> Result<String> {
    tokio::task::spawn_blocking(move || owner::hash_pin(&pin))
        .await
        .map_err(|e| Error::internal(format!("Hashing the PIN failed: {e}")))?
}

fn new_staff_id() -> String {
    let suffix: String = (0..16)
        .map(|_| {
            let n = fastrand::u8(0..36);
            char::from(if n < 10 { b'0' + n } else { b'a' + n - 10 })
        })
        .collect();
    format!("staff_{suffix}")
}

/// Adds a staff member. Every input is checked before anything is written: the name
/// (`invalid_staff_name`, `staff_name_taken`), the role (`unknown_role`), the PIN
/// (`invalid_pin`).
pub async fn add(store: &Store, name: &str, role: &str, pin: &str) -> Result<StaffView> {
    let language = language_of(store).await?;
    let name = check_name(name, language)?;
    let role = Role::parse_in(role, language)?;
    let pin = check_pin(pin, language)?;
    let taken = name.clone();
    if store
        .call(move |l| l.staff_list(false))
        .await?
        .iter()
        .any(|s| s.name.to_lowercase() == taken.to_lowercase())
    {
        return Err(Error::invalid_input(text_with(
            language,
            "staff-error-name-taken",
            &[("name", Arg::Text(&format!("{name:?}")))],
        ))
        .with_reason("staff_name_taken"));
    }
    let pin_hash = hash(pin).await?;
    let staff = NewStaff {
        id: new_staff_id(),
        name,
        role: role.as_str().to_string(),
        pin_hash,
        created_at: now_ms(),
    };
    let record = store.call(move |l| l.insert_staff(&staff)).await?;
    tracing::info!(staff_id = %record.id, role = role.as_str(), "staff member added");
    view(&record, now_ms())
}

/// The staff, by name; archived ones too when asked.
pub async fn list(store: &Store, include_archived: bool) -> Result<Vec<StaffView>> {
    let now = now_ms();
    store
        .call(move |l| l.staff_list(include_archived))
        .await?
        .iter()
        .map(|record| view(record, now))
        .collect()
}

/// Whether any staff member is active (then a till can ask who is there).
pub async fn any_active(store: &Store) -> Result<bool> {
    Ok(store.call(|l| l.active_staff_count()).await? > 0)
}

/// Archives a staff member: they can no longer sign in; what they did keeps their name.
pub async fn archive(store: &Store, staff_id: &str) -> Result<StaffView> {
    let id = staff_id.to_string();
    let record = store.call(move |l| l.archive_staff(&id, now_ms())).await?;
    tracing::info!(staff_id = %record.id, "staff member archived");
    view(&record, now_ms())
}

/// A new PIN for a staff member (`invalid_pin` first; clears their wrong-PIN count).
pub async fn set_pin(store: &Store, staff_id: &str, pin: &str) -> Result<StaffView> {
    let language = language_of(store).await?;
    let pin = check_pin(pin, language)?;
    let id = staff_id.to_string();
    // Unknown and archived are refused before the (slow) hash.
    let found = store.call(move |l| l.staff(&id)).await?;
    match found {
        None => return Err(unknown(staff_id, language)),
        Some(record) if record.archived_at.is_some() => return Err(archived(&record, language)),
        Some(_) => {}
    }
    let pin_hash = hash(pin).await?;
    let id = staff_id.to_string();
    let record = store
        .call(move |l| l.set_staff_pin(&id, &pin_hash, now_ms()))
        .await?;
    tracing::info!(staff_id = %record.id, "staff PIN changed");
    view(&record, now_ms())
}

/// A new role for a staff member (`unknown_role` first).
pub async fn set_role(store: &Store, staff_id: &str, role: &str) -> Result<StaffView> {
    let role = Role::parse_in(role, language_of(store).await?)?;
    let id = staff_id.to_string();
    let record = store
        .call(move |l| l.set_staff_role(&id, role.as_str(), now_ms()))
        .await?;
    tracing::info!(staff_id = %record.id, role = role.as_str(), "staff role changed");
    view(&record, now_ms())
}

fn unknown(staff_id: &str, language: Language) -> Error {
    Error::new(
        ErrorCode::NotFound,
        text_with(
            language,
            "staff-error-unknown",
            &[("id", Arg::Text(staff_id))],
        ),
    )
    .with_reason("staff_not_found")
}

fn archived(record: &StaffRecord, language: Language) -> Error {
    Error::invalid_input(text_with(
        language,
        "staff-error-archived",
        &[
            ("name", Arg::Text(&record.name)),
            ("id", Arg::Text(&record.id)),
        ],
    ))
    .with_reason("staff_archived")
}

/// The setting: seconds without a touch or key at the till before it locks itself (0: never).
pub const AUTO_LOCK_SETTING: &str = "staff_auto_lock_secs";
/// Auto-lock's default: five minutes.
pub const DEFAULT_AUTO_LOCK_SECS: u64 = 300;
/// The shortest auto-lock a till accepts, and the longest.
pub const MIN_AUTO_LOCK_SECS: u64 = 15;
pub const MAX_AUTO_LOCK_SECS: u64 = 4 * 60 * 60;

/// How long the till waits without a touch or key before it locks itself (`None`: never).
/// A stored value out of range (written by hand) means the default.
pub async fn auto_lock(store: &Store) -> Result<Option<u64>> {
    let stored = store.call(|l| l.setting(AUTO_LOCK_SETTING)).await?;
    Ok(match stored.and_then(|v| v.parse::<u64>().ok()) {
        Some(0) => None,
        Some(secs) if (MIN_AUTO_LOCK_SECS..=MAX_AUTO_LOCK_SECS).contains(&secs) => Some(secs),
        _ => Some(DEFAULT_AUTO_LOCK_SECS),
    })
}

/// Sets auto-lock: `0` never, else 15 seconds to 4 hours (`invalid_auto_lock`).
pub async fn set_auto_lock(store: &Store, secs: u64) -> Result<Option<u64>> {
    if secs != 0 && !(MIN_AUTO_LOCK_SECS..=MAX_AUTO_LOCK_SECS).contains(&secs) {
        return Err(Error::invalid_input(text_with(
            language_of(store).await?,
            "staff-error-auto-lock",
            &[
                ("min", Arg::Number(MIN_AUTO_LOCK_SECS as i64)),
                ("hours", Arg::Number((MAX_AUTO_LOCK_SECS / 3600) as i64)),
            ],
        ))
        .with_reason("invalid_auto_lock"));
    }
    let value = secs.to_string();
    store
        .call(move |l| l.set_setting(AUTO_LOCK_SETTING, &value))
        .await?;
    tracing::info!(secs, "auto-lock changed");
    Ok((secs != 0).then_some(secs))
}

/// Checks a staff member's PIN, counting wrong ones with the owner PIN's rule. Errors:
/// `staff_not_found`, `staff_archived`, `pin_locked` (with how long), `wrong_pin` (with how
/// many tries are left before the lock).
pub async fn verify(store: &Store, staff_id: &str, pin: &str) -> Result<SignedIn> {
    let _one_at_a_time = CHECKING.lock().await;
    let id = staff_id.to_string();
    let language = language_of(store).await?;
    let record = store
        .call(move |l| l.staff(&id))
        .await?
        .ok_or_else(|| unknown(staff_id, language))?;
    if record.archived_at.is_some() {
        return Err(archived(&record, language));
    }
    let now = now_ms();
    owner::refuse_while_locked(record.locked_until, now, language)?;
    let (candidate, stored) = (pin.trim().to_string(), record.pin_hash.clone());
    let matches = tokio::task::spawn_blocking(move || {
        owner::pin_matches_hash(
            &candidate,
            &stored,
            "Give this staff member a new PIN (`tillctl staff pin ID`).",
        )
    })
    .await
    .map_err(|e| Error::internal(format!("The PIN check failed: {e}")))??;
    let id = record.id.clone();
    if matches {
        store.call(move |l| l.staff_pin_succeeded(&id, now)).await?;
        let role = view(&record, now)?.role;
        return Ok(SignedIn {
            staff_id: Some(record.id),
            name: record.name,
            role,
        });
    }
    let failure = WrongPin::after(record.failures, now);
    let (failures, locked_until) = (failure.failures, failure.locked_until);
    store
        .call(move |l| l.staff_pin_failed(&id, failures, locked_until, now))
        .await?;
    tracing::warn!(staff_id = %record.id, failures, lock_secs = failure.lock.as_secs(), "wrong staff PIN");
    Err(failure.error(language))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Ledger;

    #[test]
    fn every_action_needs_its_role_and_a_lower_role_is_refused() {
        let table = [
            (Action::Sell, Role::Staff),
            (Action::CashSale, Role::Staff),
            (Action::Refund, Role::Manager),
            (Action::Return, Role::Manager),
            (Action::PaidIn, Role::Staff),
            (Action::PaidOut, Role::Manager),
            (Action::NoSale, Role::Staff),
            (Action::CloseDrawer, Role::Manager),
            (Action::Override, Role::Manager),
            (Action::Settings, Role::Manager),
            (Action::Catalog, Role::Manager),
            (Action::ManageStaff, Role::Owner),
        ];
        assert_eq!(table.len(), Action::ALL.len());
        for (action, role) in table {
            assert_eq!(required_role(action), role, "{action:?}");
            for who in Role::ALL {
                let answer = allowed(who, action, Language::En);
                if who >= role {
                    answer.unwrap();
                } else {
                    let e = answer.unwrap_err();
                    assert_eq!(e.wire_code(), "staff_not_allowed", "{who:?} {action:?}");
                    let needs = text(Language::En, role.who());
                    assert!(e.message.contains(&needs), "{}", e.message);
                }
            }
        }
        assert_eq!(
            allowed(Role::Staff, Action::PaidOut, Language::En)
                .unwrap_err()
                .message,
            "Paying out needs a manager or the owner. Ask one to sign in with their PIN, then try again."
        );
        // In the till's language, every action's and role's words.
        assert_eq!(
            allowed(Role::Staff, Action::PaidOut, Language::De)
                .unwrap_err()
                .message,
            "Auszahlen erfordert eine Leitung oder den Inhaber. Bitten Sie eine dieser Personen, sich mit ihrer PIN anzumelden, und versuchen Sie es dann erneut."
        );
        assert!(Role::Staff < Role::Manager && Role::Manager < Role::Owner);
    }

    #[test]
    fn roles_names_and_pins_are_checked() {
        assert_eq!(Role::parse(" Manager ").unwrap(), Role::Manager);
        for bad in ["", "boss", "managers", "0"] {
            assert_eq!(Role::parse(bad).unwrap_err().wire_code(), "unknown_role");
        }
        for good in ["1234", "12345", "123456", " 0000 "] {
            check_pin(good, Language::En).unwrap();
        }
        for bad in ["", "123", "1234567", "12a4", "12 34", "١٢٣٤", "-123"] {
            assert_eq!(
                check_pin(bad, Language::En).unwrap_err().wire_code(),
                "invalid_pin",
                "{bad:?}"
            );
        }
        assert_eq!(check_name("  Ada  ", Language::En).unwrap(), "Ada");
        check_name(&"é".repeat(40), Language::En).unwrap();
        for bad in ["", "   ", &"x".repeat(41), "A\tB"] {
            assert_eq!(
                check_name(bad, Language::En).unwrap_err().wire_code(),
                "invalid_staff_name",
                "{bad:?}"
            );
        }
        // Refused in the till's language; English word for word as before.
        assert_eq!(
            check_name("", Language::En).unwrap_err().message,
            "A staff name is 1 to 40 characters (letters, digits, spaces, punctuation)."
        );
        assert_eq!(
            check_name("", Language::De).unwrap_err().message,
            "Ein Name hat 1 bis 40 Zeichen (Buchstaben, Ziffern, Leerzeichen, Satzzeichen)."
        );
        assert_eq!(
            check_pin("12", Language::De).unwrap_err().message,
            "Eine PIN des Personals hat 4 bis 6 Ziffern (0–9), sonst nichts."
        );
        assert_eq!(
            Role::parse_in("boss", Language::De).unwrap_err().message,
            "Eine Rolle ist staff, manager oder owner. Wählen Sie eine dieser drei."
        );
    }

    #[tokio::test]
    async fn a_pin_is_rate_limited_and_the_count_survives_a_reopened_ledger() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.sqlite3");
        let store = Store::new(Ledger::open(&path).unwrap());
        let ada = add(&store, "Ada", "staff", "2468").await.unwrap();
        let stored = store
            .call({
                let id = ada.id.clone();
                move |l| l.staff(&id)
            })
            .await
            .unwrap()
            .unwrap();
        assert!(stored.pin_hash.starts_with("$argon2id$"));
        assert!(!stored.pin_hash.contains("2468"));
        verify(&store, &ada.id, "2468").await.unwrap();
        for _ in 1..owner::FREE_ATTEMPTS {
            let e = verify(&store, &ada.id, "0000").await.unwrap_err();
            assert_eq!(e.wire_code(), "wrong_pin");
            assert!(e.message.contains("more"), "{}", e.message);
        }
        drop(store);
        // Reopened: the count is where it was; one more wrong PIN locks.
        let store = Store::new(Ledger::open(&path).unwrap());
        let e = verify(&store, &ada.id, "0000").await.unwrap_err();
        assert!(e.message.contains("30 s"), "{}", e.message);
        drop(store);
        let store = Store::new(Ledger::open(&path).unwrap());
        let e = verify(&store, &ada.id, "2468").await.unwrap_err();
        assert_eq!(e.wire_code(), "pin_locked", "even the right PIN waits");
        let listed = list(&store, false).await.unwrap();
        assert!((29..=30).contains(&listed[0].locked_for_secs), "{listed:?}");
        // The lock ends: the right PIN clears the count.
        let id = ada.id.clone();
        store
            .call(move |l| l.staff_pin_failed(&id, owner::FREE_ATTEMPTS, 0, 1))
            .await
            .unwrap();
        let signed_in = verify(&store, &ada.id, "2468").await.unwrap();
        assert_eq!(signed_in.role, Role::Staff);
        let id = ada.id.clone();
        let record = store.call(move |l| l.staff(&id)).await.unwrap().unwrap();
        assert_eq!(record.failures, 0);
    }

    #[tokio::test]
    async fn bad_input_changes_nothing() {
        let store = Store::new(Ledger::open_in_memory().unwrap());
        let ada = add(&store, "Ada", "staff", "2468").await.unwrap();
        for (name, role, pin, code) in [
            ("ada", "manager", "1357", "staff_name_taken"),
            ("Bo", "boss", "1357", "unknown_role"),
            ("Bo", "staff", "135", "invalid_pin"),
            ("Bo", "staff", "1357913", "invalid_pin"),
            ("Bo", "staff", "13a7", "invalid_pin"),
            ("", "staff", "1357", "invalid_staff_name"),
        ] {
            let e = add(&store, name, role, pin).await.unwrap_err();
            assert_eq!(e.wire_code(), code, "{name} {role} {pin}");
        }
        assert_eq!(list(&store, true).await.unwrap(), vec![ada.clone()]);
        assert_eq!(
            set_pin(&store, &ada.id, "12")
                .await
                .unwrap_err()
                .wire_code(),
            "invalid_pin"
        );
        assert_eq!(
            set_role(&store, &ada.id, "king")
                .await
                .unwrap_err()
                .wire_code(),
            "unknown_role"
        );
        assert_eq!(list(&store, true).await.unwrap(), vec![ada.clone()]);
        verify(&store, &ada.id, "2468").await.unwrap();
        // Archived: no sign-in, no change.
        archive(&store, &ada.id).await.unwrap();
        for e in [
            verify(&store, &ada.id, "2468").await.unwrap_err(),
            set_pin(&store, &ada.id, "1357").await.unwrap_err(),
            set_role(&store, &ada.id, "owner").await.unwrap_err(),
        ] {
            assert_eq!(e.wire_code(), "staff_archived");
        }
        assert_eq!(
            verify(&store, "staff_nobody", "2468")
                .await
                .unwrap_err()
                .wire_code(),
            "staff_not_found"
        );
        assert!(!any_active(&store).await.unwrap());
    }

    #[tokio::test]
    async fn auto_lock_defaults_to_five_minutes_and_refuses_what_is_out_of_range() {
        let store = Store::new(Ledger::open_in_memory().unwrap());
        assert_eq!(auto_lock(&store).await.unwrap(), Some(300));
        assert_eq!(set_auto_lock(&store, 60).await.unwrap(), Some(60));
        assert_eq!(auto_lock(&store).await.unwrap(), Some(60));
        for bad in [1, 14, 4 * 3600 + 1] {
            let e = set_auto_lock(&store, bad).await.unwrap_err();
            assert_eq!(e.wire_code(), "invalid_auto_lock", "{bad}");
            assert_eq!(
                auto_lock(&store).await.unwrap(),
                Some(60),
                "{bad} changed it"
            );
        }
        assert_eq!(set_auto_lock(&store, 0).await.unwrap(), None);
        assert_eq!(auto_lock(&store).await.unwrap(), None);
        // A hand-written value out of range reads as the default.
        store
            .call(|l| l.set_setting(AUTO_LOCK_SETTING, "3"))
            .await
            .unwrap();
        assert_eq!(auto_lock(&store).await.unwrap(), Some(300));
    }
}
