//! QR codes of session URLs, as SVG made here (no remote libraries), for the customer's phone.

use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode};
use serde::Serialize;

use crate::error::{Error, Result};

/// The light border around the code, in modules (the QR standard's quiet zone).
const QUIET: usize = 4;

/// A QR code as its dark modules, for a page that draws it itself (the customer's screen,
/// `ui/js/customer.js`, draws exactly what [`svg`] draws). It reaches that page inside an
/// event, which Tauri delivers as a script WebKit parses and compiles: a tenth of the SVG's
/// size (443 bytes of JSON instead of 4,485 for a 105-character Checkout URL), and no
/// document to parse per code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Modules {
    /// Modules a side, without the quiet zone.
    pub width: usize,
    /// The modules row by row, one bit each (1 dark), four to a hexadecimal digit, the first
    /// module the digit's highest bit; the last digit padded with light modules.
    pub dark: String,
}

impl Modules {
    /// The dark modules of `text`'s QR code (error correction M, as [`svg`]).
    pub fn of(text: &str) -> Result<Modules> {
        let code =
            QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| {
                Error::invalid_input(format!("This link cannot be shown as a QR code: {e}"))
            })?;
        let colors = code.to_colors();
        let mut dark = String::with_capacity(colors.len().div_ceil(4));
        for nibble in colors.chunks(4) {
            let bits = nibble
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == Color::Dark)
                .fold(0u32, |bits, (i, _)| bits | (8 >> i));
            // 0..=15 is always a hexadecimal digit.
            dark.push(char::from_digit(bits, 16).unwrap_or('0'));
        }
        Ok(Modules {
            width: code.width(),
            dark,
        })
    }

    /// Whether the module at (`x`, `y`) (without the quiet zone) is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        let i = y * self.width + x;
        self.dark
            .as_bytes()
            .get(i / 4)
            .and_then(|digit| char::from(*digit).to_digit(16))
            .is_some_and(|bits| bits & (8 >> (i % 4)) != 0)
    }
}

/// An SVG QR code of `text`, scaled by the viewer (240 px unless the page sizes it): one path
/// in module units, a one-module-thick line per run of dark modules in a row. About a quarter of
/// what a square per module takes: it crosses IPC to the register's page.
pub fn svg(text: &str) -> Result<String> {
    let code = Modules::of(text)?;
    let width = code.width;
    let size = width + 2 * QUIET;
    let mut path = String::with_capacity(width * width);
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !code.is_dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && code.is_dark(x, y) {
                x += 1;
            }
            let run = x - start;
            // A line through the middle of the row's run, one module thick. Writing into a
            // String cannot fail.
            let _ = write!(path, "M{} {}.5h{run}", start + QUIET, y + QUIET);
        }
    }
    Ok(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="240" height="240" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#ffffff"/><path stroke="#000000" stroke-width="1" d="{path}"/></svg>"##
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_an_svg_whose_size_grows_with_the_text() {
        let short = svg("http://127.0.0.1:47312/c/pay/cs_test_a").unwrap();
        assert!(short.starts_with("<?xml") || short.starts_with("<svg"));
        assert!(short.contains("<svg") && short.contains("</svg>"));
        let long = svg(&format!(
            "https://checkout.stripe.com/c/pay/cs_test_{}",
            "a".repeat(200)
        ))
        .unwrap();
        assert!(long.len() > short.len());
        assert!(svg(&"x".repeat(5000)).is_err());
    }

    /// The modules, read back, are the code's, module for module; the hex is a tenth of the SVG.
    #[test]
    fn modules_are_the_codes_dark_modules_four_to_a_digit() {
        let url = "http://127.0.0.1:47312/c/pay/cs_test_Izcmm2IEHwd9zos2e0TrhL3lvVaZNqOTcHHNM7ZoYMcRECdAW26pn0gCLK";
        let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).unwrap();
        let modules = Modules::of(url).unwrap();
        let width = code.width();
        assert_eq!(modules.width, width);
        assert_eq!(modules.dark.len(), (width * width).div_ceil(4));
        assert!(modules
            .dark
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        let colors = code.to_colors();
        for y in 0..width {
            for x in 0..width {
                assert_eq!(
                    modules.is_dark(x, y),
                    colors[y * width + x] == Color::Dark,
                    "module ({x}, {y})"
                );
            }
        }
        // The padding after the last module is light.
        let last = modules.dark.chars().last().unwrap().to_digit(16).unwrap();
        let padding = modules.dark.len() * 4 - width * width;
        assert_eq!(last & ((1 << padding) - 1), 0);
        assert!(modules.dark.len() * 10 < svg(url).unwrap().len());
        assert!(Modules::of(&"x".repeat(5000)).is_err());
    }

    /// The path drawn back into modules is the code, module for module (quiet zone light).
    #[test]
    fn the_path_draws_exactly_the_codes_dark_modules() {
        let url = "http://127.0.0.1:47312/c/pay/cs_test_Izcmm2IEHwd9zos2e0TrhL3lvVaZNqOTcHHNM7ZoYMcRECdAW26pn0gCLK";
        let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).unwrap();
        let width = code.width();
        let size = width + 2 * QUIET;
        let drawn = svg(url).unwrap();
        assert!(drawn.contains(&format!(r#"viewBox="0 0 {size} {size}""#)));
        let d = drawn
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut grid = vec![false; size * size];
        for run in d.split('M').filter(|r| !r.is_empty()) {
            // {x} {y}.5h{n}
            let (x, rest) = run.split_once(' ').unwrap();
            let (y, n) = rest.split_once(".5h").unwrap();
            let (x, y, n): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
            for cell in &mut grid[y * size + x..y * size + x + n] {
                assert!(!*cell, "a module drawn twice");
                *cell = true;
            }
        }
        let colors = code.to_colors();
        for y in 0..size {
            for x in 0..size {
                let inside =
                    (QUIET..QUIET + width).contains(&x) && (QUIET..QUIET + width).contains(&y);
                let dark = inside && colors[(y - QUIET) * width + (x - QUIET)] == Color::Dark;
                assert_eq!(grid[y * size + x], dark, "module ({x}, {y})");
            }
        }
        // Run by run, it is a fraction of a square per module (15.7 KB for this URL before).
        assert!(drawn.len() < 5_000, "{}", drawn.len());
    }
}
