// The Test cards view: Stripe's test cards with what each should do, a Run button per card,
// and the recorded runs (mismatches flagged). Shown in test and training mode only.
import * as api from "./api.js";
import { $, el } from "./dom.js";
import * as views from "./views.js";
import { emit, on, LANGUAGE, PRESENT_SALE, REGISTER_READY, TOAST } from "./events.js";
import { t, formatDate } from "./i18n.js";

/** Every sentence this view shows, in one place: each is a message of locales/<language>/till.ftl. */
const TEXT = {
  get paymentOnScreen() { return t("testcards-payment-on-screen"); },
  get waiting() { return t("testcards-waiting"); },
  get threeDSecureStep() { return t("testcards-3ds-step"); },
  // A decline code is Stripe's (`insufficient_funds`), shown as it is, spaced.
  declined: (code) => t("testcards-declined", { code }),
  result: (result) => t("testcards-result", { result }),
  afterThreeDSecure: (result) => t("testcards-3ds-then", { result }),
  verdictOk: (outcome) => t("testcards-verdict-ok", { outcome }),
  verdictMismatch: (outcome) => t("testcards-verdict-mismatch", { outcome }),
  get copy() { return t("testcards-copy"); },
  get copyTitle() { return t("testcards-copy-title"); },
  get run() { return t("testcards-run"); },
  get noRuns() { return t("testcards-no-runs"); },
  expected: (outcome) => t("testcards-expected", { outcome }),
  mismatch: (outcome) => t("testcards-mismatch", { outcome }),
  mode: (mode) => t("testcards-mode", { mode }),
  copied: (number) => t("testcards-copied", { number }),
  cardNumber: (number) => t("testcards-card-number", { number }),
  exported: (path) => t("testcards-exported", { path }),
};

const grouped = (number) => number.replace(/(\d{4})(?=\d)/g, "$1 ");

/** A run's outcome in words, from its parts `{ threeDSecure, result, declineCode }` (none yet: waiting). */
function outcomeText(outcome) {
  if (!outcome) return TEXT.waiting;
  if (!outcome.result) return TEXT.threeDSecureStep;
  const result = outcome.result === "declined" ? TEXT.declined((outcome.declineCode ?? "").replaceAll("_", " ")) : TEXT.result(outcome.result);
  return outcome.threeDSecure ? TEXT.afterThreeDSecure(result) : result;
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
        el("button", { class: "link-button copy", type: "button", title: TEXT.copyTitle,
          onclick: () => copy(card.number) }, TEXT.copy)),
      // What the card should do, in the core's words.
      el("td", { translate: "no" }, card.label),
      el("td", { class: `verdict verdict-${verdict}` },
        !last ? "—"
          : verdict === "mismatch" ? TEXT.verdictMismatch(outcomeText(last.observedOutcome))
            : verdict === "ok" ? TEXT.verdictOk(outcomeText(last.observedOutcome))
              : outcomeText(last.observedOutcome)),
      el("td", {}, el("button", { class: "secondary run", type: "button", onclick: () => run(card.number),
        disabled: !sheet.available }, TEXT.run))));
  }
  const history = $("testruns");
  history.replaceChildren();
  if (sheet.runs.length === 0) history.append(el("li", { class: "empty" }, TEXT.noRuns));
  for (const run of sheet.runs) {
    const verdict = run.matched === null ? "pending" : run.matched ? "ok" : "mismatch";
    const time = formatDate(run.startedAt);
    history.append(el("li", { class: `testrun verdict-${verdict}` },
      el("span", { class: "recent-time" }, time),
      el("span", { class: "card-number" }, `•••• ${run.cardLast4}`),
      el("span", {}, TEXT.expected(outcomeText(run.expectedOutcome))),
      el("strong", {}, verdict === "mismatch" ? TEXT.mismatch(outcomeText(run.observedOutcome)) : outcomeText(run.observedOutcome)),
      el("span", { class: "sale-id" }, TEXT.mode(run.mode))));
  }
}

async function copy(number) {
  try {
    await navigator.clipboard.writeText(number);
    notify(TEXT.copied(grouped(number)), "info");
  } catch {
    notify(TEXT.cardNumber(grouped(number)), "info");
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
    notify(TEXT.exported(path), "info");
  } catch (error) {
    notify(error.message ?? String(error), "error");
  }
});

views.onShow("testcards", refresh);
api.onSaleUpdated(() => { if (views.current() === "testcards") refresh(); });
on(LANGUAGE, () => { if (views.current() === "testcards") refresh(); });
// Whether the tab shows depends on the mode; ask once the register is on screen.
on(REGISTER_READY, () => refresh(), { once: true });
