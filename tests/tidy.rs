//! Tidy: the structural rules ARCHITECTURE.md states, as tests (rust-analyzer's habit), so
//! Cargo manifests and source text, not prose, keep the layers apart.
//!
//! - No import cycle between the modules of any crate (`module_graphs_have_no_cycles`): the
//!   graph's nodes are each crate's top-level modules, its edges every `crate::m` (and, in a
//!   top-level file, `super::m`) path outside comments and `#[cfg(test)]` code. It plays the
//!   part of `cargo modules dependencies --acyclic` without building rust-analyzer here.
//! - `till-domain` depends on no I/O crate; nothing but `src-tauri` depends on `tauri`; SQL
//!   lives only in `till-ledger`; Stripe's API only in `till-stripe`; ESC/POS only in
//!   `till-print`, which depends on the domain alone; the window's IPC only in
//!   `ui/js/api.js`; the DOM events the views exchange only in `ui/js/events.js`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace root")
        .to_path_buf()
}

fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The code of a Rust file that ships: without comment lines and without its `#[cfg(test)]`
/// module (by the project's habit, the last item of a file).
fn shipping_code(text: &str) -> String {
    let mut code = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// The workspace's crates (their source folder), by package name.
fn crates() -> BTreeMap<String, PathBuf> {
    let root = root();
    let mut found = BTreeMap::new();
    let mut folders: Vec<PathBuf> = fs::read_dir(root.join("crates"))
        .expect("crates/")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    folders.push(root.join("src-tauri"));
    for folder in folders {
        let manifest = folder.join("Cargo.toml");
        if !manifest.exists() {
            continue;
        }
        let name = read(&manifest)
            .lines()
            .find_map(|l| {
                l.strip_prefix("name = \"")?
                    .strip_suffix('"')
                    .map(String::from)
            })
            .unwrap_or_else(|| panic!("{} has no package name", manifest.display()));
        found.insert(name, folder);
    }
    found
}

/// A manifest's dependency names, per section (`dependencies`, `dev-dependencies`,
/// `build-dependencies`, target-specific sections under their own header).
fn dependencies(manifest: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut sections: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut section = String::new();
    for line in read(manifest).lines() {
        let line = line.trim();
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = header.to_string();
            continue;
        }
        if !section.ends_with("dependencies") || line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(name) = line.split(['=', '.', ' ']).next().filter(|n| !n.is_empty()) {
            sections
                .entry(section.clone())
                .or_default()
                .insert(name.to_string());
        }
    }
    sections
}

/// The top-level modules of the crate whose sources are in `src`, and which of them each
/// one names.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let top = |path: &Path| -> Option<String> {
        let relative = path.strip_prefix(src).ok()?;
        let first = relative.components().next()?.as_os_str().to_str()?;
        let name = first.trim_end_matches(".rs");
        (!matches!(name, "lib" | "main" | "bin")).then(|| name.to_string())
    };
    let sources = files(src, "rs");
    let modules: BTreeSet<String> = sources.iter().filter_map(|p| top(p)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = modules
        .iter()
        .map(|m| (m.clone(), BTreeSet::new()))
        .collect();
    for path in &sources {
        let Some(from) = top(path) else { continue };
        let nested = path.strip_prefix(src).map_or(0, |p| p.components().count()) > 1;
        let code = shipping_code(&read(path));
        let mut named = BTreeSet::new();
        for (prefix, only_top_level) in [("crate::", false), ("super::", true)] {
            if only_top_level && nested {
                continue;
            }
            for (at, _) in code.match_indices(prefix) {
                let rest = &code[at + prefix.len()..];
                if let Some(group) = rest.strip_prefix('{') {
                    // `crate::{a, b::c}`: every module named inside the braces.
                    let end = group.find('}').unwrap_or(group.len());
                    named.extend(identifiers(&group[..end]));
                } else {
                    named.extend(identifiers(rest).into_iter().take(1));
                }
            }
        }
        let edges = graph.entry(from.clone()).or_default();
        edges.extend(
            named
                .into_iter()
                .filter(|m| *m != from && modules.contains(m)),
        );
    }
    graph
}

fn identifiers(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// The strongly connected components with more than one module (Tarjan's algorithm).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, node: &'a str) {
            let n = self.index.len();
            self.index.insert(node, n);
            self.low.insert(node, n);
            self.stack.push(node);
            self.on_stack.insert(node);
            for next in &self.graph[node] {
                let next = next.as_str();
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node, low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut component = Vec::new();
                while let Some(member) = self.stack.pop() {
                    self.on_stack.remove(member);
                    component.push(member.to_string());
                    if member == node {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !walk.index.contains_key(node.as_str()) {
            walk.visit(node);
        }
    }
    walk.found
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .map(|(m, to)| (m.to_string(), to.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(cycles(&graph), vec![vec!["a", "b", "c"]]);
    let code = "use crate::{a::X, b};\nuse super::c;\n// crate::d\n";
    let mut named = identifiers(&code[code.find('{').unwrap() + 1..code.find('}').unwrap()]);
    named.sort();
    assert_eq!(named, ["X", "a", "b"]);
    assert!(!shipping_code(code).contains("crate::d"));
}

#[test]
fn module_graphs_have_no_cycles() {
    let mut problems = Vec::new();
    for (name, folder) in crates() {
        let graph = module_graph(&folder.join("src"));
        for cycle in cycles(&graph) {
            problems.push(format!("{name}: {}", cycle.join(" ↔ ")));
        }
    }
    assert!(
        problems.is_empty(),
        "import cycles between modules (break each by moving what both need to a module \
         both may use):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_domain_depends_on_no_io_crate() {
    // till-i18n sits under the domain (the sale's wording is its messages): pure as well.
    let pure: [(&str, &[&str]); 2] = [
        (
            "till-domain",
            // memchr: substring search for the catalog (no I/O).
            &[
                "serde",
                "thiserror",
                "qrcode",
                "memchr",
                "till-i18n",
                "till-domain",
            ],
        ),
        (
            "till-i18n",
            &["fluent-bundle", "fluent-syntax", "unic-langid", "till-i18n"],
        ),
    ];
    for (krate, allowed) in pure {
        let manifest = crates()[krate].join("Cargo.toml");
        let allowed: BTreeSet<&str> = allowed.iter().copied().collect();
        for (section, names) in dependencies(&manifest) {
            if section == "dev-dependencies" {
                continue;
            }
            for name in names {
                assert!(
                    allowed.contains(name.as_str()),
                    "{krate}'s [{section}] has {name}: the crate is pure (no I/O crate); \
                     put what needs {name} in till-ledger, till-stripe or till-core"
                );
            }
        }
        for path in files(&crates()[krate].join("src"), "rs") {
            let code = shipping_code(&read(&path));
            for io in [
                "std::fs",
                "std::net",
                "std::process",
                "std::env",
                "tokio",
                "std::thread",
            ] {
                assert!(
                    !code.contains(io),
                    "{} uses {io}: {krate} does no I/O",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn only_the_shell_depends_on_tauri() {
    let root = root();
    let mut manifests: Vec<(String, PathBuf)> = crates()
        .into_iter()
        .map(|(name, folder)| (name, folder.join("Cargo.toml")))
        .collect();
    manifests.push(("till-system-tests".into(), root.join("tests/Cargo.toml")));
    for (name, manifest) in manifests {
        if name == "till" {
            continue;
        }
        for (section, names) in dependencies(&manifest) {
            for dependency in names {
                assert!(
                    !dependency.starts_with("tauri"),
                    "{name} depends on {dependency} in [{section}]: only src-tauri may"
                );
            }
        }
    }
}

/// Shipping Rust code of every crate but `except`, with its path.
fn shipping_sources_except(except: &str) -> Vec<(PathBuf, String)> {
    crates()
        .into_iter()
        .filter(|(name, _)| name != except)
        .flat_map(|(_, folder)| files(&folder.join("src"), "rs"))
        .map(|path| {
            let code = shipping_code(&read(&path));
            (path, code)
        })
        .collect()
}

#[test]
fn sql_lives_only_in_the_ledger() {
    for (name, folder) in crates() {
        if name == "till-ledger" {
            continue;
        }
        let deps = dependencies(&folder.join("Cargo.toml"));
        for (section, names) in deps {
            assert!(
                section == "dev-dependencies" || !names.contains("rusqlite"),
                "{name} depends on rusqlite in [{section}]: SQL belongs in till-ledger"
            );
        }
    }
    let statements = [
        "SELECT ",
        "INSERT INTO",
        "DELETE FROM",
        "CREATE TABLE",
        "ALTER TABLE",
        "PRAGMA ",
    ];
    for (path, code) in shipping_sources_except("till-ledger") {
        assert!(
            !code.contains("rusqlite") && !code.contains(".connection()"),
            "{} reaches the ledger's connection: add a query to till-ledger instead",
            path.display()
        );
        for statement in statements {
            assert!(
                !code.contains(&format!("\"{statement}"))
                    && !code.contains(&format!("\n{statement}")),
                "{} has SQL ({statement}): queries belong in till-ledger",
                path.display()
            );
        }
    }
}

#[test]
fn stripe_is_called_only_from_the_adapter() {
    let stripe_crates = [
        "async-stripe",
        "async-stripe-types",
        "async-stripe-shared",
        "async-stripe-client-core",
        "async-stripe-checkout",
        "async-stripe-core",
        "async-stripe-product",
    ];
    for (name, folder) in crates() {
        if name == "till-stripe" {
            continue;
        }
        for (section, names) in dependencies(&folder.join("Cargo.toml")) {
            // The simulator's tests read its answers with async-stripe's types (fidelity).
            if section == "dev-dependencies" && name == "stripe-sim" {
                continue;
            }
            for stripe in stripe_crates {
                assert!(
                    !names.contains(stripe),
                    "{name} depends on {stripe} in [{section}]: Stripe calls belong in till-stripe"
                );
            }
        }
    }
    for (path, code) in shipping_sources_except("till-stripe") {
        if path.components().any(|c| c.as_os_str() == "stripe-sim") {
            continue;
        }
        for marker in [
            "stripe_client_core",
            "stripe_checkout::",
            "stripe_core::",
            "api.stripe.com",
        ] {
            assert!(
                !code.contains(marker),
                "{} uses {marker}: Stripe calls belong in till-stripe",
                path.display()
            );
        }
    }
}

#[test]
fn the_window_calls_the_core_only_through_api_js() {
    let ui = root().join("ui/js");
    for path in files(&ui, "js") {
        if path.file_name().is_some_and(|n| n == "api.js") {
            continue;
        }
        let text = read(&path);
        for marker in ["invoke(", "listen(", "__TAURI__"] {
            assert!(
                !text.contains(marker),
                "{} uses {marker}: every IPC call goes through ui/js/api.js",
                path.display()
            );
        }
    }
}

#[test]
fn the_window_writes_dates_only_through_i18n_js() {
    // In the display locale (formatDate / formatTime), not the webview's default.
    let ui = root().join("ui/js");
    for path in files(&ui, "js") {
        if path.file_name().is_some_and(|n| n == "i18n.js") {
            continue;
        }
        let text = read(&path);
        for marker in [
            "toLocaleString(",
            "toLocaleDateString(",
            "toLocaleTimeString(",
        ] {
            assert!(
                !text.contains(marker),
                "{} uses {marker}: dates and times are written by ui/js/i18n.js's formatDate / formatTime",
                path.display()
            );
        }
    }
}

#[test]
fn the_shells_depend_on_till_core_alone() {
    let crates = crates();
    let workspace: BTreeSet<&str> = crates.keys().map(String::as_str).collect();
    for shell in ["till", "tillctl"] {
        let manifest = crates[shell].join("Cargo.toml");
        for (section, names) in dependencies(&manifest) {
            if section != "dependencies" {
                continue;
            }
            let ours: Vec<&String> = names
                .iter()
                .filter(|n| workspace.contains(n.as_str()))
                .collect();
            assert_eq!(
                ours,
                ["till-core"],
                "{shell}'s workspace dependencies: the shells use the lower crates through till-core's re-exports"
            );
        }
    }
}

/// `till-print` sits on the domain (the receipt model) and the words, beside the ledger and
/// the Stripe adapter: it knows no sale, store or Stripe, so a printer can never change a
/// sale. Only `till-core` uses it (the shells through its re-exports), and the `escpos`
/// crate is used nowhere else.
#[test]
fn the_printer_crate_sits_on_the_domain() {
    let crates = crates();
    let workspace: BTreeSet<&str> = crates.keys().map(String::as_str).collect();
    let manifest = crates["till-print"].join("Cargo.toml");
    for (section, names) in dependencies(&manifest) {
        if section == "dev-dependencies" {
            continue;
        }
        for name in names.iter().filter(|n| workspace.contains(n.as_str())) {
            assert!(
                ["till-domain", "till-i18n"].contains(&name.as_str()),
                "till-print's [{section}] has {name}: the printer crate may use only till-domain \
                 and till-i18n (the core hands it a ReceiptInput)"
            );
        }
    }
    for (name, folder) in &crates {
        if name == "till-print" {
            continue;
        }
        for (section, names) in dependencies(&folder.join("Cargo.toml")) {
            assert!(
                name == "till-core"
                    || section == "dev-dependencies"
                    || !names.contains("till-print"),
                "{name} depends on till-print in [{section}]: only till-core prints (the shells \
                 through its re-exports)"
            );
            assert!(
                !names.contains("escpos"),
                "{name} depends on escpos in [{section}]: ESC/POS belongs in till-print"
            );
        }
    }
}

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
