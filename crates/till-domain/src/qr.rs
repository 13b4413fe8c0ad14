//! QR codes of session URLs, as SVG made here (no remote libraries), for the customer's phone.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::error::{Error, Result};

/// An SVG QR code of `text`, scaled by the viewer (no fixed pixel size).
pub fn svg(text: &str) -> Result<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| {
        Error::invalid_input(format!("This link cannot be shown as a QR code: {e}"))
    })?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
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
}
