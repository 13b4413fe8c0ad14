// Cash at the counter and the drawer. Cash (F6): what is due after the cash rounding, the
// amount tendered (typed, or a quick button), the change due as it is typed, Complete; the
// paid sale then shows on the register's checkout panel with its change. The drawer (F10):
// open with a float (counted by coin and note, or one total), paid in / paid out (the
// owner's) / no sale, the X report, and the close with the counted cash, which shows the Z
// report. Every amount arrives made in Rust (this file does no money arithmetic) and no
// Stripe call stands behind any of it: cash works with the network down.
import * as api from "./api.js";
import { $, el, showDialog, hideDialog, confirmAction } from "./dom.js";
import { emit, on, CART, CASH_PAID, DRAWER_KICK, LANGUAGE, OWNER_NEEDED, OWNER_SIGNED_IN, SALE_SHOWN, SPLIT_SHOWN, TOAST } from "./events.js";
import { t, formatDate, formatTime } from "./i18n.js";

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
  roundingHint: (usual) => usual ? t("drawer-rounding-hint-usual", { usual }) : t("drawer-rounding-hint"),
  roundingNow: (step) => step ? t("drawer-rounding-current", { step }) : t("drawer-rounding-off"),
  get roundingNone() { return t("drawer-rounding-none"); },
  zLine: (number, closed, counted, variance) => t("drawer-z-line", { number, closed, counted, variance }),
  get zNone() { return t("drawer-z-none"); },
  get cashTitle() { return t("cash-title"); },
  get balanceTitle() { return t("cash-balance-title"); },
  splitLine: (card) => t("cash-split-line", { card }),
  splitParts: (cash, card) => t("split-line", { cash, card }),
  splitUnpaid: (cash, card) => t("split-unpaid", { cash, card }),
  splitVoid: (cash) => t("split-void", { cash }),
  get splitVoidTitle() { return t("split-void-title"); },
  splitVoidText: (cash) => t("split-void-text", { cash }),
  get splitVoidYes() { return t("split-void-yes"); },
  get splitVoidNo() { return t("split-void-no"); },
  splitVoided: (cash) => t("split-voided", { cash }),
  get splitRetried() { return t("split-retried"); },
};

// `balance`: the cash dialog takes a split sale's card balance ({ saleId, card }), not the cart.
const state = { cart: null, due: null, status: null, closing: false, quoteAsked: 0, balance: null, lastQuote: null, splits: new Map() };

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
  state.balance = null;
  state.due = due;
  $("cash-title").textContent = TEXT.cashTitle;
  $("cash-split").hidden = false;
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
  resetTyped();
  showDialog($("cash-dialog"), $("cash-tendered"));
}

function resetTyped() {
  $("cash-tendered").value = "";
  $("cash-change").textContent = "—";
  $("cash-split-line").hidden = true;
  $("cash-split").disabled = true;
  state.lastQuote = null;
  cashError(null);
}

/** The cash dialog for a split sale's card balance (its card part did not pay). */
function openBalance(view) {
  state.balance = { saleId: view.sale.id, card: view.card };
  state.due = null;
  $("cash-title").textContent = TEXT.balanceTitle;
  $("cash-due").textContent = view.card.display;
  $("cash-rounding").hidden = true;
  $("cash-drawer-closed").hidden = true;
  $("cash-split").hidden = true;
  $("cash-quick").replaceChildren(el("button", {
    type: "button", class: "secondary quick-amount", translate: "no",
    onclick: () => { $("cash-tendered").value = view.card.typed; quote(); $("cash-tendered").focus(); },
  }, view.card.display));
  resetTyped();
  showDialog($("cash-dialog"), $("cash-tendered"));
}

/** The change for what is typed, asked of the core as staff type (the newest answer wins). */
async function quote() {
  const typed = $("cash-tendered").value.trim();
  const asked = ++state.quoteAsked;
  $("cash-split-line").hidden = true;
  $("cash-split").disabled = true;
  state.lastQuote = null;
  if (!typed) {
    $("cash-change").textContent = "—";
    return cashError(null);
  }
  try {
    const answer = state.balance ? await api.splitBalanceQuote(state.balance.saleId, typed) : await api.cashQuote(typed);
    if (asked !== state.quoteAsked) return;
    state.lastQuote = answer;
    $("cash-change").textContent = answer.change.display;
    cashError(null);
  } catch (failure) {
    if (asked !== state.quoteAsked) return;
    $("cash-change").textContent = "—";
    // Less than the total: the rest can go on a card (a split), if Stripe can charge it.
    if (failure?.code === "tender_short" && !state.balance) {
      try {
        const split = await api.splitQuote([typed]);
        if (asked !== state.quoteAsked) return;
        $("cash-split-line").textContent = TEXT.splitLine(split.card.display);
        $("cash-split-line").hidden = false;
        $("cash-split").disabled = false;
        return cashError(null);
      } catch (refused) {
        if (asked !== state.quoteAsked) return;
        return cashError(refused.message ?? String(refused));
      }
    }
    cashError(failure.message ?? String(failure));
  }
}

/** Split: what is typed in cash now, the rest by card (a payment page, as for Charge). */
async function split() {
  const button = $("cash-split");
  const typed = $("cash-tendered").value.trim();
  if (button.disabled || !typed) return;
  button.disabled = true;
  try {
    const email = $("customer-email").value.trim() || null;
    const view = await api.salePaySplit([typed], email);
    hideDialog($("cash-dialog"));
    emit(DRAWER_KICK, { reason: "cash_sale" });
    state.splits.set(view.sale.id, view);
    emit(SPLIT_SHOWN, view);
  } catch (failure) {
    cashError(failure.message ?? String(failure));
    if (failure?.code === "drawer_closed") $("cash-drawer-closed").hidden = false;
    button.disabled = false;
  }
}

async function complete(event) {
  event.preventDefault();
  const button = $("cash-complete");
  if (button.disabled) return;
  const typed = $("cash-tendered").value.trim() || state.due?.due.typed || "";
  button.disabled = true;
  try {
    if (state.balance) {
      const change = state.lastQuote?.change;
      const view = await api.splitBalanceCash(state.balance.saleId, typed);
      hideDialog($("cash-dialog"));
      emit(DRAWER_KICK, { reason: "cash_sale" });
      state.splits.set(view.sale.id, view);
      emit(CASH_PAID, { sale: view.sale, change: change ?? view.card });
      return;
    }
    const email = $("customer-email").value.trim() || null;
    const sold = await api.salePayCash(typed, email);
    hideDialog($("cash-dialog"));
    emit(DRAWER_KICK, { reason: "cash_sale" });
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
  $("drawer-rounding").value = status.roundingStep?.typed ?? "";
  $("drawer-rounding").placeholder = TEXT.roundingNone;
  $("drawer-rounding-hint").textContent = `${TEXT.roundingNow(status.roundingStep?.display)} ${TEXT.roundingHint(status.roundingUsual?.display)}`;
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
  $("drawer-z-reports").hidden = true;
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
  drawerError(null);
  let status;
  try {
    status = await call(amount, reason);
  } catch (failure) {
    if (failure?.code === "owner_locked") {
      // The owner's PIN first (history.js asks); the paid out follows once signed in.
      state.waiting = () => { $("drawer-move-amount").value = amount; $("drawer-move-reason").value = reason; move("out"); };
      hideDialog($("drawer-dialog"));
      emit(OWNER_NEEDED);
      return;
    }
    drawerError(failure.message ?? String(failure));
    return;
  }
  $("drawer-move-amount").value = "";
  $("drawer-move-reason").value = "";
  renderDrawer(status);
  emit(TOAST, { message: TEXT.recorded, kind: "info" });
}

// ---------- a split sale on the checkout panel ----------

/** Shows a split sale's parts, and, when its card part ended unpaid, what staff can do. */
function renderSplit(view) {
  $("checkout-split").hidden = false;
  $("checkout-split").textContent = view.ending === "void"
    ? TEXT.splitVoided(view.cash.display)
    : TEXT.splitParts(view.cash.display, view.card.display);
  const unsettled = view.actions.includes("void") && view.sale.isFinal;
  document.body.dataset.splitUnsettled = String(unsettled);
  $("split-actions").hidden = !unsettled;
  if (!unsettled) return;
  $("split-note").textContent = TEXT.splitUnpaid(view.cash.display, view.card.display);
  $("split-retry").hidden = !view.actions.includes("retry_card");
  $("split-balance").hidden = !view.actions.includes("balance_cash");
  $("split-void").textContent = TEXT.splitVoid(view.cash.display);
  (view.actions.includes("retry_card") ? $("split-retry") : $("split-balance")).focus();
}

on(SALE_SHOWN, async (sale) => {
  const known = state.splits.get(sale.id);
  if (!known) {
    $("checkout-split").hidden = true;
    $("split-actions").hidden = true;
    document.body.dataset.splitUnsettled = "false";
    return;
  }
  state.shownSplit = sale.id;
  // The actions depend on the card part's state now: ask the core once it has ended.
  const view = sale.isFinal ? await api.splitView(sale.id).catch(() => known) : { ...known, sale };
  if (state.shownSplit !== sale.id) return;
  state.splits.set(sale.id, view);
  renderSplit(view);
});

async function splitAction(action) {
  const view = state.splits.get(state.shownSplit);
  if (!view) return;
  try {
    if (action === "retry") {
      const next = await api.splitRetryCard(view.sale.id);
      state.splits.set(next.sale.id, next);
      emit(TOAST, { message: TEXT.splitRetried, kind: "info" });
      emit(SPLIT_SHOWN, next);
    } else if (action === "balance") {
      openBalance(view);
    } else {
      const sure = await confirmAction({
        title: TEXT.splitVoidTitle, text: TEXT.splitVoidText(view.cash.display),
        yes: TEXT.splitVoidYes, no: TEXT.splitVoidNo, returnTo: $("split-void"),
      });
      if (!sure) return;
      const voided = await api.splitVoid(view.sale.id);
      state.splits.set(voided.sale.id, voided);
      emit(SPLIT_SHOWN, voided);
    }
  } catch (failure) {
    emit(TOAST, { message: failure.message ?? String(failure), kind: "error" });
  }
}

$("split-retry").addEventListener("click", () => splitAction("retry"));
$("split-balance").addEventListener("click", () => splitAction("balance"));
$("split-void").addEventListener("click", () => splitAction("void"));
$("cash-split").addEventListener("click", split);
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
  if (status) {
    renderDrawer(status);
    emit(TOAST, { message: TEXT.recorded, kind: "info" });
    emit(DRAWER_KICK, { reason: "no_sale" });
  }
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
/** The cash rounding of the till's currency: the owner's (the PIN is asked for if need be). */
async function saveRounding(event) {
  event.preventDefault();
  const typed = $("drawer-rounding").value.trim();
  drawerError(null);
  try {
    renderDrawer(await api.cashRoundingSet(typed));
    emit(TOAST, { message: TEXT.recorded, kind: "info" });
  } catch (failure) {
    if (failure?.code === "owner_locked") {
      state.waiting = () => { $("drawer-rounding").value = typed; saveRounding(new Event("submit")); };
      hideDialog($("drawer-dialog"));
      emit(OWNER_NEEDED);
      return;
    }
    drawerError(failure.message ?? String(failure));
  }
}

$("drawer-rounding-form").addEventListener("submit", saveRounding);

/** The till's Z reports (the owner's): a line each, shown again in full when chosen. */
async function listZ() {
  drawerError(null);
  let reports;
  try {
    reports = await api.zReports();
  } catch (failure) {
    if (failure?.code === "owner_locked") {
      state.waiting = listZ;
      hideDialog($("drawer-dialog"));
      emit(OWNER_NEEDED);
      return;
    }
    drawerError(failure.message ?? String(failure));
    return;
  }
  const row = (report, key) => report.rows.find((r) => r.key === key)?.amount?.display ?? "—";
  const list = $("drawer-z-reports");
  list.replaceChildren(...(reports.length ? reports.map((report) => el("li", {},
    el("button", { type: "button", class: "link-button", dataset: { number: String(report.number) }, onclick: () => renderReport(report) },
      TEXT.zLine(report.number, formatDate(report.figures.at, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }), row(report, "counted"), row(report, "variance")))))
    : [el("li", {}, TEXT.zNone)]));
  list.hidden = false;
}
$("drawer-z-list").addEventListener("click", listZ);
on(OWNER_SIGNED_IN, async () => {
  const waiting = state.waiting;
  state.waiting = null;
  if (!waiting) return;
  await openDrawerDialog();
  waiting();
});
on(LANGUAGE, () => {
  if (!$("drawer-dialog").hidden && state.status) renderDrawer(state.status);
});
// The cart may have been drawn before this module arrived.
api.cartGet().then((cart) => { state.cart = cart; $("pay-cash").disabled = !cart.lines.length || Boolean(cart.cashBlocked); }).catch(() => {});
