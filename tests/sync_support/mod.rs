//! A small HTTP/1.1 server for the sync tests, on 127.0.0.1 only: each route is a function of
//! the request and of how many times the route was asked for, so a test can serve a page, then
//! a 304, then a 500. It answers one request per connection (`Connection: close`) on its own
//! thread, can stall, cut a body short or lie about its length, and stops when dropped.

#![allow(dead_code)]

pub mod place;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Request {
    /// The path, e.g. "/ideas.md".
    pub path: String,
    /// Header names lower-cased, with their values.
    pub headers: Vec<(String, String)>,
}

impl Request {
    /// The value of a header, if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the server answers.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response.
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// `Content-Length: declared` but only `body` is sent before the connection closes.
    Truncated { declared: usize, body: Vec<u8> },
    /// A body without `Content-Length`, ended by closing the connection.
    Unsized(Vec<u8>),
    /// Waits, then answers.
    Slow(Duration, Box<Reply>),
}

impl Reply {
    /// 200 with a body.
    pub fn ok(body: impl Into<Vec<u8>>) -> Reply {
        Reply::Full {
            status: 200,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// A status with no body.
    pub fn status(status: u16) -> Reply {
        Reply::Full {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// Adds a header to a full response.
    pub fn with(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Full { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }
}

type Route = Box<dyn Fn(&Request, usize) -> Reply + Send + Sync>;

struct Shared {
    routes: Mutex<HashMap<String, Route>>,
    hits: Mutex<Vec<Request>>,
    stop: AtomicBool,
}

/// The running server.
pub struct Server {
    port: u16,
    shared: Arc<Shared>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Starts a server on a free port of 127.0.0.1.
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let shared = Arc::new(Shared {
            routes: Mutex::new(HashMap::new()),
            hits: Mutex::new(Vec::new()),
            stop: AtomicBool::new(false),
        });
        let s = Arc::clone(&shared);
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if s.stop.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let s = Arc::clone(&s);
                    std::thread::spawn(move || serve(stream, &s));
                }
            }
        });
        Server {
            port,
            shared,
            thread: Some(thread),
        }
    }

    /// Serves `path` with `route(request, n)`, n counting this route's requests from 1.
    pub fn route(
        &self,
        path: &str,
        route: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
    ) {
        self.shared
            .routes
            .lock()
            .unwrap()
            .insert(path.to_string(), Box::new(route));
    }

    /// The URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The requests made to `path` so far.
    pub fn requests(&self, path: &str) -> Vec<Request> {
        self.shared
            .hits
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(stream: TcpStream, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() || line.is_empty() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).is_err() || h.trim().is_empty() || headers.len() > 100 {
            break;
        }
        if let Some((n, v)) = h.split_once(':') {
            headers.push((n.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let request = Request { path, headers };
    let nth = {
        let mut hits = shared.hits.lock().unwrap();
        hits.push(request.clone());
        hits.iter().filter(|r| r.path == request.path).count()
    };
    let reply = match shared.routes.lock().unwrap().get(&request.path) {
        Some(route) => route(&request, nth),
        None => Reply::status(404),
    };
    let mut stream = stream;
    write_reply(&mut stream, reply);
    let _ = stream.flush();
    // Drain what the client may still send, so closing does not reset the connection.
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let _ = reader.read(&mut [0u8; 64]);
}

fn write_reply(stream: &mut TcpStream, reply: Reply) {
    match reply {
        Reply::Slow(wait, inner) => {
            std::thread::sleep(wait);
            write_reply(stream, *inner);
        }
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut head = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (n, v) in headers {
                head.push_str(&format!("{n}: {v}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
        Reply::Truncated { declared, body } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {declared}\r\nConnection: close\r\n\r\n"
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
        Reply::Unsized(body) => {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
            let _ = stream.write_all(&body);
        }
    }
}
