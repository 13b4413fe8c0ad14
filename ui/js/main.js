// The register screen: renders what the core returns and sends the staff's actions back.
// Every amount arrives formatted from Rust; this file does no money arithmetic.
import * as api from "./api.js";
import { $, el } from "./dom.js";

/** When this module started running (its imports loaded), for the start-up timeline. */
const modulesLoadedAt = performance.now();
let catalogAt = 0;

// The other views (Settings, Test cards, History, Members with the register's member lookup)
// load once the first tiles are painted, so the register never waits for them. A tab (or the
// key banner's Settings button) pressed before then acts once they have loaded, with the
// owner-PIN guard (history.js, for History and Members) in place.
const OTHER_VIEWS = ["./settings.js", "./testcards.js", "./history.js", "./members.js"];
let otherViews = null;
let otherViewsLoaded = false;
function loadOtherViews() {
  otherViews ??= Promise.all(OTHER_VIEWS.map((module) => import(module)))
    .catch(showError)
    .finally(() => { otherViewsLoaded = true; });
  return otherViews;
}
document.addEventListener("click", (event) => {
  const target = !otherViewsLoaded && event.target.closest?.(".view-tab, #key-banner-settings");
  if (!target) return;
  event.stopImmediatePropagation();
  loadOtherViews().then(() => target.click());
}, true);

const MODE_LABELS = { training: "TRAINING", test: "TEST", live: "LIVE" };
/** How long a sale stays on screen before Till cancels it (the session lives 31 min at Stripe). */
let onScreenTimeoutMs = 15 * 60 * 1000;


const ui = {
  category: null,
  query: "",
  cart: null,
  sale: null,
  shownAt: 0,
  countdownTimer: null,
  autoCancelling: false,
};

// ---------- helpers ----------


let toastTimer = null;
function toast(message, kind = "error") {
  const box = $("toast");
  box.textContent = message;
  box.className = `toast toast-${kind}`;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, kind === "error" ? 6000 : 2500);
}

function showError(error) {
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

function showStatus(status) {
  const badge = $("mode-badge");
  badge.textContent = MODE_LABELS[status.mode] ?? status.mode.toUpperCase();
  badge.className = `badge badge-${status.mode}`;
  $("training-banner").hidden = status.mode !== "training";
  // The keyring's key could not be used: say why and how to fix it (Till runs in training mode).
  $("key-banner").hidden = !status.keyProblem;
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
  text.textContent = `Till ${status.version} · ${status.mode} mode · ready`;
}

// Answers can arrive out of order (one asked before a restart, one after): only the answer to
// the latest question is shown.
let statusAsked = 0;

async function refreshStatus() {
  const asked = ++statusAsked;
  try {
    const status = await api.appStatus();
    if (asked === statusAsked) showStatus(status);
  } catch (error) {
    if (asked !== statusAsked) return;
    const text = $("status-text");
    text.textContent = error && error.message ? error.message : String(error);
    text.classList.add("status-error");
  }
}

// ---------- catalog ----------

let reportedReady = false;

async function refreshCatalog() {
  const view = await attempt(() => api.catalogView(ui.query, ui.category));
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
      loadOtherViews().then(() => document.dispatchEvent(new CustomEvent("till:register-ready")));
    }));
  }
}

function renderCatalog(view) {
  renderCategories(view.categories);
  const grid = $("product-grid");
  grid.replaceChildren();
  if (view.items.length === 0) {
    grid.append(el("p", { class: "empty", id: "products-empty" },
      ui.query ? `No product matches “${ui.query}”.` : "No products yet. Press “Sync catalog” to load them from Stripe."));
    return;
  }
  for (const item of view.items) {
    grid.append(el("button", {
      class: "product-tile", type: "button", dataset: { priceId: item.priceId },
      title: [item.sku, item.barcode].filter(Boolean).join(" · "),
      onclick: () => addToCart(item.priceId),
    }, el("span", { class: "product-name" }, item.name), el("span", { class: "product-price" }, item.priceLabel)));
  }
}

function renderCategories(categories) {
  const tabs = $("categories");
  tabs.replaceChildren();
  if (categories.length === 0) return;
  const tab = (label, value) => el("button", {
    class: "category-tab", type: "button", role: "tab",
    "aria-selected": String(ui.category === value),
    onclick: () => { ui.category = value; refreshCatalog(); },
  }, label);
  tabs.append(tab("All", null));
  for (const category of categories) tabs.append(tab(category, category));
}

// ---------- cart ----------

function renderCart(cart) {
  ui.cart = cart;
  const list = $("cart-lines");
  list.replaceChildren();
  for (const line of cart.lines) {
    list.append(el("li", { class: "cart-line", dataset: { priceId: line.priceId } },
      el("div", { class: "line-main" },
        el("span", { class: "line-name" }, line.name),
        el("span", { class: "line-unit" }, line.recurring ? line.unitDisplay : `${line.unitDisplay} each`)),
      el("div", { class: "qty" },
        el("button", { class: "qty-button", type: "button", "aria-label": `One less ${line.name}`,
          onclick: () => changeQuantity(line, line.quantity - 1) }, "−"),
        el("span", { class: "qty-value" }, String(line.quantity)),
        el("button", { class: "qty-button", type: "button", "aria-label": `One more ${line.name}`,
          onclick: () => changeQuantity(line, line.quantity + 1) }, "+")),
      el("span", { class: "line-subtotal" }, line.subtotalDisplay),
      el("button", { class: "remove-button", type: "button", "aria-label": `Remove ${line.name}`,
        onclick: () => attempt(async () => renderCart(await api.cartRemove(line.priceId))) }, "×")));
  }
  $("cart-empty").hidden = cart.lines.length > 0;
  $("cart-total").textContent = cart.lines.length ? cart.totalDisplay : "—";
  const charge = $("charge");
  charge.disabled = Boolean(cart.chargeBlocked);
  charge.textContent = cart.lines.length ? `Charge ${cart.totalDisplay}` : "Charge";
  const hint = $("cart-hint");
  hint.hidden = !(cart.lines.length && cart.chargeBlocked);
  hint.textContent = cart.chargeBlocked ?? "";
  // members.js marks the email field required for a membership.
  document.dispatchEvent(new CustomEvent("till:cart", { detail: cart }));
}

async function addToCart(priceId) {
  if (ui.sale) return toast("Finish or cancel the current payment first.");
  await attempt(async () => renderCart(await api.cartAdd(priceId)));
}

async function changeQuantity(line, quantity) {
  if (quantity < 1) {
    return attempt(async () => renderCart(await api.cartRemove(line.priceId)));
  }
  await attempt(async () => renderCart(await api.cartSetQuantity(line.priceId, quantity)));
}

async function submitSearch() {
  const code = $("search").value.trim();
  if (!code) return;
  if (ui.sale) return toast("Finish or cancel the current payment first.");
  try {
    renderCart(await api.cartScan(code));
    $("search").value = "";
    ui.query = "";
    refreshCatalog();
  } catch (error) {
    // Not a barcode or SKU: if the search shows exactly one product, add it.
    const tiles = document.querySelectorAll("#product-grid .product-tile");
    if (error.code === "unknown_code" && tiles.length === 1) {
      await addToCart(tiles[0].dataset.priceId);
      $("search").value = "";
      ui.query = "";
      refreshCatalog();
    } else {
      showError(error);
    }
  }
}

// ---------- checkout ----------

async function charge() {
  const button = $("charge");
  if (button.disabled || ui.sale) return;
  const email = $("customer-email").value.trim() || null;
  // A membership needs the customer's email (the core refuses too): say so by the field.
  const emailProblem = (message) => document.dispatchEvent(new CustomEvent("till:email-problem", { detail: { message } }));
  if (ui.cart?.membership && !email) return emailProblem(null);
  button.disabled = true;
  try {
    showSale(await api.saleCharge(email));
  } catch (error) {
    if (error?.code === "email_required") emailProblem(error.message);
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
  $("checkout-sale-id").textContent = sale.id;
  document.dispatchEvent(new CustomEvent("till:sale-shown", { detail: sale }));
  const status = $("checkout-status");
  status.textContent = sale.statusText;
  status.className = `checkout-status state-${sale.state}${sale.statusText.startsWith("Declined") ? " declined" : ""}`;
  const waiting = !sale.isFinal;
  $("checkout-open").hidden = !(waiting && sale.url);
  $("checkout-cancel").hidden = !waiting || sale.state === "processing";
  $("checkout-retry").hidden = sale.state !== "creating";
  $("checkout-new").hidden = waiting;
  $("checkout-note").hidden = !waiting || !sale.url;
  $("checkout-phone").hidden = !waiting || !sale.url || !$("checkout-phone").dataset.note;
  const qr = $("checkout-qr");
  if (waiting && sale.url) {
    if (fresh || !qr.firstChild) {
      api.saleQr(sale.id).then((svg) => {
        const image = el("img", { alt: "QR code of the payment page", src: `data:image/svg+xml;base64,${btoa(svg)}` });
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
    refreshRecent();
    if (sale.state === "paid") $("checkout-new").focus();
  }
}

function tickCountdown() {
  const left = onScreenTimeoutMs - (Date.now() - ui.shownAt);
  if (left <= 0) {
    $("checkout-countdown").textContent = "Time is up: cancelling the sale…";
    if (!ui.autoCancelling) {
      ui.autoCancelling = true;
      cancelSale().finally(() => { ui.autoCancelling = false; });
    }
    return;
  }
  const minutes = Math.floor(left / 60000);
  const seconds = Math.floor((left % 60000) / 1000);
  $("checkout-countdown").textContent = `Cancels automatically in ${minutes}:${String(seconds).padStart(2, "0")}`;
}

async function cancelSale() {
  if (!ui.sale || ui.sale.isFinal) return;
  const sale = await attempt(() => api.saleCancel(ui.sale.id));
  if (sale) showSale(sale);
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

async function newSale() {
  if (ui.sale && !ui.sale.isFinal) return;
  clearInterval(ui.countdownTimer);
  const keepCart = ui.sale && ui.sale.state !== "paid";
  ui.sale = null;
  $("checkout-panel").hidden = true;
  $("cart-panel").hidden = false;
  if (!keepCart) {
    $("customer-email").value = "";
    await attempt(async () => renderCart(await api.cartClear()));
  } else {
    await attempt(async () => renderCart(await api.cartGet()));
  }
  $("search").focus();
}

// ---------- recent sales ----------

async function refreshRecent() {
  const sales = await attempt(() => api.salesRecent(6));
  if (!sales) return;
  const list = $("recent-list");
  list.replaceChildren();
  if (sales.length === 0) {
    list.append(el("li", { class: "recent-empty" }, "No sales yet."));
  }
  for (const sale of sales) {
    const time = new Date(sale.createdAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    list.append(el("li", { class: `recent-item state-${sale.state}`, title: `${sale.id}\n${sale.statusText}`,
      onclick: () => { if (!ui.sale && !sale.isFinal) showSale(sale); } },
      el("span", { class: "recent-time" }, time),
      el("span", { class: "recent-amount" }, sale.amountDisplay),
      el("span", { class: "recent-state" }, sale.statusText.split(".")[0])));
  }
}

// ---------- wiring ----------

$("status-refresh").addEventListener("click", refreshStatus);
$("catalog-sync").addEventListener("click", async () => {
  const count = await attempt(() => api.catalogSync());
  if (count !== undefined) {
    toast(`Catalog synced: ${count} prices.`, "info");
    refreshCatalog();
  }
});
$("search").addEventListener("input", (event) => {
  ui.query = event.target.value;
  refreshCatalog();
});
$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  submitSearch();
});
$("cart-clear").addEventListener("click", () => attempt(async () => renderCart(await api.cartClear())));
$("charge").addEventListener("click", charge);
$("checkout-open").addEventListener("click", openAgain);
$("checkout-cancel").addEventListener("click", cancelSale);
$("checkout-retry").addEventListener("click", retrySale);
$("checkout-new").addEventListener("click", newSale);

document.addEventListener("keydown", (event) => {
  const inField = ["INPUT", "TEXTAREA"].includes(document.activeElement?.tagName);
  switch (event.key) {
    case "F9": event.preventDefault(); charge(); return;
    case "F7": event.preventDefault(); openAgain(); return;
    case "F8": event.preventDefault(); cancelSale(); return;
    case "F4": event.preventDefault(); if (!ui.sale) attempt(async () => renderCart(await api.cartClear())); return;
    case "Escape":
      if (document.activeElement?.id === "search") { $("search").value = ""; ui.query = ""; refreshCatalog(); }
      return;
    case "Enter":
      if (ui.sale?.isFinal && !inField) { event.preventDefault(); newSale(); }
      return;
    default:
  }
  if (event.key === "/" && !inField) {
    event.preventDefault();
    $("search").focus();
    return;
  }
  // A barcode scanner types anywhere on the register: send printable keys to the search box.
  if (!inField && !ui.sale && !$("register").hidden && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const search = $("search");
    search.focus();
    search.value += event.key;
    ui.query = search.value;
    event.preventDefault();
    refreshCatalog();
  }
});

// Other views hand a sale to the checkout panel, or a message to the toast.
document.addEventListener("till:present-sale", (event) => showSale(event.detail));
document.addEventListener("till:toast", (event) => toast(event.detail.message, event.detail.kind));

api.onSaleUpdated((sale) => {
  if (ui.sale && ui.sale.id === sale.id) showSale(sale);
  refreshRecent();
});
api.onCatalogUpdated(() => refreshCatalog());
// A new key or new settings restarted Till: its mode, catalog, cart and sales are new.
api.onRestarted(async () => {
  clearInterval(ui.countdownTimer);
  ui.sale = null;
  ui.category = null;
  $("checkout-panel").hidden = true;
  $("cart-panel").hidden = false;
  await refreshStatus();
  refreshCatalog();
  attempt(async () => renderCart(await api.cartGet()));
  refreshRecent();
});

// The product grid first: it is what staff wait for. The other views follow it (also when
// there are no products yet, or the catalog could not be read).
refreshCatalog().finally(() => requestAnimationFrame(() => requestAnimationFrame(loadOtherViews)));
refreshStatus();
attempt(async () => renderCart(await api.cartGet()));
refreshRecent();
