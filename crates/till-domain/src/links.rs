//! Which URLs Till may hand to the system browser: Stripe's hosted Checkout, or in training
//! mode (and tests) the simulator's page on the loopback address. Nothing else.

use crate::mode::Mode;

/// Stripe's hosted Checkout pages live here.
pub const STRIPE_CHECKOUT_ORIGIN: &str = "https://checkout.stripe.com/";

/// Whether `url` may be opened for a sale. `api_base` is the API Till talks to; when it is a
/// loopback simulator, its own pages are allowed too (same scheme, host and port).
pub fn checkout_url_allowed(url: &str, mode: Mode, api_base: &str) -> bool {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    if url.starts_with(STRIPE_CHECKOUT_ORIGIN) && mode != Mode::Training {
        return true;
    }
    loopback_origin(api_base).is_some_and(|origin| url.starts_with(&origin))
}

/// Training mode on the shop network: the simulator's pages under its tokened base
/// (`http://ADDR:PORT/t/TOKEN`, see `phone`) may be opened too, and nothing else there.
pub fn training_page_allowed(url: &str, mode: Mode, page_base: Option<&str>) -> bool {
    mode == Mode::Training
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        && page_base.is_some_and(|base| url.starts_with(&format!("{base}/c/pay/")))
}

/// `http://127.0.0.1:PORT/` for a loopback API base, else `None`.
fn loopback_origin(api_base: &str) -> Option<String> {
    let rest = api_base.strip_prefix("http://")?;
    let authority = rest.split('/').next()?;
    let (host, port) = authority.rsplit_once(':')?;
    let loopback = matches!(host, "127.0.0.1" | "localhost" | "[::1]");
    if !loopback || port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(format!("http://{host}:{port}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_checkout_pages_are_opened() {
        let stripe = "https://api.stripe.com";
        let sim = "http://127.0.0.1:47312";
        assert!(checkout_url_allowed(
            "https://checkout.stripe.com/c/pay/cs_test_a",
            Mode::Test,
            stripe
        ));
        assert!(checkout_url_allowed(
            "https://checkout.stripe.com/c/pay/cs_live_a",
            Mode::Live,
            stripe
        ));
        assert!(!checkout_url_allowed(
            "http://checkout.stripe.com/c/pay/cs_test_a",
            Mode::Test,
            stripe
        ));
        assert!(!checkout_url_allowed(
            "https://checkout.stripe.com.evil.com/x",
            Mode::Test,
            stripe
        ));
        assert!(!checkout_url_allowed(
            "https://evil.com/?https://checkout.stripe.com/",
            Mode::Test,
            stripe
        ));
        assert!(!checkout_url_allowed(
            "file:///etc/passwd",
            Mode::Test,
            stripe
        ));
        assert!(!checkout_url_allowed(
            "javascript:alert(1)",
            Mode::Test,
            stripe
        ));
        assert!(checkout_url_allowed(
            "http://127.0.0.1:47312/c/pay/cs_test_a",
            Mode::Training,
            sim
        ));
        assert!(!checkout_url_allowed(
            "http://127.0.0.1:8080/c/pay/cs_test_a",
            Mode::Training,
            sim
        ));
        assert!(!checkout_url_allowed(
            "http://127.0.0.1:47312.evil.com/",
            Mode::Training,
            sim
        ));
        assert!(!checkout_url_allowed(
            "https://checkout.stripe.com/c/pay/cs_test_a",
            Mode::Training,
            sim
        ));
        assert!(!checkout_url_allowed(
            "http://127.0.0.1:47312/c/pay/cs_test_a",
            Mode::Test,
            stripe
        ));
        assert!(!checkout_url_allowed(
            "http://127.0.0.1:47312/c/pay/x y",
            Mode::Training,
            sim
        ));
    }
}
