//! Till's translations: the languages it speaks, which one to use, and the words in each.
//!
//! The words are Project Fluent messages in `ui/locales/<tag>/till.ftl`, one file per
//! language, shared with the window (`ui/js/i18n.js` fetches the same files). They are compiled
//! into this crate with `include_str!`, so nothing is read at run time. New strings go in the
//! `.ftl` files, in every language (a test fails naming the id and language that lack one).
//!
//! The pseudo-locale `en-XA` (accented, about 40% longer) is generated from the English file by
//! [`pseudo::generate`]; its output is checked in next to the others, and a test fails when it
//! is stale (`TILL_UPDATE_PSEUDO=1 cargo test -p till-i18n` writes it again).
//!
//! Pure: no I/O. The system's preferred languages are handed in by the caller
//! ([`system_preferences`] takes a getter for the environment).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub mod pseudo;

/// A language Till speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Language {
    /// English: the source language, and the fallback for any message another one lacks.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Japanese.
    Ja,
    /// The pseudo-locale for testing: English accented and lengthened.
    Pseudo,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::De,
        Language::Fr,
        Language::Es,
        Language::Ja,
        Language::Pseudo,
    ];

    /// The BCP 47 tag, which is also the folder under `ui/locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ja => "ja",
            Language::Pseudo => "en-XA",
        }
    }

    /// The language's own name for itself, for the language menu.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::Ja => "日本語",
            Language::Pseudo => "Pseudo (en-XA)",
        }
    }

    /// Exactly one of [`Language::tag`] (case and `_`/`-` ignored).
    pub fn parse(tag: &str) -> Option<Language> {
        let tag = normalize(tag);
        Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(&tag))
    }

    /// The first requested language Till speaks: an exact tag first, else the same primary
    /// language (`de-AT` → `de`, `en-US` → `en`; the pseudo-locale only when asked for by its
    /// tag), else English.
    pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> Language {
        for wanted in requested {
            let wanted = normalize(wanted);
            if let Some(exact) = Language::parse(&wanted) {
                return exact;
            }
            let primary = wanted.split('-').next().unwrap_or("");
            if let Some(found) = Language::ALL
                .into_iter()
                .filter(|l| *l != Language::Pseudo)
                .find(|l| l.tag().eq_ignore_ascii_case(primary))
            {
                return found;
            }
        }
        Language::En
    }

    /// The `.ftl` source of this language.
    pub fn source(self) -> &'static str {
        match self {
            Language::En => include_str!("../../../ui/locales/en/till.ftl"),
            Language::De => include_str!("../../../ui/locales/de/till.ftl"),
            Language::Fr => include_str!("../../../ui/locales/fr/till.ftl"),
            Language::Es => include_str!("../../../ui/locales/es/till.ftl"),
            Language::Ja => include_str!("../../../ui/locales/ja/till.ftl"),
            Language::Pseudo => include_str!("../../../ui/locales/en-XA/till.ftl"),
        }
    }

    fn index(self) -> usize {
        match self {
            Language::En => 0,
            Language::De => 1,
            Language::Fr => 2,
            Language::Es => 3,
            Language::Ja => 4,
            Language::Pseudo => 5,
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.tag())
    }
}

/// `de_DE.UTF-8@euro` → `de-DE`: a POSIX locale name as a BCP 47 tag.
fn normalize(tag: &str) -> String {
    let tag = tag.trim();
    let tag = tag.split(['.', '@']).next().unwrap_or("");
    tag.replace('_', "-")
}

/// The system's preferred languages, most wanted first, as the GNU C library reads them:
/// `LANGUAGE` (a `:` list, heeded only when a locale is set), then the first set of
/// `LC_ALL`, `LC_MESSAGES`, `LANG`. `C` and `POSIX` name no language. `var` reads the
/// environment (the caller's I/O).
pub fn system_preferences(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(set)
        .map(|v| normalize(&v))
        .filter(|v| !v.is_empty() && v != "C" && v != "POSIX");
    let mut wanted = Vec::new();
    if let (Some(list), Some(_)) = (set("LANGUAGE"), &locale) {
        wanted.extend(list.split(':').map(normalize).filter(|v| !v.is_empty()));
    }
    wanted.extend(locale);
    wanted
}

/// A value for a message's variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; Language::ALL.len()] {
    static BUNDLES: OnceLock<[Bundle; Language::ALL.len()]> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.map(bundle))
}

fn bundle(language: Language) -> Bundle {
    // A file that does not parse keeps the messages that do (the tests refuse such a file).
    let resource = FluentResource::try_new(language.source().to_owned())
        .unwrap_or_else(|(partial, _errors)| partial);
    let id: LanguageIdentifier = language.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: the window's text and the tests compare
    // plain strings, and Till's languages are all left to right.
    bundle.set_use_isolating(false);
    // Duplicate ids are refused by the tests; the first one wins here.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `id` in `language`, without variables.
pub fn text(language: Language, id: &str) -> String {
    text_with(language, id, &[])
}

/// The message `id` in `language` with its variables. A message the language lacks falls back
/// to English; one English lacks too comes back as its id (the tests make both impossible).
pub fn text_with(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
            Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
        }
    }
    let args = (!args.is_empty()).then_some(&fluent_args);
    for language in [language, Language::En] {
        let bundle = &bundles()[language.index()];
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_an_exact_tag_then_the_language_then_english() {
        let cases: [(&[&str], Language); 16] = [
            (&["de-DE"], Language::De),
            (&["de_AT.UTF-8"], Language::De),
            (&["it-IT", "de"], Language::De),
            (&["en-US", "de"], Language::En),
            (&["en-XA"], Language::Pseudo),
            (&["en_xa"], Language::Pseudo),
            (&["it", "nl"], Language::En),
            (&[], Language::En),
            (&["", "xx-YY", "DE"], Language::De),
            (&["fr-CA"], Language::Fr),
            (&["fr_BE.UTF-8@euro"], Language::Fr),
            (&["es-MX", "fr"], Language::Es),
            (&["es_ES.UTF-8"], Language::Es),
            (&["ja_JP.UTF-8"], Language::Ja),
            (&["JA"], Language::Ja),
            (&["pt-BR", "ja-JP", "de"], Language::Ja),
        ];
        for (requested, expected) in cases {
            assert_eq!(
                Language::negotiate(requested.iter().copied()),
                expected,
                "{requested:?}"
            );
        }
    }

    #[test]
    fn the_system_preferences_follow_the_c_library() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(
            system_preferences(env(&[("LANG", "de_DE.UTF-8")])),
            ["de-DE"]
        );
        assert_eq!(
            system_preferences(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "de_CH.UTF-8")])),
            ["de-CH"]
        );
        assert_eq!(
            system_preferences(env(&[("LANGUAGE", "fr:de"), ("LANG", "en_GB.UTF-8")])),
            ["fr", "de", "en-GB"]
        );
        // LANGUAGE is ignored under the C locale, and C names no language.
        assert!(system_preferences(env(&[("LANGUAGE", "de"), ("LANG", "C")])).is_empty());
        assert!(system_preferences(env(&[])).is_empty());
        assert_eq!(
            Language::negotiate(
                system_preferences(env(&[("LANG", "de_DE.UTF-8")]))
                    .iter()
                    .map(String::as_str)
            ),
            Language::De
        );
    }

    #[test]
    fn messages_format_with_their_variables_and_fall_back_to_english() {
        assert_eq!(text(Language::En, "sale-paid"), "Paid");
        assert_eq!(text(Language::De, "sale-paid"), "Bezahlt");
        assert_eq!(text(Language::Fr, "sale-paid"), "Payé");
        assert_eq!(text(Language::Es, "sale-paid"), "Pagado");
        assert_eq!(text(Language::Ja, "sale-paid"), "支払い済み");
        assert_eq!(
            text_with(
                Language::En,
                "register-charge-total",
                &[("total", Arg::Text("$5.00"))]
            ),
            "Charge $5.00"
        );
        assert_eq!(text(Language::De, "no-such-message"), "no-such-message");
        assert_ne!(text(Language::Pseudo, "sale-paid"), "Paid");
    }

    #[test]
    fn every_language_parses_without_errors() {
        for language in Language::ALL {
            if let Err((_, errors)) = FluentResource::try_new(language.source().to_owned()) {
                panic!("ui/locales/{}/till.ftl: {errors:?}", language.tag());
            }
        }
    }
}
