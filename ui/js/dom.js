// Small DOM helpers shared by every view.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/**
 * Builds an element: `class`, `dataset` (an object), `on<event>` handlers, other attributes
 * (true → present, false/null/undefined → absent), then the children (null/undefined skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}
