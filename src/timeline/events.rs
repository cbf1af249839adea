//! A group of conference mentions as one event: its title, details, sources and date basis.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::basis::DateBasis;
use super::dates::conflicts;
use super::merge::Candidate;
use super::resolve::{Dated, MentionDate};
use super::{distinct_lines, Event, Kind};
use crate::extract::{ConferenceMention, Details, Evidence};

/// Mentions in corpus order (see [`SourceOrder`](super::SourceOrder)), then line and words.
pub(super) fn mention_order<'a>(c: &Candidate<'a>) -> (usize, usize, &'a str) {
    let m = c.mention;
    (c.article, m.evidence.line, m.evidence.quote.as_str())
}

/// The event of one group of conference mentions.
pub(super) fn conference_event(
    members: &[usize],
    cands: &[Candidate],
    dated: Option<&Dated>,
) -> Event {
    let mut in_order: Vec<&Candidate> = members.iter().map(|&m| &cands[m]).collect();
    in_order.sort_by_key(|c| mention_order(c));
    let ms: Vec<&ConferenceMention> = in_order.iter().map(|c| c.mention).collect();
    // (Any member's: an unnamed mention that joined the numbered one may come first.)
    let ordinal = super::dates::group_key(members, cands).map(|(_, o)| *o);
    // The mention whose own date is the event's: the sentence that dates it names it best.
    let dating = dated.and_then(|d| {
        members
            .iter()
            .map(|&m| &cands[m])
            .filter(|c| c.date.date() == Some(d.date))
            .min_by_key(|c| mention_order(c))
            .map(|c| c.mention)
    });
    let title = event_title(&ms, ordinal.is_some(), dating);
    let series = ordinal.and_then(|_| {
        ms.iter()
            .filter(|m| title.starts_with(m.series.as_deref().unwrap_or("\u{0}")))
            .find_map(|m| m.series.clone())
            .or_else(|| ms.iter().find_map(|m| m.series.clone()))
    });
    // A sentence about the meeting that gave the event's day is cited beside the mentions
    // ("Hội nghị do Bộ … tổ chức sáng 11-1." after the line that names it).
    let day_evidence = members
        .iter()
        .map(|&m| &cands[m])
        .filter(|c| dated.is_some_and(|d| c.date.date() == Some(d.date)))
        .filter_map(|c| c.mention.date_evidence.as_ref());
    let sources = distinct_lines(in_corpus_order(
        ms.iter().map(|m| &m.evidence).chain(day_evidence),
    ));
    let date_basis = match dated {
        Some(d) => d.basis.clone(),
        None => members
            .iter()
            .find_map(|&m| match &cands[m].date {
                MentionDate::Partial(_, b) => Some(b.clone()),
                _ => None,
            })
            .unwrap_or_else(DateBasis::nothing),
    };
    let mut e = Event::new(
        Kind::Conference,
        title,
        dated.map(|d| d.date),
        date_basis,
        sources,
    );
    e.end = dated.and_then(|d| d.end).map(|d| d.iso());
    e.meeting_kind = ms
        .iter()
        .find(|m| m.title == e.title)
        .or(ms.first())
        .map(|m| m.meeting_kind);
    e.conflicts = conflicts(members, cands, dated);
    e.series = series;
    e.ordinal = ordinal;
    e.details = Details::first_of(ms.iter().map(|m| &m.details));
    // "Thủ tướng A chủ trì cuộc họp với các bộ, ngành …": an event its articles name by the
    // meeting's word alone is named by who chaired it.
    let bare = crate::extract::lexicon::noun_alone(&e.title);
    if let (true, Some(chair)) = (bare, &e.details.chair) {
        e.title = format!("{} do {chair} chủ trì", e.title.trim());
    }
    e
}

/// The title of a numbered conference: in sentence case rather than a headline's capitals, the
/// one that says most of what the articles' titles say ([`TitleWords::only_adds_names`]), then
/// the spelling they use most, and the fullest one. Otherwise the title of the mention that
/// dates it, or the first in sentence case; a title that names only the kind of meeting
/// ("Toạ đàm", "Hội nghị thượng đỉnh", a caption's) yields to one that names it.
pub(super) fn event_title(
    ms: &[&ConferenceMention],
    numbered: bool,
    dating: Option<&ConferenceMention>,
) -> String {
    let sentence_case = |t: &str| t.chars().skip(1).any(char::is_lowercase);
    if !numbered {
        let naming = |m: &&ConferenceMention| super::merge::naming_words(&m.title) > 0;
        let named = ms
            .iter()
            .copied()
            .find(|m| sentence_case(&m.title) && naming(m));
        return dating
            .filter(|m| sentence_case(&m.title) && (naming(m) || named.is_none()))
            .or(named)
            .or_else(|| ms.iter().copied().find(|m| sentence_case(&m.title)))
            .unwrap_or(ms[0])
            .title
            .clone();
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for m in ms {
        *counts.entry(m.title.as_str()).or_default() += 1;
    }
    // A title counts the reports of every shorter title it only adds names, numbers and a
    // term to: "Kỳ họp thứ 11, Quốc hội khoá XIII" is what "Kỳ họp thứ 11 Quốc hội" says and
    // more, and outvotes it. (Not one that adds common words: those may be a predicate the
    // name ran into, "Cuộc họp của Sở A nêu".)
    let words: BTreeMap<&str, TitleWords> =
        counts.keys().map(|t| (*t, TitleWords::of(t))).collect();
    let support = |t: &str| -> usize {
        counts
            .iter()
            .filter(|(u, _)| words[t].only_adds_names(&words[*u]))
            .map(|(_, n)| n)
            .sum()
    };
    counts
        .iter()
        .map(|(t, n)| (*t, support(t), *n))
        .max_by(|a, b| {
            sentence_case(a.0)
                .cmp(&sentence_case(b.0))
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
                .then(a.0.chars().count().cmp(&b.0.chars().count()))
                .then(b.0.cmp(a.0))
        })
        .map(|(t, _, _)| t.to_string())
        .unwrap_or_default()
}

/// A title's words, folded, each with whether it names or numbers: a capitalised word, a
/// number or a Roman numeral, a word of a term or an ordinal ("khóa", "lần thứ").
struct TitleWords {
    all: BTreeSet<String>,
    words: Vec<(String, bool)>,
}

impl TitleWords {
    fn of(title: &str) -> Self {
        const NUMBERING: &[&str] = &["khóa", "khoá", "lần", "thứ"];
        let words: Vec<(String, bool)> = title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let folded = crate::text::fold_key(w);
                let names = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || NUMBERING.contains(&folded.as_str());
                (folded, names)
            })
            .collect();
        TitleWords {
            all: crate::text::key_words(title).into_iter().collect(),
            words,
        }
    }

    /// Whether this title holds every word of `other` and adds only words that name or number
    /// ("Kỳ họp thứ 11, Quốc hội khoá XIII" to "Kỳ họp thứ 11 Quốc hội").
    fn only_adds_names(&self, other: &TitleWords) -> bool {
        other.all.is_subset(&self.all)
            && self
                .words
                .iter()
                .all(|(w, names)| *names || other.all.contains(w))
    }
}

/// Evidence in corpus order: files as they first come (the members are in corpus order), lines
/// in order within each file (a sentence that dates a meeting comes after the line that names
/// it, perhaps after other lines of that article).
fn in_corpus_order<'a>(
    evidence: impl Iterator<Item = &'a Evidence>,
) -> impl Iterator<Item = &'a Evidence> {
    let mut all: Vec<&Evidence> = evidence.collect();
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, e) in all.iter().enumerate() {
        first.entry(e.file.as_str()).or_insert(i);
    }
    all.sort_by_key(|e| (first[e.file.as_str()], e.line));
    all.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_that_adds_only_names_and_numbers_says_what_a_shorter_one_says() {
        let adds = |t: &str, u: &str| TitleWords::of(t).only_adds_names(&TitleWords::of(u));
        assert!(adds(
            "Kỳ họp thứ 11, Quốc hội khoá XIII",
            "Kỳ họp thứ 11 Quốc hội"
        ));
        assert!(adds(
            "Hội nghị thượng đỉnh G20 lần thứ 14",
            "Hội nghị thượng đỉnh G20"
        ));
        assert!(adds("Kỳ họp thứ 11 Quốc hội", "Kỳ họp thứ 11 Quốc hội"));
        // A predicate the name ran into, or a common word, says something else.
        assert!(!adds("Cuộc họp của Sở A nêu", "Cuộc họp của Sở A"));
        assert!(!adds(
            "Hội nghị thượng đỉnh nhóm các nền kinh tế lớn (G 20) ở Osaka",
            "Hội nghị thượng đỉnh G 20"
        ));
        // Nor does a title hold what it lacks.
        assert!(!adds(
            "Kỳ họp thứ 11 Quốc hội",
            "Kỳ họp thứ 11, Quốc hội khoá XIII"
        ));
    }
}
