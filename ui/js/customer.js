// The customer's screen: draws the model the shell sends (`customer-updated`, built and
// sanitized in src-tauri/src/customer.rs) and nothing else. This window has no command at all
// (capabilities/customer.json): it cannot ask for anything, only listen. When it listens, it
// changes its title to "Till · customer", which is how the shell knows to send the model again.
import { onCustomerUpdated } from "./api.js";
import { $, el } from "./dom.js";
import { setLanguage, t } from "./i18n.js";

/** Every sentence this view shows, in one place: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  get welcome() { return t("customer-welcome"); },
  status: (status) => t(`customer-status-${status.replaceAll("_", "-")}`),
  get qrAlt() { return t("customer-qr-alt"); },
  get scan() { return t("customer-scan"); },
  get receiptScan() { return t("customer-receipt-scan"); },
  get receiptAlt() { return t("customer-receipt-alt"); },
  get thankYou() { return t("customer-thank-you"); },
};

const TONES = { paid: "ok", declined: "bad", failed: "bad", expired: "bad", canceled: "bad" };

let shownQr = null;

async function draw(view) {
  await setLanguage(view.shop.language || "en");
  document.body.dataset.stage = view.stage;
  document.body.dataset.status = view.status ?? "";
  $("idle").hidden = view.stage !== "idle";
  $("shop-name").textContent = view.shop.name;
  $("welcome").textContent = view.shop.welcome || TEXT.welcome;

  $("order").hidden = view.lines.length === 0;
  $("lines").replaceChildren(...view.lines.map((line) => el("li", {},
    el("span", { class: "qty" }, `${line.quantity}×`),
    el("span", { class: "name", translate: "no" }, line.name),
    el("span", { class: "sub", translate: "no" }, line.subtotalDisplay))));
  const amounts = view.amounts ?? [];
  $("amounts").hidden = amounts.length === 0;
  $("amounts").replaceChildren(...amounts.map((row) => el("div", { class: "amount" },
    el("dt", {}, row.label), el("dd", { translate: "no" }, row.amountDisplay))));
  $("total").textContent = view.totalDisplay ?? "";

  const sale = view.stage === "sale";
  $("pay").hidden = !sale;
  if (!sale) return;
  const qr = $("qr");
  // While the customer can pay: the payment page's code; once paid: the receipt's.
  const code = view.qrSvg ?? view.receiptQrSvg ?? null;
  if (code !== shownQr) {
    shownQr = code;
    if (code) {
      // Inline SVG (as the register's): no image URL for WebKit to keep per sale.
      const image = document.importNode(new DOMParser().parseFromString(code, "image/svg+xml").documentElement, true);
      image.setAttribute("role", "img");
      image.setAttribute("aria-label", view.qrSvg ? TEXT.qrAlt : TEXT.receiptAlt);
      qr.replaceChildren(image);
    } else {
      qr.replaceChildren();
    }
  }
  qr.dataset.code = view.qrSvg ? "pay" : view.receiptQrSvg ? "receipt" : "";
  $("scan").hidden = !code;
  $("scan").textContent = view.qrSvg ? TEXT.scan : TEXT.receiptScan;
  $("amount").textContent = view.totalDisplay ?? "";
  const status = $("status");
  const paid = view.status === "paid";
  status.textContent = paid ? `${TEXT.status("paid")} ${TEXT.thankYou}` : view.status ? TEXT.status(view.status) : "";
  status.dataset.tone = TONES[view.status] ?? "";
  const cash = Boolean(view.changeDisplay);
  $("cash").hidden = !cash;
  $("tendered").textContent = view.tenderedDisplay ?? "";
  $("change").textContent = view.changeDisplay ?? "";
}

// Models are drawn one after the other, in the order they came.
let drawing = Promise.resolve();
await setLanguage("en");
await onCustomerUpdated((view) => { drawing = drawing.then(() => draw(view)).catch((error) => console.error(error)); });
document.title = "Till · customer";
