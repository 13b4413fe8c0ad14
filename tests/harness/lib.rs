//! The real-window harness: a display, tauri-driver, the built Till app with a fresh data
//! folder, and a WebDriver client driving it. Everything it starts, it stops on drop.
//!
//! A test that needs a display fails when none can be had; it never skips.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use fantoccini::{Client, ClientBuilder, Locator};

pub mod till;

/// How long to wait for a process or an element before failing the test.
pub const DEADLINE: Duration = Duration::from_secs(30);

/// A running Till window under WebDriver.
pub struct App {
    pub client: Client,
    pub data_dir: tempfile::TempDir,
    /// Where the app's `BROWSER` script writes every URL it was asked to open.
    pub opened_urls: PathBuf,
    driver: ChildGuard,
    /// The X display the app runs on (for screenshots).
    display: String,
    _display: Option<ChildGuard>,
    /// The two-monitor X server's configuration and log (kept while it runs).
    _display_dir: Option<tempfile::TempDir>,
}

/// Options for launching the app.
#[derive(Debug, Default, Clone)]
pub struct LaunchOptions {
    /// Extra environment for the app (it inherits tauri-driver's environment).
    pub env: Vec<(String, String)>,
}

impl App {
    /// Launches the debug build of Till in a fresh `TILL_DATA_DIR`.
    pub async fn launch() -> Result<App> {
        App::launch_with(LaunchOptions::default()).await
    }

    /// Launches Till against the Stripe-compatible API at `api_base` (a test's simulator).
    pub async fn launch_against(api_base: &str) -> Result<App> {
        App::launch_with(LaunchOptions {
            env: vec![("TILL_STRIPE_API_BASE".into(), api_base.to_string())],
        })
        .await
    }

    pub async fn launch_with(options: LaunchOptions) -> Result<App> {
        App::launch_on(options, false).await
    }

    /// Launches Till on a private X server with two monitors side by side (1280×800 `DUMMY0`,
    /// the register's, and 1024×768 `DUMMY1` to its right), whatever `DISPLAY` says: see
    /// [`two_monitor_display`].
    pub async fn launch_on_two_monitors(options: LaunchOptions) -> Result<App> {
        App::launch_on(options, true).await
    }

    async fn launch_on(options: LaunchOptions, two_monitors: bool) -> Result<App> {
        let app_binary = app_binary()?;
        let (display, display_guard, display_dir) = if two_monitors {
            let (display, guard, dir) = two_monitor_display()?;
            (display, Some(guard), Some(dir))
        } else {
            let (display, guard) = ensure_display()?;
            (display, guard, None)
        };
        let data_dir = tempfile::Builder::new()
            .prefix("till-window-test-")
            .tempdir()
            .context("creating a temporary data folder")?;

        // Opening a URL goes through xdg-open, which honours BROWSER: log instead of browsing.
        let opened_urls = data_dir.path().join("opened-urls.txt");
        let browser = data_dir.path().join("browser.sh");
        std::fs::write(
            &browser,
            format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened_urls.display()),
        )
        .context("writing the BROWSER script")?;
        make_executable(&browser)?;

        let port = free_port()?;
        let native_port = free_port()?;
        let mut command = Command::new(tauri_driver()?);
        command
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("DISPLAY", &display)
            // The system's language is Till's default: English here whatever the desktop's
            // (a test that wants another chooses it in Settings).
            .env("LANGUAGE", "en")
            .env("TILL_DATA_DIR", data_dir.path())
            .env("TILL_LOG", "info,till_core=debug,till_app=debug")
            .env("BROWSER", &browser)
            .env("TILL_TRAINING_PORT", "0")
            // Never the user's keyring entries: a service name of this launch only.
            .env(
                "TILL_KEYRING_SERVICE",
                till::test_keyring_service(data_dir.path()),
            )
            .env_remove("STRIPE_SECRET_KEY")
            .env("TILL_RETURN_PORT", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (k, v) in &options.env {
            command.env(k, v);
        }
        if let Some(native) = webkit_webdriver() {
            command.args(["--native-driver", &native]);
        }
        let driver = ChildGuard::new(
            "tauri-driver",
            command.spawn().context("starting tauri-driver")?,
        );
        wait_for_port(port).context("tauri-driver did not start listening")?;

        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), serde_json::json!("wry"));
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app_binary }),
        );
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .context("opening a WebDriver session on the Till window")?;
        let app = App {
            client,
            data_dir,
            opened_urls,
            driver,
            display: display.clone(),
            _display: display_guard,
            _display_dir: display_dir,
        };
        // The window's scripts are running and every view's listeners are in place. Before
        // that, the static page is already there to find and click, but a click on a view tab
        // lands on no listener at all (the flake of `open_settings` right after launch).
        app.wait_js("document.documentElement.dataset.views === 'loaded'")
            .await
            .context("the window's views never finished loading")?;
        Ok(app)
    }

    /// The attribute `name` of the element matching `selector` (`None` when it has none).
    pub async fn attr(&self, selector: &str, name: &str) -> Result<Option<String>> {
        Ok(self.wait_css(selector).await?.attr(name).await?)
    }

    /// Whether the element matching `selector` has the `hidden` attribute now (panics when
    /// there is no such element: a test asks about elements it expects).
    pub async fn is_hidden(&self, selector: &str) -> bool {
        self.attr(selector, "hidden")
            .await
            .unwrap_or_else(|e| panic!("{selector}: {e:#}"))
            .is_some()
    }

    /// Waits for an element matching a CSS selector.
    pub async fn wait_css(&self, selector: &str) -> Result<fantoccini::elements::Element> {
        let start = Instant::now();
        loop {
            match self
                .client
                .wait()
                .at_most(DEADLINE)
                .for_element(Locator::Css(selector))
                .await
            {
                Ok(element) => return Ok(element),
                // Asked while the page was reloading: ask the new page.
                Err(e)
                    if e.to_string().contains("before the unload event")
                        && start.elapsed() < DEADLINE => {}
                Err(e) => return Err(e).with_context(|| format!("waiting for `{selector}`")),
            }
        }
    }

    /// Clicks the element matching `selector`, finding it again if the page re-rendered it
    /// between finding and clicking (a stale element).
    pub async fn click_css(&self, selector: &str) -> Result<()> {
        let start = Instant::now();
        loop {
            let element = match self.wait_css(selector).await {
                Ok(element) => element,
                // Found while the page was replacing it: find it again.
                Err(e) if format!("{e:#}").contains("Stale") && start.elapsed() < DEADLINE => {
                    continue
                }
                Err(e) => return Err(e),
            };
            match element.click().await {
                Ok(()) => return Ok(()),
                Err(fantoccini::error::CmdError::Standard(e))
                    if e.error == fantoccini::error::ErrorStatus::StaleElementReference
                        && start.elapsed() < DEADLINE =>
                {
                    continue
                }
                Err(e) => return Err(e).with_context(|| format!("clicking `{selector}`")),
            }
        }
    }

    /// Waits until the text of the element matching `selector` satisfies `predicate`;
    /// returns that text.
    pub async fn wait_text(
        &self,
        selector: &str,
        predicate: impl Fn(&str) -> bool,
    ) -> Result<String> {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < DEADLINE {
            if let Ok(element) = self.client.find(Locator::Css(selector)).await {
                last = element.text().await.unwrap_or_default();
                if predicate(&last) {
                    return Ok(last);
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        bail!("`{selector}` never showed the expected text; last seen: {last:?}")
    }

    /// After Charge: waits until the checkout panel says the customer is being waited for, and
    /// returns the sale id it shows.
    pub async fn waiting_sale_id(&self) -> Result<String> {
        self.wait_text("#checkout-status", |t| t == "Waiting for the customer")
            .await?;
        Ok(self.wait_css("#checkout-sale-id").await?.text().await?)
    }

    /// After Charge: the waiting sale paid at `sim` with Stripe's 4242 test card, until the
    /// checkout panel says Paid; returns the sale id.
    pub async fn pay_waiting_sale(&self, sim: &stripe_sim::SimHandle) -> Result<String> {
        let sale_id = self.waiting_sale_id().await?;
        let session = self.session_of(&sale_id)?;
        sim.pay(&session, "4242424242424242")
            .with_context(|| format!("paying {sale_id} at the simulator"))?;
        self.wait_text("#checkout-status", |t| t == "Paid").await?;
        Ok(sale_id)
    }

    /// Saves a PNG screenshot of the window as `<dir>/<name>.png` and returns its path.
    pub async fn screenshot(&self, dir: &Path, name: &str) -> Result<PathBuf> {
        // Let the page paint what the test just asserted before capturing it.
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];\n\
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await
            .context("waiting for the page to paint")?;
        // From the X server, not WebDriver: WebKitGTK 2.50's WebDriver screenshot never answers
        // when the page is not composited, and Till renders on the CPU (src-tauri/src/webview.rs).
        // The window's own rectangle, when it is smaller than the display.
        let rect = self
            .client
            .get_window_rect()
            .await
            .context("reading the window's size")?;
        let crop = format!("{}x{}+{}+{}", rect.2.max(1), rect.3.max(1), rect.0, rect.1);
        let capture = Command::new("import")
            .args(["-display", &self.display, "-window", "root", "-crop", &crop])
            .arg("png:-")
            .stdin(Stdio::null())
            .output()
            .context("capturing the display with ImageMagick's import (scripts/deps.sh test installs it)")?;
        if !capture.status.success() || !capture.stdout.starts_with(b"\x89PNG") {
            bail!(
                "import could not capture display {}: {}",
                self.display,
                String::from_utf8_lossy(&capture.stderr)
            );
        }
        let png = capture.stdout;
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }

    /// Saves a PNG of the whole display (every monitor) as `<dir>/<name>.png`.
    pub async fn screenshot_display(&self, dir: &Path, name: &str) -> Result<PathBuf> {
        let capture = Command::new("import")
            .args(["-display", &self.display, "-window", "root"])
            .arg("png:-")
            .stdin(Stdio::null())
            .output()
            .context("capturing the display with ImageMagick's import")?;
        if !capture.status.success() || !capture.stdout.starts_with(b"\x89PNG") {
            bail!(
                "import could not capture display {}: {}",
                self.display,
                String::from_utf8_lossy(&capture.stderr)
            );
        }
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, capture.stdout)
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }

    /// Runs `xrandr` with `args` on the app's display (plugging a monitor in or out of the
    /// two-monitor display: `["--output", "DUMMY1", "--off"]`).
    pub fn xrandr(&self, args: &[&str]) -> Result<()> {
        xrandr(&self.display, args)
    }

    /// The ledger of this app (read alongside the running app: SQLite's WAL allows it).
    /// The Checkout Session id of a sale, from the ledger.
    pub fn session_of(&self, sale_id: &str) -> Result<String> {
        self.ledger()?
            .require_sale(sale_id)?
            .session_id
            .with_context(|| format!("sale {sale_id} has no session"))
    }

    pub fn ledger(&self) -> Result<till_core::store::Ledger> {
        Ok(till_core::store::Ledger::open(
            &self.data_dir.path().join("till.sqlite3"),
        )?)
    }

    /// Types `text` as a keyboard (or a barcode scanner) would, into whatever has focus.
    pub async fn type_keys(&self, text: &str) -> Result<()> {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keys = KeyActions::new("keyboard".into());
        for c in text.chars() {
            // WebDriver's Enter key is U+E007.
            let value = if c == '\n' { '\u{E007}' } else { c };
            keys = keys
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value });
        }
        self.client
            .perform_actions(keys)
            .await
            .context("typing keys")?;
        Ok(())
    }

    /// Presses one key (a character, or a WebDriver key such as [`keys::F8`]).
    pub async fn press(&self, key: char) -> Result<()> {
        self.type_keys(&key.to_string()).await
    }

    /// Presses `key` with Shift held (e.g. Shift+Tab).
    pub async fn press_shifted(&self, key: char) -> Result<()> {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: keys::SHIFT })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: keys::SHIFT });
        self.client
            .perform_actions(keys)
            .await
            .context("pressing a key with Shift")?;
        Ok(())
    }

    /// Moves the mouse to the window's top left corner, where nothing shows a tooltip (for
    /// screenshots taken after a click).
    pub async fn rest_pointer(&self) -> Result<()> {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        let actions = MouseActions::new("mouse".into()).then(PointerAction::MoveTo {
            duration: None,
            x: 1.0,
            y: 1.0,
        });
        self.client
            .perform_actions(actions)
            .await
            .context("moving the mouse")?;
        Ok(())
    }

    /// Runs `script` in the page and returns its value (`return …`).
    pub async fn js(&self, script: &str) -> Result<serde_json::Value> {
        self.client
            .execute(script, vec![])
            .await
            .with_context(|| format!("running {script:?} in the page"))
    }

    /// Chooses the owner PIN when a guarded view (History, Members) asks for it the first
    /// time, and waits until the dialog has closed on that view.
    pub async fn choose_owner_pin(&self, pin: &str, view: &str) -> Result<()> {
        self.wait_text("#pin-title", |t| t == "Choose the owner PIN")
            .await?;
        for field in ["#pin-input", "#pin-confirm"] {
            let input = self.wait_css(field).await?;
            input.clear().await.context("clearing a PIN field")?;
            input.send_keys(pin).await.context("typing the PIN")?;
        }
        self.click_css("#pin-submit").await?;
        self.wait_js(&format!(
            "document.getElementById('pin-dialog').hidden && !document.getElementById('{view}').hidden"
        ))
        .await
    }

    /// Waits until `script` (an expression) is truthy in the page.
    pub async fn wait_js(&self, expression: &str) -> Result<()> {
        let start = Instant::now();
        let script = format!("return Boolean({expression});");
        while start.elapsed() < DEADLINE {
            match self.js(&script).await {
                Ok(value) if value.as_bool() == Some(true) => return Ok(()),
                Ok(_) => {}
                // The page was unloading (a reload under way) while the script ran: it never
                // answered, and the next look is at the new page.
                Err(error) if format!("{error:#}").contains("before the unload event") => {}
                Err(error) => return Err(error),
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        bail!("`{expression}` never became true")
    }

    /// The rows of a `<dl>` made of `<div><dt/><dd/></div>` (the amounts above a total) as
    /// `label|value` strings.
    pub async fn definition_rows(&self, id: &str) -> Result<Vec<String>> {
        let value = self
            .js(&format!(
                "return [...document.querySelectorAll('#{id} div')].map((d) => d.querySelector('dt').textContent + '|' + d.querySelector('dd').textContent)"
            ))
            .await?;
        Ok(serde_json::from_value(value)?)
    }

    /// The id (or, without one, the tag and class) of the element that has focus.
    pub async fn focused(&self) -> Result<String> {
        let value = self
            .js("const a = document.activeElement; return a ? (a.id || `${a.tagName.toLowerCase()}.${a.className}`) : '';")
            .await?;
        Ok(value.as_str().unwrap_or_default().to_string())
    }

    /// Puts the window at the top left corner of the display at `width`×`height` and waits
    /// until the page has that size.
    pub async fn set_size(&self, width: u32, height: u32) -> Result<()> {
        self.client
            .set_window_rect(0, 0, width, height)
            .await
            .context("resizing the window")?;
        self.wait_js(&format!(
            "window.innerWidth === {width} && window.innerHeight === {height}"
        ))
        .await
        .with_context(|| format!("the page never became {width}×{height}"))
    }

    /// The visible containers of the page that overflow sideways (`scrollWidth >
    /// clientWidth`) or reach past the window's right edge, described for a failure message.
    pub async fn overflowing(&self) -> Result<Vec<String>> {
        let value = self
            .js(r#"
const seen = [];
const visible = (node) => node.getClientRects().length > 0 && !node.closest('[hidden]') && !node.classList.contains('visually-hidden');
const name = (node) => node.id ? `#${node.id}` : `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`;
const containers = document.querySelectorAll(
  'html, body, .app, .top, .topbar, .views, [data-view-panel], [data-view-panel] > *, [data-view-panel] > * > *, ' +
  '.statusbar, .recent-list, .cart-line, .product-grid, .product-tile, .refund-form, .refund-fields, ' +
  '.history-filters, .history-scroll, .sale-detail, .checkout-actions, [role=dialog] > *, [role=alertdialog] > *');
for (const node of containers) {
  if (!visible(node)) continue;
  const style = getComputedStyle(node);
  // A box that scrolls sideways on purpose would say so; none in Till does.
  if (node.scrollWidth > node.clientWidth + 1 && style.overflowX !== 'visible' || node.scrollWidth > node.clientWidth + 1 && node === document.documentElement) {
    seen.push(`${name(node)} scrollWidth ${node.scrollWidth} > clientWidth ${node.clientWidth}`);
  } else if (node.scrollWidth > node.clientWidth + 1 && style.overflowX === 'visible' && !['INPUT','SELECT'].includes(node.tagName)) {
    seen.push(`${name(node)} content ${node.scrollWidth} wider than its box ${node.clientWidth}`);
  }
  const rect = node.getBoundingClientRect();
  if (rect.right > window.innerWidth + 1) seen.push(`${name(node)} ends at ${rect.right} past the window (${window.innerWidth})`);
}
// A placeholder is read whole or not at all: it must fit its field.
const measure = document.createElement('canvas').getContext('2d');
for (const input of document.querySelectorAll('input[placeholder]')) {
  if (!visible(input)) continue;
  const style = getComputedStyle(input);
  measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  measure.letterSpacing = style.letterSpacing;
  const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (input.type === 'search' ? 24 : 0);
  const needed = measure.measureText(input.placeholder).width;
  if (needed > room) seen.push(`${name(input)}'s placeholder needs ${Math.ceil(needed)} px, has ${Math.floor(room)}`);
}
// A drop-down shows its whole choice (the arrow takes about 24 px).
for (const select of document.querySelectorAll('select')) {
  if (!visible(select) || select.selectedIndex < 0) continue;
  const style = getComputedStyle(select);
  measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
  const needed = measure.measureText(select.options[select.selectedIndex].text).width;
  if (needed > room) seen.push(`${name(select)} shows "${select.options[select.selectedIndex].text}" in ${Math.floor(room)} px, needs ${Math.ceil(needed)}`);
}
return seen;"#)
            .await?;
        serde_json::from_value(value).context("reading the overflow list")
    }

    /// Runs axe-core (installed by `scripts/deps.sh test`) on the page as it is and returns
    /// its violations as `rule: target…` lines (empty: none).
    pub async fn axe_violations(&self) -> Result<Vec<String>> {
        let loaded = self.js("return typeof window.axe === 'object';").await?;
        if loaded.as_bool() != Some(true) {
            let source = std::fs::read_to_string(axe_core_js()?).context("reading axe-core")?;
            // Evaluated as a function body in the page (WebDriver is not bound by the page's CSP).
            self.client
                .execute(&format!("{source}\nreturn true;"), vec![])
                .await
                .context("injecting axe-core")?;
        }
        let value = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
window.axe.run(document, { resultTypes: ['violations'] })
  .then((r) => done(r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)))
  .catch((e) => done([`axe failed: ${e}`]));"#,
                vec![],
            )
            .await
            .context("running axe-core")?;
        serde_json::from_value(value).context("reading axe's answer")
    }

    /// Every URL the app asked the system browser to open so far.
    pub fn opened_urls(&self) -> Vec<String> {
        std::fs::read_to_string(&self.opened_urls)
            .map(|text| text.lines().map(str::to_string).collect())
            .unwrap_or_default()
    }

    /// Waits until the app has asked the system browser to open a URL matching `predicate`
    /// (the newest such URL): the browser script is started detached, so its line in the log
    /// can come a moment after the window shows the sale.
    pub async fn wait_opened_url(&self, predicate: impl Fn(&str) -> bool) -> Result<String> {
        let start = Instant::now();
        loop {
            let opened = self.opened_urls();
            if let Some(url) = opened.iter().rev().find(|u| predicate(u)) {
                return Ok(url.clone());
            }
            if start.elapsed() >= DEADLINE {
                bail!("the browser was never asked to open the expected URL; it got {opened:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Ends the WebDriver session (closing the window), then tauri-driver.
    pub async fn close(self) -> Result<()> {
        let App { client, driver, .. } = self;
        let closed = client.close().await;
        drop(driver);
        closed.context("closing the WebDriver session")
    }
}

/// WebDriver's codes for keys that are not characters.
pub mod keys {
    pub const TAB: char = '\u{E004}';
    pub const ENTER: char = '\u{E007}';
    pub const SHIFT: char = '\u{E008}';
    pub const ESCAPE: char = '\u{E00C}';
    pub const SPACE: char = '\u{E00D}';
    pub const F2: char = '\u{E032}';
    pub const F3: char = '\u{E033}';
    pub const F4: char = '\u{E034}';
    pub const F6: char = '\u{E036}';
    pub const F8: char = '\u{E038}';
    pub const F9: char = '\u{E039}';
    pub const F10: char = '\u{E03A}';
    pub const F11: char = '\u{E03B}';
}

/// axe-core's script, where `scripts/deps.sh test` installs it (`TILL_NPM_PREFIX`).
fn axe_core_js() -> Result<PathBuf> {
    let script = shared_path("TILL_NPM_PREFIX")?.join("node_modules/axe-core/axe.min.js");
    if !script.is_file() {
        bail!(
            "axe-core is not installed at {}: run `scripts/deps.sh test`",
            script.display()
        );
    }
    Ok(script)
}

/// A path that `scripts/common.sh` alone decides (`TILL_PYTHON_VENV`, `TILL_NPM_PREFIX`): the
/// scripts export it before any wrapper moves the XDG folders; a test run outside the scripts
/// asks the same file, so the tests look where `scripts/deps.sh` installed.
pub fn shared_path(var: &str) -> Result<PathBuf> {
    if let Some(value) = std::env::var_os(var).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(value));
    }
    let common = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/common.sh");
    let output = Command::new("bash")
        .arg("-c")
        .arg(r#"source "$1" && printf %s "${!2}""#)
        .arg("bash")
        .arg(&common)
        .arg(var)
        .output()
        .with_context(|| format!("running {}", common.display()))?;
    let value = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() || value.is_empty() {
        bail!(
            "{} does not say {var}: {}",
            common.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(PathBuf::from(value))
}

/// Kills its child when dropped: SIGTERM first (tauri-driver reaps WebKitWebDriver only on
/// SIGTERM), SIGKILL if it has not exited within a few seconds.
pub struct ChildGuard {
    name: &'static str,
    child: Child,
}

impl ChildGuard {
    pub fn new(name: &'static str, child: Child) -> Self {
        ChildGuard { name, child }
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        eprintln!("{} ignored SIGTERM; killing it", self.name);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The Till binary next to this test executable (`target/debug/till`), or `TILL_APP_BIN`.
pub fn app_binary() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("TILL_APP_BIN") {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().context("locating the test executable")?;
    // target/debug/deps/window-<hash> -> target/debug/till
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .context("the test executable is not inside a cargo target folder")?;
    let binary = profile_dir.join(format!("till{}", std::env::consts::EXE_SUFFIX));
    if !binary.is_file() {
        bail!(
            "the Till app is not built at {}: run `cargo build --workspace` first (scripts/test does)",
            binary.display()
        );
    }
    Ok(binary)
}

fn tauri_driver() -> Result<PathBuf> {
    let candidates = [
        std::env::var_os("CARGO_HOME").map(|h| PathBuf::from(h).join("bin/tauri-driver")),
        dirs_home().map(|h| h.join(".cargo/bin/tauri-driver")),
    ];
    for candidate in candidates.into_iter().flatten() {
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    which("tauri-driver").context(
        "tauri-driver is not installed: run scripts/test (it installs it) or `cargo install tauri-driver --version ^2 --locked`",
    )
}

fn webkit_webdriver() -> Option<String> {
    which("WebKitWebDriver").map(|p| p.display().to_string())
}

fn dirs_home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// The display to use: `DISPLAY` if set, else a private Xvfb started here.
fn ensure_display() -> Result<(String, Option<ChildGuard>)> {
    if let Some(display) = std::env::var_os("DISPLAY").filter(|d| !d.is_empty()) {
        return Ok((display.to_string_lossy().into_owned(), None));
    }
    let xvfb = which("Xvfb").context(
        "this test needs a display: DISPLAY is unset and Xvfb is not installed (apt-get install xvfb, or run scripts/test)",
    )?;
    let mut child = Command::new(xvfb)
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("starting Xvfb")?;
    let stdout = child.stdout.take().context("Xvfb has no stdout")?;
    let guard = ChildGuard::new("Xvfb", child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .context("reading Xvfb's display number")?;
    let number = line.trim();
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        bail!("Xvfb did not report a display number (got {line:?})");
    }
    Ok((format!(":{number}"), Some(guard)))
}

/// A private X server with two monitors, as a counter with a customer display has: Xorg with
/// the `dummy` video driver (`scripts/deps.sh test` installs it), whose RandR outputs GTK sees
/// as monitors — Xvfb's do not (its screens under Xinerama all start at 0,0, and RandR
/// monitors set on it are ignored). `DUMMY0` 1280×800 at 0,0 is the primary (the register's),
/// `DUMMY1` 1024×768 at 1280,0, both from the configuration; `App::xrandr` plugs them out
/// and in (`--output DUMMY1 --off`, `--output DUMMY1 --mode 1024x768 --right-of DUMMY0`).
pub fn two_monitor_display() -> Result<(String, ChildGuard, tempfile::TempDir)> {
    let xorg = which("Xorg").context(
        "the two-monitor test needs Xorg with the dummy driver: run `scripts/deps.sh test` (xserver-xorg-core, xserver-xorg-video-dummy, x11-xserver-utils)",
    )?;
    let dir = tempfile::Builder::new()
        .prefix("till-two-monitors-")
        .tempdir()
        .context("creating the X server's folder")?;
    let config = dir.path().join("xorg.conf");
    std::fs::write(
        &config,
        r#"Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoAddGPU" "false"
  Option "DontVTSwitch" "true"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 65536
  Option "Monitor-DUMMY0" "register"
  Option "Monitor-DUMMY1" "customer"
EndSection
Section "Monitor"
  Identifier "register"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Option "PreferredMode" "1280x800"
  Option "Primary" "true"
  Option "Position" "0 0"
EndSection
Section "Monitor"
  Identifier "customer"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Option "PreferredMode" "1024x768"
  Option "Enable" "true"
  Option "Position" "1280 0"
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "register"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 2304 800
  EndSubSection
EndSection
"#,
    )
    .context("writing the X server's configuration")?;
    let mut child = Command::new(xorg)
        .args(["-displayfd", "1", "-noreset", "-nolisten", "tcp", "-config"])
        .arg(&config)
        .arg("-logfile")
        .arg(dir.path().join("xorg.log"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("starting Xorg")?;
    let stdout = child.stdout.take().context("Xorg has no stdout")?;
    let guard = ChildGuard::new("Xorg", child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .context("reading Xorg's display number")?;
    let number = line.trim();
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        bail!(
            "Xorg did not report a display number (got {line:?}); its log is {}",
            dir.path().join("xorg.log").display()
        );
    }
    let display = format!(":{number}");
    xrandr(
        &display,
        &[
            "--output",
            "DUMMY0",
            "--mode",
            "1280x800",
            "--pos",
            "0x0",
            "--primary",
        ],
    )?;
    xrandr(&display, &["--addmode", "DUMMY1", "1024x768"])?;
    xrandr(
        &display,
        &[
            "--output",
            "DUMMY1",
            "--mode",
            "1024x768",
            "--right-of",
            "DUMMY0",
        ],
    )?;
    Ok((display, guard, dir))
}

fn xrandr(display: &str, args: &[&str]) -> Result<()> {
    let output = Command::new("xrandr")
        .args(["-display", display])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .context("running xrandr (x11-xserver-utils; scripts/deps.sh test installs it)")?;
    if !output.status.success() {
        bail!(
            "xrandr {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .with_context(|| format!("making {} executable", path.display()))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<()> {
    Ok(())
}

/// A TCP port that was free a moment ago.
pub fn free_port() -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").context("finding a free port")?;
    Ok(listener
        .local_addr()
        .context("reading the free port")?
        .port())
}

fn wait_for_port(port: u16) -> Result<()> {
    let start = Instant::now();
    while start.elapsed() < DEADLINE {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    bail!("nothing listened on 127.0.0.1:{port} within {DEADLINE:?}")
}
