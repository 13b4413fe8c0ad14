//! Object ids with Stripe's prefixes and long random alphanumeric suffixes.

const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// `len` random alphanumerics.
pub fn random_suffix(len: usize) -> String {
    (0..len)
        .map(|_| char::from(ALPHABET[fastrand::usize(..ALPHABET.len())]))
        .collect()
}

/// A new id: `prefix` followed by a suffix as long as Stripe's for that kind of object.
pub fn new_id(prefix: &str) -> String {
    let len = match prefix {
        // `cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY`
        "cs_test_" => 58,
        // `prod_QXg1hqf4jFNsqG`
        "prod_" => 14,
        "whsec_" => 32,
        _ => 24,
    };
    format!("{prefix}{}", random_suffix(len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_prefix_and_alphanumeric_suffix() {
        for prefix in [
            "cs_test_", "pi_", "ch_", "re_", "evt_", "we_", "whsec_", "prod_", "price_",
        ] {
            let id = new_id(prefix);
            let suffix = id.strip_prefix(prefix).unwrap();
            assert!(suffix.len() >= 14, "{id}");
            assert!(suffix.chars().all(|c| c.is_ascii_alphanumeric()), "{id}");
        }
        assert_ne!(new_id("pi_"), new_id("pi_"));
        assert_eq!(new_id("cs_test_").len(), 66);
    }
}
