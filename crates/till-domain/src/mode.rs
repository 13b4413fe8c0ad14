//! Training, test and live: which Stripe a sale went to. Every sale records its mode, and
//! sales of different modes are never mixed in history or totals.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use till_i18n::{text_with, Arg, Language};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// No Stripe key: Till's built-in simulator on 127.0.0.1.
    Training,
    /// A `sk_test_`/`rk_test_` key: Stripe's test mode.
    Test,
    /// A `sk_live_`/`rk_live_` key: real money.
    Live,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Training, Mode::Test, Mode::Live];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Training => "training",
            Mode::Test => "test",
            Mode::Live => "live",
        }
    }

    /// `training`, `test` or `live`; a refusal in English (tillctl's arguments).
    pub fn parse(text: &str) -> Result<Mode> {
        Mode::parse_in(text, Language::En)
    }

    /// [`Mode::parse`] with its refusal worded in `language` (the window's filters).
    pub fn parse_in(text: &str, language: Language) -> Result<Mode> {
        match text {
            "training" => Ok(Mode::Training),
            "test" => Ok(Mode::Test),
            "live" => Ok(Mode::Live),
            _ => Err(Error::invalid_input(text_with(
                language,
                "mode-error-unknown",
                &[("mode", Arg::Text(&format!("{text:?}")))],
            ))),
        }
    }

    /// The mode a Stripe key belongs to, from its prefix (`sk_test_`, `rk_live_`, ...).
    pub fn of_key(key: &str) -> Option<Mode> {
        let rest = key
            .strip_prefix("sk_")
            .or_else(|| key.strip_prefix("rk_"))?;
        if rest.starts_with("test_") {
            Some(Mode::Test)
        } else if rest.starts_with("live_") {
            Some(Mode::Live)
        } else {
            None
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_round_trip_and_keys_map_to_modes() {
        for mode in Mode::ALL {
            assert_eq!(Mode::parse(mode.as_str()).unwrap(), mode);
        }
        assert_eq!(
            Mode::parse("prod").unwrap_err().message,
            "Unknown mode \"prod\": use training, test or live."
        );
        assert_eq!(
            Mode::parse_in("prod", Language::De).unwrap_err().message,
            "Unbekannter Modus \"prod\": Verwenden Sie training, test oder live."
        );
        assert_eq!(Mode::of_key("sk_test_abc"), Some(Mode::Test));
        assert_eq!(Mode::of_key("rk_test_abc"), Some(Mode::Test));
        assert_eq!(Mode::of_key("sk_live_abc"), Some(Mode::Live));
        assert_eq!(Mode::of_key("rk_live_abc"), Some(Mode::Live));
        assert_eq!(Mode::of_key("pk_test_abc"), None);
        assert_eq!(Mode::of_key("whatever"), None);
    }
}
