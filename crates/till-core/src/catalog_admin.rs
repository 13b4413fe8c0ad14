//! Catalog management from the till: create a product with its price in Stripe, archive a
//! product; the local cache follows (a catalog sync right after).
//!
//! Like a sale, each change is recorded (with its idempotency keys) before Stripe is asked.
//! The form carries a draft id: pressing Create again, or retrying after a lost answer,
//! reuses the same keys, so Stripe replays instead of making a second product.

use crate::staff::Action;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::{Currency, Money};
use crate::register::Register;
use crate::store::{now_ms, CatalogRequestRecord};
use crate::stripe::{NewPrice, NewProduct, StripeFailure};

/// What the owner typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ProductInput {
    /// The form's draft id (`cat_…`): the same id is the same request. Empty: a new one.
    pub draft_id: Option<String>,
    pub name: String,
    pub description: Option<String>,
    /// In major units, as typed: `4.75`.
    pub amount: String,
    pub currency: String,
    /// `day`, `week`, `month`, `year` for a recurring price; empty for one-time.
    pub interval: Option<String>,
    pub sku: Option<String>,
    pub barcode: Option<String>,
    pub category: Option<String>,
    /// The product's tax rate (`txr_…`, one of the synced active rates); empty: the shop's
    /// default applies.
    pub tax_rate: Option<String>,
}

/// The checked request, as stored and sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct ProductParams {
    name: String,
    description: Option<String>,
    currency: String,
    unit_amount: i64,
    interval: Option<String>,
    metadata: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogChange {
    pub request_id: String,
    pub product_id: String,
    pub price_id: Option<String>,
    /// Prices in the cache after the sync (None when the sync failed: the change is made at
    /// Stripe and the next sync brings it).
    pub synced: Option<usize>,
}

fn clean(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

fn invalid(message: String) -> Error {
    Error::invalid_input(message).with_reason("invalid_product")
}

fn validate_draft_id(draft: Option<String>, language: Language) -> Result<String> {
    match draft {
        None => Ok(format!(
            "cat_{}",
            &crate::checkout::Checkout::new_sale_id()[5..]
        )),
        Some(id)
            if id.starts_with("cat_")
                && (8..=64).contains(&id.len())
                && id[4..].chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            Ok(id)
        }
        Some(_) => Err(invalid(text(language, "catalog-error-draft-id"))),
    }
}

/// Checks the form; a refusal is worded in `language`.
fn params_of(
    input: &ProductInput,
    locale: crate::money::Locale,
    language: Language,
) -> Result<ProductParams> {
    let name = input.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 250 {
        return Err(invalid(text(language, "catalog-error-name")));
    }
    let description = clean(&input.description);
    if description
        .as_ref()
        .is_some_and(|d| d.chars().count() > 500)
    {
        return Err(invalid(text(language, "catalog-error-description")));
    }
    let currency = Currency::parse(input.currency.trim())
        .map_err(|e| e.refusal(language).with_reason("invalid_currency"))?;
    let amount =
        Money::parse_major(&input.amount, currency, locale).map_err(|e| e.refusal(language))?;
    if amount.amount_minor <= 0 {
        return Err(invalid(text(language, "catalog-error-price-zero")));
    }
    let interval = clean(&input.interval);
    if let Some(i) = &interval {
        if !["day", "week", "month", "year"].contains(&i.as_str()) {
            return Err(invalid(text_with(
                language,
                "catalog-error-interval",
                &[("interval", Arg::Text(&format!("{i:?}")))],
            )));
        }
    }
    let mut metadata = std::collections::BTreeMap::new();
    for (key, value) in [
        ("sku", clean(&input.sku)),
        ("barcode", clean(&input.barcode)),
        ("category", clean(&input.category)),
        (
            till_domain::catalog::TAX_RATE_METADATA_KEY,
            clean(&input.tax_rate),
        ),
    ] {
        if let Some(value) = value {
            if value.chars().count() > 100 {
                return Err(invalid(text_with(
                    language,
                    "catalog-error-field-long",
                    &[("field", Arg::Text(key))],
                )));
            }
            metadata.insert(key.to_string(), value);
        }
    }
    if let Some(barcode) = metadata.get("barcode") {
        if !barcode
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err(invalid(text(language, "catalog-error-barcode")));
        }
    }
    Ok(ProductParams {
        name,
        description,
        currency: currency.code().to_string(),
        unit_amount: amount.amount_minor,
        interval,
        metadata,
    })
}

fn failure_error(failure: StripeFailure, request_id: &str, language: Language) -> Error {
    let transient = failure.is_transient();
    let error = failure.refusal(language);
    if transient {
        Error::new(
            error.code,
            text_with(
                language,
                "catalog-error-unconfirmed",
                &[
                    ("failure", Arg::Text(&error.message)),
                    ("request", Arg::Text(request_id)),
                ],
            ),
        )
        .with_reason("catalog_unconfirmed")
    } else {
        error.with_reason("catalog_refused")
    }
}

/// Creates a product and its price in Stripe, then syncs the catalog cache.
pub async fn create_product(register: &Register, input: &ProductInput) -> Result<CatalogChange> {
    let checkout = register.checkout();
    // The catalog is a manager's or the owner's (the permission table).
    checkout.acting(Action::Catalog)?;
    let language = checkout.settings().language;
    let params = params_of(input, checkout.settings().locale, language)?;
    if let Some(rate) = params
        .metadata
        .get(till_domain::catalog::TAX_RATE_METADATA_KEY)
    {
        register.require_tax_rate(rate).await?;
    }
    let request_id = validate_draft_id(clean(&input.draft_id), language)?;
    let json = serde_json::to_string(&params)
        .map_err(|e| Error::internal(format!("Could not record the product: {e}")))?;
    let id = request_id.clone();
    let existing = checkout
        .store()
        .call(move |l| l.catalog_request(&id))
        .await?;
    let request = match existing {
        Some(existing) if existing.params != json || existing.kind != "create_product" => {
            return Err(Error::new(
                ErrorCode::Conflict,
                text(language, "catalog-error-conflict"),
            )
            .with_reason("catalog_conflict"));
        }
        Some(existing) if existing.state == "done" => {
            return Ok(CatalogChange {
                request_id,
                product_id: existing.product_id.unwrap_or_default(),
                price_id: existing.price_id,
                synced: None,
            });
        }
        Some(existing) => existing,
        None => {
            let record = CatalogRequestRecord {
                id: request_id.clone(),
                mode: checkout.settings().mode.as_str().to_string(),
                kind: "create_product".into(),
                params: json,
                product_key: format!("till-{request_id}-product"),
                price_key: Some(format!("till-{request_id}-price")),
                product_id: None,
                price_id: None,
                state: "sending".into(),
                error: None,
                created_at: now_ms(),
            };
            let stored = record.clone();
            checkout
                .store()
                .call(move |l| l.insert_catalog_request(&stored))
                .await?;
            record
        }
    };
    let gateway = checkout.gateway();
    let mut metadata: HashMap<String, String> = params.metadata.clone().into_iter().collect();
    metadata.insert("till_catalog_request".into(), request_id.clone());
    let product_id = match &request.product_id {
        Some(id) => id.clone(),
        None => {
            let product = NewProduct {
                name: params.name.clone(),
                description: params.description.clone(),
                metadata,
            };
            match gateway.create_product(&product, &request.product_key).await {
                Ok(id) => {
                    let (rid, pid, at) = (request_id.clone(), id.clone(), now_ms());
                    checkout
                        .store()
                        .call(move |l| {
                            l.catalog_request_progress(&rid, Some(&pid), None, false, at)
                        })
                        .await?;
                    id
                }
                Err(failure) => return Err(record_failure(register, &request_id, failure).await),
            }
        }
    };
    let price_key = request
        .price_key
        .clone()
        .unwrap_or_else(|| format!("till-{request_id}-price"));
    let price = NewPrice {
        product_id: product_id.clone(),
        currency: params.currency.clone(),
        unit_amount: params.unit_amount,
        recurring_interval: params.interval.clone(),
    };
    let price_id = match gateway.create_price(&price, &price_key).await {
        Ok(id) => id,
        Err(failure) => return Err(record_failure(register, &request_id, failure).await),
    };
    let (rid, pid, at) = (request_id.clone(), price_id.clone(), now_ms());
    checkout
        .store()
        .call(move |l| l.catalog_request_progress(&rid, None, Some(&pid), true, at))
        .await?;
    tracing::info!(product_id, price_id, "product created in Stripe");
    let synced = sync_after(register).await;
    Ok(CatalogChange {
        request_id,
        product_id,
        price_id: Some(price_id),
        synced,
    })
}

async fn record_failure(register: &Register, request_id: &str, failure: StripeFailure) -> Error {
    let refused = !failure.is_transient();
    let (id, text, at) = (request_id.to_string(), failure.to_string(), now_ms());
    if let Err(e) = register
        .checkout()
        .store()
        .call(move |l| l.catalog_request_failed(&id, &text, refused, at))
        .await
    {
        tracing::warn!(error = %e, "could not record a failed catalog request");
    }
    failure_error(failure, request_id, register.checkout().settings().language)
}

async fn sync_after(register: &Register) -> Option<usize> {
    match register.sync_catalog().await {
        Ok(count) => Some(count),
        Err(e) => {
            tracing::warn!(error = %e, "the catalog changed at Stripe but the sync failed; the next sync brings it");
            None
        }
    }
}

/// Archives a product at Stripe (it leaves the register at the sync that follows).
pub async fn archive_product(register: &Register, product_id: &str) -> Result<CatalogChange> {
    register.checkout().acting(Action::Catalog)?;
    let language = register.checkout().settings().language;
    let product_id = product_id.trim().to_string();
    if !product_id.starts_with("prod_")
        || product_id.len() > 255
        || !product_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(invalid(text_with(
            language,
            "catalog-error-product-id",
            &[(
                "id",
                Arg::Text(&format!(
                    "{:?}",
                    product_id.chars().take(40).collect::<String>()
                )),
            )],
        )));
    }
    let checkout = register.checkout();
    let request_id = validate_draft_id(None, language)?;
    let record = CatalogRequestRecord {
        id: request_id.clone(),
        mode: checkout.settings().mode.as_str().to_string(),
        kind: "archive_product".into(),
        params: serde_json::json!({ "product": product_id }).to_string(),
        product_key: format!("till-{request_id}-archive"),
        price_key: None,
        product_id: Some(product_id.clone()),
        price_id: None,
        state: "sending".into(),
        error: None,
        created_at: now_ms(),
    };
    let stored = record.clone();
    checkout
        .store()
        .call(move |l| l.insert_catalog_request(&stored))
        .await?;
    if let Err(failure) = checkout
        .gateway()
        .archive_product(&product_id, &record.product_key)
        .await
    {
        return Err(record_failure(register, &request_id, failure).await);
    }
    let (rid, at) = (request_id.clone(), now_ms());
    checkout
        .store()
        .call(move |l| l.catalog_request_progress(&rid, None, None, true, at))
        .await?;
    tracing::info!(product_id, "product archived in Stripe");
    Ok(CatalogChange {
        request_id,
        product_id,
        price_id: None,
        synced: sync_after(register).await,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Locale;

    fn input() -> ProductInput {
        ProductInput {
            name: " Matcha Latte, large ".into(),
            amount: "5.25".into(),
            currency: "USD".into(),
            sku: Some("TEA-009".into()),
            barcode: Some("4000000009991".into()),
            category: Some(" Tea ".into()),
            ..ProductInput::default()
        }
    }

    #[test]
    fn products_are_checked_before_anything_is_sent() {
        let params = params_of(&input(), Locale::EnglishUnitedStates, Language::En).unwrap();
        assert_eq!(params.name, "Matcha Latte, large");
        assert_eq!(params.unit_amount, 525);
        assert_eq!(params.currency, "usd");
        assert_eq!(
            params.metadata.get("category").map(String::as_str),
            Some("Tea")
        );
        let code = |change: fn(&mut ProductInput)| {
            let mut bad = input();
            change(&mut bad);
            params_of(&bad, Locale::EnglishUnitedStates, Language::En)
                .unwrap_err()
                .wire_code()
        };
        assert_eq!(code(|i| i.name = " ".into()), "invalid_product");
        assert_eq!(code(|i| i.amount = "0".into()), "invalid_product");
        assert_eq!(code(|i| i.amount = "5.255".into()), "too_many_decimals");
        assert_eq!(code(|i| i.currency = "ABC".into()), "invalid_currency");
        assert_eq!(
            code(|i| i.interval = Some("fortnight".into())),
            "invalid_product"
        );
        assert_eq!(
            code(|i| i.barcode = Some("12 34".into())),
            "invalid_product"
        );
        assert!(validate_draft_id(Some("cat_abc12345".into()), Language::En).is_ok());
        assert!(validate_draft_id(Some("cat_../x".into()), Language::En).is_err());
        assert!(validate_draft_id(None, Language::En)
            .unwrap()
            .starts_with("cat_"));
    }

    /// The form's refusals speak the till's language; the reason code stays the same.
    #[test]
    fn refusals_speak_the_till_s_language() {
        let refused = |change: fn(&mut ProductInput), language| {
            let mut bad = ProductInput {
                amount: "5,25".into(),
                ..input()
            };
            change(&mut bad);
            let error = params_of(&bad, Locale::GermanGermany, language).unwrap_err();
            (error.wire_code(), error.message)
        };
        assert_eq!(
            refused(|i| i.name = " ".into(), Language::En),
            (
                "invalid_product",
                "A product needs a name of 1 to 250 characters.".into()
            )
        );
        assert_eq!(
            refused(|i| i.name = " ".into(), Language::De),
            (
                "invalid_product",
                "Ein Produkt braucht einen Namen mit 1 bis 250 Zeichen.".into()
            )
        );
        assert_eq!(
            refused(|i| i.sku = Some("x".repeat(101)), Language::En).1,
            "The sku is at most 100 characters."
        );
        assert_eq!(
            refused(|i| i.sku = Some("x".repeat(101)), Language::De).1,
            "Die Artikelnummer hat höchstens 100 Zeichen."
        );
        assert_eq!(
            refused(|i| i.interval = Some("fortnight".into()), Language::De).1,
            "\"fortnight\" ist kein Abrechnungsintervall: Verwenden Sie day, week, month oder year, oder lassen Sie es für einen einmaligen Preis leer."
        );
        assert_eq!(
            refused(|i| i.amount = "abc".into(), Language::De),
            (
                "invalid_amount",
                "„abc“ ist kein Betrag. Geben Sie ihn mit einem Komma vor den Cent ein, zum Beispiel 29,50 oder 1.234,50.".into()
            )
        );
        let draft = validate_draft_id(Some("cat_../x".into()), Language::De).unwrap_err();
        assert_eq!(
            draft.message,
            "Die Entwurfs-ID des Formulars ist ungültig; öffnen Sie das Formular erneut und versuchen Sie es noch einmal."
        );
    }
}
