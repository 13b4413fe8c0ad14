// Parked sales (F3): put the cart aside under a label (a name, a table) while serving someone
// else, then resume it on this till. The list comes from the ledger, so parked carts survive a
// restart; each says what today's catalog sells differently (another price, or no longer
// sold), and such a cart resumes only at today's prices, which staff choose knowingly.
import * as api from "./api.js";
import { $, el, openDialog, showDialog, hideDialog, confirmAction } from "./dom.js";
import * as views from "./views.js";
import { emit, on, CART, CART_REPLACED, LANGUAGE, TOAST } from "./events.js";
import { t, formatDate, formatTime } from "./i18n.js";

/** Every sentence this view shows: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  button: (count) => t("parked-button", { count }),
  meta: (items, total, time) => t("parked-row-meta", { items, total, time }),
  get old() { return t("parked-old"); },
  change: (change) => ({
    gone: () => t("parked-changed-gone", { name: change.name }),
    coupon: () => t("parked-changed-coupon", { name: change.name }),
    adjustments: () => t("parked-changed-adjustments"),
  }[change.kind] ?? (() => t("parked-changed-price", { name: change.name, now: change.nowDisplay, was: change.wasDisplay })))(),
  get resume() { return t("parked-resume"); },
  get resumeChanged() { return t("parked-resume-changed"); },
  get drop() { return t("parked-drop"); },
  get dropTitle() { return t("parked-drop-title"); },
  dropText: (label, total) => t("parked-drop-text", { label, total }),
  get dropYes() { return t("parked-drop-yes"); },
  get dropNo() { return t("parked-drop-no"); },
  get none() { return t("parked-none"); },
  parked: (label) => t("parked-done", { label }),
  resumed: (label) => t("parked-resumed", { label }),
};

const state = { cart: null, list: [], busy: false };

on(CART, (cart) => {
  state.cart = cart;
  $("park-submit").disabled = !cart.lines.length;
});

function problem(message) {
  const error = $("parked-error");
  error.textContent = message ?? "";
  error.hidden = !message;
}

function drawButton() {
  const button = $("parked-open");
  button.dataset.l10nArgs = JSON.stringify({ count: state.list.length });
  button.textContent = TEXT.button(state.list.length);
}

/** The list from the ledger (also on start, for the button's count). */
async function refresh() {
  try {
    state.list = await api.cartParked();
  } catch (failure) {
    problem(failure?.message ?? String(failure));
    return;
  }
  drawButton();
  drawList();
}

// Today's carts by the time they were parked; an old one (flagged) by its date too.
const parkedAt = (cart) => cart.old
  ? formatDate(cart.parkedAt, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" })
  : formatTime(cart.parkedAt, { hour: "2-digit", minute: "2-digit" });

function drawList() {
  const box = $("parked-list");
  box.replaceChildren(...state.list.map((cart) => el("li", { class: `parked-row${cart.old ? " parked-old" : ""}`, dataset: { parkedId: String(cart.id) } },
    el("div", { class: "parked-text" },
      el("strong", { class: "parked-label", translate: "no" }, cart.label),
      cart.old ? el("span", { class: "pill parked-old-pill" }, TEXT.old) : null,
      el("div", { class: "parked-meta" }, TEXT.meta(cart.items, cart.totalDisplay, parkedAt(cart))),
      ...cart.changes.map((change) => el("div", { class: "parked-change", role: "note" }, TEXT.change(change)))),
    el("div", { class: "parked-actions" },
      el("button", { class: cart.changes.length ? "secondary parked-resume" : "primary parked-resume", type: "button", onclick: () => resume(cart) },
        cart.changes.length ? TEXT.resumeChanged : TEXT.resume),
      el("button", { class: "secondary danger parked-drop", type: "button", onclick: () => drop(cart) }, TEXT.drop)))));
  $("parked-none").hidden = state.list.length > 0;
  $("parked-none").textContent = TEXT.none;
}

async function open() {
  if ($("cart-panel").hidden) return;
  problem(null);
  $("park-label").value = "";
  $("park-submit").disabled = !state.cart?.lines.length;
  showDialog($("parked-dialog"), state.cart?.lines.length ? $("park-label") : undefined);
  await refresh();
  if (!state.cart?.lines.length) ($("parked-list").querySelector(".parked-resume") ?? $("parked-close")).focus();
}

function close() {
  hideDialog($("parked-dialog"), $("search"));
}

async function park(event) {
  event.preventDefault();
  if (state.busy || $("park-submit").disabled) return;
  state.busy = true;
  problem(null);
  try {
    const parked = await api.cartPark($("park-label").value);
    emit(CART_REPLACED, await api.cartGet());
    close();
    emit(TOAST, { message: TEXT.parked(parked.label), kind: "info" });
    await refresh();
  } catch (failure) {
    problem(failure?.message ?? String(failure));
    $("park-label").select();
  } finally {
    state.busy = false;
  }
}

async function resume(cart) {
  if (state.busy) return;
  state.busy = true;
  problem(null);
  try {
    const view = await api.cartResume(cart.id, cart.changes.length > 0);
    emit(CART_REPLACED, view);
    close();
    emit(TOAST, { message: TEXT.resumed(cart.label), kind: "info" });
    await refresh();
  } catch (failure) {
    problem(failure?.message ?? String(failure));
    await refresh();
  } finally {
    state.busy = false;
  }
}

async function drop(cart) {
  const sure = await confirmAction({
    title: TEXT.dropTitle, text: TEXT.dropText(cart.label, cart.totalDisplay),
    yes: TEXT.dropYes, no: TEXT.dropNo, returnTo: $("parked-close"),
  });
  if (!sure) return;
  try {
    await api.cartDropParked(cart.id);
  } catch (failure) {
    problem(failure?.message ?? String(failure));
  }
  await refresh();
}

$("parked-open").addEventListener("click", open);
$("parked-close").addEventListener("click", close);
$("park-form").addEventListener("submit", park);
$("parked-dialog").addEventListener("click", (event) => {
  if (event.target === $("parked-dialog")) close();
});
document.addEventListener("keydown", (event) => {
  if (!$("parked-dialog").hidden) {
    if (openDialog() !== $("parked-dialog")) return; // the drop question is on top
    // While the list is open, the register's shortcuts and scanner input wait.
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  } else if (event.key === "F3" && views.current() === "register" && !openDialog()) {
    event.preventDefault();
    open();
  }
}, true);
on(LANGUAGE, () => { drawButton(); if (!$("parked-dialog").hidden) drawList(); });
refresh();
