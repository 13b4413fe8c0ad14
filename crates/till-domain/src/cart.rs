//! The cart: what staff have rung up, before it becomes a sale.
//!
//! Pure rules, no I/O. Invariants that hold after every operation: one currency across all
//! lines, each price at most once, quantities 1–999, at most 100 lines (Stripe's limit for
//! line items in a payment-mode Checkout Session), and a total that fits in an `i64`. Every
//! operation either succeeds completely or returns an error and leaves the cart exactly as it
//! was: staff never lose what they rang up because one scan was refused.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode};
use crate::money::{Currency, Money, MoneyError};
use crate::pricing::{
    self, Coupon, CouponValue, PriceBreakdown, PricedLine, PricingError, PricingInput, TaxRate,
};
use till_i18n::{text, text_with, Arg, Language};

/// The coupon id of a manual discount (given at the till by the owner or a manager, with a
/// reason): sent to Stripe as a one-off coupon of the same amount.
pub const MANUAL_COUPON_ID: &str = "till_manual";

/// Most lines one cart may hold: Stripe accepts at most 100 line items in payment mode.
pub const MAX_LINES: usize = 100;
/// Smallest quantity of a line. A line with nothing on it is removed, not set to zero.
pub const MIN_QUANTITY: u32 = 1;
/// Most recurring prices one membership sale may hold (Stripe's limit for a subscription).
pub const MAX_RECURRING_LINES: usize = 20;
/// Largest quantity of a line, a product rule that catches a scanner or keyboard slip.
pub const MAX_QUANTITY: u32 = 999;
/// Longest Stripe object id accepted in a line; real ids are far shorter.
const MAX_ID_LENGTH: usize = 255;

/// How often a recurring price bills (Stripe's `recurring.interval`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecurringInterval {
    Day,
    Week,
    Month,
    Year,
}

/// A recurring price's schedule: a cart holding one is a membership, charged through a
/// subscription-mode Checkout Session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Recurring {
    pub interval: RecurringInterval,
    /// Bills every `interval_count` intervals (Stripe's `recurring.interval_count`, ≥ 1).
    pub interval_count: u32,
}

impl RecurringInterval {
    pub fn as_str(self) -> &'static str {
        match self {
            RecurringInterval::Day => "day",
            RecurringInterval::Week => "week",
            RecurringInterval::Month => "month",
            RecurringInterval::Year => "year",
        }
    }

    pub fn parse(text: &str) -> Option<RecurringInterval> {
        match text {
            "day" => Some(RecurringInterval::Day),
            "week" => Some(RecurringInterval::Week),
            "month" => Some(RecurringInterval::Month),
            "year" => Some(RecurringInterval::Year),
            _ => None,
        }
    }
}

impl Recurring {
    /// "month", "3 months".
    pub fn every(&self) -> String {
        let unit = self.interval.as_str();
        if self.interval_count > 1 {
            format!("{} {unit}s", self.interval_count)
        } else {
            unit.to_string()
        }
    }

    /// An amount with its schedule: "$29.00 / month".
    pub fn label(&self, amount: &str) -> String {
        format!("{amount} / {}", self.every())
    }

    /// [`Recurring::every`] in `language` (`recurring-every`; English word for word).
    pub fn every_in(&self, language: Language) -> String {
        text_with(
            language,
            "recurring-every",
            &[
                ("count", Arg::Number(i64::from(self.interval_count))),
                ("interval", Arg::Text(self.interval.as_str())),
            ],
        )
    }

    /// [`Recurring::label`] in `language`: "29,00 € / Monat".
    pub fn label_in(&self, amount: &str, language: Language) -> String {
        text_with(
            language,
            "recurring-label",
            &[
                ("amount", Arg::Text(amount)),
                ("every", Arg::Text(&self.every_in(language))),
            ],
        )
    }
}

/// A snapshot of one price as it was when staff picked it. The cart keeps the snapshot, not a
/// reference to the catalog, so a catalog sync during a sale cannot change what is on screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartItem {
    /// Stripe Price id (`price_…`). Identifies the line: adding the same price again adds to
    /// its quantity. The prefix is not enforced because prices created through Stripe's older
    /// Plans API may carry custom ids.
    pub price_id: String,
    /// Stripe Product id (`prod_…`).
    pub product_id: String,
    /// The product name shown to staff and on Stripe's page.
    pub name: String,
    /// Price of one unit.
    pub unit_amount: Money,
    /// `Some` for a recurring price.
    pub recurring: Option<Recurring>,
    /// The tax rates that apply to the item (its product's, else the shop's default), as the
    /// catalog knew them when it was rung up: sent with the line to Stripe, and what a cash
    /// sale computes with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tax_rates: Vec<TaxRate>,
}

/// One line of the cart: an item and how many of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    #[serde(flatten)]
    pub item: CartItem,
    pub quantity: u32,
}

impl CartLine {
    /// Unit amount × quantity, with overflow reported.
    pub fn subtotal(&self) -> Result<Money, MoneyError> {
        self.item.unit_amount.checked_mul(i64::from(self.quantity))
    }
}

/// A line's unit price set at the till by the owner or a manager, with a reason (the shells
/// check who may): what the sale's timeline says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceOverride {
    /// The line's price id since the override (the caller's one-off price for it).
    pub price_id: String,
    /// The product's name.
    pub name: String,
    /// The unit price before (a line overridden twice keeps its first one).
    pub was: Money,
    /// The unit price set.
    pub now: Money,
    /// Why, with who set it.
    pub reason: String,
}

/// The lines of a cart as stored or sent. Deserializing a [`Cart`] goes through
/// [`Cart::from_lines`], so stored data cannot bypass the cart's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartContents {
    pub lines: Vec<CartLine>,
    /// A Stripe coupon applied to the whole sale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<Coupon>,
    /// The customer's tip: its own line, never discounted or taxed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tip: Option<Money>,
    /// Why a manual discount was given (with the [`MANUAL_COUPON_ID`] coupon).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_reason: Option<String>,
    /// The customer may type a promotion code on Stripe's page (`allow_promotion_codes`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub promotion_codes: bool,
    /// The lines whose unit price was set at the till.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<PriceOverride>,
}

/// The cart being rung up. See the module documentation for its invariants.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "CartContents", into = "CartContents")]
pub struct Cart {
    lines: Vec<CartLine>,
    coupon: Option<Coupon>,
    tip: Option<Money>,
    discount_reason: Option<String>,
    promotion_codes: bool,
    overrides: Vec<PriceOverride>,
}

impl Cart {
    pub fn new() -> Cart {
        Cart::default()
    }

    /// Rebuilds a cart from stored lines, checking every rule a cart keeps.
    /// Rebuilds a cart from its stored form: the lines, then the coupon and the tip, each
    /// checked as if set again.
    pub fn from_contents(contents: CartContents) -> Result<Cart, CartError> {
        let mut cart = Cart::from_lines(contents.lines)?;
        match (contents.coupon, contents.discount_reason) {
            (Some(coupon), Some(reason)) if coupon.id == MANUAL_COUPON_ID => {
                if let CouponValue::AmountOff { amount } = coupon.value {
                    cart.set_manual_discount(amount, reason, coupon.name.unwrap_or_default())?;
                }
            }
            (coupon, _) => cart.set_coupon(coupon)?,
        }
        cart.set_tip(contents.tip)?;
        cart.set_promotion_codes(contents.promotion_codes)?;
        cart.overrides = contents
            .overrides
            .into_iter()
            .filter(|o| cart.line(&o.price_id).is_some())
            .collect();
        Ok(cart)
    }

    pub fn from_lines(lines: Vec<CartLine>) -> Result<Cart, CartError> {
        let mut cart = Cart::new();
        for line in lines {
            if cart.line(&line.item.price_id).is_some() {
                return Err(CartError::InvalidItem {
                    reason: format!("The price {} appears twice.", line.item.price_id),
                });
            }
            cart.add(line.item, i64::from(line.quantity))?;
        }
        Ok(cart)
    }

    pub fn lines(&self) -> &[CartLine] {
        &self.lines
    }

    pub fn line(&self, price_id: &str) -> Option<&CartLine> {
        self.lines
            .iter()
            .find(|line| line.item.price_id == price_id)
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The cart's currency: that of its lines, `None` while empty. Derived rather than stored,
    /// so an emptied cart accepts any currency again.
    pub fn currency(&self) -> Option<Currency> {
        self.lines
            .first()
            .map(|line| line.item.unit_amount.currency)
    }

    /// The number of units across all lines (at most 100 × 999).
    pub fn item_count(&self) -> u32 {
        self.lines.iter().map(|line| line.quantity).sum()
    }

    /// Adds `quantity` of an item. If its price is already in the cart, the quantity is added
    /// to that line (the line keeps its first snapshot); otherwise a new line goes at the end.
    pub fn add(&mut self, item: CartItem, quantity: i64) -> Result<(), CartError> {
        validate_item(&item)?;
        let added = checked_quantity(quantity, &item.name)?;
        self.change(|lines| {
            if let Some(cart_currency) = lines.first().map(|line| line.item.unit_amount.currency) {
                if cart_currency != item.unit_amount.currency {
                    return Err(CartError::MixedCurrency {
                        cart: cart_currency,
                        item: item.unit_amount.currency,
                        name: item.name.clone(),
                    });
                }
            }
            match lines
                .iter_mut()
                .find(|line| line.item.price_id == item.price_id)
            {
                Some(line) => {
                    if line.item.unit_amount != item.unit_amount
                        || line.item.recurring != item.recurring
                        || line.item.tax_rates != item.tax_rates
                    {
                        return Err(CartError::PriceConflict {
                            price_id: item.price_id.clone(),
                            name: line.item.name.clone(),
                        });
                    }
                    line.quantity = checked_quantity(
                        i64::from(line.quantity) + i64::from(added),
                        &line.item.name,
                    )?;
                }
                None => {
                    if lines.len() >= MAX_LINES {
                        return Err(CartError::TooManyLines);
                    }
                    lines.push(CartLine {
                        item,
                        quantity: added,
                    });
                }
            }
            Ok(())
        })
    }

    /// Sets a line's quantity. Zero is refused like any out-of-range number: removing a line
    /// is its own, deliberate action.
    pub fn set_quantity(&mut self, price_id: &str, quantity: i64) -> Result<(), CartError> {
        self.change(|lines| {
            let line = find_line(lines, price_id)?;
            line.quantity = checked_quantity(quantity, &line.item.name)?;
            Ok(())
        })
    }

    /// One more of a line.
    pub fn increment(&mut self, price_id: &str) -> Result<(), CartError> {
        self.step_quantity(price_id, 1)
    }

    /// One fewer of a line. At quantity 1 this is refused rather than removing the line, so a
    /// repeated tap cannot silently drop an item; the message points to Remove.
    pub fn decrement(&mut self, price_id: &str) -> Result<(), CartError> {
        self.step_quantity(price_id, -1)
    }

    /// Takes a line off the cart and returns it.
    pub fn remove(&mut self, price_id: &str) -> Result<CartLine, CartError> {
        let position = self
            .lines
            .iter()
            .position(|line| line.item.price_id == price_id)
            .ok_or_else(|| CartError::LineNotFound {
                price_id: price_id.to_owned(),
            })?;
        let line = self.lines.remove(position);
        self.overrides.retain(|o| o.price_id != price_id);
        if self.lines.is_empty() {
            self.coupon = None;
            self.tip = None;
            self.discount_reason = None;
            self.promotion_codes = false;
        }
        Ok(line)
    }

    /// Empties the cart, for the next sale (its coupon and tip go with it).
    pub fn clear(&mut self) {
        self.lines.clear();
        self.coupon = None;
        self.tip = None;
        self.discount_reason = None;
        self.promotion_codes = false;
        self.overrides.clear();
    }

    /// The lines whose unit price was set at the till, in the order it was done.
    pub fn overrides(&self) -> &[PriceOverride] {
        &self.overrides
    }

    /// Sets the unit price of line `price_id` to `unit_amount`: the line becomes `new_price_id`
    /// (the caller's one-off price for its product), keeping its product, name, tax rates and
    /// quantity — joining a line already at that price id. The caller checked who may and
    /// the reason; kept in [`Cart::overrides`]. Refused, the cart unchanged, for a line not
    /// in the cart, a recurring one, another currency, or an amount the cart cannot take.
    pub fn override_price(
        &mut self,
        price_id: &str,
        new_price_id: String,
        unit_amount: Money,
        reason: String,
    ) -> Result<(), CartError> {
        let line = self
            .line(price_id)
            .cloned()
            .ok_or_else(|| CartError::LineNotFound {
                price_id: price_id.to_owned(),
            })?;
        if line.item.recurring.is_some() {
            return Err(CartError::InvalidItem {
                reason: format!(
                    "{} is a recurring price: its price is Stripe's.",
                    line.item.name
                ),
            });
        }
        if unit_amount.currency != line.item.unit_amount.currency {
            return Err(CartError::MixedCurrency {
                cart: line.item.unit_amount.currency,
                item: unit_amount.currency,
                name: line.item.name.clone(),
            });
        }
        let was = self
            .overrides
            .iter()
            .find(|o| o.price_id == price_id)
            .map_or(line.item.unit_amount, |o| o.was);
        let item = CartItem {
            price_id: new_price_id.clone(),
            unit_amount,
            ..line.item.clone()
        };
        validate_item(&item)?;
        let mut next = self.clone();
        next.change(|lines| {
            let position = lines
                .iter()
                .position(|l| l.item.price_id == price_id)
                .ok_or_else(|| CartError::LineNotFound {
                    price_id: price_id.to_owned(),
                })?;
            let joined = lines
                .iter()
                .position(|l| l.item.price_id == new_price_id && l.item.price_id != price_id);
            match joined {
                Some(other) => {
                    if lines[other].item != item {
                        return Err(CartError::PriceConflict {
                            price_id: new_price_id.clone(),
                            name: item.name.clone(),
                        });
                    }
                    lines[other].quantity = checked_quantity(
                        i64::from(lines[other].quantity) + i64::from(line.quantity),
                        &item.name,
                    )?;
                    lines.remove(position);
                }
                None => lines[position].item = item.clone(),
            }
            Ok(())
        })?;
        next.overrides
            .retain(|o| o.price_id != price_id && o.price_id != new_price_id);
        next.overrides.push(PriceOverride {
            price_id: new_price_id,
            name: line.item.name,
            was,
            now: unit_amount,
            reason,
        });
        *self = next;
        Ok(())
    }

    /// Why the manual discount was given (`None`: none, or a Stripe coupon).
    pub fn discount_reason(&self) -> Option<&str> {
        self.discount_reason.as_deref()
    }

    /// A manual discount of `amount` off the sale, with its reason and label (the caller
    /// checked who may give it). It takes the coupon's place: Stripe takes one discount per
    /// sale. Refused, the cart unchanged, on an empty sale or one smaller than the discount.
    pub fn set_manual_discount(
        &mut self,
        amount: Money,
        reason: String,
        label: String,
    ) -> Result<(), CartError> {
        if self.lines.is_empty() {
            return Err(CartError::EmptyCart);
        }
        if self.promotion_codes {
            return Err(CartError::CouponAndPromotionCodes);
        }
        let mut next = self.clone();
        next.coupon = Some(Coupon {
            id: MANUAL_COUPON_ID.to_string(),
            name: Some(label),
            value: CouponValue::AmountOff { amount },
        });
        next.discount_reason = Some(reason);
        next.breakdown()?;
        *self = next;
        Ok(())
    }

    /// The coupon applied to the sale.
    pub fn coupon(&self) -> Option<&Coupon> {
        self.coupon.as_ref()
    }

    /// The tip (`None`: no tip).
    pub fn tip(&self) -> Option<Money> {
        self.tip
    }

    /// Applies a coupon to the sale (`None` takes it off). Refused, the cart unchanged, when
    /// the sale is empty, in another currency than an amount coupon, or smaller than it.
    pub fn set_coupon(&mut self, coupon: Option<Coupon>) -> Result<(), CartError> {
        if coupon.is_some() && self.lines.is_empty() {
            return Err(CartError::EmptyCart);
        }
        if coupon.is_some() && self.promotion_codes {
            return Err(CartError::CouponAndPromotionCodes);
        }
        let mut next = self.clone();
        next.coupon = coupon;
        next.discount_reason = None;
        next.breakdown()?;
        *self = next;
        Ok(())
    }

    /// Whether the customer may type a promotion code on Stripe's page.
    pub fn promotion_codes(&self) -> bool {
        self.promotion_codes
    }

    /// Lets the customer type a promotion code on Stripe's page (`allow_promotion_codes`), or
    /// not. Refused, the cart unchanged, on an empty sale or one with a coupon or a manual
    /// discount: Stripe takes one or the other.
    pub fn set_promotion_codes(&mut self, allow: bool) -> Result<(), CartError> {
        if allow && self.lines.is_empty() {
            return Err(CartError::EmptyCart);
        }
        if allow && self.coupon.is_some() {
            return Err(CartError::CouponAndPromotionCodes);
        }
        self.promotion_codes = allow;
        Ok(())
    }

    /// Sets the tip (`None` or zero: no tip). Refused, the cart unchanged, on an empty sale,
    /// a negative tip, another currency, or more than the sale itself.
    pub fn set_tip(&mut self, tip: Option<Money>) -> Result<(), CartError> {
        let tip = tip.filter(|t| t.amount_minor != 0);
        if tip.is_some() && self.lines.is_empty() {
            return Err(CartError::EmptyCart);
        }
        let mut next = self.clone();
        next.tip = tip;
        next.breakdown()?;
        *self = next;
        Ok(())
    }

    /// What the customer pays: the lines, with tax added on top of prices where a rate is
    /// exclusive; `None` while the cart is empty (it has no currency yet).
    pub fn total(&self) -> Result<Option<Money>, CartError> {
        Ok(self
            .breakdown()?
            .map(|b| Money::new(b.total_minor, b.currency)))
    }

    /// Every figure of the sale (subtotal, tax per line and per rate, total), computed by
    /// Stripe's rules (`pricing::compute`); `None` while the cart is empty.
    pub fn breakdown(&self) -> Result<Option<PriceBreakdown>, CartError> {
        breakdown_of(&self.lines, self.coupon.as_ref(), self.tip)
    }

    /// The distinct tax rates of the cart's lines, in the order they first appear.
    pub fn tax_rates(&self) -> Vec<&TaxRate> {
        distinct_rates(&self.lines)
    }

    /// Checks everything that must hold before a Checkout Session is created, and returns the
    /// amount to charge (for a membership: the first invoice, recurring and one-time lines
    /// together): the cart is not empty, its recurring prices (if any) share one billing
    /// schedule and number at most [`MAX_RECURRING_LINES`] (Stripe's rules for a
    /// subscription-mode session), and the total is within Stripe's minimum, maximum and
    /// charge step for the currency.
    pub fn validate_for_charge(&self) -> Result<Money, CartError> {
        let total = self.total()?.ok_or(CartError::EmptyCart)?;
        self.membership()?;
        total.validate_for_charge()?;
        Ok(total)
    }

    /// Checks what must hold before the cart is paid in cash, and returns its total: not
    /// empty, no recurring price (a membership renews by card), at most Stripe's eight-digit
    /// maximum (Till's ceiling for any amount). No minimum: Stripe's is a card rule.
    pub fn validate_for_cash(&self) -> Result<Money, CartError> {
        let total = self.total()?.ok_or(CartError::EmptyCart)?;
        if self.membership()?.is_some() {
            return Err(CartError::MembershipNeedsCard);
        }
        if self.promotion_codes {
            return Err(CartError::PromotionCodesNeedCard);
        }
        if total.amount_minor > crate::money::MAX_CHARGE_MINOR {
            return Err(CartError::Money(MoneyError::AmountTooLarge {
                currency: total.currency,
            }));
        }
        Ok(total)
    }

    /// The billing schedule when the cart holds recurring prices (a membership sale), `None`
    /// for an ordinary sale. Refuses two schedules in one cart: one subscription bills on one.
    pub fn membership(&self) -> Result<Option<Recurring>, CartError> {
        let mut recurring = self
            .lines
            .iter()
            .filter_map(|line| line.item.recurring.map(|r| (r, &line.item.name)));
        let Some((first, first_name)) = recurring.next() else {
            return Ok(None);
        };
        let mut count = 1;
        for (other, name) in recurring {
            if other != first {
                return Err(CartError::MixedSchedules {
                    first: first_name.clone(),
                    first_schedule: first,
                    other: name.clone(),
                    other_schedule: other,
                });
            }
            count += 1;
        }
        if count > MAX_RECURRING_LINES {
            return Err(CartError::TooManyMemberships);
        }
        Ok(Some(first))
    }

    fn step_quantity(&mut self, price_id: &str, step: i64) -> Result<(), CartError> {
        self.change(|lines| {
            let line = find_line(lines, price_id)?;
            let wanted = i64::from(line.quantity) + step;
            if wanted < i64::from(MIN_QUANTITY) {
                return Err(CartError::QuantityBelowOne {
                    name: line.item.name.clone(),
                });
            }
            line.quantity = checked_quantity(wanted, &line.item.name)?;
            Ok(())
        })
    }

    /// Applies a change to a copy of the lines and keeps it only if the change and the total
    /// both succeed. This is what makes every operation all-or-nothing (≤ 100 lines: the copy
    /// is cheap).
    fn change(
        &mut self,
        edit: impl FnOnce(&mut Vec<CartLine>) -> Result<(), CartError>,
    ) -> Result<(), CartError> {
        let mut lines = self.lines.clone();
        edit(&mut lines)?;
        // The lines alone must add up; a coupon the sale no longer covers blocks Charge
        // (with its reason) rather than the change.
        breakdown_of(&lines, None, None)?;
        self.lines = lines;
        if self.lines.is_empty() {
            self.coupon = None;
            self.tip = None;
            self.discount_reason = None;
            self.promotion_codes = false;
            self.overrides.clear();
        }
        Ok(())
    }
}

impl TryFrom<CartContents> for Cart {
    type Error = CartError;

    fn try_from(contents: CartContents) -> Result<Cart, CartError> {
        Cart::from_contents(contents)
    }
}

impl From<Cart> for CartContents {
    fn from(cart: Cart) -> CartContents {
        CartContents {
            lines: cart.lines,
            coupon: cart.coupon,
            tip: cart.tip,
            discount_reason: cart.discount_reason,
            promotion_codes: cart.promotion_codes,
            overrides: cart.overrides,
        }
    }
}

fn find_line<'lines>(
    lines: &'lines mut [CartLine],
    price_id: &str,
) -> Result<&'lines mut CartLine, CartError> {
    lines
        .iter_mut()
        .find(|line| line.item.price_id == price_id)
        .ok_or_else(|| CartError::LineNotFound {
            price_id: price_id.to_owned(),
        })
}

fn total_of(lines: &[CartLine]) -> Result<Option<Money>, CartError> {
    let mut lines = lines.iter();
    let Some(first) = lines.next() else {
        return Ok(None);
    };
    let mut total = first.subtotal()?;
    for line in lines {
        total = total.checked_add(line.subtotal()?)?;
    }
    Ok(Some(total))
}

fn distinct_rates(lines: &[CartLine]) -> Vec<&TaxRate> {
    let mut rates: Vec<&TaxRate> = Vec::new();
    for rate in lines.iter().flat_map(|line| &line.item.tax_rates) {
        if !rates.iter().any(|known| known.id == rate.id) {
            rates.push(rate);
        }
    }
    rates
}

/// The lines' figures: their sum checked for overflow first, then tax by Stripe's rules.
fn breakdown_of(
    lines: &[CartLine],
    coupon: Option<&Coupon>,
    tip: Option<Money>,
) -> Result<Option<PriceBreakdown>, CartError> {
    let Some(subtotal) = total_of(lines)? else {
        return Ok(None);
    };
    let rates: Vec<TaxRate> = distinct_rates(lines).into_iter().cloned().collect();
    let priced: Vec<PricedLine> = lines
        .iter()
        .map(|line| PricedLine {
            unit_amount_minor: line.item.unit_amount.amount_minor,
            quantity: line.quantity,
            tax_rate_ids: line.item.tax_rates.iter().map(|r| r.id.clone()).collect(),
        })
        .collect();
    pricing::compute_uncapped(PricingInput {
        currency: subtotal.currency,
        lines: &priced,
        tax_rates: &rates,
        coupon,
        tip,
    })
    .map(Some)
    .map_err(CartError::Pricing)
}

fn checked_quantity(quantity: i64, name: &str) -> Result<u32, CartError> {
    u32::try_from(quantity)
        .ok()
        .filter(|quantity| (MIN_QUANTITY..=MAX_QUANTITY).contains(quantity))
        .ok_or_else(|| CartError::QuantityOutOfRange {
            quantity,
            name: name.to_owned(),
        })
}

/// Refuses snapshots that could only come from a bug or corrupt catalog data, before they
/// reach the cart or Stripe.
fn validate_item(item: &CartItem) -> Result<(), CartError> {
    let invalid = |reason: String| Err(CartError::InvalidItem { reason });
    let is_stripe_id = |id: &str| {
        !id.is_empty()
            && id.len() <= MAX_ID_LENGTH
            && id.bytes().all(|byte| byte.is_ascii_graphic())
    };
    if !is_stripe_id(&item.price_id) {
        return invalid(format!(
            "The price id \u{201c}{}\u{201d} is not a Stripe id.",
            item.price_id
        ));
    }
    if !is_stripe_id(&item.product_id) {
        return invalid(format!(
            "The product id \u{201c}{}\u{201d} of {} is not a Stripe id.",
            item.product_id, item.price_id
        ));
    }
    if item.name.trim().is_empty() {
        return invalid(format!("The product of {} has no name.", item.price_id));
    }
    if item.unit_amount.amount_minor < 0 {
        return invalid(format!("{} has a negative price.", item.name));
    }
    if item.unit_amount.amount_minor > item.unit_amount.currency.maximum_charge_minor() {
        // One unit could never be charged; refusing it here also bounds every total far below
        // `i64::MAX` (100 lines × 999 × 99,999,999).
        return Err(CartError::Money(MoneyError::AmountTooLarge {
            currency: item.unit_amount.currency,
        }));
    }
    if item
        .recurring
        .is_some_and(|recurring| recurring.interval_count == 0)
    {
        return invalid(format!("{} has a recurring interval of zero.", item.name));
    }
    Ok(())
}

/// Why a cart operation was refused; the cart is unchanged. Each variant has its own
/// [`CartError::code`] and a message that tells staff what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CartError {
    #[error("The cart is empty. Add at least one item before charging.")]
    EmptyCart,

    #[error("This sale is in {cart} but {name} is priced in {item}. One sale takes one currency: finish or clear this sale first.")]
    MixedCurrency {
        cart: Currency,
        item: Currency,
        name: String,
    },

    #[error("The quantity of {name} must be between 1 and 999 (asked for {quantity}).")]
    QuantityOutOfRange { quantity: i64, name: String },

    #[error("The quantity of {name} can't go below 1. Use Remove to take it off the sale.")]
    QuantityBelowOne { name: String },

    #[error("A sale can hold at most 100 different items. Charge this sale, then ring up the rest as a new one.")]
    TooManyLines,

    #[error("That item is no longer in the cart. Refresh and try again.")]
    LineNotFound { price_id: String },

    #[error("This item can't be sold: {reason} Sync the catalog, or fix the product in Stripe.")]
    InvalidItem { reason: String },

    #[error("{name} is already in the cart at a different price. Sync the catalog, then clear the sale and ring it up again.")]
    PriceConflict { price_id: String, name: String },

    #[error("{first} bills every {} and {other} every {}: one membership sale can have only one billing schedule. Sell them as two sales.", .first_schedule.every(), .other_schedule.every())]
    MixedSchedules {
        first: String,
        first_schedule: Recurring,
        other: String,
        other_schedule: Recurring,
    },

    #[error(
        "A membership sale can hold at most 20 recurring items. Sell the rest as a second sale."
    )]
    TooManyMemberships,

    #[error(transparent)]
    Money(#[from] MoneyError),

    #[error("A membership renews by card, so it can't be paid in cash. Charge it by card.")]
    MembershipNeedsCard,

    #[error("Stripe takes a coupon or a promotion code the customer types, not both. Take one off first.")]
    CouponAndPromotionCodes,

    #[error("The customer types a promotion code on Stripe's card page, so this sale can only be paid by card. Turn promotion codes off under Coupon to take cash.")]
    PromotionCodesNeedCard,

    /// Tax could not be computed (an unknown tax rate, a total over Stripe's maximum).
    #[error(transparent)]
    Pricing(PricingError),
}

impl CartError {
    /// A stable, machine-readable code per variant; money errors keep their own code
    /// (`amount_too_small`, `amount_too_large`, `amount_precision`, …).
    pub fn code(&self) -> &'static str {
        match self {
            CartError::EmptyCart => "empty_cart",
            CartError::MixedCurrency { .. } => "mixed_currency",
            CartError::QuantityOutOfRange { .. } => "quantity_out_of_range",
            CartError::QuantityBelowOne { .. } => "quantity_below_one",
            CartError::TooManyLines => "too_many_lines",
            CartError::LineNotFound { .. } => "line_not_found",
            CartError::InvalidItem { .. } => "invalid_item",
            CartError::PriceConflict { .. } => "price_conflict",
            CartError::MixedSchedules { .. } => "mixed_schedules",
            CartError::TooManyMemberships => "too_many_memberships",
            CartError::Money(error) => error.code(),
            CartError::MembershipNeedsCard => "membership_needs_card",
            CartError::CouponAndPromotionCodes => "coupon_and_promotion_codes",
            CartError::PromotionCodesNeedCard => "promotion_codes_need_card",
            CartError::Pricing(error) => error.code(),
        }
    }
}

impl CartError {
    /// The refusal in `language` (Fluent `cart-error-…`; the English is the `Display` text, word
    /// for word). An invalid item (its reason is Stripe's data) and mixed schedules (their
    /// intervals) are worded as `Display` words them.
    pub fn message(&self, language: Language) -> String {
        match self {
            CartError::EmptyCart => text(language, "cart-error-empty"),
            CartError::MixedCurrency { cart, item, name } => text_with(
                language,
                "cart-error-mixed-currency",
                &[
                    ("cart", Arg::Text(&cart.to_string())),
                    ("item", Arg::Text(&item.to_string())),
                    ("name", Arg::Text(name)),
                ],
            ),
            CartError::QuantityOutOfRange { quantity, name } => text_with(
                language,
                "cart-error-quantity-range",
                &[
                    ("name", Arg::Text(name)),
                    ("quantity", Arg::Text(&quantity.to_string())),
                ],
            ),
            CartError::QuantityBelowOne { name } => text_with(
                language,
                "cart-error-quantity-below-one",
                &[("name", Arg::Text(name))],
            ),
            CartError::TooManyLines => text(language, "cart-error-too-many-lines"),
            CartError::LineNotFound { .. } => text(language, "cart-error-line-not-found"),
            CartError::PriceConflict { name, .. } => text_with(
                language,
                "cart-error-price-conflict",
                &[("name", Arg::Text(name))],
            ),
            CartError::TooManyMemberships => text(language, "cart-error-too-many-memberships"),
            CartError::MembershipNeedsCard => text(language, "cart-error-membership-needs-card"),
            CartError::CouponAndPromotionCodes => {
                text(language, "cart-error-coupon-and-promotion-codes")
            }
            CartError::PromotionCodesNeedCard => {
                text(language, "cart-error-promotion-codes-need-card")
            }
            CartError::Money(error) => error.message(language),
            CartError::Pricing(error) => error.message(language),
            CartError::MixedSchedules {
                first,
                first_schedule,
                other,
                other_schedule,
            } => text_with(
                language,
                "cart-error-mixed-schedules",
                &[
                    ("first", Arg::Text(first)),
                    ("first_every", Arg::Text(&first_schedule.every_in(language))),
                    ("other", Arg::Text(other)),
                    ("other_every", Arg::Text(&other_schedule.every_in(language))),
                ],
            ),
            // The reason names a Stripe id or a field: kept in English, as the catalog has it.
            CartError::InvalidItem { reason } if language != Language::En => text_with(
                language,
                "cart-error-invalid-item",
                &[("reason", Arg::Text(reason))],
            ),
            CartError::InvalidItem { .. } => self.to_string(),
        }
    }

    /// The refusal as the core returns it, worded in `language`, with the variant's code.
    pub fn refusal(&self, language: Language) -> Error {
        Error::new(ErrorCode::InvalidInput, self.message(language)).with_reason(self.code())
    }
}

impl From<CartError> for Error {
    fn from(error: CartError) -> Error {
        Error::new(ErrorCode::InvalidInput, error.to_string()).with_reason(error.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::MAX_CHARGE_MINOR;

    fn item(price: &str, amount_minor: i64, currency: Currency) -> CartItem {
        CartItem {
            price_id: format!("price_{price}"),
            product_id: format!("prod_{price}"),
            name: format!("Item {price}"),
            unit_amount: Money::new(amount_minor, currency),
            recurring: None,
            tax_rates: Vec::new(),
        }
    }

    fn usd(price: &str, amount_minor: i64) -> CartItem {
        item(price, amount_minor, Currency::USD)
    }

    fn cart_with(items: &[(CartItem, i64)]) -> Cart {
        let mut cart = Cart::new();
        for (item, quantity) in items {
            cart.add(item.clone(), *quantity).unwrap();
        }
        cart
    }

    fn full_cart() -> Cart {
        let mut cart = Cart::new();
        for index in 0..MAX_LINES {
            cart.add(usd(&index.to_string(), 100), 1).unwrap();
        }
        cart
    }

    /// Damaged catalog data: English names the trouble as before; another language frames it
    /// with what to do, the trouble (ids, fields) kept as the catalog has it.
    #[test]
    fn a_damaged_item_is_refused_in_the_till_s_language() {
        let mut nameless = usd("a", 100);
        nameless.name = " ".into();
        let error = Cart::new().add(nameless, 1).unwrap_err();
        assert_eq!(error.code(), "invalid_item");
        assert_eq!(
            error.message(Language::En),
            "This item can't be sold: The product of price_a has no name. Sync the catalog, or fix the product in Stripe."
        );
        assert_eq!(
            error.message(Language::De),
            "Dieser Artikel kann nicht verkauft werden: Seine Katalogdaten sind beschädigt (The product of price_a has no name.). Gleichen Sie den Katalog ab; bleibt der Fehler, prüfen Sie das Produkt im Stripe-Dashboard."
        );
    }

    /// A recurring price's schedule: English word for word as before, and German.
    #[test]
    fn a_schedule_reads_in_the_till_s_language() {
        let monthly = Recurring {
            interval: RecurringInterval::Month,
            interval_count: 1,
        };
        let quarterly = Recurring {
            interval: RecurringInterval::Month,
            interval_count: 3,
        };
        assert_eq!(monthly.every_in(Language::En), monthly.every());
        assert_eq!(quarterly.every_in(Language::En), "3 months");
        assert_eq!(
            monthly.label_in("$29.00", Language::En),
            monthly.label("$29.00")
        );
        assert_eq!(monthly.label_in("29,00 €", Language::De), "29,00 € / Monat");
        assert_eq!(quarterly.every_in(Language::De), "3 Monate");
        // Two schedules in one sale: refused in the till's language.
        let mixed = CartError::MixedSchedules {
            first: "Gym pass".into(),
            first_schedule: monthly,
            other: "Coffee club".into(),
            other_schedule: quarterly,
        };
        assert_eq!(
            mixed.message(Language::En),
            "Gym pass bills every month and Coffee club every 3 months: one membership sale can have only one billing schedule. Sell them as two sales."
        );
        assert_eq!(mixed.message(Language::En), mixed.to_string());
        assert_eq!(
            mixed.message(Language::De),
            "Gym pass (Abrechnungszeitraum: Monat) und Coffee club (Abrechnungszeitraum: 3 Monate): Ein Mitgliedschaftsverkauf kann nur einen Abrechnungszeitraum haben. Verkaufen Sie sie als zwei Verkäufe."
        );
    }

    #[test]
    fn adding_the_same_price_adds_to_its_line() {
        let mut cart = Cart::new();
        cart.add(usd("a", 2900), 1).unwrap();
        cart.add(usd("b", 500), 2).unwrap();
        cart.add(usd("a", 2900), 3).unwrap();
        assert_eq!(cart.lines().len(), 2);
        assert_eq!(cart.line("price_a").map(|line| line.quantity), Some(4));
        assert_eq!(
            cart.lines()[0].item.price_id,
            "price_a",
            "lines keep their order"
        );
        assert_eq!(cart.item_count(), 6);
        assert_eq!(
            cart.total(),
            Ok(Some(Money::new(4 * 2900 + 2 * 500, Currency::USD)))
        );
        assert_eq!(cart.currency(), Some(Currency::USD));
    }

    #[test]
    fn a_price_override_keeps_the_line_and_its_first_price() {
        let mut cart = cart_with(&[(usd("a", 2900), 2), (usd("b", 500), 1)]);
        let usd_of = |minor| Money::new(minor, Currency::USD);
        cart.override_price("price_a", "x:a:2500".into(), usd_of(2500), "dent".into())
            .unwrap();
        assert_eq!(cart.lines()[0].item.price_id, "x:a:2500", "same place");
        assert_eq!(cart.lines()[0].quantity, 2);
        assert_eq!(cart.lines()[0].item.product_id, "prod_a");
        assert_eq!(cart.total(), Ok(Some(usd_of(2 * 2500 + 500))));
        // Again: the first price stays what it was.
        cart.override_price("x:a:2500", "x:a:2000".into(), usd_of(2000), "worse".into())
            .unwrap();
        assert_eq!(
            cart.overrides(),
            [PriceOverride {
                price_id: "x:a:2000".into(),
                name: "Item a".into(),
                was: usd_of(2900),
                now: usd_of(2000),
                reason: "worse".into(),
            }]
        );
        // Kept through the stored form; gone with the line.
        let stored: Cart = serde_json::from_str(&serde_json::to_string(&cart).unwrap()).unwrap();
        assert_eq!(stored, cart);
        let before = cart.clone();
        assert!(matches!(
            cart.override_price("price_zz", "x:zz:1".into(), usd_of(1), "r".into()),
            Err(CartError::LineNotFound { .. })
        ));
        assert!(matches!(
            cart.override_price(
                "price_b",
                "x:b:1".into(),
                Money::new(100, Currency::EUR),
                "r".into()
            ),
            Err(CartError::MixedCurrency { .. })
        ));
        assert_eq!(cart, before, "refusals leave the cart");
        cart.remove("x:a:2000").unwrap();
        assert!(cart.overrides().is_empty());
    }

    #[test]
    fn quantity_operations() {
        let mut cart = cart_with(&[(usd("a", 2900), 1)]);
        cart.increment("price_a").unwrap();
        assert_eq!(cart.line("price_a").unwrap().quantity, 2);
        cart.decrement("price_a").unwrap();
        assert_eq!(cart.line("price_a").unwrap().quantity, 1);
        cart.set_quantity("price_a", 999).unwrap();
        assert_eq!(cart.line("price_a").unwrap().quantity, 999);
        let removed = cart.remove("price_a").unwrap();
        assert_eq!(removed.quantity, 999);
        assert!(cart.is_empty());
        assert_eq!(cart.total(), Ok(None));
        assert_eq!(cart.currency(), None);
    }

    #[test]
    fn an_emptied_cart_takes_any_currency_again() {
        let mut cart = cart_with(&[(usd("a", 2900), 1)]);
        cart.clear();
        assert!(cart.is_empty());
        cart.add(item("e", 1000, Currency::EUR), 1).unwrap();
        assert_eq!(cart.currency(), Some(Currency::EUR));
    }

    /// Each refused operation, on a cart in a given starting state, with its error code. After
    /// each one the cart must be exactly as it was.
    #[test]
    fn every_failed_operation_leaves_the_cart_unchanged() {
        type Operation = Box<dyn Fn(&mut Cart) -> Result<(), CartError>>;
        let base = || cart_with(&[(usd("a", 2900), 998), (usd("b", 500), 1)]);
        let yearly = Recurring {
            interval: RecurringInterval::Year,
            interval_count: 1,
        };
        let cases: Vec<(&str, Cart, Operation)> = vec![
            (
                "mixed_currency",
                base(),
                Box::new(|cart| cart.add(item("e", 900, Currency::EUR), 1)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.add(usd("a", 2900), 2)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.add(usd("c", 100), 0)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.add(usd("c", 100), -1)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.add(usd("c", 100), 1000)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.add(usd("c", 100), i64::MAX)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.set_quantity("price_b", 0)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.set_quantity("price_b", -5)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.set_quantity("price_b", 1000)),
            ),
            (
                "quantity_out_of_range",
                base(),
                Box::new(|cart| cart.set_quantity("price_b", i64::MIN)),
            ),
            (
                "quantity_out_of_range",
                cart_with(&[(usd("a", 2900), 999)]),
                Box::new(|cart| cart.increment("price_a")),
            ),
            (
                "quantity_below_one",
                base(),
                Box::new(|cart| cart.decrement("price_b")),
            ),
            (
                "line_not_found",
                base(),
                Box::new(|cart| cart.set_quantity("price_zzz", 2)),
            ),
            (
                "line_not_found",
                base(),
                Box::new(|cart| cart.increment("price_zzz")),
            ),
            (
                "line_not_found",
                base(),
                Box::new(|cart| cart.decrement("price_zzz")),
            ),
            (
                "line_not_found",
                base(),
                Box::new(|cart| cart.remove("price_zzz").map(drop)),
            ),
            (
                "too_many_lines",
                full_cart(),
                Box::new(|cart| cart.add(usd("one_more", 100), 1)),
            ),
            (
                "price_conflict",
                base(),
                Box::new(|cart| cart.add(usd("a", 3000), 1)),
            ),
            (
                "price_conflict",
                base(),
                Box::new(move |cart| {
                    let mut membership = usd("b", 500);
                    membership.recurring = Some(yearly);
                    cart.add(membership, 1)
                }),
            ),
            (
                "invalid_item",
                base(),
                Box::new(|cart| cart.add(usd("c", -1), 1)),
            ),
            (
                "invalid_item",
                base(),
                Box::new(|cart| {
                    let mut nameless = usd("c", 100);
                    nameless.name = "  ".into();
                    cart.add(nameless, 1)
                }),
            ),
            (
                "invalid_item",
                base(),
                Box::new(|cart| {
                    let mut no_id = usd("c", 100);
                    no_id.price_id = String::new();
                    cart.add(no_id, 1)
                }),
            ),
            (
                "invalid_item",
                base(),
                Box::new(|cart| {
                    let mut spaced = usd("c", 100);
                    spaced.product_id = "prod 1".into();
                    cart.add(spaced, 1)
                }),
            ),
            (
                "invalid_item",
                base(),
                Box::new(move |cart| {
                    let mut never = usd("c", 100);
                    never.recurring = Some(Recurring {
                        interval: RecurringInterval::Month,
                        interval_count: 0,
                    });
                    cart.add(never, 1)
                }),
            ),
            (
                "amount_too_large",
                base(),
                Box::new(|cart| cart.add(usd("c", MAX_CHARGE_MINOR + 1), 1)),
            ),
        ];
        for (expected_code, mut cart, operation) in cases {
            let before = cart.clone();
            let outcome = operation(&mut cart);
            assert_eq!(outcome.map_err(|error| error.code()), Err(expected_code));
            assert_eq!(cart, before, "a failed {expected_code} changed the cart");
        }
    }

    #[test]
    fn validation_for_charge() {
        let membership = CartItem {
            recurring: Some(Recurring {
                interval: RecurringInterval::Month,
                interval_count: 1,
            }),
            ..usd("m", 1500)
        };
        let yearly_membership = CartItem {
            recurring: Some(Recurring {
                interval: RecurringInterval::Year,
                interval_count: 1,
            }),
            ..usd("y", 15000)
        };
        // (cart, expected code or None with the amount to charge)
        let cases: Vec<(Cart, Result<i64, &str>)> = vec![
            (Cart::new(), Err("empty_cart")),
            (cart_with(&[(usd("a", 2900), 1)]), Ok(2900)),
            (cart_with(&[(usd("a", 20), 2)]), Err("amount_too_small")),
            (cart_with(&[(usd("a", 20), 3)]), Ok(60)),
            (cart_with(&[(usd("free", 0), 1)]), Err("amount_too_small")),
            (
                cart_with(&[(item("g", 29, Currency::GBP), 1)]),
                Err("amount_too_small"),
            ),
            (cart_with(&[(item("g", 30, Currency::GBP), 1)]), Ok(30)),
            (cart_with(&[(item("y", 500, Currency::JPY), 1)]), Ok(500)),
            (
                cart_with(&[(usd("big", MAX_CHARGE_MINOR), 1)]),
                Ok(MAX_CHARGE_MINOR),
            ),
            (
                cart_with(&[(usd("big", MAX_CHARGE_MINOR), 1), (usd("c", 1), 1)]),
                Err("amount_too_large"),
            ),
            (
                cart_with(&[(usd("big", 50_000_000), 999)]),
                Err("amount_too_large"),
            ),
            (
                cart_with(&[(item("k", 5125, Currency::KWD), 1)]),
                Err("amount_precision"),
            ),
            (
                cart_with(&[(item("k", 5125, Currency::KWD), 2)]),
                Ok(10_250),
            ),
            (
                cart_with(&[(item("i", 50_000, Currency::ISK), 1)]),
                Ok(50_000),
            ),
            (cart_with(&[(membership.clone(), 1)]), Ok(1500)),
            (
                cart_with(&[(membership.clone(), 1), (usd("a", 500), 2)]),
                Ok(2500),
            ),
            (
                cart_with(&[(membership, 1), (yearly_membership, 1)]),
                Err("mixed_schedules"),
            ),
        ];
        for (cart, expected) in cases {
            let outcome = cart.validate_for_charge();
            let outcome = outcome
                .map(|money| money.amount_minor)
                .map_err(|error| error.code());
            assert_eq!(outcome, expected, "{:?}", cart.lines());
        }
    }

    #[test]
    fn the_largest_possible_cart_still_totals_exactly() {
        let mut cart = Cart::new();
        for index in 0..MAX_LINES {
            cart.add(
                usd(&index.to_string(), MAX_CHARGE_MINOR),
                i64::from(MAX_QUANTITY),
            )
            .unwrap();
        }
        let expected = MAX_CHARGE_MINOR * i64::from(MAX_QUANTITY) * 100;
        assert_eq!(cart.total(), Ok(Some(Money::new(expected, Currency::USD))));
        assert_eq!(
            cart.validate_for_charge().map_err(|error| error.code()),
            Err("amount_too_large")
        );
    }

    #[test]
    fn serde_round_trip_revalidates() {
        let mut membership = usd("m", 1500);
        membership.recurring = Some(Recurring {
            interval: RecurringInterval::Month,
            interval_count: 1,
        });
        let cart = cart_with(&[(usd("a", 2900), 2), (membership, 1)]);
        let json = serde_json::to_string(&cart).unwrap();
        assert!(json.contains(r#""price_id":"price_a""#), "{json}");
        assert!(
            json.contains(r#""recurring":{"interval":"month","interval_count":1}"#),
            "{json}"
        );
        let back: Cart = serde_json::from_str(&json).unwrap();
        assert_eq!(back, cart);

        let mixed = r#"{"lines":[
            {"price_id":"price_a","product_id":"prod_a","name":"A","unit_amount":{"amount_minor":100,"currency":"usd"},"recurring":null,"quantity":1},
            {"price_id":"price_b","product_id":"prod_b","name":"B","unit_amount":{"amount_minor":100,"currency":"eur"},"recurring":null,"quantity":1}]}"#;
        assert!(serde_json::from_str::<Cart>(mixed).is_err());
        let zero = r#"{"lines":[
            {"price_id":"price_a","product_id":"prod_a","name":"A","unit_amount":{"amount_minor":100,"currency":"usd"},"recurring":null,"quantity":0}]}"#;
        assert!(serde_json::from_str::<Cart>(zero).is_err());
        let twice = r#"{"lines":[
            {"price_id":"price_a","product_id":"prod_a","name":"A","unit_amount":{"amount_minor":100,"currency":"usd"},"recurring":null,"quantity":1},
            {"price_id":"price_a","product_id":"prod_a","name":"A","unit_amount":{"amount_minor":100,"currency":"usd"},"recurring":null,"quantity":1}]}"#;
        assert!(serde_json::from_str::<Cart>(twice).is_err());
    }

    #[test]
    fn every_error_has_its_own_code_and_becomes_invalid_input() {
        let errors = [
            CartError::EmptyCart,
            CartError::MixedCurrency {
                cart: Currency::USD,
                item: Currency::EUR,
                name: "Mug".into(),
            },
            CartError::QuantityOutOfRange {
                quantity: 0,
                name: "Mug".into(),
            },
            CartError::QuantityBelowOne { name: "Mug".into() },
            CartError::TooManyLines,
            CartError::LineNotFound {
                price_id: "price_a".into(),
            },
            CartError::InvalidItem {
                reason: "No name.".into(),
            },
            CartError::PriceConflict {
                price_id: "price_a".into(),
                name: "Mug".into(),
            },
            CartError::MixedSchedules {
                first: "Gym pass".into(),
                first_schedule: Recurring {
                    interval: RecurringInterval::Month,
                    interval_count: 1,
                },
                other: "Coffee club".into(),
                other_schedule: Recurring {
                    interval: RecurringInterval::Year,
                    interval_count: 1,
                },
            },
            CartError::TooManyMemberships,
            CartError::Money(MoneyError::AmountTooSmall {
                amount: Money::new(20, Currency::USD),
                minimum: Money::new(50, Currency::USD),
            }),
        ];
        let mut codes: Vec<&str> = errors.iter().map(CartError::code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), errors.len(), "codes must be distinct");
        for error in errors {
            let message = error.to_string();
            // The Fluent English is the `Display` text word for word, and the code is kept.
            let english = error.refusal(Language::En);
            assert_eq!(
                (english.message.as_str(), english.reason),
                (message.as_str(), Some(error.code()))
            );
            let core: Error = error.into();
            assert_eq!(core.code, ErrorCode::InvalidInput);
            assert_eq!(core.message, message);
        }
        let refused = CartError::QuantityOutOfRange {
            quantity: 1000,
            name: "Caffè Latte".into(),
        }
        .refusal(Language::De);
        assert_eq!(
            (refused.wire_code(), refused.message.as_str()),
            (
                "quantity_out_of_range",
                "Die Menge von Caffè Latte muss zwischen 1 und 999 liegen (verlangt: 1000)."
            )
        );
        assert_eq!(
            CartError::MixedCurrency { cart: Currency::USD, item: Currency::EUR, name: "Mug".into() }.to_string(),
            "This sale is in USD but Mug is priced in EUR. One sale takes one currency: finish or clear this sale first."
        );
    }

    #[test]
    fn cash_has_no_minimum_but_refuses_an_empty_cart_and_a_membership() {
        // 30¢ is under Stripe's 50¢ minimum: refused for a card, taken in cash.
        let small = cart_with(&[(usd("sweet", 30), 1)]);
        assert_eq!(
            small.validate_for_charge().unwrap_err().code(),
            "amount_too_small"
        );
        assert_eq!(small.validate_for_cash().unwrap().amount_minor, 30);
        assert_eq!(
            Cart::new().validate_for_cash().unwrap_err().code(),
            "empty_cart"
        );
        let mut plan = usd("plan", 1500);
        plan.recurring = Some(Recurring {
            interval: RecurringInterval::Month,
            interval_count: 1,
        });
        let membership = cart_with(&[(plan, 1)]);
        assert_eq!(
            membership.validate_for_cash().unwrap_err().code(),
            "membership_needs_card"
        );
    }

    fn rate(id: &str, percent: u32, inclusive: bool) -> TaxRate {
        TaxRate {
            id: id.into(),
            display_name: if inclusive {
                "VAT".into()
            } else {
                "Sales tax".into()
            },
            percentage: crate::pricing::Percent(percent * 10_000),
            inclusive,
        }
    }

    #[test]
    fn the_total_adds_exclusive_tax_and_keeps_inclusive_tax_inside() {
        let mut taxed = usd("book", 1_000);
        taxed.tax_rates = vec![rate("txr_sales", 10, false)];
        let mut vat = usd("coffee", 1_190);
        vat.tax_rates = vec![rate("txr_vat", 19, true)];
        let cart = cart_with(&[(taxed, 2), (vat, 1), (usd("plain", 500), 1)]);
        let breakdown = cart.breakdown().unwrap().unwrap();
        assert_eq!(breakdown.subtotal_minor, 2_000 + 1_190 + 500);
        assert_eq!(breakdown.tax_exclusive_minor, 200);
        assert_eq!(breakdown.tax_inclusive_minor, 190);
        // What is charged, in card or cash: the lines and the exclusive tax.
        assert_eq!(cart.total().unwrap().unwrap().amount_minor, 3_890);
        assert_eq!(cart.validate_for_charge().unwrap().amount_minor, 3_890);
        assert_eq!(cart.validate_for_cash().unwrap().amount_minor, 3_890);
        let ids: Vec<&str> = cart.tax_rates().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["txr_sales", "txr_vat"]);
        assert_eq!(Cart::new().breakdown().unwrap(), None);
    }

    #[test]
    fn the_same_price_with_other_tax_rates_is_a_conflict_and_the_cart_is_kept() {
        let mut cart = cart_with(&[(usd("book", 1_000), 1)]);
        let mut retaxed = usd("book", 1_000);
        retaxed.tax_rates = vec![rate("txr_sales", 10, false)];
        let before = cart.clone();
        assert_eq!(cart.add(retaxed, 1).unwrap_err().code(), "price_conflict");
        assert_eq!(cart, before);
    }

    #[test]
    fn a_cart_with_tax_rates_round_trips_through_its_stored_form() {
        let mut taxed = usd("book", 1_000);
        taxed.tax_rates = vec![rate("txr_sales", 10, false)];
        let cart = cart_with(&[(taxed, 3), (usd("plain", 500), 1)]);
        let json = serde_json::to_string(&cart).unwrap();
        let back: Cart = serde_json::from_str(&json).unwrap();
        assert_eq!(back, cart);
        // A cart stored before tax rates existed reads back with none.
        let old: Cart = serde_json::from_str(
            r#"{"lines":[{"price_id":"price_a","product_id":"prod_a","name":"A","unit_amount":{"amount_minor":500,"currency":"USD"},"recurring":null,"quantity":1}]}"#,
        )
        .unwrap();
        assert!(old.lines()[0].item.tax_rates.is_empty());
    }

    fn coupon_percent(id: &str, percent: u32) -> Coupon {
        Coupon {
            id: id.into(),
            name: Some("Ten off".into()),
            value: crate::pricing::CouponValue::PercentOff {
                percent: crate::pricing::Percent(percent * 10_000),
            },
        }
    }

    #[test]
    fn a_coupon_and_a_tip_change_the_total_and_bad_ones_leave_the_cart_as_it_was() {
        let mut taxed = usd("book", 1_000);
        taxed.tax_rates = vec![rate("txr_sales", 10, false)];
        let mut cart = cart_with(&[(taxed, 2)]);
        // 10 % off 20.00 = 2.00; tax on 18.00 = 1.80; total 19.80; then a 3.00 tip.
        cart.set_coupon(Some(coupon_percent("TEN", 10))).unwrap();
        assert_eq!(cart.total().unwrap().unwrap().amount_minor, 1_980);
        cart.set_tip(Some(Money::new(300, Currency::USD))).unwrap();
        let b = cart.breakdown().unwrap().unwrap();
        assert_eq!(
            (b.discount_minor, b.tax_minor, b.tip_minor, b.total_minor),
            (200, 180, 300, 2_280)
        );
        let before = cart.clone();
        let euros = Coupon {
            id: "FIVE".into(),
            name: None,
            value: crate::pricing::CouponValue::AmountOff {
                amount: Money::new(500, Currency::EUR),
            },
        };
        assert_eq!(
            cart.set_coupon(Some(euros)).unwrap_err().code(),
            "coupon_currency"
        );
        assert_eq!(
            cart.set_tip(Some(Money::new(5_000, Currency::USD)))
                .unwrap_err()
                .code(),
            "tip_too_large"
        );
        assert_eq!(
            cart.set_tip(Some(Money::new(-1, Currency::USD)))
                .unwrap_err()
                .code(),
            "negative_tip"
        );
        assert_eq!(cart, before);
        // Stored and read back whole.
        let json = serde_json::to_string(&cart).unwrap();
        assert_eq!(serde_json::from_str::<Cart>(&json).unwrap(), cart);
        // A zero tip is no tip; an empty sale takes neither.
        cart.set_tip(Some(Money::new(0, Currency::USD))).unwrap();
        assert_eq!(cart.tip(), None);
        assert_eq!(
            Cart::new()
                .set_coupon(Some(coupon_percent("TEN", 10)))
                .unwrap_err()
                .code(),
            "empty_cart"
        );
        // Emptying the sale takes the coupon off; clearing does too.
        cart.remove("price_book").unwrap();
        assert!(cart.coupon().is_none() && cart.tip().is_none());
    }

    #[test]
    fn an_amount_coupon_bigger_than_what_is_left_blocks_charge_not_the_change() {
        let mut cart = cart_with(&[(usd("a", 1_000), 1), (usd("b", 500), 1)]);
        let five = Coupon {
            id: "TWELVE".into(),
            name: None,
            value: crate::pricing::CouponValue::AmountOff {
                amount: Money::new(1_200, Currency::USD),
            },
        };
        cart.set_coupon(Some(five)).unwrap();
        assert_eq!(cart.total().unwrap().unwrap().amount_minor, 300);
        // Taking the larger line off is allowed; the sale then can't be charged until the
        // coupon comes off, and says why.
        cart.remove("price_a").unwrap();
        assert_eq!(
            cart.validate_for_charge().unwrap_err().code(),
            "discount_exceeds_sale"
        );
        cart.set_coupon(None).unwrap();
        assert_eq!(cart.validate_for_cash().unwrap().amount_minor, 500);
    }

    #[test]
    fn promotion_codes_exclude_a_coupon_and_cash_and_go_with_the_sale() {
        let mut cart = Cart::new();
        assert_eq!(
            cart.set_promotion_codes(true).unwrap_err().code(),
            "empty_cart"
        );
        cart.add(usd("a", 1_000), 1).unwrap();
        let coupon = Coupon {
            id: "TEN".into(),
            name: None,
            value: crate::pricing::CouponValue::AmountOff {
                amount: Money::new(100, Currency::USD),
            },
        };
        cart.set_coupon(Some(coupon.clone())).unwrap();
        let before = cart.clone();
        assert_eq!(
            cart.set_promotion_codes(true).unwrap_err().code(),
            "coupon_and_promotion_codes"
        );
        assert_eq!(cart, before);
        cart.set_coupon(None).unwrap();
        cart.set_promotion_codes(true).unwrap();
        for refused in [
            cart.clone().set_coupon(Some(coupon)).unwrap_err(),
            cart.clone()
                .set_manual_discount(Money::new(100, Currency::USD), "x".into(), "x".into())
                .unwrap_err(),
            cart.validate_for_cash().unwrap_err(),
        ] {
            assert!(
                ["coupon_and_promotion_codes", "promotion_codes_need_card"]
                    .contains(&refused.code()),
                "{refused}"
            );
        }
        assert_eq!(
            cart.validate_for_cash().unwrap_err().code(),
            "promotion_codes_need_card"
        );
        // Kept when the cart is stored and read back (CartContents), gone with the sale.
        let stored = serde_json::to_string(&cart).unwrap();
        let back: Cart = serde_json::from_str(&stored).unwrap();
        assert!(back.promotion_codes());
        cart.clear();
        assert!(!cart.promotion_codes());
    }
}
