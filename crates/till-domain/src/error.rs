//! The one error type of the core. Each error carries a stable [`ErrorCode`] that the
//! UI and scripts branch on, and a message written for the person at the counter.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Stable, machine-readable error codes. The UI branches on these, never on message text.
/// Serialized in `snake_case`; renaming a variant is a breaking change for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A request from the UI or a script was malformed.
    InvalidInput,
    /// Something the user asked for does not exist.
    NotFound,
    /// The local data folder or database could not be used.
    Storage,
    /// Stripe (or the simulator) could not be reached.
    Network,
    /// Stripe answered with an error.
    Stripe,
    /// The request clashes with what is already recorded (e.g. a sale id reused for other items).
    Conflict,
    /// The OS keyring could not be used.
    Keyring,
    /// A bug or an unexpected state: the message says what to report.
    Internal,
}

impl ErrorCode {
    /// The code as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Storage => "storage",
            ErrorCode::Network => "network",
            ErrorCode::Stripe => "stripe",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Keyring => "keyring",
            ErrorCode::Internal => "internal",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error with a code and a message that tells the user what to do.
///
/// `reason` is the precise code of a rule that was broken (`empty_cart`, `amount_too_small`,
/// `cannot_cancel`...); when present it is what crosses IPC as `code`, so the UI can tell
/// each violation apart. `code` is its category.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub code: ErrorCode,
    pub reason: Option<&'static str>,
    pub message: String,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            code,
            reason: None,
            message: message.into(),
        }
    }

    /// The same error with a precise reason code.
    pub fn with_reason(mut self, reason: &'static str) -> Self {
        self.reason = Some(reason);
        self
    }

    /// The most precise code: the reason if there is one, else the category.
    pub fn wire_code(&self) -> &'static str {
        self.reason.unwrap_or(self.code.as_str())
    }

    pub fn invalid_input(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::InvalidInput, message)
    }

    pub fn storage(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Storage, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Internal, message)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_their_wire_names() {
        for code in [
            ErrorCode::InvalidInput,
            ErrorCode::NotFound,
            ErrorCode::Storage,
            ErrorCode::Network,
            ErrorCode::Stripe,
            ErrorCode::Conflict,
            ErrorCode::Keyring,
            ErrorCode::Internal,
        ] {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn display_is_the_message() {
        let e = Error::invalid_input("Quantity must be between 1 and 999.");
        assert_eq!(e.to_string(), "Quantity must be between 1 and 999.");
    }
}
