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

/** The quiet zone around a QR code, in modules (qr::svg's QUIET). */
const QUIET = 4;

/** Whether module `i` (row by row) of `code` ({ width, dark }: qr::Modules) is dark. */
const isDark = (code, i) => (parseInt(code.dark[i >> 2], 16) >> (3 - (i & 3))) & 1;

/**
 * Draws `code` into the page's one QR image the way qr::svg draws it for the register: a
 * one-module-thick line per run of dark modules in a row. The image stays; only its size and
 * path change, so no document is parsed or built per code.
 */
function drawQr(code) {
  const size = code.width + 2 * QUIET;
  let d = "";
  for (let y = 0; y < code.width; y++) {
    for (let x = 0; x < code.width;) {
      if (!isDark(code, y * code.width + x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.width && isDark(code, y * code.width + x)) x++;
      d += `M${start + QUIET} ${y + QUIET}.5h${x - start}`;
    }
  }
  const image = $("qr-image");
  image.setAttribute("viewBox", `0 0 ${size} ${size}`);
  const back = image.querySelector("rect");
  back.setAttribute("width", size);
  back.setAttribute("height", size);
  image.querySelector("path").setAttribute("d", d);
}

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
  const code = view.qr ?? view.receiptQr ?? null;
  const key = code && `${code.width}:${code.dark}`;
  if (key !== shownQr) {
    shownQr = key;
    if (code) drawQr(code);
  }
  qr.hidden = !code;
  $("qr-image").setAttribute("aria-label", view.qr ? TEXT.qrAlt : TEXT.receiptAlt);
  qr.dataset.code = view.qr ? "pay" : view.receiptQr ? "receipt" : "";
  $("scan").hidden = !code;
  $("scan").textContent = view.qr ? TEXT.scan : TEXT.receiptScan;
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
