//! `chronobrief timeline`: the timeline printed to the terminal.

use std::io::Write;

use super::error::config_error;
use super::{make_timeline, AppError, Outcome};
use crate::cli::TimelineArgs;
use crate::config::LoadedConfig;
use crate::render::export::timeline_json;
use crate::timeline;

pub(super) fn print_timeline(
    args: &TimelineArgs,
    out: &mut dyn Write,
) -> Result<Outcome, AppError> {
    let cfg = LoadedConfig::load(args.corpus.config.as_deref()).map_err(config_error)?;
    let corpus = args.corpus.resolve(&cfg).map_err(config_error)?;
    let (c, tl) = make_timeline(&corpus)?;
    for s in &c.skipped {
        eprintln!("warning: skipped {}", s.error);
    }
    let w = |out: &mut dyn Write, s: String| {
        let _ = out.write_all(s.as_bytes());
    };
    if args.json {
        w(out, timeline_json(&tl));
        return Ok(Outcome::Success);
    }
    let row = |e: &timeline::Event| {
        let date = e.date.clone().unwrap_or_else(|| "?".into());
        let kind = match (e.kind, &e.parent) {
            (timeline::Kind::Conference, _) => "conference",
            (_, Some(_)) => "  directive",
            _ => "directive",
        };
        let src: Vec<String> = e
            .sources
            .iter()
            .map(|s| format!("{}:{}", s.file, s.line))
            .collect();
        let title: String = e.title.chars().take(70).collect();
        format!("{date:<10}  {kind:<11}  {title}  [{}]\n", src.join(", "))
    };
    w(
        out,
        format!(
            "{} events from {} to {}\n",
            tl.events.len(),
            tl.range.from,
            tl.range.to
        ),
    );
    for e in &tl.events {
        w(out, row(e));
    }
    if !tl.undated.is_empty() {
        w(out, format!("\n{} undated\n", tl.undated.len()));
        for e in &tl.undated {
            w(out, row(e));
        }
    }
    Ok(Outcome::Success)
}
