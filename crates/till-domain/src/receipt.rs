//! The receipt: one model for every way a receipt leaves Till (the thermal printer, the
//! screen, `tillctl receipt --text`), and its layout in fixed columns.
//!
//! Three steps, all pure:
//! 1. [`ReceiptInput`] is what the core knows about a sale (shop header from settings, the
//!    receipt number it allotted, lines, discounts, taxes, tenders, refunds, the charge's
//!    `receipt_url`), already in integer minor units and the shop's local time.
//! 2. [`build`] turns it into layout-independent [`Element`]s for one [`ReceiptKind`] (sale,
//!    gift, refund; any of them as a reprint, marked as a copy), in a language and a locale.
//!    The words are Fluent messages `receipt-…` in `ui/locales`; amounts go through
//!    [`Money::format`], dates through [`LocalDateTime::format`].
//! 3. [`layout`] sets elements in N columns (32 on 58 mm paper, 48 on 80 mm) as [`Laid`]
//!    lines: long names wrapped, amounts right-aligned, East Asian wide characters counted
//!    as two columns ([`char_width`]). What an output cannot show is decided by its
//!    [`Glyphs`]: [`Unicode`] shows everything (the screen, the text form); a printer's code
//!    page maps or replaces characters, and an element's `alt` (a product's SKU) stands in
//!    for a text that would otherwise print unreadably. [`render_text`] is layout with
//!    [`Unicode`], as one string.

use till_i18n::{Arg, Language};

use crate::calendar::LocalDateTime;
use crate::money::{Locale, Money};
use crate::tender::CashPayment;

/// The 58 mm paper's columns in the printer's font A.
pub const COLUMNS_58MM: usize = 32;
/// The 80 mm paper's columns in the printer's font A.
pub const COLUMNS_80MM: usize = 48;

/// The shop's header, from settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShopHeader {
    pub name: String,
    pub address_lines: Vec<String>,
    pub tax_id: Option<String>,
    pub phone: Option<String>,
}

/// One line of the sale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptLine {
    pub quantity: u32,
    pub name: String,
    /// The product's SKU: printed instead of a name the printer cannot show (a Japanese name
    /// on a printer without Kanji).
    pub sku: Option<String>,
    pub unit_price: Money,
    pub line_total: Money,
}

/// A discount (a coupon, a promotion code, an override): `amount` is what it takes off,
/// positive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptDiscount {
    /// The coupon's or promotion's name; `None` prints the word "Discount".
    pub label: Option<String>,
    pub amount: Money,
}

/// One tax rate's part of the sale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxRow {
    /// `VAT`, `MwSt.`, `消費税`.
    pub name: String,
    /// In ten-thousandths of a percent (`Percent`'s unit): 190000 is 19 %, 88750 is 8.875 %.
    pub rate: u32,
    /// The tax is inside the prices (VAT); else it was added on top of them (US sales tax),
    /// and the receipt shows it between the subtotal and the total.
    pub inclusive: bool,
    pub net: Money,
    pub tax: Money,
    pub gross: Money,
}

/// What is known of a card (from the PaymentIntent's latest charge).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardDetails {
    /// Stripe's brand code (`visa`, `mastercard`, `amex`, `jcb`, …); named by
    /// [`card_brand_name`].
    pub brand: Option<String>,
    pub last4: Option<String>,
}

/// One part of the payment. A split sale has several (cash, then the balance by card).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tender {
    /// Cash handed over: `tendered` is what the customer gave, `change` what went back
    /// (what the cash paid is `tendered − change`).
    Cash { tendered: Money, change: Money },
    /// Paid through Stripe.
    Card { amount: Money, card: CardDetails },
}

impl Tender {
    /// The cash part as `tender::pay_cash` worked it out (its `rounding` goes in
    /// [`ReceiptInput::cash_rounding`]).
    pub fn from_cash_payment(payment: &CashPayment) -> Tender {
        Tender::Cash {
            tendered: payment.tendered,
            change: payment.change,
        }
    }
}

/// How a refund was paid back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefundMethod {
    Cash,
    Card(CardDetails),
}

/// A refund of (part of) the sale; `amount` is positive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptRefund {
    pub amount: Money,
    pub at: Option<LocalDateTime>,
    pub method: Option<RefundMethod>,
}

/// Everything a receipt shows, as the core knows it. The model does not check that the
/// amounts add up (the sale's rules did that when it was rung up): it prints what it is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptInput {
    pub shop: ShopHeader,
    /// The till's own receipt sequence number.
    pub number: u64,
    pub sale_id: String,
    /// When the sale was paid, on the shop's wall clock.
    pub at: LocalDateTime,
    pub cashier: Option<String>,
    pub lines: Vec<ReceiptLine>,
    pub discounts: Vec<ReceiptDiscount>,
    pub taxes: Vec<TaxRow>,
    /// What the customer paid: after discounts and after cash rounding (the sale's total
    /// plus [`ReceiptInput::cash_rounding`]).
    /// The customer's tip: its own row above the total (never discounted or taxed).
    pub tip: Option<Money>,
    pub total: Money,
    pub tenders: Vec<Tender>,
    /// Cash rounding (per-currency rounding of a cash total): the adjustment, signed
    /// ([`CashPayment::rounding`]); `None` or zero prints no line.
    pub cash_rounding: Option<Money>,
    pub refunds: Vec<ReceiptRefund>,
    /// Footer lines from settings.
    pub footer: Vec<String>,
    /// The charge's `receipt_url` (card sales): Stripe keeps that page current, refunds
    /// included, so it is the QR code's payload when present.
    pub receipt_url: Option<String>,
}

/// Which receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReceiptKind {
    /// The customer's receipt.
    Sale,
    /// A gift receipt: what was bought, no amount anywhere.
    Gift,
    /// A refund receipt: the refunds given and the original total.
    Refund,
}

/// How one receipt is made: which kind, whether it is a reprint ("COPY" on top), and in
/// which language and locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReceiptOptions {
    pub kind: ReceiptKind,
    pub copy: bool,
    pub language: Language,
    pub locale: Locale,
}

/// Horizontal alignment of a text element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// How a text stands out. [`Emphasis::Title`] is bold at double height (same width, so the
/// columns stay the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Emphasis {
    #[default]
    Normal,
    Bold,
    Title,
}

/// One piece of a receipt, independent of paper width and output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// A paragraph: wrapped to the width, aligned.
    Text {
        text: String,
        align: Align,
        emphasis: Emphasis,
        /// Shown instead of `text` where `text` cannot be shown readably.
        alt: Option<String>,
    },
    /// A label on the left, an amount on the right; the label wraps beside the amount.
    Row {
        label: String,
        amount: String,
        emphasis: Emphasis,
        /// Indented by two columns (a line's `2 × $4.50`).
        indent: bool,
        /// Shown instead of `label` where `label` cannot be shown readably.
        alt: Option<String>,
    },
    /// A dashed line across the paper.
    Separator,
    /// An empty line.
    Blank,
    /// A QR code of `payload` (printers use their native QR command).
    Qr(String),
    /// Cut the paper (the end of a printed receipt).
    Cut,
}

/// What the elements become in fixed columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Laid {
    /// One line, at most the width wide, already padded on the left for its alignment and
    /// without trailing spaces.
    Line {
        text: String,
        emphasis: Emphasis,
    },
    Qr(String),
    Cut,
}

/// What an output can show.
pub trait Glyphs {
    /// `text` as this output shows it, or `None` when part of it cannot be shown readably.
    fn exact(&self, text: &str) -> Option<String>;
    /// `text` with what cannot be shown replaced by a readable stand-in.
    fn lossy(&self, text: &str) -> String;
}

/// An output that shows every character (the screen, text files).
#[derive(Debug, Clone, Copy, Default)]
pub struct Unicode;

impl Glyphs for Unicode {
    fn exact(&self, text: &str) -> Option<String> {
        Some(text.to_owned())
    }

    fn lossy(&self, text: &str) -> String {
        text.to_owned()
    }
}

fn words(language: Language, id: &str) -> String {
    till_i18n::text(language, id)
}

fn words_with(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    till_i18n::text_with(language, id, args)
}

/// Every fixed word a receipt in `language` can print (without variables' values): a printer
/// checks these to decide whether it can print the language's words or needs English's.
pub fn fixed_words(language: Language) -> Vec<String> {
    [
        "receipt-number",
        "receipt-sale",
        "receipt-cashier",
        "receipt-tax-id",
        "receipt-phone",
        "receipt-copy",
        "receipt-gift",
        "receipt-refund",
        "receipt-subtotal",
        "receipt-discount",
        "receipt-rounding",
        "receipt-total",
        "receipt-tax-detail",
        "receipt-cash",
        "receipt-change",
        "receipt-card",
        "receipt-refunded",
        "receipt-refund-total",
        "receipt-original-total",
        "receipt-each",
        "receipt-scan-card",
        "receipt-scan-sale",
    ]
    .into_iter()
    .map(|id| {
        let args = [
            ("number", Arg::Text("")),
            ("id", Arg::Text("")),
            ("name", Arg::Text("")),
            ("phone", Arg::Text("")),
            ("net", Arg::Text("")),
            ("gross", Arg::Text("")),
            ("quantity", Arg::Text("")),
            ("price", Arg::Text("")),
        ];
        words_with(language, id, &args)
    })
    .collect()
}

/// Stripe's brand code as people know the brand: `visa` → `Visa`, `amex` → `American
/// Express`; an unknown code is shown as given, first letter capitalised.
pub fn card_brand_name(code: &str) -> String {
    let known = match code {
        "visa" => "Visa",
        "mastercard" => "Mastercard",
        "amex" => "American Express",
        "discover" => "Discover",
        "diners" => "Diners Club",
        "jcb" => "JCB",
        "unionpay" => "UnionPay",
        "cartes_bancaires" => "Cartes Bancaires",
        "eftpos_au" => "eftpos",
        "interac" => "Interac",
        _ => {
            let mut chars = code.chars();
            return match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            };
        }
    };
    known.to_owned()
}

/// `Card Visa ****4242` in `language`: the word, then what is known.
fn card_label(language: Language, card: &CardDetails) -> String {
    let mut label = words(language, "receipt-card");
    if let Some(brand) = card.brand.as_deref().filter(|b| !b.is_empty()) {
        label.push(' ');
        label.push_str(&card_brand_name(brand));
    }
    if let Some(last4) = card.last4.as_deref().filter(|l| !l.is_empty()) {
        label.push_str(" ****");
        label.push_str(last4);
    }
    label
}

fn text(text: impl Into<String>, align: Align, emphasis: Emphasis) -> Element {
    Element::Text {
        text: text.into(),
        align,
        emphasis,
        alt: None,
    }
}

fn row(label: impl Into<String>, amount: Money, emphasis: Emphasis, locale: Locale) -> Element {
    Element::Row {
        label: label.into(),
        amount: amount.format(locale),
        emphasis,
        indent: false,
        alt: None,
    }
}

/// The QR code's payload: the card receipt page when Stripe gave one (never on a gift
/// receipt: it shows the prices), else the sale id.
pub fn qr_payload(input: &ReceiptInput, kind: ReceiptKind) -> &str {
    match (&input.receipt_url, kind) {
        (Some(url), ReceiptKind::Sale | ReceiptKind::Refund) if !url.is_empty() => url,
        _ => &input.sale_id,
    }
}

/// The receipt as elements, ending with its QR code and a cut.
pub fn build(input: &ReceiptInput, options: ReceiptOptions) -> Vec<Element> {
    let ReceiptOptions {
        kind,
        copy,
        language,
        locale,
    } = options;
    let mut out = Vec::with_capacity(24 + 2 * input.lines.len());

    // Header.
    if !input.shop.name.is_empty() {
        out.push(text(&input.shop.name, Align::Center, Emphasis::Title));
    }
    for line in input.shop.address_lines.iter().filter(|l| !l.is_empty()) {
        out.push(text(line, Align::Center, Emphasis::Normal));
    }
    if let Some(phone) = input.shop.phone.as_deref().filter(|p| !p.is_empty()) {
        let phone = words_with(language, "receipt-phone", &[("phone", Arg::Text(phone))]);
        out.push(text(phone, Align::Center, Emphasis::Normal));
    }
    if let Some(tax_id) = input.shop.tax_id.as_deref().filter(|t| !t.is_empty()) {
        let tax_id = words_with(language, "receipt-tax-id", &[("id", Arg::Text(tax_id))]);
        out.push(text(tax_id, Align::Center, Emphasis::Normal));
    }
    out.push(Element::Blank);
    if copy {
        out.push(text(
            words(language, "receipt-copy"),
            Align::Center,
            Emphasis::Bold,
        ));
    }
    match kind {
        ReceiptKind::Sale => {}
        ReceiptKind::Gift => out.push(text(
            words(language, "receipt-gift"),
            Align::Center,
            Emphasis::Title,
        )),
        ReceiptKind::Refund => out.push(text(
            words(language, "receipt-refund"),
            Align::Center,
            Emphasis::Title,
        )),
    }

    // Which receipt, when, who.
    let number = input.number.to_string();
    out.push(text(
        words_with(
            language,
            "receipt-number",
            &[("number", Arg::Text(&number))],
        ),
        Align::Left,
        Emphasis::Normal,
    ));
    out.push(text(input.at.format(locale), Align::Left, Emphasis::Normal));
    if let Some(cashier) = input.cashier.as_deref().filter(|c| !c.is_empty()) {
        out.push(text(
            words_with(language, "receipt-cashier", &[("name", Arg::Text(cashier))]),
            Align::Left,
            Emphasis::Normal,
        ));
    }
    out.push(Element::Separator);

    match kind {
        ReceiptKind::Gift => gift_lines(input, language, &mut out),
        ReceiptKind::Sale => {
            sale_lines(input, language, locale, &mut out);
            out.push(Element::Separator);
            totals(input, language, locale, &mut out);
            tenders(input, language, locale, &mut out);
            if !input.refunds.is_empty() {
                out.push(Element::Separator);
                refunds(input, language, locale, &mut out);
            }
            taxes(input, language, locale, &mut out);
        }
        ReceiptKind::Refund => {
            refunds(input, language, locale, &mut out);
            let refunded = input
                .refunds
                .iter()
                .try_fold(Money::zero(input.total.currency), |sum, r| {
                    sum.checked_add(r.amount)
                });
            if let Ok(refunded) = refunded {
                out.push(row(
                    words(language, "receipt-refund-total"),
                    refunded,
                    Emphasis::Title,
                    locale,
                ));
            }
            out.push(row(
                words(language, "receipt-original-total"),
                input.total,
                Emphasis::Normal,
                locale,
            ));
        }
    }

    // Footer, QR, cut.
    if !input.footer.is_empty() {
        out.push(Element::Blank);
        for line in &input.footer {
            out.push(text(line, Align::Center, Emphasis::Normal));
        }
    }
    out.push(Element::Blank);
    let payload = qr_payload(input, kind);
    out.push(Element::Qr(payload.to_owned()));
    let caption = if payload == input.sale_id {
        words(language, "receipt-scan-sale")
    } else {
        words(language, "receipt-scan-card")
    };
    out.push(text(caption, Align::Center, Emphasis::Normal));
    if payload == input.sale_id {
        out.push(text(&input.sale_id, Align::Center, Emphasis::Normal));
    }
    out.push(Element::Cut);
    out
}

fn gift_lines(input: &ReceiptInput, language: Language, out: &mut Vec<Element>) {
    for line in &input.lines {
        let quantity = line.quantity.to_string();
        let with = |name: &str| {
            words_with(
                language,
                "receipt-gift-line",
                &[
                    ("quantity", Arg::Text(&quantity)),
                    ("name", Arg::Text(name)),
                ],
            )
        };
        out.push(Element::Text {
            text: with(&line.name),
            align: Align::Left,
            emphasis: Emphasis::Normal,
            alt: line.sku.as_deref().map(with),
        });
    }
}

fn sale_lines(input: &ReceiptInput, language: Language, locale: Locale, out: &mut Vec<Element>) {
    for line in &input.lines {
        out.push(Element::Row {
            label: line.name.clone(),
            amount: line.line_total.format(locale),
            emphasis: Emphasis::Normal,
            indent: false,
            alt: line.sku.clone(),
        });
        if line.quantity != 1 {
            let quantity = line.quantity.to_string();
            let price = line.unit_price.format(locale);
            out.push(Element::Text {
                text: format!(
                    "  {}",
                    words_with(
                        language,
                        "receipt-each",
                        &[
                            ("quantity", Arg::Text(&quantity)),
                            ("price", Arg::Text(&price)),
                        ],
                    )
                ),
                align: Align::Left,
                emphasis: Emphasis::Normal,
                alt: None,
            });
        }
    }
}

fn totals(input: &ReceiptInput, language: Language, locale: Locale, out: &mut Vec<Element>) {
    let rounding = input.cash_rounding.filter(|r| r.amount_minor != 0);
    let added_taxes: Vec<&TaxRow> = input.taxes.iter().filter(|t| !t.inclusive).collect();
    let tip = input.tip.filter(|t| t.amount_minor != 0);
    let has_adjustments = !input.discounts.is_empty()
        || rounding.is_some()
        || !added_taxes.is_empty()
        || tip.is_some();
    if has_adjustments {
        let subtotal = input
            .lines
            .iter()
            .try_fold(Money::zero(input.total.currency), |sum, line| {
                sum.checked_add(line.line_total)
            });
        if let Ok(subtotal) = subtotal {
            out.push(row(
                words(language, "receipt-subtotal"),
                subtotal,
                Emphasis::Normal,
                locale,
            ));
        }
    }
    for discount in &input.discounts {
        let label = discount
            .label
            .clone()
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| words(language, "receipt-discount"));
        let off = Money::new(-discount.amount.amount_minor, discount.amount.currency);
        out.push(row(label, off, Emphasis::Normal, locale));
    }
    for tax in added_taxes {
        let rate = locale.format_percent(tax.rate);
        out.push(row(
            words_with(
                language,
                "receipt-tax-rate",
                &[("name", Arg::Text(&tax.name)), ("rate", Arg::Text(&rate))],
            ),
            tax.tax,
            Emphasis::Normal,
            locale,
        ));
    }
    if let Some(tip) = tip {
        out.push(row(
            words(language, "receipt-tip"),
            tip,
            Emphasis::Normal,
            locale,
        ));
    }
    if let Some(rounding) = rounding {
        out.push(row(
            words(language, "receipt-rounding"),
            rounding,
            Emphasis::Normal,
            locale,
        ));
    }
    out.push(row(
        words(language, "receipt-total"),
        input.total,
        Emphasis::Title,
        locale,
    ));
}

fn tenders(input: &ReceiptInput, language: Language, locale: Locale, out: &mut Vec<Element>) {
    for tender in &input.tenders {
        match tender {
            Tender::Cash { tendered, change } => {
                out.push(row(
                    words(language, "receipt-cash"),
                    *tendered,
                    Emphasis::Normal,
                    locale,
                ));
                out.push(row(
                    words(language, "receipt-change"),
                    *change,
                    Emphasis::Bold,
                    locale,
                ));
            }
            Tender::Card { amount, card } => {
                out.push(row(
                    card_label(language, card),
                    *amount,
                    Emphasis::Normal,
                    locale,
                ));
            }
        }
    }
}

fn refunds(input: &ReceiptInput, language: Language, locale: Locale, out: &mut Vec<Element>) {
    for refund in &input.refunds {
        let mut label = words(language, "receipt-refunded");
        match &refund.method {
            Some(RefundMethod::Cash) => {
                label.push_str(" · ");
                label.push_str(&words(language, "receipt-cash"));
            }
            Some(RefundMethod::Card(card)) => {
                label.push_str(" · ");
                label.push_str(&card_label(language, card));
            }
            None => {}
        }
        let back = Money::new(-refund.amount.amount_minor, refund.amount.currency);
        out.push(row(label, back, Emphasis::Normal, locale));
        if let Some(at) = refund.at {
            out.push(text(
                format!("  {}", at.format(locale)),
                Align::Left,
                Emphasis::Normal,
            ));
        }
    }
}

fn taxes(input: &ReceiptInput, language: Language, locale: Locale, out: &mut Vec<Element>) {
    if input.taxes.is_empty() {
        return;
    }
    out.push(Element::Separator);
    for tax in &input.taxes {
        let rate = locale.format_percent(tax.rate);
        out.push(row(
            words_with(
                language,
                "receipt-tax-rate",
                &[("name", Arg::Text(&tax.name)), ("rate", Arg::Text(&rate))],
            ),
            tax.tax,
            Emphasis::Normal,
            locale,
        ));
        let (net, gross) = (tax.net.format(locale), tax.gross.format(locale));
        out.push(text(
            format!(
                "  {}",
                words_with(
                    language,
                    "receipt-tax-detail",
                    &[("net", Arg::Text(&net)), ("gross", Arg::Text(&gross))],
                )
            ),
            Align::Left,
            Emphasis::Normal,
        ));
    }
}

/// Columns a character takes on a receipt printer or a terminal: 2 for East Asian wide and
/// fullwidth characters (CJK ideographs, kana, Hangul, fullwidth forms), 0 for combining
/// marks and controls, 1 otherwise. The ranges are Unicode's East Asian Width `W` and `F`
/// blocks that Till's languages and product names meet; halfwidth katakana (U+FF61–U+FF9F)
/// stay 1.
pub fn char_width(c: char) -> usize {
    let code = u32::from(c);
    match code {
        0..=0x1f | 0x7f..=0x9f => 0,
        // Combining diacritical marks, zero-width space/joiners, variation selectors.
        0x300..=0x36f | 0x200b..=0x200f | 0xfe00..=0xfe0f => 0,
        0x1100..=0x115f // Hangul Jamo initials
        | 0x2e80..=0x303e // CJK radicals, Kangxi, CJK symbols and punctuation
        | 0x3041..=0x33ff // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compat
        | 0x3400..=0x4dbf // CJK extension A
        | 0x4e00..=0x9fff // CJK unified ideographs
        | 0xa000..=0xa4cf // Yi
        | 0xac00..=0xd7a3 // Hangul syllables
        | 0xf900..=0xfaff // CJK compatibility ideographs
        | 0xfe30..=0xfe4f // CJK compatibility forms
        | 0xff00..=0xff60 // Fullwidth forms
        | 0xffe0..=0xffe6 // Fullwidth signs
        | 0x1f300..=0x1f64f // Pictographs and emoticons
        | 0x1f900..=0x1f9ff
        | 0x20000..=0x2fffd
        | 0x30000..=0x3fffd => 2,
        _ => 1,
    }
}

/// The columns `text` takes: the sum of [`char_width`].
pub fn text_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// `text` in lines of at most `width` columns: breaks at spaces, and inside a word only when
/// the word alone is wider than a line or is wide (CJK text has no spaces). Never empty.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let word_width = text_width(word);
        let space = usize::from(!line.is_empty());
        if used + space + word_width <= width {
            if space == 1 {
                line.push(' ');
            }
            line.push_str(word);
            used += space + word_width;
            continue;
        }
        let wide = word.chars().any(|c| char_width(c) == 2);
        if word_width <= width && !wide {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
            used = word_width;
            continue;
        }
        // Break inside the word, starting on this line when there is room after a space.
        if !line.is_empty() {
            if used + 2 <= width {
                line.push(' ');
                used += 1;
            } else {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
        }
        for c in word.chars() {
            let w = char_width(c);
            if used + w > width && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += w;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn shown(glyphs: &dyn Glyphs, text: &str, alt: Option<&str>) -> String {
    if let Some(exact) = glyphs.exact(text) {
        return exact;
    }
    alt.and_then(|alt| glyphs.exact(alt))
        .unwrap_or_else(|| glyphs.lossy(text))
}

fn push_line(out: &mut Vec<Laid>, text: String, emphasis: Emphasis) {
    let text = text.trim_end().to_owned();
    out.push(Laid::Line { text, emphasis });
}

fn aligned(text: &str, align: Align, width: usize) -> String {
    let room = width.saturating_sub(text_width(text));
    let left = match align {
        Align::Left => 0,
        Align::Center => room / 2,
        Align::Right => room,
    };
    format!("{}{text}", " ".repeat(left))
}

/// The elements set in `columns` columns, as `glyphs` can show them.
pub fn layout(elements: &[Element], columns: usize, glyphs: &dyn Glyphs) -> Vec<Laid> {
    let columns = columns.max(16);
    let mut out = Vec::with_capacity(elements.len() + 8);
    for element in elements {
        match element {
            Element::Text {
                text,
                align,
                emphasis,
                alt,
            } => {
                let text = shown(glyphs, text, alt.as_deref());
                // Keep a leading indent through wrapping.
                let indent = text.len() - text.trim_start_matches(' ').len();
                let body = &text[indent..];
                for (index, piece) in wrap(body, columns.saturating_sub(indent))
                    .into_iter()
                    .enumerate()
                {
                    let lead = if index == 0 || *align == Align::Left {
                        " ".repeat(indent)
                    } else {
                        String::new()
                    };
                    let line = format!("{lead}{piece}");
                    push_line(&mut out, aligned(&line, *align, columns), *emphasis);
                }
            }
            Element::Row {
                label,
                amount,
                emphasis,
                indent,
                alt,
            } => {
                let label = shown(glyphs, label, alt.as_deref());
                let amount = glyphs.lossy(amount);
                let lead = if *indent { 2 } else { 0 };
                let amount_width = text_width(&amount);
                if amount_width + 1 + 8 + lead > columns {
                    // An amount too wide to share a line: the label, then the amount alone.
                    for piece in wrap(&label, columns - lead) {
                        push_line(&mut out, format!("{}{piece}", " ".repeat(lead)), *emphasis);
                    }
                    push_line(&mut out, aligned(&amount, Align::Right, columns), *emphasis);
                    continue;
                }
                let label_width = columns - amount_width - 1 - lead;
                let pieces = wrap(&label, label_width);
                for (index, piece) in pieces.into_iter().enumerate() {
                    let mut line = format!("{}{piece}", " ".repeat(lead));
                    if index == 0 {
                        let gap = columns - text_width(&line) - amount_width;
                        line.push_str(&" ".repeat(gap));
                        line.push_str(&amount);
                    }
                    push_line(&mut out, line, *emphasis);
                }
            }
            Element::Separator => push_line(&mut out, "-".repeat(columns), Emphasis::Normal),
            Element::Blank => push_line(&mut out, String::new(), Emphasis::Normal),
            Element::Qr(payload) => out.push(Laid::Qr(payload.clone())),
            Element::Cut => out.push(Laid::Cut),
        }
    }
    out
}

/// The receipt as plain text in `columns` columns (the screen's fixed-width form,
/// `tillctl receipt --text`): the QR code as `[QR]` over its payload, the cut as nothing.
pub fn render_text(elements: &[Element], columns: usize) -> String {
    let mut out = String::new();
    for laid in layout(elements, columns, &Unicode) {
        match laid {
            Laid::Line { text, .. } => {
                out.push_str(&text);
                out.push('\n');
            }
            Laid::Qr(payload) => {
                out.push_str("[QR]\n");
                for piece in wrap(&payload, columns) {
                    out.push_str(&piece);
                    out.push('\n');
                }
            }
            Laid::Cut => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;
    use crate::money::Currency;

    fn usd(minor: i64) -> Money {
        Money::new(minor, Currency::USD)
    }

    fn at() -> LocalDateTime {
        LocalDateTime {
            date: Date::from_ymd(2026, 12, 4).unwrap_or(Date::from_days(0)),
            hour: 9,
            minute: 41,
        }
    }

    fn line(quantity: u32, name: &str, unit: i64) -> ReceiptLine {
        ReceiptLine {
            quantity,
            name: name.into(),
            sku: None,
            unit_price: usd(unit),
            line_total: usd(unit * i64::from(quantity)),
        }
    }

    fn card_sale() -> ReceiptInput {
        ReceiptInput {
            shop: ShopHeader {
                name: "Corner Coffee".into(),
                address_lines: vec!["1 Main Street".into(), "Springfield".into()],
                tax_id: Some("US-12-3456789".into()),
                phone: Some("555-0100".into()),
            },
            number: 42,
            sale_id: "sale_01J9ZK".into(),
            at: at(),
            cashier: None,
            lines: vec![line(2, "Flat White", 450), line(1, "Croissant", 325)],
            discounts: vec![],
            taxes: vec![],
            tip: None,
            total: usd(1225),
            tenders: vec![Tender::Card {
                amount: usd(1225),
                card: CardDetails {
                    brand: Some("visa".into()),
                    last4: Some("4242".into()),
                },
            }],
            cash_rounding: None,
            refunds: vec![],
            footer: vec!["Thank you!".into()],
            receipt_url: Some("https://pay.stripe.com/receipts/acct_1/ch_1/rcpt_1".into()),
        }
    }

    fn options(kind: ReceiptKind) -> ReceiptOptions {
        ReceiptOptions {
            kind,
            copy: false,
            language: Language::En,
            locale: Locale::EnglishUnitedStates,
        }
    }

    #[test]
    fn widths_count_east_asian_wide_characters_twice() {
        let cases = [
            ("abc", 3),
            ("Crème brûlée", 12),
            ("抹茶ラテ", 8),
            ("ｶﾌｪ", 3),
            ("Ｔ", 2),
            ("e\u{301}", 1),
            ("카페", 4),
            ("29,00\u{a0}€", 7),
            ("", 0),
        ];
        for (text, width) in cases {
            assert_eq!(text_width(text), width, "{text:?}");
        }
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_inside_wide_or_overlong_words() {
        let cases: [(&str, usize, &[&str]); 7] = [
            ("Flat White", 32, &["Flat White"]),
            (
                "Extra large oat milk flat white",
                12,
                &["Extra large", "oat milk", "flat white"],
            ),
            ("Supercalifragilistic", 8, &["Supercal", "ifragili", "stic"]),
            ("抹茶ラテ ホット", 6, &["抹茶ラ", "テ ホ", "ット"]),
            ("Tea 抹茶ラテ", 8, &["Tea 抹茶", "ラテ"]),
            ("  ", 10, &[""]),
            ("a  b", 10, &["a b"]),
        ];
        for (text, width, expected) in cases {
            let lines = wrap(text, width);
            assert_eq!(lines, expected, "{text:?} in {width}");
            assert!(lines.iter().all(|l| text_width(l) <= width), "{lines:?}");
        }
    }

    #[test]
    fn a_card_sale_in_32_columns() {
        let text = render_text(
            &build(&card_sale(), options(ReceiptKind::Sale)),
            COLUMNS_58MM,
        );
        let expected = [
            "         Corner Coffee",
            "         1 Main Street",
            "          Springfield",
            "         Tel. 555-0100",
            "      Tax ID US-12-3456789",
            "",
            "Receipt 42",
            "12/4/2026 9:41 AM",
            "--------------------------------",
            "Flat White                 $9.00",
            "  2 × $4.50",
            "Croissant                  $3.25",
            "--------------------------------",
            "TOTAL                     $12.25",
            "Card Visa ****4242        $12.25",
            "",
            "           Thank you!",
            "",
            "[QR]",
            "https://pay.stripe.com/receipts/",
            "acct_1/ch_1/rcpt_1",
            "   Scan for your card receipt",
            "",
        ]
        .join("\n");
        assert_eq!(text, expected);
    }

    #[test]
    fn every_kind_fits_its_paper_in_every_language() {
        let mut cash = card_sale();
        cash.lines.push(line(
            3,
            "An extraordinarily long product name that needs wrapping twice over",
            99_999,
        ));
        cash.lines.push(ReceiptLine {
            sku: Some("MATCHA-L".into()),
            ..line(1, "抹茶ラテ（ラージサイズ）季節限定のおすすめ", 650)
        });
        cash.tenders = vec![
            Tender::Cash {
                tendered: usd(2000),
                change: usd(275),
            },
            Tender::Card {
                amount: usd(500),
                card: CardDetails::default(),
            },
        ];
        cash.discounts = vec![ReceiptDiscount {
            label: None,
            amount: usd(100),
        }];
        cash.cash_rounding = Some(usd(-2));
        cash.taxes = vec![TaxRow {
            name: "VAT".into(),
            rate: 195_000,
            inclusive: true,
            net: usd(1000),
            tax: usd(195),
            gross: usd(1195),
        }];
        cash.refunds = vec![ReceiptRefund {
            amount: usd(325),
            at: Some(at()),
            method: Some(RefundMethod::Cash),
        }];
        cash.cashier = Some("Ana".into());
        for language in Language::ALL {
            for kind in [ReceiptKind::Sale, ReceiptKind::Gift, ReceiptKind::Refund] {
                for columns in [COLUMNS_58MM, COLUMNS_80MM] {
                    let elements = build(
                        &cash,
                        ReceiptOptions {
                            kind,
                            copy: true,
                            language,
                            locale: Locale::for_language(language),
                        },
                    );
                    for laid in layout(&elements, columns, &Unicode) {
                        if let Laid::Line { text, .. } = laid {
                            assert!(
                                text_width(&text) <= columns,
                                "{language:?} {kind:?} {columns}: {text:?} is {} wide",
                                text_width(&text)
                            );
                        }
                    }
                    assert_eq!(elements.last(), Some(&Element::Cut));
                }
            }
        }
    }

    #[test]
    fn the_variants_differ_as_they_should() {
        let sale = card_sale();
        let url = sale.receipt_url.clone().unwrap_or_default();
        // (kind, copy, must contain, must not contain, QR payload)
        type Case<'a> = (ReceiptKind, bool, &'a [&'a str], &'a [&'a str], &'a str);
        let cases: [Case<'_>; 4] = [
            (
                ReceiptKind::Sale,
                false,
                &["TOTAL", "$12.25"],
                &["COPY", "GIFT"],
                &url,
            ),
            (
                ReceiptKind::Sale,
                true,
                &["*** COPY ***", "TOTAL"],
                &["GIFT"],
                &url,
            ),
            (
                ReceiptKind::Gift,
                false,
                &[
                    "GIFT RECEIPT",
                    "2 × Flat White",
                    "1 × Croissant",
                    "sale_01J9ZK",
                ],
                &["$", "TOTAL", "Card", "pay.stripe.com"],
                "sale_01J9ZK",
            ),
            (
                ReceiptKind::Refund,
                true,
                &["REFUND", "*** COPY ***", "Original total", "TOTAL REFUNDED"],
                &["GIFT"],
                &url,
            ),
        ];
        for (kind, copy, present, absent, qr) in cases {
            let elements = build(
                &sale,
                ReceiptOptions {
                    copy,
                    ..options(kind)
                },
            );
            let text = render_text(&elements, COLUMNS_80MM);
            for needle in present {
                assert!(text.contains(needle), "{kind:?} lacks {needle:?}:\n{text}");
            }
            for needle in absent {
                assert!(!text.contains(needle), "{kind:?} has {needle:?}:\n{text}");
            }
            assert!(elements.contains(&Element::Qr(qr.to_owned())), "{kind:?}");
        }
        let mut cash = card_sale();
        cash.receipt_url = None;
        assert_eq!(qr_payload(&cash, ReceiptKind::Sale), "sale_01J9ZK");
    }

    #[test]
    fn tenders_refunds_and_taxes_are_worded_in_the_language() {
        let mut sale = card_sale();
        sale.tenders = vec![
            Tender::Cash {
                tendered: usd(1000),
                change: usd(275),
            },
            Tender::Card {
                amount: usd(500),
                card: CardDetails {
                    brand: Some("mastercard".into()),
                    last4: None,
                },
            },
        ];
        sale.taxes = vec![TaxRow {
            name: "MwSt.".into(),
            rate: 190_000,
            inclusive: true,
            net: usd(1029),
            tax: usd(196),
            gross: usd(1225),
        }];
        sale.refunds = vec![ReceiptRefund {
            amount: usd(325),
            at: None,
            method: Some(RefundMethod::Card(CardDetails {
                brand: Some("visa".into()),
                last4: Some("4242".into()),
            })),
        }];
        let cases: [(Language, Locale, &[&str]); 3] = [
            (
                Language::En,
                Locale::EnglishUnitedStates,
                &[
                    "Cash                      $10.00",
                    "CHANGE                     $2.75",
                    "Card Mastercard            $5.00",
                    "Refunded · Card Visa      -$3.25",
                    "-$3.25",
                    "MwSt. 19%                  $1.96",
                    "  net $10.29 · gross $12.25",
                ],
            ),
            (
                Language::De,
                Locale::GermanGermany,
                &[
                    "Bar",
                    "RÜCKGELD",
                    "Karte Mastercard",
                    "MwSt. 19\u{a0}%",
                    "SUMME",
                    "2,75\u{a0}$",
                ],
            ),
            (
                Language::Ja,
                Locale::JapaneseJapan,
                &["現金", "お釣り", "合計", "2 × $4.50"],
            ),
        ];
        for (language, locale, expected) in cases {
            let text = render_text(
                &build(
                    &sale,
                    ReceiptOptions {
                        language,
                        locale,
                        ..options(ReceiptKind::Sale)
                    },
                ),
                COLUMNS_58MM,
            );
            for needle in expected {
                assert!(
                    text.contains(needle),
                    "{language:?} lacks {needle:?}:\n{text}"
                );
            }
        }
    }

    #[test]
    fn a_rounded_cash_payment_reads_subtotal_rounding_total_cash_change() {
        use crate::tender::{pay_cash, CashRounding};
        let chf = |minor| Money::new(minor, Currency::CHF);
        // CHF cash is paid in steps of 0.05: 12.47 due is 12.45 in cash.
        let payment = pay_cash(chf(1247), chf(2000), CashRounding::Step(5), Language::En)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut sale = card_sale();
        sale.lines = vec![ReceiptLine {
            quantity: 1,
            name: "Rösti".into(),
            sku: None,
            unit_price: chf(1247),
            line_total: chf(1247),
        }];
        sale.total = payment.applied;
        sale.cash_rounding = Some(payment.rounding);
        sale.tenders = vec![Tender::from_cash_payment(&payment)];
        sale.receipt_url = None;
        let text = render_text(&build(&sale, options(ReceiptKind::Sale)), COLUMNS_58MM);
        let expected = [
            "Subtotal               CHF\u{a0}12.47",
            "Cash rounding          -CHF\u{a0}0.02",
            "TOTAL                  CHF\u{a0}12.45",
            "Cash                   CHF\u{a0}20.00",
            "CHANGE                  CHF\u{a0}7.55",
        ]
        .join("\n");
        assert!(text.contains(&expected), "{text}");

        // No rounding (a zero adjustment): no subtotal and no rounding line.
        sale.cash_rounding = Some(chf(0));
        let text = render_text(&build(&sale, options(ReceiptKind::Sale)), COLUMNS_58MM);
        assert!(
            !text.contains("Subtotal") && !text.contains("rounding"),
            "{text}"
        );
    }

    /// A printer that knows ASCII only, for the alternative-text rule.
    struct AsciiOnly;

    impl Glyphs for AsciiOnly {
        fn exact(&self, text: &str) -> Option<String> {
            text.is_ascii().then(|| text.to_owned())
        }
        fn lossy(&self, text: &str) -> String {
            text.chars()
                .map(|c| if c.is_ascii() { c } else { '#' })
                .collect()
        }
    }

    #[test]
    fn an_unprintable_name_gives_way_to_its_sku() {
        let mut sale = card_sale();
        sale.lines = vec![
            ReceiptLine {
                sku: Some("MATCHA-L".into()),
                ..line(1, "抹茶ラテ", 650)
            },
            line(1, "Café", 300),
        ];
        let laid = layout(
            &build(&sale, options(ReceiptKind::Sale)),
            COLUMNS_58MM,
            &AsciiOnly,
        );
        let lines: Vec<String> = laid
            .into_iter()
            .filter_map(|l| match l {
                Laid::Line { text, .. } => Some(text),
                _ => None,
            })
            .collect();
        assert!(
            lines.contains(&"MATCHA-L                   $6.50".to_owned()),
            "{lines:#?}"
        );
        assert!(
            lines.contains(&"Caf#                       $3.00".to_owned()),
            "{lines:#?}"
        );
    }

    #[test]
    fn brands_are_named() {
        let cases = [
            ("visa", "Visa"),
            ("amex", "American Express"),
            ("jcb", "JCB"),
            ("link", "Link"),
            ("", ""),
        ];
        for (code, name) in cases {
            assert_eq!(card_brand_name(code), name);
        }
    }
}
