// The lock screen: once the owner has added staff, the till asks who is there — a name, then
// their PIN on a large pad (or typed) — and records everything they do under their name. Lock
// (F11) or no touch for the auto-lock time hands the till to the next person; the cart stays.
// While it is locked the Rust side refuses every command but the lock screen's (`till_locked`).
// The status bar shows who is signed in.

import * as api from "./api.js";
import { $, el, showDialog, hideDialog, focusables } from "./dom.js";
import { emit, on, ATTENDANCE, LANGUAGE, SIGNED_IN, TOAST } from "./events.js";
import { t } from "./i18n.js";
import * as views from "./views.js";

const state = { view: null, chosen: null, idleTimer: null, busy: false };

const roleName = (role) => t(`staff-role-${role}`);

function render(view) {
  state.view = view;
  const who = view.signedIn;
  const shown = Boolean(view.staffExist && who);
  $("staff-who").hidden = !shown;
  // The owner by the owner PIN is just "Owner"; staff are "Ana · Staff".
  const label = () => (who.staffId ? t("lock-signed-in", { name: who.name, role: roleName(who.role) }) : roleName("owner"));
  $("staff-who").textContent = shown ? label() : "";
  $("lock-button").hidden = !view.staffExist || !who;
  if (view.locked) showLock();
  else hideLock();
  armIdle();
}

async function refresh() {
  try {
    render(await api.staffStatus());
  } catch {
    // The core is starting: it answers once ready (main.js's status says what is wrong).
  }
}

// ---------- the lock screen ----------

function showLock() {
  const screen = $("lock-screen");
  $("lock-register").textContent = $("register-name").textContent;
  const people = $("lock-people");
  people.replaceChildren();
  const choices = state.view.staff.map((person) => ({ ...person, owner: false }));
  if (state.view.ownerPinSet) choices.push({ id: null, name: roleName("owner"), role: "owner", owner: true, lockedForSecs: 0 });
  for (const person of choices) {
    people.append(el("button", {
      type: "button", class: "lock-person", "data-staff-id": person.id ?? "owner",
      onclick: () => choose(person),
    }, el("span", { class: "lock-person-name" }, person.name), el("span", { class: "lock-person-role" }, person.owner ? "" : roleName(person.role))));
  }
  const wasHidden = screen.hidden;
  if (wasHidden) {
    // Nothing of the last person's work stays on screen behind the lock.
    if (views.current() !== "register") views.show("register");
    for (const dialog of document.querySelectorAll('[role="dialog"]:not([hidden]):not(#lock-screen)')) dialog.hidden = true;
  }
  if (state.chosen && !choices.some((p) => (p.id ?? "owner") === (state.chosen.id ?? "owner"))) state.chosen = null;
  if (state.chosen) {
    askPin(state.chosen);
  } else {
    people.hidden = false;
    $("lock-pin").hidden = true;
  }
  if (wasHidden) showDialog(screen, state.chosen ? $("lock-pin-input") : focusables(people)[0]);
}

function hideLock() {
  state.chosen = null;
  $("lock-pin-input").value = "";
  hideDialog($("lock-screen"), $("search"));
}

function choose(person) {
  state.chosen = person;
  askPin(person);
  $("lock-pin-input").focus();
}

function askPin(person) {
  $("lock-people").hidden = true;
  $("lock-pin").hidden = false;
  $("lock-who").textContent = t("lock-pin-for", { name: person.name });
  lockError(null);
}

function back() {
  state.chosen = null;
  $("lock-pin-input").value = "";
  lockError(null);
  $("lock-pin").hidden = true;
  $("lock-people").hidden = false;
  focusables($("lock-people"))[0]?.focus();
}

function lockError(message) {
  const box = $("lock-error");
  box.textContent = message ?? "";
  box.hidden = !message;
}

async function signIn(event) {
  event.preventDefault();
  const person = state.chosen;
  const input = $("lock-pin-input");
  const pin = input.value.trim();
  if (!person || !pin || state.busy) return;
  state.busy = true;
  try {
    const view = person.owner ? await api.staffSignInOwner(pin) : await api.staffSignIn(person.id, pin);
    input.value = "";
    render(view);
    emit(SIGNED_IN, view.signedIn);
  } catch (failure) {
    input.value = "";
    lockError(failure?.message ?? String(failure));
    input.focus();
  } finally {
    state.busy = false;
  }
}

function pad(key) {
  const input = $("lock-pin-input");
  if (key === "clear") input.value = input.value.slice(0, -1);
  // Staff PINs are 4–6 digits, the owner's up to 12 (the field's maxlength).
  else if (input.value.length < (state.chosen?.owner ? input.maxLength : 6)) input.value += key;
  lockError(null);
  input.focus();
}

/** Locks the till now (Lock, F11, or auto-lock). */
async function lock() {
  try {
    render(await api.staffLock());
  } catch (failure) {
    emit(TOAST, { message: failure?.message ?? String(failure), kind: "error" });
  }
}

// ---------- auto-lock ----------

function armIdle() {
  clearTimeout(state.idleTimer);
  const view = state.view;
  if (!view || !view.staffExist || !view.signedIn || !view.autoLockSecs) return;
  state.idleTimer = setTimeout(idle, view.autoLockSecs * 1000);
}

function idle() {
  // A customer paying (the checkout panel open) is not idle: wait for the sale to end.
  if (document.body.dataset.saleOpen === "true") return armIdle();
  lock();
}

// ---------- wiring ----------

$("lock-pin").addEventListener("submit", signIn);
$("lock-back").addEventListener("click", back);
$("lock-button").addEventListener("click", lock);
$("pin-pad").addEventListener("click", (event) => {
  const key = event.target.closest(".pad-key[data-key]");
  if (key) pad(key.dataset.key);
});
// Any touch or key is activity; while the lock screen is up, the register's keys are not.
for (const kind of ["pointerdown", "keydown"]) document.addEventListener(kind, () => armIdle(), { capture: true, passive: true });
document.addEventListener("keydown", (event) => {
  if ($("lock-screen").hidden) {
    if (event.key === "F11" && !$("lock-button").hidden) {
      event.preventDefault();
      lock();
    }
    return;
  }
  if (event.key === "Tab") return;
  event.stopPropagation();
  if (event.key === "Escape" && !$("lock-pin").hidden) {
    event.preventDefault();
    back();
  } else if (/^F\d+$/.test(event.key)) {
    event.preventDefault();
  }
}, true);
on(ATTENDANCE, refresh);
on(LANGUAGE, () => { if (state.view) render(state.view); });

/** main.js calls it once the window has its language (the lock screen is drawn in it). */
export const start = refresh;
