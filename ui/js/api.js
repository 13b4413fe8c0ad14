// The only module that talks to the Rust side. Every `invoke` and `listen` lives here, so
// this file is the list of what the UI can ask for. Errors arrive as { code, message }.

const tauri = window.__TAURI__;

function invoke(command, args = {}) {
  if (!tauri || !tauri.core) {
    return Promise.reject({ code: "internal", message: "Till's window bridge is not available." });
  }
  return tauri.core.invoke(command, args);
}

/** { version, mode, registerName, registerId, currency, dataDir } */
export const appStatus = () => invoke("app_status");

/** { currency, categories, items: [{ priceId, name, category, priceLabel, ... }], syncedAt } */
export const catalogView = (query, category) => invoke("catalog_view", { query, category });
export const catalogSync = () => invoke("catalog_sync");

/** Cart operations all return { lines, itemCount, currency, total, totalDisplay, chargeBlocked }. */
export const cartGet = () => invoke("cart_get");
export const cartAdd = (priceId) => invoke("cart_add", { priceId });
export const cartScan = (code) => invoke("cart_scan", { code });
export const cartSetQuantity = (priceId, quantity) => invoke("cart_set_quantity", { priceId, quantity });
export const cartRemove = (priceId) => invoke("cart_remove", { priceId });
export const cartClear = () => invoke("cart_clear");

/** Sale operations return { id, state, statusText, isFinal, amountDisplay, url, ... }. */
export const saleCharge = (email) => invoke("sale_charge", { email });
export const saleGet = (saleId) => invoke("sale_get", { saleId });
export const saleOpen = (saleId) => invoke("sale_open", { saleId });
export const saleCancel = (saleId) => invoke("sale_cancel", { saleId });
export const saleRetry = (saleId) => invoke("sale_retry", { saleId });
/** The session URL as an SVG QR code (a string). */
export const saleQr = (saleId) => invoke("sale_qr", { saleId });
export const salesRecent = (limit) => invoke("sales_recent", { limit });

/** Tells Till the register is interactive (for the start-up measurement). */
export const uiReady = (tiles) => invoke("ui_ready", { tiles });

/** Calls `handler(sale)` whenever the core reports a change to a sale. */
export function onSaleUpdated(handler) {
  return tauri?.event?.listen("sale-updated", (event) => handler(event.payload));
}

/** Calls `handler()` when the catalog was synced. */
export function onCatalogUpdated(handler) {
  return tauri?.event?.listen("catalog-updated", () => handler());
}
