// A coupon and a tip on the sale: Coupon lists the coupons synced from Stripe (No coupon
// first, "the customer enters a promotion code on Stripe's page" last); Tip offers No tip first, then 10, 15 and 20 % of the sale, or an amount typed. The
// core applies them (and refuses what does not fit, with its reason); the cart redraws from its answer.
import * as api from "./api.js";
import { $, el, openDialog, showDialog, hideDialog } from "./dom.js";
import { emit, on, CART, CART_REPLACED, LANGUAGE, OPEN_PRICE } from "./events.js";
import { t } from "./i18n.js";

/** Every sentence this view shows: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  get couponTitle() { return t("adjust-coupon-title"); },
  get tipTitle() { return t("adjust-tip-title"); },
  get noCoupon() { return t("adjust-no-coupon"); },
  get noTip() { return t("adjust-no-tip"); },
  get noCoupons() { return t("adjust-no-coupons"); },
  get promotionCodes() { return t("adjust-promotion-codes"); },
  get promotionCodesDetail() { return t("adjust-promotion-codes-detail"); },
  percent: (percent) => t("adjust-tip-percent", { percent }),
  openTitle: (name) => t("adjust-open-title", { name }),
  get setOpen() { return t("adjust-open-add"); },
  get setTip() { return t("adjust-tip-set"); },
};

/** The tip presets, as percentages of the sale. */
const TIP_PRESETS = [10, 15, 20];

const state = { cart: null, mode: null, busy: false, open: null };

on(CART, (cart) => {
  state.cart = cart;
  const empty = !cart.lines.length;
  $("coupon-open").disabled = empty;
  $("tip-open").disabled = empty;
  $("coupon-open").setAttribute("aria-pressed", String(Boolean(cart.couponId || cart.promotionCodes)));
  $("tip-open").setAttribute("aria-pressed", String(cart.tipAmount > 0));
});

function problem(message) {
  $("adjust-error").textContent = message ?? "";
  $("adjust-error").hidden = !message;
}

function choice(label, detail, pressed, action) {
  return el("button", { class: "secondary adjust-choice", type: "button", "aria-pressed": String(pressed), onclick: () => apply(action) },
    el("span", {}, label), ...(detail ? [el("span", { class: "adjust-off" }, detail)] : []));
}

/** Runs one change in the core; the dialog closes when it is taken, and says why when not. */
async function apply(action) {
  if (state.busy) return;
  state.busy = true;
  problem(null);
  try {
    emit(CART_REPLACED, await action());
    close();
  } catch (failure) {
    problem(failure?.message ?? String(failure));
  } finally {
    state.busy = false;
  }
}

async function openCoupons() {
  if ($("cart-panel").hidden || !state.cart?.lines.length) return;
  state.mode = "coupon";
  $("adjust-title").textContent = TEXT.couponTitle;
  $("tip-form").hidden = true;
  problem(null);
  const box = $("adjust-choices");
  const promotionCodes = state.cart.promotionCodes;
  // Last, under the coupons: the customer types a code on Stripe's page (card only, never
  // with a coupon).
  const promotion = choice(TEXT.promotionCodes, TEXT.promotionCodesDetail, promotionCodes,
    () => api.cartSetPromotionCodes(true));
  promotion.id = "promotion-codes";
  box.replaceChildren(
    choice(TEXT.noCoupon, null, !state.cart.couponId && !promotionCodes,
      () => promotionCodes ? api.cartSetPromotionCodes(false) : api.cartSetCoupon(null)),
    promotion);
  showDialog($("adjust-dialog"));
  try {
    const coupons = await api.couponsList();
    promotion.before(...coupons.map((coupon) => choice(coupon.label, coupon.offDisplay, state.cart.couponId === coupon.id,
      () => api.cartSetCoupon(coupon.id))));
    if (!coupons.length) problem(TEXT.noCoupons);
  } catch (failure) {
    problem(failure?.message ?? String(failure));
  }
}

function openTip() {
  if ($("cart-panel").hidden || !state.cart?.lines.length) return;
  state.mode = "tip";
  $("adjust-title").textContent = TEXT.tipTitle;
  problem(null);
  $("adjust-choices").replaceChildren(
    choice(TEXT.noTip, null, !(state.cart.tipAmount > 0), () => api.cartSetTip(null)),
    ...TIP_PRESETS.map((percent) => choice(TEXT.percent(percent), null, false, () => api.cartSetTipPercent(percent))));
  $("tip-form").hidden = false;
  $("tip-amount").value = "";
  showDialog($("adjust-dialog"));
}

/** The amount of an open-price product (or of a Miscellaneous line, `priceId` null). */
function openAmount(detail) {
  if ($("cart-panel").hidden) return;
  state.mode = "open";
  state.open = detail;
  $("adjust-title").textContent = TEXT.openTitle(detail.name ?? t("sale-misc-line"));
  problem(null);
  $("adjust-choices").replaceChildren();
  $("tip-form").hidden = false;
  $("tip-set").textContent = TEXT.setOpen;
  $("tip-amount").value = "";
  showDialog($("adjust-dialog"), $("tip-amount"));
}

function close() {
  $("tip-set").textContent = TEXT.setTip;
  hideDialog($("adjust-dialog"), $("search"));
}

$("coupon-open").addEventListener("click", openCoupons);
$("tip-open").addEventListener("click", openTip);
$("adjust-close").addEventListener("click", close);
$("tip-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const amount = $("tip-amount").value;
  if (state.mode === "open") apply(() => api.cartAddOpenPrice(state.open.priceId ?? null, amount));
  else apply(() => api.cartSetTip(amount));
});
$("adjust-dialog").addEventListener("click", (event) => {
  if (event.target === $("adjust-dialog")) close();
});
document.addEventListener("keydown", (event) => {
  if ($("adjust-dialog").hidden || openDialog() !== $("adjust-dialog")) return;
  // While the dialog is open, the register's shortcuts and scanner input wait.
  event.stopPropagation();
  if (event.key === "Escape") {
    event.preventDefault();
    close();
  }
}, true);
on(LANGUAGE, () => {
  if ($("adjust-dialog").hidden) return;
  if (state.mode === "coupon") openCoupons();
  else if (state.mode === "open") openAmount(state.open);
  else openTip();
});
on(OPEN_PRICE, openAmount);
$("misc-open").addEventListener("click", () => $("cart-panel").hidden ? null : openAmount({ priceId: null, name: null }));
