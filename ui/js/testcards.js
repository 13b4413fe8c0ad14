// The Test cards view: Stripe's test cards with what each should do, a Run button per card,
// and the recorded runs (mismatches flagged). Shown in test and training mode only.
import * as api from "./api.js";
import { $, el } from "./dom.js";
import * as views from "./views.js";
import { emit, on, PRESENT_SALE, REGISTER_READY, TOAST } from "./events.js";



/** Sentences of this view (more are inline still), for the translations to come. */
const TEXT = {
  paymentOnScreen: "Finish or cancel the payment on the register first.",
};

const grouped = (number) => number.replace(/(\d{4})(?=\d)/g, "$1 ");

/** A run's outcome in words, from its parts `{ threeDSecure, result, declineCode }` (none yet: waiting). */
function outcomeText(outcome) {
  if (!outcome) return "waiting for the customer";
  if (!outcome.result) return "a 3-D Secure step";
  const result = outcome.result === "declined" ? `declined — ${(outcome.declineCode ?? "").replaceAll("_", " ")}` : outcome.result;
  return outcome.threeDSecure ? `3-D Secure, then ${result}` : result;
}

function notify(message, kind) {
  emit(TOAST, { message, kind });
}

async function refresh() {
  let sheet;
  try {
    sheet = await api.testcardsList();
  } catch (error) {
    notify(error.message ?? String(error), "error");
    return;
  }
  $("testcards-tab").hidden = !sheet.available;
  const lastByCard = new Map();
  for (const run of sheet.runs) if (!lastByCard.has(run.card)) lastByCard.set(run.card, run);
  const rows = $("testcards-rows");
  rows.replaceChildren();
  for (const card of sheet.cards) {
    const last = lastByCard.get(card.number);
    const verdict = !last ? "" : last.matched === null ? "pending" : last.matched ? "ok" : "mismatch";
    rows.append(el("tr", { class: card.seed ? "seed" : "", "data-card": card.number },
      el("td", { class: "card-number" }, grouped(card.number),
        el("button", { class: "link-button copy", type: "button", title: "Copy the number",
          onclick: () => copy(card.number) }, "Copy")),
      el("td", {}, card.label),
      el("td", { class: `verdict verdict-${verdict}` },
        last ? `${outcomeText(last.observedOutcome)}${verdict === "mismatch" ? " — MISMATCH" : verdict === "ok" ? " ✓" : ""}` : "—"),
      el("td", {}, el("button", { class: "secondary run", type: "button", onclick: () => run(card.number),
        disabled: !sheet.available }, "Run"))));
  }
  const history = $("testruns");
  history.replaceChildren();
  if (sheet.runs.length === 0) history.append(el("li", { class: "empty" }, "No runs yet."));
  for (const run of sheet.runs) {
    const verdict = run.matched === null ? "pending" : run.matched ? "ok" : "mismatch";
    const time = new Date(run.startedAt).toLocaleString();
    history.append(el("li", { class: `testrun verdict-${verdict}` },
      el("span", { class: "recent-time" }, time),
      el("span", { class: "card-number" }, `•••• ${run.cardLast4}`),
      el("span", {}, `expected ${outcomeText(run.expectedOutcome)}`),
      el("strong", {}, verdict === "mismatch" ? `MISMATCH: ${outcomeText(run.observedOutcome)}` : outcomeText(run.observedOutcome)),
      el("span", { class: "sale-id" }, run.mode)));
  }
}

async function copy(number) {
  try {
    await navigator.clipboard.writeText(number);
    notify(`Copied ${grouped(number)}`, "info");
  } catch {
    notify(`Card number: ${grouped(number)}`, "info");
  }
}

async function run(number) {
  // A run never takes the register's place while a customer's payment is on screen.
  if (document.body.dataset.saleOpen === "true") {
    notify(TEXT.paymentOnScreen, "error");
    return;
  }
  try {
    const sale = await api.testcardRun(number);
    views.show("register");
    emit(PRESENT_SALE, sale);
  } catch (error) {
    notify(error.message ?? String(error), "error");
  }
}

$("testcards-export").addEventListener("click", async () => {
  try {
    const path = await api.testcardsExport();
    notify(`Run history exported to ${path}`, "info");
  } catch (error) {
    notify(error.message ?? String(error), "error");
  }
});

views.onShow("testcards", refresh);
api.onSaleUpdated(() => { if (views.current() === "testcards") refresh(); });
// Whether the tab shows depends on the mode; ask once the register is on screen.
on(REGISTER_READY, () => refresh(), { once: true });
