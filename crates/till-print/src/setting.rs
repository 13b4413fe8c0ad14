//! The printer's settings as text (what Settings and `tillctl` type, what the settings table
//! keeps) and back: a connection, the paper, the code page, the drawer pin. Each refusal is a
//! `till_domain::Error` with its own reason code and the form that works, worded in the
//! language asked for (`printer-setting-…` in `ui/locales`).

use std::path::PathBuf;

use till_domain::Error;
use till_i18n::{text_with, Arg, Language};

use crate::connection::{Connection, RAW_PORT};
use crate::encode::DrawerPin;
use crate::profile::{CodePage, Paper};

fn shorten(text: &str) -> String {
    text.chars().take(60).collect()
}

fn bad_connection(typed: &str, language: Language) -> Error {
    Error::invalid_input(text_with(
        language,
        "printer-setting-bad-connection",
        &[("input", Arg::Text(&shorten(typed)))],
    ))
    .with_reason("invalid_printer_connection")
}

impl Connection {
    /// Reads a connection as staff type it:
    /// - `192.168.1.50`, `192.168.1.50:9100`, `printer.local:9100`, `[fe80::1]:9100`,
    ///   `tcp://host[:port]` — a network printer (port 9100 when none is given);
    /// - `/dev/usb/lp0`, any absolute path, `file:/path` — a device or a file;
    /// - `cups:QUEUE` (or `lp:QUEUE`) — a CUPS queue in raw mode.
    ///
    /// A refusal is worded in `language`.
    pub fn parse(typed: &str, language: Language) -> Result<Connection, Error> {
        let text = typed.trim();
        if text.is_empty() {
            return Err(Error::invalid_input(till_i18n::text(
                language,
                "printer-setting-connection-missing",
            ))
            .with_reason("printer_connection_missing"));
        }
        if let Some(queue) = text
            .strip_prefix("cups:")
            .or_else(|| text.strip_prefix("lp:"))
        {
            let queue = queue.trim();
            let valid = !queue.is_empty()
                && queue
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '@'));
            return if valid {
                Ok(Connection::Cups {
                    queue: queue.to_owned(),
                })
            } else {
                Err(bad_connection(text, language))
            };
        }
        if let Some(path) = text.strip_prefix("file:") {
            let path = path.trim_start_matches("//");
            return if path.starts_with('/') {
                Ok(Connection::File {
                    path: PathBuf::from(path),
                })
            } else {
                Err(bad_connection(text, language))
            };
        }
        if text.starts_with('/') {
            return Ok(Connection::File {
                path: PathBuf::from(text),
            });
        }
        let address = text.strip_prefix("tcp://").unwrap_or(text);
        let (host, port) =
            split_host_port(address).ok_or_else(|| bad_connection(text, language))?;
        Ok(Connection::Network {
            host: host.to_owned(),
            port,
        })
    }

    /// The text [`Connection::parse`] reads back as this connection: `tcp://host:port`,
    /// `file:/path`, `cups:QUEUE`.
    pub fn to_setting(&self) -> String {
        match self {
            Connection::Network { host, port } if host.contains(':') => {
                format!("tcp://[{host}]:{port}")
            }
            Connection::Network { host, port } => format!("tcp://{host}:{port}"),
            Connection::File { path } => format!("file:{}", path.display()),
            Connection::Cups { queue } => format!("cups:{queue}"),
        }
    }
}

/// `host`, `host:port`, `[v6]`, `[v6]:port`; the host made of letters, digits, `.`, `-`
/// (or an IPv6 address in brackets), the port 1–65535.
fn split_host_port(address: &str) -> Option<(&str, u16)> {
    let (host, port) = if let Some(rest) = address.strip_prefix('[') {
        let (host, after) = rest.split_once(']')?;
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':')?),
        };
        let valid = !host.is_empty() && host.chars().all(|c| c.is_ascii_hexdigit() || c == ':');
        (valid.then_some(host)?, port)
    } else {
        let (host, port) = match address.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (address, None),
        };
        let valid = !host.is_empty()
            && !host.starts_with(['-', '.'])
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
        (valid.then_some(host)?, port)
    };
    let port = match port {
        None => RAW_PORT,
        Some(port) => port.parse::<u16>().ok().filter(|p| *p != 0)?,
    };
    Some((host, port))
}

impl Paper {
    /// `58` or `80` (with or without `mm`); a refusal is worded in `language`.
    pub fn parse(typed: &str, language: Language) -> Result<Paper, Error> {
        match typed.trim().trim_end_matches("mm").trim() {
            "58" => Ok(Paper::Mm58),
            "80" => Ok(Paper::Mm80),
            _ => Err(Error::invalid_input(text_with(
                language,
                "printer-setting-bad-paper",
                &[("input", Arg::Text(&shorten(typed)))],
            ))
            .with_reason("invalid_paper_width")),
        }
    }

    /// `58` or `80`.
    pub fn as_setting(self) -> &'static str {
        match self {
            Paper::Mm58 => "58",
            Paper::Mm80 => "80",
        }
    }
}

impl CodePage {
    pub const ALL: [CodePage; 4] = [
        CodePage::Pc858,
        CodePage::Pc437,
        CodePage::Wpc1252,
        CodePage::ShiftJisKanji,
    ];

    /// `pc858`, `pc437`, `wpc1252`, `shift-jis-kanji`.
    pub fn as_setting(self) -> &'static str {
        match self {
            CodePage::Pc858 => "pc858",
            CodePage::Pc437 => "pc437",
            CodePage::Wpc1252 => "wpc1252",
            CodePage::ShiftJisKanji => "shift-jis-kanji",
        }
    }

    /// One of [`CodePage::as_setting`]'s names, in any letter case; a refusal is worded in
    /// `language`.
    pub fn parse(typed: &str, language: Language) -> Result<CodePage, Error> {
        let wanted = typed.trim().to_ascii_lowercase();
        CodePage::ALL
            .into_iter()
            .find(|page| page.as_setting() == wanted)
            .ok_or_else(|| {
                Error::invalid_input(text_with(
                    language,
                    "printer-setting-bad-code-page",
                    &[("input", Arg::Text(&shorten(typed)))],
                ))
                .with_reason("invalid_code_page")
            })
    }
}

impl DrawerPin {
    /// `2` or `5`; a refusal is worded in `language`.
    pub fn parse(typed: &str, language: Language) -> Result<DrawerPin, Error> {
        match typed.trim() {
            "2" => Ok(DrawerPin::Pin2),
            "5" => Ok(DrawerPin::Pin5),
            _ => Err(Error::invalid_input(text_with(
                language,
                "printer-setting-bad-drawer-pin",
                &[("input", Arg::Text(&shorten(typed)))],
            ))
            .with_reason("invalid_drawer_pin")),
        }
    }

    /// `2` or `5`.
    pub fn as_setting(self) -> &'static str {
        match self {
            DrawerPin::Pin2 => "2",
            DrawerPin::Pin5 => "5",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn network(host: &str, port: u16) -> Connection {
        Connection::Network {
            host: host.into(),
            port,
        }
    }

    #[test]
    fn connections_are_read_as_staff_type_them() {
        let cases = [
            ("192.168.1.50", network("192.168.1.50", 9100)),
            (" 192.168.1.50:9101 ", network("192.168.1.50", 9101)),
            ("tcp://printer.local", network("printer.local", 9100)),
            (
                "printer-1.shop.lan:9100",
                network("printer-1.shop.lan", 9100),
            ),
            ("[fe80::1]:9100", network("fe80::1", 9100)),
            ("tcp://[::1]", network("::1", 9100)),
            (
                "/dev/usb/lp0",
                Connection::File {
                    path: "/dev/usb/lp0".into(),
                },
            ),
            (
                "file:///tmp/receipt.bin",
                Connection::File {
                    path: "/tmp/receipt.bin".into(),
                },
            ),
            (
                "cups:Kitchen_Printer",
                Connection::Cups {
                    queue: "Kitchen_Printer".into(),
                },
            ),
            (
                "lp:EPSON-TM-T20",
                Connection::Cups {
                    queue: "EPSON-TM-T20".into(),
                },
            ),
        ];
        for (text, expected) in cases {
            let parsed = Connection::parse(text, Language::En);
            assert_eq!(parsed.as_ref(), Ok(&expected), "{text:?}");
            // The stored form reads back as the same connection.
            assert_eq!(
                Connection::parse(&expected.to_setting(), Language::En),
                Ok(expected),
                "{text:?}"
            );
        }
    }

    #[test]
    fn bad_connections_say_what_works() {
        let cases = [
            ("", "printer_connection_missing"),
            ("   ", "printer_connection_missing"),
            ("192.168.1.50:0", "invalid_printer_connection"),
            ("192.168.1.50:70000", "invalid_printer_connection"),
            ("192.168.1.50:port", "invalid_printer_connection"),
            ("http://printer", "invalid_printer_connection"),
            ("cups:", "invalid_printer_connection"),
            ("cups:my queue", "invalid_printer_connection"),
            ("file:relative.bin", "invalid_printer_connection"),
            ("-rf", "invalid_printer_connection"),
            ("[zz]:9100", "invalid_printer_connection"),
        ];
        for (text, reason) in cases {
            let error = Connection::parse(text, Language::En).expect_err(text);
            assert_eq!(error.wire_code(), reason, "{text:?}");
        }
    }

    /// A refusal speaks the language asked for; the reason code is the same in every one.
    #[test]
    fn refusals_are_worded_in_the_language_asked_for() {
        let english = Paper::parse("76", Language::En).unwrap_err();
        assert_eq!(
            english.message,
            "\"76\" is not a paper width Till prints on. Choose 58 (32 columns) or 80 (48 columns)."
        );
        let german = Paper::parse("76", Language::De).unwrap_err();
        assert_eq!(
            (german.wire_code(), german.message.as_str()),
            (
                "invalid_paper_width",
                "„76“ ist keine Papierbreite, auf der Till druckt. Wählen Sie 58 (32 Spalten) oder 80 (48 Spalten)."
            )
        );
        let missing = Connection::parse(" ", Language::De).unwrap_err();
        assert_eq!(
            missing.message,
            "Geben Sie die Verbindung des Druckers ein: seine Netzwerkadresse (192.168.1.50), ein Gerät (/dev/usb/lp0) oder eine CUPS-Warteschlange (cups:QUEUE)."
        );
    }

    #[test]
    fn paper_code_page_and_drawer_round_trip() {
        for paper in [Paper::Mm58, Paper::Mm80] {
            assert_eq!(Paper::parse(paper.as_setting(), Language::En), Ok(paper));
        }
        assert_eq!(Paper::parse(" 58mm ", Language::En), Ok(Paper::Mm58));
        assert_eq!(
            Paper::parse("76", Language::En).map_err(|e| e.wire_code()),
            Err("invalid_paper_width")
        );
        for page in CodePage::ALL {
            assert_eq!(CodePage::parse(page.as_setting(), Language::En), Ok(page));
        }
        assert_eq!(CodePage::parse("PC858", Language::En), Ok(CodePage::Pc858));
        assert_eq!(
            CodePage::parse("utf-8", Language::En).map_err(|e| e.wire_code()),
            Err("invalid_code_page")
        );
        for pin in [DrawerPin::Pin2, DrawerPin::Pin5] {
            assert_eq!(DrawerPin::parse(pin.as_setting(), Language::En), Ok(pin));
        }
        assert_eq!(
            DrawerPin::parse("3", Language::En).map_err(|e| e.wire_code()),
            Err("invalid_drawer_pin")
        );
    }
}
