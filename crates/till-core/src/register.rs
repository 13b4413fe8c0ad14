//! The register: catalog, the current cart and the sale it becomes. One per till; shared by
//! the window (through the shell's commands) and `tillctl`.

use std::sync::{Mutex, RwLock};

use serde::Serialize;

use crate::cart::{Cart, CartItem};
use crate::catalog::{CatalogIndex, ItemView};
use crate::checkout::{Checkout, SaleView};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text, text_with, Arg, Language};
use crate::money::{Currency, Locale, Money};
use crate::pricing::{CouponValue, TaxRate};
use crate::sale::SaleState;
use crate::store::now_ms;

/// The cart as the UI shows it; every amount formatted in Rust.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CartView {
    pub lines: Vec<CartLineView>,
    pub item_count: u32,
    pub currency: Option<String>,
    pub total: i64,
    pub total_display: String,
    /// The lines' sum, shown above the taxes when the sale has any (`None`: no tax).
    pub subtotal_display: Option<String>,
    /// One row per tax rate: added on top (exclusive) or included in the prices.
    pub taxes: Vec<crate::amounts::TaxLineView>,
    /// The coupon's row (`-$2.00`), when one is applied.
    pub discount: Option<crate::amounts::AdjustmentView>,
    /// The tip's row, when there is one.
    pub tip: Option<crate::amounts::AdjustmentView>,
    /// The applied coupon's id.
    pub coupon_id: Option<String>,
    /// The customer may type a promotion code on Stripe's page (card only).
    pub promotion_codes: bool,
    /// The tip in minor units (0: none).
    pub tip_amount: i64,
    /// Why Charge is not possible right now (empty, under the minimum...), if it isn't.
    pub charge_blocked: Option<String>,
    /// Why Cash is not possible right now (empty, a membership...), if it isn't. Cash has no
    /// minimum.
    pub cash_blocked: Option<String>,
    /// The cart holds a recurring price: it is sold as a membership (a subscription-mode
    /// Checkout Session), which needs the customer's email.
    pub membership: Option<String>,
}

/// A coupon staff can apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CouponView {
    pub id: String,
    /// Its name at Stripe, else its id.
    pub label: String,
    /// `10% off`, `$5.00 off`.
    pub off_display: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CartLineView {
    pub price_id: String,
    pub name: String,
    pub quantity: u32,
    pub unit_display: String,
    pub subtotal_display: String,
    pub recurring: bool,
    /// The unit price before it was set at the till (`None`: not overridden).
    pub was_display: Option<String>,
}

/// What the product area shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogView {
    pub currency: String,
    pub categories: Vec<String>,
    pub items: Vec<ItemView>,
    /// The owner's quick keys, in the owner's order (those sold in the register's currency):
    /// the register shows them first, as the Favourites page.
    pub favourites: Vec<ItemView>,
    pub synced_at: Option<i64>,
}

/// At most this many quick keys: one screen of tiles at 1024×768.
pub const MAX_FAVOURITES: usize = 24;

/// The ledger setting naming the shop's default tax rate of a mode (for products that name
/// none).
pub(crate) fn default_tax_rate_key(mode: &str) -> String {
    format!("default_tax_rate.{mode}")
}

/// The ledger setting holding a mode's quick keys (a JSON list of price ids).
fn favourites_key(mode: &str) -> String {
    format!("favourites.{mode}")
}

pub struct Register {
    checkout: Checkout,
    currency: Currency,
    locale: Locale,
    catalog: RwLock<(CatalogIndex, Option<i64>)>,
    /// The owner's quick keys (price ids, in order), as stored in the ledger.
    favourites: RwLock<Vec<String>>,
    cart: Mutex<Draft>,
}

/// The cart and the sale id it will be charged as. The id stays the same until the cart
/// changes after a charge, so a repeated Charge is the same sale.
struct Draft {
    cart: Cart,
    sale_id: String,
    charged: bool,
}

impl Register {
    pub fn new(checkout: Checkout, currency: Currency, locale: Locale) -> Register {
        Register {
            checkout,
            currency,
            locale,
            catalog: RwLock::new((CatalogIndex::default(), None)),
            favourites: RwLock::new(Vec::new()),
            cart: Mutex::new(Draft {
                cart: Cart::new(),
                sale_id: Checkout::new_sale_id(),
                charged: false,
            }),
        }
    }

    pub fn checkout(&self) -> &Checkout {
        &self.checkout
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The language the register words its refusals in (the checkout's setting).
    fn language(&self) -> Language {
        self.checkout.settings().language
    }

    fn mode(&self) -> &'static str {
        self.checkout.settings().mode.as_str()
    }

    /// Loads the catalog from the ledger's cache (works offline), and the quick keys.
    pub async fn load_cached_catalog(&self) -> Result<usize> {
        let mode = self.mode();
        let default_key = default_tax_rate_key(mode);
        let (products, prices, rates, default_rate) = self
            .checkout
            .store()
            .call(move |l| {
                let (products, prices) = l.cached_catalog(mode)?;
                Ok((
                    products,
                    prices,
                    l.cached_tax_rates(mode)?,
                    l.setting(&default_key)?,
                ))
            })
            .await?;
        self.load_favourites().await?;
        let index =
            CatalogIndex::build_with_tax(&products, &prices, &rates, default_rate.as_deref());
        let count = index.len();
        self.set_catalog(index, None)?;
        Ok(count)
    }

    /// Syncs products and prices from Stripe into the cache, then loads it. On failure the
    /// cache is left as it was.
    pub async fn sync_catalog(&self) -> Result<usize> {
        let (products, prices) = self
            .checkout
            .gateway()
            .list_catalog()
            .await
            .map_err(|failure| failure.refusal(self.checkout.settings().language))?;
        let mode = self.mode();
        let default_key = default_tax_rate_key(mode);
        let default_rate = self
            .checkout
            .store()
            .call(move |l| l.setting(&default_key))
            .await?;
        // A key that may read products but not tax rates still syncs the catalog: the rates
        // synced before are kept, and an item naming a rate Till does not know can't be sold.
        let rates = match self.checkout.gateway().list_tax_rates(Some(true)).await {
            Ok(listed) => listed
                .into_iter()
                .map(|r| TaxRate {
                    id: r.id,
                    display_name: r.display_name,
                    percentage: r.percentage,
                    inclusive: r.inclusive,
                })
                .collect(),
            Err(failure) => {
                tracing::warn!(error = %failure, "could not list the tax rates; keeping the cached ones");
                self.checkout
                    .store()
                    .call(move |l| l.cached_tax_rates(mode))
                    .await?
            }
        };
        let synced_at = now_ms();
        let index =
            CatalogIndex::build_with_tax(&products, &prices, &rates, default_rate.as_deref());
        self.checkout
            .store()
            .call(move |l| l.replace_catalog(mode, &products, &prices, &rates, synced_at))
            .await?;
        self.sync_coupons(mode, synced_at).await;
        self.load_favourites().await?;
        let count = index.len();
        tracing::info!(items = count, "catalog synced");
        self.set_catalog(index, Some(synced_at))?;
        Ok(count)
    }

    /// Reads the account's coupons into the cache. A failure (a key that may not read coupons,
    /// Stripe unreachable) keeps the coupons synced before, and is logged.
    async fn sync_coupons(&self, mode: &'static str, synced_at: i64) {
        let listed = match self.checkout.gateway().list_coupons().await {
            Ok(listed) => listed,
            Err(failure) => {
                tracing::warn!(error = %failure, "could not list the coupons; keeping the cached ones");
                return;
            }
        };
        let coupons: Vec<crate::store::CachedCoupon> = listed
            .into_iter()
            .filter_map(|c| {
                Some(crate::store::CachedCoupon {
                    coupon: crate::pricing::Coupon {
                        id: c.id,
                        name: c.name,
                        value: c.value?,
                    },
                    valid: c.valid,
                    limited: c.max_redemptions.is_some() || c.redeem_by.is_some(),
                })
            })
            .collect();
        let stored = self
            .checkout
            .store()
            .call(move |l| l.replace_coupons(mode, &coupons, synced_at))
            .await;
        if let Err(error) = stored {
            tracing::warn!(%error, "could not cache the coupons");
        }
    }

    /// The coupons staff can apply to a sale in the register's currency (percentages, and
    /// amounts in that currency), valid at the last sync, by name.
    pub async fn coupons(&self) -> Result<Vec<CouponView>> {
        let mode = self.mode();
        let cached = self
            .checkout
            .store()
            .call(move |l| l.cached_coupons(mode))
            .await?;
        Ok(cached
            .into_iter()
            .filter(|c| c.valid)
            .filter(|c| match c.coupon.value {
                CouponValue::PercentOff { .. } => true,
                CouponValue::AmountOff { amount } => amount.currency == self.currency,
            })
            .map(|c| self.coupon_view(&c.coupon))
            .collect())
    }

    /// A coupon as the register lists it (its name, else its id; what it takes off).
    pub(crate) fn coupon_view(&self, coupon: &crate::pricing::Coupon) -> CouponView {
        let off = match coupon.value {
            CouponValue::PercentOff { percent } => self.locale.format_percent(percent.0),
            CouponValue::AmountOff { amount } => amount.format(self.locale),
        };
        CouponView {
            id: coupon.id.clone(),
            label: coupon
                .name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| coupon.id.clone()),
            off_display: text_with(self.language(), "coupon-off", &[("off", Arg::Text(&off))]),
        }
    }

    /// Applies a coupon from the cache to the sale (`None` takes it off). An unknown coupon,
    /// one expired or used up at the last sync, one in another currency or bigger than the
    /// sale is refused with its reason, the cart unchanged.
    pub async fn set_coupon(&self, coupon_id: Option<&str>) -> Result<CartView> {
        let coupon = match coupon_id.map(str::trim).filter(|id| !id.is_empty()) {
            None => None,
            Some(id) => {
                let (mode, wanted) = (self.mode(), id.to_string());
                let found = self
                    .checkout
                    .store()
                    .call(move |l| l.cached_coupon(mode, &wanted))
                    .await?
                    .ok_or_else(|| {
                        Error::new(
                            ErrorCode::NotFound,
                            text_with(
                                self.language(),
                                "register-error-unknown-coupon",
                                &[(
                                    "coupon",
                                    Arg::Text(&id.chars().take(64).collect::<String>()),
                                )],
                            ),
                        )
                        .with_reason("unknown_coupon")
                    })?;
                if !found.valid {
                    return Err(Error::invalid_input(text_with(
                        self.language(),
                        "register-error-coupon-expired",
                        &[("coupon", Arg::Text(&self.coupon_view(&found.coupon).label))],
                    ))
                    .with_reason("coupon_expired"));
                }
                Some(found.coupon)
            }
        };
        self.edit(|cart| {
            cart.set_coupon(coupon)
                .map_err(|e| e.refusal(self.language()))
        })
    }

    /// Lets the customer type a promotion code on Stripe's page (`allow_promotion_codes`),
    /// or not. Stripe takes a coupon or promotion codes, not both: refused while the sale has
    /// a coupon or a manual discount, the cart unchanged. Such a sale is paid by card; what
    /// Stripe charged (the code's discount and the tax after it) is recorded at payment.
    pub fn set_promotion_codes(&self, allow: bool) -> Result<CartView> {
        self.edit(|cart| {
            cart.set_promotion_codes(allow)
                .map_err(|e| e.refusal(self.language()))
        })
    }

    /// A manual discount off the sale: `typed` an amount (`2.50`) or a percentage of the lines
    /// (`10%`, rounded half up to the currency's step, then given as that amount, so Stripe
    /// spreads it as Till does). Only a manager or the owner signed in at the till may give
    /// one (the permission table's Override; the owner signs in with the owner PIN), and
    /// only with a reason, which the sale's timeline keeps with who gave it. It takes the
    /// coupon's place. Refused, the cart unchanged, otherwise.
    pub fn set_manual_discount(&self, typed: &str, reason: &str) -> Result<CartView> {
        let language = self.language();
        let reason = self.adjustment_reason(reason, HandAdjustment::Discount)?;
        let typed = typed.trim();
        self.edit(|cart| {
            let amount = match typed.strip_suffix('%') {
                Some(percent) => {
                    let percent =
                        crate::pricing::Percent::parse(percent).map_err(|e| e.refusal(language))?;
                    let subtotal = cart
                        .breakdown()
                        .map_err(|e| e.refusal(language))?
                        .map(|b| Money::new(b.subtotal_minor, b.currency))
                        .ok_or_else(|| crate::cart::CartError::EmptyCart.refusal(language))?;
                    crate::pricing::percent_of(subtotal, percent)
                }
                None => crate::drawer::parse_amount(typed, self.currency, self.locale, language)?,
            };
            if amount.amount_minor <= 0 {
                return Err(
                    Error::invalid_input(text(language, "register-error-discount-zero"))
                        .with_reason("discount_zero"),
                );
            }
            let label = text(language, "sale-manual-discount");
            cart.set_manual_discount(amount, reason, label)
                .map_err(|e| e.refusal(language))
        })
    }

    /// Sets the unit price of the cart's line `price_id` to the amount `typed`, with a reason:
    /// only a manager or the owner signed in at the till (the permission table's Override).
    /// The line becomes a one-off price of its product (`inline:<product>:<amount>`, sent to
    /// Stripe as `price_data[product]` with the line's tax rates, as an open price is), so
    /// Stripe charges what Till computes; the sale's timeline keeps the old and new price, the
    /// reason and who. Nobody signed in, no permission, no reason, zero, a negative amount, one
    /// over Stripe's maximum, a line not in the cart or a membership's line: each refused with
    /// its own reason, the cart unchanged.
    pub fn override_price(&self, price_id: &str, typed: &str, reason: &str) -> Result<CartView> {
        let language = self.language();
        let reason = self.adjustment_reason(reason, HandAdjustment::Price)?;
        let amount = crate::drawer::parse_amount(typed, self.currency, self.locale, language)?;
        if amount.amount_minor <= 0 {
            return Err(
                Error::invalid_input(text(language, "register-error-override-zero"))
                    .with_reason("override_zero"),
            );
        }
        self.edit(|cart| {
            let line = cart.line(price_id).cloned().ok_or_else(|| {
                crate::cart::CartError::LineNotFound {
                    price_id: price_id.to_string(),
                }
                .refusal(language)
            })?;
            if line.item.recurring.is_some() {
                return Err(Error::invalid_input(text_with(
                    language,
                    "register-error-override-recurring",
                    &[("name", Arg::Text(&line.item.name))],
                ))
                .with_reason("override_recurring"));
            }
            let new_price_id = inline_price_id(&line.item.product_id, amount);
            cart.override_price(price_id, new_price_id, amount, reason)
                .map_err(|e| e.refusal(language))
        })
    }

    /// What a manual discount or a price set by hand needs first: someone signed in at the till
    /// who may override (a manager or the owner) and a reason of 1 to 200 characters. Returns
    /// the reason with who gave it, as the sale's timeline keeps it. Refused, in the till's
    /// language, with the adjustment's own reasons (`discount_needs_owner` /
    /// `override_needs_owner`, `staff_not_allowed`, `…_reason_missing`).
    fn adjustment_reason(&self, reason: &str, kind: HandAdjustment) -> Result<String> {
        let language = self.language();
        let (needs_owner, needs_owner_id, missing, missing_id) = match kind {
            HandAdjustment::Discount => (
                "discount_needs_owner",
                "register-error-discount-needs-owner",
                "discount_reason_missing",
                "register-error-discount-reason",
            ),
            HandAdjustment::Price => (
                "override_needs_owner",
                "register-error-override-needs-owner",
                "override_reason_missing",
                "register-error-override-reason",
            ),
        };
        let who = self.checkout.signed_in()?.ok_or_else(|| {
            Error::new(ErrorCode::InvalidInput, text(language, needs_owner_id))
                .with_reason(needs_owner)
        })?;
        crate::staff::allowed(who.role, crate::staff::Action::Override, language)?;
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 200 {
            return Err(Error::invalid_input(text(language, missing_id)).with_reason(missing));
        }
        Ok(format!("{reason} ({})", who.name))
    }

    /// Sets the tip as typed (`None` or empty: no tip), in the register's currency.
    pub fn set_tip(&self, amount: Option<&str>) -> Result<CartView> {
        let tip = match amount.map(str::trim).filter(|a| !a.is_empty()) {
            None => None,
            Some(typed) => Some(crate::drawer::parse_amount(
                typed,
                self.currency,
                self.locale,
                self.language(),
            )?),
        };
        self.edit(|cart| cart.set_tip(tip).map_err(|e| e.refusal(self.language())))
    }

    /// Sets the tip to a percentage of the sale (after any discount, with tax), rounded half
    /// up to the currency's step.
    pub fn set_tip_percent(&self, percent: u32) -> Result<CartView> {
        self.edit(|cart| {
            let mut untipped = cart.clone();
            untipped
                .set_tip(None)
                .map_err(|e| e.refusal(self.language()))?;
            let base = untipped
                .total()
                .map_err(|e| e.refusal(self.language()))?
                .ok_or_else(|| crate::cart::CartError::EmptyCart.refusal(self.language()))?;
            let tip = crate::pricing::percent_of(
                base,
                crate::pricing::Percent(percent.saturating_mul(10_000)),
            );
            cart.set_tip(Some(tip))
                .map_err(|e| e.refusal(self.language()))
        })
    }

    /// Refuses a tax rate id the synced catalog does not have among its active rates (a product
    /// or the shop's default may only name one a sale can be charged with).
    pub async fn require_tax_rate(&self, rate_id: &str) -> Result<TaxRate> {
        let mode = self.mode();
        let rates = self
            .checkout
            .store()
            .call(move |l| l.cached_tax_rates(mode))
            .await?;
        rates
            .into_iter()
            .find(|r| r.id == rate_id.trim())
            .ok_or_else(|| {
                crate::pricing::PricingError::UnknownTaxRate {
                    id: rate_id.trim().chars().take(64).collect(),
                }
                .refusal(self.language())
            })
    }

    /// Reads the quick keys from the ledger (a damaged list reads as none, and says so).
    async fn load_favourites(&self) -> Result<()> {
        let key = favourites_key(self.mode());
        let stored = self.checkout.store().call(move |l| l.setting(&key)).await?;
        let favourites: Vec<String> = match stored {
            None => Vec::new(),
            Some(json) => serde_json::from_str(&json).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "the quick keys could not be read; the owner can set them again");
                Vec::new()
            }),
        };
        *self
            .favourites
            .write()
            .map_err(|_| Error::internal("The quick keys' lock was poisoned; restart Till."))? =
            favourites;
        Ok(())
    }

    fn set_catalog(&self, index: CatalogIndex, synced_at: Option<i64>) -> Result<()> {
        let mut guard = self
            .catalog
            .write()
            .map_err(|_| Error::internal("The catalog lock was poisoned; restart Till."))?;
        let previous_sync = guard.1;
        *guard = (index, synced_at.or(previous_sync));
        Ok(())
    }

    fn with_catalog<R>(&self, f: impl FnOnce(&CatalogIndex) -> R) -> Result<R> {
        let guard = self
            .catalog
            .read()
            .map_err(|_| Error::internal("The catalog lock was poisoned; restart Till."))?;
        Ok(f(&guard.0))
    }

    /// The product area: items in the register's currency matching `query` and `category`.
    pub fn catalog_view(&self, query: &str, category: Option<&str>) -> Result<CatalogView> {
        let guard = self
            .catalog
            .read()
            .map_err(|_| Error::internal("The catalog lock was poisoned; restart Till."))?;
        let (index, synced_at) = &*guard;
        let favourites = self
            .favourites
            .read()
            .map_err(|_| Error::internal("The quick keys' lock was poisoned; restart Till."))?
            .iter()
            .filter_map(|price| index.by_price(price))
            .filter(|item| item.unit_amount.currency == self.currency)
            .map(|item| CatalogIndex::view(item, self.locale, self.language()))
            .collect();
        Ok(CatalogView {
            currency: self.currency.code().to_string(),
            categories: index.categories(self.currency),
            items: index
                .search(query, self.currency, category, 500)
                .into_iter()
                .map(|i| CatalogIndex::view(i, self.locale, self.language()))
                .collect(),
            favourites,
            synced_at: *synced_at,
        })
    }

    /// The owner's quick keys: `price_ids` in order (each sold in the register's currency, at
    /// most [`MAX_FAVOURITES`], none twice), stored in the ledger; an empty list removes the
    /// Favourites page. Returns them as the register shows them.
    pub async fn set_favourites(&self, price_ids: &[String]) -> Result<Vec<ItemView>> {
        self.checkout.acting(crate::staff::Action::Catalog)?;
        if price_ids.len() > MAX_FAVOURITES {
            return Err(Error::invalid_input(text_with(
                self.language(),
                "register-error-favourites-full",
                &[("max", Arg::Number(MAX_FAVOURITES as i64))],
            ))
            .with_reason("favourites_full"));
        }
        let mut seen = std::collections::HashSet::new();
        for price in price_ids {
            if !seen.insert(price.as_str()) {
                return Err(Error::invalid_input(text_with(
                    self.language(),
                    "register-error-favourite-twice",
                    &[("price", Arg::Text(price))],
                ))
                .with_reason("favourites_twice"));
            }
            let sold = self.with_catalog(|c| {
                c.by_price(price)
                    .is_some_and(|item| item.unit_amount.currency == self.currency)
            })?;
            if !sold {
                return Err(Error::new(
                    ErrorCode::NotFound,
                    text_with(
                        self.language(),
                        "register-error-favourite-unknown",
                        &[("price", Arg::Text(price))],
                    ),
                )
                .with_reason("favourite_unknown"));
            }
        }
        let key = favourites_key(self.mode());
        let ids = price_ids.to_vec();
        let json = serde_json::to_string(&ids)
            .map_err(|e| Error::internal(format!("Could not write the quick keys: {e}")))?;
        self.checkout
            .store()
            .call(move |l| {
                if ids.is_empty() {
                    l.delete_setting(&key).map(|_| ())
                } else {
                    l.set_setting(&key, &json)
                }
            })
            .await?;
        *self
            .favourites
            .write()
            .map_err(|_| Error::internal("The quick keys' lock was poisoned; restart Till."))? =
            price_ids.to_vec();
        Ok(self.catalog_view("", None)?.favourites)
    }

    fn with_draft<R>(&self, f: impl FnOnce(&mut Draft) -> Result<R>) -> Result<R> {
        let mut draft = self
            .cart
            .lock()
            .map_err(|_| Error::internal("The cart lock was poisoned; restart Till."))?;
        f(&mut draft)
    }

    /// Changes the cart; a cart already charged starts a new sale when it changes.
    fn edit(&self, change: impl FnOnce(&mut Cart) -> Result<()>) -> Result<CartView> {
        self.with_draft(|draft| {
            let mut cart = draft.cart.clone();
            change(&mut cart)?;
            if draft.charged {
                draft.sale_id = Checkout::new_sale_id();
                draft.charged = false;
            }
            draft.cart = cart;
            Ok(self.cart_view(&draft.cart))
        })
    }

    /// The catalog's item for a price, ready for a cart.
    pub fn cart_item(&self, price_id: &str) -> Result<CartItem> {
        self.with_catalog(|c| c.by_price(price_id).map(|i| i.cart_item()))?
            .transpose()
            .map_err(|e| e.refusal(self.language()))?
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::NotFound,
                    text_with(
                        self.language(),
                        "register-error-no-product",
                        &[("price", Arg::Text(price_id))],
                    ),
                )
            })
    }

    pub fn add(&self, price_id: &str, quantity: i64) -> Result<CartView> {
        let item = self.cart_item(price_id)?;
        self.edit(|cart| {
            cart.add(item, quantity)
                .map_err(|e| e.refusal(self.language()))
        })
    }

    /// An amount typed at the counter: for an open-price product (`price_id` one of the
    /// catalog's open-price items) or, with `None`, a Miscellaneous line (the shop's default
    /// tax rate). The same product at the same amount adds to its line. Zero, a negative or
    /// an amount over Stripe's maximum is refused, the cart unchanged.
    pub fn add_open_price(&self, price_id: Option<&str>, amount: &str) -> Result<CartView> {
        let language = self.language();
        let amount = crate::drawer::parse_amount(amount, self.currency, self.locale, language)?;
        if amount.amount_minor <= 0 {
            return Err(
                Error::invalid_input(text(language, "register-error-open-price-zero"))
                    .with_reason("open_price_zero"),
            );
        }
        let misc = format!("{}misc", crate::stripe::INLINE_PRICE_PREFIX);
        let item = match price_id {
            Some(price_id) => {
                let item = self
                    .with_catalog(|c| c.by_price(price_id).cloned())?
                    .ok_or_else(|| {
                        Error::new(
                            ErrorCode::NotFound,
                            text_with(
                                language,
                                "register-error-no-product",
                                &[("price", Arg::Text(price_id))],
                            ),
                        )
                    })?;
                if !item.open_price {
                    return Err(Error::invalid_input(text_with(
                        language,
                        "register-error-not-open-price",
                        &[("name", Arg::Text(&item.name))],
                    ))
                    .with_reason("not_open_price"));
                }
                let base = item.cart_item().map_err(|e| e.refusal(language))?;
                CartItem {
                    price_id: inline_price_id(&base.product_id, amount),
                    unit_amount: amount,
                    recurring: None,
                    ..base
                }
            }
            None => CartItem {
                price_id: inline_price_id(&misc, amount),
                product_id: misc,
                name: text(language, "sale-misc-line"),
                unit_amount: amount,
                recurring: None,
                tax_rates: self.with_catalog(|c| c.default_rates().to_vec())?,
            },
        };
        self.edit(|cart| cart.add(item, 1).map_err(|e| e.refusal(language)))
    }

    /// Scanner input: an exact barcode or SKU adds one of that item.
    pub fn scan(&self, code: &str) -> Result<CartView> {
        let item = self
            .with_catalog(|c| c.lookup_code(code, self.currency).map(|i| i.cart_item()))?
            .transpose()
            .map_err(|e| e.refusal(self.language()))?
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::NotFound,
                    text_with(
                        self.language(),
                        "register-error-unknown-code",
                        &[("code", Arg::Text(&format!("{:?}", code.trim())))],
                    ),
                )
                .with_reason("unknown_code")
            })?;
        self.edit(|cart| cart.add(item, 1).map_err(|e| e.refusal(self.language())))
    }

    pub fn set_quantity(&self, price_id: &str, quantity: i64) -> Result<CartView> {
        self.edit(|cart| {
            cart.set_quantity(price_id, quantity)
                .map_err(|e| e.refusal(self.language()))
        })
    }

    pub fn remove(&self, price_id: &str) -> Result<CartView> {
        self.edit(|cart| {
            cart.remove(price_id)
                .map(|_| ())
                .map_err(|e| e.refusal(self.language()))
        })
    }

    /// Empties the cart and starts a new sale.
    pub fn clear(&self) -> Result<CartView> {
        self.with_draft(|draft| {
            draft.cart.clear();
            draft.sale_id = Checkout::new_sale_id();
            draft.charged = false;
            Ok(self.cart_view(&draft.cart))
        })
    }

    pub fn cart(&self) -> Result<CartView> {
        self.with_draft(|draft| Ok(self.cart_view(&draft.cart)))
    }

    /// The draft's sale id and cart, about to be paid (Charge, Cash, Split): refused while the
    /// draft's split waits to be settled; a draft whose sale ended unpaid (cancelled, expired,
    /// failed) gets a new sale id, so the ended one stays as Stripe left it. `charged` marks
    /// the draft as charged now (Charge does; Cash and Split once their sale is written).
    async fn draft_to_pay(&self, charged: bool) -> Result<(String, Cart)> {
        let drafted = self.with_draft(|draft| Ok(draft.sale_id.clone()))?;
        self.refuse_unsettled_split(&drafted).await?;
        let id = drafted.clone();
        let ended_unpaid = self
            .checkout
            .store()
            .call(move |l| l.sale(&id))
            .await?
            .is_some_and(|sale| {
                [SaleState::Canceled, SaleState::Expired, SaleState::Failed]
                    .iter()
                    .any(|state| sale.state == state.as_str())
            });
        self.with_draft(|draft| {
            if ended_unpaid && draft.sale_id == drafted {
                draft.sale_id = Checkout::new_sale_id();
            }
            draft.charged |= charged;
            Ok((draft.sale_id.clone(), draft.cart.clone()))
        })
    }

    /// Charge: the current cart as a sale. Pressing it twice charges the same sale once. A
    /// cart whose sale ended unpaid (cancelled, expired, failed) and is charged again becomes a
    /// new sale: the ended one stays as Stripe left it.
    pub async fn charge(&self, customer_email: Option<&str>) -> Result<SaleView> {
        let (sale_id, cart) = self.draft_to_pay(true).await?;
        self.checkout.charge(&sale_id, &cart, customer_email).await
    }

    /// The cash panel's figures for the current cart: what cash pays after rounding, the
    /// quick tender buttons, whether the drawer is open.
    pub async fn cash_due(&self) -> Result<crate::drawer::CashDueView> {
        let total = self.with_draft(|draft| {
            draft
                .cart
                .validate_for_cash()
                .map_err(|e| e.refusal(self.language()))
        })?;
        crate::drawer::cash_due(&self.checkout, total, self.locale).await
    }

    /// The change for `tendered` (typed) against the current cart, recording nothing.
    pub async fn cash_quote(&self, tendered: &str) -> Result<crate::drawer::CashQuote> {
        let total = self.with_draft(|draft| {
            draft
                .cart
                .validate_for_cash()
                .map_err(|e| e.refusal(self.language()))
        })?;
        crate::drawer::cash_quote(&self.checkout, total, tendered, self.locale).await
    }

    /// Complete (cash): the current cart paid with `tendered` (typed in the display locale)
    /// as the draft's sale. A repeat returns the recorded sale; a draft whose card sale ended
    /// unpaid becomes a new sale, as for Charge.
    pub async fn pay_cash(
        &self,
        tendered: &str,
        customer_email: Option<&str>,
    ) -> Result<crate::drawer::CashSaleView> {
        let tendered =
            crate::drawer::parse_amount(tendered, self.currency, self.locale, self.language())?;
        let (sale_id, cart) = self.draft_to_pay(false).await?;
        let sold =
            crate::drawer::sell(&self.checkout, &sale_id, &cart, tendered, customer_email).await?;
        self.with_draft(|draft| {
            if draft.sale_id == sale_id {
                draft.charged = true;
            }
            Ok(())
        })?;
        Ok(sold)
    }

    async fn refuse_unsettled_split(&self, sale_id: &str) -> Result<()> {
        if crate::split::unsettled(&self.checkout, sale_id).await? {
            return Err(crate::split::unsettled_error(sale_id, self.language()));
        }
        Ok(())
    }

    /// The split panel's figures for the current cart as staff type the cash parts (in the
    /// display locale): the cash and the card balance, or why not (`split_balance_too_small`
    /// with the figure). Records nothing.
    pub fn split_quote(&self, cash_parts: &[&str]) -> Result<crate::split::SplitQuote> {
        let total = self.with_draft(|draft| {
            draft
                .cart
                .validate_for_charge()
                .map_err(|e| e.refusal(self.language()))
        })?;
        crate::split::quote(total, cash_parts, self.locale, self.language())
    }

    /// Split: the current cart paid with `cash_parts` (typed in the display locale) in cash
    /// and the balance by card through a Checkout Session, as the draft's sale. A repeat
    /// returns the recorded sale; a draft whose sale ended unpaid becomes a new sale (an
    /// unsettled split is refused: settle it first).
    pub async fn pay_split(
        &self,
        cash_parts: &[&str],
        customer_email: Option<&str>,
    ) -> Result<crate::split::SplitView> {
        let parts = cash_parts
            .iter()
            .map(|p| crate::drawer::parse_amount(p, self.currency, self.locale, self.language()))
            .collect::<Result<Vec<_>>>()?;
        let (sale_id, cart) = self.draft_to_pay(false).await?;
        let split =
            crate::split::pay(&self.checkout, &sale_id, &cart, &parts, customer_email).await?;
        self.with_draft(|draft| {
            if draft.sale_id == sale_id {
                draft.charged = true;
            }
            Ok(())
        })?;
        Ok(split)
    }

    /// This till's split sales whose card part ended unpaid and that are not settled yet.
    pub async fn split_unsettled(&self) -> Result<Vec<crate::split::SplitView>> {
        crate::split::unsettled_list(&self.checkout).await
    }

    /// A split sale with its cash and card parts and what staff can do next.
    pub async fn split_view(&self, sale_id: &str) -> Result<crate::split::SplitView> {
        crate::split::view(&self.checkout, sale_id).await
    }

    /// Takes a split sale's balance in cash (`tendered` typed in the display locale); an open
    /// card part is cancelled at Stripe first.
    pub async fn split_balance_cash(
        &self,
        sale_id: &str,
        tendered: &str,
    ) -> Result<crate::split::SplitView> {
        let tendered =
            crate::drawer::parse_amount(tendered, self.currency, self.locale, self.language())?;
        crate::split::balance_in_cash(&self.checkout, sale_id, tendered).await
    }

    /// The change for `tendered` (typed) against a split sale's card balance, recording nothing.
    pub async fn split_balance_quote(
        &self,
        sale_id: &str,
        tendered: &str,
    ) -> Result<crate::drawer::CashQuote> {
        let tendered =
            crate::drawer::parse_amount(tendered, self.currency, self.locale, self.language())?;
        crate::split::balance_quote(&self.checkout, sale_id, tendered).await
    }

    /// Voids a split sale whose card part did not pay: its cash given back from the drawer.
    pub async fn split_void(&self, sale_id: &str) -> Result<crate::split::SplitView> {
        crate::split::void(&self.checkout, sale_id).await
    }

    /// Retries a split sale's card after it ended unpaid: a new split sale carrying the cash,
    /// with a new session for the same balance. The draft follows the new sale.
    pub async fn split_retry_card(&self, sale_id: &str) -> Result<crate::split::SplitView> {
        let retried = crate::split::retry_card(&self.checkout, sale_id).await?;
        let next = retried.sale.id.clone();
        self.with_draft(|draft| {
            if draft.sale_id == sale_id {
                draft.sale_id = next;
            }
            Ok(())
        })?;
        Ok(retried)
    }

    /// Parks the current cart under `label` (written to the ledger first), then starts a new
    /// sale. Refused for an empty cart, and while the cart's payment is under way (cancel it
    /// first): a sale at Stripe is never parked.
    pub async fn park(&self, label: &str) -> Result<crate::parked::ParkedView> {
        let label = crate::parked::check_label(label, self.language())?;
        let (sale_id, cart, charged) = self
            .with_draft(|draft| Ok((draft.sale_id.clone(), draft.cart.clone(), draft.charged)))?;
        let total = match cart.total().map_err(|e| e.refusal(self.language()))? {
            Some(total) => total,
            None => {
                return Err(Error::invalid_input(text(
                    self.language(),
                    "register-error-park-empty",
                ))
                .with_reason("park_empty"))
            }
        };
        if charged {
            let id = sale_id.clone();
            let sale = self.checkout.store().call(move |l| l.sale(&id)).await?;
            let ended_unpaid = sale.as_ref().is_none_or(|sale| {
                [SaleState::Canceled, SaleState::Expired, SaleState::Failed]
                    .iter()
                    .any(|state| sale.state == state.as_str())
            });
            if !ended_unpaid {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    text(self.language(), "register-error-park-charging"),
                )
                .with_reason("park_charging"));
            }
        }
        let settings = self.checkout.settings();
        let now = now_ms();
        let new = crate::store::NewParkedCart {
            mode: settings.mode,
            register_id: settings.register_id.clone(),
            label,
            currency: total.currency.code().to_string(),
            total: total.amount_minor,
            item_count: i64::from(cart.item_count()),
            lines: crate::parked::encode_cart(&cart)?,
            parked_at: now,
        };
        let id = self
            .checkout
            .store()
            .call(move |l| {
                let id = l.park_cart(&new)?;
                Ok((id, new))
            })
            .await;
        let (id, new) = id?;
        crate::checkout::fail_point("after_cart_parked")?;
        tracing::info!(parked = id, "cart parked");
        self.with_draft(|draft| {
            if draft.sale_id == sale_id {
                draft.cart.clear();
                draft.sale_id = Checkout::new_sale_id();
                draft.charged = false;
            }
            Ok(())
        })?;
        let record = crate::store::ParkedCartRecord {
            id,
            label: new.label,
            currency: new.currency,
            total: new.total,
            item_count: new.item_count,
            lines: new.lines,
            parked_at: new.parked_at,
        };
        Ok(crate::parked::view(
            &record,
            cart.lines(),
            Vec::new(),
            now,
            self.locale,
        ))
    }

    /// The carts parked at this till, oldest first, each with what differs from today's
    /// catalog.
    pub async fn parked(&self) -> Result<Vec<crate::parked::ParkedView>> {
        let settings = self.checkout.settings();
        let (mode, register) = (settings.mode, settings.register_id.clone());
        let records = self
            .checkout
            .store()
            .call(move |l| l.parked_carts(mode, &register))
            .await?;
        let now = now_ms();
        let mut views = Vec::with_capacity(records.len());
        for record in &records {
            let contents = crate::parked::decode(record, self.language())?;
            let parked_lines = contents.lines.clone();
            let (lines, mut changes) = self.compare_with_catalog(&parked_lines)?;
            // What resuming would find: the coupon or the discount that no longer fits too.
            // (A cart that cannot be resumed at all says why when resumed; the list shows it.)
            if !lines.is_empty() {
                let _ = self.resumed_cart(contents, lines, &mut changes).await;
            }
            views.push(crate::parked::view(
                record,
                &parked_lines,
                changes,
                now,
                self.locale,
            ));
        }
        Ok(views)
    }

    fn compare_with_catalog(
        &self,
        lines: &[crate::cart::CartLine],
    ) -> Result<(Vec<crate::cart::CartLine>, Vec<crate::parked::ParkedChange>)> {
        self.with_catalog(|catalog| {
            crate::parked::compare(
                lines,
                |parked| {
                    // An amount typed at the counter is what it was.
                    if parked
                        .price_id
                        .starts_with(crate::stripe::INLINE_PRICE_PREFIX)
                    {
                        return Some(parked.clone());
                    }
                    catalog
                        .by_price(&parked.price_id)
                        .or_else(|| {
                            catalog.items().iter().find(|item| {
                                item.product_id == parked.product_id
                                    && item.unit_amount.currency == parked.unit_amount.currency
                                    && item.recurring == parked.recurring
                            })
                        })
                        // An item whose tax rate is gone can't be sold today.
                        .and_then(|item| item.cart_item().ok())
                },
                self.locale,
            )
        })
    }

    /// Resumes a parked cart as the current sale (a new sale id: the same sale flow and
    /// idempotency as any cart). The current cart must be empty. When today's catalog sells an
    /// item differently (another price, or not at all) it is refused with what changed, unless
    /// `accept_changes`: then today's prices apply and withdrawn items are left out.
    pub async fn resume(&self, id: i64, accept_changes: bool) -> Result<CartView> {
        let busy = self.with_draft(|draft| Ok(!draft.cart.is_empty()))?;
        if busy {
            return Err(Error::new(
                ErrorCode::Conflict,
                text(self.language(), "register-error-busy"),
            )
            .with_reason("park_register_busy"));
        }
        let settings = self.checkout.settings();
        let (mode, register) = (settings.mode, settings.register_id.clone());
        let record = self
            .checkout
            .store()
            .call(move |l| l.parked_cart(mode, &register, id))
            .await?
            .ok_or_else(|| crate::parked::not_found(id, self.language()))?;
        let contents = crate::parked::decode(&record, self.language())?;
        let (resumed, mut changes) = self.compare_with_catalog(&contents.lines)?;
        if resumed.is_empty() {
            return Err(Error::new(
                ErrorCode::Conflict,
                text_with(
                    self.language(),
                    "register-error-nothing-sold",
                    &[("label", Arg::Text(&format!("{:?}", record.label)))],
                ),
            )
            .with_reason("parked_nothing_sold"));
        }
        let cart = self.resumed_cart(contents, resumed, &mut changes).await?;
        if !changes.is_empty() && !accept_changes {
            let said: Vec<String> = changes
                .iter()
                .map(|c| c.sentence_in(self.language()))
                .collect();
            return Err(Error::new(
                ErrorCode::Conflict,
                text_with(
                    self.language(),
                    "register-error-prices-changed",
                    &[
                        ("label", Arg::Text(&format!("{:?}", record.label))),
                        ("changes", Arg::Text(&said.join("; "))),
                    ],
                ),
            )
            .with_reason("parked_prices_changed"));
        }
        // The register holds the cart before the list lets go of it: a power cut in between
        // leaves it parked, never lost.
        let view = self.with_draft(|draft| {
            if !draft.cart.is_empty() {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    text(self.language(), "register-error-busy"),
                )
                .with_reason("park_register_busy"));
            }
            draft.cart = cart;
            draft.sale_id = Checkout::new_sale_id();
            draft.charged = false;
            Ok(self.cart_view(&draft.cart))
        })?;
        let register = settings.register_id.clone();
        let taken = self
            .checkout
            .store()
            .call(move |l| l.unpark_cart(mode, &register, id))
            .await;
        if !matches!(taken, Ok(true)) {
            // Resumed elsewhere meanwhile, or the ledger failed: the register lets it go again.
            self.with_draft(|draft| {
                draft.cart.clear();
                draft.sale_id = Checkout::new_sale_id();
                Ok(())
            })?;
            taken?;
            return Err(crate::parked::not_found(id, self.language()));
        }
        tracing::info!(parked = id, changed = changes.len(), "parked cart resumed");
        Ok(view)
    }

    /// The cart a parked one resumes as: today's `lines` with what the parked cart held
    /// besides them — its coupon or manual discount, tip, promotion-codes choice and the
    /// prices set by hand (with their reasons and who gave them, as when they were given) —
    /// checked again by the cart's rules. A Stripe coupon that can no longer be used (deleted,
    /// expired, used up) is left out, and so is everything but the lines when it no longer
    /// fits (a discount over today's total); each is added to `changes`, which staff accept.
    async fn resumed_cart(
        &self,
        contents: crate::cart::CartContents,
        lines: Vec<crate::cart::CartLine>,
        changes: &mut Vec<crate::parked::ParkedChange>,
    ) -> Result<Cart> {
        let mut coupon = contents.coupon;
        if let Some(parked) = coupon
            .as_ref()
            .filter(|c| c.id != crate::cart::MANUAL_COUPON_ID)
        {
            let (mode, id) = (self.mode(), parked.id.clone());
            let usable = self
                .checkout
                .store()
                .call(move |l| l.cached_coupon(mode, &id))
                .await?
                .is_some_and(|found| found.valid);
            if !usable {
                changes.push(crate::parked::ParkedChange {
                    name: self.coupon_view(parked).label,
                    kind: "coupon",
                    was_display: String::new(),
                    now_display: None,
                });
                coupon = None;
            }
        }
        let full = crate::cart::CartContents {
            lines: lines.clone(),
            coupon,
            ..contents
        };
        let adjusted = full.coupon.is_some()
            || full.tip.is_some()
            || full.promotion_codes
            || !full.overrides.is_empty();
        match Cart::from_contents(full) {
            Ok(cart) => Ok(cart),
            Err(_) if adjusted => {
                changes.push(crate::parked::ParkedChange {
                    name: String::new(),
                    kind: "adjustments",
                    was_display: String::new(),
                    now_display: None,
                });
                Cart::from_lines(lines).map_err(|e| e.refusal(self.language()))
            }
            Err(e) => Err(e.refusal(self.language())),
        }
    }

    /// Drops a parked cart (the customer left).
    pub async fn drop_parked(&self, id: i64) -> Result<()> {
        let settings = self.checkout.settings();
        let (mode, register) = (settings.mode, settings.register_id.clone());
        let taken = self
            .checkout
            .store()
            .call(move |l| l.unpark_cart(mode, &register, id))
            .await?;
        if !taken {
            return Err(crate::parked::not_found(id, self.language()));
        }
        tracing::info!(parked = id, "parked cart dropped");
        Ok(())
    }

    fn cart_view(&self, cart: &Cart) -> CartView {
        let lines = cart
            .lines()
            .iter()
            .map(|line| CartLineView {
                price_id: line.item.price_id.clone(),
                name: line.item.name.clone(),
                quantity: line.quantity,
                unit_display: match &line.item.recurring {
                    Some(r) => {
                        r.label_in(&line.item.unit_amount.format(self.locale), self.language())
                    }
                    None => line.item.unit_amount.format(self.locale),
                },
                recurring: line.item.recurring.is_some(),
                was_display: cart
                    .overrides()
                    .iter()
                    .find(|o| o.price_id == line.item.price_id)
                    .map(|o| o.was.format(self.locale)),
                subtotal_display: line
                    .subtotal()
                    .map(|m| m.format(self.locale))
                    .unwrap_or_else(|e| e.to_string()),
            })
            .collect();
        let total = cart.total().ok().flatten();
        let amounts = cart.breakdown().ok().flatten().and_then(|b| {
            crate::amounts::view(
                &crate::store::SalePricing::of(&b, cart.coupon()),
                b.currency,
                self.locale,
                self.language(),
            )
        });
        let charge_blocked = cart
            .validate_for_charge()
            .err()
            .map(|e| e.message(self.language()));
        let cash_blocked = cart
            .validate_for_cash()
            .err()
            .map(|e| e.message(self.language()));
        CartView {
            lines,
            item_count: cart.item_count(),
            currency: cart.currency().map(|c| c.code().to_string()),
            total: total.map(|m| m.amount_minor).unwrap_or(0),
            total_display: total
                .map(|m| m.format(self.locale))
                .unwrap_or_else(|| Money::zero(self.currency).format(self.locale)),
            subtotal_display: amounts.as_ref().map(|a| a.subtotal_display.clone()),
            discount: amounts.as_ref().and_then(|a| a.discount.clone()),
            tip: amounts.as_ref().and_then(|a| a.tip.clone()),
            taxes: amounts.map(|a| a.taxes).unwrap_or_default(),
            coupon_id: cart.coupon().map(|c| c.id.clone()),
            promotion_codes: cart.promotion_codes(),
            tip_amount: cart.tip().map_or(0, |t| t.amount_minor),
            charge_blocked,
            cash_blocked,
            membership: cart.membership().ok().flatten().map(|r| {
                text_with(
                    self.language(),
                    "cart-membership",
                    &[("every", Arg::Text(&r.every_in(self.language())))],
                )
            }),
        }
    }
}

/// What the owner or a manager may change by hand at the till ([`Register::adjustment_reason`]).
#[derive(Debug, Clone, Copy)]
enum HandAdjustment {
    /// A manual discount off the sale.
    Discount,
    /// A cart line's unit price.
    Price,
}

/// The price id of a line sold at an amount typed at the till (an open price, a Miscellaneous
/// line, a price set by hand): `inline:<product>:<amount>`, sent to Stripe as `price_data`. A
/// Miscellaneous line's product is itself inline (`inline:misc`).
fn inline_price_id(product_id: &str, amount: Money) -> String {
    let prefix = crate::stripe::INLINE_PRICE_PREFIX;
    if product_id.starts_with(prefix) {
        format!("{product_id}:{}", amount.amount_minor)
    } else {
        format!("{prefix}{product_id}:{}", amount.amount_minor)
    }
}
