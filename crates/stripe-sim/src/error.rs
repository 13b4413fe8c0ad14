//! Stripe's error responses: `{"error": {"type", "code", "message", "param", "doc_url", ...}}`.

use axum::http::StatusCode;
use serde_json::{json, Map, Value};

/// An API error rendered exactly as Stripe renders it.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub kind: &'static str,
    pub code: Option<String>,
    pub message: String,
    pub param: Option<String>,
    /// `Stripe-Should-Retry` header, when Stripe would send one.
    pub should_retry: Option<bool>,
}

impl ApiError {
    pub fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            kind,
            code: None,
            message: message.into(),
            param: None,
            should_retry: None,
        }
    }

    /// 400 `invalid_request_error`.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            message.into(),
        )
    }

    pub fn code(mut self, code: &str) -> Self {
        self.code = Some(code.to_string());
        self
    }

    pub fn param(mut self, param: impl Into<String>) -> Self {
        self.param = Some(param.into());
        self
    }

    pub fn should_retry(mut self, retry: Option<bool>) -> Self {
        self.should_retry = retry;
        self
    }

    /// `Received unknown parameter: line_items[0][foo]`.
    pub fn unknown_parameter(param: &str) -> Self {
        Self::invalid(format!("Received unknown parameter: {param}"))
            .code("parameter_unknown")
            .param(param)
    }

    /// `Missing required param: mode.`
    pub fn missing(param: &str) -> Self {
        Self::invalid(format!("Missing required param: {param}."))
            .code("parameter_missing")
            .param(param)
    }

    /// `Invalid integer: abc`.
    pub fn invalid_integer(param: &str, value: &str) -> Self {
        Self::invalid(format!("Invalid integer: {value}"))
            .code("parameter_invalid_integer")
            .param(param)
    }

    /// A 404 for an object addressed in the URL, or a 400 `resource_missing` for one named in a
    /// parameter (`param` is then set).
    pub fn no_such(object: &str, id: &str, param: Option<&str>) -> Self {
        let message = format!("No such {object}: '{id}'");
        match param {
            Some(param) => Self::invalid(message).code("resource_missing").param(param),
            None => Self::new(StatusCode::NOT_FOUND, "invalid_request_error", message)
                .code("resource_missing")
                .param("id"),
        }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "api_error", message)
    }

    /// The JSON body Stripe sends.
    pub fn body(&self) -> Value {
        let mut error = Map::new();
        error.insert("type".into(), json!(self.kind));
        error.insert("message".into(), json!(self.message));
        if let Some(code) = &self.code {
            error.insert("code".into(), json!(code));
            error.insert(
                "doc_url".into(),
                json!(format!(
                    "https://stripe.com/docs/error-codes/{}",
                    code.replace('_', "-")
                )),
            );
        }
        if let Some(param) = &self.param {
            error.insert("param".into(), json!(param));
        }
        json!({ "error": Value::Object(error) })
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.status.as_u16(),
            self.kind,
            self.message
        )
    }
}

impl std::error::Error for ApiError {}

pub type ApiResult<T> = Result<T, ApiError>;
