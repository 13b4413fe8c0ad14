// The register screen: renders what the core returns and sends the staff's actions back.
// Every amount arrives formatted from Rust; this file does no money arithmetic.
import * as api from "./api.js";
import { $, el, openDialog, confirmAction, dismissConfirm } from "./dom.js";
import { emit, on, ATTENDANCE, CART, CART_REPLACED, CASH_PAID, OPEN_PRICE, PRICE_OVERRIDE, TIP_ASK, TIP_CHOSEN, EMAIL_PROBLEM, PRESENT_SALE, REGISTER_READY, SALE_SHOWN, SIGNED_IN, SPLIT_SHOWN, TOAST } from "./events.js";
import * as lock from "./lock.js";
import { language, setLanguage, t, formatTime, setDisplayLocale } from "./i18n.js";
import { amountRows } from "./amounts.js";

/** When this module started running (its imports loaded), for the start-up timeline. */
const modulesLoadedAt = performance.now();
let catalogAt = 0;

// The other views (Settings, Test cards, History, Members with the register's member lookup)
// load once the first tiles are painted, so the register never waits for them. A tab (or the
// key banner's Settings button) pressed before then acts once they have loaded, with the
// owner-PIN guard (history.js, for History and Members) in place.
const OTHER_VIEWS = ["./settings.js", "./testcards.js", "./history.js", "./members.js", "./cash.js", "./receipt.js", "./parked.js", "./adjust.js", "./screen.js", "./staff.js"];
let otherViews = null;
let otherViewsLoaded = false;
function loadOtherViews() {
  otherViews ??= Promise.all(OTHER_VIEWS.map((module) => import(module)))
    .catch(showError)
    .finally(() => {
      otherViewsLoaded = true;
      // For the window tests: every view's listeners are in place from here on.
      document.documentElement.dataset.views = "loaded";
    });
  return otherViews;
}
document.addEventListener("click", (event) => {
  const target = !otherViewsLoaded && event.target.closest?.(".view-tab, #key-banner-settings, #pay-cash, #drawer-button");
  if (!target) return;
  event.stopImmediatePropagation();
  loadOtherViews().then(() => target.click());
}, true);

/** Every sentence this view shows, in one place: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  get payFirst() { return t("register-pay-first"); },
  get saleOver() { return t("register-sale-over"); },
  manyMatches: (count, query) => t("register-many-matches", { count, query }),
  noMatch: (query) => t("register-no-match", { query }),
  get noProducts() { return t("register-no-products"); },
  each: (unit) => t("register-each", { unit }),
  oneLess: (name) => t("register-one-less", { name }),
  changePrice: (name) => t("cart-line-price", { name }),
  was: (was) => t("cart-line-was", { was }),
  oneMore: (name) => t("register-one-more", { name }),
  remove: (name) => t("register-remove", { name }),
  get charge() { return t("register-charge"); },
  chargeTotal: (total) => t("register-charge-total", { total }),
  get newSale() { return t("register-new-sale"); },
  get newSaleEmpties() { return t("register-new-sale-empties"); },
  get backToRegister() { return t("register-back-to-register"); },
  afterNotPaid: (items) => t("register-after-not-paid", { items }),
  get afterTestRun() { return t("register-after-test-run"); },
  get cancelTitle() { return t("register-cancel-title"); },
  cancelText: (amount) => t("register-cancel-text", { amount }),
  get cancelYes() { return t("register-cancel-yes"); },
  get cancelNo() { return t("register-cancel-no"); },
  recentLabel: (time, amount, status) => t("register-recent-label", { time, amount, status }),
  recentAbout: (id, time, amount, status) => t("register-recent-about", { id, time, amount, status }),
  get timeUp() { return t("register-time-up"); },
  cancelsIn: (minutes, seconds) => t("register-cancels-in", { minutes: String(minutes), seconds: String(seconds).padStart(2, "0") }),
  get qrAlt() { return t("register-qr-alt"); },
  get noRecent() { return t("register-no-recent"); },
  synced: (count) => t("register-synced", { count }),
  ready: (version, mode) => t("register-ready", { version, mode }),
  mode: (mode) => t(`mode-${mode}`),
  get allCategories() { return t("category-all"); },
  get favourites() { return t("category-favourites"); },
};

/** The Favourites page (the owner's quick keys) as `ui.category`: not a category of the catalog. */
const FAVOURITES = Symbol("favourites");
/** The category the core filters by (the Favourites page and All: none). */
const askedCategory = () => (typeof ui.category === "string" ? ui.category : null);
/** How long a sale stays on screen before Till cancels it (the session lives 31 min at Stripe). */
let onScreenTimeoutMs = 15 * 60 * 1000;


const ui = {
  category: null,
  // Staff chose a category tab: until then the Favourites page, when there is one, comes first.
  categoryChosen: false,
  query: "",
  cart: null,
  sale: null,
  shownAt: 0,
  countdownTimer: null,
  autoCancelling: false,
  /** The shown sale was charged from the register's cart (a test-card run is not). */
  fromCart: false,
  /** The search box holds a code that was not found: the next key starts a new scan. */
  scanDone: false,
};

// ---------- helpers ----------


let toastTimer = null;
/** The TEXT key of the toast's message when `toastText` showed it (so it can be taken back once stale), else null. */
let toastKey = null;
function toast(message, kind = "error") {
  const box = $("toast");
  box.textContent = message;
  box.className = `toast toast-${kind}`;
  box.hidden = false;
  toastKey = null;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, kind === "error" ? 6000 : 2500);
}

/** An error toast with this view's `TEXT[key]`, remembered by its key. */
function toastText(key) {
  toast(TEXT[key]);
  toastKey = key;
}

function hideToast() {
  clearTimeout(toastTimer);
  $("toast").hidden = true;
}

function showError(error) {
  // Refused because the till is locked (auto-lock, another window): the lock screen asks.
  if (error?.code === "till_locked") return emit(ATTENDANCE);
  toast(error && error.message ? error.message : String(error), "error");
}

async function attempt(action) {
  try {
    return await action();
  } catch (error) {
    showError(error);
    return undefined;
  }
}

// ---------- status ----------

async function showStatus(status) {
  // The core's language first: everything below, and every view drawn after, is in it.
  setDisplayLocale(status.locale);
  await setLanguage(status.language);
  const badge = $("mode-badge");
  badge.textContent = TEXT.mode(status.mode);
  badge.className = `badge badge-${status.mode}`;
  $("training-banner").hidden = status.mode !== "training";
  // The keyring's key could not be used: say why and how to fix it (Till runs in training mode).
  // A computer without any keyring blocks nothing in training mode: Settings says so calmly.
  // A locked keyring or a bad stored key does: a key may be there that Till cannot use.
  const calm = status.keyProblem?.code === "keyring_unavailable";
  $("key-banner").hidden = !status.keyProblem || calm;
  $("key-banner-text").textContent = status.keyProblem?.message ?? "";
  if (status.checkoutTimeoutSeconds) onScreenTimeoutMs = status.checkoutTimeoutSeconds * 1000;
  // What a customer's phone will see after paying by QR code (the text is the core's).
  const phone = $("checkout-phone");
  phone.textContent = status.phoneNote ?? "";
  phone.dataset.note = status.phoneNote ? "1" : "";
  phone.classList.toggle("notice-warn", Boolean(status.phoneWarning));
  $("register-name").textContent = status.registerName;
  const text = $("status-text");
  text.classList.remove("status-error");
  text.textContent = TEXT.ready(status.version, status.mode);
}

// Answers can arrive out of order (one asked before a restart, one after): only the answer to
// the latest question is shown.
let statusAsked = 0;

async function refreshStatus() {
  const asked = ++statusAsked;
  try {
    const status = await api.appStatus();
    if (asked === statusAsked) await showStatus(status);
  } catch (error) {
    if (asked !== statusAsked) return;
    // Without the core's answer, the window keeps its language (English at first).
    if (!language()) await setLanguage("en").catch(() => {});
    const text = $("status-text");
    text.textContent = error && error.message ? error.message : String(error);
    text.classList.add("status-error");
  }
}

// ---------- catalog ----------

let reportedReady = false;

async function refreshCatalog(asked = attempt(() => api.catalogView(ui.query, askedCategory()))) {
  const view = await asked;
  if (!view) return;
  catalogAt ||= performance.now();
  renderCatalog(view);
  if (!reportedReady && view.items.length > 0) {
    reportedReady = true;
    // After the tiles are painted, not merely inserted.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const page = performance.getEntriesByType("navigation")[0];
      api.uiReady(view.items.length, performance.now(), {
        html: page?.responseEnd ?? 0, domInteractive: page?.domInteractive ?? 0,
        modules: modulesLoadedAt, catalog: catalogAt,
      }).catch(() => {});
      loadOtherViews().then(() => emit(REGISTER_READY));
    }));
  }
}

function renderCatalog(view) {
  if (view.favourites.length > 0 && !ui.categoryChosen) ui.category = FAVOURITES;
  if (view.favourites.length === 0 && ui.category === FAVOURITES) ui.category = null;
  renderCategories(view.categories, view.favourites.length > 0);
  // The Favourites page shows the quick keys in the owner's order; a search looks everywhere.
  const items = ui.category === FAVOURITES && !ui.query ? view.favourites : view.items;
  const grid = $("product-grid");
  grid.replaceChildren();
  if (items.length === 0) {
    grid.append(el("p", { class: "empty", id: "products-empty" },
      ui.query ? TEXT.noMatch(ui.query) : TEXT.noProducts));
    return;
  }
  for (const item of items) {
    grid.append(el("button", {
      class: "product-tile", type: "button", dataset: { priceId: item.priceId },
      title: [item.sku, item.barcode].filter(Boolean).join(" · "),
      onclick: () => item.openPrice ? openPrice(item.priceId, item.name) : addToCart(item.priceId),
    }, el("span", { class: "product-name" }, item.name),
    el("span", { class: "product-price" }, item.openPrice ? t("register-open-price") : item.priceLabel)));
  }
}

function renderCategories(categories, favourites) {
  const tabs = $("categories");
  tabs.replaceChildren();
  if (categories.length === 0 && !favourites) return;
  const tab = (label, value) => el("button", {
    class: value === FAVOURITES ? "category-tab category-favourites" : "category-tab", type: "button", role: "tab",
    "aria-selected": String(ui.category === value),
    onclick: () => { ui.category = value; ui.categoryChosen = true; refreshCatalog(); },
  }, label);
  if (favourites) tabs.append(tab(TEXT.favourites, FAVOURITES));
  tabs.append(tab(TEXT.allCategories, null));
  for (const category of categories) tabs.append(tab(category, category));
}

// ---------- cart ----------

function renderCart(cart) {
  ui.cart = cart;
  // A new sale is asked for its tip again.
  if (!cart.lines.length) ui.tipAsked = false;
  const list = $("cart-lines");
  // Re-rendering replaces the buttons: the control that had focus gets it back (the same one
  // on the same line, else the next line's, else the cart's heading), so the keyboard stays here.
  const focused = document.activeElement?.closest?.("#cart-lines [data-action]");
  const focus = focused ? { priceId: focused.closest(".cart-line")?.dataset.priceId, action: focused.dataset.action,
    index: [...list.children].indexOf(focused.closest(".cart-line")) } : null;
  list.replaceChildren();
  for (const line of cart.lines) {
    list.append(el("li", { class: "cart-line", dataset: { priceId: line.priceId } },
      el("div", { class: "line-main" },
        el("span", { class: "line-name" }, line.name),
        // A line's price is a button: the owner or a manager sets it (adjust.js asks).
        line.recurring ? el("span", { class: "line-unit" }, line.unitDisplay)
          : el("button", { class: "line-unit line-price", type: "button", dataset: { action: "price" }, title: TEXT.changePrice(line.name),
            onclick: () => emit(PRICE_OVERRIDE, { priceId: line.priceId, name: line.name, unitDisplay: line.unitDisplay }) },
          TEXT.each(line.unitDisplay), ...(line.wasDisplay ? [el("span", { class: "line-was" }, TEXT.was(line.wasDisplay))] : []))),
      el("div", { class: "qty" },
        el("button", { class: "qty-button", type: "button", dataset: { action: "less" }, "aria-label": TEXT.oneLess(line.name),
          onclick: () => changeQuantity(line, line.quantity - 1) }, "−"),
        el("span", { class: "qty-value" }, String(line.quantity)),
        el("button", { class: "qty-button", type: "button", dataset: { action: "more" }, "aria-label": TEXT.oneMore(line.name),
          onclick: () => changeQuantity(line, line.quantity + 1) }, "+")),
      el("span", { class: "line-subtotal" }, line.subtotalDisplay),
      el("button", { class: "remove-button", type: "button", dataset: { action: "remove" }, "aria-label": TEXT.remove(line.name),
        onclick: () => attempt(async () => renderCart(await api.cartRemove(line.priceId))) }, "×")));
  }
  if (focus) {
    const lines = [...list.children];
    const line = lines.find((li) => li.dataset.priceId === focus.priceId) ?? lines[Math.min(focus.index, lines.length - 1)];
    const target = line?.querySelector(`[data-action="${focus.action}"]`) ?? line?.querySelector("[data-action]");
    (target ?? $("cart-title")).focus();
  }
  $("cart-empty").hidden = cart.lines.length > 0;
  $("cart-total").textContent = cart.lines.length ? cart.totalDisplay : "—";
  renderTaxes(cart);
  const charge = $("charge");
  charge.disabled = Boolean(cart.chargeBlocked);
  charge.textContent = cart.lines.length ? TEXT.chargeTotal(cart.totalDisplay) : TEXT.charge;
  const hint = $("cart-hint");
  hint.hidden = !(cart.lines.length && cart.chargeBlocked);
  hint.textContent = cart.chargeBlocked ?? "";
  // members.js marks the email field required for a membership.
  emit(CART, cart);
}

/**
 * The subtotal, discount, a row per tax rate and the tip above the total, when the sale has
 * any; and that the customer will enter a promotion code on Stripe's page.
 */
function renderTaxes(cart) {
  const rows = cart.lines.length ? amountRows(cart) : [];
  if (cart.lines.length && cart.promotionCodes) {
    rows.push(el("div", { class: "amount-row amount-promotion-codes", id: "cart-promotion-codes" },
      el("dt", {}, t("cart-promotion-codes")), el("dd", {})));
  }
  $("cart-taxes").hidden = rows.length === 0;
  $("cart-taxes").replaceChildren(...rows);
}

/** The payment panel's breakdown: the cart's, when the sale on screen is that cart's. */
function renderSaleTaxes(sale) {
  const cart = ui.cart;
  const same = cart?.lines.length && cart.total === sale.amountTotal && cart.currency === sale.currency;
  const rows = same ? amountRows(cart) : [];
  $("checkout-taxes").hidden = rows.length === 0;
  $("checkout-taxes").replaceChildren(...rows);
}

/** Refuses a cart change while a sale is on screen; says why. */
function saleInTheWay() {
  if (!ui.sale) return false;
  toastText(ui.sale.isFinal ? "saleOver" : "payFirst");
  return true;
}

/** An open-price product or Other: adjust.js asks the amount. */
function openPrice(priceId, name) {
  if (saleInTheWay()) return;
  emit(OPEN_PRICE, { priceId, name });
}

async function addToCart(priceId) {
  if (saleInTheWay()) return;
  await attempt(async () => renderCart(await api.cartAdd(priceId)));
}

async function changeQuantity(line, quantity) {
  if (quantity < 1) {
    return attempt(async () => renderCart(await api.cartRemove(line.priceId)));
  }
  await attempt(async () => renderCart(await api.cartSetQuantity(line.priceId, quantity)));
}

/** A message under the search box: calm (matches to choose from) or an error (nothing found). */
function searchMessage(text, isError = false) {
  const box = $("search-message");
  box.textContent = text ?? "";
  box.hidden = !text;
  box.classList.toggle("form-error", Boolean(text) && isError);
}

function clearSearch() {
  $("search").value = "";
  ui.query = "";
  ui.scanDone = false;
  searchMessage(null);
  refreshCatalog();
}

async function submitSearch() {
  const search = $("search");
  const code = search.value.trim();
  if (!code) return;
  if (saleInTheWay()) return;
  try {
    renderCart(await api.cartScan(code));
    clearSearch();
  } catch (error) {
    if (error?.code !== "unknown_code") { showError(error); return; }
    // Not a barcode or SKU: the products whose names match, for this very text.
    const view = await attempt(() => api.catalogView(code, askedCategory()));
    if (!view) return;
    ui.query = code;
    renderCatalog(view);
    if (view.items.length === 1) {
      await addToCart(view.items[0].priceId);
      clearSearch();
      return;
    }
    // The text stays to show what was looked for, selected: the next scan or key replaces it.
    ui.scanDone = true;
    search.focus();
    search.select();
    if (view.items.length > 1) searchMessage(TEXT.manyMatches(view.items.length, code));
    else searchMessage(error.message, true);
  }
}

// ---------- checkout ----------

async function charge() {
  const button = $("charge");
  if (button.disabled || ui.sale) return;
  const email = $("customer-email").value.trim() || null;
  // A membership needs the customer's email (the core refuses too): say so by the field.
  const emailProblem = (message) => emit(EMAIL_PROBLEM, { message });
  if (ui.cart?.membership && !email) return emailProblem(null);
  // The owner's setting: the tip step first (adjust.js), once per sale, unless a tip is on it.
  if (!ui.tipAsked && !ui.cart?.membership && !(ui.cart?.tipAmount > 0)) {
    const tips = await api.tipSettingsGet().catch(() => null);
    if (tips?.askBeforeCharge) return emit(TIP_ASK);
  }
  button.disabled = true;
  try {
    const sale = await api.saleCharge(email);
    ui.fromCart = true;
    showSale(sale);
  } catch (error) {
    if (error?.code === "email_required") emailProblem(error.message);
    else if (error?.code === "invalid_email") emailProblem(t("cart-email-invalid"));
    else showError(error);
    button.disabled = Boolean(ui.cart?.chargeBlocked);
  }
}

function showSale(sale) {
  const fresh = !ui.sale || ui.sale.id !== sale.id;
  ui.sale = sale;
  if (fresh) ui.shownAt = Date.now();
  $("cart-panel").hidden = true;
  $("checkout-panel").hidden = false;
  $("checkout-amount").textContent = sale.amountDisplay;
  renderSaleTaxes(sale);
  $("checkout-sale-id").textContent = sale.id;
  // A cash sale: the change to hand back, large.
  const change = ui.cash?.saleId === sale.id ? ui.cash.change : null;
  $("checkout-change").hidden = !change;
  $("checkout-change-amount").textContent = change ?? "";
  emit(SALE_SHOWN, sale);
  const status = $("checkout-status");
  status.textContent = sale.statusText;
  status.className = `checkout-status state-${sale.state}${sale.declined ? " declined" : ""}`;
  const waiting = !sale.isFinal;
  document.body.dataset.saleOpen = String(waiting);
  $("checkout-open").hidden = !(waiting && sale.url);
  $("checkout-cancel").hidden = !waiting || sale.state === "processing";
  $("checkout-retry").hidden = sale.state !== "creating";
  // What the buttons after a sale do, said on them: a paid sale's cart is done with; a sale that
  // was not paid leaves its items in the cart (to charge again, or to empty); a test-card run
  // never touched the cart.
  const items = ui.cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
  const keepsItems = ui.fromCart && sale.state !== "paid" && items > 0;
  const newButton = $("checkout-new");
  newButton.hidden = waiting;
  newButton.textContent = !ui.fromCart ? TEXT.backToRegister : keepsItems ? TEXT.newSaleEmpties : TEXT.newSale;
  $("checkout-back").hidden = waiting || !keepsItems;
  const after = $("checkout-after");
  after.hidden = waiting || !(keepsItems || !ui.fromCart);
  after.textContent = waiting ? "" : keepsItems ? TEXT.afterNotPaid(items) : !ui.fromCart ? TEXT.afterTestRun : "";
  $("checkout-note").hidden = !waiting || !sale.url;
  $("checkout-phone").hidden = !waiting || !sale.url || !$("checkout-phone").dataset.note;
  const qr = $("checkout-qr");
  if (waiting && sale.url) {
    if (fresh || !qr.firstChild) {
      api.saleQr(sale.id).then((svg) => {
        // Inline SVG, not an <img> of a data: URL: WebKit keeps what it decoded for every
        // image URL it has shown, and each sale's QR code is a new one (a week of sales adds up).
        const image = document.importNode(new DOMParser().parseFromString(svg, "image/svg+xml").documentElement, true);
        image.setAttribute("role", "img");
        image.setAttribute("aria-label", TEXT.qrAlt);
        qr.replaceChildren(image);
      }).catch(showError);
    }
  } else {
    qr.replaceChildren();
  }
  clearInterval(ui.countdownTimer);
  if (waiting) {
    tickCountdown();
    ui.countdownTimer = setInterval(tickCountdown, 1000);
  } else {
    $("checkout-countdown").textContent = "";
    // The sale ended (paid, expired...) while staff were being asked whether to cancel it.
    dismissConfirm("cancel-sale");
    // A message about the payment that was going on is stale now.
    if (!$("toast").hidden && toastKey === "payFirst") hideToast();
    refreshRecent();
    // The next step is one key away: Enter (or Space) on New sale, wherever focus was.
    if (!openDialog() && !$("register").hidden) newButton.focus();
  }
}

function tickCountdown() {
  const left = onScreenTimeoutMs - (Date.now() - ui.shownAt);
  if (left <= 0) {
    $("checkout-countdown").textContent = TEXT.timeUp;
    if (!ui.autoCancelling) {
      ui.autoCancelling = true;
      cancelSale({ ask: false }).finally(() => { ui.autoCancelling = false; });
    }
    return;
  }
  const minutes = Math.floor(left / 60000);
  const seconds = Math.floor((left % 60000) / 1000);
  $("checkout-countdown").textContent = TEXT.cancelsIn(minutes, seconds);
}

/** Cancels the sale on screen. Staff confirm first when the customer may be paying (the
 * payment page is open); the on-screen timeout cancels without asking. */
async function cancelSale({ ask = true } = {}) {
  if (!ui.sale || ui.sale.isFinal) return;
  const sale = ui.sale;
  if (ask && sale.url) {
    const sure = await confirmAction({
      title: TEXT.cancelTitle, text: TEXT.cancelText(sale.amountDisplay),
      yes: TEXT.cancelYes, no: TEXT.cancelNo, confirmKey: "F8", tag: "cancel-sale",
    });
    if (!sure || ui.sale?.id !== sale.id || ui.sale.isFinal) return;
  }
  const cancelled = await attempt(() => api.saleCancel(sale.id));
  if (cancelled && ui.sale?.id === cancelled.id) showSale(cancelled);
}

async function openAgain() {
  if (!ui.sale?.url) return;
  await attempt(() => api.saleOpen(ui.sale.id));
}

async function retrySale() {
  if (!ui.sale) return;
  const sale = await attempt(() => api.saleRetry(ui.sale.id));
  if (sale) showSale(sale);
}

/** Leaves a finished sale. `keepCart`: back to the cart with its items (a sale that was not
 * paid); otherwise a new sale with an empty cart. A test-card run leaves the cart as it was. */
async function newSale({ keepCart = false } = {}) {
  if (ui.sale && !ui.sale.isFinal) return;
  // A split whose card part did not pay is settled first (cash.js: retry, rest in cash, void).
  if (document.body.dataset.splitUnsettled === "true") return;
  clearInterval(ui.countdownTimer);
  const clearCart = ui.fromCart && !keepCart;
  ui.sale = null;
  ui.fromCart = false;
  document.body.dataset.saleOpen = "false";
  hideToast();
  $("checkout-panel").hidden = true;
  $("cart-panel").hidden = false;
  // Before the cart's answer: a scan that started the new sale is typing into the field already.
  clearSearch();
  $("search").focus();
  if (clearCart) {
    $("customer-email").value = "";
    await attempt(async () => renderCart(await api.cartClear()));
  } else {
    await attempt(async () => renderCart(await api.cartGet()));
  }
}

// ---------- recent sales ----------

async function refreshRecent() {
  const sales = await attempt(() => api.salesRecent(6));
  if (!sales) return;
  const list = $("recent-list");
  list.replaceChildren();
  if (sales.length === 0) {
    list.append(el("li", { class: "recent-empty" }, TEXT.noRecent));
  }
  for (const sale of sales) {
    const time = formatTime(sale.createdAt, { hour: "2-digit", minute: "2-digit" });
    // A button, so the keyboard reaches it: a waiting sale opens its payment again; a finished
    // one says what became of it.
    list.append(el("li", {}, el("button", {
      class: `recent-item state-${sale.state}`, type: "button", title: `${sale.id}\n${sale.statusText}`,
      "aria-label": TEXT.recentLabel(time, sale.amountDisplay, sale.statusText),
      onclick: () => {
        if (!sale.isFinal && !ui.sale) { ui.fromCart = false; showSale(sale); }
        else toast(TEXT.recentAbout(sale.id, time, sale.amountDisplay, sale.statusText), "info");
      },
    },
    el("span", { class: "recent-time" }, time),
    el("span", { class: "recent-amount" }, sale.amountDisplay),
    el("span", { class: "recent-state" }, sale.statusShort))));
  }
  fitRecent();
}

/** Shows only the chips that fit on the strip's one line, never a chip cut in half. */
function fitRecent() {
  const items = [...$("recent-list").children];
  for (const item of items) item.hidden = false;
  const top = items[0]?.offsetTop;
  for (const item of items) item.hidden = item.offsetTop !== top;
}
// Again whenever the strip's width changes (the window resized, the register shown again).
let recentWidth = 0;
new ResizeObserver(([entry]) => {
  const width = Math.round(entry.contentRect.width);
  if (width === recentWidth || width === 0) return;
  recentWidth = width;
  fitRecent();
}).observe($("recent-list"));

// ---------- wiring ----------

$("status-refresh").addEventListener("click", refreshStatus);
$("catalog-sync").addEventListener("click", async () => {
  const count = await attempt(() => api.catalogSync());
  if (count !== undefined) {
    toast(TEXT.synced(count), "info");
    refreshCatalog();
  }
});
$("search").addEventListener("input", (event) => {
  ui.query = event.target.value;
  ui.scanDone = false;
  searchMessage(null);
  refreshCatalog();
});
$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  submitSearch();
});
$("cart-clear").addEventListener("click", () => { if (!saleInTheWay()) attempt(async () => renderCart(await api.cartClear())); });
$("charge").addEventListener("click", charge);
on(TIP_CHOSEN, () => { ui.tipAsked = true; charge(); });
$("checkout-open").addEventListener("click", openAgain);
$("checkout-cancel").addEventListener("click", cancelSale);
$("checkout-retry").addEventListener("click", retrySale);
$("checkout-new").addEventListener("click", () => newSale());
$("checkout-back").addEventListener("click", () => newSale({ keepCart: true }));

// The register's shortcuts act only while the register is on screen and no dialog is open.
document.addEventListener("keydown", (event) => {
  if ($("register").hidden || openDialog()) return;
  const inField = ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement?.tagName);
  const finished = ui.sale?.isFinal;
  switch (event.key) {
    case "F9": event.preventDefault(); charge(); return;
    // Cash and the drawer: cash.js's buttons (main.js replays a press made before it loaded).
    case "F6": event.preventDefault(); if (!ui.sale) $("pay-cash").click(); return;
    case "F10": event.preventDefault(); $("drawer-button").click(); return;
    case "F7": event.preventDefault(); openAgain(); return;
    case "F8": event.preventDefault(); cancelSale(); return;
    case "F4":
      event.preventDefault();
      // After a sale: a new one, with an empty cart. During one: nothing (the payment is open).
      if (finished) newSale();
      else if (!ui.sale) attempt(async () => renderCart(await api.cartClear()));
      return;
    case "Escape":
      if (finished && !$("checkout-back").hidden) { event.preventDefault(); newSale({ keepCart: true }); return; }
      if (document.activeElement?.id === "search") clearSearch();
      return;
    case "Enter":
      if (finished && document.activeElement?.id !== "checkout-back" && (!inField || document.activeElement?.id === "search")) {
        event.preventDefault();
        newSale();
      }
      return;
    default:
  }
  if (event.key === "/" && !inField) {
    event.preventDefault();
    $("search").focus();
    return;
  }
  // A barcode scanner types anywhere on the register: send printable keys to the search box.
  // After a code that was not found, the next one starts from an empty field.
  // Space on a focused control presses it, as everywhere.
  const onControl = document.activeElement && document.activeElement !== document.body;
  if (event.key === " " && onControl) return;
  const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
  // A scan after a paid sale is the next customer's: it starts the new sale.
  if (printable && finished && !inField && (ui.sale.state === "paid" || !ui.fromCart)) newSale();
  if (!inField && !ui.sale && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const search = $("search");
    search.focus();
    search.value = ui.scanDone ? event.key : search.value + event.key;
    ui.scanDone = false;
    searchMessage(null);
    ui.query = search.value;
    event.preventDefault();
    refreshCatalog();
  }
});

// Other views hand a sale to the checkout panel, or a message to the toast.
// A sale handed over this way (a test-card run) was not charged from the register's cart.
on(PRESENT_SALE, (sale) => {
  if (ui.sale && !ui.sale.isFinal && ui.sale.id !== sale.id) return toastText("payFirst");
  clearInterval(ui.countdownTimer);
  ui.sale = null;
  ui.fromCart = false;
  showSale(sale);
});
// A split sale from cash.js (started, its card retried, or voided): charged from the cart.
on(SPLIT_SHOWN, (view) => {
  if (ui.sale?.id !== view.sale.id) clearInterval(ui.countdownTimer);
  ui.fromCart = true;
  showSale(view.sale);
});
// A cash sale, completed in cash.js: paid from the register's cart, with its change.
on(CASH_PAID, (sold) => {
  clearInterval(ui.countdownTimer);
  ui.cash = { saleId: sold.sale.id, change: sold.change.display };
  ui.sale = null;
  ui.fromCart = true;
  showSale(sold.sale);
});
// A cart parked (the register empties) or resumed (it comes back), from parked.js.
on(CART_REPLACED, (cart) => renderCart(cart));
on(TOAST, ({ message, kind }) => toast(message, kind));
// Someone signed in at the lock screen: what was refused while it was locked is asked again.
on(SIGNED_IN, () => {
  refreshStatus();
  refreshCatalog();
  attempt(async () => renderCart(await api.cartGet()));
  refreshRecent();
});

api.onSaleUpdated((sale) => {
  if (ui.sale && ui.sale.id === sale.id) showSale(sale);
  refreshRecent();
});
api.onCatalogUpdated(() => refreshCatalog());
// A new key or new settings restarted Till: its mode, catalog, cart and sales are new.
api.onRestarted(async () => {
  clearInterval(ui.countdownTimer);
  ui.sale = null;
  ui.fromCart = false;
  document.body.dataset.saleOpen = "false";
  ui.category = null;
  ui.categoryChosen = false;
  $("checkout-panel").hidden = true;
  $("cart-panel").hidden = false;
  await refreshStatus();
  refreshCatalog();
  attempt(async () => renderCart(await api.cartGet()));
  refreshRecent();
});

// The product grid first: it is what staff wait for. The other views follow it (also when
// there are no products yet, or the catalog could not be read).
// The language comes with the status, so the status first (the register's quick questions are
// answered in order anyway: api.js).
// The catalog is asked for at once, beside the status, and drawn once the words are there.
const catalogAsked = attempt(() => api.catalogView(ui.query, askedCategory()));
await refreshStatus();
// A till with staff asks who is there before anything else (in the window's language).
lock.start();
refreshCatalog(catalogAsked).finally(() => requestAnimationFrame(() => requestAnimationFrame(loadOtherViews)));
attempt(async () => renderCart(await api.cartGet()));
refreshRecent();
