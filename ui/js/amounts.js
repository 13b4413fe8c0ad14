// A sale's figures above its total, drawn the same way wherever a sale is shown: the subtotal,
// the coupon's discount, a row per tax rate (added, or included in the prices) and the tip.
// The words are the core's (`amounts.rs`); this only lays them out.
import { el } from "./dom.js";
import { t } from "./i18n.js";

/**
 * The rows of `view` ({ subtotalDisplay, discount, taxes, tip }, as the cart and History's
 * sale carry them) as `<div><dt/><dd/></div>` elements for a `<dl>`; none without a subtotal.
 */
export function amountRows(view) {
  if (!view?.subtotalDisplay) return [];
  const row = (kind, label, amount) => el("div", { class: `amount-row amount-${kind}` },
    el("dt", {}, label), el("dd", { class: "num" }, amount));
  return [
    row("subtotal", t("cart-subtotal"), view.subtotalDisplay),
    ...(view.discount ? [row("discount", view.discount.label, view.discount.amountDisplay)] : []),
    ...(view.taxes ?? []).map((tax) => row(tax.inclusive ? "tax-included" : "tax-added", tax.label, tax.amountDisplay)),
    ...(view.tip ? [row("tip", view.tip.label, view.tip.amountDisplay)] : []),
  ];
}
