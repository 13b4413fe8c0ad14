//! Email addresses as Till takes them at the counter.

use crate::error::{Error, Result};
use till_i18n::{text_with, Arg, Language};

/// A plausible email address (Stripe checks it again), or `invalid_email` worded in
/// `language`.
pub fn validate_email(email: &str, language: Language) -> Result<String> {
    let valid = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if valid {
        Ok(email.to_string())
    } else {
        Err(Error::invalid_input(text_with(
            language,
            "email-error-invalid",
            &[("email", Arg::Text(&format!("{email:?}")))],
        ))
        .with_reason("invalid_email"))
    }
}
