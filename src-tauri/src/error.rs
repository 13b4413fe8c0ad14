//! The one error type that crosses IPC: `{ "code": "...", "message": "..." }`.
//! The UI branches on `code`; `message` is shown to the user as it is.

use std::sync::RwLock;

use serde::Serialize;
use till_core::i18n::{text_with, Arg, Language};
use till_core::ErrorCode;

/// The till's language, for the few errors the core leaves in English (the ledger's own
/// failures, `ledger_failed`). Set as each core starts (`state::attend`).
static LANGUAGE: RwLock<Language> = RwLock::new(Language::En);

/// Errors crossing IPC from now on are framed in `language`.
pub fn set_language(language: Language) {
    if let Ok(mut current) = LANGUAGE.write() {
        *current = language;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    /// The most precise code: a rule's reason (`empty_cart`) or the category (`network`).
    pub code: &'static str,
    pub message: String,
}

impl From<till_core::Error> for IpcError {
    fn from(e: till_core::Error) -> Self {
        let language = LANGUAGE.read().map(|l| *l).unwrap_or(Language::En);
        IpcError::in_language(e, language)
    }
}

impl IpcError {
    /// `e` as the window shows it in `language`: a failure of the ledger itself (SQLite's
    /// words, in English) is framed in the till's language with what to do, its English kept
    /// as the detail; English keeps the sentence as it is. Everything else is worded already.
    pub fn in_language(e: till_core::Error, language: Language) -> IpcError {
        let message = if e.reason == Some("ledger_failed") && language != Language::En {
            text_with(
                language,
                "app-error-ledger-failed",
                &[("detail", Arg::Text(&e.message))],
            )
        } else {
            e.message.clone()
        };
        IpcError {
            code: e.wire_code(),
            message,
        }
    }

    pub fn new(code: ErrorCode, message: impl Into<String>) -> IpcError {
        IpcError {
            code: code.as_str(),
            message: message.into(),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_and_message_only() {
        let e = IpcError::from(till_core::Error::invalid_input(
            "Quantity must be between 1 and 999.",
        ));
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"invalid_input","message":"Quantity must be between 1 and 999."}"#
        );
    }

    #[test]
    fn a_ledger_failure_is_framed_in_the_till_s_language() {
        let failed = || {
            till_core::Error::storage(
                "The sales ledger failed while exporting sales: database is locked",
            )
            .with_reason("ledger_failed")
        };
        let german = IpcError::in_language(failed(), Language::De);
        assert_eq!(german.code, "ledger_failed");
        assert!(
            german.message.starts_with("Das Verkaufsjournal von Till")
                && german.message.contains(
                    "(The sales ledger failed while exporting sales: database is locked)"
                ),
            "{}",
            german.message
        );
        let english = IpcError::in_language(failed(), Language::En);
        assert_eq!(english.message, failed().message);
        // Worded already (by the core, in its language): as it is.
        let worded = IpcError::in_language(
            till_core::Error::storage("Die Datei konnte nicht geschrieben werden."),
            Language::De,
        );
        assert_eq!(worded.message, "Die Datei konnte nicht geschrieben werden.");
    }

    #[test]
    fn a_rules_reason_is_the_code() {
        let e = IpcError::from(
            till_core::Error::invalid_input("The cart is empty.").with_reason("empty_cart"),
        );
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({"code": "empty_cart", "message": "The cart is empty."})
        );
        assert_eq!(
            serde_json::to_string(&IpcError::new(ErrorCode::Internal, "x")).unwrap(),
            r#"{"code":"internal","message":"x"}"#
        );
    }
}
