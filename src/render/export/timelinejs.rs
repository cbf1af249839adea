//! `timeline.timelinejs.json`: the dated events as TimelineJS3 slides, the undated listed
//! on the title slide.

use serde::Serialize;
use serde_json::{json, Value};

use super::html_escape;
use crate::timeline::{Kind, Timeline};

#[derive(Serialize)]
pub(super) struct TjsDate {
    year: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<String>,
}

impl TjsDate {
    fn of(w: &crate::extract::dates::Date) -> Self {
        TjsDate {
            year: w.year.to_string(),
            month: w.month.map(|m| m.to_string()),
            day: w.day.map(|d| d.to_string()),
        }
    }
}

/// The undated events, which TimelineJS cannot place (a slide needs a `start_date`), listed
/// on its title slide with their first source: every event of the timeline is in the file.
pub(super) fn undated_list(
    timeline: &Timeline,
    labels: &std::collections::BTreeMap<&str, &str>,
) -> String {
    if timeline.undated.is_empty() {
        return String::new();
    }
    let items: String = timeline
        .undated
        .iter()
        .map(|e| {
            let s = &e.sources[0];
            format!(
                "<li>{} <small>({}:{})</small></li>",
                html_escape(&e.title),
                html_escape(&s.file),
                s.line
            )
        })
        .collect();
    let label = labels.get("undated").copied().unwrap_or("Undated");
    format!(
        "<p>{} ({}):</p><ul>{items}</ul>",
        html_escape(label),
        timeline.undated.len()
    )
}

/// TimelineJS3 JSON: one slide per dated event, with its end when it has one; a date keeps
/// only the parts the text gives. The undated events are listed on the title slide.
pub fn timelinejs(
    timeline: &Timeline,
    title: &str,
    labels: &std::collections::BTreeMap<&str, &str>,
) -> String {
    let events: Vec<Value> = timeline
        .events
        .iter()
        .filter_map(|e| {
            let date = TjsDate::of(&e.when?);
            let end = e
                .end
                .as_deref()
                .and_then(crate::extract::dates::Date::parse_iso)
                .map(|d| TjsDate::of(&d));
            let mut text = String::new();
            if let Some(t) = &e.text {
                text.push_str(&format!("<p>{}</p>", html_escape(t)));
            }
            // Who gave a directive at a conference, or issued a formal one.
            let by = if e.parent.is_some() {
                "given_by"
            } else {
                "issuer"
            };
            for (label, value) in [
                ("chair", &e.details.chair),
                ("location", &e.details.location),
                ("theme", &e.details.theme),
                (by, &e.by),
            ] {
                if let Some(v) = value {
                    let l = labels.get(label).copied().unwrap_or(label);
                    text.push_str(&format!("<p>{}: {}</p>", html_escape(l), html_escape(v)));
                }
            }
            let sources: Vec<String> = e
                .sources
                .iter()
                .map(|s| {
                    format!(
                        "{}:{} “{}”",
                        html_escape(&s.file),
                        s.line,
                        html_escape(&crate::text::excerpt(&s.quote, 200))
                    )
                })
                .collect();
            text.push_str(&format!("<p><small>{}</small></p>", sources.join("<br>")));
            let group = match (e.kind, &e.parent) {
                (Kind::Conference, _) => labels.get("group_conferences"),
                (_, Some(_)) => labels.get("group_directives"),
                _ => labels.get("group_documents"),
            };
            let mut slide = json!({
                "unique_id": e.id,
                "start_date": date,
                "text": { "headline": html_escape(&e.title), "text": text },
                "group": group.copied().unwrap_or(""),
            });
            if let Some(end) = end {
                slide["end_date"] = json!(end);
            }
            Some(slide)
        })
        .collect();
    let doc = json!({
        "title": { "text": { "headline": html_escape(title), "text": undated_list(timeline, labels) } },
        "events": events,
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("JSON serialises");
    s.push('\n');
    s
}
