//! The language the core words things in: the till's setting, else the system's. Its own
//! module (it needs only the ledger and `till-i18n`) so the PIN checks (`owner`, `staff`) can
//! word their refusals without depending on `settings`.

use crate::error::Result;
use crate::i18n::{self, Language};
use crate::store::Ledger;

/// The settings key of the language tag (`de`); absent: the system's language.
pub const LANGUAGE: &str = "language";

/// The first of the system's languages (`LANGUAGE`, then the locale of `LC_ALL`,
/// `LC_MESSAGES`, `LANG`) that Till speaks, else English. The environment, not the webview's
/// `navigator.languages`, so the core (which words a sale's status) and the window agree
/// from the first view, and `tillctl` would too.
pub fn system_language() -> Language {
    let wanted = i18n::system_preferences(|name| std::env::var(name).ok());
    Language::negotiate(wanted.iter().map(String::as_str))
}

/// The till's language as the ledger says (the setting, else the system's), for code that
/// has the ledger but no `Context`. A tag this version does not speak means the system's.
pub fn of_ledger(ledger: &Ledger) -> Result<Language> {
    Ok(ledger
        .setting(LANGUAGE)?
        .and_then(|tag| Language::parse(&tag))
        .unwrap_or_else(system_language))
}

/// The words of a ledger entry in `language`, a sale's or a member's timeline: `detail`
/// (the English it was written with) and `message` (its [`crate::sale::Phrase`] as JSON, for
/// entries written with one). The phrase renders in `language`, and any English the core
/// added after it stays as it is; an entry without a phrase, or whose English no longer
/// matches it (written by another version), reads as written.
pub fn entry_words(detail: &str, message: Option<&str>, language: Language) -> String {
    let Some(phrase) = message.and_then(|m| serde_json::from_str::<crate::sale::Phrase>(m).ok())
    else {
        return detail.to_string();
    };
    match detail.strip_prefix(&phrase.english()) {
        Some(rest) => format!("{}{rest}", phrase.text(language)),
        None => detail.to_string(),
    }
}
