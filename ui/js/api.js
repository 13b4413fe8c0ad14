// The only module that talks to the Rust side. Every `invoke` and `listen` lives here, so
// this file is the list of what the UI can ask for. Errors arrive as { code, message }.
// The commands are listed once, in src-tauri/src/command_list.rs; src-tauri/tests/commands.rs
// checks every call here against that list. The owner's commands are the `owner` plugin's:
// they are called as "plugin:owner|<command>".

const tauri = window.__TAURI__;

function invoke(command, args = {}) {
  if (!tauri || !tauri.core) {
    return Promise.reject({ code: "internal", message: "Till's window bridge is not available." });
  }
  const reply = tauri.core.invoke(command, args);
  if (sessionStorage.getItem(RECORD_FLAG) !== "1") return reply;
  return reply.then(
    (value) => { record(command, value); return value; },
    (error) => { record(command, error); throw error; });
}

// Test hook: when a test sets sessionStorage "till.recordIpc" to "1", every reply (never the
// arguments) is appended to sessionStorage "till.ipcLog", so the leak test can search all
// that crossed IPC for a secret. Off unless a test turns it on.
const RECORD_FLAG = "till.recordIpc";
function record(command, reply) {
  const log = JSON.parse(sessionStorage.getItem("till.ipcLog") ?? "[]");
  log.push({ command, reply });
  sessionStorage.setItem("till.ipcLog", JSON.stringify(log));
}

// The register's catalog and cart views are answered in the order they were asked: each reply
// is a whole view, and an older one must not overwrite a newer one on screen. The Rust side
// runs commands concurrently (they are async, so none ever blocks the window), so each kind is
// sent one after another, in its own lane; the two lanes do not wait for each other. A charge
// is sent once the cart's lane is empty, so it charges every cart change made before it. The
// status is not queued: main.js shows only the answer to its latest question.
const lanes = { catalog: Promise.resolve(), cart: Promise.resolve() };
function inLane(lane, command, args) {
  const reply = lanes[lane].then(() => invoke(command, args));
  lanes[lane] = reply.catch(() => {});
  return reply;
}
const catalogLane = (command, args) => inLane("catalog", command, args);
const cartLane = (command, args) => inLane("cart", command, args);
const afterCart = (command, args) => lanes.cart.then(() => invoke(command, args));

/** { version, mode, registerName, registerId, currency, dataDir } */
export const appStatus = () => invoke("app_status");

/** { currency, categories, items: [{ priceId, name, category, priceLabel, ... }], syncedAt } */
export const catalogView = (query, category) => catalogLane("catalog_view", { query, category });
export const catalogSync = () => invoke("catalog_sync");

/** Cart operations all return { lines, itemCount, currency, total, totalDisplay, chargeBlocked }. */
export const cartGet = () => cartLane("cart_get");
export const cartAdd = (priceId) => cartLane("cart_add", { priceId });
export const cartScan = (code) => cartLane("cart_scan", { code });
export const cartSetQuantity = (priceId, quantity) => cartLane("cart_set_quantity", { priceId, quantity });
export const cartRemove = (priceId) => cartLane("cart_remove", { priceId });
export const cartClear = () => cartLane("cart_clear");
/** Coupons staff can apply: [{ id, label, offDisplay }]. */
export const couponsList = () => invoke("coupons_list");
export const cartSetCoupon = (couponId) => cartLane("cart_set_coupon", { couponId });
export const cartSetPromotionCodes = (allow) => cartLane("cart_set_promotion_codes", { allow });
export const cartSetTip = (amount) => cartLane("cart_set_tip", { amount });
export const cartSetTipPercent = (percent) => cartLane("cart_set_tip_percent", { percent });
export const cartSetManualDiscount = (amount, reason) => cartLane("cart_set_manual_discount", { amount, reason });
/** A cart line's unit price set by the owner or a manager, with a reason. */
export const cartOverridePrice = (priceId, amount, reason) => cartLane("cart_override_price", { priceId, amount, reason });
/** An amount typed for an open-price product (its priceId) or a Miscellaneous line (null). */
export const cartAddOpenPrice = (priceId, amount) => cartLane("cart_add_open_price", { priceId, amount });
/** Parked carts: [{ id, label, items, itemCount, totalDisplay, parkedAt, old, changes: [{ name, kind, wasDisplay, nowDisplay }] }]. */
export const cartPark = (label) => cartLane("cart_park", { label });
export const cartParked = () => invoke("cart_parked");
export const cartResume = (id, acceptChanges) => cartLane("cart_resume", { id, acceptChanges });
export const cartDropParked = (id) => invoke("cart_drop_parked", { id });

/** Sale operations return { id, state, statusText, isFinal, amountDisplay, url, ... }. */
export const saleCharge = (email) => afterCart("sale_charge", { email });
// Cash and the drawer (drawer.rs in the shell): no Stripe call behind any of these.
export const cashDue = () => afterCart("cash_due");
export const cashQuote = (tendered) => afterCart("cash_quote", { tendered });
export const salePayCash = (tendered, email) => afterCart("sale_pay_cash", { tendered, email });
export const drawerStatus = () => invoke("drawer_status");
export const drawerOpen = (float) => invoke("drawer_open", { float });
export const drawerPaidIn = (amount, reason) => invoke("drawer_paid_in", { amount, reason });
export const drawerPaidOut = (amount, reason) => invoke("drawer_paid_out", { amount, reason });
export const drawerNoSale = () => invoke("drawer_no_sale");
/** Opens the cash drawer through the receipt printer (reason: "cash_sale" | "no_sale"): { opened, printer, skipped } */
export const drawerKick = (reason) => invoke("drawer_kick", { reason });
export const drawerX = () => invoke("drawer_x");
export const drawerClose = (counted) => invoke("drawer_close", { counted });
export const zReports = () => invoke("z_reports");
export const cashRoundingSet = (step) => invoke("cash_rounding_set", { step });
export const splitQuote = (cashParts) => afterCart("split_quote", { cashParts });
export const salePaySplit = (cashParts, email) => afterCart("sale_pay_split", { cashParts, email });
export const splitView = (saleId) => invoke("split_view", { saleId });
export const splitBalanceQuote = (saleId, tendered) => invoke("split_balance_quote", { saleId, tendered });
export const splitBalanceCash = (saleId, tendered) => invoke("split_balance_cash", { saleId, tendered });
export const splitVoid = (saleId) => invoke("split_void", { saleId });
export const splitRetryCard = (saleId) => invoke("split_retry_card", { saleId });
export const saleGet = (saleId) => invoke("sale_get", { saleId });
export const saleOpen = (saleId) => invoke("sale_open", { saleId });
export const saleCancel = (saleId) => invoke("sale_cancel", { saleId });
export const saleRetry = (saleId) => invoke("sale_retry", { saleId });
/** The session URL as an SVG QR code (a string). */
export const saleQr = (saleId) => invoke("sale_qr", { saleId });
export const salesRecent = (limit) => invoke("sales_recent", { limit });

/** { available, currency, cards: [{ number, label, expected, seed }], runs: [...] } */
export const testcardsList = () => invoke("testcards_list");
/** Starts a test-card run: a sale for the smallest amount, opened like any other. */
export const testcardRun = (number) => invoke("testcard_run", { number });
/** Writes the run history as CSV; returns the file's path. */
export const testcardsExport = () => invoke("testcards_export");

/**
 * The Stripe key as Settings shows it, never the key itself: { present, source, mode, masked,
 * kind, verifiedAt, permissions: [{ resource, access, required, purpose, granted }], warning,
 * problem: { code, message }, webhookSecret: { present, masked, setAt }, keyring }.
 */
export const keyStatus = () => invoke("key_status");
/** Proves the key with Stripe, stores it in the OS keyring and restarts Till in its mode. */
export const keySet = (key, confirmLive) => invoke("key_set", { key, confirmLive });
export const keyRemove = () => invoke("key_remove");
export const webhookSecretSet = (secret) => invoke("webhook_secret_set", { secret });
export const webhookSecretRemove = () => invoke("webhook_secret_remove");
/** { registerName, registerId, currency, locale, checkoutTimeoutMinutes, successUrl, cancelUrl, trainingLanCheckout, mode, phoneWarning, afterPaymentExplain, lanExplain, currencies, locales, dataDir, logDir } */
export const settingsGet = () => invoke("settings_get");
export const settingsSave = (update) => invoke("settings_save", { update });
export const openLogFolder = () => invoke("open_log_folder");

// ---------- the owner's view (every call but ownerStatus/Unlock/SetPin needs the PIN first) ----------

/** { pinSet, lockedForSecs, unlocked } */
export const ownerStatus = () => invoke("plugin:owner|owner_status");
export const ownerUnlock = (pin) => invoke("plugin:owner|owner_unlock", { pin });
export const ownerLock = () => invoke("plugin:owner|owner_lock");
export const ownerSetPin = (pin, current) => invoke("plugin:owner|owner_set_pin", { pin, current });
/** filter: { mode, from, to, status, currency, register, text } → { rows: [...], nextCursor } */
export const historyPage = (filter, cursor, limit) => invoke("plugin:owner|history_page", { filter, cursor, limit });
/** [{ currency, sales, paid, grossDisplay, refundedDisplay, netDisplay, averageDisplay, ... }] */
export const historyTotals = (filter) => invoke("plugin:owner|history_totals", { filter });
/** { mode, modes, registers, currencies, statuses, today } */
export const historyOptions = (mode) => invoke("plugin:owner|history_options", { mode });
/** { sale, lines, timeline, refunds, refundedDisplay, refundable, refundableDisplay, refundableMajor } */
export const saleDetail = (saleId) => invoke("plugin:owner|sale_detail", { saleId });
/** Checks a refund without making it: { saleId, amount, amountDisplay, totalDisplay, refundableDisplay, full, card } */
export const refundPreview = (saleId, amount) => invoke("plugin:owner|refund_preview", { saleId, amount });
export const refundCreate = (saleId, amount, reason) => invoke("plugin:owner|refund_create", { saleId, amount, reason });
export const refundCashPreview = (saleId, amount) => invoke("plugin:owner|refund_cash_preview", { saleId, amount });
export const refundCashCreate = (saleId, amount) => invoke("plugin:owner|refund_cash_create", { saleId, amount });
export const refundSplitCreate = (saleId, card, cash, reason) => invoke("plugin:owner|refund_split_create", { saleId, card, cash, reason });
/** Returns by line: the sale's lines with what is returnable, a return checked and priced, and the return itself. `lines`: [{ priceId, quantity }]. */
export const returnLinesGet = (saleId) => invoke("plugin:owner|return_lines_get", { saleId });
export const returnPreview = (saleId, lines) => invoke("plugin:owner|return_preview", { saleId, lines });
export const returnCreate = (saleId, lines, reason) => invoke("plugin:owner|return_create", { saleId, lines, reason });
export const refundRefresh = (saleId) => invoke("plugin:owner|refund_refresh", { saleId });
/** { rows, totals, charts: [{ currency, dataUrl }] } */
export const reportGet = (from, to, period, register, cashier) => invoke("plugin:owner|report_get", { from, to, period, register, cashier });
export const daySummary = (day) => invoke("plugin:owner|day_summary", { day });
/** Writes the filtered set as CSV in the export folder: { path, rows, bytes } */
export const historyExport = (filter, perLine) => invoke("plugin:owner|history_export", { filter, perLine });
/** input: { draftId, name, description, amount, currency, interval, sku, barcode, category, taxRate } */
export const productCreate = (input) => invoke("plugin:owner|product_create", { input });
export const productArchive = (productId) => invoke("plugin:owner|product_archive", { productId });
/** The register's quick keys (Favourites page), in order; returns them as item views. */
export const favouritesSet = (priceIds) => invoke("plugin:owner|favourites_set", { priceIds });
/** The synced tax rates: [{ id, displayName, percentageDisplay, inclusive, default }]; each change returns them anew. */
export const taxRatesList = () => invoke("plugin:owner|tax_rates_list");
/** input: { displayName, percentage, inclusive, country, jurisdiction } */
export const taxRateCreate = (input) => invoke("plugin:owner|tax_rate_create", { input });
export const taxRateArchive = (taxRateId) => invoke("plugin:owner|tax_rate_archive", { taxRateId });
/** taxRateId null: no default. */
export const taxRateDefaultSet = (taxRateId) => invoke("plugin:owner|tax_rate_default_set", { taxRateId });
/** input: { name, percentOff, amountOff, maxRedemptions } → { id, label, offDisplay }; the list is couponsList. */
export const couponCreate = (input) => invoke("plugin:owner|coupon_create", { input });
export const couponDelete = (couponId) => invoke("plugin:owner|coupon_delete", { couponId });

// ---------- receipts (receipt.js, history.js, settings.js) ----------

/** kind: "sale" | "gift" | "refund"; copy: true | false | null (a copy only if the sale had a receipt before) → { saleId, number, kind, copy, lines, elements, qrPayload, refunded, printMode, printer, first } */
export const receiptView = (saleId, kind, copy) => invoke("receipt_view", { saleId, kind, copy });
/** Prints on the printer in Settings: { saleId, number, printer, copies } */
export const receiptPrint = (saleId, kind, copy) => invoke("receipt_print", { saleId, kind, copy });
/** Prints the printer's test page; returns the printer as Settings name it. */
export const printerTest = () => invoke("printer_test");
/** { shopName, shopAddress, shopTaxId, shopPhone, footer, printerConnection, paper, printMode, copies, kickDrawer } */
export const receiptSettingsGet = () => invoke("receipt_settings_get");
export const receiptSettingsSave = (settings) => invoke("receipt_settings_save", { settings });
/** Tips' settings: { presets: [10, 15, 20], presetsText, askBeforeCharge }. */
export const tipSettingsGet = () => invoke("tip_settings_get");
export const tipSettingsSave = (settings) => invoke("tip_settings_save", { settings });

// ---------- the customer's screen (screen.js in the register; customer.js listens only) ----------

/** { settings: { switch, monitor, welcome }, monitors: [{ key, name, width, height, x, y, register }], placement: { kind, monitor }, summary } */
export const customerScreenGet = () => invoke("customer_screen_get");
/** Settings → Customer screen (the owner's once a PIN is set); returns the status as above. */
export const customerScreenSave = (settings) => invoke("customer_screen_save", { settings });
/** The register's switch: on or off now and from now on; returns the status as above. */
export const customerScreenSwitch = (on) => invoke("customer_screen_switch", { on });

/** The register: calls `handler({ message, placement })` when the customer screen moved, closed or fell back by itself (a monitor plugged in or out). */
export function onCustomerScreen(handler) {
  return tauri?.event?.listen("customer-screen", (event) => handler(event.payload));
}

/** The customer's window (its only way in): calls `handler(view)` with each customer model
 * `{ stage, shop, lines, itemCount, totalDisplay, status, qr, receiptQr, tenderedDisplay, changeDisplay }`;
 * `qr` and `receiptQr` are QR codes as `{ width, dark }` (qr::Modules), drawn by the page.
 * Resolves once it listens. */
export function onCustomerUpdated(handler) {
  return tauri?.event?.listen("customer-updated", (event) => handler(event.payload)) ?? Promise.resolve();
}

// ---------- who is at the till (lock.js; staff.js for the owner's management) ----------

/** { locked, staffExist, signedIn: { staffId, name, role } | null, staff: [{ id, name, role, lockedForSecs }] (while locked), ownerPinSet, autoLockSecs } */
export const staffStatus = () => invoke("staff_status");
/** Signs a staff member in with their PIN; returns the status as above. */
export const staffSignIn = (staffId, pin) => invoke("staff_sign_in", { staffId, pin });
/** Signs the owner in with the owner PIN; returns the status as above. */
export const staffSignInOwner = (pin) => invoke("staff_sign_in_owner", { pin });
/** Whoever is signed in leaves (a till with staff locks); returns the status as above. */
export const staffLock = () => invoke("staff_lock");
/** Owner: { staff: [{ id, name, role, archived, lockedForSecs, createdAt }], autoLockSecs }; each change returns the same. */
export const staffList = () => invoke("staff_list");
export const staffAdd = (name, role, pin) => invoke("staff_add", { name, role, pin });
export const staffArchive = (staffId) => invoke("staff_archive", { staffId });
export const staffSetPin = (staffId, pin) => invoke("staff_set_pin", { staffId, pin });
export const staffSetRole = (staffId, role) => invoke("staff_set_role", { staffId, role });
/** Seconds: 0 never, else 15 s to 4 h. */
export const staffAutoLockSet = (secs) => invoke("staff_auto_lock_set", { secs });

/** Tells Till the register is interactive (for the start-up measurement). */
export const uiReady = (tiles, pageMs, marks) => invoke("ui_ready", { tiles, pageMs, marks });

/** Calls `handler(sale)` whenever the core reports a change to a sale. */
export function onSaleUpdated(handler) {
  return tauri?.event?.listen("sale-updated", (event) => handler(event.payload));
}

/** Calls `handler()` when Till restarted with a new key or new settings. */
export function onRestarted(handler) {
  return tauri?.event?.listen("till-restarted", () => handler());
}

/** Calls `handler()` when the catalog was synced. */
export function onCatalogUpdated(handler) {
  return tauri?.event?.listen("catalog-updated", () => handler());
}

// ---------- memberships ----------

/**
 * Staff, at the counter: [{ subscriptionId, customerId, email, plan, status, statusLabel, access,
 * summary, currentPeriodEnd, periodEndDisplay, cancelAtPeriodEnd, paymentFailed, saleId, updatedAt }]
 */
export const memberLookup = (email) => invoke("member_lookup", { email });
/** The member a paid membership sale recorded, or null (not yet, or not a membership). */
export const saleMember = (saleId) => invoke("sale_member", { saleId });
/** Owner: the members list, `status` "all" or one of Stripe's subscription statuses. */
export const membersList = (status) => invoke("members_list", { status });
/** Owner: { member, timeline: [{ id, at, source, kind, from_status, to_status, detail, event_id }] } (snake_case inside) */
export const memberDetail = (subscriptionId) => invoke("member_detail", { subscriptionId });
/** Owner: cancels at period end (Stripe first); returns the member as Stripe left it. */
export const memberCancel = (subscriptionId) => invoke("member_cancel", { subscriptionId });
/** Owner: reads the subscription from Stripe again. */
export const memberRefresh = (subscriptionId) => invoke("member_refresh", { subscriptionId });
