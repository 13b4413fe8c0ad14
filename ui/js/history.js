// The owner's view: history with filters and totals, a sale's story with refunds, reports
// with a chart and the printable end-of-day summary, CSV export, catalog management (products,
// tax rates, coupons), and the owner PIN that guards them (and Settings). Every amount and
// chart arrives made in Rust.
import * as api from "./api.js";
import { $, el, showDialog, hideDialog, confirmAction } from "./dom.js";
import * as views from "./views.js";
import { emit, on, ATTENDANCE, LANGUAGE, OWNER_NEEDED, OWNER_SIGNED_IN, SIGNED_IN, TOAST } from "./events.js";
import { t, formatDate, formatTime, decimalSeparator } from "./i18n.js";
import { openReturn } from "./returns.js";
import { amountRows } from "./amounts.js";

/** Every sentence this view shows, in one place: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  // A sale's state by its code (the list, the filter, the end-of-day summary).
  state: (state) => t("history-state", { state }),
  // How a sale was paid, by its code (card, cash, split).
  tender: (tender) => t("history-tender", { tender }),
  cashLine: (amount, tendered, change) => t("history-cash-line", { amount, tendered, change }),
  tenderLine: (row) => t("history-summary-tender-line", {
    tender: TEXT.tender(row.tender), currency: row.currency.toUpperCase(), sales: row.sales,
    total: row.totalDisplay, cash: row.cashDisplay, card: row.cardDisplay,
  }),
  mode: (mode) => t(`mode-${mode}`),
  // The owner PIN.
  get pinChoose() { return t("history-pin-choose"); },
  get pinTitle() { return t("history-pin-title"); },
  get pinNoteSet() { return t("history-pin-note-set"); },
  get pinNoteUnlock() { return t("history-pin-note-unlock"); },
  pinLocked: (seconds) => t("history-pin-locked", { seconds }),
  get pinDiffer() { return t("history-pin-differ"); },
  // Filters, list, totals, export.
  get anyMode() { return t("history-mode"); },
  get anyStatus() { return t("history-any-status"); },
  get anyCurrency() { return t("history-any-currency"); },
  get anyRegister() { return t("history-any-register"); },
  get anyCashier() { return t("history-any-cashier"); },
  archivedCashier: (name) => t("history-cashier-archived", { name }),
  get noMatch() { return t("history-no-match"); },
  totalPaid: (paid, sales, gross) => t("history-total-paid", { paid, sales, gross }),
  totalRefunded: (refunded, average) => t("history-total-refunded", { refunded, average }),
  totalTenders: (card, cash) => t("history-total-tenders", { card, cash }),
  exported: (rows, lines, path) => t(lines ? "history-exported-lines" : "history-exported-sales", { rows, path }),
  // A sale's story.
  fact: (name) => t(`history-fact-${name}`),
  get items() { return t("history-col-items"); },
  get refunds() { return t("history-refunds"); },
  get timeline() { return t("history-timeline"); },
  // Reports and the end-of-day summary.
  chartAlt: (period, currency) => t("history-chart-alt", { period, currency }),
  average: (average) => t("history-average", { average }),
  summaryTitle: (day) => t("history-summary-title", { day }),
  summaryMeta: (register, mode, printed) => t("history-summary-meta", { register, mode, printed }),
  get summaryColumns() {
    return ["history-currency", "history-summary-paid", "history-gross", "history-refunded", "history-net", "history-summary-average"].map((id) => t(id));
  },
  summaryState: (state, count) => t("history-summary-state", { state: t("history-state", { state }), count }),
  get summaryNone() { return t("history-summary-none"); },
  get summaryTruncated() { return t("history-summary-truncated"); },
  // The catalog.
  productCreated: (id) => t("history-product-created", { id }),
  get archive() { return t("history-archive"); },
  get archiveConfirm() { return t("history-archive-confirm"); },
  get favourite() { return t("history-favourite"); },
  get favouriteUp() { return t("history-favourite-up"); },
  archived: (name) => t("history-archived", { name }),
  // Tax rates and coupons (Catalog).
  taxRateWhat: (percentage, inclusive) => t("catalog-tax-rate-what", { percentage, inclusive: inclusive ? "yes" : "no" }),
  get taxDefault() { return t("catalog-tax-rate-default"); },
  get makeDefault() { return t("catalog-tax-rate-make-default"); },
  get noDefault() { return t("catalog-tax-rate-no-default"); },
  taxCreated: (name) => t("catalog-tax-rate-created", { name }),
  taxArchiveTitle: (name) => t("catalog-tax-rate-archive-title", { name }),
  get taxArchiveText() { return t("catalog-tax-rate-archive-text"); },
  taxArchived: (name) => t("catalog-tax-rate-archived", { name }),
  get keep() { return t("catalog-keep"); },
  couponCreated: (name) => t("catalog-coupon-created", { name }),
  get couponDelete() { return t("catalog-coupon-delete"); },
  couponDeleteTitle: (name) => t("catalog-coupon-delete-title", { name }),
  get couponDeleteText() { return t("catalog-coupon-delete-text"); },
  couponDeleted: (name) => t("catalog-coupon-deleted", { name }),
  // The refund form and its confirmation.
  refundHint: (refundable) => t("refund-hint", { refundable }),
  refundAll: (refundable) => t("refund-all", { refundable }),
  get refundPlaceholder() { return t("refund-placeholder"); },
  refundEmpty: (refundable) => t("refund-empty", { refundable }),
  get refundTitle() { return t("refund-title"); },
  refundQuestion: (amount, total, card) => card
    ? t("refund-question", { amount, total, card })
    : t("refund-question-no-card", { amount, total }),
  refundWhat: (full) => ` ${t(full ? "refund-what-full" : "refund-what-part")}`,
  refundYes: (amount) => t("refund-yes", { amount }),
  get refundNo() { return t("refund-no"); },
  get refundSent() { return t("refund-sent"); },
  refundCashQuestion: (amount) => t("refund-cash-question", { amount }),
  refundCashSent: (amount) => t("refund-cash-sent", { amount }),
  refundSplitQuestion: (card, cash) => t("refund-split-question", { card, cash }),
  refundSplitYes: (card, cash) => t("refund-split-yes", { card, cash }),
};

/** The refund form: moved into the sale's story, under its amount, so it is always in view. */
const refundForm = $("refund-form");

function notify(message, kind = "error") {
  emit(TOAST, { message, kind });
}

const GUARDED = new Set(["history", "settings", "members"]);

const state = {
  filter: {},
  cursor: null,
  selected: null,
  detail: null,
  options: null,
  draftId: null,
  pendingView: null,
  // The Catalog tab's tax rates and coupons as last drawn.
  taxRates: null,
  coupons: null,
  // Another view asked for the PIN (till:owner-needed): tell it when the owner signed in.
  pinAsked: false,
};

const time = (ms) => formatDate(ms, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

// ---------- the owner PIN ----------

function showPin(status, view) {
  state.pendingView = view;
  const setting = !status.pinSet;
  $("pin-title").textContent = setting ? TEXT.pinChoose : TEXT.pinTitle;
  $("pin-note").textContent = setting ? TEXT.pinNoteSet : TEXT.pinNoteUnlock;
  $("pin-confirm-row").hidden = !setting;
  $("pin-input").value = "";
  $("pin-confirm").value = "";
  $("pin-error").hidden = status.lockedForSecs <= 0;
  $("pin-error").textContent = status.lockedForSecs > 0 ? TEXT.pinLocked(status.lockedForSecs) : "";
  $("pin-dialog").dataset.mode = setting ? "set" : "unlock";
  showDialog($("pin-dialog"), $("pin-input"));
}

async function submitPin(event) {
  event.preventDefault();
  const pin = $("pin-input").value.trim();
  const error = $("pin-error");
  try {
    if ($("pin-dialog").dataset.mode === "set") {
      if (pin !== $("pin-confirm").value.trim()) {
        error.textContent = TEXT.pinDiffer;
        error.hidden = false;
        return;
      }
      await api.ownerSetPin(pin, null);
    } else {
      await api.ownerUnlock(pin);
    }
  } catch (failure) {
    error.textContent = failure.message ?? String(failure);
    error.hidden = false;
    $("pin-input").select();
    return;
  }
  hideDialog($("pin-dialog"));
  $("owner-lock").hidden = false;
  // The owner PIN signed the owner in at the till too.
  emit(ATTENDANCE);
  const view = state.pendingView;
  state.pendingView = null;
  if (view) views.show(view);
  if (state.pinAsked) {
    state.pinAsked = false;
    emit(OWNER_SIGNED_IN);
  }
}

function closePin() {
  hideDialog($("pin-dialog"));
  state.pendingView = null;
  state.pinAsked = false;
}

// An owner's action elsewhere (the drawer's paid out) needs the PIN: ask, then say so.
on(OWNER_NEEDED, async () => {
  const status = await api.ownerStatus().catch(() => ({ pinSet: true, lockedForSecs: 0 }));
  state.pinAsked = true;
  showPin(status, null);
});

/** History and Settings open only after the owner PIN. */
async function guard(event) {
  const tab = event.target.closest(".view-tab");
  if (!tab || !GUARDED.has(tab.dataset.view)) return;
  event.stopPropagation();
  let status;
  try {
    status = await api.ownerStatus();
  } catch (failure) {
    notify(failure.message ?? String(failure));
    return;
  }
  // Settings are open until the owner chooses a PIN; History always asks (to choose one).
  if (status.unlocked || (tab.dataset.view === "settings" && !status.pinSet)) views.show(tab.dataset.view);
  else showPin(status, tab.dataset.view);
}

/** An owner command answered `owner_locked` (idle too long): ask again, then come back. */
async function relock() {
  $("owner-lock").hidden = true;
  const status = await api.ownerStatus().catch(() => ({ pinSet: true, lockedForSecs: 0 }));
  showPin(status, views.current());
}

async function owned(action) {
  try {
    return await action();
  } catch (failure) {
    if (failure && failure.code === "owner_locked") {
      relock();
    } else {
      notify(failure && failure.message ? failure.message : String(failure));
    }
    return undefined;
  }
}

// ---------- filters, list, totals ----------

function readFilter() {
  const value = (id) => $(id).value.trim() || null;
  return {
    from: value("h-from"), to: value("h-to"), status: value("h-status"), mode: value("h-mode"),
    currency: value("h-currency"), register: value("h-register"), text: value("h-text"),
    staff: value("h-cashier"),
  };
}

/** A filter's choices: `label` names each value (null: the value itself, upper case: a
 * currency or a register, data that is not translated). */
function fillSelect(select, values, any, label, keep) {
  const current = keep ?? select.value;
  select.replaceChildren(el("option", { value: "" }, any));
  for (const value of values) {
    select.append(label ? el("option", { value }, label(value)) : el("option", { value, translate: "no" }, value.toUpperCase()));
  }
  select.value = values.includes(current) ? current : "";
}

async function loadOptions() {
  const options = await owned(() => api.historyOptions($("h-mode").value || null));
  if (!options) return false;
  state.options = options;
  fillSelect($("h-mode"), options.modes, TEXT.anyMode, TEXT.mode, $("h-mode").value || options.mode);
  fillSelect($("h-status"), options.statuses, TEXT.anyStatus, TEXT.state);
  fillSelect($("h-currency"), options.currencies, TEXT.anyCurrency, null);
  fillSelect($("h-register"), options.registers, TEXT.anyRegister, null);
  // Cashiers: shown once there are staff (archived ones too: their sales keep their name).
  const names = new Map(options.cashiers.map((c) => [c.id, c.archived ? TEXT.archivedCashier(c.name) : c.name]));
  fillSelect($("h-cashier"), [...names.keys()], TEXT.anyCashier, (id) => names.get(id));
  $("h-cashier-field").hidden = names.size === 0;
  if (!$("r-to").value) $("r-to").value = options.today;
  if (!$("r-from").value) {
    const from = new Date(`${options.today}T12:00:00`);
    from.setDate(from.getDate() - 13);
    $("r-from").value = from.toISOString().slice(0, 10);
  }
  if (!$("s-day").value) $("s-day").value = options.today;
  return true;
}

function renderTotals(totals) {
  const box = $("history-totals");
  box.replaceChildren();
  if (totals.length === 0) {
    box.append(el("p", { class: "muted" }, TEXT.noMatch));
    return;
  }
  for (const total of totals) {
    box.append(el("div", { class: "total-card", dataset: { currency: total.currency } },
      el("div", { class: "total-currency", translate: "no" }, total.currency.toUpperCase()),
      el("div", { class: "total-net" }, total.netDisplay),
      el("div", { class: "total-line" }, TEXT.totalPaid(total.paid, total.sales, total.grossDisplay)),
      el("div", { class: "total-line" }, TEXT.totalRefunded(total.refundedDisplay, total.averageDisplay)),
      el("div", { class: "total-line total-tenders" }, TEXT.totalTenders(total.cardDisplay, total.cashDisplay))));
  }
}

function rowFor(row) {
  return el("tr", {
    class: `history-row state-${row.state}${row.id === state.selected ? " selected" : ""}`,
    dataset: { saleId: row.id }, tabindex: "0",
    onclick: () => openSale(row.id),
    onkeydown: (event) => { if (event.key === "Enter") openSale(row.id); },
  },
  el("td", { class: "h-time" }, time(row.createdAt)),
  el("td", { class: "h-items" }, el("div", { class: "h-items-text", translate: "no" }, row.items || "—"),
    el("div", { class: "h-id", translate: "no" }, row.customerEmail ? `${row.id} · ${row.customerEmail}` : row.id)),
  el("td", { class: "h-state" }, el("span", { class: `pill state-${row.state}` }, TEXT.state(row.state)),
    el("div", { class: `h-tender tender-${row.tender}` }, TEXT.tender(row.tender))),
  el("td", { class: "h-amount" }, row.amountDisplay,
    row.refundedDisplay ? el("div", { class: "h-refunded" }, `−${row.refundedDisplay}`) : null));
}

async function search(event) {
  event?.preventDefault();
  state.filter = readFilter();
  state.cursor = null;
  $("export-result").hidden = true;
  const [page, totals] = await Promise.all([
    owned(() => api.historyPage(state.filter, null, 50)),
    owned(() => api.historyTotals(state.filter)),
  ]);
  if (!page || !totals) return;
  const body = $("history-rows");
  body.replaceChildren(...page.rows.map(rowFor));
  $("history-empty").hidden = page.rows.length > 0;
  state.cursor = page.nextCursor;
  $("history-more").hidden = !page.nextCursor;
  renderTotals(totals);
}

async function more() {
  if (!state.cursor) return;
  const page = await owned(() => api.historyPage(state.filter, state.cursor, 50));
  if (!page) return;
  $("history-rows").append(...page.rows.map(rowFor));
  state.cursor = page.nextCursor;
  $("history-more").hidden = !page.nextCursor;
}

async function exportCsv() {
  const button = $("history-export");
  button.disabled = true;
  $("export-result").hidden = true;
  const summary = await owned(() => api.historyExport(readFilter(), $("h-lines").checked));
  button.disabled = false;
  if (!summary) return;
  const result = $("export-result");
  result.textContent = TEXT.exported(summary.rows, $("h-lines").checked, summary.path);
  result.hidden = false;
}

// ---------- a sale's story and refunds ----------

function showTab(name) {
  for (const tab of document.querySelectorAll(".side-tab")) {
    const active = tab.dataset.side === name;
    tab.classList.toggle("active", active);
    tab.setAttribute("aria-selected", String(active));
  }
  for (const panel of document.querySelectorAll("[data-side-panel]")) panel.hidden = panel.dataset.sidePanel !== name;
}

/** A fact of the sale: its name (a message), and its value (data: not translated). */
function definition(name, value, mono = false) {
  return [el("dt", {}, TEXT.fact(name)), el("dd", { class: mono ? "mono" : "", translate: "no" }, value ?? "—")];
}

function renderDetail(detail) {
  const sameSale = state.detail?.sale.id === detail.sale.id;
  state.detail = detail;
  const sale = detail.sale;
  const box = $("sale-detail");
  box.replaceChildren();
  box.append(el("div", { class: "detail-head" },
    el("h3", {}, sale.amountDisplay),
    el("span", { class: `pill state-${sale.state}`, id: "detail-state" }, sale.statusText),
    // receipt.js opens the receipt from this button's data: a copy if the sale had a receipt before.
    sale.state === "paid"
      ? el("button", { class: "secondary detail-receipt", id: "detail-receipt", type: "button", dataset: { receiptSale: sale.id, receiptCopy: "auto" } }, t("receipt-reprint"))
      : null,
    // A paid card or cash sale with something left to refund takes items back by line (returns.js).
    sale.state === "paid" && detail.tender !== "split" && detail.refundable > 0
      ? el("button", { class: "secondary detail-receipt", id: "detail-return", type: "button", onclick: (event) => startReturn(sale.id, event.currentTarget) }, t("return-button"))
      : null,
    // A sale with refunds (card or cash) also has a refund receipt.
    sale.state === "paid" && (detail.amountRefunded > 0 || detail.refunds.length > 0)
      ? el("button", { class: "secondary detail-receipt", id: "detail-receipt-refund", type: "button", dataset: { receiptSale: sale.id, receiptKind: "refund", receiptCopy: "false" } }, t("receipt-refund-button"))
      : null));
  // The refund form comes first, under the amount. Its field is never filled in for the
  // owner: it starts empty for each sale and keeps what was typed while the sale stays open.
  box.append(refundForm);
  refundForm.hidden = detail.refundable <= 0;
  const amount = $("refund-amount");
  if (!sameSale) {
    amount.value = "";
    $("refund-cash-amount").value = "";
    $("refund-error").hidden = true;
  }
  // A split sale's refund says how much goes back by card (the first field) and in cash.
  $("refund-cash-amount").hidden = detail.tender !== "split";
  amount.setAttribute("placeholder", TEXT.refundPlaceholder);
  $("refund-hint").textContent = TEXT.refundHint(detail.refundableDisplay);
  $("refund-all").textContent = TEXT.refundAll(detail.refundableDisplay);
  const facts = el("dl", { class: "facts" },
    ...definition("sale", sale.id, true),
    ...definition("created", time(sale.createdAt)),
    ...definition("register", sale.registerId, true),
    ...definition("tender", TEXT.tender(detail.tender)),
    ...detail.tenders.filter((part) => part.kind === "cash").map((part) =>
      el("dd", { class: "tender-cash" }, TEXT.cashLine(part.amountDisplay, part.tenderedDisplay ?? part.amountDisplay, part.changeDisplay ?? "—"))),
    ...definition("customer", sale.customerEmail),
    ...definition("session", sale.sessionId, true),
    ...definition("payment-intent", sale.paymentIntentId, true),
    ...definition("refunded", detail.refundedDisplay),
    ...definition("refundable", detail.refundableDisplay));
  box.append(facts);
  box.append(el("h4", {}, TEXT.items), el("ul", { class: "detail-lines" },
    ...detail.lines.map((line) => el("li", {},
      el("span", { translate: "no" }, `${line.quantity} × ${line.name}`), el("span", { class: "num" }, line.subtotalDisplay)))));
  if (detail.amounts) {
    // The subtotal, discount, a row per tax rate, the tip (the core's words) and the total, as the cart and the receipt have them.
    box.append(el("dl", { class: "detail-amounts", id: "detail-amounts" }, ...amountRows(detail.amounts),
      el("div", { class: "detail-total" }, el("dt", {}, t("cart-total")), el("dd", { class: "num" }, sale.amountDisplay))));
  }
  if (detail.refunds.length) {
    box.append(el("h4", {}, TEXT.refunds), el("ul", { class: "detail-refunds", id: "detail-refunds" },
      ...detail.refunds.map((refund) => el("li", { class: `refund-${refund.status}` },
        el("span", { class: "mono", translate: "no" }, refund.id), el("span", { class: "num" }, refund.amountDisplay),
        // The core's words.
        el("span", { class: "refund-status", translate: "no" }, refund.statusText + (refund.error ? ` — ${refund.error}` : ""))))));
  }
  $("refund-refresh").hidden = !detail.refunds.some((r) => ["pending", "sending", "requires_action"].includes(r.status));
  // The timeline is the ledger's record, in the core's words.
  box.append(el("h4", {}, TEXT.timeline), el("ol", { class: "timeline" },
    ...detail.timeline.map((entry) => el("li", { translate: "no" },
      el("span", { class: "tl-time" }, time(entry.at)),
      el("span", { class: "tl-kind" }, entry.kind.replaceAll("_", " ")),
      el("span", { class: "tl-detail" }, [entry.fromState && entry.toState ? `${entry.fromState} → ${entry.toState}` : null,
        entry.detail || null, entry.eventId].filter(Boolean).join(" · ")),
      el("span", { class: "tl-source" }, entry.source)))));
}

/** Return items…: the return form; afterwards the sale's story as it now is, and the list. */
async function startReturn(saleId, button) {
  try {
    await openReturn(saleId, {
      onDone: (after, message) => {
        renderDetail(after);
        notify(message, "info");
        search();
        $("detail-return")?.focus();
      },
      onLocked: relock,
    });
  } catch (failure) {
    notify(failure?.message ?? String(failure), "error");
    button?.focus();
  }
}

async function openSale(saleId) {
  state.selected = saleId;
  for (const row of document.querySelectorAll(".history-row")) row.classList.toggle("selected", row.dataset.saleId === saleId);
  showTab("sale");
  const detail = await owned(() => api.saleDetail(saleId));
  if (detail) renderDetail(detail);
}

function refundError(message) {
  const error = $("refund-error");
  error.textContent = message ?? "";
  error.hidden = !message;
  $("refund-amount").setAttribute("aria-invalid", String(Boolean(message)));
  if (message) error.scrollIntoView({ block: "nearest" });
}

/** Refund: the amount is checked by the core first (a refused one stays in the field as typed,
 * with the reason beside it), then the owner confirms the amount and what it does. */
async function refund(event) {
  event.preventDefault();
  if (!state.detail) return;
  const detail = state.detail;
  const field = $("refund-amount");
  const typed = field.value.trim();
  const button = $("refund-submit");
  refundError(null);
  if (detail.tender === "split") return refundSplit(detail, typed, $("refund-cash-amount").value.trim());
  if (!typed) {
    refundError(TEXT.refundEmpty(detail.refundableDisplay));
    field.focus();
    return;
  }
  // One refund at a time; the button keeps focus (a disabled one would drop it).
  if (state.refunding) return;
  state.refunding = true;
  button.setAttribute("aria-busy", "true");
  try {
    // A cash sale's refund is cash from the drawer: its own check, question and call.
    const cash = detail.tender === "cash";
    let preview;
    try {
      preview = cash ? await api.refundCashPreview(detail.sale.id, typed) : await api.refundPreview(detail.sale.id, typed);
    } catch (failure) {
      if (failure?.code === "owner_locked") { relock(); return; }
      refundError(failure?.message ?? String(failure));
      field.focus();
      return;
    }
    const shown = cash ? preview.display : preview.amountDisplay;
    const sure = await confirmAction({
      title: TEXT.refundTitle,
      text: cash ? TEXT.refundCashQuestion(shown)
        : TEXT.refundQuestion(preview.amountDisplay, preview.totalDisplay, preview.card) + TEXT.refundWhat(preview.full),
      yes: TEXT.refundYes(shown),
      no: TEXT.refundNo,
      returnTo: button,
    });
    if (!sure || state.detail?.sale.id !== detail.sale.id) return;
    const reason = $("refund-reason").value || null;
    try {
      const after = cash ? await api.refundCashCreate(detail.sale.id, typed) : await api.refundCreate(detail.sale.id, typed, reason);
      field.value = "";
      renderDetail(after);
      notify(cash ? TEXT.refundCashSent(shown) : TEXT.refundSent, "info");
      search();
    } catch (failure) {
      if (failure?.code === "owner_locked") relock();
      // A lost answer holds the amount: show the sale as it is now, the field as typed.
      const now = await api.saleDetail(detail.sale.id).catch(() => null);
      if (now) renderDetail(now);
      refundError(failure?.message ?? String(failure));
    }
  } finally {
    state.refunding = false;
    button.removeAttribute("aria-busy");
  }
}

/** A split sale's refund: `card` back to the card through Stripe, `cash` from the drawer;
 * each checked (previewed) before the owner is asked, nothing moved on a refusal. */
async function refundSplit(detail, card, cash) {
  const button = $("refund-submit");
  if (!card && !cash) {
    refundError(TEXT.refundEmpty(detail.refundableDisplay));
    $("refund-amount").focus();
    return;
  }
  if (state.refunding) return;
  state.refunding = true;
  button.setAttribute("aria-busy", "true");
  try {
    let cardShown = "—";
    let cashShown = "—";
    try {
      if (card) cardShown = (await api.refundPreview(detail.sale.id, card)).amountDisplay;
      if (cash) cashShown = (await api.refundCashPreview(detail.sale.id, cash)).display;
    } catch (failure) {
      if (failure?.code === "owner_locked") { relock(); return; }
      refundError(failure?.message ?? String(failure));
      return;
    }
    const sure = await confirmAction({
      title: TEXT.refundTitle, text: TEXT.refundSplitQuestion(cardShown, cashShown),
      yes: TEXT.refundSplitYes(cardShown, cashShown), no: TEXT.refundNo, returnTo: button,
    });
    if (!sure || state.detail?.sale.id !== detail.sale.id) return;
    try {
      const after = await api.refundSplitCreate(detail.sale.id, card || null, cash || null, $("refund-reason").value || null);
      $("refund-amount").value = "";
      $("refund-cash-amount").value = "";
      renderDetail(after);
      notify(TEXT.refundSent, "info");
      search();
    } catch (failure) {
      if (failure?.code === "owner_locked") relock();
      const now = await api.saleDetail(detail.sale.id).catch(() => null);
      if (now) renderDetail(now);
      refundError(failure?.message ?? String(failure));
    }
  } finally {
    state.refunding = false;
    button.removeAttribute("aria-busy");
  }
}

async function refreshRefunds() {
  if (!state.detail) return;
  const detail = await owned(() => api.refundRefresh(state.detail.sale.id));
  if (detail) { renderDetail(detail); search(); }
}

// ---------- reports and the end-of-day summary ----------

async function report(event) {
  event?.preventDefault();
  const result = await owned(() => api.reportGet($("r-from").value, $("r-to").value, $("r-period").value, $("h-register").value || null, $("h-cashier").value || null));
  if (!result) return;
  const charts = $("report-charts");
  charts.replaceChildren(...result.charts.map((chart) =>
    el("img", { class: "chart", src: chart.dataUrl, alt: TEXT.chartAlt(result.period, chart.currency.toUpperCase()) })));
  const body = $("report-rows");
  // Five columns fit the side panel at 1024 px: the currency goes under the period, the
  // average and the card and cash parts into the row's tooltip (the totals above the list and the summary show it too).
  body.replaceChildren(...result.rows.map((row) => el("tr", { title: `${TEXT.average(row.averageDisplay)} · ${TEXT.totalTenders(row.cardDisplay, row.cashDisplay)}` },
    el("td", {}, el("span", { translate: "no" }, row.label), el("div", { class: "h-id", translate: "no" }, row.currency.toUpperCase())), el("td", { class: "num" }, String(row.paid)),
    el("td", { class: "num" }, row.grossDisplay), el("td", { class: "num" }, row.refundedDisplay),
    el("td", { class: "num" }, row.netDisplay))));
  $("report-empty").hidden = result.rows.length > 0;
  // The range's discounts, tax per rate, tips and net sales per currency, as the day summary shows a day.
  $("report-pricing").replaceChildren(...result.pricing.map(pricingSummary));
}

/** One currency's discounts, tax per rate, tips and net sales (the core's figures and rate words). */
function pricingSummary(p) {
  const row = (label, amount, kind) => el("div", { class: kind ? `summary-${kind}` : "" }, el("dt", {}, label), el("dd", { class: "num" }, amount));
  return el("dl", { class: "summary-pricing", dataset: { currency: p.currency } },
    row(t("history-summary-gross", { currency: p.currency.toUpperCase() }), p.grossDisplay),
    row(t("history-summary-discounts"), p.discountDisplay),
    ...p.taxes.map((tax) => row(t("history-summary-tax-row", { label: tax.label, net: tax.netDisplay }), tax.taxDisplay)),
    row(t("history-summary-tips"), p.tipsDisplay),
    ...p.tips.map((tip) => row(t("history-summary-tips-tender", { tender: TEXT.tender(tip.tender) }), tip.tipsDisplay)),
    row(t("history-summary-net"), p.netDisplay, "net"));
}

async function summary() {
  const day = await owned(() => api.daySummary($("s-day").value || null));
  if (!day) return;
  const box = $("day-summary");
  box.replaceChildren(
    el("h3", {}, TEXT.summaryTitle(day.day)),
    el("p", { class: "muted" }, TEXT.summaryMeta(day.registerName ?? "", day.mode, formatDate(Date.now()))),
    el("table", { class: "summary-table" },
      el("thead", {}, el("tr", {}, ...TEXT.summaryColumns.map((h) => el("th", {}, h)))),
      el("tbody", {}, ...day.totals.map((total) => el("tr", {},
        el("td", { translate: "no" }, total.currency.toUpperCase()), el("td", { class: "num" }, String(total.paid)), el("td", { class: "num" }, total.grossDisplay),
        el("td", { class: "num" }, total.refundedDisplay), el("td", { class: "num" }, total.netDisplay), el("td", { class: "num" }, total.averageDisplay))))),
    el("p", {}, day.states.map(([state, count]) => TEXT.summaryState(state, count)).join(" · ") || TEXT.summaryNone),
    el("ul", { class: "summary-tenders", id: "summary-tenders" }, ...day.tenders.map((row) => el("li", { dataset: { tender: row.tender } }, TEXT.tenderLine(row)))),
    ...(day.pricing ?? []).map(pricingSummary),
    el("table", { class: "summary-table" },
      el("tbody", {}, ...day.sales.map((sale) => el("tr", {},
        el("td", {}, formatTime(sale.createdAt, { hour: "2-digit", minute: "2-digit" })),
        el("td", { translate: "no" }, sale.items), el("td", {}, `${TEXT.state(sale.state)} · ${TEXT.tender(sale.tender)}`),
        el("td", { class: "num" }, sale.amountDisplay + (sale.refundedDisplay ? ` (−${sale.refundedDisplay})` : "")))))),
    day.truncated ? el("p", { class: "muted" }, TEXT.summaryTruncated) : null);
  box.hidden = false;
  $("summary-print").hidden = false;
}

// ---------- catalog ----------

function newDraft() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  state.draftId = `cat_${Array.from(bytes, (b) => (b % 36).toString(36)).join("")}`;
}

async function createProduct(event) {
  event.preventDefault();
  const value = (id) => $(id).value.trim() || null;
  const error = $("product-error");
  error.hidden = true;
  if (!state.draftId) newDraft();
  const button = $("product-submit");
  button.disabled = true;
  try {
    const change = await api.productCreate({
      draftId: state.draftId, name: $("p-name").value, description: value("p-description"),
      amount: $("p-amount").value, currency: $("p-currency").value, interval: value("p-interval"),
      sku: value("p-sku"), barcode: value("p-barcode"), category: value("p-category"),
      taxRate: value("p-tax-rate"),
    });
    notify(TEXT.productCreated(change.productId), "info");
    $("product-form").reset();
    newDraft();
    loadProducts();
  } catch (failure) {
    if (failure && failure.code === "owner_locked") relock();
    error.textContent = failure.message ?? String(failure);
    error.hidden = false;
  } finally {
    button.disabled = false;
  }
}

async function loadProducts() {
  // The price's example as it is typed in the display locale (4,75 in de-DE).
  $("p-amount").placeholder = `4${decimalSeparator()}75`;
  const view = await api.catalogView("", null).catch(() => null);
  const list = $("product-list");
  list.replaceChildren();
  if (!view) return;
  const seen = new Set();
  // The register's quick keys, in order: ★ pins a product's price to the Favourites page (or
  // unpins it), ▲ moves a pinned one up. The core checks and keeps the list.
  const favourites = view.favourites.map((item) => item.priceId);
  const setFavourites = async (ids) => { if (await owned(() => api.favouritesSet(ids))) loadProducts(); };
  // The buttons are named by their word (hidden, translated with the page) and the product's
  // name (data, not translated): aria-labelledby, so no English stays in a translated label.
  for (const [index, item] of view.items.entries()) {
    if (seen.has(item.productId)) continue;
    seen.add(item.productId);
    const at = favourites.indexOf(item.priceId);
    const nameId = `product-name-${index}`;
    list.append(el("li", { dataset: { priceId: item.priceId } },
      el("button", {
        class: `link-button favourite-toggle${at >= 0 ? " pinned" : ""}`, type: "button",
        "aria-pressed": String(at >= 0), "aria-labelledby": `favourite-word ${nameId}`, title: TEXT.favourite,
        onclick: () => setFavourites(at >= 0 ? favourites.filter((id) => id !== item.priceId) : [...favourites, item.priceId]),
      }, at >= 0 ? "★" : "☆"),
      at > 0 ? el("button", {
        class: "link-button favourite-up", type: "button", "aria-labelledby": `favourite-up-word ${nameId}`, title: TEXT.favouriteUp,
        onclick: () => setFavourites([...favourites.slice(0, at - 1), item.priceId, favourites[at - 1], ...favourites.slice(at + 1)]),
      }, "▲") : null,
      el("span", { translate: "no", id: nameId }, item.name), el("span", { class: "muted", translate: "no" }, item.priceLabel),
      el("button", { class: "link-button danger", type: "button", dataset: { productId: item.productId },
        onclick: async (event) => {
          const button = event.currentTarget;
          if (button.dataset.confirm !== "1") { button.dataset.confirm = "1"; button.textContent = TEXT.archiveConfirm; return; }
          const done = await owned(() => api.productArchive(item.productId));
          if (done) { notify(TEXT.archived(item.name), "info"); loadProducts(); }
        } }, TEXT.archive)));
  }
}

// ---------- tax rates and coupons (Catalog) ----------

/** A refusal said in its form (the core's sentence: invalid_tax_rate, invalid_coupon, …). */
function formError(id, failure) {
  if (failure?.code === "owner_locked") relock();
  const box = $(id);
  box.textContent = failure ? failure.message ?? String(failure) : "";
  box.hidden = !failure;
}

function renderTaxRates(rates) {
  state.taxRates = rates;
  $("tax-rates-empty").hidden = rates.length > 0;
  // The names are data (not translated); the buttons say what they do to which rate.
  $("tax-rate-list").replaceChildren(...rates.map((rate, index) => {
    const nameId = `tax-rate-name-${index}`;
    return el("li", { class: `discount-row${rate.default ? " default" : ""}`, dataset: { taxRateId: rate.id } },
      el("span", { class: "discount-name", id: nameId, translate: "no" }, rate.displayName),
      el("span", { class: "discount-what" }, TEXT.taxRateWhat(rate.percentageDisplay, rate.inclusive)),
      rate.default ? el("span", { class: "discount-default" }, TEXT.taxDefault) : null,
      el("button", {
        class: "link-button tax-rate-default", type: "button",
        onclick: () => setDefaultTaxRate(rate.default ? null : rate.id),
      }, rate.default ? TEXT.noDefault : TEXT.makeDefault),
      el("button", {
        class: "link-button danger tax-rate-archive", type: "button",
        onclick: (event) => archiveTaxRate(rate, event.currentTarget),
      }, TEXT.archive));
  }));
  // The product form's choice: the shop's default (its first option), or one of the rates.
  const select = $("p-tax-rate");
  const chosen = select.value;
  select.replaceChildren(select.options[0], ...rates.map((rate) =>
    el("option", { value: rate.id, translate: "no" }, `${rate.displayName} ${rate.percentageDisplay}`)));
  select.value = rates.some((rate) => rate.id === chosen) ? chosen : "";
}

function renderCoupons(coupons) {
  state.coupons = coupons;
  $("coupons-empty").hidden = coupons.length > 0;
  $("coupon-list").replaceChildren(...coupons.map((coupon) =>
    el("li", { class: "discount-row", dataset: { couponId: coupon.id } },
      el("span", { class: "discount-name", translate: "no" }, coupon.label),
      el("span", { class: "discount-what" }, coupon.offDisplay),
      el("button", {
        class: "link-button danger coupon-delete", type: "button",
        onclick: (event) => deleteCoupon(coupon, event.currentTarget),
      }, TEXT.couponDelete))));
}

async function loadDiscounts() {
  const [rates, coupons] = await Promise.all([owned(() => api.taxRatesList()), owned(() => api.couponsList())]);
  if (rates) renderTaxRates(rates);
  if (coupons) renderCoupons(coupons);
}

async function loadCoupons() {
  const coupons = await owned(() => api.couponsList());
  if (coupons) renderCoupons(coupons);
}

async function setDefaultTaxRate(id) {
  const rates = await owned(() => api.taxRateDefaultSet(id));
  if (rates) renderTaxRates(rates);
}

async function archiveTaxRate(rate, button) {
  const yes = await confirmAction({
    title: TEXT.taxArchiveTitle(rate.displayName), text: TEXT.taxArchiveText,
    yes: TEXT.archive, no: TEXT.keep, returnTo: button,
  });
  if (!yes) return;
  const rates = await owned(() => api.taxRateArchive(rate.id));
  if (rates) {
    renderTaxRates(rates);
    notify(TEXT.taxArchived(rate.displayName), "info");
  }
}

async function createTaxRate(event) {
  event.preventDefault();
  const value = (id) => $(id).value.trim() || null;
  formError("tax-rate-error", null);
  const button = $("tax-rate-submit");
  button.disabled = true;
  try {
    const name = $("tr-name").value.trim();
    const rates = await api.taxRateCreate({
      displayName: $("tr-name").value, percentage: $("tr-percentage").value, inclusive: $("tr-inclusive").checked,
      country: value("tr-country"), jurisdiction: value("tr-jurisdiction"),
    });
    notify(TEXT.taxCreated(name), "info");
    $("tax-rate-form").reset();
    renderTaxRates(rates);
  } catch (failure) {
    formError("tax-rate-error", failure);
  } finally {
    button.disabled = false;
  }
}

/** Max uses as typed: empty is no limit; anything but a whole number goes as 0, which the
 * core refuses with its sentence (at least 1, or empty). */
function maxUses(typed) {
  if (!typed) return null;
  return /^\d{1,9}$/.test(typed) ? Number(typed) : 0;
}

async function createCoupon(event) {
  event.preventDefault();
  const value = (id) => $(id).value.trim() || null;
  formError("coupon-error", null);
  const button = $("coupon-submit");
  button.disabled = true;
  try {
    const coupon = await api.couponCreate({
      name: $("cp-name").value, percentOff: value("cp-percent"), amountOff: value("cp-amount"),
      maxRedemptions: maxUses($("cp-max").value.trim()),
    });
    notify(TEXT.couponCreated(coupon.label), "info");
    $("coupon-form").reset();
    loadCoupons();
  } catch (failure) {
    formError("coupon-error", failure);
  } finally {
    button.disabled = false;
  }
}

async function deleteCoupon(coupon, button) {
  const yes = await confirmAction({
    title: TEXT.couponDeleteTitle(coupon.label), text: TEXT.couponDeleteText,
    yes: TEXT.couponDelete, no: TEXT.keep, returnTo: button,
  });
  if (!yes) return;
  if ((await owned(() => api.couponDelete(coupon.id))) !== undefined) {
    notify(TEXT.couponDeleted(coupon.label), "info");
    loadCoupons();
  }
}

// ---------- wiring ----------

async function open() {
  if (!(await loadOptions())) return;
  await search();
  if (state.selected) openSale(state.selected);
}

document.querySelector(".views")?.addEventListener("click", guard, true);
$("pin-form").addEventListener("submit", submitPin);
$("pin-cancel").addEventListener("click", closePin);
$("owner-lock").addEventListener("click", async () => {
  await api.ownerLock().catch(() => {});
  $("owner-lock").hidden = true;
  views.show("register");
  emit(ATTENDANCE);
});
// Signed in at the lock screen: Lock owner is for the owner PIN's own sessions (Lock is there).
on(SIGNED_IN, () => { $("owner-lock").hidden = true; });
$("history-filters").addEventListener("submit", search);
$("h-mode").addEventListener("change", async () => { await loadOptions(); search(); });
$("history-more").addEventListener("click", more);
$("history-export").addEventListener("click", exportCsv);
refundForm.addEventListener("submit", refund);
$("refund-amount").addEventListener("input", () => refundError(null));
$("refund-all").addEventListener("click", () => {
  // Only on the owner's request: the whole remaining amount, typed for them, still to confirm.
  if (!state.detail) return;
  $("refund-amount").value = state.detail.refundableMajor;
  refundError(null);
  $("refund-amount").focus();
});
// An empty date filter looks empty (WebKit draws today's date in grey in an empty field).
for (const id of ["h-from", "h-to"]) {
  const input = $(id);
  const mark = () => { input.dataset.empty = String(!input.value); };
  input.addEventListener("input", mark);
  input.addEventListener("change", mark);
  mark();
}
$("refund-refresh").addEventListener("click", refreshRefunds);
$("report-form").addEventListener("submit", report);
$("summary-show").addEventListener("click", summary);
$("summary-print").addEventListener("click", () => window.print());
$("product-form").addEventListener("submit", createProduct);
$("tax-rate-form").addEventListener("submit", createTaxRate);
$("coupon-form").addEventListener("submit", createCoupon);
for (const tab of document.querySelectorAll(".side-tab")) {
  tab.addEventListener("click", () => {
    showTab(tab.dataset.side);
    if (tab.dataset.side === "report") report();
    if (tab.dataset.side === "catalog") { if (!state.draftId) newDraft(); loadProducts(); loadDiscounts(); }
  });
}
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !$("pin-dialog").hidden) closePin();
});
views.onShow("history", open);
on(LANGUAGE, () => {
  // The sale on the side is drawn again too, even while another view is on screen.
  if (state.detail) renderDetail(state.detail);
  // The catalog's rates and coupons: their words, and the amounts the core words.
  if (state.taxRates) renderTaxRates(state.taxRates);
  if (!document.querySelector('[data-side-panel="catalog"]').hidden) loadDiscounts();
  if (views.current() === "history") open();
});
