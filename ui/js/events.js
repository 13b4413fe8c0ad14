// Every DOM event the views send each other, in one place: views talk through these, not
// through imports of each other. Each constant says who sends it, who listens and its
// `detail`. Send with `emit`, listen with `on`; no event name is written out anywhere else
// (tests/tidy.rs checks it, and that each event here is both sent and listened to).

/** i18n.js sends it when the window has switched to another language (its messages loaded, the markup translated); settings.js, history.js, members.js, testcards.js and screen.js listen (they draw again what they drew in words, when shown). detail: the language's tag. */
export const LANGUAGE = "till:language";
/** cash.js sends it when a cash sale is completed; main.js listens (shows the paid sale on the checkout panel with the change due; the cart is done with). detail: the cash sale view `{ sale, tendered, change, paid, rounding }`. */
export const CASH_PAID = "till:cash-paid";
/** cash.js sends it once cash was taken (a cash sale, a split's cash part, a split's balance in cash) or a No sale is recorded; receipt.js listens (opens the drawer through the receipt printer; a failure is a toast, nothing recorded changes). detail: `{ reason }`, `cash_sale` or `no_sale`. */
export const DRAWER_KICK = "till:drawer-kick";
/** cash.js sends it with a split sale to show (just started, its card retried, or voided); main.js listens (shows it on the checkout panel as a sale from the cart). detail: the split view `{ sale, cash, card, actions, ending, ... }`. */
export const SPLIT_SHOWN = "till:split-shown";
/** cash.js (a paid out) and adjust.js (a manual discount) send it when an action was refused for want of the owner PIN; history.js listens (asks for the PIN). detail: none. */
export const OWNER_NEEDED = "till:owner-needed";
/** history.js sends it when the owner signed in after `till:owner-needed` asked; cash.js and adjust.js listen (each carries out its action that waited, if any). detail: none. */
export const OWNER_SIGNED_IN = "till:owner-signed-in";
/** main.js sends it whenever the register's cart is drawn; cash.js and members.js listen (the Cash button is enabled by `cashBlocked`; a membership makes the email required). detail: the cart view `{ lines, totalDisplay, chargeBlocked, cashBlocked, membership, ... }`. */
export const CART = "till:cart";
/** parked.js sends it with the register's cart after a park (now empty) or a resume (the parked cart); main.js listens (draws it). detail: the cart view. */
export const CART_REPLACED = "till:cart-replaced";
/** main.js sends it when an open-price tile or Other is tapped; adjust.js listens (asks the amount and adds the line). detail: `{ priceId, name }`, priceId null for a Miscellaneous line. */
export const OPEN_PRICE = "till:open-price";
/** main.js sends it when a cart line's price is pressed; adjust.js listens (asks for the new price and the reason: the core's `cart_override_price`). detail: `{ priceId, name, unitDisplay }`. */
export const PRICE_OVERRIDE = "till:price-override";
/** main.js sends it when Charge is pressed and the owner's setting asks for the tip first; adjust.js listens (the tip step: No tip first and focused, the presets, an amount). detail: none. */
export const TIP_ASK = "till:tip-ask";
/** adjust.js sends it once the tip step asked by `till:tip-ask` was answered (No tip too); main.js listens (goes on with Charge). detail: none. */
export const TIP_CHOSEN = "till:tip-chosen";
/** main.js sends it when Charge needs the customer's email; members.js listens (opens the email field and says why). detail: `{ message }`, null for members.js's own sentence. */
export const EMAIL_PROBLEM = "till:email-problem";
/** testcards.js sends it with a test-card run's sale; main.js listens (shows it on the checkout panel, the cart untouched). detail: the sale view `{ id, state, statusText, isFinal, ... }`. */
export const PRESENT_SALE = "till:present-sale";
/** main.js sends it once, when the first tiles are painted and the other views loaded; testcards.js listens (shows its tab or not, by mode). detail: none. */
export const REGISTER_READY = "till:register-ready";
/** main.js sends it each time the checkout panel shows a sale; cash.js, members.js and receipt.js listen (cash.js: a split sale's parts and actions; members.js: the member on the paid panel; receipt.js: the paid panel's Receipt button, printing automatically when Settings say so). detail: the sale view. */
export const SALE_SHOWN = "till:sale-shown";
/** lock.js sends it when someone signed in at the lock screen; main.js listens (draws the register again: what was refused while locked), history.js listens (the owner's Lock button belongs to the owner PIN's sessions). detail: who signed in `{ staffId, name, role }`. */
export const SIGNED_IN = "till:signed-in";
/** history.js sends it after the owner PIN signed the owner in or Lock owner signed them out; main.js sends it when a command was refused because the till is locked; lock.js listens (asks who is signed in: the status bar's name, the lock screen). detail: none. */
export const ATTENDANCE = "till:attendance";
/** settings.js, testcards.js, history.js, members.js, cash.js, receipt.js, screen.js, lock.js and staff.js send it; main.js listens (shows the toast). detail: `{ message, kind }`, kind "error" or "info". */
export const TOAST = "till:toast";

/** Sends `name` to every view listening, with `detail`. */
export function emit(name, detail) {
  document.dispatchEvent(new CustomEvent(name, { detail }));
}

/** Calls `handler(detail)` for each `name` sent; `options` as addEventListener's (`{ once: true }`). */
export function on(name, handler, options) {
  document.addEventListener(name, (event) => handler(event.detail), options);
}
