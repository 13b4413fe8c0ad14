//! QR codes of session URLs, as SVG made here (no remote libraries), for the customer's phone.

use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode};

use crate::error::{Error, Result};

/// The light border around the code, in modules (the QR standard's quiet zone).
const QUIET: usize = 4;

/// An SVG QR code of `text`, scaled by the viewer (240 px unless the page sizes it): one path
/// in module units, a one-module-thick line per run of dark modules in a row. About a quarter of
/// what a square per module takes: it crosses IPC and, on the customer's screen, an event's
/// script with every model that shows it.
pub fn svg(text: &str) -> Result<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| {
        Error::invalid_input(format!("This link cannot be shown as a QR code: {e}"))
    })?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    let mut path = String::with_capacity(width * width);
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
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
