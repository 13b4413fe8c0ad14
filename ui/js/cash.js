// Cash at the counter and the drawer. Cash (F6): what is due after the cash rounding, the
// amount tendered (typed, or a quick button), the change due as it is typed, Complete; the
// paid sale then shows on the register's checkout panel with its change. The drawer (F10):
// open with a float (counted by coin and note, or one total), paid in / paid out (the
// owner's) / no sale, the X report, and the close with the counted cash, which shows the Z
// report. Every amount arrives made in Rust (this file does no money arithmetic) and no
// Stripe call stands behind any of it: cash works with the network down.
import * as api from "./api.js";
import { $, el, showDialog, hideDialog } from "./dom.js";
import { emit, on, CART, CASH_PAID, LANGUAGE, TOAST } from "./events.js";
import { t, formatTime } from "./i18n.js";

/** Every sentence this view shows: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  rounding: (rounding, total) => t("cash-rounding", { rounding, total }),
  get drawerClosed() { return t("drawer-state-closed"); },
  drawerOpen: (since, float, expected) => t("drawer-state-open", { since, float, expected }),
  get countFloat() { return t("drawer-count-float"); },
  get countClose() { return t("drawer-count-close"); },
  get openButton() { return t("drawer-open-button"); },
  get closeButton() { return t("drawer-close-button"); },
  get xTitle() { return t("drawer-x-title"); },
  zTitle: (number) => t("drawer-z-title", { number }),
  row: (key) => t("drawer-row", { key }),
  count: (denomination) => t("drawer-count-of", { denomination }),
  get recorded() { return t("drawer-recorded"); },
  get ownerNeeded() { return t("drawer-owner-needed"); },
};

const state = { cart: null, due: null, status: null, closing: false, quoteAsked: 0 };

// ---------- cash ----------

on(CART, (cart) => {
  state.cart = cart;
  $("pay-cash").disabled = !cart.lines.length || Boolean(cart.cashBlocked);
});

function cashError(message) {
  const error = $("cash-error");
  error.textContent = message ?? "";
  error.hidden = !message;
}

async function openCash() {
  const button = $("pay-cash");
  if (button.disabled || $("cart-panel").hidden) return;
  let due;
  try {
    due = await api.cashDue();
  } catch (failure) {
    return emit(TOAST, { message: failure.message ?? String(failure), kind: "error" });
  }
  state.due = due;
  $("cash-due").textContent = due.due.display;
  const rounding = $("cash-rounding");
  rounding.hidden = !due.rounding;
  rounding.textContent = due.rounding ? TEXT.rounding(due.rounding.display, due.total.display) : "";
  $("cash-drawer-closed").hidden = due.drawerOpen;
  const quick = $("cash-quick");
  quick.replaceChildren(...due.quick.map((amount) => el("button", {
    type: "button", class: "secondary quick-amount", translate: "no",
    onclick: () => { $("cash-tendered").value = amount.typed; quote(); $("cash-tendered").focus(); },
  }, amount.display)));
  $("cash-tendered").value = "";
  $("cash-change").textContent = "—";
  cashError(null);
  showDialog($("cash-dialog"), $("cash-tendered"));
}

/** The change for what is typed, asked of the core as staff type (the newest answer wins). */
async function quote() {
  const typed = $("cash-tendered").value.trim();
  const asked = ++state.quoteAsked;
  if (!typed) {
    $("cash-change").textContent = "—";
    return cashError(null);
  }
  try {
    const answer = await api.cashQuote(typed);
    if (asked !== state.quoteAsked) return;
    $("cash-change").textContent = answer.change.display;
    cashError(null);
  } catch (failure) {
    if (asked !== state.quoteAsked) return;
    $("cash-change").textContent = "—";
    cashError(failure.message ?? String(failure));
  }
}

async function complete(event) {
  event.preventDefault();
  const button = $("cash-complete");
  if (button.disabled) return;
  const typed = $("cash-tendered").value.trim() || state.due?.due.typed || "";
  button.disabled = true;
  try {
    const email = $("customer-email").value.trim() || null;
    const sold = await api.salePayCash(typed, email);
    hideDialog($("cash-dialog"));
    emit(CASH_PAID, sold);
  } catch (failure) {
    cashError(failure.message ?? String(failure));
    if (failure?.code === "drawer_closed") $("cash-drawer-closed").hidden = false;
    $("cash-tendered").select();
  } finally {
    button.disabled = false;
  }
}

function closeCash() {
  hideDialog($("cash-dialog"), $("pay-cash"));
}

// ---------- the drawer ----------

function drawerError(message) {
  const error = $("drawer-error");
  error.textContent = message ?? "";
  error.hidden = !message;
}

/** Runs a drawer action; its failure is said in the dialog. */
async function act(action) {
  drawerError(null);
  try {
    return await action();
  } catch (failure) {
    drawerError(failure?.code === "owner_locked" ? TEXT.ownerNeeded : failure.message ?? String(failure));
    return undefined;
  }
}

function renderCountGrid(status) {
  const grid = $("drawer-count-grid");
  grid.replaceChildren(...status.denominations.map((denomination) => el("label", { class: "count-cell" },
    el("span", { translate: "no" }, denomination.display),
    el("input", {
      class: "text-input count-input", type: "number", min: "0", step: "1", inputmode: "numeric",
      "aria-label": TEXT.count(denomination.display), dataset: { value: String(denomination.amount) },
    }))));
  grid.hidden = status.denominations.length === 0;
  $("drawer-count-total").value = "";
}

function renderDrawer(status) {
  state.status = status;
  $("drawer-state").textContent = status.open
    ? TEXT.drawerOpen(formatTime(status.openedAt), status.float.display, status.expected.display)
    : TEXT.drawerClosed;
  const counting = !status.open || state.closing;
  $("drawer-count-form").hidden = !counting;
  $("drawer-actions").hidden = !status.open || state.closing;
  $("drawer-count-title").textContent = status.open ? TEXT.countClose : TEXT.countFloat;
  $("drawer-count-submit").textContent = status.open ? TEXT.closeButton : TEXT.openButton;
  $("drawer-count-submit").classList.toggle("danger-fill", status.open);
  if (counting) renderCountGrid(status);
}

function renderReport(report) {
  $("drawer-report").hidden = false;
  $("drawer-report-title").textContent = report.kind === "z" ? TEXT.zTitle(report.number) : TEXT.xTitle;
  $("drawer-report-rows").replaceChildren(...report.rows.map((row) => el("tr", { dataset: { key: row.key } },
    el("th", { scope: "row" }, TEXT.row(row.key)),
    el("td", { class: "count" }, row.count === null || row.count === undefined ? "" : String(row.count)),
    el("td", { class: "amount", translate: "no" }, row.amount?.display ?? ""))));
}

function countInput() {
  const pieces = [...document.querySelectorAll("#drawer-count-grid input")]
    .map((input) => [Number(input.dataset.value), Number(input.value || 0)])
    .filter(([, count]) => count !== 0);
  return { pieces, total: $("drawer-count-total").value.trim() };
}

async function openDrawerDialog() {
  state.closing = false;
  $("drawer-report").hidden = true;
  drawerError(null);
  const status = await act(() => api.drawerStatus());
  if (!status) {
    showDialog($("drawer-dialog"));
    return;
  }
  renderDrawer(status);
  showDialog($("drawer-dialog"), status.open ? $("drawer-move-amount") : document.querySelector("#drawer-count-grid input") ?? $("drawer-count-total"));
}

async function submitCount(event) {
  event.preventDefault();
  const input = countInput();
  if (state.status?.open) {
    const report = await act(() => api.drawerClose(input));
    if (!report) return;
    state.closing = false;
    renderReport(report);
    const status = await act(() => api.drawerStatus());
    if (status) renderDrawer(status);
    $("drawer-close-dialog").focus();
  } else {
    const status = await act(() => api.drawerOpen(input));
    if (!status) return;
    renderDrawer(status);
    emit(TOAST, { message: TEXT.recorded, kind: "info" });
    $("drawer-move-amount").focus();
  }
}

async function move(kind) {
  const amount = $("drawer-move-amount").value.trim();
  const reason = $("drawer-move-reason").value.trim();
  const call = kind === "in" ? api.drawerPaidIn : api.drawerPaidOut;
  const status = await act(() => call(amount, reason));
  if (!status) return;
  $("drawer-move-amount").value = "";
  $("drawer-move-reason").value = "";
  renderDrawer(status);
  emit(TOAST, { message: TEXT.recorded, kind: "info" });
}

$("pay-cash").addEventListener("click", openCash);
$("cash-form").addEventListener("submit", complete);
$("cash-tendered").addEventListener("input", quote);
$("cash-cancel").addEventListener("click", closeCash);
$("cash-open-drawer").addEventListener("click", () => { closeCash(); openDrawerDialog(); });
$("cash-dialog").addEventListener("keydown", (event) => {
  if (event.key === "Escape") { event.preventDefault(); closeCash(); }
});
$("drawer-button").addEventListener("click", openDrawerDialog);
$("drawer-close-dialog").addEventListener("click", () => hideDialog($("drawer-dialog")));
$("drawer-dialog").addEventListener("keydown", (event) => {
  if (event.key === "Escape") { event.preventDefault(); hideDialog($("drawer-dialog")); }
});
$("drawer-count-form").addEventListener("submit", submitCount);
$("drawer-paid-in").addEventListener("click", () => move("in"));
$("drawer-paid-out").addEventListener("click", () => move("out"));
$("drawer-no-sale").addEventListener("click", async () => {
  const status = await act(() => api.drawerNoSale());
  if (status) { renderDrawer(status); emit(TOAST, { message: TEXT.recorded, kind: "info" }); }
});
$("drawer-x").addEventListener("click", async () => {
  const report = await act(() => api.drawerX());
  if (report) renderReport(report);
});
$("drawer-start-close").addEventListener("click", () => {
  state.closing = true;
  $("drawer-report").hidden = true;
  renderDrawer(state.status);
  (document.querySelector("#drawer-count-grid input") ?? $("drawer-count-total")).focus();
});
on(LANGUAGE, () => {
  if (!$("drawer-dialog").hidden && state.status) renderDrawer(state.status);
});
// The cart may have been drawn before this module arrived.
api.cartGet().then((cart) => { state.cart = cart; $("pay-cash").disabled = !cart.lines.length || Boolean(cart.cashBlocked); }).catch(() => {});
