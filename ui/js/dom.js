// Small DOM helpers shared by every view, and the modal dialogs' focus handling.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/**
 * Builds an element: `class`, `dataset` (an object), `on<event>` handlers, other attributes
 * (true → present, false/null/undefined → absent), then the children (null/undefined skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

// ---------- dialogs: modal, they hold focus and give it back ----------

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';
const openers = new WeakMap();

/** The dialog on top (the last open one in the page), or null. */
export function openDialog() {
  const open = [...document.querySelectorAll('[role="dialog"]:not([hidden]), [role="alertdialog"]:not([hidden])')];
  return open.at(-1) ?? null;
}

/** What can take focus inside `root`, in order, leaving out what is hidden. */
export function focusables(root) {
  return [...root.querySelectorAll(FOCUSABLE)].filter((node) => !node.closest("[hidden]") && node.getClientRects().length > 0);
}

/** Shows a dialog, remembers what had focus, and puts focus on `target` (or its first control). */
export function showDialog(dialog, target) {
  if (dialog.hidden) openers.set(dialog, document.activeElement);
  dialog.hidden = false;
  (target ?? focusables(dialog)[0])?.focus();
}

/** Hides a dialog and gives focus back to what had it before (or to `fallback`). */
export function hideDialog(dialog, fallback) {
  if (dialog.hidden) return;
  dialog.hidden = true;
  const back = openers.get(dialog);
  openers.delete(dialog);
  const usable = (node) => node && node.isConnected && !node.closest("[hidden]") && !node.disabled;
  if (usable(back) && back !== document.body) back.focus();
  else fallback?.focus();
}

// Tab and Shift+Tab stay inside the dialog on top; focus that went outside comes back in.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Tab") return;
  const dialog = openDialog();
  if (!dialog) return;
  const inside = focusables(dialog);
  if (inside.length === 0) { event.preventDefault(); return; }
  const first = inside[0];
  const last = inside.at(-1);
  const active = document.activeElement;
  if (!dialog.contains(active)) { event.preventDefault(); first.focus(); }
  else if (event.shiftKey && active === first) { event.preventDefault(); last.focus(); }
  else if (!event.shiftKey && active === last) { event.preventDefault(); first.focus(); }
}, true);
document.addEventListener("focusin", (event) => {
  const dialog = openDialog();
  if (dialog && !dialog.contains(event.target)) focusables(dialog)[0]?.focus();
});

// The open question, if any: { tag, finish }.
let pendingConfirm = null;

/** Withdraws the open question if it is `tag`'s (what it asked about is settled): as "no". */
export function dismissConfirm(tag) {
  if (pendingConfirm?.tag === tag) pendingConfirm.finish(false);
}

/**
 * Asks before a money-moving action. Resolves true only for the confirm button (or
 * `confirmKey`, e.g. F8 pressed again); Esc, the other button and the backdrop resolve false.
 * Focus starts on the safe button, so a stray Enter changes nothing, and goes back afterwards.
 */
export function confirmAction({ title, text, yes, no, confirmKey = null, returnTo = null, tag = null }) {
  const dialog = document.getElementById("confirm-dialog");
  document.getElementById("confirm-title").textContent = title;
  document.getElementById("confirm-text").textContent = text;
  const yesButton = document.getElementById("confirm-yes");
  const noButton = document.getElementById("confirm-no");
  yesButton.textContent = yes;
  noButton.textContent = no;
  return new Promise((resolve) => {
    const finish = (answer) => {
      if (pendingConfirm?.finish === finish) pendingConfirm = null;
      yesButton.removeEventListener("click", onYes);
      noButton.removeEventListener("click", onNo);
      dialog.removeEventListener("click", onBackdrop);
      document.removeEventListener("keydown", onKey, true);
      hideDialog(dialog, returnTo);
      resolve(answer);
    };
    const onYes = () => finish(true);
    const onNo = () => finish(false);
    const onBackdrop = (event) => { if (event.target === dialog) finish(false); };
    const onKey = (event) => {
      if (event.key === "Escape") { event.preventDefault(); event.stopPropagation(); finish(false); }
      else if (confirmKey && event.key === confirmKey) { event.preventDefault(); event.stopPropagation(); finish(true); }
    };
    yesButton.addEventListener("click", onYes);
    noButton.addEventListener("click", onNo);
    dialog.addEventListener("click", onBackdrop);
    document.addEventListener("keydown", onKey, true);
    pendingConfirm?.finish(false);
    pendingConfirm = { tag, finish };
    showDialog(dialog, noButton);
  });
}
