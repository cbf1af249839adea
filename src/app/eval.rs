//! `chronobrief eval`: a built timeline scored against a gold file.

use std::io::Write;
use std::path::Path;

use super::{AppError, Outcome, Ui};
use crate::cli::EvalArgs;

/// The focus a `timeline.json` records, as JSON text, if it has one.
pub(super) fn focus_of(timeline_json: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(timeline_json).ok()?;
    let f = v.get("focus")?.as_object()?;
    let chosen: serde_json::Map<String, serde_json::Value> = f
        .iter()
        .filter(|(k, _)| ["match", "body", "kind"].contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Some(serde_json::Value::Object(chosen).to_string())
}

pub(super) fn run_eval(args: &EvalArgs, ui: &Ui, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let read = |p: &Path| {
        std::fs::read_to_string(p)
            .map_err(|e| AppError::env(format!("cannot read {}: {e}", p.display())))
    };
    let tl = read(&args.timeline)
        .map_err(|e| e.hint("run `chronobrief build` first, or pass --timeline FILE"))?;
    let gold = read(&args.gold)?;
    if let Some(focus) = focus_of(&tl) {
        if !ui.quiet {
            eprintln!(
                "warning: {} is the timeline of a brief about {focus} only: the events it leaves out count as missed\nhint: score the timeline.json of a build without a focus (--match, --body, --kind, [focus])",
                args.timeline.display()
            );
        }
    }
    let sc = crate::eval::score(
        &tl,
        &args.timeline.display().to_string(),
        &gold,
        &args.gold.display().to_string(),
    )
    .map_err(|e| AppError::content(e.to_string()))?;
    if !ui.quiet {
        for r in &sc.report {
            let _ = writeln!(out, "{r}");
        }
    }
    let _ = writeln!(out, "{}", sc.date_line());
    let _ = writeln!(out, "{}", sc.summary());
    let ok = sc.conf_f1 >= args.min_conf_f1
        && sc.dir_recall >= args.min_dir_recall
        && sc.traps == 0
        && sc.out_of_range == 0;
    Ok(if ok {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}
