//! The one error type that crosses IPC: `{ "code": "...", "message": "..." }`.
//! The UI branches on `code`; `message` is shown to the user as it is.

use serde::Serialize;
use till_core::ErrorCode;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    /// The most precise code: a rule's reason (`empty_cart`) or the category (`network`).
    pub code: &'static str,
    pub message: String,
}

impl From<till_core::Error> for IpcError {
    fn from(e: till_core::Error) -> Self {
        IpcError {
            code: e.wire_code(),
            message: e.message,
        }
    }
}

impl IpcError {
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
