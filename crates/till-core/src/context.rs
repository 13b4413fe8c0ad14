//! The context the use cases work in: the register's ledger, its Stripe gateway and its
//! settings, and the per-sale locks and wakers that let charge, watch, cancel and recover of
//! one sale take turns. Use cases take it explicitly (`&Context`); [`crate::checkout::Checkout`]
//! is the sale's use cases over one.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;

use crate::error::{Error, Result};
use crate::i18n::Language;
use crate::mode::Mode;
use crate::money::Locale;
use crate::staff::{Action, SignedIn};
use crate::store::Store;
use crate::stripe::Gateway;

/// Stripe refuses `expires_at` under 30 minutes from creation; a minute of margin covers
/// clock skew and a slow request.
pub const MIN_SESSION_LIFETIME: Duration = Duration::from_secs(31 * 60);

/// The register's settings that a sale needs.
#[derive(Debug, Clone)]
pub struct RegisterSettings {
    pub mode: Mode,
    pub register_id: String,
    /// The shop's after-payment page, or Till's loopback return page (see `phone`).
    pub success_url: String,
    /// `None`: Stripe's page shows no Back link.
    pub cancel_url: Option<String>,
    /// Whether a customer's phone can open `success_url` (the shop's public page, or the
    /// training simulator's page on the shop network): decides the after-submit text.
    pub phone_page: bool,
    /// How long the Checkout Session lives at Stripe (at least [`MIN_SESSION_LIFETIME`]).
    pub session_lifetime: Duration,
    pub allowed_payment_method_types: Vec<String>,
    pub locale: Locale,
    /// The language of the words the core returns to staff (a sale's status line).
    pub language: Language,
}

/// One register's ledger, Stripe gateway and settings.
pub struct Context {
    store: Store,
    gateway: Gateway,
    settings: RegisterSettings,
    /// One async lock per sale: charge, watch, cancel and recover of the same sale take
    /// turns; different sales run in parallel.
    sale_locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Wakes a sale's watcher at once (the return page was visited).
    wakers: Mutex<HashMap<String, Arc<Notify>>>,
    /// Who is signed in at this till (`staff::sign_in`); `None`: nobody, as before staff.
    signed_in: Mutex<Option<SignedIn>>,
}

impl Context {
    pub fn new(store: Store, gateway: Gateway, settings: RegisterSettings) -> Context {
        Context {
            store,
            gateway,
            settings,
            sale_locks: Mutex::new(HashMap::new()),
            wakers: Mutex::new(HashMap::new()),
            signed_in: Mutex::new(None),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn gateway(&self) -> &Gateway {
        &self.gateway
    }

    pub fn settings(&self) -> &RegisterSettings {
        &self.settings
    }

    pub(crate) fn sale_lock(&self, sale_id: &str) -> Result<Arc<tokio::sync::Mutex<()>>> {
        per_sale(&self.sale_locks, sale_id, "sale lock")
    }

    /// Who is signed in at this till.
    pub fn signed_in(&self) -> Result<Option<SignedIn>> {
        self.signed_in
            .lock()
            .map(|guard| guard.clone())
            .map_err(|_| Error::internal("The sign-in lock was poisoned; restart Till."))
    }

    /// Signs a staff member in at this till: their PIN checked (`staff::verify`, rate-limited),
    /// then everything the till records names them until someone else signs in or
    /// [`Context::sign_out`].
    pub async fn sign_in(&self, staff_id: &str, pin: &str) -> Result<SignedIn> {
        let who = crate::staff::verify(&self.store, staff_id, pin).await?;
        self.set_signed_in(Some(who.clone()))?;
        tracing::info!(staff_id, "staff signed in");
        Ok(who)
    }

    /// Signs the owner in at this till with the owner PIN (`owner::verify`, its own rate
    /// limit): every action is allowed, and what the owner does records no staff id (the
    /// owner PIN is not a staff member), as before staff existed.
    pub async fn sign_in_owner(&self, pin: &str) -> Result<SignedIn> {
        crate::owner::verify(&self.store, pin).await?;
        let who = SignedIn::owner();
        self.set_signed_in(Some(who.clone()))?;
        tracing::info!("owner signed in at the till");
        Ok(who)
    }

    /// Nobody is signed in at this till any more.
    pub fn sign_out(&self) -> Result<()> {
        self.set_signed_in(None)
    }

    /// Sets who is signed in without a PIN check: for a shell that carries the sign-in over
    /// to a core restarted with new settings (the person checked in with the previous one).
    pub fn carry_signed_in(&self, who: Option<SignedIn>) -> Result<()> {
        self.set_signed_in(who)
    }

    fn set_signed_in(&self, who: Option<SignedIn>) -> Result<()> {
        let mut guard = self
            .signed_in
            .lock()
            .map_err(|_| Error::internal("The sign-in lock was poisoned; restart Till."))?;
        *guard = who;
        Ok(())
    }

    /// Who does `action` at this till, checked against the permission table
    /// (`staff::allowed`: `staff_not_allowed`). `None` when nobody is signed in: then the
    /// action is done as before staff existed (the shells' owner PIN guards what it guarded);
    /// `None` too for the owner signed in by the owner PIN (allowed everything).
    pub fn acting(&self, action: Action) -> Result<Option<String>> {
        match self.signed_in()? {
            None => Ok(None),
            Some(who) => {
                crate::staff::allowed(who.role, action, self.settings.language)?;
                Ok(who.staff_id)
            }
        }
    }

    /// The notifier that wakes `sale_id`'s watcher.
    pub fn waker(&self, sale_id: &str) -> Result<Arc<Notify>> {
        per_sale(&self.wakers, sale_id, "waker")
    }
}

/// `sale_id`'s entry in a table of per-sale handles (locks, wakers), made when missing. Entries
/// nobody holds any more are dropped first: without that the table kept one per sale for as
/// long as Till ran.
fn per_sale<T: Default>(
    table: &Mutex<HashMap<String, Arc<T>>>,
    sale_id: &str,
    what: &str,
) -> Result<Arc<T>> {
    let mut table = table
        .lock()
        .map_err(|_| Error::internal(format!("The {what} table was poisoned; restart Till.")))?;
    table.retain(|_, handle| Arc::strong_count(handle) > 1);
    Ok(Arc::clone(table.entry(sale_id.to_string()).or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_sale_handles_are_kept_while_held_and_forgotten_after() {
        let table: Mutex<HashMap<String, Arc<Notify>>> = Mutex::new(HashMap::new());
        let held = per_sale(&table, "sale_a", "waker").unwrap();
        let again = per_sale(&table, "sale_a", "waker").unwrap();
        assert!(
            Arc::ptr_eq(&held, &again),
            "one handle per sale while it is held"
        );
        drop(again);
        per_sale(&table, "sale_b", "waker").unwrap();
        let mut kept: Vec<String> = table.lock().unwrap().keys().cloned().collect();
        kept.sort();
        assert_eq!(kept, ["sale_a", "sale_b"], "sale_a is still held");
        drop(held);
        per_sale(&table, "sale_c", "waker").unwrap();
        let kept: Vec<String> = table.lock().unwrap().keys().cloned().collect();
        assert_eq!(kept, ["sale_c"], "nobody held sale_a or sale_b any more");
    }
}
