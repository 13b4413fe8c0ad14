// The owner's staff management (History → Staff): add a person with a role and a 4–6 digit
// PIN, change a role, give a new PIN, archive; how long the till waits before it locks
// itself. The Rust side refuses all of it unless the owner is signed in (a manager opens
// History but is refused here, as the permission table says).

import * as api from "./api.js";
import { $, el, confirmAction } from "./dom.js";
import { emit, on, ATTENDANCE, LANGUAGE, TOAST } from "./events.js";
import { t } from "./i18n.js";

const ROLES = ["staff", "manager", "owner"];
let shown = null;

function notify(failure) {
  emit(TOAST, { message: failure?.message ?? String(failure), kind: "error" });
}

function formError(message) {
  const box = $("staff-error");
  box.textContent = message ?? "";
  box.hidden = !message;
}

/** Runs a management call and draws its answer; a refusal is said where it belongs. */
async function change(call, onError = notify) {
  try {
    const view = await call();
    render(view);
    // Staff added or archived: the till may now ask who is there (or stop asking).
    emit(ATTENDANCE);
    return view;
  } catch (failure) {
    onError(failure);
    return null;
  }
}

function render(view) {
  shown = view;
  const select = $("st-auto-lock");
  const secs = String(view.autoLockSecs ?? 0);
  if (![...select.options].some((o) => o.value === secs)) select.append(el("option", { value: secs }, t("staff-auto-lock-secs", { secs: Number(secs) })));
  select.value = secs;
  $("staff-empty").hidden = view.staff.length > 0;
  const list = $("staff-list");
  list.replaceChildren();
  for (const person of view.staff) list.append(row(person));
}

function row(person) {
  const item = el("li", { class: `staff-row${person.archived ? " archived" : ""}`, "data-staff-id": person.id });
  item.append(el("span", { class: "staff-name" }, person.name));
  if (person.archived) {
    item.append(el("span", { class: "muted" }, t("staff-archived")));
    return item;
  }
  const role = el("select", { class: "text-input staff-role", "aria-label": t("staff-role-of", { name: person.name }) },
    ...ROLES.map((r) => el("option", { value: r }, t(`staff-role-${r}`))));
  role.value = person.role;
  role.addEventListener("change", () => change(() => api.staffSetRole(person.id, role.value), (failure) => {
    role.value = person.role;
    notify(failure);
  }));
  item.append(role);
  item.append(el("button", { type: "button", class: "link-button staff-new-pin", onclick: () => newPin(person, item) }, t("staff-new-pin")));
  item.append(el("button", { type: "button", class: "link-button danger staff-archive", onclick: () => archive(person) }, t("staff-archive")));
  return item;
}

/** A new PIN, typed in place under the person's row. */
function newPin(person, item) {
  if (item.querySelector(".staff-pin-form")) return;
  const input = el("input", { class: "text-input", type: "password", inputmode: "numeric", maxlength: "6", "aria-label": t("staff-new-pin-for", { name: person.name }) });
  const error = el("p", { class: "form-error", role: "alert", hidden: true });
  const form = el("form", { class: "staff-pin-form", autocomplete: "off" }, input, el("button", { type: "submit", class: "secondary" }, t("staff-save-pin")), error);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    await change(() => api.staffSetPin(person.id, input.value), (failure) => {
      error.textContent = failure?.message ?? String(failure);
      error.hidden = false;
      input.select();
    });
  });
  item.append(form);
  input.focus();
}

async function archive(person) {
  const yes = await confirmAction({
    title: t("staff-archive-title", { name: person.name }),
    text: t("staff-archive-text"),
    yes: t("staff-archive"),
    no: t("staff-keep"),
  });
  if (yes) change(() => api.staffArchive(person.id));
}

async function add(event) {
  event.preventDefault();
  formError(null);
  const done = await change(() => api.staffAdd($("st-name").value, $("st-role").value, $("st-pin").value), (failure) => formError(failure?.message ?? String(failure)));
  if (done) {
    $("st-name").value = "";
    $("st-pin").value = "";
    $("st-name").focus();
  }
}

async function load() {
  try {
    render(await api.staffList());
  } catch (failure) {
    notify(failure);
  }
}

$("staff-form").addEventListener("submit", add);
$("st-auto-lock").addEventListener("change", (event) => change(() => api.staffAutoLockSet(Number(event.target.value))));
document.querySelector('.side-tab[data-side="staff"]')?.addEventListener("click", load);
on(LANGUAGE, () => { if (shown) render(shown); });
