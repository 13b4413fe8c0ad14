// The only module that talks to the Rust side. Every `invoke` call lives here, so the
// list of commands the UI uses is this file. Errors arrive as { code, message }.

const tauri = window.__TAURI__;

function invoke(command, args = {}) {
  if (!tauri || !tauri.core) {
    return Promise.reject({ code: "internal", message: "Till's window bridge is not available." });
  }
  return tauri.core.invoke(command, args);
}

/** { version, mode, dataDir } */
export function appStatus() {
  return invoke("app_status");
}
