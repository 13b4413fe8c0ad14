// Memberships in the window. At the register: a cart holding a recurring price is a
// membership sale, so the customer's email becomes required; the paid panel names the member
// Stripe's subscription recorded; staff look a member up by email (F2). In the owner's
// Members view (behind the owner PIN, see history.js): the list by status, a member's Stripe
// ids and timeline, and cancel at period end. Every date and sentence arrives made in Rust.
import * as api from "./api.js";
import { $, el, openDialog, showDialog, hideDialog } from "./dom.js";
import * as views from "./views.js";
import { emit, on, CART, EMAIL_PROBLEM, LANGUAGE, SALE_SHOWN, TOAST } from "./events.js";
import { t, formatDate } from "./i18n.js";

const STATUSES = ["active", "trialing", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "paused"];

/** Every sentence this view shows, in one place: each is a message of locales/<language>/till.ftl.
 * A member's status is named by its code here; the summaries and timelines are the core's. */
const TEXT = {
  status: (status) => t("members-status", { status }),
  get emailRequired() { return t("members-email-required"); },
  get verdictPastDue() { return t("members-verdict-past-due"); },
  // These take the status by its code and name it (members-status) inside the sentence.
  verdictIn: (status) => t("members-verdict-in", { status: TEXT.status(status) }),
  verdictOut: (status) => t("members-verdict-out", { status: TEXT.status(status) }),
  state: (status) => t("members-state", { status: TEXT.status(status) }),
  stateUntil: (status, end) => t("members-state-until", { status: TEXT.status(status), end }),
  stateFailed: (status) => t("members-state-failed", { status: TEXT.status(status) }),
  stateRenews: (status, end) => t("members-state-renews", { status: TEXT.status(status), end }),
  membershipNote: (membership) => t("members-membership-note", { membership }),
  unreadable: (error) => t("members-unreadable", { error }),
  recorded: (member, state) => t("members-recorded", { member, state }),
  get recordedLater() { return t("members-recorded-later"); },
  get ending() { return t("members-ending"); },
  periodEnd: (access, end) => t(access ? "members-period-ends" : "members-period-ended", { end }),
  none: (email) => t("members-none", { email }),
  get signedOut() { return t("members-signed-out"); },
  get allStatuses() { return t("members-all-statuses"); },
  get paymentFailed() { return t("members-payment-failed"); },
  get cancel() { return t("members-cancel"); },
  cancelQuestion: (member, plan, end) => end
    ? t("members-cancel-question", { member, plan, end })
    : t("members-cancel-question-no-end", { member, plan }),
  get thisMember() { return t("members-this-member"); },
  get cancelYes() { return t("members-cancel-yes"); },
  get cancelNo() { return t("members-cancel-no"); },
  fact: (name) => t(`members-${name}`),
  yesNo: (yes) => t(yes ? "members-yes" : "members-no"),
  get askAgain() { return t("members-ask-again"); },
  get ended() { return t("members-ended"); },
  get scheduled() { return t("members-scheduled"); },
  get timeline() { return t("history-timeline"); },
  confirmedEnded: (summary) => t("members-confirmed-ended", { summary }),
  confirmedScheduled: (end) => end ? t("members-confirmed-scheduled", { end }) : t("members-confirmed-scheduled-no-end"),
  noCancellation: (summary) => t("members-no-cancellation", { summary }),
  stripeSays: (summary) => t("members-stripe-says", { summary }),
};

/** Ends at the close of the period, and has not ended yet. */
const ending = (member) => member.cancelAtPeriodEnd && member.status !== "canceled";

const time = (ms) => formatDate(ms, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

function notify(message, kind = "error") {
  emit(TOAST, { message, kind });
}

/** How staff should read a status: a verdict, and its colour (ok / warn / stop). */
function verdict(member) {
  if (member.status === "past_due") return { text: TEXT.verdictPastDue, tone: "warn" };
  if (member.access) return { text: TEXT.verdictIn(member.status), tone: "ok" };
  return { text: TEXT.verdictOut(member.status), tone: "stop" };
}

/** "Active, renews 2026-12-27." / "Active until 2026-12-27, then it ends." */
function shortState(member) {
  const end = member.periodEndDisplay;
  if (!end || !member.access) return TEXT.state(member.status);
  if (member.cancelAtPeriodEnd) return TEXT.stateUntil(member.status, end);
  if (member.status === "past_due") return TEXT.stateFailed(member.status);
  return TEXT.stateRenews(member.status, end);
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
  $("membership-note").textContent = membership ? TEXT.membershipNote(membership) : "";
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
  showEmailError(problem?.message || TEXT.emailRequired);
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
    line.textContent = TEXT.unreadable(failure.message ?? String(failure));
    line.className = "checkout-member member-tone-warn";
    line.hidden = false;
    return;
  }
  if (register.lastSale !== sale.id) return;
  if (member) {
    const tone = verdict(member).tone;
    line.textContent = TEXT.recorded(member.email ?? member.customerId, shortState(member));
    line.className = `checkout-member member-tone-${tone}`;
    line.hidden = false;
  } else if (membership) {
    // The core records the member before it reports the sale paid; only a failed read of the
    // subscription leaves it to the subscription's own events (the next poll).
    line.textContent = TEXT.recordedLater;
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
      el("strong", { translate: "no" }, member.plan),
      el("span", { class: "muted", translate: "no" }, member.email ?? ""),
      ending(member) ? el("span", { class: "pill member-ending" }, TEXT.ending) : null),
    el("p", { class: "member-summary", translate: "no" }, member.summary),
    member.periodEndDisplay ? el("p", { class: "member-period muted" },
      TEXT.periodEnd(member.access, member.periodEndDisplay)) : null);
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
      : [el("p", { class: "member-none" }, TEXT.none(email))]));
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
  if (Date.now() - owner.relockedAt < 2000) return notify(TEXT.signedOut);
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

/** The status filter's choices, in the window's language (drawn again when it changes). */
function fillStatuses() {
  const select = $("m-status");
  if (select.dataset.language === document.documentElement.lang) return;
  const chosen = select.value || "all";
  select.replaceChildren(el("option", { value: "all" }, TEXT.allStatuses),
    ...STATUSES.map((status) => el("option", { value: status }, TEXT.status(status))));
  select.value = chosen;
  select.dataset.language = document.documentElement.lang;
}

function memberRow(member) {
  const tone = verdict(member).tone;
  return el("tr", {
    class: `history-row member-row${member.subscriptionId === owner.selected ? " selected" : ""}`,
    dataset: { subscriptionId: member.subscriptionId }, tabindex: "0",
    onclick: () => openMember(member.subscriptionId),
    onkeydown: (event) => { if (event.key === "Enter") openMember(member.subscriptionId); },
  },
  el("td", { class: "m-email", translate: "no" }, member.email ?? "—", el("div", { class: "h-id" }, member.subscriptionId)),
  el("td", { translate: "no" }, member.plan),
  el("td", { class: "m-status" },
    el("span", { class: `pill member-pill member-tone-${tone}` }, TEXT.status(member.status)),
    ending(member) ? el("span", { class: "pill member-ending" }, TEXT.ending) : null,
    member.paymentFailed && member.status === "active" ? el("span", { class: "pill member-tone-warn" }, TEXT.paymentFailed) : null),
  el("td", { class: "h-time" }, member.periodEndDisplay ?? "—"));
}

async function loadMembers() {
  fillStatuses();
  const members = await owned(() => api.membersList($("m-status").value || "all"));
  if (!members) return;
  $("members-rows").replaceChildren(...members.map(memberRow));
  $("members-empty").hidden = members.length > 0;
}

/** A fact of the member: its name (a message), and its value (data unless `translated`). */
function definition(name, value, { mono = false, translated = false } = {}) {
  return [el("dt", {}, TEXT.fact(name)), el("dd", { class: mono ? "mono" : "", translate: translated ? null : "no" }, value ?? "—")];
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
  }, TEXT.cancel);
  const confirmRow = el("div", { class: "confirm-row", id: "member-cancel-confirm", hidden: true },
    el("span", {}, TEXT.cancelQuestion(member.email ?? TEXT.thisMember, member.plan, member.periodEndDisplay)),
    el("button", { class: "secondary danger", type: "button", id: "member-cancel-yes", onclick: () => cancelMember(member.subscriptionId) }, TEXT.cancelYes),
    el("button", { class: "secondary", type: "button", onclick: () => { confirmRow.hidden = true; cancel.hidden = false; } }, TEXT.cancelNo));
  box.replaceChildren(
    el("div", { class: "detail-head" },
      el("h3", { class: "member-title", translate: "no" }, member.email ?? member.customerId),
      el("span", { class: `pill member-pill member-tone-${tone}`, id: "member-detail-status" }, TEXT.status(member.status))),
    el("div", { class: `member-verdict member-tone-${tone}` }, text),
    el("p", { class: "member-summary", id: "member-detail-summary", translate: "no" }, member.summary),
    el("dl", { class: "facts" },
      ...definition("plan", member.plan),
      ...definition("period-end", member.periodEndDisplay),
      ...definition("cancels-at-period-end", TEXT.yesNo(scheduled), { translated: true }),
      ...definition("customer", member.customerId, { mono: true }),
      ...definition("subscription", member.subscriptionId, { mono: true }),
      ...definition("sale", member.saleId, { mono: true }),
      ...definition("updated", time(member.updatedAt))),
    owner.answer ? el("p", { class: "notice notice-ok", id: "member-answer", role: "status" }, owner.answer) : null,
    el("div", { class: "member-actions" },
      cancel,
      el("button", { class: "secondary", type: "button", id: "member-refresh", onclick: () => refreshMember(member.subscriptionId) }, TEXT.askAgain)),
    ended ? el("p", { class: "field-note" }, TEXT.ended)
      : scheduled ? el("p", { class: "field-note" }, TEXT.scheduled) : null,
    confirmRow,
    el("p", { class: "form-error", id: "member-error", role: "alert", hidden: true }),
    el("h4", {}, TEXT.timeline),
    // The timeline is the ledger's record, in the core's words.
    el("ol", { class: "timeline", id: "member-timeline" },
      ...detail.timeline.map((entry) => el("li", { translate: "no" },
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
      ? TEXT.confirmedEnded(member.summary)
      : member.cancelAtPeriodEnd
        ? TEXT.confirmedScheduled(member.periodEndDisplay)
        : TEXT.noCancellation(member.summary);
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
    owner.answer = TEXT.stripeSays(member.summary);
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
on(LANGUAGE, () => { if (views.current() === "members") openMembersView(); });
