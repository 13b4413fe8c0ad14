// The window's words: Project Fluent messages from locales/<language>/till.ftl, the same
// files the core compiles in (crates/till-i18n). New strings go in the .ftl files, in every
// language; a module asks for them with t(id, args), and static markup names its message with
// data-l10n-id (text from the message's value; title, placeholder and aria-label from its
// attributes; data-l10n-args for variables, as JSON).
//
// The language is the core's (AppStatus.language: the Settings choice, else the system's);
// setLanguage loads its file from the app's own origin and re-translates the document. English
// is always loaded too: a message another language lacks falls back to it.
import { FluentBundle, FluentResource } from "../vendor/fluent-bundle/index.js";
import { emit, LANGUAGE } from "./events.js";

/** The attributes a message may set on an element. */
const ATTRIBUTES = new Set(["title", "placeholder", "aria-label"]);

let bundle = null;
let current = null;

async function load(language) {
  const url = new URL(`../locales/${language}/till.ftl`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  // No isolation marks around variables: Till's languages are all left to right.
  const loaded = new FluentBundle(language, { useIsolating: false });
  const errors = loaded.addResource(new FluentResource(await response.text()));
  for (const error of errors) console.warn(`locales/${language}/till.ftl:`, error);
  return loaded;
}

// English is asked for as this module loads, beside the register's first questions to the
// core, not after them: the first tiles wait for the window's words.
const englishLoading = load("en");
let english = null;

/** The language the window is in (`en`, `de`, `fr`, `es`, `ja`, `en-XA`), or null before the first one. */
export const language = () => current;

let displayLocale;

/** The display locale (`de-DE`) dates and times are written in: the core's (AppStatus.locale),
 * which amounts follow too. */
export function setDisplayLocale(tag) {
  displayLocale = tag || undefined;
}

/** A date and time (ms since the epoch) as the display locale writes it. The only place the
 * window turns a time into text. */
export const formatDate = (ms, options) => new Date(ms).toLocaleString(displayLocale, options);

/** A time of day (ms since the epoch) as the display locale writes it. */
export const formatTime = (ms, options) => new Date(ms).toLocaleTimeString(displayLocale, options);

/** The display locale's decimal separator (`.` or `,`), for an example of an amount to type:
 * the core reads typed amounts in the same locale (amounts themselves are formatted in Rust). */
export const decimalSeparator = () =>
  new Intl.NumberFormat(displayLocale).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? ".";

/** Loads `tag`'s messages (English when they cannot be loaded), translates the document, and
 * tells the views that draw words in JS (LANGUAGE) when the language changed. */
export async function setLanguage(tag) {
  tag ||= "en";
  if (tag === current) return;
  english ??= await englishLoading;
  bundle = tag === "en" ? english : await load(tag).catch((error) => {
    console.warn(`no messages for ${tag}, English instead:`, error);
    return english;
  });
  const changed = current !== null;
  current = tag;
  document.documentElement.lang = tag;
  translate(document);
  if (changed) emit(LANGUAGE, tag);
}

/** The bundle and message of `id`: the language's, else English's. */
function find(id) {
  for (const candidate of [bundle, english]) {
    const message = candidate?.getMessage(id);
    if (message) return [candidate, message];
  }
  return [null, null];
}

/** The message `id` with its variables; its id when no language has it. */
export function t(id, args) {
  const [found, message] = find(id);
  return found && message.value ? found.formatPattern(message.value, args) : id;
}

/**
 * The message `id` as a list of strings and nodes, for `replaceChildren` or `el`: an argument
 * that is a DOM node (e.g. the core's own words in a `translate="no"` span) stands in its place.
 */
export function tNodes(id, args) {
  const nodes = [];
  const plain = {};
  for (const [name, value] of Object.entries(args)) {
    if (value instanceof Node) {
      plain[name] = `\u{E000}${nodes.length}\u{E001}`;
      nodes.push(value);
    } else {
      plain[name] = value;
    }
  }
  return t(id, plain).split(/\u{E000}(\d+)\u{E001}/u).map((part, index) => (index % 2 ? nodes[Number(part)] : part));
}

/** Translates one element: its text from the message's value, its attributes from the message's. */
export function translateElement(element) {
  const [found, message] = find(element.dataset.l10nId);
  if (!found) return;
  const args = element.dataset.l10nArgs ? JSON.parse(element.dataset.l10nArgs) : undefined;
  if (message.value) element.textContent = found.formatPattern(message.value, args);
  for (const [name, pattern] of Object.entries(message.attributes)) {
    if (ATTRIBUTES.has(name)) element.setAttribute(name, found.formatPattern(pattern, args));
  }
}

/** Translates every element under `root` that names a message. */
export function translate(root) {
  for (const element of root.querySelectorAll("[data-l10n-id]")) translateElement(element);
}
