// Switches between the top-level views. A view is a nav button `.view-tab[data-view=NAME]`
// and one or more panels `[data-view-panel=NAME]`; `onShow(NAME, fn)` runs fn each time
// that view is shown (to refresh it).

const listeners = new Map();

export function onShow(view, handler) {
  listeners.set(view, handler);
}

export function current() {
  return document.querySelector(".view-tab.active")?.dataset.view ?? "register";
}

export function show(view) {
  for (const tab of document.querySelectorAll(".view-tab")) {
    const active = tab.dataset.view === view;
    tab.classList.toggle("active", active);
    tab.setAttribute("aria-pressed", String(active));
  }
  for (const panel of document.querySelectorAll("[data-view-panel]")) {
    panel.hidden = panel.dataset.viewPanel !== view;
  }
  listeners.get(view)?.();
}

document.querySelector(".views")?.addEventListener("click", (event) => {
  const tab = event.target.closest(".view-tab");
  if (tab) show(tab.dataset.view);
});
