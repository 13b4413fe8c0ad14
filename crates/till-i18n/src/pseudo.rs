//! The pseudo-locale `en-XA`, generated from the English file: every letter of the text
//! accented (so a string that escaped translation stands out as plain English) and every vowel
//! doubled (about 40% longer, so a layout that only fits English shows it). Variables,
//! selectors, variant keys and ids are left as they are.
//!
//! The output is checked in as `ui/locales/en-XA/till.ftl`, so the window loads it like any
//! other language; the test below fails when it is stale.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::{parser, serializer};

/// The header of the generated file.
pub const HEADER: &str = "# Generated from ../en/till.ftl by till-i18n's pseudo::generate: do not edit.\n# TILL_UPDATE_PSEUDO=1 cargo test -p till-i18n writes it again.\n\n";

/// One letter, accented; a vowel comes back twice.
fn accent(c: char) -> String {
    let accented = match c {
        'a' => "åå",
        'e' => "éé",
        'i' => "îî",
        'o' => "öö",
        'u' => "ûû",
        'y' => "ýý",
        'A' => "ÅÅ",
        'E' => "ÉÉ",
        'I' => "ÎÎ",
        'O' => "ÖÖ",
        'U' => "ÛÛ",
        'Y' => "ÝÝ",
        'b' => "ƀ",
        'c' => "ç",
        'd' => "ð",
        'f' => "ƒ",
        'g' => "ĝ",
        'h' => "ĥ",
        'j' => "ĵ",
        'k' => "ķ",
        'l' => "ļ",
        'm' => "ɱ",
        'n' => "ñ",
        'p' => "þ",
        'q' => "ǫ",
        'r' => "ŕ",
        's' => "š",
        't' => "ţ",
        'v' => "ṽ",
        'w' => "ŵ",
        'x' => "ẋ",
        'z' => "ž",
        'B' => "Ɓ",
        'C' => "Ç",
        'D' => "Ð",
        'F' => "Ƒ",
        'G' => "Ĝ",
        'H' => "Ĥ",
        'J' => "Ĵ",
        'K' => "Ķ",
        'L' => "Ļ",
        'M' => "Ṁ",
        'N' => "Ñ",
        'P' => "Þ",
        'Q' => "Ǫ",
        'R' => "Ŕ",
        'S' => "Š",
        'T' => "Ţ",
        'V' => "Ṽ",
        'W' => "Ŵ",
        'X' => "Ẋ",
        'Z' => "Ž",
        other => return other.to_string(),
    };
    accented.to_owned()
}

/// A piece of text, pseudo-localized.
pub fn text(source: &str) -> String {
    source.chars().map(accent).collect()
}

/// How much longer the pseudo-locale is than English (vowels doubled, then padding).
const LONGER: f64 = 0.4;

fn pattern(pattern: &mut Pattern<String>) {
    let (mut english, mut pseudo) = (0, 0);
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                english += value.chars().count();
                *value = text(value);
                pseudo += value.chars().count();
            }
            PatternElement::Placeable { expression } => self::expression(expression),
        }
    }
    // What doubling the vowels left short of LONGER, as a tail of `~`.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let target = (english as f64 * (1.0 + LONGER)).round() as usize;
    let pad = "~".repeat(target.saturating_sub(pseudo));
    if pad.is_empty() {
        return;
    }
    match pattern.elements.last_mut() {
        Some(PatternElement::TextElement { value }) if !value.ends_with('\n') => {
            value.push_str(&pad)
        }
        _ => pattern
            .elements
            .push(PatternElement::TextElement { value: pad }),
    }
}

fn expression(expression: &mut Expression<String>) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                pattern(&mut variant.value);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            self::expression(expression);
        }
        Expression::Inline(_) => {}
    }
}

/// The pseudo-locale's `.ftl` from the English one. A source that does not parse gives the
/// entries that do.
pub fn generate(english: &str) -> String {
    let mut resource = parser::parse(english.to_owned()).unwrap_or_else(|(partial, _)| partial);
    for entry in &mut resource.body {
        if let Entry::Message(message) = entry {
            if let Some(value) = &mut message.value {
                pattern(value);
            }
            for attribute in &mut message.attributes {
                pattern(&mut attribute.value);
            }
        }
    }
    // The English file's own comments describe English: the header says what this file is.
    resource.body.retain(|entry| {
        !matches!(
            entry,
            Entry::ResourceComment(_) | Entry::GroupComment(_) | Entry::Comment(_)
        )
    });
    format!("{HEADER}{}", serializer::serialize(&resource))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::Language;

    #[test]
    fn the_checked_in_pseudo_locale_is_generated_from_english() {
        let generated = generate(Language::En.source());
        if std::env::var_os("TILL_UPDATE_PSEUDO").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../ui/locales/en-XA/till.ftl"
            );
            std::fs::write(path, &generated).unwrap();
            return;
        }
        assert!(
            generated == Language::Pseudo.source(),
            "ui/locales/en-XA/till.ftl is stale: run TILL_UPDATE_PSEUDO=1 cargo test -p till-i18n"
        );
    }

    #[test]
    fn text_is_accented_and_about_forty_percent_longer() {
        assert_eq!(text("Paid"), "Þååîîð");
        let generated = generate("charge-total = Charge { $total }\n    .title = Charge (F9)\nwaiting = Waiting for the customer\n");
        assert!(generated.contains("Çĥååŕĝéé { $total }~"), "{generated}");
        assert!(
            generated.contains(".title = Çĥååŕĝéé (Ƒ9)~~"),
            "{generated}"
        );
        // 24 characters of English, 34 of pseudo-locale (40% longer, rounded).
        assert!(
            generated.contains("= Ŵååîîţîîñĝ ƒööŕ ţĥéé çûûšţööɱééŕ~~\n"),
            "{generated}"
        );
    }
}
