//! Why a printer could not print, naming the printer and saying what to do. A failed print
//! never touches the sale: the message ends by pointing at Reprint in History.

use std::time::Duration;

use till_i18n::{text_with, Arg, Language};

/// Which step ran out of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Connect,
    Write,
    /// Waiting for `lp` (CUPS) to take the job.
    Queue,
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Stage::Connect => "connecting",
            Stage::Write => "sending the receipt",
            Stage::Queue => "handing the job to CUPS",
        })
    }
}

fn seconds(duration: &Duration) -> String {
    let millis = duration.as_millis();
    if millis.is_multiple_of(1000) {
        format!("{} s", millis / 1000)
    } else {
        format!("{millis} ms")
    }
}

/// A printing failure. `printer` is the name staff gave the printer in Settings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    #[error(
        "The printer \"{printer}\" at {address} refused the connection. Check that it is \
         switched on and that its address and port (usually 9100) in Settings are right, then \
         reprint from History."
    )]
    Refused { printer: String, address: String },

    #[error(
        "The printer \"{printer}\" at {address} cannot be reached ({detail}). Check its network \
         cable or Wi-Fi and its address in Settings, then reprint from History."
    )]
    Unreachable {
        printer: String,
        address: String,
        detail: String,
    },

    #[error(
        "The printer \"{printer}\" did not answer within {} while {stage}. Check that it is on, \
         has paper and its cover is closed, then reprint from History.",
        seconds(.after)
    )]
    Timeout {
        printer: String,
        stage: Stage,
        after: Duration,
    },

    #[error(
        "The printer \"{printer}\" closed the connection after {sent} of {total} bytes: the \
         receipt is incomplete. Check the paper and the cover, then reprint from History."
    )]
    ClosedMidJob {
        printer: String,
        sent: usize,
        total: usize,
    },

    #[error(
        "The printer \"{printer}\" is out of paper or its cover is open. Load a new roll, close \
         the cover, then reprint from History."
    )]
    OutOfPaper { printer: String },

    #[error("The printer \"{printer}\" cannot be used through {path}: {detail}")]
    Device {
        printer: String,
        path: String,
        /// What went wrong and what to do (unplugged, permission, …).
        detail: String,
    },

    #[error("The printer \"{printer}\" (CUPS queue {queue}) did not take the job: {detail}")]
    Cups {
        printer: String,
        queue: String,
        detail: String,
    },

    #[error(
        "Till could not prepare the receipt for the printer \"{printer}\" ({detail}). This is \
         a bug in Till: please report it. The sale is recorded."
    )]
    Encode { printer: String, detail: String },
}

impl PrintError {
    /// A stable code per failure (what crosses IPC as `code`; the window never reads the
    /// message to decide).
    pub fn code(&self) -> &'static str {
        match self {
            PrintError::Refused { .. } => "printer_refused",
            PrintError::Unreachable { .. } => "printer_unreachable",
            PrintError::Timeout { .. } => "printer_timeout",
            PrintError::ClosedMidJob { .. } => "printer_closed",
            PrintError::OutOfPaper { .. } => "printer_out_of_paper",
            PrintError::Device { .. } => "printer_device",
            PrintError::Cups { .. } => "printer_cups",
            PrintError::Encode { .. } => "printer_encode",
        }
    }

    /// The printer's name, as in the message.
    pub fn printer(&self) -> &str {
        match self {
            PrintError::Refused { printer, .. }
            | PrintError::Unreachable { printer, .. }
            | PrintError::Timeout { printer, .. }
            | PrintError::ClosedMidJob { printer, .. }
            | PrintError::OutOfPaper { printer }
            | PrintError::Device { printer, .. }
            | PrintError::Cups { printer, .. }
            | PrintError::Encode { printer, .. } => printer,
        }
    }

    /// The failure in `language` (Fluent `printer-error-…`; the English is the `Display`
    /// text, word for word). What the system said (`detail`) stays as it said it.
    pub fn message(&self, language: Language) -> String {
        let stage = |stage: &Stage| match stage {
            Stage::Connect => "connect",
            Stage::Write => "write",
            Stage::Queue => "queue",
        };
        match self {
            PrintError::Refused { printer, address } => text_with(
                language,
                "printer-error-refused",
                &[
                    ("printer", Arg::Text(printer)),
                    ("address", Arg::Text(address)),
                ],
            ),
            PrintError::Unreachable {
                printer,
                address,
                detail,
            } => text_with(
                language,
                "printer-error-unreachable",
                &[
                    ("printer", Arg::Text(printer)),
                    ("address", Arg::Text(address)),
                    ("detail", Arg::Text(detail)),
                ],
            ),
            PrintError::Timeout {
                printer,
                stage: during,
                after,
            } => text_with(
                language,
                "printer-error-timeout",
                &[
                    ("printer", Arg::Text(printer)),
                    ("after", Arg::Text(&seconds(after))),
                    ("stage", Arg::Text(stage(during))),
                ],
            ),
            PrintError::ClosedMidJob {
                printer,
                sent,
                total,
            } => text_with(
                language,
                "printer-error-closed",
                &[
                    ("printer", Arg::Text(printer)),
                    ("sent", Arg::Text(&sent.to_string())),
                    ("total", Arg::Text(&total.to_string())),
                ],
            ),
            PrintError::OutOfPaper { printer } => text_with(
                language,
                "printer-error-out-of-paper",
                &[("printer", Arg::Text(printer))],
            ),
            PrintError::Device {
                printer,
                path,
                detail,
            } => text_with(
                language,
                "printer-error-device",
                &[
                    ("printer", Arg::Text(printer)),
                    ("path", Arg::Text(path)),
                    ("detail", Arg::Text(detail)),
                ],
            ),
            PrintError::Cups {
                printer,
                queue,
                detail,
            } => text_with(
                language,
                "printer-error-cups",
                &[
                    ("printer", Arg::Text(printer)),
                    ("queue", Arg::Text(queue)),
                    ("detail", Arg::Text(detail)),
                ],
            ),
            PrintError::Encode { printer, detail } => text_with(
                language,
                "printer-error-encode",
                &[
                    ("printer", Arg::Text(printer)),
                    ("detail", Arg::Text(detail)),
                ],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_error() -> Vec<PrintError> {
        let printer = "Receipt printer".to_string();
        vec![
            PrintError::Refused {
                printer: printer.clone(),
                address: "192.168.1.50:9100".into(),
            },
            PrintError::Unreachable {
                printer: printer.clone(),
                address: "192.168.1.50:9100".into(),
                detail: "No route to host".into(),
            },
            PrintError::Timeout {
                printer: printer.clone(),
                stage: Stage::Connect,
                after: Duration::from_millis(1500),
            },
            PrintError::Timeout {
                printer: printer.clone(),
                stage: Stage::Write,
                after: Duration::from_secs(5),
            },
            PrintError::Timeout {
                printer: printer.clone(),
                stage: Stage::Queue,
                after: Duration::from_secs(5),
            },
            PrintError::ClosedMidJob {
                printer: printer.clone(),
                sent: 1024,
                total: 4096,
            },
            PrintError::OutOfPaper {
                printer: printer.clone(),
            },
            PrintError::Device {
                printer: printer.clone(),
                path: "/dev/usb/lp0".into(),
                detail: "Permission denied".into(),
            },
            PrintError::Cups {
                printer: printer.clone(),
                queue: "Kitchen".into(),
                detail: "lp: The printer or class does not exist.".into(),
            },
            PrintError::Encode {
                printer,
                detail: "bad byte".into(),
            },
        ]
    }

    /// The English is the `Display` text word for word; every other language translates it.
    #[test]
    fn every_failure_is_worded_in_each_language() {
        for error in every_error() {
            assert_eq!(error.message(Language::En), error.to_string());
            for language in [Language::De, Language::Fr, Language::Es, Language::Ja] {
                assert_ne!(error.message(language), error.to_string(), "{language:?}");
            }
        }
        assert_eq!(
            PrintError::OutOfPaper {
                printer: "Bon".into()
            }
            .message(Language::De),
            "Der Drucker „Bon“ hat kein Papier oder sein Deckel ist offen. Legen Sie eine neue Rolle ein, schließen Sie den Deckel und drucken Sie dann aus dem Verlauf erneut."
        );
    }
}
