//! Reads that Till parses as JSON rather than through async-stripe's typed structs: events
//! (rendered in the API version current when each was created, not the pinned one), the
//! sessions and line items reconciliation compares and imports, and the subscriptions behind
//! memberships (read and updated as JSON with the same defensive parsing as their events, and
//! without compiling async-stripe's billing crate for two calls). Each list is read page by
//! page (`starting_after`), every page through the same transport and retry loop as the
//! typed calls; events are handed out a page at a time, oldest first
//! ([`Gateway::events_oldest_first`]).

use std::sync::Mutex;

use bytes::Bytes;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use stripe_client_core::{
    CustomizedStripeRequest, IdempotencyKey, RequestBuilder, RequestStrategy, StripeClient,
    StripeMethod,
};

use super::{Gateway, StripeFailure, StripeHttp};

/// Stripe's largest page.
const PAGE_LIMIT: &str = "100";

/// async-stripe's request builders hand a request only to a [`StripeClient`] and then decode
/// the answer into a typed struct. This client passes the request to Till's transport, keeps
/// the answer's bytes for the caller, and gives the builder `null`, which it decodes as `()`.
struct KeepBody<'a> {
    http: &'a StripeHttp,
    body: Mutex<Option<Bytes>>,
}

impl StripeClient for KeepBody<'_> {
    type Err = StripeFailure;

    async fn execute(&self, request: CustomizedStripeRequest) -> Result<Bytes, StripeFailure> {
        let bytes = self.http.execute(request).await?;
        if let Ok(mut slot) = self.body.lock() {
            *slot = Some(bytes);
        }
        Ok(Bytes::from_static(b"null"))
    }
}

/// One page of a list, each element kept as the exact JSON Stripe sent.
#[derive(Deserialize)]
struct Page {
    data: Vec<Box<RawValue>>,
    #[serde(default)]
    has_more: bool,
}

#[derive(Deserialize)]
struct IdOnly {
    id: String,
}

/// Where a page of a list starts.
#[derive(Debug, Clone, Copy)]
enum Cursor<'a> {
    /// The newest items.
    Top,
    /// The items listed after (older than) this one.
    After(&'a str),
    /// The items listed before (newer than) this one.
    Before(&'a str),
}

/// The id of a listed item (`None` without an item).
fn item_id(what: &str, item: Option<&RawValue>) -> Result<Option<String>, StripeFailure> {
    item.map(|item| {
        serde_json::from_str::<IdOnly>(item.get())
            .map(|item| item.id)
            .map_err(|e| StripeFailure::Decode(format!("{what}: an item without id: {e}")))
    })
    .transpose()
}

const LISTING_EVENTS: &str = "listing events";

/// What [`EventPages`] reads next.
enum Walk {
    /// The oldest page, already read: handed out next. `newer`: the list goes on above it.
    Oldest {
        page: Vec<Box<RawValue>>,
        newer: bool,
    },
    /// The page listed just before (newer than) this event.
    Before(String),
    Done,
}

/// Stripe's events, a page at a time, oldest first ([`Gateway::events_oldest_first`]).
pub struct EventPages<'a> {
    gateway: &'a Gateway,
    params: Vec<(&'static str, String)>,
    next: Walk,
}

impl EventPages<'_> {
    /// The next page, its events oldest first (`None` after the newest). Nothing is read
    /// ahead: a page is asked for when the one before it has been handed out.
    pub async fn next(&mut self) -> Result<Option<Vec<Box<RawValue>>>, StripeFailure> {
        let mut page = match std::mem::replace(&mut self.next, Walk::Done) {
            Walk::Done => return Ok(None),
            Walk::Oldest { page, newer } => {
                if newer {
                    if let Some(newest) = item_id(LISTING_EVENTS, page.first().map(AsRef::as_ref))?
                    {
                        self.next = Walk::Before(newest);
                    }
                }
                page
            }
            Walk::Before(anchor) => {
                let page = self.list(Cursor::Before(&anchor)).await?;
                let newest = item_id(LISTING_EVENTS, page.data.first().map(AsRef::as_ref))?;
                // Newer events remain while Stripe says so (a list that answers the same
                // page again has ended, as `list_all` treats it).
                if let Some(newest) = newest.filter(|n| page.has_more && *n != anchor) {
                    self.next = Walk::Before(newest);
                }
                page.data
            }
        };
        page.reverse();
        Ok(Some(page))
    }

    async fn list(&self, cursor: Cursor<'_>) -> Result<Page, StripeFailure> {
        self.gateway
            .list_page(LISTING_EVENTS, "/events", &self.params, cursor)
            .await
    }

    /// Reads Stripe's pages newest first down to the oldest, keeping only the cursor between
    /// pages; returns the oldest page, to be handed out first.
    async fn walk_down(&self) -> Result<Walk, StripeFailure> {
        // The cursors of the page being read and of the one before it.
        let (mut after, mut before): (Option<String>, Option<String>) = (None, None);
        loop {
            let page = self
                .list(after.as_deref().map_or(Cursor::Top, Cursor::After))
                .await?;
            let newer = after.is_some();
            let Some(last) = item_id(LISTING_EVENTS, page.data.last().map(AsRef::as_ref))? else {
                if !newer {
                    return Ok(Walk::Done);
                }
                // Stripe said there was more, then listed nothing (the oldest events were
                // just forgotten): the page before is the oldest after all. Read it again.
                let again = self
                    .list(before.as_deref().map_or(Cursor::Top, Cursor::After))
                    .await?;
                if again.data.is_empty() {
                    return Err(StripeFailure::Decode(format!(
                        "{LISTING_EVENTS}: the list emptied while it was read"
                    )));
                }
                return Ok(Walk::Oldest {
                    page: again.data,
                    newer: before.is_some(),
                });
            };
            if !page.has_more || after.as_deref() == Some(last.as_str()) {
                return Ok(Walk::Oldest {
                    page: page.data,
                    newer,
                });
            }
            before = after.replace(last);
        }
    }
}

impl Gateway {
    /// One GET whose answer is returned as bytes (no retries).
    async fn get_bytes(&self, path: &str, query: String) -> Result<Bytes, StripeFailure> {
        let (http, _) = self.parts();
        let keep = KeepBody {
            http,
            body: Mutex::new(None),
        };
        let mut request = RequestBuilder::new(StripeMethod::Get, path);
        request.query = Some(query);
        request.customize::<()>().send(&keep).await?;
        keep.body
            .into_inner()
            .ok()
            .flatten()
            .ok_or_else(|| StripeFailure::Decode("Stripe's answer was lost".into()))
    }

    /// One request with a form body and an idempotency key, answered as bytes (no retries).
    async fn post_bytes(
        &self,
        path: &str,
        form: String,
        idempotency_key: &str,
    ) -> Result<Bytes, StripeFailure> {
        let (http, _) = self.parts();
        let keep = KeepBody {
            http,
            body: Mutex::new(None),
        };
        let key = IdempotencyKey::new(idempotency_key)
            .map_err(|e| StripeFailure::Decode(format!("invalid idempotency key: {e}")))?;
        let mut request = RequestBuilder::new(StripeMethod::Post, path);
        request.body = Some(form);
        request
            .customize::<()>()
            .request_strategy(RequestStrategy::Idempotent(key))
            .send(&keep)
            .await?;
        keep.body
            .into_inner()
            .ok()
            .flatten()
            .ok_or_else(|| StripeFailure::Decode("Stripe's answer was lost".into()))
    }

    /// The card a PaymentIntent was paid with, as Stripe's `brand` and `last4` of its latest
    /// charge (`None` when it was not a card). One attempt: the caller shows the answer in a
    /// confirmation and does without it.
    pub async fn payment_card(
        &self,
        payment_intent_id: &str,
    ) -> Result<Option<(String, String)>, StripeFailure> {
        let charge = self.payment_charge(payment_intent_id).await?;
        Ok(match (charge.brand, charge.last4) {
            (Some(brand), Some(last4)) => Some((brand, last4)),
            _ => None,
        })
    }

    /// What a receipt shows of a PaymentIntent's latest charge: the card's `brand` and
    /// `last4`, and the charge's `receipt_url` (each `None` when Stripe gave none). One
    /// attempt: the caller does without it.
    pub async fn payment_charge(
        &self,
        payment_intent_id: &str,
    ) -> Result<ChargeSummary, StripeFailure> {
        let ok = payment_intent_id.starts_with("pi_")
            && payment_intent_id.len() <= 255
            && payment_intent_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ok {
            return Err(StripeFailure::Decode(format!(
                "{payment_intent_id:?} is not a PaymentIntent id"
            )));
        }
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("expand[]", "latest_charge")
            .finish();
        let bytes = self
            .get_bytes(&format!("/payment_intents/{payment_intent_id}"), query)
            .await?;
        let intent: Value = serde_json::from_slice(&bytes)
            .map_err(|e| StripeFailure::Decode(format!("a PaymentIntent: {e}")))?;
        let charge = &intent["latest_charge"];
        let card = &charge["payment_method_details"]["card"];
        let text = |v: &Value| v.as_str().map(str::to_string);
        Ok(ChargeSummary {
            brand: text(&card["brand"]),
            last4: text(&card["last4"]),
            receipt_url: text(&charge["receipt_url"]).filter(|u| u.starts_with("https://")),
        })
    }

    /// A subscription, as JSON, its customer expanded (for the email).
    pub async fn subscription_json(&self, subscription_id: &str) -> Result<Value, StripeFailure> {
        let path = subscription_path(subscription_id)?;
        let (_, retry) = self.parts();
        let bytes = retry
            .run("reading a subscription", || {
                let query = form_urlencoded::Serializer::new(String::new())
                    .append_pair("expand[]", "customer")
                    .finish();
                self.get_bytes(&path, query)
            })
            .await?;
        serde_json::from_slice(&bytes)
            .map_err(|e| StripeFailure::Decode(format!("a subscription: {e}")))
    }

    /// Sets (or clears) a subscription's `cancel_at_period_end`, with the caller's stored
    /// idempotency key on every attempt; returns the subscription as JSON.
    pub async fn set_cancel_at_period_end(
        &self,
        subscription_id: &str,
        cancel: bool,
        idempotency_key: &str,
    ) -> Result<Value, StripeFailure> {
        let path = subscription_path(subscription_id)?;
        let (_, retry) = self.parts();
        let form = form_urlencoded::Serializer::new(String::new())
            .append_pair(
                "cancel_at_period_end",
                if cancel { "true" } else { "false" },
            )
            .append_pair("expand[0]", "customer")
            .finish();
        let bytes = retry
            .run("updating a subscription", || {
                self.post_bytes(&path, form.clone(), idempotency_key)
            })
            .await?;
        serde_json::from_slice(&bytes)
            .map_err(|e| StripeFailure::Decode(format!("a subscription: {e}")))
    }

    /// One page of a list (with retries). `params` are the query parameters besides `limit`
    /// and the cursor.
    async fn list_page(
        &self,
        what: &str,
        path: &str,
        params: &[(&str, String)],
        cursor: Cursor<'_>,
    ) -> Result<Page, StripeFailure> {
        let (_, retry) = self.parts();
        // Built in its own scope: the serializer is not `Send`.
        let query = {
            let mut query = form_urlencoded::Serializer::new(String::new());
            query.append_pair("limit", PAGE_LIMIT);
            for (name, value) in params {
                query.append_pair(name, value);
            }
            match cursor {
                Cursor::Top => {}
                Cursor::After(id) => {
                    query.append_pair("starting_after", id);
                }
                Cursor::Before(id) => {
                    query.append_pair("ending_before", id);
                }
            }
            query.finish()
        };
        let bytes = retry
            .run(what, || self.get_bytes(path, query.clone()))
            .await?;
        serde_json::from_slice(&bytes).map_err(|e| StripeFailure::Decode(format!("{what}: {e}")))
    }

    /// Every element of a list, all pages, newest first as Stripe lists them. `params` are
    /// the query parameters besides `limit` and `starting_after`.
    async fn list_all(
        &self,
        what: &str,
        path: &str,
        params: &[(&str, String)],
    ) -> Result<Vec<Box<RawValue>>, StripeFailure> {
        let mut items: Vec<Box<RawValue>> = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let cursor = after.as_deref().map_or(Cursor::Top, Cursor::After);
            let page = self.list_page(what, path, params, cursor).await?;
            let Some(last) = item_id(what, page.data.last().map(AsRef::as_ref))? else {
                break;
            };
            items.extend(page.data);
            if !page.has_more || after.as_deref() == Some(last.as_str()) {
                break;
            }
            after = Some(last);
        }
        Ok(items)
    }

    /// The events of `types` created at or after `created_gte` (Unix seconds), each exactly as
    /// Stripe sent it, a page at a time, oldest first: [`EventPages::next`] hands out the
    /// oldest page first and each page's events oldest first, so the caller can record each
    /// page before the next one is read and still record the events in exactly the reverse of
    /// Stripe's listing order, as it did when it held the whole list.
    ///
    /// Stripe lists newest first, so this walks down to the oldest page first
    /// (`starting_after`), keeping only the cursor between pages, and then back up from it
    /// (`ending_before`, each page asked for when the one before has been handed out). At most
    /// one page (up to 100 events) is held at a time; a window of more than one page is read
    /// twice. Stripe keeps events for 30 days.
    pub async fn events_oldest_first(
        &self,
        types: &[&str],
        created_gte: i64,
    ) -> Result<EventPages<'_>, StripeFailure> {
        let mut params: Vec<(&'static str, String)> = types
            .iter()
            .map(|t| ("types[]", (*t).to_string()))
            .collect();
        params.push(("created[gte]", created_gte.to_string()));
        let mut pages = EventPages {
            gateway: self,
            params,
            next: Walk::Done,
        };
        pages.next = pages.walk_down().await?;
        Ok(pages)
    }

    /// Every Checkout Session created in `[created_gte, created_lt)`, newest first, with its
    /// PaymentIntent expanded, as JSON.
    pub async fn list_sessions_json(
        &self,
        created_gte: i64,
        created_lt: Option<i64>,
    ) -> Result<Vec<Value>, StripeFailure> {
        let mut params = vec![
            ("created[gte]", created_gte.to_string()),
            ("expand[]", "data.payment_intent".to_string()),
        ];
        if let Some(lt) = created_lt {
            params.push(("created[lt]", lt.to_string()));
        }
        self.list_all("listing Checkout Sessions", "/checkout/sessions", &params)
            .await?
            .iter()
            .map(|raw| {
                serde_json::from_str(raw.get())
                    .map_err(|e| StripeFailure::Decode(format!("a Checkout Session: {e}")))
            })
            .collect()
    }

    /// Every subscription of the account, any status, newest first, customers expanded.
    pub async fn list_subscriptions_json(&self) -> Result<Vec<Value>, StripeFailure> {
        self.list_all(
            "listing subscriptions",
            "/subscriptions",
            &[
                ("status", "all".to_string()),
                ("expand[]", "data.customer".to_string()),
            ],
        )
        .await?
        .iter()
        .map(|raw| {
            serde_json::from_str(raw.get())
                .map_err(|e| StripeFailure::Decode(format!("a subscription: {e}")))
        })
        .collect()
    }

    /// The line items of a Checkout Session, as JSON.
    pub async fn session_line_items(&self, session_id: &str) -> Result<Vec<Value>, StripeFailure> {
        if !session_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Err(StripeFailure::Decode(format!(
                "{session_id:?} is not a Checkout Session id"
            )));
        }
        self.list_all(
            "listing a Checkout Session's line items",
            &format!("/checkout/sessions/{session_id}/line_items"),
            &[],
        )
        .await?
        .iter()
        .map(|raw| {
            serde_json::from_str(raw.get())
                .map_err(|e| StripeFailure::Decode(format!("a line item: {e}")))
        })
        .collect()
    }
}

/// `/subscriptions/{id}` for a well-formed id; anything else is refused before it reaches a URL.
fn subscription_path(subscription_id: &str) -> Result<String, StripeFailure> {
    let ok = subscription_id.starts_with("sub_")
        && subscription_id.len() <= 255
        && subscription_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(format!("/subscriptions/{subscription_id}"))
    } else {
        Err(StripeFailure::Decode(format!(
            "{subscription_id:?} is not a subscription id"
        )))
    }
}

/// What a receipt shows of a charge ([`Gateway::payment_charge`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChargeSummary {
    pub brand: Option<String>,
    pub last4: Option<String>,
    pub receipt_url: Option<String>,
}
