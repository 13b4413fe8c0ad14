//! The customer's screen: a second window (label `customer`) facing the customer, full screen
//! on a monitor Settings choose. Its capability (`capabilities/customer.json`) lets it listen to
//! events and nothing else, and the only event it is sent is [`EVENT_CUSTOMER`] with a
//! `till_core::customer::CustomerView`: the sanitized model built here from what the register
//! does (cart changes, the sale on screen and its updates, a cash sale). Nothing the register
//! sees is forwarded as it is.
//!
//! One task (the *screen worker*) takes every input in order: model inputs from the commands
//! and the sale watchers, placement requests from Settings and the register's switch, and the
//! monitor list, which a second task reads every [`MONITOR_POLL`] and hands over when it
//! changed (a monitor plugged in or out). When the chosen monitor goes away the window moves to
//! another monitor that is not the register's, else becomes an ordinary window (switched on by
//! hand) or closes (automatic), and the register is told which ([`EVENT_SCREEN`]).

use std::time::Duration;

use serde::Serialize;
use tauri::{
    AppHandle, Emitter, Listener, Manager, PhysicalPosition, Runtime, State, WebviewUrl,
    WebviewWindowBuilder,
};
use till_core::checkout::SaleView;
use till_core::customer::{self, CustomerView, ScreenSettings, ScreenSwitch, Shop};
use till_core::drawer::CashSaleView;
use till_core::i18n::{self, Arg, Language};
use till_core::qr;
use till_core::register::CartView;
use tokio::sync::{mpsc, oneshot};

use crate::error::IpcResult;
use crate::state::AppState;

/// The customer window's label (its capability names it).
pub const LABEL: &str = "customer";
/// The one event the customer window gets: the whole `CustomerView`.
pub const EVENT_CUSTOMER: &str = "customer-updated";
/// To the register: where the customer screen is now and why (`ScreenNotice`).
pub const EVENT_SCREEN: &str = "customer-screen";
/// How often the monitor list is read.
const MONITOR_POLL: Duration = Duration::from_secs(2);
/// How long "Thank you" (or a sale that ended unpaid) stays before the screen goes back to the
/// cart or idle.
const THANK_YOU: Duration = Duration::from_secs(8);
/// The page's title once it listens (`ui/js/customer.js` sets it): the shell then sends it
/// the current model. The window can send nothing else.
const READY_TITLE: &str = "Till · customer";

/// A monitor as Settings list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MonitorView {
    /// How Settings store the choice: the system's name for the monitor, else its position.
    pub key: String,
    pub name: String,
    pub width: u32,
    pub height: u32,
    pub x: i32,
    pub y: i32,
    /// The register's window is on it.
    pub register: bool,
}

/// Where the customer window is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Placement {
    Closed,
    /// Full screen on this monitor (its key).
    FullScreen {
        monitor: String,
    },
    /// An ordinary window (no second monitor, switched on by hand).
    Window,
}

/// What Settings and the register's switch show.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScreenStatus {
    pub settings: ScreenSettings,
    pub monitors: Vec<MonitorView>,
    pub placement: Placement,
    /// The sentence saying where the screen is.
    pub summary: String,
}

/// Sent to the register when the screen moved, closed or fell back on its own.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct ScreenNotice {
    message: String,
    placement: Placement,
}

enum Input {
    /// The register's cart, as a cart command answered it.
    Cart(Box<CartView>),
    /// A sale the register put on its checkout panel (charged, retried, split).
    Shown(Box<SaleView>),
    /// A sale changed (the watchers, Stripe's events: [`crate::state::EVENT_SALE`]); only the
    /// one on screen matters, and it is read again from the ledger.
    Changed(String),
    Cash(Box<CashSaleView>),
    /// The page listens now: send it the model again.
    Ready,
    /// The settings changed (the welcome line): the model made again.
    Refresh,
    /// The thank-you of generation `n` is over.
    ThankYouOver(u64),
    /// Place the window as the settings say now (Settings saved, the switch pressed, start).
    Apply(Option<oneshot::Sender<()>>),
    /// The monitor list changed.
    Monitors(Vec<MonitorView>),
    /// The receipt's QR code of a paid sale, looked up after it was paid.
    ReceiptQr {
        sale_id: String,
        code: qr::Modules,
    },
    /// The window was closed (by the window manager, or by us).
    Closed,
}

/// The screen worker's inbox (managed state).
pub struct CustomerScreen {
    inbox: mpsc::UnboundedSender<Input>,
}

fn send<R: Runtime>(app: &AppHandle<R>, input: Input) {
    if let Some(screen) = app.try_state::<CustomerScreen>() {
        let _ = screen.inbox.send(input);
    }
}

/// A cart command answered with `cart`.
pub fn cart<R: Runtime>(app: &AppHandle<R>, cart: &CartView) {
    send(app, Input::Cart(Box::new(cart.clone())));
}

/// The register shows `sale` (just charged, retried, split).
pub fn shown<R: Runtime>(app: &AppHandle<R>, sale: &SaleView) {
    send(app, Input::Shown(Box::new(sale.clone())));
}

/// A cash sale was paid.
pub fn cash<R: Runtime>(app: &AppHandle<R>, sold: &CashSaleView) {
    send(app, Input::Cash(Box::new(sold.clone())));
}

/// Starts the screen worker and the monitor watch. Call from `setup`.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let (inbox, rx) = mpsc::unbounded_channel();
    app.manage(CustomerScreen {
        inbox: inbox.clone(),
    });
    tauri::async_runtime::spawn(Worker::new(app.clone()).run(rx));
    // Every sale change the register is sent (watchers, Stripe's events) is heard here too.
    let changes = inbox.clone();
    app.listen_any(crate::state::EVENT_SALE, move |event| {
        let id = serde_json::from_str::<serde_json::Value>(event.payload())
            .ok()
            .and_then(|sale| sale["id"].as_str().map(str::to_string));
        if let Some(id) = id {
            let _ = changes.send(Input::Changed(id));
        }
    });
    let watcher = app.clone();
    tauri::async_runtime::spawn(async move {
        // The placement at start waits for the core (its settings are in the ledger).
        let _ = watcher.state::<AppState>().till().await;
        tracing::debug!("customer screen: the core is up, placing the window");
        let _ = inbox.send(Input::Apply(None));
        let mut last = monitors(&watcher);
        let _ = inbox.send(Input::Monitors(last.clone()));
        loop {
            tokio::time::sleep(MONITOR_POLL).await;
            let now = monitors(&watcher);
            tracing::trace!(monitors = now.len(), "monitors read");
            if now != last {
                tracing::info!(monitors = now.len(), "the monitors changed");
                last = now.clone();
                if inbox.send(Input::Monitors(now)).is_err() {
                    return;
                }
            }
        }
    });
}

/// The monitors attached now, the register's marked.
fn monitors<R: Runtime>(app: &AppHandle<R>) -> Vec<MonitorView> {
    let register = app
        .get_webview_window("main")
        .and_then(|w| w.current_monitor().ok().flatten())
        .map(|m| *m.position());
    let Ok(list) = app.available_monitors() else {
        return Vec::new();
    };
    let mut views: Vec<MonitorView> = list
        .iter()
        .map(|m| {
            let (position, size) = (*m.position(), *m.size());
            let name = m.name().cloned().unwrap_or_default();
            MonitorView {
                key: if name.is_empty() {
                    format!("{},{}", position.x, position.y)
                } else {
                    name.clone()
                },
                name,
                width: size.width,
                height: size.height,
                x: position.x,
                y: position.y,
                register: register == Some(position),
            }
        })
        .collect();
    // Two monitors of one model are told apart by where they are.
    let keys: Vec<String> = views.iter().map(|m| m.key.clone()).collect();
    for view in &mut views {
        if keys.iter().filter(|k| **k == view.key).count() > 1 {
            view.key = format!("{}@{},{}", view.key, view.x, view.y);
        }
    }
    if !views.iter().any(|m| m.register) {
        if let Some(first) = views.first_mut() {
            first.register = true;
        }
    }
    views
}

/// Where the window belongs with `settings` and `monitors`, and (when the chosen monitor is
/// missing) why it is not there.
fn placement_for(settings: &ScreenSettings, monitors: &[MonitorView]) -> (Placement, bool) {
    if !settings.switch.is_on(monitors.len()) {
        return (Placement::Closed, false);
    }
    let other = monitors.iter().find(|m| !m.register);
    let chosen = (!settings.monitor.is_empty())
        .then(|| monitors.iter().find(|m| m.key == settings.monitor))
        .flatten();
    let missing = !settings.monitor.is_empty() && chosen.is_none();
    let target = match chosen {
        // The register's own monitor: an ordinary window, never over the register.
        Some(m) if m.register => return (Placement::Window, missing),
        Some(m) => Some(m),
        None => other,
    };
    let placement = match (target, settings.switch) {
        (Some(m), _) => Placement::FullScreen {
            monitor: m.key.clone(),
        },
        (None, ScreenSwitch::On) => Placement::Window,
        (None, _) => Placement::Closed,
    };
    (placement, missing)
}

/// The sentence saying where the screen is.
fn summary(language: Language, placement: &Placement, monitors: &[MonitorView]) -> String {
    match placement {
        Placement::Closed => i18n::text(language, "customer-screen-closed"),
        Placement::Window => i18n::text(language, "customer-screen-window"),
        Placement::FullScreen { monitor } => {
            let name = monitors
                .iter()
                .find(|m| &m.key == monitor)
                .map(monitor_label)
                .unwrap_or_else(|| monitor.clone());
            i18n::text_with(
                language,
                "customer-screen-on",
                &[("monitor", Arg::Text(&name))],
            )
        }
    }
}

fn monitor_label(m: &MonitorView) -> String {
    let name = if m.name.is_empty() { &m.key } else { &m.name };
    format!("{name} ({}×{})", m.width, m.height)
}

struct Worker<R: Runtime> {
    app: AppHandle<R>,
    view: Option<CustomerView>,
    cart: Option<CartView>,
    /// The sale on the customer's screen (its id never leaves this worker).
    sale: Option<SaleView>,
    /// The cart the sale was charged from.
    sale_cart: Option<CartView>,
    /// The payment page's QR code: (its URL, the code).
    qr: Option<(String, qr::Modules)>,
    /// The paid sale's receipt QR code: (sale id, the code).
    receipt_qr: Option<(String, qr::Modules)>,
    thank_you: u64,
    placement: Placement,
    monitors: Vec<MonitorView>,
    inbox: Option<mpsc::UnboundedSender<Input>>,
}

impl<R: Runtime> Worker<R> {
    fn new(app: AppHandle<R>) -> Self {
        let inbox = app.try_state::<CustomerScreen>().map(|s| s.inbox.clone());
        Worker {
            app,
            view: None,
            cart: None,
            sale: None,
            sale_cart: None,
            qr: None,
            receipt_qr: None,
            thank_you: 0,
            placement: Placement::Closed,
            monitors: Vec::new(),
            inbox,
        }
    }

    async fn run(mut self, mut rx: mpsc::UnboundedReceiver<Input>) {
        while let Some(input) = rx.recv().await {
            self.take(input).await;
        }
    }

    async fn take(&mut self, input: Input) {
        match input {
            Input::Cart(cart) => {
                let ended = self.sale.as_ref().is_some_and(|s| s.is_final);
                let waiting = self.sale.as_ref().is_some_and(|s| !s.is_final);
                let has_lines = !cart.lines.is_empty();
                self.cart = Some(*cart);
                // A sale being paid stays on screen; a finished one gives way to the next
                // customer's items (its thank-you ends with its timer otherwise).
                if waiting || (ended && !has_lines) {
                    return;
                }
                self.sale = None;
                self.publish().await;
            }
            Input::Shown(sale) => {
                self.sale_cart = self.cart.clone();
                self.sale = Some(*sale);
                self.after_sale_change().await;
            }
            Input::Changed(id) => {
                if self.sale.as_ref().is_none_or(|s| s.id != id) {
                    return;
                }
                let Ok(till) = self.app.state::<AppState>().till().await else {
                    return;
                };
                match till.register.checkout().sale(&id).await {
                    Ok(sale) if self.sale.as_ref() != Some(&sale) => {
                        self.sale = Some(sale);
                        self.after_sale_change().await;
                    }
                    Ok(_) => {}
                    Err(e) => {
                        tracing::warn!(error = %e, "the customer screen could not read its sale")
                    }
                }
            }
            Input::Cash(sold) => {
                self.sale_cart = self.cart.clone();
                self.sale = Some(sold.sale.clone());
                let shop = self.shop().await;
                self.view = Some(CustomerView::cash(shop, &sold, self.sale_cart.as_ref()));
                self.emit();
                self.thank_you_timer();
                self.look_up_receipt_qr();
            }
            Input::ReceiptQr { sale_id, code } => {
                if self.sale.as_ref().is_none_or(|s| s.id != sale_id) {
                    return;
                }
                self.receipt_qr = Some((sale_id, code.clone()));
                match self.view.take() {
                    // A cash sale's thank-you keeps its figures: only the code is added.
                    Some(view) if view.change_display.is_some() => {
                        self.view = Some(view.with_receipt_qr(code));
                        self.emit();
                    }
                    view => {
                        self.view = view;
                        self.publish().await;
                    }
                }
            }
            Input::Ready => self.emit(),
            Input::Refresh => {
                // A cash sale's thank-you keeps its figures (they are not the register's state).
                if self
                    .view
                    .as_ref()
                    .is_some_and(|v| v.change_display.is_some())
                {
                    self.emit();
                } else {
                    self.publish().await;
                }
            }
            Input::ThankYouOver(n) => {
                if n == self.thank_you && self.sale.as_ref().is_some_and(|s| s.is_final) {
                    self.sale = None;
                    self.publish().await;
                }
            }
            Input::Apply(done) => {
                self.place(false).await;
                if let Some(done) = done {
                    let _ = done.send(());
                }
            }
            Input::Monitors(list) => {
                let first = self.monitors.is_empty();
                self.monitors = list;
                self.place(!first).await;
            }
            Input::Closed => self.placement = Placement::Closed,
        }
    }

    async fn after_sale_change(&mut self) {
        self.publish().await;
        if self.sale.as_ref().is_some_and(|s| s.is_final) {
            self.thank_you_timer();
            if self.sale.as_ref().is_some_and(|s| s.state == "paid") {
                self.look_up_receipt_qr();
            }
        }
    }

    /// Looks up the paid sale's receipt QR code off the worker (Stripe is asked for a card
    /// payment's receipt page, within the receipt's own wait) and hands it back.
    fn look_up_receipt_qr(&self) {
        // Only for a screen that is there: a till without one asks Stripe nothing more.
        if self.app.get_webview_window(LABEL).is_none() {
            return;
        }
        let (Some(sale), Some(inbox)) = (self.sale.as_ref(), self.inbox.clone()) else {
            return;
        };
        let (app, sale_id) = (self.app.clone(), sale.id.clone());
        tauri::async_runtime::spawn(async move {
            let Ok(till) = app.state::<AppState>().till().await else {
                return;
            };
            let payload =
                match till_core::receipts::receipt_qr(till.register.checkout(), &sale_id).await {
                    Ok(payload) => payload,
                    Err(e) => {
                        tracing::info!(error = %e, "no receipt code for the customer screen");
                        return;
                    }
                };
            match qr::Modules::of(&payload) {
                Ok(code) => {
                    let _ = inbox.send(Input::ReceiptQr { sale_id, code });
                }
                Err(e) => tracing::warn!(error = %e, "no receipt QR code for the customer screen"),
            }
        });
    }

    fn thank_you_timer(&mut self) {
        self.thank_you += 1;
        let (n, inbox) = (self.thank_you, self.inbox.clone());
        tauri::async_runtime::spawn(async move {
            tokio::time::sleep(THANK_YOU).await;
            if let Some(inbox) = inbox {
                let _ = inbox.send(Input::ThankYouOver(n));
            }
        });
    }

    async fn shop(&self) -> Shop {
        let Ok(till) = self.app.state::<AppState>().till().await else {
            return Shop::default();
        };
        let (name, language) = (
            till.settings.register_name.clone(),
            till.settings.language.tag(),
        );
        till.register
            .checkout()
            .store()
            .call(move |ledger| customer::shop(ledger, &name, language))
            .await
            .unwrap_or_else(|e| {
                tracing::warn!(error = %e, "the shop's name could not be read for the customer screen");
                Shop {
                    language: language.to_string(),
                    ..Shop::default()
                }
            })
    }

    /// The QR code of the sale's payment page (made once per URL).
    fn qr_for(&mut self, url: &str) -> Option<qr::Modules> {
        if let Some((for_url, code)) = &self.qr {
            if for_url == url {
                return Some(code.clone());
            }
        }
        match qr::Modules::of(url) {
            Ok(code) => {
                self.qr = Some((url.to_string(), code.clone()));
                Some(code)
            }
            Err(e) => {
                tracing::warn!(error = %e, "no QR code for the customer screen");
                None
            }
        }
    }

    /// Builds the model from what the register shows now and sends it.
    async fn publish(&mut self) {
        let shop = self.shop().await;
        let view = match self.sale.clone() {
            Some(sale) => {
                let qr = sale.url.as_deref().and_then(|url| self.qr_for(url));
                let view = CustomerView::sale(shop, &sale, self.sale_cart.as_ref(), qr);
                match &self.receipt_qr {
                    Some((id, code)) if *id == sale.id => view.with_receipt_qr(code.clone()),
                    _ => view,
                }
            }
            None => match &self.cart {
                Some(cart) => CustomerView::cart(shop, cart),
                None => CustomerView::idle(shop),
            },
        };
        self.view = Some(view);
        self.emit();
    }

    fn emit(&self) {
        if let Some(view) = &self.view {
            if self.app.get_webview_window(LABEL).is_some() {
                if let Err(e) = self.app.emit_to(LABEL, EVENT_CUSTOMER, view) {
                    tracing::warn!(error = %e, "the customer screen could not be updated");
                }
            }
        }
    }

    async fn settings(&self) -> ScreenSettings {
        let fallback = ScreenSettings {
            switch: ScreenSwitch::Auto,
            monitor: String::new(),
            welcome: String::new(),
        };
        let Ok(till) = self.app.state::<AppState>().till().await else {
            return fallback;
        };
        till.register
            .checkout()
            .store()
            .call(|ledger| customer::load_settings(ledger))
            .await
            .unwrap_or_else(|e| {
                tracing::warn!(error = %e, "the customer screen's settings could not be read");
                fallback
            })
    }

    /// Puts the window where the settings and monitors say; `unasked`: the monitors changed
    /// under it, so the register is told what happened.
    async fn place(&mut self, unasked: bool) {
        if self.monitors.is_empty() {
            self.monitors = monitors(&self.app);
        }
        let settings = self.settings().await;
        let (wanted, missing) = placement_for(&settings, &self.monitors);
        tracing::debug!(monitors = ?self.monitors, ?settings, ?wanted, "customer screen placement");
        if wanted == self.placement
            && self.app.get_webview_window(LABEL).is_some() == (wanted != Placement::Closed)
        {
            return;
        }
        let was_open = self.placement != Placement::Closed;
        // The monitor it was full screen on is gone (unplugged, switched off).
        let gone = missing
            || matches!(&self.placement, Placement::FullScreen { monitor }
                if !self.monitors.iter().any(|m| &m.key == monitor));
        match self.put(&wanted) {
            Ok(()) => self.placement = wanted.clone(),
            Err(e) => {
                tracing::warn!(error = %e, "the customer screen could not be placed");
                self.placement = Placement::Closed;
            }
        }
        tracing::info!(placement = ?self.placement, missing, gone, "customer screen placed");
        if unasked && (was_open || self.placement != Placement::Closed) {
            let language = self.shop().await.language;
            let language = Language::parse(&language).unwrap_or(Language::En);
            let mut message = summary(language, &self.placement, &self.monitors);
            if gone {
                message = format!(
                    "{} {message}",
                    i18n::text(language, "customer-screen-monitor-gone")
                );
            }
            let notice = ScreenNotice {
                message,
                placement: self.placement.clone(),
            };
            let _ = self.app.emit_to("main", EVENT_SCREEN, notice);
        }
    }

    fn put(&mut self, wanted: &Placement) -> tauri::Result<()> {
        let existing = self.app.get_webview_window(LABEL);
        match (wanted, existing) {
            (Placement::Closed, Some(window)) => window.destroy(),
            (Placement::Closed, None) => Ok(()),
            // Full screen to full screen: moved, the page stays.
            (Placement::FullScreen { monitor }, Some(window))
                if matches!(self.placement, Placement::FullScreen { .. }) =>
            {
                match self.monitors.iter().find(|m| &m.key == monitor) {
                    Some(m) => window.set_fullscreen_on_monitor(PhysicalPosition::new(
                        f64::from(m.x),
                        f64::from(m.y),
                    )),
                    None => Ok(()),
                }
            }
            // Another kind of window: a new one.
            (_, Some(window)) => {
                window.destroy()?;
                self.open(wanted)
            }
            (_, None) => self.open(wanted),
        }
    }

    fn open(&self, placement: &Placement) -> tauri::Result<()> {
        // Full screen on a monitor (its position and size), else an ordinary window.
        let full_screen = match placement {
            Placement::FullScreen { monitor } => {
                let Some(m) = self.monitors.iter().find(|m| &m.key == monitor) else {
                    return Ok(());
                };
                Some((m.x, m.y, m.width, m.height))
            }
            _ => None,
        };
        let (app, inbox, closed) = (self.app.clone(), self.inbox.clone(), self.inbox.clone());
        // Built on the main thread, where the register's WebKit view lives: the customer's
        // page shares its web process (WebKitGTK's related view) instead of starting one more.
        self.app.run_on_main_thread(move || {
            let mut builder =
                WebviewWindowBuilder::new(&app, LABEL, WebviewUrl::App("customer.html".into()))
                    .title("Till")
                    // The register keeps the keyboard: the customer's screen never takes focus.
                    .focused(false)
                    .on_document_title_changed(move |_, title| {
                        if title == READY_TITLE {
                            if let Some(inbox) = &inbox {
                                let _ = inbox.send(Input::Ready);
                            }
                        }
                    });
            builder = match full_screen {
                // Full screen at a position: Tauri finds the monitor there and asks GTK for
                // full screen on it (`gtk_window_fullscreen_on_monitor`), which Wayland
                // honours too, though it ignores positions.
                Some((x, y, width, height)) => builder
                    .position(f64::from(x), f64::from(y))
                    .inner_size(f64::from(width), f64::from(height))
                    .decorations(false)
                    .fullscreen(true),
                None => builder
                    .inner_size(1024.0, 768.0)
                    .min_inner_size(480.0, 360.0),
            };
            #[cfg(target_os = "linux")]
            if let Some(register) = crate::webview::register_view() {
                builder = builder.with_related_view(register);
            }
            let window = match builder.build() {
                Ok(window) => window,
                Err(e) => {
                    tracing::warn!(error = %e, "the customer's screen could not be opened");
                    return;
                }
            };
            crate::webview::tune(&window);
            window.on_window_event(move |event| {
                if matches!(event, tauri::WindowEvent::Destroyed) {
                    if let Some(inbox) = &closed {
                        let _ = inbox.send(Input::Closed);
                    }
                }
            });
        })
    }
}

async fn status<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> IpcResult<ScreenStatus> {
    let till = state.till().await?;
    let settings = till
        .register
        .checkout()
        .store()
        .call(|ledger| customer::load_settings(ledger))
        .await?;
    let monitors = monitors(app);
    let placement = if app.get_webview_window(LABEL).is_some() {
        placement_for(&settings, &monitors).0
    } else {
        Placement::Closed
    };
    let summary = summary(till.settings.language, &placement, &monitors);
    Ok(ScreenStatus {
        settings,
        monitors,
        placement,
        summary,
    })
}

/// Asks the worker to place the window as the stored settings say, and waits until it did.
async fn apply<R: Runtime>(app: &AppHandle<R>) {
    let (done, placed) = oneshot::channel();
    send(app, Input::Apply(Some(done)));
    let _ = tokio::time::timeout(Duration::from_secs(10), placed).await;
}

/// Settings → Customer screen: the monitors, the choice and where the screen is.
#[tauri::command]
pub async fn customer_screen_get<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> IpcResult<ScreenStatus> {
    status(&app, &state).await
}

/// Saves Settings → Customer screen (the owner's, once a PIN is set) and places the window.
#[tauri::command]
pub async fn customer_screen_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    gate: State<'_, till_core::owner::OwnerGate>,
    settings: ScreenSettings,
) -> IpcResult<ScreenStatus> {
    crate::owner::guard_settings(&state, &gate).await?;
    let till = state.till().await?;
    till.register
        .checkout()
        .store()
        .call(move |ledger| customer::save_settings(ledger, &settings))
        .await?;
    apply(&app).await;
    send(&app, Input::Refresh);
    status(&app, &state).await
}

/// The register's switch: the customer screen on or off, at once and from now on.
#[tauri::command]
pub async fn customer_screen_switch<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    on: bool,
) -> IpcResult<ScreenStatus> {
    let till = state.till().await?;
    till.register
        .checkout()
        .store()
        .call(move |ledger| {
            let mut settings = customer::load_settings(ledger)?;
            settings.switch = if on {
                ScreenSwitch::On
            } else {
                ScreenSwitch::Off
            };
            customer::save_settings(ledger, &settings)
        })
        .await?;
    apply(&app).await;
    status(&app, &state).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monitor(key: &str, x: i32, register: bool) -> MonitorView {
        MonitorView {
            key: key.into(),
            name: key.into(),
            width: 1024,
            height: 768,
            x,
            y: 0,
            register,
        }
    }

    fn settings(switch: ScreenSwitch, monitor: &str) -> ScreenSettings {
        ScreenSettings {
            switch,
            monitor: monitor.into(),
            welcome: String::new(),
        }
    }

    #[test]
    fn the_window_goes_where_the_settings_and_monitors_say() {
        let one = [monitor("A", 0, true)];
        let two = [monitor("A", 0, true), monitor("B", 1280, false)];
        let three = [
            monitor("A", 0, true),
            monitor("B", 1280, false),
            monitor("C", 2304, false),
        ];
        let full = |m: &str| Placement::FullScreen { monitor: m.into() };
        let cases = [
            // Automatic: on with a second monitor only.
            (
                settings(ScreenSwitch::Auto, ""),
                &one[..],
                Placement::Closed,
                false,
            ),
            (settings(ScreenSwitch::Auto, ""), &two[..], full("B"), false),
            // Switched on with one monitor: an ordinary window.
            (
                settings(ScreenSwitch::On, ""),
                &one[..],
                Placement::Window,
                false,
            ),
            (
                settings(ScreenSwitch::Off, ""),
                &two[..],
                Placement::Closed,
                false,
            ),
            (
                settings(ScreenSwitch::Auto, "C"),
                &three[..],
                full("C"),
                false,
            ),
            // The chosen monitor unplugged: another one, else a window (on) or closed (auto).
            (settings(ScreenSwitch::Auto, "C"), &two[..], full("B"), true),
            (
                settings(ScreenSwitch::On, "B"),
                &one[..],
                Placement::Window,
                true,
            ),
            // (Automatic with one monitor is simply off; the worker still says the monitor went.)
            (
                settings(ScreenSwitch::Auto, "B"),
                &one[..],
                Placement::Closed,
                false,
            ),
            // Never full screen over the register.
            (
                settings(ScreenSwitch::On, "A"),
                &two[..],
                Placement::Window,
                false,
            ),
        ];
        for (settings, monitors, placement, missing) in cases {
            assert_eq!(
                placement_for(&settings, monitors),
                (placement, missing),
                "{settings:?} on {monitors:?}"
            );
        }
    }
}
