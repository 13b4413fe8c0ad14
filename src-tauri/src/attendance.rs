//! Whether the till has staff and who is signed in at it: the shell's copy of the core's
//! sign-in, which the invoke handler reads without waiting for the core (`staff::refusal`)
//! and `state` carries over to a core restarted with new settings. It keeps the till's
//! language too, so the lock's refusal is worded in it without waiting for the core.

use std::sync::Mutex;

use till_core::i18n::Language;
use till_core::staff::SignedIn;

/// Whether the till has staff, and who is signed in at it.
#[derive(Default)]
pub struct Attendance {
    inner: Mutex<Present>,
}

#[derive(Default, Clone)]
struct Present {
    /// `None` until the core has read the ledger (then the till counts as locked).
    staff_exist: Option<bool>,
    signed_in: Option<SignedIn>,
    /// The till's language; `None` until the core has started (then the system's).
    language: Option<Language>,
}

impl Attendance {
    fn read(&self) -> Present {
        self.inner.lock().map(|p| p.clone()).unwrap_or_default()
    }

    fn update(&self, change: impl FnOnce(&mut Present)) {
        if let Ok(mut present) = self.inner.lock() {
            change(&mut present);
        }
    }

    /// The till asks who is there: it has staff (or does not know yet) and nobody signed in.
    pub fn locked(&self) -> bool {
        let present = self.read();
        present.staff_exist != Some(false) && present.signed_in.is_none()
    }

    /// Who is signed in (to carry over to a restarted core).
    pub fn signed_in(&self) -> Option<SignedIn> {
        self.read().signed_in
    }

    /// Called when the core has started (and after staff changes).
    pub fn set_staff_exist(&self, exist: bool) {
        self.update(|p| p.staff_exist = Some(exist));
    }

    pub(crate) fn set_signed_in(&self, who: Option<SignedIn>) {
        self.update(|p| p.signed_in = who);
    }

    /// The language the till's refusals are worded in: the running core's, else the system's.
    pub fn language(&self) -> Language {
        self.read()
            .language
            .unwrap_or_else(till_core::language::system_language)
    }

    /// Called when the core has started (its settings' language).
    pub fn set_language(&self, language: Language) {
        self.update(|p| p.language = Some(language));
    }
}
