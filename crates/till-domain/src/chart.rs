//! Bar charts as SVG, made here (pure, no I/O): no remote library, no remote font. The UI
//! shows the SVG as an `<img>` from a `data:` URL, which the CSP allows; an SVG shown that
//! way cannot load anything either.

use std::fmt::Write as _;

use till_i18n::{text, text_with, Arg, Language};

/// One bar: its label under the axis, its value (minor units), and the value as people
/// read it (formatted by `money`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    /// Gross (the full bar: what cards took at the bottom, what cash took on top).
    pub gross: i64,
    /// The cash part of gross.
    pub cash: i64,
    /// Refunded (drawn over the bottom of the bar, in another colour).
    pub refunded: i64,
    pub display: String,
}

/// About the width the owner's side panel shows it at, so its labels are read at their size.
pub const WIDTH: u32 = 400;
pub const HEIGHT: u32 = 220;
const LEFT: f64 = 16.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 36.0;
const BOTTOM: f64 = 40.0;
/// The cash part of a bar (the card part is the bar's own colour); 3:1 against white.
const CASH: &str = "#4f46e5";

/// The SVG as a `data:image/svg+xml;base64,…` URL for an `<img>` (the CSP allows `data:`
/// images; base64 keeps non-ASCII text intact, which `btoa` in the webview would not).
pub fn data_url(svg: &str) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = svg.as_bytes();
    let mut out = String::with_capacity(26 + bytes.len().div_ceil(3) * 4);
    out.push_str("data:image/svg+xml;base64,");
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(TABLE[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// About how wide `text` is at the chart's 12 px (wide characters count twice).
fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c >= '\u{2E80}' { 12.0 } else { 7.0 })
        .sum()
}

/// Escapes text for SVG content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A bar chart of gross per period, cards below cash, with the refunded part as a narrower
/// bar over the bottom. `title` names the
/// currency and period; `max_display` is the largest gross, formatted, for the scale.
pub fn bar_chart(title: &str, max_display: &str, bars: &[Bar], language: Language) -> String {
    let mut svg = String::with_capacity(4096 + bars.len() * 256);
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif" font-size="12" role="img" aria-label="{}">"##,
        escape(title)
    );
    let _ = write!(
        svg,
        r##"<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff" rx="8"/><text x="{LEFT}" y="22" font-size="14" font-weight="700" fill="#16181d">{}</text>"##,
        escape(title)
    );
    let plot_width = f64::from(WIDTH) - LEFT - RIGHT;
    let plot_height = f64::from(HEIGHT) - TOP - BOTTOM;
    let baseline = TOP + plot_height;
    let _ = write!(
        svg,
        r##"<line x1="{LEFT}" y1="{baseline}" x2="{}" y2="{baseline}" stroke="#dfe2e8"/>"##,
        LEFT + plot_width
    );
    let max = bars.iter().map(|b| b.gross).max().unwrap_or(0);
    if bars.is_empty() || max <= 0 {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="middle" fill="#5f6673">{}</text></svg>"##,
            f64::from(WIDTH) / 2.0,
            TOP + plot_height / 2.0,
            escape(&text(language, "chart-empty"))
        );
        return svg;
    }
    let _ = write!(
        svg,
        r##"<text x="{}" y="{}" text-anchor="end" fill="#5f6673">{}</text>"##,
        LEFT + plot_width,
        f64::from(HEIGHT) - 5.0,
        escape(&text_with(
            language,
            "chart-max",
            &[("amount", Arg::Text(max_display))]
        ))
    );
    let count = bars.len() as f64;
    let slot = plot_width / count;
    let bar_width = (slot * 0.7).max(1.0);
    // Label every bar when they fit, else at most seven of them.
    let label_every = bars.len().div_ceil(7).max(1);
    for (index, bar) in bars.iter().enumerate() {
        let x = LEFT + slot * index as f64 + (slot - bar_width) / 2.0;
        let height = plot_height * (bar.gross.max(0) as f64) / (max as f64);
        let cash_height = plot_height * (bar.cash.clamp(0, bar.gross.max(0)) as f64) / (max as f64);
        let refunded_height =
            plot_height * (bar.refunded.clamp(0, bar.gross.max(0)) as f64) / (max as f64);
        let _ = write!(
            svg,
            r##"<rect x="{x:.1}" y="{:.1}" width="{bar_width:.1}" height="{height:.1}" fill="#0f766e"><title>{}: {}</title></rect>"##,
            baseline - height,
            escape(&bar.label),
            escape(&bar.display)
        );
        if cash_height > 0.0 {
            let _ = write!(
                svg,
                r##"<rect x="{x:.1}" y="{:.1}" width="{bar_width:.1}" height="{cash_height:.1}" fill="{CASH}"/>"##,
                baseline - height
            );
        }
        if refunded_height > 0.0 {
            let _ = write!(
                svg,
                r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{refunded_height:.1}" fill="#f79009"/>"##,
                x + bar_width * 0.25,
                baseline - refunded_height,
                bar_width * 0.5
            );
        }
        if index % label_every == 0 {
            let _ = write!(
                svg,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#5f6673" font-size="11">{}</text>"##,
                x + bar_width / 2.0,
                baseline + 16.0,
                escape(&bar.label)
            );
        }
    }
    // The legend: a swatch and its word for each part, spaced by the words' widths.
    let mut x = LEFT;
    for (colour, id) in [
        ("#0f766e", "chart-card"),
        (CASH, "chart-cash"),
        ("#f79009", "chart-refunded"),
    ] {
        let word = text(language, id);
        let _ = write!(
            svg,
            r##"<rect x="{x:.1}" y="{}" width="10" height="10" fill="{colour}"/><text x="{:.1}" y="{}" fill="#5f6673">{}</text>"##,
            f64::from(HEIGHT) - 14.0,
            x + 14.0,
            f64::from(HEIGHT) - 5.0,
            escape(&word)
        );
        x += 14.0 + text_width(&word) + 12.0;
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, gross: i64, refunded: i64) -> Bar {
        Bar {
            label: label.into(),
            gross,
            cash: gross / 2,
            refunded,
            display: format!("${gross}"),
        }
    }

    #[test]
    fn bars_scale_to_the_largest_and_text_is_escaped() {
        let svg = bar_chart(
            "USD <per day> & \"more\"",
            "$10.00",
            &[bar("03-01", 1000, 250), bar("03-02", 500, 0)],
            Language::En,
        );
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("USD &lt;per day&gt; &amp; &quot;more&quot;"));
        assert!(!svg.contains("<per day>"));
        // The plot is 144 px high: the full bar, half a bar, a quarter for the refund.
        assert!(svg.contains("height=\"144.0\""), "{svg}");
        assert!(svg.contains("height=\"72.0\""), "{svg}");
        assert!(svg.contains("height=\"36.0\" fill=\"#f79009\""), "{svg}");
        // Half of each bar was cash, drawn on top of the card part.
        assert!(
            svg.contains("y=\"36.0\" width=\"128.8\" height=\"72.0\" fill=\"#4f46e5\""),
            "{svg}"
        );
        assert!(
            !svg.contains("http://") || svg.matches("http://").count() == 1,
            "only the namespace"
        );
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn data_urls_are_base64() {
        assert_eq!(data_url(""), "data:image/svg+xml;base64,");
        assert_eq!(data_url("f"), "data:image/svg+xml;base64,Zg==");
        assert_eq!(data_url("fo"), "data:image/svg+xml;base64,Zm8=");
        assert_eq!(data_url("foo"), "data:image/svg+xml;base64,Zm9v");
        assert_eq!(data_url("—"), "data:image/svg+xml;base64,4oCU");
    }

    #[test]
    fn an_empty_chart_says_so() {
        let svg = bar_chart("USD", "$0.00", &[], Language::En);
        assert!(svg.contains("No paid sales"));
        let svg = bar_chart("USD", "$0.00", &[bar("x", 0, 0)], Language::En);
        assert!(svg.contains("No paid sales"));
        assert!(bar_chart("USD", "0,00 $", &[], Language::De).contains("Keine bezahlten Verkäufe"));
    }

    #[test]
    fn the_legend_speaks_the_tills_language_and_its_words_never_overlap() {
        let bars = [bar("03-01", 1000, 250)];
        let english = bar_chart("USD", "$10.00", &bars, Language::En);
        assert!(english.contains(">card</text>") && english.contains(">max $10.00</text>"));
        for language in Language::ALL {
            let svg = bar_chart("USD", "$10.00", &bars, language);
            // Each legend swatch starts after the previous word ends.
            let xs: Vec<f64> = svg
                .match_indices(r#"width="10" height="10" fill=""#)
                .map(|(at, _)| {
                    let before = &svg[..at];
                    let x = &before[before.rfind("x=\"").unwrap() + 3..];
                    x[..x.find('"').unwrap()].parse().unwrap()
                })
                .collect();
            assert_eq!(xs.len(), 3, "{language:?}");
            for (id, pair) in ["chart-card", "chart-cash"].iter().zip(xs.windows(2)) {
                let word = text(language, id);
                assert!(
                    pair[1] - pair[0] >= 14.0 + text_width(&word),
                    "{language:?} {word}"
                );
            }
        }
    }
}
