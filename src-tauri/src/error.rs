//! The one error type that crosses IPC: `{ "code": "...", "message": "..." }`.
//! The UI branches on `code`; `message` is shown to the user as it is.

use serde::Serialize;
use till_core::ErrorCode;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl From<till_core::Error> for IpcError {
    fn from(e: till_core::Error) -> Self {
        IpcError {
            code: e.code,
            message: e.message,
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
    fn every_code_keeps_its_wire_name() {
        let e = IpcError {
            code: ErrorCode::Internal,
            message: "x".into(),
        };
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({"code": "internal", "message": "x"})
        );
    }
}
