//! Email addresses as Till takes them at the counter.

use crate::error::{Error, Result};

/// A plausible email address (Stripe checks it again), or `invalid_email`.
pub fn validate_email(email: &str) -> Result<String> {
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
        Err(Error::invalid_input(format!(
            "{email:?} is not an email address. Check it and type it again."
        ))
        .with_reason("invalid_email"))
    }
}
