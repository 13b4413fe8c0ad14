// The customer's screen, as the register controls it: Settings → Customer screen (which
// monitor, on/off/automatic, the welcome line), the status bar's switch, and what the register
// is told when the screen moved, closed or fell back by itself (a monitor plugged in or out).
// The customer's window itself (customer.html, customer.js) only listens; this file never
// talks to it: the shell builds and sends its model (src-tauri/src/customer.rs).
import * as api from "./api.js";
import { $, el } from "./dom.js";
import { emit, on, LANGUAGE, TOAST } from "./events.js";
import { t } from "./i18n.js";

/** Every sentence this view shows, in one place: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  get automatic() { return t("screen-settings-monitor-auto"); },
  monitor: (name, width, height, register) =>
    t(register ? "screen-settings-monitor-register" : "screen-settings-monitor-name", { name, width: String(width), height: String(height) }),
  get saved() { return t("screen-settings-saved"); },
};

let last = null;
// The form holds what the owner is typing: a refresh (a monitor plugged in, the switch) shows
// where the screen is now but leaves the fields alone until they are saved or Settings is
// opened again.
let edited = false;

function notify(message, kind) {
  emit(TOAST, { message, kind });
}

function render(status) {
  last = status;
  const open = status.placement.kind !== "closed";
  const button = $("screen-button");
  button.setAttribute("aria-pressed", String(open));
  button.classList.toggle("screen-on", open);
  button.title = status.summary;
  $("screen-summary").textContent = status.summary;
  if (!edited) {
    $("screen-switch").value = status.settings.switch;
    $("screen-welcome").value = status.settings.welcome;
  }
  const select = $("screen-monitor");
  const chosen = edited ? select.value : status.settings.monitor;
  const options = [el("option", { value: "" }, TEXT.automatic)];
  for (const m of status.monitors) {
    options.push(el("option", { value: m.key }, TEXT.monitor(m.name || m.key, m.width, m.height, m.register)));
  }
  // A chosen monitor that is unplugged stays chosen: it is used again once it is back.
  if (chosen && !status.monitors.some((m) => m.key === chosen)) {
    options.push(el("option", { value: chosen }, chosen));
  }
  select.replaceChildren(...options);
  select.value = chosen;
}

function showError(error) {
  const box = $("screen-error");
  box.hidden = !error;
  box.textContent = error ? error.message ?? String(error) : "";
}

async function refresh() {
  try {
    render(await api.customerScreenGet());
  } catch (error) {
    notify(error.message ?? String(error), "error");
  }
}

$("screen-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  showError(null);
  const button = $("screen-save");
  button.disabled = true;
  try {
    const status = await api.customerScreenSave({
      switch: $("screen-switch").value,
      monitor: $("screen-monitor").value,
      welcome: $("screen-welcome").value,
    });
    edited = false;
    render(status);
    notify(TEXT.saved, "info");
  } catch (error) {
    showError(error);
  } finally {
    button.disabled = false;
  }
});

$("screen-button").addEventListener("click", async () => {
  const open = last ? last.placement.kind !== "closed" : false;
  try {
    const status = await api.customerScreenSwitch(!open);
    render(status);
    notify(status.summary, "info");
  } catch (error) {
    notify(error.message ?? String(error), "error");
  }
});

// The screen moved, closed or fell back on its own: say so, and show where it is now.
api.onCustomerScreen(({ message }) => {
  notify(message, "info");
  refresh();
});

$("screen-form").addEventListener("input", () => { edited = true; });
$("screen-form").addEventListener("change", () => { edited = true; });

// Settings shown: the monitors as they are now, and the form as saved.
new MutationObserver(() => {
  if ($("settings-view").hidden) return;
  edited = false;
  refresh();
})
  .observe($("settings-view"), { attributes: true, attributeFilter: ["hidden"] });
api.onRestarted(refresh);
on(LANGUAGE, refresh);
refresh();
