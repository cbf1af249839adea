//! Page furniture: captions, site chrome, teasers and related-news blocks, marked on the
//! lines of an article so that extraction reads past them. See the `[boilerplate]` table of
//! the knowledge file.

use super::{Line, Noise};
use crate::knowledge::{Boilerplate, Knowledge};

/// Marks page furniture.
pub(super) fn mark_noise(lines: &mut [Line], k: &Knowledge) {
    let b = &k.boilerplate;
    mark_captions_and_chrome(lines, b);
    let teasers = Teasers::find(lines, b);
    for (i, l) in lines.iter_mut().enumerate() {
        if teasers.is_teaser(i, l) {
            l.noise.get_or_insert(Noise::Teaser);
        }
    }
    mark_related(lines, b, &teasers);
}

/// The length of a line's text, in characters, without its outer spaces.
fn len(l: &Line) -> usize {
    l.text.trim().chars().count()
}

/// A line that ends with an ellipsis, as a teaser does.
fn ellipsis(l: &Line) -> bool {
    let t = l.text.trim_end();
    t.ends_with("...") || t.ends_with('…')
}

/// A line that reads like article prose: long, or fairly long and ending a sentence.
fn is_prose(l: &Line, b: &Boilerplate) -> bool {
    let n = len(l);
    let t = l.text.trim_end();
    n >= b.prose_min_chars
        || (n >= 80 && t.ends_with(['.', '!', '?', ':', '"', '”']) && !ellipsis(l))
}

/// Captions and credits (by their words or shape), and short lines of site chrome (by their
/// first words).
fn mark_captions_and_chrome(lines: &mut [Line], b: &Boilerplate) {
    for l in lines.iter_mut() {
        let t = l.folded.text.trim();
        if t.is_empty() {
            continue;
        }
        let short = l.text.trim().chars().count() < b.prose_min_chars;
        if b.line_contains.iter().any(|m| t.contains(m.as_str()))
            || b.caption_patterns.iter().any(|re| re.is_match(t))
        {
            l.noise = Some(Noise::Caption);
        } else if short && b.line_prefixes.iter().any(|p| t.starts_with(p.as_str())) {
            l.noise = Some(Noise::Chrome);
        }
    }
}

/// Teasers: a headline printed twice (link text and heading), then its teaser sentence.
struct Teasers {
    /// Lines of a headline printed twice.
    paired: Vec<bool>,
    /// The short line after such a pair.
    after_pair: Vec<bool>,
}

impl Teasers {
    fn find(lines: &[Line], b: &Boilerplate) -> Self {
        let nonempty: Vec<usize> = (0..lines.len())
            .filter(|&i| !lines[i].text.trim().is_empty())
            .collect();
        let mut paired = vec![false; lines.len()];
        let mut after_pair = vec![false; lines.len()];
        for w in 0..nonempty.len().saturating_sub(1) {
            let (a, c) = (nonempty[w], nonempty[w + 1]);
            // A headline has no final full stop; a sentence a page prints twice is still text.
            if c - a > 2
                || len(&lines[a]) >= b.prose_min_chars
                || lines[a].text.trim() != lines[c].text.trim()
                || lines[a].text.trim_end().ends_with('.')
            {
                continue;
            }
            paired[a] = true;
            paired[c] = true;
            if let Some(&n) = nonempty.get(w + 2) {
                if len(&lines[n]) < b.prose_min_chars {
                    after_pair[n] = true;
                }
            }
        }
        Teasers { paired, after_pair }
    }

    /// Line `i` (`l`) is a headline printed twice, or the teaser after one.
    fn is_teaser(&self, i: usize, l: &Line) -> bool {
        self.paired[i] || (self.after_pair[i] && ellipsis(l))
    }

    /// Line `i` (`l`) is part of a list of headlines and teasers.
    fn is_listed(&self, i: usize, l: &Line) -> bool {
        self.paired[i] || self.after_pair[i] || ellipsis(l)
    }
}

/// Related-news sections: a marker line, then headlines and teasers. When everything after the
/// marker is headline-like, the rest of the page is furniture; otherwise the block ends at the
/// first line that reads like article prose.
fn mark_related(lines: &mut [Line], b: &Boilerplate, teasers: &Teasers) {
    let longest = b.section_markers.iter().map(String::len).max().unwrap_or(0);
    let is_marker = |l: &Line| {
        let t = l.folded.text.trim().trim_end_matches(':').trim();
        // Markers are short: only a short line is worth lower-casing and comparing.
        !t.is_empty() && t.len() <= longest * 2 && {
            let t = t.to_lowercase();
            b.section_markers.contains(&t)
        }
    };
    let mut i = 0;
    while i < lines.len() {
        if !is_marker(&lines[i]) {
            i += 1;
            continue;
        }
        let tail = (i + 1..lines.len()).all(|j| {
            let l = &lines[j];
            l.text.trim().is_empty() || teasers.is_listed(j, l) || !is_prose(l, b)
        });
        lines[i].noise = Some(Noise::Related);
        let mut j = i + 1;
        while j < lines.len() && (tail || !is_prose(&lines[j], b)) {
            if !lines[j].text.trim().is_empty() {
                lines[j].noise.get_or_insert(Noise::Related);
            }
            j += 1;
        }
        i = j;
    }
}
