//! Bounds on the brief's templates: time and memory.
//!
//! A template is a program: minijinja's fuel stops one that loops, but a template that doubles
//! a string, builds a list quadratically, or asks Typst for 200,000 pages runs within its fuel
//! and eats minutes and gigabytes. Neither minijinja nor Typst can be interrupted from outside,
//! so a watchdog thread measures the rendering and compiling stages (wall time, and the growth
//! of the process's resident memory where the system tells it) and, past a limit, ends the
//! process with exit code 1 and a message naming what it was doing. Nothing has been written to
//! the output folder at that point: outputs are published only after these stages.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub use crate::config::TemplateLimits;

const RUNNING: u8 = 0;
const DONE: u8 = 1;
const FIRED: u8 = 2;

/// How often the watchdog looks.
const TICK: Duration = Duration::from_millis(25);

/// Which limit a stage passed, and by how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overrun {
    Time { seconds: u64 },
    Memory { megabytes: u64 },
}

impl std::fmt::Display for Overrun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Overrun::Time { seconds } => write!(f, "took more than {seconds} s"),
            Overrun::Memory { megabytes } => write!(f, "needed more than {megabytes} MB"),
        }
    }
}

/// A running watchdog; [`Watchdog::stop`] it when the bounded stages are over.
pub struct Watchdog {
    state: Arc<AtomicU8>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    /// Starts watching. `on_overrun` runs on the watchdog's thread when a limit is passed; it
    /// must end the process (the stages cannot be stopped otherwise).
    pub fn start(
        limits: TemplateLimits,
        on_overrun: impl FnOnce(Overrun) + Send + 'static,
    ) -> Watchdog {
        let state = Arc::new(AtomicU8::new(RUNNING));
        if limits.seconds == 0 && limits.memory_mb == 0 {
            state.store(DONE, Ordering::SeqCst);
            return Watchdog {
                state,
                thread: None,
            };
        }
        let watched = state.clone();
        let thread = std::thread::spawn(move || {
            let start = Instant::now();
            let base = resident_bytes();
            loop {
                std::thread::park_timeout(TICK);
                if watched.load(Ordering::SeqCst) != RUNNING {
                    return;
                }
                let Some(overrun) = overrun(limits, start.elapsed(), base, resident_bytes()) else {
                    continue;
                };
                if watched
                    .compare_exchange(RUNNING, FIRED, Ordering::SeqCst, Ordering::SeqCst)
                    .is_ok()
                {
                    on_overrun(overrun);
                }
                return;
            }
        });
        Watchdog {
            state,
            thread: Some(thread),
        }
    }

    /// Ends the watch. When the watchdog has already fired, its handler is ending the process:
    /// this waits for that rather than go on to publish.
    pub fn stop(mut self) {
        let stopped =
            self.state
                .compare_exchange(RUNNING, DONE, Ordering::SeqCst, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            t.thread().unpark();
            let _ = t.join();
        }
        if stopped.is_err() && self.state.load(Ordering::SeqCst) == FIRED {
            loop {
                std::thread::park();
            }
        }
    }
}

/// The limit passed, if any, after `elapsed` with resident memory gone from `base` to `now`
/// bytes (either unknown where the system does not tell).
fn overrun(
    limits: TemplateLimits,
    elapsed: Duration,
    base: Option<u64>,
    now: Option<u64>,
) -> Option<Overrun> {
    if limits.seconds > 0 && elapsed.as_secs() >= limits.seconds {
        return Some(Overrun::Time {
            seconds: limits.seconds,
        });
    }
    let grown = now?.saturating_sub(base?);
    (limits.memory_mb > 0 && grown > limits.memory_mb * 1024 * 1024).then_some(Overrun::Memory {
        megabytes: limits.memory_mb,
    })
}

/// The process's resident memory in bytes, where the system tells it.
#[cfg(target_os = "linux")]
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // SAFETY: sysconf only reads a configuration value.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages * u64::try_from(page).ok()?)
}

#[cfg(not(target_os = "linux"))]
fn resident_bytes() -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    const MB: u64 = 1024 * 1024;

    #[test]
    fn each_limit_is_passed_on_its_own_and_zero_means_none() {
        let l = TemplateLimits {
            seconds: 10,
            memory_mb: 100,
        };
        let s = Duration::from_secs;
        assert_eq!(overrun(l, s(9), Some(0), Some(100 * MB)), None);
        assert_eq!(
            overrun(l, s(10), Some(0), Some(0)),
            Some(Overrun::Time { seconds: 10 })
        );
        assert_eq!(
            overrun(l, s(1), Some(50 * MB), Some(151 * MB)),
            Some(Overrun::Memory { megabytes: 100 })
        );
        assert_eq!(overrun(l, s(1), None, Some(u64::MAX)), None);
        let none = TemplateLimits {
            seconds: 0,
            memory_mb: 0,
        };
        assert_eq!(overrun(none, s(1_000_000), Some(0), Some(u64::MAX)), None);
    }

    #[test]
    fn a_stage_that_runs_past_its_time_is_reported_and_one_that_ends_is_not() {
        let (tx, rx) = mpsc::channel();
        let limits = TemplateLimits {
            seconds: 1,
            memory_mb: 0,
        };
        let dog = Watchdog::start(limits, move |o| tx.send(o).unwrap());
        let fired = rx.recv_timeout(Duration::from_secs(30)).unwrap();
        assert_eq!(fired, Overrun::Time { seconds: 1 });
        drop(dog);

        let (tx, rx) = mpsc::channel();
        let dog = Watchdog::start(limits, move |o| tx.send(o).unwrap());
        dog.stop();
        assert!(rx.recv_timeout(Duration::from_millis(1500)).is_err());
    }
}
