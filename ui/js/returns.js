// Returns by line (History → a paid sale → Return items…): the owner chooses how many of each
// line come back, never more than sold minus already returned. The core checks and prices every
// choice (return_preview) — the total shown is its figure, not the page's arithmetic —, the owner
// confirms the amount and where it goes (the card that paid, or cash from the drawer), and the
// return refunds exactly those lines (return_create). A split sale is refunded by amount instead.
import * as api from "./api.js";
import { $, el, openDialog, showDialog, hideDialog, confirmAction } from "./dom.js";
import { on, LANGUAGE } from "./events.js";
import { t } from "./i18n.js";

/** Every sentence this dialog shows: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  note: (tender) => t("return-note", { tender }),
  meta: (line) => t("return-line-meta", { unit: line.unit.display, sold: line.sold, returned: line.returned }),
  get allBack() { return t("return-all-back"); },
  quantity: (name) => t("return-quantity", { name }),
  total: (amount, tender) => t("return-total", { amount, tender }),
  get none() { return t("return-none"); },
  question: (items, amount, tender) => t("return-question", { items, amount, tender }),
  yes: (amount) => t("return-yes", { amount }),
  get no() { return t("return-no"); },
  get title() { return t("return-title"); },
  done: (amount) => t("return-done", { amount }),
};

const state = { view: null, onDone: null, onLocked: null, asked: 0, busy: false };

function problem(message) {
  const error = $("return-error");
  error.textContent = message ?? "";
  error.hidden = !message;
}

/** The chosen lines: [{ priceId, quantity }] with a quantity above zero. */
function chosen() {
  return state.view.lines
    .map((line) => ({ priceId: line.priceId, quantity: Number($(`return-qty-${line.position}`)?.value || 0) }))
    .filter((line) => line.quantity !== 0);
}

function draw() {
  const view = state.view;
  $("return-note").textContent = TEXT.note(view.tender);
  $("return-list").replaceChildren(...view.lines.map((line) => {
    const id = `return-qty-${line.position}`;
    return el("li", { class: `return-row${line.returnable ? "" : " return-done"}`, dataset: { priceId: line.priceId } },
      el("div", { class: "return-text" },
        el("label", { class: "return-name", for: id, translate: "no" }, line.name),
        el("span", { class: "return-meta" }, TEXT.meta(line))),
      line.returnable
        ? el("input", { class: "text-input return-qty", id, type: "number", inputmode: "numeric", min: "0", max: String(line.returnable), step: "1", value: "0", "aria-label": TEXT.quantity(line.name) })
        : el("span", { class: "pill return-all" }, TEXT.allBack));
  }));
}

/** Asks the core what the chosen lines come to, and shows it (or why not). */
async function price() {
  const lines = chosen();
  const asked = ++state.asked;
  if (!lines.length) {
    $("return-total").textContent = "";
    problem(null);
    return null;
  }
  try {
    const preview = await api.returnPreview(state.view.saleId, lines);
    if (asked !== state.asked) return null;
    $("return-total").textContent = TEXT.total(preview.amount.display, preview.tender);
    problem(null);
    return preview;
  } catch (failure) {
    if (asked !== state.asked) return null;
    if (failure?.code === "owner_locked") { close(); state.onLocked?.(); return null; }
    $("return-total").textContent = "";
    problem(failure?.message ?? String(failure));
    return null;
  }
}

/** Opens the return form for a paid sale; `onDone(detail)` gets the sale's story afterwards. */
export async function openReturn(saleId, { onDone, onLocked }) {
  let view;
  try {
    view = await api.returnLinesGet(saleId);
  } catch (failure) {
    if (failure?.code === "owner_locked") { onLocked?.(); return; }
    throw failure;
  }
  Object.assign(state, { view, onDone, onLocked, busy: false });
  problem(null);
  $("return-total").textContent = "";
  draw();
  showDialog($("return-dialog"), $("return-list").querySelector(".return-qty") ?? $("return-close"));
}

function close() {
  hideDialog($("return-dialog"));
}

async function submit(event) {
  event.preventDefault();
  if (state.busy || !state.view) return;
  const lines = chosen();
  if (!lines.length) {
    problem(TEXT.none);
    $("return-list").querySelector(".return-qty")?.focus();
    return;
  }
  state.busy = true;
  const button = $("return-submit");
  button.setAttribute("aria-busy", "true");
  try {
    const preview = await price();
    if (!preview) return;
    const sure = await confirmAction({
      title: TEXT.title,
      text: TEXT.question(preview.items, preview.amount.display, preview.tender),
      yes: TEXT.yes(preview.amount.display),
      no: TEXT.no,
      returnTo: button,
    });
    if (!sure) return;
    let after;
    try {
      after = await api.returnCreate(state.view.saleId, lines, "requested_by_customer");
    } catch (failure) {
      if (failure?.code === "owner_locked") { close(); state.onLocked?.(); return; }
      // Nothing was returned, or a lost answer: the form stays as typed, its figures fresh.
      problem(failure?.message ?? String(failure));
      state.view = await api.returnLinesGet(state.view.saleId).catch(() => state.view);
      return;
    }
    close();
    state.onDone?.(after, TEXT.done(preview.amount.display));
  } finally {
    state.busy = false;
    button.removeAttribute("aria-busy");
  }
}

$("return-form").addEventListener("submit", submit);
$("return-form").addEventListener("input", (event) => {
  if (event.target.classList.contains("return-qty")) price();
});
$("return-close").addEventListener("click", close);
$("return-dialog").addEventListener("click", (event) => {
  if (event.target === $("return-dialog")) close();
});
document.addEventListener("keydown", (event) => {
  if ($("return-dialog").hidden || openDialog() !== $("return-dialog")) return;
  if (event.key === "Escape") {
    event.preventDefault();
    event.stopPropagation();
    close();
  }
}, true);
on(LANGUAGE, () => { if (!$("return-dialog").hidden && state.view) draw(); });
