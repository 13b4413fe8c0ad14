//! Receipt printing: till-domain's receipt model on ESC/POS thermal printers (58 and 80 mm).
//!
//! - **Bytes** come from the [`escpos`] crate's `Printer` (init, code page, bold, double
//!   height, the native QR command, cut, the drawer pulse), writing into an in-memory driver.
//!   Two commands are completed by hand where the crate falls short, each with a comment in
//!   `encode.rs`: the drawer pulse's timing bytes (the crate sends `ESC p m` without `t1 t2`)
//!   and Kanji mode (`FS C`, `FS &`: the crate has no Kanji commands).
//! - **Connections** are Till's own (`connection.rs`): raw TCP to port 9100 with connect and
//!   write timeouts, a file or device file, a CUPS queue through `lp -o raw`. The crate's own
//!   drivers flatten every `io::Error` into a string (so refused, timed out and reset could not
//!   be told apart), its network driver takes only IP addresses when given a timeout, and a
//!   failed write does not say how much was sent. Building bytes first and sending them
//!   second also gives `tillctl receipt --escpos FILE` and the tests the exact job.
//! - **USB**: on Linux a USB receipt printer is a device file (`/dev/usb/lp0`, the kernel's
//!   usblp driver), so it is a [`Connection::File`] and needs no libusb. The crate's
//!   libusb (`usb`) and nusb (`native_usb`) drivers are not enabled: no system package and no
//!   extra dependency tree for a path the device file already covers.
//! - **Characters**: a code page (PC858 by default: Western European letters and €; PC437;
//!   Windows-1252), mapped by the crate's own tables; what the page lacks falls back to
//!   readable ASCII (`€` → `EUR`, `ł` → `l`, `…` → `...`). [`CodePage::ShiftJisKanji`] is for
//!   Japanese models with Kanji fonts.
//! - **Japanese on a printer without Kanji** — decided: a product name the printer cannot
//!   print is replaced by its SKU (the receipt model's alternative text), and failing that each
//!   Japanese run prints as `[JP]`; the receipt's own words are printed in English when the
//!   language's words cannot be printed ([`printed_language`]). Not a raster image: the
//!   crate's raster path needs its `graphics` feature (the `image` crate) *and* a font
//!   rasteriser and a CJK font of several megabytes that Till does not ship — far from cheap
//!   — and transliterating Kanji is impossible without a dictionary (`?` for each character
//!   would be garbage). A shop that sells under Japanese names sets a Kanji printer
//!   ([`CodePage::ShiftJisKanji`]).
//! - **Failures** are [`PrintError`]s naming the printer and what to do; nothing here
//!   panics, and nothing here knows about sales: a failed print leaves the sale as it was.
//!
//! Printing is blocking I/O with timeouts: call [`print_receipt`], [`kick_drawer`] and
//! [`print_test_page`] from a blocking thread (`tokio::task::spawn_blocking`).

mod connection;
mod encode;
mod error;
mod profile;
mod setting;

pub use connection::{Connection, Timeouts, RAW_PORT};
pub use encode::{DrawerPin, EncodeError};
pub use error::{PrintError, Stage};
pub use profile::{CodePage, Paper, PrinterGlyphs, Profile};

use till_domain::receipt::{
    self, Align, Element, Emphasis, Glyphs, Laid, ReceiptInput, ReceiptOptions,
};
use till_i18n::Language;

/// A configured printer (from Settings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterConfig {
    /// What staff call it ("Counter"): every error names it.
    pub name: String,
    pub connection: Connection,
    pub profile: Profile,
    pub timeouts: Timeouts,
    /// Ask a network printer for its paper status before printing (`DLE EOT 4`); a printer
    /// that does not answer within half a second is printed to anyway.
    pub check_paper: bool,
    pub drawer_pin: DrawerPin,
}

impl PrinterConfig {
    /// A network printer on port 9100 with the default profile and timeouts.
    pub fn network(name: &str, host: &str) -> PrinterConfig {
        PrinterConfig {
            name: name.to_owned(),
            connection: Connection::Network {
                host: host.to_owned(),
                port: RAW_PORT,
            },
            profile: Profile::default(),
            timeouts: Timeouts::default(),
            check_paper: false,
            drawer_pin: DrawerPin::default(),
        }
    }
}

/// What to print besides the receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Job {
    /// How many receipts (1 when 0).
    pub copies: u8,
    /// Open the drawer after printing (a cash sale, when Settings say so).
    pub kick_drawer: bool,
}

/// The language whose words the printer can print: `language` when every fixed word of a
/// receipt in it maps to the code page, else English (Japanese on a printer without Kanji).
pub fn printed_language(language: Language, code_page: CodePage) -> Language {
    let glyphs = PrinterGlyphs::new(code_page);
    let printable = receipt::fixed_words(language)
        .iter()
        .all(|word| glyphs.exact(word).is_some());
    if printable {
        language
    } else {
        Language::En
    }
}

/// The receipt laid out for `profile`: in the printer's language, its columns, its glyphs.
pub fn laid_out(input: &ReceiptInput, options: ReceiptOptions, profile: Profile) -> Vec<Laid> {
    let options = ReceiptOptions {
        language: printed_language(options.language, profile.code_page),
        ..options
    };
    let elements = receipt::build(input, options);
    let glyphs = PrinterGlyphs::new(profile.code_page);
    receipt::layout(&elements, profile.paper.columns(), &glyphs)
}

/// The receipt's ESC/POS bytes (no I/O): what [`print_receipt`] sends, and what
/// `tillctl receipt --escpos FILE` writes.
pub fn receipt_bytes(
    input: &ReceiptInput,
    options: ReceiptOptions,
    profile: Profile,
    job: Job,
    drawer_pin: DrawerPin,
) -> Result<Vec<u8>, EncodeError> {
    let laid = laid_out(input, options, profile);
    encode::receipt(
        &laid,
        profile,
        job.copies,
        job.kick_drawer.then_some(drawer_pin),
    )
}

fn encode_failed(printer: &PrinterConfig, error: EncodeError) -> PrintError {
    PrintError::Encode {
        printer: printer.name.clone(),
        detail: error.0,
    }
}

/// Prints a receipt (and opens the drawer when `job` says so).
pub fn print_receipt(
    printer: &PrinterConfig,
    input: &ReceiptInput,
    options: ReceiptOptions,
    job: Job,
) -> Result<(), PrintError> {
    let bytes = receipt_bytes(input, options, printer.profile, job, printer.drawer_pin)
        .map_err(|e| encode_failed(printer, e))?;
    send_raw(printer, &bytes)
}

/// Opens the cash drawer through the printer ("no sale", or after a cash sale when nothing
/// is printed).
pub fn kick_drawer(printer: &PrinterConfig) -> Result<(), PrintError> {
    let bytes = encode::drawer_kick(printer.drawer_pin).map_err(|e| encode_failed(printer, e))?;
    send_raw(printer, &bytes)
}

/// Settings' "Print test page": the printer's name and connection, a ruler across the
/// paper, the accented letters and symbols receipts use, Japanese text as this printer
/// prints it, a QR code and a cut.
pub fn test_page_elements(printer: &PrinterConfig) -> Vec<Element> {
    let columns = printer.profile.paper.columns();
    let ruler: String = (1..=columns)
        .map(|i| char::from(b'0' + u8::try_from(i % 10).unwrap_or(0)))
        .collect();
    let line = |text: &str, emphasis: Emphasis| Element::Text {
        text: text.to_owned(),
        align: Align::Left,
        emphasis,
        alt: None,
    };
    vec![
        Element::Text {
            text: "Till".to_owned(),
            align: Align::Center,
            emphasis: Emphasis::Title,
            alt: None,
        },
        line(&printer.name, Emphasis::Bold),
        line(&printer.connection.describe(), Emphasis::Normal),
        line(&format!("{columns} columns"), Emphasis::Normal),
        line(&ruler, Emphasis::Normal),
        Element::Separator,
        line("Crème brûlée, Grüße, Straße, año", Emphasis::Normal),
        line("€ £ ¥ ×", Emphasis::Normal),
        line("抹茶ラテ", Emphasis::Normal),
        Element::Row {
            label: "TOTAL".to_owned(),
            amount: "1.234,50 €".to_owned(),
            emphasis: Emphasis::Title,
            indent: false,
            alt: None,
        },
        Element::Blank,
        Element::Qr("https://example.com/till-test-page".to_owned()),
        Element::Cut,
    ]
}

/// Prints [`test_page_elements`].
pub fn print_test_page(printer: &PrinterConfig) -> Result<(), PrintError> {
    let glyphs = PrinterGlyphs::new(printer.profile.code_page);
    let laid = receipt::layout(
        &test_page_elements(printer),
        printer.profile.paper.columns(),
        &glyphs,
    );
    let bytes =
        encode::receipt(&laid, printer.profile, 1, None).map_err(|e| encode_failed(printer, e))?;
    send_raw(printer, &bytes)
}

/// Sends bytes already made (a reprint of a saved job, a test's payload) as one job.
pub fn send_raw(printer: &PrinterConfig, bytes: &[u8]) -> Result<(), PrintError> {
    connection::send(
        &printer.name,
        &printer.connection,
        printer.timeouts,
        printer.check_paper,
        bytes,
    )
}
