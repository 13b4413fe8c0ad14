//! Laid-out receipts to ESC/POS bytes, through the escpos crate's `Printer` writing into a
//! [`Capture`]. Nothing here touches a device: the bytes are sent by `connection.rs` (or
//! written to a file for `tillctl receipt --escpos FILE`).

use escpos::printer::Printer;
use escpos::printer_options::PrinterOptions;
use escpos::utils::{CashDrawer, JustifyMode, QRCodeCorrectionLevel, QRCodeModel, QRCodeOption};
use till_domain::receipt::{Emphasis, Laid};

use crate::profile::{protocol, Capture, CodePage, Profile};

/// Which drawer connector the pulse goes to (the printer's DK port: pin 2 is the usual one,
/// pin 5 a second drawer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DrawerPin {
    #[default]
    Pin2,
    Pin5,
}

/// The drawer pulse's timing, in units of 2 ms: 50 ms on, 500 ms off (the values drawer
/// makers and other POS software use).
const PULSE_ON: u8 = 25;
const PULSE_OFF: u8 = 250;

/// The escpos crate could not make a command (it checks lengths and sizes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError(pub String);

impl From<escpos::errors::PrinterError> for EncodeError {
    fn from(error: escpos::errors::PrinterError) -> Self {
        EncodeError(error.to_string())
    }
}

type Result<T> = std::result::Result<T, EncodeError>;

fn printer(profile: Profile) -> (Printer<Capture>, Capture) {
    let capture = Capture::default();
    let options = PrinterOptions::new(
        profile.code_page.page_code(),
        None,
        u8::try_from(profile.paper.columns()).unwrap_or(u8::MAX),
    );
    let printer = Printer::new(capture.clone(), protocol(profile.code_page), Some(options));
    (printer, capture)
}

/// Initialise the printer (the crate's `init` also selects the code page), and in Kanji mode
/// select it.
fn start(printer: &mut Printer<Capture>, profile: Profile) -> Result<()> {
    printer.init()?;
    if profile.code_page == CodePage::ShiftJisKanji {
        // Written by hand: the escpos crate has no Kanji commands. FS C 1 selects Shift_JIS
        // as the Kanji code system, FS & turns Kanji mode on (Epson's ESC/POS reference,
        // "Kanji" commands, for models with Kanji fonts).
        printer.custom(&[0x1c, b'C', 1])?;
        printer.custom(&[0x1c, b'&'])?;
    }
    Ok(())
}

/// The drawer pulse on `pin`. The crate's `cash_drawer` writes only `ESC p m`; the command
/// needs its two timing bytes, so they follow by hand (`ESC p m t1 t2`; without them the
/// printer takes the next two bytes of the job as the timing).
fn pulse(printer: &mut Printer<Capture>, pin: DrawerPin) -> Result<()> {
    let pin = match pin {
        DrawerPin::Pin2 => CashDrawer::Pin2,
        DrawerPin::Pin5 => CashDrawer::Pin5,
    };
    printer.cash_drawer(pin)?;
    printer.custom(&[PULSE_ON, PULSE_OFF])?;
    Ok(())
}

/// A receipt's bytes: `copies` times the laid-out receipt (each ending with its cut), then
/// the drawer pulse when `drawer` is given (after a cash sale).
pub fn receipt(
    laid: &[Laid],
    profile: Profile,
    copies: u8,
    drawer: Option<DrawerPin>,
) -> Result<Vec<u8>> {
    let (mut printer, capture) = printer(profile);
    start(&mut printer, profile)?;
    for _ in 0..copies.max(1) {
        for item in laid {
            match item {
                Laid::Line { text, emphasis } => {
                    match emphasis {
                        Emphasis::Normal => {}
                        Emphasis::Bold => {
                            printer.bold(true)?;
                        }
                        Emphasis::Title => {
                            printer.bold(true)?.size(1, 2)?;
                        }
                    }
                    printer.writeln(text)?;
                    match emphasis {
                        Emphasis::Normal => {}
                        Emphasis::Bold => {
                            printer.bold(false)?;
                        }
                        Emphasis::Title => {
                            printer.reset_size()?.bold(false)?;
                        }
                    }
                }
                Laid::Qr(payload) => {
                    printer
                        .justify(JustifyMode::CENTER)?
                        .qrcode_option(
                            payload,
                            QRCodeOption::new(
                                QRCodeModel::Model2,
                                profile.paper.qr_module(),
                                QRCodeCorrectionLevel::M,
                            ),
                        )?
                        .justify(JustifyMode::LEFT)?;
                }
                Laid::Cut => {
                    // Clear of the cutter, then the crate's full cut (GS V A 0 feeds to the
                    // cutting position first).
                    printer.feeds(2)?.cut()?;
                }
            }
        }
    }
    if let Some(pin) = drawer {
        pulse(&mut printer, pin)?;
    }
    printer.print()?;
    Ok(capture.take())
}

/// The drawer pulse alone ("no sale", or a kick configured apart from printing). No
/// initialisation first: `ESC @` would clear a receipt still in the printer's line buffer.
pub fn drawer_kick(pin: DrawerPin) -> Result<Vec<u8>> {
    let (mut printer, capture) = printer(Profile::default());
    pulse(&mut printer, pin)?;
    printer.print()?;
    Ok(capture.take())
}

/// A real-time status request (`DLE EOT n`), as the crate writes it.
pub(crate) fn status_request(request: escpos::utils::RealTimeStatusRequest) -> Result<Vec<u8>> {
    let (mut printer, capture) = printer(Profile::default());
    printer.real_time_status(request)?.send_status()?;
    Ok(capture.take())
}
