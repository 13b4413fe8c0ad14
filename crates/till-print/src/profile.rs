//! What a printer can do: its paper width and its characters (a code page, or Shift_JIS in
//! Kanji mode), and the [`Glyphs`] that map a receipt's text to them with a readable
//! fallback.

use std::cell::RefCell;
use std::collections::HashMap;

use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::printer_options::PrinterOptions;
use escpos::utils::{PageCode, Protocol};
use till_domain::receipt::{Glyphs, COLUMNS_58MM, COLUMNS_80MM};

/// The paper roll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Paper {
    /// 58 mm: 32 columns in font A.
    Mm58,
    /// 80 mm: 48 columns in font A.
    #[default]
    Mm80,
}

impl Paper {
    pub fn columns(self) -> usize {
        match self {
            Paper::Mm58 => COLUMNS_58MM,
            Paper::Mm80 => COLUMNS_80MM,
        }
    }

    /// The QR code's module size in dots (the code must fit 384 dots on 58 mm paper).
    pub(crate) fn qr_module(self) -> u8 {
        match self {
            Paper::Mm58 => 5,
            Paper::Mm80 => 6,
        }
    }
}

/// The characters a printer is set to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CodePage {
    /// PC858 (Western Europe with €): the default; most ESC/POS printers have it as page 19.
    #[default]
    Pc858,
    /// PC437 (USA): accents but no €.
    Pc437,
    /// Windows-1252 (page 16).
    Wpc1252,
    /// Japanese printers' Kanji mode: text in Shift_JIS (JIS X 0208 Kanji and kana, double
    /// width), ASCII as usual. Only for models sold with Kanji fonts (Epson's `-J` models and
    /// the like): elsewhere it prints garbage, so it is never the default.
    ShiftJisKanji,
}

impl CodePage {
    /// The escpos crate's page code, or `None` in Kanji mode (no page table: the whole text
    /// goes through the Shift_JIS encoder).
    pub(crate) fn page_code(self) -> Option<PageCode> {
        match self {
            CodePage::Pc858 => Some(PageCode::PC858),
            CodePage::Pc437 => Some(PageCode::PC437),
            CodePage::Wpc1252 => Some(PageCode::WPC1252),
            CodePage::ShiftJisKanji => None,
        }
    }
}

/// A printer's paper and characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Profile {
    pub paper: Paper,
    pub code_page: CodePage,
}

/// A driver that keeps what it is given: the escpos crate's printer writes into it, and Till
/// sends the bytes over its own connections (see the crate's documentation).
#[derive(Clone, Default)]
pub(crate) struct Capture {
    bytes: std::rc::Rc<RefCell<Vec<u8>>>,
}

impl Capture {
    pub(crate) fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.bytes.borrow_mut())
    }
}

impl Driver for Capture {
    fn name(&self) -> String {
        "capture".to_owned()
    }

    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.bytes.borrow_mut().extend_from_slice(data);
        Ok(())
    }

    fn read(&self, _buf: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }

    fn flush(&self) -> escpos::errors::Result<()> {
        Ok(())
    }
}

/// The escpos crate's protocol for a code page: Kanji mode encodes with Shift_JIS; the code
/// pages map through the crate's own tables (and ASCII as itself).
pub(crate) fn protocol(code_page: CodePage) -> Protocol {
    match code_page {
        CodePage::ShiftJisKanji => {
            Protocol::new(escpos::utils::Encoder::new(encoding_rs::SHIFT_JIS))
        }
        _ => Protocol::default(),
    }
}

/// Readable ASCII for characters a code page may lack. A character with no entry and not in
/// the printer's set is unprintable: see [`PrinterGlyphs::lossy`].
fn ascii_fallback(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ą' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' | 'ć' | 'č' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => "E",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "I",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'œ' => "oe",
        'Œ' => "OE",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ß' => "ss",
        'ł' => "l",
        'Ł' => "L",
        'ś' | 'š' => "s",
        'Ś' | 'Š' => "S",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        '€' => "EUR",
        '£' => "GBP",
        '¥' | '￥' => "JPY",
        '¢' => "c",
        '×' => "x",
        '·' | '•' | '・' => ".",
        '–' | '—' | '−' => "-",
        '‘' | '’' | '‚' => "'",
        '“' | '”' | '„' | '«' | '»' => "\"",
        '…' => "...",
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{3000}' => " ",
        '°' => "o",
        '№' => "No",
        '¡' => "!",
        '¿' => "?",
        _ => return None,
    })
}

/// Japanese script: kana, CJK ideographs, and their punctuation and fullwidth forms.
fn is_japanese(c: char) -> bool {
    matches!(u32::from(c), 0x3000..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0xff00..=0xffef)
}

/// The [`Glyphs`] of one printer profile. Whether a character prints is asked of the escpos
/// crate itself (its page tables and encoder), once per character.
pub struct PrinterGlyphs {
    code_page: CodePage,
    known: RefCell<HashMap<char, bool>>,
}

impl PrinterGlyphs {
    pub fn new(code_page: CodePage) -> PrinterGlyphs {
        PrinterGlyphs {
            code_page,
            known: RefCell::new(HashMap::new()),
        }
    }

    /// Whether the printer prints `c` as itself.
    pub fn prints(&self, c: char) -> bool {
        if c.is_ascii() {
            return !c.is_ascii_control();
        }
        if let Some(&known) = self.known.borrow().get(&c) {
            return known;
        }
        let prints = self.ask_the_crate(c);
        self.known.borrow_mut().insert(c, prints);
        prints
    }

    /// In a code page, the crate maps a character of its table to one byte and anything else
    /// through its fallback encoder (UTF-8: several bytes, garbage on paper). In Kanji mode,
    /// a character Shift_JIS lacks is refused by the encoder.
    fn ask_the_crate(&self, c: char) -> bool {
        let capture = Capture::default();
        let options = PrinterOptions::new(self.code_page.page_code(), None, 42);
        let mut printer = Printer::new(capture.clone(), protocol(self.code_page), Some(options));
        let mut text = [0u8; 4];
        let written = printer
            .write(c.encode_utf8(&mut text))
            .and_then(|p| p.print())
            .is_ok();
        let bytes = capture.take();
        match self.code_page {
            CodePage::ShiftJisKanji => written && !bytes.is_empty(),
            _ => written && bytes.len() == 1 && bytes.first().is_some_and(|b| *b >= 0x80),
        }
    }

    /// One character as printable text: itself, its ASCII fallback, or `None`.
    fn map(&self, c: char) -> Option<std::borrow::Cow<'static, str>> {
        if self.prints(c) {
            return Some(std::borrow::Cow::Owned(c.to_string()));
        }
        // The middle dot of "net … · gross …": Japanese printers have the katakana one.
        if c == '·' && self.prints('・') {
            return Some(std::borrow::Cow::Borrowed("・"));
        }
        if c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}') {
            return Some(std::borrow::Cow::Borrowed(""));
        }
        ascii_fallback(c).map(std::borrow::Cow::Borrowed)
    }
}

impl Glyphs for PrinterGlyphs {
    fn exact(&self, text: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            out.push_str(&self.map(c)?);
        }
        Some(out)
    }

    /// Each run of characters the printer cannot print becomes `[JP]` when it is Japanese
    /// (a till that sells Japanese names on a printer without Kanji: the SKU is tried first,
    /// see the receipt model) and `[?]` otherwise, so a name never prints as mojibake.
    fn lossy(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut run: Option<bool> = None; // Some(japanese?) while inside an unprintable run
        for c in text.chars() {
            match self.map(c) {
                Some(mapped) => {
                    if let Some(japanese) = run.take() {
                        out.push_str(if japanese { "[JP]" } else { "[?]" });
                    }
                    out.push_str(&mapped);
                }
                None => {
                    let japanese = is_japanese(c);
                    run = Some(run.unwrap_or(japanese) || japanese);
                }
            }
        }
        if let Some(japanese) = run {
            out.push_str(if japanese { "[JP]" } else { "[?]" });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_page_prints_what_it_has_and_maps_the_rest_readably() {
        // (code page, text, exact, lossy)
        let cases: [(CodePage, &str, Option<&str>, &str); 12] = [
            (
                CodePage::Pc858,
                "Crème brûlée",
                Some("Crème brûlée"),
                "Crème brûlée",
            ),
            (
                CodePage::Pc858,
                "Grüße 5,00 €",
                Some("Grüße 5,00 €"),
                "Grüße 5,00 €",
            ),
            (CodePage::Pc858, "¥500", Some("¥500"), "¥500"),
            (CodePage::Pc437, "5,00 €", Some("5,00 EUR"), "5,00 EUR"),
            (CodePage::Pc437, "Straße", Some("Straße"), "Straße"),
            (CodePage::Pc858, "Łódź", Some("Lódz"), "Lódz"),
            (CodePage::Pc858, "抹茶ラテ", None, "[JP]"),
            (CodePage::Pc858, "Tea 抹茶 (L)", None, "Tea [JP] (L)"),
            (CodePage::Pc858, "Пельмени", None, "[?]"),
            (CodePage::Pc858, "5,00\u{202f}€", Some("5,00 €"), "5,00 €"),
            (
                CodePage::ShiftJisKanji,
                "抹茶ラテ ¥500",
                Some("抹茶ラテ ¥500"),
                "抹茶ラテ ¥500",
            ),
            (
                CodePage::ShiftJisKanji,
                "Café €",
                Some("Cafe EUR"),
                "Cafe EUR",
            ),
        ];
        for (code_page, text, exact, lossy) in cases {
            let glyphs = PrinterGlyphs::new(code_page);
            assert_eq!(
                glyphs.exact(text).as_deref(),
                exact,
                "{code_page:?} {text:?}"
            );
            assert_eq!(glyphs.lossy(text), lossy, "{code_page:?} {text:?}");
        }
    }
}
