//! An ESC/POS decoder for the tests: bytes back into text lines (with their emphasis) and
//! commands (code page, QR payload, cut, drawer pulse, …). It knows the commands Till sends
//! and refuses anything else, so a stray byte fails a test instead of hiding in a golden file.

use till_core::receipt::text_width;

/// PC858's upper half (0x80–0xFF), as the printer draws it.
const PC858: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u{ad}±‗¾¶§÷¸°¨·¹³²■\u{a0}";
/// PC437's upper half.
const PC437: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{a0}";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Init,
    CodePage(u8),
    KanjiCodeSystem(u8),
    KanjiOn,
    Justify(u8),
    Line {
        text: String,
        bold: bool,
        tall: bool,
    },
    Qr {
        model: u8,
        module: u8,
        level: char,
        payload: String,
    },
    Cut,
    Pulse {
        pin: u8,
        on_ms: u32,
        off_ms: u32,
    },
    StatusRequest(u8),
}

#[derive(Default)]
struct State {
    code_page: u8,
    kanji: bool,
    bold: bool,
    tall: bool,
    line: Vec<u8>,
    qr_model: u8,
    qr_module: u8,
    qr_level: char,
    qr_data: Vec<u8>,
}

impl State {
    fn text(&self) -> Result<String, String> {
        if self.kanji {
            // Till's receipts here print on PC858; till-print's own tests decode Kanji.
            return Err(format!("Kanji mode is not decoded here: {:?}", self.line));
        }
        let table: Vec<char> = match self.code_page {
            19 => PC858.chars().collect(),
            0 => PC437.chars().collect(),
            other => return Err(format!("the decoder has no table for code page {other}")),
        };
        self.line
            .iter()
            .map(|&b| {
                if b < 0x80 {
                    Ok(char::from(b))
                } else if b == 0xf0 && self.code_page == 19 {
                    // The escpos crate's PC850/PC858 tables put '-' where the code page has
                    // the soft hyphen (0xF0), so every '-' goes out as 0xF0, which printers
                    // draw as a hyphen.
                    Ok('-')
                } else {
                    table
                        .get(usize::from(b - 0x80))
                        .copied()
                        .ok_or(format!("byte {b:#x}"))
                }
            })
            .collect()
    }
}

/// Decodes a whole job.
pub fn decode(bytes: &[u8]) -> Result<Vec<Event>, String> {
    let mut events = Vec::new();
    let mut state = State::default();
    let mut i = 0;
    let at = |i: usize, n: usize| -> Result<&[u8], String> {
        bytes
            .get(i..i + n)
            .ok_or(format!("truncated command at byte {i}"))
    };
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            0x0a => {
                let text = state.text()?;
                events.push(Event::Line {
                    text,
                    bold: state.bold,
                    tall: state.tall,
                });
                state.line.clear();
                i += 1;
            }
            0x00 => i += 1,
            0x1b => {
                let command = at(i + 1, 1)?[0];
                match command {
                    b'@' => {
                        events.push(Event::Init);
                        state.bold = false;
                        state.tall = false;
                        state.kanji = false;
                        state.code_page = 0;
                        i += 2;
                    }
                    b't' => {
                        state.code_page = at(i + 2, 1)?[0];
                        events.push(Event::CodePage(state.code_page));
                        i += 3;
                    }
                    b'E' => {
                        state.bold = at(i + 2, 1)?[0] & 1 == 1;
                        i += 3;
                    }
                    b'a' => {
                        events.push(Event::Justify(at(i + 2, 1)?[0]));
                        i += 3;
                    }
                    b'd' => {
                        // Print the buffer and feed n lines: the line, then n − 1 blank ones.
                        let n = at(i + 2, 1)?[0];
                        let text = state.text()?;
                        events.push(Event::Line {
                            text,
                            bold: state.bold,
                            tall: state.tall,
                        });
                        state.line.clear();
                        for _ in 1..n {
                            events.push(Event::Line {
                                text: String::new(),
                                bold: state.bold,
                                tall: state.tall,
                            });
                        }
                        i += 3;
                    }
                    b'p' => {
                        let args = at(i + 2, 3)?;
                        events.push(Event::Pulse {
                            pin: if args[0] & 1 == 0 { 2 } else { 5 },
                            on_ms: u32::from(args[1]) * 2,
                            off_ms: u32::from(args[2]) * 2,
                        });
                        i += 5;
                    }
                    other => return Err(format!("unknown ESC {other:#x} at byte {i}")),
                }
            }
            0x1d => {
                let command = at(i + 1, 1)?[0];
                match command {
                    b'!' => {
                        let size = at(i + 2, 1)?[0];
                        state.tall = size & 0x0f != 0;
                        if size & 0xf0 != 0 {
                            return Err("double width is never used: it halves the columns".into());
                        }
                        i += 3;
                    }
                    b'V' => {
                        let m = at(i + 2, 1)?[0];
                        events.push(Event::Cut);
                        i += if m == 65 || m == 66 { 4 } else { 3 };
                    }
                    b'(' => {
                        let head = at(i + 2, 3)?;
                        if head[0] != b'k' {
                            return Err(format!("unknown GS ( {:#x}", head[0]));
                        }
                        let length = usize::from(head[1]) + 256 * usize::from(head[2]);
                        let body = at(i + 5, length)?;
                        let (cn, function, data) = (body[0], body[1], &body[2..]);
                        if cn != 49 {
                            return Err(format!("2D code other than QR: cn {cn}"));
                        }
                        match function {
                            65 => state.qr_model = data[0] - 48,
                            67 => state.qr_module = data[0],
                            69 => state.qr_level = ['L', 'M', 'Q', 'H'][usize::from(data[0] - 48)],
                            80 => state.qr_data = data[1..].to_vec(),
                            81 => events.push(Event::Qr {
                                model: state.qr_model,
                                module: state.qr_module,
                                level: state.qr_level,
                                payload: String::from_utf8(state.qr_data.clone())
                                    .map_err(|e| e.to_string())?,
                            }),
                            other => return Err(format!("unknown QR function {other}")),
                        }
                        i += 5 + length;
                    }
                    other => return Err(format!("unknown GS {other:#x} at byte {i}")),
                }
            }
            0x1c => {
                let command = at(i + 1, 1)?[0];
                match command {
                    b'&' => {
                        state.kanji = true;
                        events.push(Event::KanjiOn);
                        i += 2;
                    }
                    b'C' => {
                        events.push(Event::KanjiCodeSystem(at(i + 2, 1)?[0]));
                        i += 3;
                    }
                    other => return Err(format!("unknown FS {other:#x} at byte {i}")),
                }
            }
            0x10 => {
                let args = at(i + 1, 2)?;
                if args[0] != 0x04 {
                    return Err(format!("unknown DLE {:#x}", args[0]));
                }
                events.push(Event::StatusRequest(args[1]));
                i += 3;
            }
            0x01..=0x1f | 0x7f => return Err(format!("stray control byte {b:#x} at byte {i}")),
            _ => {
                state.line.push(b);
                i += 1;
            }
        }
    }
    if !state.line.is_empty() {
        return Err(format!(
            "text without a line feed at the end: {:?}",
            state.text()
        ));
    }
    Ok(events)
}

/// The golden form: one event a line; text between `|` at the paper's width with its
/// emphasis in the gutter (`T` bold double height, `B` bold).
pub fn golden(events: &[Event], columns: usize) -> Result<String, String> {
    let mut out = String::new();
    for event in events {
        let line = match event {
            Event::Line { text, bold, tall } => {
                let width = text_width(text);
                if width > columns {
                    return Err(format!(
                        "{text:?} is {width} columns on {columns}-column paper"
                    ));
                }
                let gutter = match (bold, tall) {
                    (true, true) => 'T',
                    (true, false) => 'B',
                    (false, true) => 't',
                    (false, false) => ' ',
                };
                format!("{gutter}|{text}{}|", " ".repeat(columns - width))
            }
            Event::Init => "[init]".into(),
            Event::CodePage(page) => format!("[code page {page}]"),
            Event::KanjiCodeSystem(system) => format!("[kanji code system {system}]"),
            Event::KanjiOn => "[kanji on]".into(),
            Event::Justify(0) => "[left]".into(),
            Event::Justify(1) => "[center]".into(),
            Event::Justify(n) => format!("[justify {n}]"),
            Event::Qr {
                model,
                module,
                level,
                payload,
            } => {
                format!("[qr model {model}, module {module}, level {level}] {payload}")
            }
            Event::Cut => "[cut]".into(),
            Event::Pulse { pin, on_ms, off_ms } => {
                format!("[drawer pin {pin}, {on_ms} ms on, {off_ms} ms off]")
            }
            Event::StatusRequest(n) => format!("[status request {n}]"),
        };
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}
