//! `timeline.json` and `changes.json`.

use crate::timeline::{Changes, Timeline};

/// The JSON of `out/timeline.json`.
pub fn timeline_json(tl: &Timeline) -> String {
    let mut s = serde_json::to_string_pretty(tl).expect("a timeline serialises");
    s.push('\n');
    s
}

/// `changes.json`: what changed since the previous build.
pub fn changes_json(changes: &Changes) -> String {
    let mut s = serde_json::to_string_pretty(changes).expect("changes serialise");
    s.push('\n');
    s
}
