// Register screen wiring: reads state through api.js and renders it.
import * as api from "./api.js";

const MODE_LABELS = { training: "TRAINING", test: "TEST", live: "LIVE" };

function showStatus(status) {
  const badge = document.getElementById("mode-badge");
  badge.textContent = MODE_LABELS[status.mode] ?? status.mode.toUpperCase();
  badge.className = `badge badge-${status.mode}`;
  document.getElementById("status-text").textContent =
    `Till ${status.version} · ${status.mode} mode · ready`;
}

function showError(error) {
  const text = document.getElementById("status-text");
  text.textContent = error && error.message ? error.message : String(error);
  text.classList.add("status-error");
}

async function refreshStatus() {
  try {
    showStatus(await api.appStatus());
  } catch (error) {
    showError(error);
  }
}

document.getElementById("status-refresh").addEventListener("click", refreshStatus);
document.addEventListener("keydown", (event) => {
  if (event.key === "/" && document.activeElement?.id !== "search") {
    event.preventDefault();
    document.getElementById("search").focus();
  }
});
refreshStatus();
