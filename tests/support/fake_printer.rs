//! A fake network printer: a TCP listener on 127.0.0.1 that keeps every byte of one
//! connection. No sleeps: the test's own connection closing ends the capture.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread::JoinHandle;

pub struct FakePrinter {
    pub port: u16,
    capture: JoinHandle<std::io::Result<Vec<u8>>>,
}

impl FakePrinter {
    /// Takes one connection and reads it to the end.
    pub fn start() -> FakePrinter {
        FakePrinter::answering(None)
    }

    /// Like [`FakePrinter::start`], and answers a paper status request (`DLE EOT 4`) with
    /// `status`.
    pub fn answering(status: Option<u8>) -> FakePrinter {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().expect("its address").port();
        let capture = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept()?;
            read_all(&mut stream, status)
        });
        FakePrinter { port, capture }
    }

    /// Everything the connection carried.
    pub fn bytes(self) -> Vec<u8> {
        self.capture
            .join()
            .expect("the capture thread")
            .expect("the capture")
    }
}

fn read_all(stream: &mut TcpStream, status: Option<u8>) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 8192];
    let mut answered = false;
    loop {
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            return Ok(bytes);
        }
        bytes.extend_from_slice(&buffer[..n]);
        if let (Some(status), false) = (status, answered) {
            if bytes.windows(3).any(|w| w == [0x10, 0x04, 0x04]) {
                stream.write_all(&[status])?;
                answered = true;
            }
        }
    }
}
