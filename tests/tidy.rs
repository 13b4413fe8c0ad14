//! Structural checks on the source tree: rules a reviewer would otherwise have to remember.

/// The DOM events the views exchange are listed in `ui/js/events.js` and only there: no
/// `"till:` name and no `CustomEvent` in another module, each listed event has its doc line,
/// and each is both sent (`emit(NAME`) and listened to (`on(NAME`) by some view.
#[test]
fn ui_events_are_listed_in_events_js() {
    /// A character that can be part of a JavaScript name.
    fn name_char(c: char) -> bool {
        c.is_ascii_alphanumeric() || c == '_' || c == '$'
    }
    /// Whether `source` calls `function(NAME…` (also `events.function(events.NAME…`).
    fn calls(source: &str, function: &str, name: &str) -> bool {
        let call = format!("{function}(");
        source.match_indices(&call).any(|(at, _)| {
            let before = source[..at].chars().next_back();
            if before.is_some_and(name_char) {
                return false;
            }
            let argument = source[at + call.len()..].trim_start();
            let argument = argument.strip_prefix("events.").unwrap_or(argument);
            argument
                .strip_prefix(name)
                .is_some_and(|rest| !rest.starts_with(name_char))
        })
    }

    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/js");
    let mut modules: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "js"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    modules.sort();
    let registry = modules
        .iter()
        .find(|(name, _)| name == "events.js")
        .map(|(_, source)| source.as_str())
        .expect("ui/js/events.js lists the DOM events the views exchange");
    let others: Vec<&(String, String)> = modules
        .iter()
        .filter(|(name, _)| name != "events.js")
        .collect();

    let mut problems = Vec::new();
    // The listed events: `export const NAME = "till:…";`, each under its doc line.
    let mut events: Vec<(String, String)> = Vec::new();
    let lines: Vec<&str> = registry.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        if !line.contains("\"till:") {
            continue;
        }
        let listed = line
            .strip_prefix("export const ")
            .and_then(|rest| rest.split_once(" = \""))
            .and_then(|(name, value)| Some((name, value.strip_suffix("\";")?)));
        let Some((name, value)) = listed else {
            problems.push(format!(
                "events.js:{}: a \"till: name outside an `export const NAME = \"till:…\";` line: {line}",
                index + 1
            ));
            continue;
        };
        if index == 0 || !lines[index - 1].trim_end().ends_with("*/") {
            problems.push(format!(
                "events.js:{}: {name} has no doc line above it (who sends it, who listens, its detail)",
                index + 1
            ));
        }
        if events.iter().any(|(n, v)| n == name || v == value) {
            problems.push(format!(
                "events.js:{}: {name} = {value:?} is listed twice",
                index + 1
            ));
        }
        events.push((name.to_owned(), value.to_owned()));
    }
    if events.is_empty() {
        problems.push("events.js lists no event".to_owned());
    }
    // Nowhere else: no event name written out, no event made by hand.
    for (module, source) in &others {
        for (number, line) in source.lines().enumerate() {
            if ["\"till:", "'till:", "`till:"]
                .iter()
                .any(|q| line.contains(q))
            {
                problems.push(format!(
                    "{module}:{}: a \"till: event name outside events.js (use its constant): {}",
                    number + 1,
                    line.trim()
                ));
            }
            if line.contains("CustomEvent(") {
                problems.push(format!(
                    "{module}:{}: a CustomEvent outside events.js (send it with emit): {}",
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    // Each listed event is sent and heard, by code (a call in a comment does not count).
    let code: Vec<String> = others
        .iter()
        .map(|(_, source)| {
            source
                .lines()
                .filter(|line| {
                    let line = line.trim_start();
                    !(line.starts_with("//") || line.starts_with("/*") || line.starts_with('*'))
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    for (name, value) in &events {
        if !code.iter().any(|source| calls(source, "emit", name)) {
            problems.push(format!(
                "{name} ({value}) is listed in events.js but never sent (emit({name}, …))"
            ));
        }
        if !code.iter().any(|source| calls(source, "on", name)) {
            problems.push(format!(
                "{name} ({value}) is listed in events.js but never listened to (on({name}, …))"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "ui/js's DOM events:\n{}",
        problems.join("\n")
    );
}
