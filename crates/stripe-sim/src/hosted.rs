//! The hosted checkout page: plain server-rendered HTML and `<form>` POSTs, no JavaScript.
//!
//! Element ids for WebDriver: `#email`, `#billingName`, `#cardNumber`, `#cardExpiry`,
//! `#cardCvc`, `#submit`, `#error` (after a decline); on the 3-D Secure page `#complete-3ds`
//! and `#fail-3ds`.
//!
//! The pages speak the session's Checkout `locale` as Stripe's do, in Till's languages (the
//! `sim-…` messages of `ui/locales`, through till-i18n): `de`, `fr`, `fr-CA`, `es`, `es-419`,
//! `ja` pick theirs; `auto`, none or any other, English. A page without a session (not found)
//! follows the browser's `Accept-Language`. Card errors are shown in the page's language; the
//! API's JSON keeps Stripe's English messages.

use std::sync::Arc;

use axum::extract::{Path, State as AxState};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use till_domain::money::{Currency, Locale, Money};
use till_i18n::{Arg, Language};

use crate::app::App;
use crate::cards;
use crate::checkout::{self, AttemptOutcome, MSG_3DS_FAILED, MSG_CODE_INVALID};
use crate::error::ApiError;
use crate::model::{Session, State};
use crate::money::format_amount;

/// The hosted pages on the simulator's own (loopback) address, with its index page.
pub fn router(app: Arc<App>) -> Router {
    let hosted = Hosted {
        app: Arc::clone(&app),
        prefix: "".into(),
    };
    Router::new()
        .route("/", get(index))
        .with_state(hosted)
        .merge(pages(app, String::new()))
}

/// Only the checkout pages, under `prefix` (`/t/TOKEN` on the shop network): the only routes
/// of that listener, so anything without the token is a 404.
pub fn pages(app: Arc<App>, prefix: String) -> Router {
    let hosted = Hosted {
        app,
        prefix: prefix.into(),
    };
    let pages = Router::new()
        .route("/c/pay/{id}", get(show).post(pay))
        .route("/c/pay/{id}/3ds", get(show_3ds).post(answer_3ds))
        .route("/c/pay/{id}/promotion_code", post(add_promotion_code))
        .with_state(hosted.clone());
    if hosted.prefix.is_empty() {
        pages
    } else {
        Router::new().nest(&hosted.prefix, pages)
    }
}

/// What the page handlers share: the simulator and the path prefix of their listener.
#[derive(Clone)]
struct Hosted {
    app: Arc<App>,
    prefix: Arc<str>,
}

/// HTML-escapes text.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The language of a session's hosted page: its `locale` when Till speaks it (`fr-CA` → French,
/// `es-419` → Spanish), else English (`auto`, none, `en-GB`, `it`, …).
pub fn page_language(locale: Option<&str>) -> Language {
    match locale.map(|locale| Language::negotiate([locale])) {
        Some(Language::Pseudo) | None => Language::En,
        Some(language) => language,
    }
}

/// The language of a page without a session: the browser's `Accept-Language` (quality values
/// ignored; the order is the browser's preference), else English.
fn browser_language(headers: &HeaderMap) -> Language {
    let wanted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    let tags = wanted
        .split(',')
        .map(|tag| tag.split(';').next().unwrap_or("").trim())
        .filter(|tag| !tag.is_empty() && *tag != "*");
    match Language::negotiate(tags) {
        Language::Pseudo => Language::En,
        language => language,
    }
}

fn t(language: Language, id: &str) -> String {
    till_i18n::text(language, id)
}

fn t_with(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    till_i18n::text_with(language, id, args)
}

/// A card error on the page in the page's language: Stripe's customer-facing messages are
/// translated; any other (an API error's own words) stays as it is.
fn page_error(language: Language, message: &str) -> String {
    let id = match message {
        cards::MSG_DECLINED => "sim-error-card-declined",
        cards::MSG_INSUFFICIENT => "sim-error-insufficient-funds",
        cards::MSG_EXPIRED => "sim-error-expired-card",
        cards::MSG_INCORRECT_CVC => "sim-error-incorrect-cvc",
        cards::MSG_PROCESSING => "sim-error-processing",
        cards::MSG_INCORRECT_NUMBER => "sim-error-incorrect-number",
        cards::MSG_LIVE_CARD => "sim-error-live-card",
        cards::MSG_NUMBER_INCOMPLETE => "sim-error-number-incomplete",
        cards::MSG_EXPIRY_INCOMPLETE => "sim-error-expiry-incomplete",
        cards::MSG_EXPIRY_PAST => "sim-error-expiry-past",
        cards::MSG_CVC_INCOMPLETE => "sim-error-cvc-incomplete",
        MSG_3DS_FAILED => "sim-error-3ds-failed",
        MSG_EMAIL_INCOMPLETE => "sim-error-email-incomplete",
        MSG_CODE_INVALID => "sim-error-code-invalid",
        other => return other.to_string(),
    };
    t(language, id)
}

/// What the page says when a subscription has no email yet.
const MSG_EMAIL_INCOMPLETE: &str = "Your email is incomplete.";

/// A price's interval in the page's language (`month`, `3 months`).
fn interval_label(language: Language, interval: &str, count: u64) -> String {
    let id = match interval {
        "day" => "sim-interval-day",
        "week" => "sim-interval-week",
        "month" => "sim-interval-month",
        "year" => "sim-interval-year",
        _ => return crate::billing::interval_label(interval, count),
    };
    let count = i64::try_from(count).unwrap_or(i64::MAX);
    t_with(language, id, &[("count", Arg::Number(count))])
}

/// An amount on the page. English keeps the simulator's own format (`$7.00`, `¥1,350`); Till's
/// other languages format it as Stripe's page does in them, by till-domain's locale rules
/// (`7,00 $` in German, `1 234,50 €` in French); a currency till-domain does not know keeps the
/// simulator's format.
fn amount(language: Language, minor: i64, currency: &str) -> String {
    let locale = match language {
        Language::De => Locale::GermanGermany,
        Language::Fr => Locale::FrenchFrance,
        Language::Es => Locale::SpanishSpain,
        Language::Ja => Locale::JapaneseJapan,
        Language::En | Language::Pseudo => return format_amount(minor, currency),
    };
    match Currency::parse(currency) {
        Ok(currency) => Money::new(minor, currency).format(locale),
        Err(_) => format_amount(minor, currency),
    }
}

const STYLE: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1f36;background:#f6f9fc}
main{max-width:920px;margin:0 auto;padding:32px 20px;display:flex;flex-wrap:wrap;gap:40px}
section{flex:1 1 360px}
.badge{display:inline-block;background:#ffde92;color:#a04b00;font-size:12px;font-weight:600;padding:2px 8px;border-radius:4px;text-transform:uppercase;letter-spacing:.04em}
h1{font-size:20px;margin:12px 0 4px}
.total{font-size:36px;font-weight:600;margin:0 0 24px}
table{width:100%;border-collapse:collapse}
td{padding:8px 0;border-bottom:1px solid #e3e8ee;vertical-align:top}
td.amount{text-align:right;white-space:nowrap}
.qty{color:#697386;font-size:14px}
label{display:block;font-size:14px;font-weight:500;margin:14px 0 6px;color:#3c4257}
input{width:100%;font-size:16px;padding:10px 12px;border:1px solid #c9d1db;border-radius:6px;background:#fff}
input:focus{outline:2px solid #635bff;border-color:#635bff}
.row{display:flex;gap:12px}.row>div{flex:1}
button{width:100%;margin-top:22px;padding:12px;font-size:16px;font-weight:600;color:#fff;background:#635bff;border:0;border-radius:6px;cursor:pointer}
button.secondary{background:#fff;color:#3c4257;border:1px solid #c9d1db}
.error{background:#fdecea;color:#b3261e;border:1px solid #f5c2c0;padding:10px 12px;border-radius:6px;margin:16px 0 0}
.note{color:#697386;font-size:13px;margin-top:18px}
.custom-text{color:#3c4257;font-size:14px;margin:16px 0 0}
a{color:#635bff}
.card{background:#fff;border:1px solid #e3e8ee;border-radius:8px;padding:24px;max-width:460px;margin:48px auto;text-align:center}
"#;

fn page(language: Language, title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body>{body}</body></html>",
        language.tag(),
        esc(title)
    ))
}

fn message_page(
    language: Language,
    status: StatusCode,
    title: &str,
    text: &str,
    link: Option<(&str, &str)>,
) -> Response {
    let link = link
        .map(|(href, label)| {
            format!(
                "<p><a id=\"continue\" href=\"{}\">{}</a></p>",
                esc(href),
                esc(label)
            )
        })
        .unwrap_or_default();
    let body = format!(
        "<div class=\"card\"><span class=\"badge\">{}</span><h1 id=\"title\">{}</h1><p id=\"message\">{}</p>{link}</div>",
        esc(&t(language, "sim-test-mode")),
        esc(title),
        esc(text)
    );
    (status, page(language, title, &body)).into_response()
}

/// A refused payment attempt or 3-D Secure answer: the API's error as a page, in the
/// session's language.
fn attempt_error_page(s: &State, id: &str, err: &ApiError) -> Response {
    let language = page_language(
        s.sessions
            .get(id)
            .and_then(|session| session.locale.as_deref()),
    );
    let title = t(language, "sim-error-title");
    message_page(language, err.status, &title, &err.message, None)
}

fn not_found(language: Language) -> Response {
    message_page(
        language,
        StatusCode::NOT_FOUND,
        &t(language, "sim-error-title"),
        &t(language, "sim-not-found"),
        None,
    )
}

/// The page for a session that is no longer open. A completed session's page repeats its
/// after-submit text; its "Return to the merchant" link is left out when `success_url` is
/// this very page (Till's training mode on the shop network sends phones here).
fn closed_page(session: &Session, prefix: &str) -> Response {
    let language = page_language(session.locale.as_deref());
    let back = t(language, "sim-return-to-merchant");
    if session.status == "complete" {
        let own_page = format!("{prefix}/c/pay/{}", session.id);
        let link = session
            .success_url
            .as_deref()
            .map(|url| success_target(url, &session.id))
            .filter(|href| !href.ends_with(&own_page));
        let note = session.custom_text.get("after_submit").map(String::as_str);
        let (title, text) = if session.mode == "subscription" {
            ("sim-thanks-subscribing", "sim-subscription-active")
        } else if session.payment_status == "paid" {
            ("sim-thanks-payment", "sim-payment-complete")
        } else {
            ("sim-processing-title", "sim-processing")
        };
        let (title, text) = (t(language, title), t(language, text));
        let text = match note {
            Some(note) => format!("{text} {note}"),
            None => text,
        };
        match link {
            Some(href) => message_page(
                language,
                StatusCode::OK,
                &title,
                &text,
                Some((&href, &back)),
            ),
            None => message_page(language, StatusCode::OK, &title, &text, None),
        }
    } else {
        message_page(
            language,
            StatusCode::OK,
            &t(language, "sim-expired-title"),
            &t(language, "sim-expired"),
            session
                .cancel_url
                .as_deref()
                .map(|url| (url, back.as_str())),
        )
    }
}

/// `success_url` with `{CHECKOUT_SESSION_ID}` substituted, as Stripe does on redirect.
pub fn success_target(success_url: &str, session_id: &str) -> String {
    success_url.replace("{CHECKOUT_SESSION_ID}", session_id)
}

#[derive(Debug, Default, Deserialize)]
pub struct PayForm {
    #[serde(default)]
    email: String,
    #[serde(default, rename = "billingName")]
    billing_name: String,
    #[serde(default, rename = "cardNumber")]
    card_number: String,
    #[serde(default, rename = "cardExpiry")]
    card_expiry: String,
    #[serde(default, rename = "cardCvc")]
    card_cvc: String,
}

/// For a subscription session: the recurring amount with its interval (`$29.00 / month`) and
/// the name of the first recurring product.
fn subscription_summary(
    language: Language,
    state: &State,
    session: &Session,
) -> Option<(String, String)> {
    if session.mode != "subscription" {
        return None;
    }
    let mut recurring = 0i64;
    let mut label = None;
    let mut name = None;
    for item in &session.line_items {
        if let Some(r) = state
            .prices
            .get(&item.price)
            .and_then(|p| p.recurring.as_ref())
        {
            recurring = recurring.saturating_add(item.amount());
            label.get_or_insert_with(|| interval_label(language, &r.interval, r.interval_count));
            name.get_or_insert_with(|| item.description.clone());
        }
    }
    Some((
        format!(
            "{} / {}",
            amount(language, recurring, &session.currency),
            label.unwrap_or_default()
        ),
        name.unwrap_or_default(),
    ))
}

/// `custom_text[position][message]` as a paragraph (plain text: Stripe's Markdown is not
/// rendered), or nothing.
fn custom_text(session: &Session, position: &str) -> String {
    session
        .custom_text
        .get(position)
        .map(|message| {
            format!(
                "<p class=\"custom-text\" id=\"custom-text-{}\">{}</p>",
                position.replace('_', "-"),
                esc(message)
            )
        })
        .unwrap_or_default()
}

fn checkout_page(
    state: &State,
    session: &Session,
    form: &PayForm,
    error: Option<&str>,
    prefix: &str,
) -> Response {
    let language = page_language(session.locale.as_deref());
    let subscription = subscription_summary(language, state, session);
    let mut rows = String::new();
    for item in &session.line_items {
        let unit = amount(language, item.unit_amount, &item.currency);
        let recurring = state
            .prices
            .get(&item.price)
            .and_then(|p| p.recurring.as_ref());
        let (class, per) = match recurring {
            Some(r) => (
                "line-item recurring",
                format!(
                    " / {}",
                    interval_label(language, &r.interval, r.interval_count)
                ),
            ),
            None if subscription.is_some() => (
                "line-item one-time",
                format!(" {}", t(language, "sim-one-time")),
            ),
            None => ("line-item", String::new()),
        };
        rows.push_str(&format!(
            "<tr class=\"{class}\"><td><div class=\"name\">{}</div><div class=\"qty\">{}{}</div></td><td class=\"amount\">{}</td></tr>",
            esc(&item.description),
            esc(&t_with(
                language,
                "sim-quantity",
                &[
                    ("quantity", Arg::Text(&item.quantity.to_string())),
                    ("unit", Arg::Text(&unit)),
                ]
            )),
            esc(&per),
            esc(&amount(language, item.amount(), &item.currency))
        ));
    }
    // Subtotal, discount and tax, when the session has any (as Stripe's page shows them).
    if session.amount_discount > 0 || session.amount_tax > 0 {
        rows.push_str(&format!(
            "<tr class=\"summary\"><td>{}</td><td class=\"amount\" id=\"subtotal\">{}</td></tr>",
            esc(&t(language, "sim-subtotal")),
            esc(&amount(
                language,
                session.amount_subtotal,
                &session.currency
            ))
        ));
    }
    if let Some(discount) = &session.discount {
        let label = discount
            .promotion_code
            .as_ref()
            .and_then(|id| state.promotion_codes.get(id))
            .map(|p| p.code.clone())
            .or_else(|| {
                state
                    .coupons
                    .get(&discount.coupon)
                    .and_then(|c| c.name.clone())
            })
            .unwrap_or_else(|| discount.coupon.clone());
        rows.push_str(&format!(
            "<tr class=\"summary\"><td>{}</td><td class=\"amount\" id=\"discount\">−{}</td></tr>",
            esc(&t_with(
                language,
                "sim-discount",
                &[("label", Arg::Text(&label))]
            )),
            esc(&amount(
                language,
                session.amount_discount,
                &session.currency
            ))
        ));
    }
    if session.amount_tax > 0 {
        rows.push_str(&format!(
            "<tr class=\"summary\"><td>{}</td><td class=\"amount\" id=\"tax\">{}</td></tr>",
            esc(&t(language, "sim-tax")),
            esc(&amount(language, session.amount_tax, &session.currency))
        ));
    }
    let promotion_form = if session.allow_promotion_codes == Some(true)
        && session.discount.is_none()
    {
        format!(
            "<form method=\"post\" action=\"{}/c/pay/{}/promotion_code\" autocomplete=\"off\"><label for=\"promotionCode\">{}</label><input id=\"promotionCode\" name=\"promotionCode\"><button id=\"apply-promotion-code\" class=\"secondary\" type=\"submit\">{}</button></form>",
            esc(prefix),
            esc(&session.id),
            esc(&t(language, "sim-promotion-code")),
            esc(&t(language, "sim-apply"))
        )
    } else {
        String::new()
    };
    let due = amount(language, session.amount_total, &session.currency);
    let total = match &subscription {
        Some((per_interval, _)) => per_interval.clone(),
        None => due.clone(),
    };
    let back = session
        .cancel_url
        .as_deref()
        .map(|url| {
            format!(
                "<p><a id=\"cancel\" href=\"{}\">{}</a></p>",
                esc(url),
                esc(&t(language, "sim-back"))
            )
        })
        .unwrap_or_default();
    let error = error
        .map(|e| {
            format!(
                "<div class=\"error\" id=\"error\" role=\"alert\">{}</div>",
                esc(&page_error(language, e))
            )
        })
        .unwrap_or_default();
    let customer_email = session
        .customer
        .as_ref()
        .and_then(|id| state.customers.get(id))
        .and_then(|c| c.email.clone());
    let email = if form.email.is_empty() {
        session
            .customer_email
            .clone()
            .or(customer_email)
            .unwrap_or_default()
    } else {
        form.email.clone()
    };
    let with_amount =
        |id: &str, amount: &str| t_with(language, id, &[("amount", Arg::Text(amount))]);
    let pay_label = match (&subscription, session.submit_type.as_deref()) {
        (Some(_), _) => t(language, "sim-subscribe"),
        (None, Some("book")) => with_amount("sim-book", &due),
        (None, Some("donate")) => with_amount("sim-donate", &due),
        (None, _) => with_amount("sim-pay", &due),
    };
    let heading = match &subscription {
        Some((_, name)) => t_with(
            language,
            "sim-heading-subscribe",
            &[("name", Arg::Text(name))],
        ),
        None => t(language, "sim-heading-pay"),
    };
    let email_required = if subscription.is_some() && session.customer.is_none() {
        " required"
    } else {
        ""
    };
    let body = format!(
        r#"<main>
<section>
{back}<span class="badge">{test_mode}</span>
<h1 id="heading">{heading}</h1>
<p class="total" id="total">{total}</p>
<table id="line-items">{rows}<tr><td><strong>{due_label}</strong></td><td class="amount" id="due"><strong>{due}</strong></td></tr></table>
{promotion_form}
</section>
<section>
{submit_text}<form method="post" action="{prefix}/c/pay/{id}" autocomplete="off">
<label for="email">{label_email}</label>
<input id="email" name="email" type="email" value="{email}"{email_required}>
<label for="cardNumber">{label_card}</label>
<input id="cardNumber" name="cardNumber" inputmode="numeric" placeholder="1234 1234 1234 1234" value="{number}">
<div class="row">
<div><label for="cardExpiry">{label_expiry}</label><input id="cardExpiry" name="cardExpiry" placeholder="{expiry_placeholder}" value="{expiry}"></div>
<div><label for="cardCvc">{label_cvc}</label><input id="cardCvc" name="cardCvc" inputmode="numeric" placeholder="CVC" value=""></div>
</div>
<label for="billingName">{label_name}</label>
<input id="billingName" name="billingName" value="{name}">
{error}
<button id="submit" type="submit">{pay_label}</button>
</form>
{after_submit}
<p class="note">{note}</p>
</section>
</main>"#,
        id = esc(&session.id),
        prefix = esc(prefix),
        submit_text = custom_text(session, "submit"),
        after_submit = custom_text(session, "after_submit"),
        total = esc(&total),
        due = esc(&due),
        due_label = esc(&t(
            language,
            if subscription.is_some() {
                "sim-total-due-today"
            } else {
                "sim-total-due"
            }
        )),
        test_mode = esc(&t(language, "sim-test-mode")),
        label_email = esc(&t(language, "sim-email")),
        label_card = esc(&t(language, "sim-card-information")),
        label_expiry = esc(&t(language, "sim-expiry")),
        expiry_placeholder = esc(&t(language, "sim-expiry-placeholder")),
        label_cvc = esc(&t(language, "sim-cvc")),
        label_name = esc(&t(language, "sim-cardholder-name")),
        note = esc(&t(language, "sim-note")),
        heading = esc(&heading),
        pay_label = esc(&pay_label),
        email = esc(&email),
        number = esc(&form.card_number),
        expiry = esc(&form.card_expiry),
        name = esc(&form.billing_name),
    );
    let title = if subscription.is_some() {
        with_amount("sim-title-subscribe", &total)
    } else {
        with_amount("sim-pay", &total)
    };
    page(language, &title, &body).into_response()
}

fn three_ds_page(session: &Session, prefix: &str) -> Response {
    let language = page_language(session.locale.as_deref());
    let total = amount(language, session.amount_total, &session.currency);
    let id = esc(&session.id);
    let body = format!(
        r#"<div class="card"><span class="badge">{test_mode}</span>
<h1 id="title">{heading}</h1>
<p>{text}</p>
<form method="post" action="{prefix}/c/pay/{id}/3ds"><input type="hidden" name="action" value="complete"><button id="complete-3ds" type="submit">{complete}</button></form>
<form method="post" action="{prefix}/c/pay/{id}/3ds"><input type="hidden" name="action" value="fail"><button id="fail-3ds" class="secondary" type="submit">{fail}</button></form>
</div>"#,
        test_mode = esc(&t(language, "sim-test-mode")),
        heading = esc(&t(language, "sim-3ds-heading")),
        text = esc(&t_with(
            language,
            "sim-3ds-text",
            &[("amount", Arg::Text(&total))]
        )),
        complete = esc(&t(language, "sim-3ds-complete")),
        fail = esc(&t(language, "sim-3ds-fail")),
        prefix = esc(prefix)
    );
    page(language, &t(language, "sim-3ds-title"), &body).into_response()
}

fn redirect_after_success(session_id: &str, success_url: Option<&str>, prefix: &str) -> Response {
    match success_url {
        Some(url) => Redirect::to(&success_target(url, session_id)).into_response(),
        None => Redirect::to(&format!("{prefix}/c/pay/{session_id}")).into_response(),
    }
}

async fn index(AxState(hosted): AxState<Hosted>, headers: HeaderMap) -> Response {
    let language = browser_language(&headers);
    let app = hosted.app;
    let base = app.with_state(|s| s.base_url.clone());
    // The message is escaped as a whole; its two code spans go in afterwards.
    let text = t_with(
        language,
        "sim-index",
        &[
            ("base", Arg::Text("\u{E000}")),
            ("path", Arg::Text("\u{E001}")),
        ],
    );
    let text = esc(&text)
        .replace('\u{E000}', &format!("<code>{}</code>", esc(&base)))
        .replace('\u{E001}', "<code>/c/pay/…</code>");
    let body = format!(
        "<div class=\"card\"><span class=\"badge\">{}</span><h1>stripe-sim</h1><p>{text}</p></div>",
        esc(&t(language, "sim-test-mode"))
    );
    page(language, "stripe-sim", &body).into_response()
}

async fn show(
    AxState(hosted): AxState<Hosted>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let prefix = &*hosted.prefix;
    hosted.app.with_state(|s| {
        let Some(session) = s.sessions.get(&id) else {
            return not_found(browser_language(&headers));
        };
        if session.status != "open" {
            return closed_page(session, prefix);
        }
        if session.pending_3ds.is_some() {
            return three_ds_page(session, prefix);
        }
        checkout_page(
            s,
            session,
            &PayForm::default(),
            session.last_error_message.as_deref(),
            prefix,
        )
    })
}

async fn pay(
    AxState(hosted): AxState<Hosted>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<PayForm>,
) -> Response {
    let prefix = &*hosted.prefix;
    hosted.app.with_state(|s| {
        let Some(session) = s.sessions.get(&id) else {
            return not_found(browser_language(&headers));
        };
        if session.status != "open" {
            return closed_page(session, prefix);
        }
        if session.pending_3ds.is_some() {
            return three_ds_page(session, prefix);
        }
        let (test_card, card) = match checkout::check_card_form(
            s,
            &form.card_number,
            &form.card_expiry,
            &form.card_cvc,
        ) {
            Ok(ok) => ok,
            Err(message) => return checkout_page(s, session, &form, Some(&message), prefix),
        };
        let has_email = !form.email.trim().is_empty()
            || session.customer_email.is_some()
            || session.customer.is_some();
        if session.mode == "subscription" && !has_email {
            return checkout_page(s, session, &form, Some(MSG_EMAIL_INCOMPLETE), prefix);
        }
        let success_url = session.success_url.clone();
        let outcome = checkout::attempt_card(
            s,
            &id,
            card,
            &test_card,
            Some(form.email.clone()),
            Some(form.billing_name.clone()),
        );
        tracing::info!(session = %id, ?outcome, "hosted page payment attempt");
        match outcome {
            Ok(AttemptOutcome::Succeeded) | Ok(AttemptOutcome::Processing) => {
                redirect_after_success(&id, success_url.as_deref(), prefix)
            }
            Ok(AttemptOutcome::RequiresAction) => {
                Redirect::to(&format!("{prefix}/c/pay/{id}/3ds")).into_response()
            }
            Ok(AttemptOutcome::Declined { message, .. }) => match s.sessions.get(&id) {
                Some(session) => {
                    // The card fields start empty again (email and name are kept), so a
                    // retry types a whole new card.
                    let form = PayForm {
                        card_number: String::new(),
                        card_expiry: String::new(),
                        card_cvc: String::new(),
                        ..form
                    };
                    checkout_page(s, session, &form, Some(&message), prefix)
                }
                None => not_found(browser_language(&headers)),
            },
            Err(err) => attempt_error_page(s, &id, &err),
        }
    })
}

#[derive(Debug, Default, Deserialize)]
struct PromotionCodeForm {
    #[serde(default, rename = "promotionCode")]
    promotion_code: String,
}

/// The customer typed a promotion code: applied, the page shows the new amounts; refused, it
/// says so.
async fn add_promotion_code(
    AxState(hosted): AxState<Hosted>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<PromotionCodeForm>,
) -> Response {
    let prefix = &*hosted.prefix;
    hosted.app.with_state(|s| {
        let result = checkout::apply_promotion_code(s, &id, &form.promotion_code);
        let Some(session) = s.sessions.get(&id) else {
            return not_found(browser_language(&headers));
        };
        if session.status != "open" {
            return closed_page(session, prefix);
        }
        let error = result.err().map(|e| e.message);
        checkout_page(s, session, &PayForm::default(), error.as_deref(), prefix)
    })
}

async fn show_3ds(
    AxState(hosted): AxState<Hosted>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let prefix = &*hosted.prefix;
    hosted.app.with_state(|s| match s.sessions.get(&id) {
        None => not_found(browser_language(&headers)),
        Some(session) if session.status != "open" => closed_page(session, prefix),
        Some(session) if session.pending_3ds.is_some() => three_ds_page(session, prefix),
        Some(_) => Redirect::to(&format!("{prefix}/c/pay/{id}")).into_response(),
    })
}

#[derive(Debug, Deserialize)]
pub struct ThreeDsForm {
    #[serde(default)]
    action: String,
}

async fn answer_3ds(
    AxState(hosted): AxState<Hosted>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<ThreeDsForm>,
) -> Response {
    let prefix = &*hosted.prefix;
    hosted.app.with_state(|s| {
        let Some(session) = s.sessions.get(&id) else {
            return not_found(browser_language(&headers));
        };
        if session.status != "open" {
            return closed_page(session, prefix);
        }
        if session.pending_3ds.is_none() {
            return Redirect::to(&format!("{prefix}/c/pay/{id}")).into_response();
        }
        let success_url = session.success_url.clone();
        let outcome = checkout::finish_3ds(s, &id, form.action == "complete");
        tracing::info!(session = %id, ?outcome, "hosted page 3-D Secure answer");
        match outcome {
            Ok(AttemptOutcome::Succeeded) => {
                redirect_after_success(&id, success_url.as_deref(), prefix)
            }
            Ok(_) => Redirect::to(&format!("{prefix}/c/pay/{id}")).into_response(),
            Err(err) => attempt_error_page(s, &id, &err),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_success_urls() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(
            success_target(
                "http://till.local/ok?session_id={CHECKOUT_SESSION_ID}",
                "cs_test_1"
            ),
            "http://till.local/ok?session_id=cs_test_1"
        );
    }
}
