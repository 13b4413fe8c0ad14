// Memberships in the window. At the register: a cart holding a recurring price is a
// membership sale, so the customer's email becomes required; the paid panel names the member
// Stripe's subscription recorded; staff look a member up by email (F2). In the owner's
// Members view (behind the owner PIN, see history.js): the list by status, a member's Stripe
// ids and timeline, and cancel at period end. Every date and sentence arrives made in Rust.
import * as api from "./api.js";
import { $, el, openDialog, showDialog, hideDialog } from "./dom.js";
import * as views from "./views.js";
import { emit, on, CART, EMAIL_PROBLEM, SALE_SHOWN, TOAST } from "./events.js";
import { t } from "./i18n.js";

const STATUSES = ["active", "trialing", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "paused"];
const STATUS_NAMES = {
  active: "Active", trialing: "Trial", past_due: "Past due", unpaid: "Unpaid", canceled: "Canceled",
  incomplete: "Incomplete", incomplete_expired: "Expired", paused: "Paused",
};
const EMAIL_REQUIRED = "A membership needs the customer's email: type it here, then Charge.";

/** Ends at the close of the period, and has not ended yet. */
const ending = (member) => member.cancelAtPeriodEnd && member.status !== "canceled";

const time = (ms) => new Date(ms).toLocaleString([], { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

function notify(message, kind = "error") {
  emit(TOAST, { message, kind });
}

/** How staff should read a status: a verdict, and its colour (ok / warn / stop). */
function verdict(member) {
  if (member.status === "past_due") return { text: "Past due — let them in, ask them to update their card", tone: "warn" };
  if (member.access) return { text: `${member.statusLabel} — let them in`, tone: "ok" };
  return { text: `${member.statusLabel} — no access`, tone: "stop" };
}

/** "Active, renews 2026-12-27." / "Active until 2026-12-27, then it ends." */
function shortState(member) {
  const end = member.periodEndDisplay;
  if (!end || !member.access) return `${member.statusLabel}.`;
  if (member.cancelAtPeriodEnd) return `${member.statusLabel} until ${end}, then it ends.`;
  if (member.status === "past_due") return `${member.statusLabel}: the renewal payment failed.`;
  return `${member.statusLabel}, renews ${end}.`;
}

// ---------- the register: a membership needs the customer's email ----------

const register = {
  membership: null,
  lastSale: null,
};

function showEmailError(message) {
  const error = $("email-error");
  error.textContent = message;
  error.hidden = !message;
}

function renderMembership(cart) {
  const membership = cart.lines.length ? cart.membership : null;
  register.membership = membership;
  const box = $("email-box");
  const input = $("customer-email");
  box.classList.toggle("required", Boolean(membership));
  box.querySelector("summary").textContent = t(membership ? "cart-email-membership" : "cart-email");
  input.required = Boolean(membership);
  input.setAttribute("aria-required", String(Boolean(membership)));
  $("membership-note").hidden = !membership;
  $("membership-note").textContent = membership ? `${membership}. Stripe sends receipts and renewal notices to this address; staff look the member up by it.` : "";
  if (membership) box.open = true;
  else showEmailError("");
}

$("email-box").addEventListener("toggle", () => {
  // The field of a membership sale stays open.
  if (register.membership && !$("email-box").open) $("email-box").open = true;
});
$("customer-email").addEventListener("input", () => showEmailError(""));
on(CART, renderMembership);
// This module may load after the register's first cart arrived: ask once.
api.cartGet().then(renderMembership).catch(() => {});
on(EMAIL_PROBLEM, (problem) => {
  $("email-box").open = true;
  showEmailError(problem?.message || EMAIL_REQUIRED);
  $("customer-email").focus();
});

// ---------- the paid panel: the member the sale recorded ----------

async function showSaleMember(sale) {
  const line = $("checkout-member");
  if (register.lastSale !== sale.id) {
    register.lastSale = sale.id;
    line.hidden = true;
    line.textContent = "";
  }
  if (sale.state !== "paid") return;
  let member = null;
  let membership = null;
  try {
    ({ member, membership } = await api.saleMember(sale.id));
  } catch (failure) {
    line.textContent = `The member could not be read: ${failure.message ?? failure}`;
    line.className = "checkout-member member-tone-warn";
    line.hidden = false;
    return;
  }
  if (register.lastSale !== sale.id) return;
  if (member) {
    const tone = verdict(member).tone;
    line.textContent = `Member recorded: ${member.email ?? member.customerId} — ${shortState(member)}`;
    line.className = `checkout-member member-tone-${tone}`;
    line.hidden = false;
  } else if (membership) {
    // The core records the member before it reports the sale paid; only a failed read of the
    // subscription leaves it to the subscription's own events (the next poll).
    line.textContent = "The member will be in the list as soon as Stripe reports the subscription.";
    line.className = "checkout-member";
    line.hidden = false;
  }
}

on(SALE_SHOWN, showSaleMember);

// ---------- staff: look a member up by email ----------

function memberCard(member) {
  const { text, tone } = verdict(member);
  return el("article", { class: `member-card member-tone-${tone}`, dataset: { subscriptionId: member.subscriptionId, status: member.status } },
    el("div", { class: "member-verdict" }, text),
    el("div", { class: "member-plan" },
      el("strong", {}, member.plan),
      el("span", { class: "muted" }, member.email ?? ""),
      ending(member) ? el("span", { class: "pill member-ending" }, "cancels at period end") : null),
    el("p", { class: "member-summary" }, member.summary),
    member.periodEndDisplay ? el("p", { class: "member-period muted" },
      `${member.access ? "Current period ends" : "Period ended"} ${member.periodEndDisplay}`) : null);
}

function openLookup() {
  $("member-lookup-error").hidden = true;
  showDialog($("member-dialog"), $("member-lookup-email"));
  $("member-lookup-email").select();
}

function closeLookup() {
  hideDialog($("member-dialog"), $("search"));
}

async function lookup(event) {
  event.preventDefault();
  const email = $("member-lookup-email").value.trim();
  const error = $("member-lookup-error");
  const results = $("member-lookup-results");
  error.hidden = true;
  const button = $("member-lookup-submit");
  button.disabled = true;
  try {
    const members = await api.memberLookup(email);
    results.replaceChildren(...(members.length
      ? members.map(memberCard)
      : [el("p", { class: "member-none" }, `No membership for ${email}`)]));
  } catch (failure) {
    results.replaceChildren();
    error.textContent = failure?.message ?? String(failure);
    error.hidden = false;
    $("member-lookup-email").select();
  } finally {
    button.disabled = false;
  }
}

$("member-lookup-open").addEventListener("click", openLookup);
$("member-lookup-close").addEventListener("click", closeLookup);
$("member-lookup-form").addEventListener("submit", lookup);
$("member-dialog").addEventListener("click", (event) => {
  if (event.target === $("member-dialog")) closeLookup();
});
document.addEventListener("keydown", (event) => {
  if (!$("member-dialog").hidden) {
    // While the lookup is open, the register's shortcuts and scanner input wait.
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      closeLookup();
    }
  } else if (event.key === "F2" && views.current() === "register" && !openDialog()) {
    event.preventDefault();
    openLookup();
  }
}, true);

// ---------- the owner: members list, a member's story, cancel at period end ----------

const owner = { selected: null, detail: null, answer: null, relockedAt: 0 };

/** An owner command answered `owner_locked` (idle too long): the PIN dialog, then back here. */
function relock() {
  $("owner-lock").hidden = true;
  views.show("register");
  // history.js's guard on the tab asks for the PIN; never loop should it not be there.
  if (Date.now() - owner.relockedAt < 2000) return notify("The owner is signed out: open Members again and enter the PIN.");
  owner.relockedAt = Date.now();
  $("members-tab").click();
}

async function owned(action) {
  try {
    return await action();
  } catch (failure) {
    if (failure?.code === "owner_locked") relock();
    else notify(failure?.message ?? String(failure));
    return undefined;
  }
}

function fillStatuses() {
  const select = $("m-status");
  if (select.options.length) return;
  select.append(el("option", { value: "all" }, "All statuses"));
  for (const status of STATUSES) select.append(el("option", { value: status }, STATUS_NAMES[status]));
}

function memberRow(member) {
  const tone = verdict(member).tone;
  return el("tr", {
    class: `history-row member-row${member.subscriptionId === owner.selected ? " selected" : ""}`,
    dataset: { subscriptionId: member.subscriptionId }, tabindex: "0",
    onclick: () => openMember(member.subscriptionId),
    onkeydown: (event) => { if (event.key === "Enter") openMember(member.subscriptionId); },
  },
  el("td", { class: "m-email" }, member.email ?? "—", el("div", { class: "h-id" }, member.subscriptionId)),
  el("td", {}, member.plan),
  el("td", { class: "m-status" },
    el("span", { class: `pill member-pill member-tone-${tone}` }, member.statusLabel),
    ending(member) ? el("span", { class: "pill member-ending" }, "cancels at period end") : null,
    member.paymentFailed && member.status === "active" ? el("span", { class: "pill member-tone-warn" }, "payment failed") : null),
  el("td", { class: "h-time" }, member.periodEndDisplay ?? "—"));
}

async function loadMembers() {
  fillStatuses();
  const members = await owned(() => api.membersList($("m-status").value || "all"));
  if (!members) return;
  $("members-rows").replaceChildren(...members.map(memberRow));
  $("members-empty").hidden = members.length > 0;
}

function definition(term, value, mono = false) {
  return [el("dt", {}, term), el("dd", { class: mono ? "mono" : "" }, value ?? "—")];
}

function renderMember(detail) {
  owner.detail = detail;
  const member = detail.member;
  const { text, tone } = verdict(member);
  const box = $("member-detail");
  const ended = member.status === "canceled";
  const scheduled = member.cancelAtPeriodEnd;
  const cancel = el("button", {
    class: "secondary danger", type: "button", id: "member-cancel", disabled: ended || scheduled,
    onclick: () => { confirmRow.hidden = false; cancel.hidden = true; },
  }, "Cancel at period end");
  const confirmRow = el("div", { class: "confirm-row", id: "member-cancel-confirm", hidden: true },
    el("span", {}, `Cancel ${member.email ?? "this member"}'s ${member.plan} at the end of the period${member.periodEndDisplay ? ` (${member.periodEndDisplay})` : ""}? They keep access until then; Stripe bills nothing more.`),
    el("button", { class: "secondary danger", type: "button", id: "member-cancel-yes", onclick: () => cancelMember(member.subscriptionId) }, "Yes, cancel at period end"),
    el("button", { class: "secondary", type: "button", onclick: () => { confirmRow.hidden = true; cancel.hidden = false; } }, "Keep"));
  box.replaceChildren(
    el("div", { class: "detail-head" },
      el("h3", { class: "member-title" }, member.email ?? member.customerId),
      el("span", { class: `pill member-pill member-tone-${tone}`, id: "member-detail-status" }, member.statusLabel)),
    el("div", { class: `member-verdict member-tone-${tone}` }, text),
    el("p", { class: "member-summary", id: "member-detail-summary" }, member.summary),
    el("dl", { class: "facts" },
      ...definition("Plan", member.plan),
      ...definition("Period end", member.periodEndDisplay),
      ...definition("Cancels at period end", scheduled ? "yes" : "no"),
      ...definition("Customer", member.customerId, true),
      ...definition("Subscription", member.subscriptionId, true),
      ...definition("Sale", member.saleId, true),
      ...definition("Updated", time(member.updatedAt))),
    owner.answer ? el("p", { class: "notice notice-ok", id: "member-answer", role: "status" }, owner.answer) : null,
    el("div", { class: "member-actions" },
      cancel,
      el("button", { class: "secondary", type: "button", id: "member-refresh", onclick: () => refreshMember(member.subscriptionId) }, "Ask Stripe again")),
    ended ? el("p", { class: "field-note" }, "This membership has ended; there is nothing to cancel.")
      : scheduled ? el("p", { class: "field-note" }, "Cancellation is scheduled: Stripe ends the membership at the close of the period.") : null,
    confirmRow,
    el("p", { class: "form-error", id: "member-error", role: "alert", hidden: true }),
    el("h4", {}, "Timeline"),
    el("ol", { class: "timeline", id: "member-timeline" },
      ...detail.timeline.map((entry) => el("li", {},
        el("span", { class: "tl-time" }, time(entry.at)),
        el("span", { class: "tl-kind" }, entry.kind.replaceAll("_", " ")),
        el("span", { class: "tl-detail" }, [entry.detail || null, entry.eventId].filter(Boolean).join(" · ")),
        el("span", { class: "tl-source" }, entry.source)))));
}

async function openMember(subscriptionId) {
  if (owner.selected !== subscriptionId) owner.answer = null;
  owner.selected = subscriptionId;
  for (const row of document.querySelectorAll(".member-row")) row.classList.toggle("selected", row.dataset.subscriptionId === subscriptionId);
  const detail = await owned(() => api.memberDetail(subscriptionId));
  if (detail) renderMember(detail);
}

function showMemberError(message) {
  const error = $("member-error");
  if (!error) return notify(message);
  error.textContent = message;
  error.hidden = false;
}

async function cancelMember(subscriptionId) {
  const yes = $("member-cancel-yes");
  if (yes) yes.disabled = true;
  try {
    const member = await api.memberCancel(subscriptionId);
    owner.answer = member.status === "canceled"
      ? `Stripe confirmed: the membership has ended. ${member.summary}`
      : member.cancelAtPeriodEnd
        ? `Stripe confirmed: the membership ends at the close of the period${member.periodEndDisplay ? `, ${member.periodEndDisplay}` : ""}; no more renewals.`
        : `Stripe answered, but shows no cancellation: ${member.summary}`;
  } catch (failure) {
    if (failure?.code === "owner_locked") return relock();
    if (yes) yes.disabled = false;
    return showMemberError(failure?.message ?? String(failure));
  }
  await openMember(subscriptionId);
  loadMembers();
}

async function refreshMember(subscriptionId) {
  try {
    const member = await api.memberRefresh(subscriptionId);
    owner.answer = `Stripe says: ${member.summary}`;
  } catch (failure) {
    if (failure?.code === "owner_locked") return relock();
    return showMemberError(failure?.message ?? String(failure));
  }
  await openMember(subscriptionId);
  loadMembers();
}

async function openMembersView() {
  await loadMembers();
  if (owner.selected) openMember(owner.selected);
}

$("m-status").addEventListener("change", loadMembers);
$("members-reload").addEventListener("click", loadMembers);
views.onShow("members", openMembersView);
