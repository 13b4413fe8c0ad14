// Receipts in the window: a Receipt button on the paid panel (and, from history.js, a
// Reprint button — a copy only if the sale had a receipt before — and a Refund receipt in a
// sale's detail) opens the receipt on screen — the same content as the printed one, laid out
// by Rust — with Print, Gift receipt and Close (Esc). With "print automatically" in Settings,
// a sale's first receipt prints as soon as it is paid. The paid panel says where Stripe
// emails its own receipt (live mode only). The cash drawer opens through the printer when
// cash.js says cash was taken or a No sale was recorded. A failing printer is a toast naming
// it and what to do; the sale is never touched.
import * as api from "./api.js";
import { $, el, showDialog, hideDialog } from "./dom.js";
import { emit, on, DRAWER_KICK, SALE_SHOWN, TOAST } from "./events.js";
import { t } from "./i18n.js";

/** Every sentence this view shows: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  printed: (printer) => t("receipt-printed", { printer }),
  get noPrinter() { return t("receipt-no-printer"); },
  get titleSale() { return t("receipt-title"); },
  get titleGift() { return t("receipt-title-gift"); },
  get titleCopy() { return t("receipt-title-copy"); },
  get titleRefund() { return t("receipt-title-refund"); },
  // Stripe emails its receipt in live mode only (docs.stripe.com/receipts).
  emailed: (mode, email) => t(mode === "live" ? "receipt-email-live"
    : mode === "test" ? "receipt-email-test" : "receipt-email-training", { email }),
};

// What the dialog shows: { saleId, kind, copy }.
let shown = null;

function toast(message, kind = "info") {
  emit(TOAST, { message, kind });
}

function elementNode(element) {
  switch (element.type) {
    case "text":
      return el("p", { class: `receipt-text receipt-${element.align} receipt-${element.emphasis}` }, element.text);
    case "row":
      return el("p", { class: `receipt-row receipt-${element.emphasis}${element.indent ? " receipt-indent" : ""}` },
        el("span", { class: "receipt-label" }, element.label),
        el("span", { class: "receipt-amount" }, element.amount));
    case "separator":
      return el("hr", { class: "receipt-rule" });
    case "blank":
      return el("div", { class: "receipt-blank" });
    case "qr": {
      const node = el("div", { class: "receipt-qr", translate: "no" });
      if (!element.svg) return node;
      // The SVG is made in Rust (till-domain's qr.rs) from the payload; inline, as main.js's.
      const image = document.importNode(new DOMParser().parseFromString(element.svg, "image/svg+xml").documentElement, true);
      image.setAttribute("role", "img");
      image.setAttribute("aria-label", element.payload);
      node.replaceChildren(image);
      return node;
    }
    default:
      return null;
  }
}

function draw(view) {
  const paper = $("receipt-paper");
  paper.replaceChildren(...view.elements.map(elementNode));
  paper.dataset.number = String(view.number);
  paper.dataset.copy = String(view.copy);
  paper.dataset.qr = view.qrPayload;
  $("receipt-dialog-title").textContent = view.kind === "gift" ? TEXT.titleGift
    : view.kind === "refund" ? TEXT.titleRefund : view.copy ? TEXT.titleCopy : TEXT.titleSale;
  $("receipt-print").disabled = !view.printer;
  $("receipt-print").title = view.printer ?? TEXT.noPrinter;
  $("receipt-gift").hidden = view.kind !== "sale";
  $("receipt-error").hidden = true;
}

/** copy: true, false, or null — a copy only if the sale had a receipt before (History). */
async function load(saleId, kind, copy) {
  const view = await api.receiptView(saleId, kind, copy);
  // Print and Gift receipt keep what the core decided.
  shown = { saleId, kind, copy: view.copy };
  draw(view);
  return view;
}

async function print() {
  if (!shown) return;
  const button = $("receipt-print");
  button.disabled = true;
  try {
    const printed = await api.receiptPrint(shown.saleId, shown.kind, shown.copy);
    toast(TEXT.printed(printed.printer));
  } catch (failure) {
    const error = $("receipt-error");
    error.textContent = failure.message ?? String(failure);
    error.hidden = false;
  } finally {
    button.disabled = false;
  }
}

/** Opens the receipt dialog on `saleId` (copy: a reprint, marked as such; null: a copy only if
 * the sale had a receipt before; kind: sale or refund). */
export async function openReceipt(saleId, copy = false, kind = "sale") {
  try {
    await load(saleId, kind, copy);
    showDialog($("receipt-dialog"), $("receipt-close"));
  } catch (failure) {
    toast(failure.message ?? String(failure), "error");
  }
}

function close() {
  hideDialog($("receipt-dialog"), $("checkout-receipt"));
  shown = null;
}

// The paid panel: a Receipt button; with "print automatically", the first receipt prints now.
let autoPrinted = null;
on(SALE_SHOWN, async (sale) => {
  const button = $("checkout-receipt");
  const paid = sale.state === "paid";
  button.hidden = !paid;
  button.dataset.saleId = paid ? sale.id : "";
  // Where Stripe's own receipt went: a card (or a split's card part) with the customer's email.
  const email = paid && sale.tender !== "cash" ? sale.customerEmail : null;
  $("checkout-receipt-email").hidden = !email;
  $("checkout-receipt-email").textContent = email ? TEXT.emailed(sale.mode, email) : "";
  if (!paid || autoPrinted === sale.id) return;
  autoPrinted = sale.id;
  try {
    // Only "print automatically" makes a receipt (and so its number) without staff asking.
    const settings = await api.receiptSettingsGet();
    if (settings.printMode !== "auto" || !settings.printerConnection) return;
    const view = await api.receiptView(sale.id, "sale", false);
    // The sale's first receipt only: a paid sale shown again is not printed again.
    if (view.first) {
      const printed = await api.receiptPrint(sale.id, "sale", false);
      toast(TEXT.printed(printed.printer));
    }
  } catch (failure) {
    toast(failure.message ?? String(failure), "error");
  }
});

// The cash drawer opens through the receipt printer once cash is taken or on No sale (when a
// printer is set and Settings say so); receipts themselves never open it. A printer that
// fails is a toast naming it: the sale or the No sale stays recorded.
on(DRAWER_KICK, async ({ reason }) => {
  try {
    await api.drawerKick(reason);
  } catch (failure) {
    toast(failure.message ?? String(failure), "error");
  }
});

$("checkout-receipt").addEventListener("click", () => {
  const saleId = $("checkout-receipt").dataset.saleId;
  if (saleId) openReceipt(saleId, false);
});
$("receipt-print").addEventListener("click", print);
$("receipt-gift").addEventListener("click", async () => {
  if (!shown) return;
  try {
    await load(shown.saleId, "gift", shown.copy);
  } catch (failure) {
    toast(failure.message ?? String(failure), "error");
  }
});
$("receipt-close").addEventListener("click", close);
$("receipt-dialog").addEventListener("click", (event) => {
  if (event.target === $("receipt-dialog")) close();
});
// History's Reprint and Refund receipt (history.js asks for them through the document, not an import).
document.addEventListener("click", (event) => {
  const button = event.target.closest?.("[data-receipt-sale]");
  if (!button) return;
  const copy = { true: true, false: false }[button.dataset.receiptCopy] ?? null;
  openReceipt(button.dataset.receiptSale, copy, button.dataset.receiptKind ?? "sale");
});
document.addEventListener("keydown", (event) => {
  if ($("receipt-dialog").hidden) return;
  // While the receipt is open, the register's shortcuts and scanner input wait.
  event.stopPropagation();
  if (event.key === "Escape") {
    event.preventDefault();
    close();
  }
}, true);
