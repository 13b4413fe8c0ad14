//! Getting bytes to a printer: raw TCP (port 9100), a file or device (a USB printer on Linux
//! is `/dev/usb/lp0` through the kernel's usblp driver), or a CUPS queue in raw mode. Every
//! path is bounded in time and every failure is a [`PrintError`] naming the printer.
//!
//! Blocking (std I/O with timeouts): the core calls these on its blocking pool
//! (`spawn_blocking`), never on the register's task.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::{PrintError, Stage};

/// The port of raw ("JetDirect") printing.
pub const RAW_PORT: u16 = 9100;

/// Where a printer is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Connection {
    /// A network printer, raw TCP. `host` is best an IP address: a name is resolved by the
    /// system's resolver, whose wait the connect timeout does not bound.
    Network { host: String, port: u16 },
    /// A file or a device file: written from the start (a USB printer is `/dev/usb/lp0`
    /// on Linux; a regular file keeps the job, as `tillctl receipt --escpos FILE` does).
    /// Bounded by the connect and write timeouts together: a device that never takes the
    /// job (a USB printer off or jammed) is a timeout, not a stuck caller.
    File { path: PathBuf },
    /// A CUPS queue, sent with `lp -d QUEUE -o raw` (the queue must be a raw queue or a
    /// driverless one that passes raw jobs through).
    Cups { queue: String },
}

impl Connection {
    /// How staff read where the printer is: `192.168.1.50:9100`, `/dev/usb/lp0`, `CUPS
    /// queue Kitchen`.
    pub fn describe(&self) -> String {
        match self {
            Connection::Network { host, port } => format!("{host}:{port}"),
            Connection::File { path } => path.display().to_string(),
            Connection::Cups { queue } => format!("CUPS queue {queue}"),
        }
    }
}

/// How long each step may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timeouts {
    pub connect: Duration,
    /// Per write: a printer that stops taking bytes for this long has failed.
    pub write: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(3),
            write: Duration::from_secs(5),
        }
    }
}

/// How much one `write` hands the kernel, so a failure can say how much got through.
const CHUNK: usize = 4096;

/// Sends `bytes` as one job.
pub(crate) fn send(
    printer: &str,
    connection: &Connection,
    timeouts: Timeouts,
    check_paper: bool,
    bytes: &[u8],
) -> Result<(), PrintError> {
    match connection {
        Connection::Network { host, port } => {
            let mut stream = connect(printer, host, *port, timeouts)?;
            if check_paper {
                paper_status(printer, &mut stream, timeouts)?;
            }
            write_stream(printer, &mut stream, timeouts.write, bytes)
        }
        Connection::File { path } => write_file_bounded(printer, path, timeouts, bytes),
        Connection::Cups { queue } => send_lp(printer, "lp", queue, timeouts, bytes),
    }
}

fn connect(
    printer: &str,
    host: &str,
    port: u16,
    timeouts: Timeouts,
) -> Result<TcpStream, PrintError> {
    let address = format!("{host}:{port}");
    let unreachable = |detail: String| PrintError::Unreachable {
        printer: printer.to_owned(),
        address: address.clone(),
        detail,
    };
    let addresses: Vec<SocketAddr> = (host, port)
        .to_socket_addrs()
        .map_err(|e| unreachable(format!("the name does not resolve: {e}")))?
        .collect();
    let mut last = None;
    for socket in &addresses {
        match TcpStream::connect_timeout(socket, timeouts.connect) {
            Ok(stream) => return Ok(stream),
            Err(error) => last = Some(error),
        }
    }
    let Some(error) = last else {
        return Err(unreachable("the name has no address".to_owned()));
    };
    Err(match error.kind() {
        ErrorKind::ConnectionRefused => PrintError::Refused {
            printer: printer.to_owned(),
            address,
        },
        ErrorKind::TimedOut | ErrorKind::WouldBlock => PrintError::Timeout {
            printer: printer.to_owned(),
            stage: Stage::Connect,
            after: timeouts.connect,
        },
        _ => unreachable(error.to_string()),
    })
}

/// Whether the printer reports paper (ESC/POS real-time status, `DLE EOT 4`, asked through
/// the escpos crate). A printer that does not answer in time is not refused: many network
/// interfaces do not pass the status back, and printing is then tried anyway.
fn paper_status(
    printer: &str,
    stream: &mut TcpStream,
    timeouts: Timeouts,
) -> Result<(), PrintError> {
    use escpos::utils::{RealTimeStatusRequest, RealTimeStatusResponse};
    let request = crate::encode::status_request(RealTimeStatusRequest::RollPaperSensor);
    let Ok(request) = request else {
        return Ok(());
    };
    write_stream(printer, stream, timeouts.write, &request)?;
    let _ = stream.set_read_timeout(Some(timeouts.write.min(Duration::from_millis(500))));
    let mut answer = [0u8; 1];
    match stream.read(&mut answer) {
        Ok(1) => {
            let status =
                RealTimeStatusResponse::parse(RealTimeStatusRequest::RollPaperSensor, answer[0]);
            let present = status.ok().and_then(|s| {
                s.get(&RealTimeStatusResponse::RollPaperEndSensorPaperPresent)
                    .copied()
            });
            if present == Some(false) {
                return Err(PrintError::OutOfPaper {
                    printer: printer.to_owned(),
                });
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn write_stream(
    printer: &str,
    stream: &mut TcpStream,
    timeout: Duration,
    bytes: &[u8],
) -> Result<(), PrintError> {
    let timed_out = || PrintError::Timeout {
        printer: printer.to_owned(),
        stage: Stage::Write,
        after: timeout,
    };
    stream
        .set_write_timeout(Some(timeout))
        .map_err(|_| timed_out())?;
    let mut sent = 0;
    while sent < bytes.len() {
        let end = (sent + CHUNK).min(bytes.len());
        match stream.write(&bytes[sent..end]) {
            Ok(0) => return Err(closed(printer, sent, bytes.len())),
            Ok(written) => sent += written,
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(error) => {
                return Err(match error.kind() {
                    ErrorKind::TimedOut | ErrorKind::WouldBlock => timed_out(),
                    _ => closed(printer, sent, bytes.len()),
                });
            }
        }
    }
    stream
        .flush()
        .map_err(|_| closed(printer, sent, bytes.len()))?;
    Ok(())
}

fn closed(printer: &str, sent: usize, total: usize) -> PrintError {
    PrintError::ClosedMidJob {
        printer: printer.to_owned(),
        sent,
        total,
    }
}

/// [`write_file`] on a thread of its own, waited for up to the connect and write timeouts
/// together: opening or writing a device file can block for as long as the printer does not
/// take data (a USB printer that is off or jammed, a pipe nobody reads). On a timeout the
/// thread is left to finish or fail on its own; the caller gets its answer in time.
fn write_file_bounded(
    printer: &str,
    path: &std::path::Path,
    timeouts: Timeouts,
    bytes: &[u8],
) -> Result<(), PrintError> {
    let (done, answer) = std::sync::mpsc::channel();
    let (owned_printer, owned_path, owned_bytes) =
        (printer.to_owned(), path.to_owned(), bytes.to_vec());
    let spawned = std::thread::Builder::new()
        .name("till-print-file".to_owned())
        .spawn(move || {
            let _ = done.send(write_file(&owned_printer, &owned_path, &owned_bytes));
        });
    if let Err(error) = spawned {
        return Err(PrintError::Device {
            printer: printer.to_owned(),
            path: path.display().to_string(),
            detail: format!("no thread to write with: {error}."),
        });
    }
    let limit = timeouts.connect + timeouts.write;
    answer
        .recv_timeout(limit)
        .unwrap_or(Err(PrintError::Timeout {
            printer: printer.to_owned(),
            stage: Stage::Write,
            after: limit,
        }))
}

fn write_file(printer: &str, path: &std::path::Path, bytes: &[u8]) -> Result<(), PrintError> {
    let device = path.starts_with("/dev");
    let failed = |error: std::io::Error| {
        let detail = match (error.kind(), device) {
            (ErrorKind::NotFound, true) => {
                "no such device: is the printer plugged in and switched on? Then reprint from \
                 History."
                    .to_owned()
            }
            (ErrorKind::NotFound, false) => {
                "the folder does not exist: choose another file in Settings.".to_owned()
            }
            (ErrorKind::PermissionDenied, true) => {
                "permission denied: add this user to the group that owns the device (usually \
                 `lp`), log in again, then reprint from History."
                    .to_owned()
            }
            (ErrorKind::PermissionDenied, false) => {
                "permission denied: choose a file this user may write.".to_owned()
            }
            _ => format!("{error}. Check the printer, then reprint from History."),
        };
        PrintError::Device {
            printer: printer.to_owned(),
            path: path.display().to_string(),
            detail,
        }
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if !device {
        options.create(true).truncate(true);
    }
    let mut file = options.open(path).map_err(failed)?;
    file.write_all(bytes).map_err(failed)?;
    file.flush().map_err(failed)?;
    Ok(())
}

/// `program -d QUEUE -o raw` with the job on its standard input, waited for up to the
/// connect and write timeouts together.
pub(crate) fn send_lp(
    printer: &str,
    program: &str,
    queue: &str,
    timeouts: Timeouts,
    bytes: &[u8],
) -> Result<(), PrintError> {
    let failed = |detail: String| PrintError::Cups {
        printer: printer.to_owned(),
        queue: queue.to_owned(),
        detail,
    };
    let mut child = Command::new(program)
        .args(["-d", queue, "-o", "raw"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| match error.kind() {
            ErrorKind::NotFound => failed(format!(
                "`{program}` was not found: install CUPS (the cups-client package) or choose \
                 a network printer in Settings."
            )),
            _ => failed(format!("`{program}` could not be started: {error}.")),
        })?;
    let written = match child.stdin.take() {
        Some(mut stdin) => stdin.write_all(bytes).and_then(|()| stdin.flush()),
        None => Ok(()),
    };
    // stdin is closed here, so lp sees the end of the job.
    let deadline = Instant::now() + timeouts.connect + timeouts.write;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(PrintError::Timeout {
                    printer: printer.to_owned(),
                    stage: Stage::Queue,
                    after: timeouts.connect + timeouts.write,
                });
            }
            Err(error) => return Err(failed(format!("waiting for `{program}`: {error}."))),
        }
    };
    if !status.success() {
        let mut stderr = String::new();
        if let Some(mut pipe) = child.stderr.take() {
            let _ = pipe.read_to_string(&mut stderr);
        }
        let said = stderr.trim();
        let said = if said.is_empty() {
            format!("`{program}` exited with {status}")
        } else {
            format!("`{program}` said: {said}")
        };
        return Err(failed(format!(
            "{said}. Check the queue's name in Settings and that CUPS is running."
        )));
    }
    written.map_err(|error| failed(format!("the job could not be handed over: {error}.")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cups_queue_that_cannot_take_the_job_says_why() {
        // (program, what the message says)
        let cases = [
            ("till-no-such-lp-program", "was not found: install CUPS"),
            ("false", "`false` exited with"),
        ];
        for (program, says) in cases {
            let error = send_lp("Kitchen", program, "kitchen", Timeouts::default(), b"job")
                .expect_err(program);
            assert_eq!(error.code(), "printer_cups");
            let message = error.to_string();
            assert!(message.contains(says), "{message}");
            assert!(
                message.contains("\"Kitchen\" (CUPS queue kitchen)"),
                "{message}"
            );
        }
    }

    #[test]
    fn connections_describe_where_the_printer_is() {
        let cases = [
            (
                Connection::Network {
                    host: "192.168.1.50".into(),
                    port: RAW_PORT,
                },
                "192.168.1.50:9100",
            ),
            (
                Connection::File {
                    path: "/dev/usb/lp0".into(),
                },
                "/dev/usb/lp0",
            ),
            (
                Connection::Cups {
                    queue: "Kitchen".into(),
                },
                "CUPS queue Kitchen",
            ),
        ];
        for (connection, text) in cases {
            assert_eq!(connection.describe(), text);
        }
    }
}
