//! Why a printer could not print, naming the printer and saying what to do. A failed print
//! never touches the sale: the message ends by pointing at Reprint in History.

use std::time::Duration;

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
}
