// The Settings view: the Stripe key and the webhook signing secret (kept in the OS keyring;
// only their masked forms ever reach this page), the mode, and the register's settings.
// A new key or new settings restart Till; main.js refreshes the register when that happens.
import * as api from "./api.js";
import { $, el } from "./dom.js";
import * as views from "./views.js";
import { emit, on, LANGUAGE, TOAST } from "./events.js";
import { formatDate, language, t, tNodes } from "./i18n.js";

/** Every sentence this view shows, in one place: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  mode: (mode) => t(`mode-${mode}`),
  localeOfLanguage: (locale) => t("settings-locale-language", { locale }),
  // What an empty cancel URL means (see README, The customer's phone).
  get cancelOwnPage() { return t("settings-cancel-own-page"); },
  get cancelNoBackLink() { return t("settings-cancel-no-back-link"); },
  keyKind: (kind) => t(kind === "restricted" ? "settings-key-restricted" : "settings-key-secret"),
  get keyFromEnvironment() { return t("settings-key-from-environment"); },
  keyVerified: (when) => t("settings-key-verified", { when }),
  get noKey() { return t("settings-no-key"); },
  permissionsTitle: (probed) => t(probed ? "settings-permissions-probed" : "settings-permissions"),
  get optional() { return t("settings-permission-optional"); },
  keySave: (present) => t(present ? "settings-key-replace" : "settings-key-save"),
  get checking() { return t("settings-key-checking"); },
  // The keyring's name is the core's.
  keyringNote: (keyring) => tNodes("settings-keyring-note", { keyring: el("span", { translate: "no" }, keyring) }),
  get webhookNotSet() { return t("settings-webhook-not-set"); },
  get typeLive() { return t("settings-type-live"); },
  keySaved: (mode) => t("settings-key-saved", { mode }),
  get keyRemoved() { return t("settings-key-removed"); },
  get webhookSaved() { return t("settings-webhook-saved"); },
  systemLanguage: (name) => t("settings-language-system", { name }),
  get saved() { return t("settings-saved"); },
  running: (mode) => t("settings-running", { mode }),
};

function notify(message, kind) {
  emit(TOAST, { message, kind });
}

function showError(id, error) {
  const box = $(id);
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    delete box.dataset.code;
    return;
  }
  box.textContent = error.message ?? String(error);
  box.dataset.code = error.code ?? "";
  box.hidden = false;
}

function when(ms) {
  return ms ? formatDate(ms, { dateStyle: "medium", timeStyle: "short" }) : null;
}

// ---------- the key ----------

function renderKey(status) {
  const badge = $("key-mode-badge");
  badge.textContent = TEXT.mode(status.mode);
  badge.className = `badge badge-${status.mode}`;

  const summary = $("key-summary");
  if (status.present) {
    const from = status.source === "environment" ? ` · ${TEXT.keyFromEnvironment}` : "";
    const verified = when(status.verifiedAt);
    summary.replaceChildren(
      el("span", { class: "mono masked-key", id: "key-masked", translate: "no" }, status.masked),
      ` · ${TEXT.keyKind(status.kind)}${from}`,
      verified ? ` · ${TEXT.keyVerified(verified)}` : "");
  } else {
    summary.textContent = TEXT.noKey;
  }

  $("key-problem").hidden = !status.problem;
  $("key-problem").textContent = status.problem?.message ?? "";
  // No keyring on this computer blocks nothing while Till trains: said calmly, with the fix.
  // A locked keyring or a bad stored key stays red: a key may be there that Till cannot use.
  const calm = status.problem?.code === "keyring_unavailable";
  $("key-problem").className = `notice ${calm ? "notice-calm" : "notice-danger"}`;
  $("key-warning").hidden = !status.warning;
  $("key-warning").textContent = status.warning ?? "";

  const probed = status.permissions.some((p) => p.granted !== null);
  $("key-permissions-title").textContent = TEXT.permissionsTitle(probed);
  const list = $("key-permission-list");
  list.replaceChildren();
  for (const p of status.permissions) {
    const state = p.granted === true ? "granted" : p.granted === false ? "missing" : "recommended";
    const mark = state === "granted" ? "✓" : state === "missing" ? "✗" : "•";
    list.append(el("li", { class: `permission permission-${state}${p.required ? "" : " optional"}` },
      el("span", { class: "permission-mark" }, mark),
      // Stripe's names of the resource and the access, and the core's purpose: as they come.
      el("strong", { translate: "no" }, `${p.resource}: ${p.access}`),
      " — ",
      el("span", { translate: "no" }, p.purpose),
      p.required ? "" : ` ${TEXT.optional}`));
  }
  $("key-permissions").open = status.kind === "secret" && status.mode === "live" || status.permissions.some((p) => p.granted === false);

  $("key-save").textContent = TEXT.keySave(status.present);
  $("key-remove").hidden = !(status.present && status.source === "keyring");
  if (!status.present) $("key-remove-confirm").hidden = true;
  $("keyring-note").replaceChildren(...TEXT.keyringNote(status.keyring));

  const webhook = status.webhookSecret;
  $("webhook-summary").replaceChildren(webhook.present
    ? el("span", { class: "mono", id: "webhook-masked", translate: "no" }, webhook.masked)
    : TEXT.webhookNotSet);
  $("webhook-remove").hidden = !webhook.present;
}

function resetKeyForm() {
  $("key-input").value = "";
  $("live-confirm-input").value = "";
  $("live-confirm").hidden = true;
}

async function saveKey(event) {
  event.preventDefault();
  const key = $("key-input").value;
  const confirming = !$("live-confirm").hidden;
  if (confirming && $("live-confirm-input").value.trim() !== "LIVE") {
    showError("key-error", { code: "live_confirmation_required", message: TEXT.typeLive });
    return;
  }
  const button = $("key-save");
  button.disabled = true;
  button.textContent = TEXT.checking;
  showError("key-error", null);
  try {
    const status = await api.keySet(key, confirming);
    resetKeyForm();
    renderKey(status);
    notify(TEXT.keySaved(status.mode), "info");
  } catch (error) {
    if (error.code === "live_confirmation_required") {
      // Keep the key in the field: the owner only has to type LIVE.
      $("live-confirm").hidden = false;
      $("live-confirm-input").focus();
    } else {
      // A refused key is never kept on screen.
      resetKeyForm();
    }
    showError("key-error", error);
  } finally {
    button.disabled = false;
    button.textContent = TEXT.keySave(!$("key-remove").hidden);
  }
}

async function removeKey() {
  $("key-remove-confirm").hidden = true;
  try {
    renderKey(await api.keyRemove());
    notify(TEXT.keyRemoved, "info");
  } catch (error) {
    showError("key-error", error);
  }
}

async function saveWebhookSecret(event) {
  event.preventDefault();
  showError("webhook-error", null);
  try {
    const status = await api.webhookSecretSet($("webhook-input").value);
    renderKey(status);
    notify(TEXT.webhookSaved, "info");
  } catch (error) {
    showError("webhook-error", error);
  } finally {
    $("webhook-input").value = "";
  }
}

async function removeWebhookSecret() {
  try {
    renderKey(await api.webhookSecretRemove());
  } catch (error) {
    showError("webhook-error", error);
  }
}

// ---------- the register's settings ----------

function renderSettings(settings) {
  $("set-register-name").value = settings.registerName;
  $("set-register-id").textContent = settings.registerId;
  const currency = $("set-currency");
  currency.replaceChildren(...settings.currencies.map((c) => el("option", { value: c }, c)));
  currency.value = settings.currency;
  const locale = $("set-locale");
  // The first choice follows the language (its locale is what the core uses now when none is chosen).
  locale.replaceChildren(
    el("option", { value: "" }, TEXT.localeOfLanguage(settings.languageLocale)),
    ...settings.locales.map((l) => el("option", { value: l.tag }, `${l.tag} (${l.example})`)));
  locale.value = settings.locale;
  // Each language by its own name (not translated); the first choice follows the system's.
  const system = settings.languages.find((l) => l.tag === settings.systemLanguage);
  $("set-language").replaceChildren(
    el("option", { value: "" }, TEXT.systemLanguage(system?.name ?? settings.systemLanguage)),
    ...settings.languages.map((l) => el("option", { value: l.tag, lang: l.tag, translate: "no" }, l.name)));
  $("set-language").value = settings.language ?? "";
  $("set-timeout").value = String(settings.checkoutTimeoutMinutes);
  $("set-success-url").value = settings.successUrl ?? "";
  $("set-success-explain").textContent = settings.afterPaymentExplain;
  // Test or live mode without an after-payment page: what a customer's phone will see.
  $("set-phone-warning").hidden = !settings.phoneWarning;
  $("set-phone-warning").textContent = settings.phoneWarning ?? "";
  // The shop-network option is training mode's only (Till ignores it with a key).
  $("set-lan-row").hidden = settings.mode !== "training";
  $("set-lan").checked = settings.trainingLanCheckout;
  $("set-lan-explain").textContent = settings.lanExplain;
  $("set-cancel-url").value = settings.cancelUrl ?? "";
  $("set-cancel-url").placeholder = settings.successUrl ? TEXT.cancelNoBackLink : TEXT.cancelOwnPage;
  $("log-dir").textContent = settings.logDir;
}

async function saveSettings(event) {
  event.preventDefault();
  showError("settings-error", null);
  const button = $("settings-save");
  button.disabled = true;
  try {
    const saved = await api.settingsSave({
      registerName: $("set-register-name").value,
      currency: $("set-currency").value,
      locale: $("set-locale").value,
      language: $("set-language").value || null,
      checkoutTimeoutMinutes: Number.parseInt($("set-timeout").value, 10) || 0,
      successUrl: $("set-success-url").value,
      cancelUrl: $("set-cancel-url").value,
      trainingLanCheckout: $("set-lan").checked,
    });
    renderSettings(saved);
    // A new language: said in it, once the window has switched (the core restarts with it).
    if ((saved.language ?? saved.systemLanguage) !== language()) on(LANGUAGE, () => notify(TEXT.saved, "info"), { once: true });
    else notify(TEXT.saved, "info");
  } catch (error) {
    showError("settings-error", error);
  } finally {
    button.disabled = false;
  }
}

// ---------- Receipts: the shop's header and footer, the printer ----------

function renderReceipts(form) {
  $("rcp-shop-name").value = form.shopName;
  $("rcp-shop-address").value = form.shopAddress;
  $("rcp-tax-id").value = form.shopTaxId;
  $("rcp-phone").value = form.shopPhone;
  $("rcp-footer").value = form.footer;
  $("rcp-printer").value = form.printerConnection;
  $("rcp-paper").value = form.paper;
  $("rcp-print-mode").value = form.printMode;
  $("rcp-copies").value = String(form.copies);
  $("rcp-kick").checked = form.kickDrawer;
  $("rcp-code-page").value = form.codePage;
  $("rcp-drawer-pin").value = form.drawerPin;
}

async function saveReceipts(event) {
  event.preventDefault();
  showError("receipts-error", null);
  const button = $("receipts-save");
  button.disabled = true;
  try {
    renderReceipts(await api.receiptSettingsSave({
      shopName: $("rcp-shop-name").value,
      shopAddress: $("rcp-shop-address").value,
      shopTaxId: $("rcp-tax-id").value,
      shopPhone: $("rcp-phone").value,
      footer: $("rcp-footer").value,
      printerConnection: $("rcp-printer").value,
      paper: $("rcp-paper").value,
      printMode: $("rcp-print-mode").value,
      copies: Number.parseInt($("rcp-copies").value, 10) || 0,
      kickDrawer: $("rcp-kick").checked,
      codePage: $("rcp-code-page").value,
      drawerPin: $("rcp-drawer-pin").value,
    }));
    notify(TEXT.saved, "info");
  } catch (error) {
    showError("receipts-error", error);
  } finally {
    button.disabled = false;
  }
}

async function printTestPage() {
  showError("receipts-error", null);
  const button = $("receipts-test");
  button.disabled = true;
  try {
    const printer = await api.printerTest();
    notify(t("receipt-test-printed", { printer }), "info");
  } catch (error) {
    showError("receipts-error", error);
  } finally {
    button.disabled = false;
  }
}

$("receipts-form").addEventListener("submit", saveReceipts);

// ---------- Tips: the Tip dialog's presets, the tip step before Charge ----------

function renderTips(tips) {
  $("tip-presets").value = tips.presetsText;
  $("tip-ask").checked = tips.askBeforeCharge;
}

async function saveTips(event) {
  event.preventDefault();
  showError("tips-error", null);
  const button = $("tips-save");
  button.disabled = true;
  try {
    renderTips(await api.tipSettingsSave({ presets: $("tip-presets").value, askBeforeCharge: $("tip-ask").checked }));
    notify(TEXT.saved, "info");
  } catch (error) {
    showError("tips-error", error);
  } finally {
    button.disabled = false;
  }
}

$("tips-form").addEventListener("submit", saveTips);
$("receipts-test").addEventListener("click", printTestPage);

async function refresh() {
  const report = (error) => notify(error.message ?? String(error), "error");
  // Each part fills in as soon as it has its answer: a slow or locked keyring never holds up
  // the register's settings.
  await Promise.all([
    api.settingsGet().then(renderSettings).catch(report),
    api.receiptSettingsGet().then(renderReceipts).catch(report),
    api.tipSettingsGet().then(renderTips).catch(report),
    api.keyStatus().then(renderKey).catch(report),
    api.appStatus().then((app) => { $("settings-mode").textContent = TEXT.running(app.mode); }).catch(report),
  ]);
}

$("key-form").addEventListener("submit", saveKey);
$("key-remove").addEventListener("click", () => { $("key-remove-confirm").hidden = false; });
$("key-remove-no").addEventListener("click", () => { $("key-remove-confirm").hidden = true; });
$("key-remove-yes").addEventListener("click", removeKey);
$("webhook-form").addEventListener("submit", saveWebhookSecret);
$("webhook-remove").addEventListener("click", removeWebhookSecret);
$("settings-form").addEventListener("submit", saveSettings);
$("open-logs").addEventListener("click", async () => {
  try {
    await api.openLogFolder();
  } catch (error) {
    notify(error.message ?? String(error), "error");
  }
});
$("key-banner-settings").addEventListener("click", () => views.show("settings"));

views.onShow("settings", refresh);
api.onRestarted(() => { if (views.current() === "settings") refresh(); });
on(LANGUAGE, () => { if (views.current() === "settings") refresh(); });
