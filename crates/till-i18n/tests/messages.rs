//! Every language has every message of English, with the same attributes and the same
//! variables, and nothing English lacks: read from the `.ftl` files in `ui/locales/*/`, so a
//! new language folder is checked the day it appears.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// `id` or `id.attribute` → the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/locales")
}

fn inline(expression: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline(argument, found);
            }
            for named in &arguments.named {
                inline(&named.value, found);
            }
        }
        InlineExpression::Placeable { expression } => self::expression(expression, found),
        _ => {}
    }
}

fn expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline(selector, found);
            for variant in variants {
                pattern(&variant.value, found);
            }
        }
        Expression::Inline(expression) => inline(expression, found),
    }
}

fn pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            self::expression(expression, found);
        }
    }
}

fn messages(tag: &str, source: &str) -> Messages {
    let resource = parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("ui/locales/{tag}/till.ftl does not parse: {errors:?}")
    });
    let mut messages = Messages::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let mut add = |key: String, value: &Pattern<&str>| {
            let mut found = BTreeSet::new();
            pattern(value, &mut found);
            assert!(
                messages.insert(key.clone(), found).is_none(),
                "ui/locales/{tag}/till.ftl: {key} is defined twice"
            );
        };
        if let Some(value) = &message.value {
            add(id.to_string(), value);
        }
        for attribute in &message.attributes {
            add(format!("{id}.{}", attribute.id.name), &attribute.value);
        }
    }
    messages
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let read = |tag: &str| fs::read_to_string(locales().join(tag).join("till.ftl")).unwrap();
    let english_source = read("en");
    let english = messages("en", &english_source);
    assert!(english.len() > 50, "the English file has its messages");
    let mut tags: Vec<String> = fs::read_dir(locales())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|tag| tag != "en")
        .collect();
    tags.sort();
    assert!(tags.len() >= 2, "de and en-XA at least: {tags:?}");
    let mut problems = Vec::new();
    for tag in &tags {
        let source = read(tag);
        let other = messages(tag, &source);
        for (id, variables) in &english {
            match other.get(id) {
                None => problems.push(format!("{id}: missing in {tag}")),
                Some(theirs) => {
                    for variable in variables.difference(theirs) {
                        problems.push(format!("{id}: {tag} does not use ${variable}"));
                    }
                    for variable in theirs.difference(variables) {
                        problems.push(format!(
                            "{id}: {tag} uses ${variable}, which English does not"
                        ));
                    }
                }
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{id}: in {tag} but not in English"));
        }
    }
    assert!(
        problems.is_empty(),
        "the languages disagree:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_compiled_in_languages_are_the_folders() {
    let mut folders: Vec<String> = fs::read_dir(locales())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut compiled: Vec<String> = till_i18n::Language::ALL
        .iter()
        .map(|l| l.tag().to_string())
        .collect();
    compiled.sort();
    assert_eq!(
        folders, compiled,
        "ui/locales/ and till_i18n::Language::ALL"
    );
}
