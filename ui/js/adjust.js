// A coupon, a tip, a manual discount and a line's price on the sale. Coupon lists the coupons
// synced from Stripe (No coupon first, "the customer enters a promotion code on
// Stripe's page" last). Tip offers No tip first, then the owner's presets (10, 15
// and 20 % of the sale until set in Settings), or an amount typed; with the owner's "ask for a
// tip before Charge" the same step opens when Charge is pressed (No tip focused) and Charge goes
// on once it is answered. Discount takes an amount or a percentage and a reason (No discount
// first while one is on); a cart line's price (main.js sends PRICE_OVERRIDE) is set in
// the same form: the new price of one and a reason. The core applies them (and refuses what does
// not fit, with its reason); the cart redraws from its answer. A discount or a price refused for
// want of the owner or a manager asks for the owner PIN (history.js's dialog, as the drawer's
// paid out does), then is given as typed.
import * as api from "./api.js";
import { $, el, openDialog, showDialog, hideDialog } from "./dom.js";
import { emit, on, CART, CART_REPLACED, LANGUAGE, OPEN_PRICE, OWNER_NEEDED, OWNER_SIGNED_IN, PRICE_OVERRIDE, TIP_ASK, TIP_CHOSEN } from "./events.js";
import { t, translateElement } from "./i18n.js";

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
  get discountTitle() { return t("adjust-discount-title"); },
  get noDiscount() { return t("adjust-no-discount"); },
  priceTitle: (name) => t("adjust-price-title", { name }),
};

/** The coupon id of a manual discount (the core's `MANUAL_COUPON_ID`). */
const MANUAL_COUPON = "till_manual";
/** The core's refusals of a discount for want of the owner or a manager signed in. */
const NEEDS_OWNER = new Set(["discount_needs_owner", "override_needs_owner", "staff_not_allowed"]);

/** The tip presets until the owner's setting is read (percentages of the sale). */
const TIP_PRESETS = [10, 15, 20];

// `waiting`: a discount or a price (amount and reason as typed) held while the owner PIN is
// asked; `line`: the cart line whose price is being set; `asking`: the tip step before Charge
// is open (a choice goes on with Charge).
const state = { cart: null, mode: null, busy: false, open: null, waiting: null, line: null, asking: false, presets: TIP_PRESETS };

on(CART, (cart) => {
  state.cart = cart;
  const empty = !cart.lines.length;
  $("coupon-open").disabled = empty;
  $("tip-open").disabled = empty;
  $("discount-open").disabled = empty;
  const manual = cart.couponId === MANUAL_COUPON;
  $("coupon-open").setAttribute("aria-pressed", String((Boolean(cart.couponId) && !manual) || cart.promotionCodes));
  $("discount-open").setAttribute("aria-pressed", String(manual));
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
    const asked = state.asking;
    close();
    if (asked) emit(TIP_CHOSEN);
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
  $("discount-form").hidden = true;
  $("discount-note").hidden = true;
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

/** The tip: No tip first, the owner's presets, an amount. `asking`: the step before Charge
 * (No tip has the focus; a choice goes on with Charge). */
async function openTip(asking = false) {
  if ($("cart-panel").hidden || !state.cart?.lines.length) return;
  state.presets = (await api.tipSettingsGet().catch(() => null))?.presets ?? state.presets;
  state.mode = "tip";
  state.asking = asking === true;
  $("adjust-title").textContent = TEXT.tipTitle;
  problem(null);
  $("adjust-choices").replaceChildren(
    choice(TEXT.noTip, null, !(state.cart.tipAmount > 0), () => api.cartSetTip(null)),
    ...state.presets.map((percent) => choice(TEXT.percent(percent), null, false, () => api.cartSetTipPercent(percent))));
  $("tip-form").hidden = false;
  $("discount-form").hidden = true;
  $("discount-note").hidden = true;
  $("tip-amount").value = "";
  showDialog($("adjust-dialog"), state.asking ? $("adjust-choices").firstElementChild : undefined);
}

/** The discount form's words: the discount's, or a line price's (`adjust-price-…`). */
function discountWords(kind) {
  for (const [id, message] of [["discount-note", "note"], ["discount-amount", "amount"], ["discount-reason", "reason"], ["discount-set", "set"]]) {
    $(id).dataset.l10nId = `adjust-${kind}-${message}`;
    translateElement($(id));
  }
}

/** The manual discount: No discount first while one is on, then an amount or a percentage and
 * the reason. `typed` fills the form again (after the owner PIN was asked). */
function openDiscount(typed) {
  if ($("cart-panel").hidden || !state.cart?.lines.length) return;
  state.mode = "discount";
  $("adjust-title").textContent = TEXT.discountTitle;
  problem(null);
  const manual = state.cart.couponId === MANUAL_COUPON;
  $("adjust-choices").replaceChildren(...(manual ? [choice(TEXT.noDiscount, null, false, () => api.cartSetCoupon(null))] : []));
  discountForm(typed);
}

/** A line's unit price (`line`: { priceId, name, unitDisplay }), with the reason. */
function openPrice(line, typed) {
  if ($("cart-panel").hidden) return;
  state.mode = "price";
  state.line = line;
  $("adjust-title").textContent = TEXT.priceTitle(line.name);
  problem(null);
  $("adjust-choices").replaceChildren();
  discountForm(typed);
}

function discountForm(typed) {
  discountWords(state.mode === "price" ? "price" : "discount");
  $("tip-form").hidden = true;
  $("discount-form").hidden = false;
  $("discount-note").hidden = false;
  $("discount-amount").value = typed?.amount ?? "";
  $("discount-reason").value = typed?.reason ?? "";
  showDialog($("adjust-dialog"), $("discount-amount"));
}

/** Gives the discount as typed; refused for want of the owner, asks for the PIN and waits. */
async function giveDiscount(typed) {
  if (state.busy) return;
  state.busy = true;
  problem(null);
  try {
    emit(CART_REPLACED, await (typed.line
      ? api.cartOverridePrice(typed.line.priceId, typed.amount, typed.reason)
      : api.cartSetManualDiscount(typed.amount, typed.reason)));
    close();
  } catch (failure) {
    if (NEEDS_OWNER.has(failure?.code) && !typed.asked) {
      // The owner's PIN first (history.js asks); the discount follows once signed in.
      state.waiting = { ...typed, asked: true };
      close();
      emit(OWNER_NEEDED);
    } else {
      problem(failure?.message ?? String(failure));
    }
  } finally {
    state.busy = false;
  }
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
  state.asking = false;
  $("tip-set").textContent = TEXT.setTip;
  $("discount-form").hidden = true;
  $("discount-note").hidden = true;
  hideDialog($("adjust-dialog"), $("search"));
}

$("coupon-open").addEventListener("click", openCoupons);
$("tip-open").addEventListener("click", () => openTip(false));
on(TIP_ASK, () => openTip(true));
$("discount-open").addEventListener("click", () => { state.waiting = null; openDiscount(null); });
$("discount-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const typed = { amount: $("discount-amount").value, reason: $("discount-reason").value };
  if (state.mode === "price") typed.line = state.line;
  giveDiscount(typed);
});
on(OWNER_SIGNED_IN, () => {
  const waiting = state.waiting;
  state.waiting = null;
  if (!waiting) return;
  if (waiting.line) openPrice(waiting.line, waiting);
  else openDiscount(waiting);
  giveDiscount(waiting);
});
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
  else if (state.mode === "discount") openDiscount({ amount: $("discount-amount").value, reason: $("discount-reason").value });
  else if (state.mode === "price") openPrice(state.line, { amount: $("discount-amount").value, reason: $("discount-reason").value });
  else openTip(state.asking);
});
on(OPEN_PRICE, openAmount);
on(PRICE_OVERRIDE, (line) => { state.waiting = null; openPrice(line, null); });
$("misc-open").addEventListener("click", () => $("cart-panel").hidden ? null : openAmount({ priceId: null, name: null }));
