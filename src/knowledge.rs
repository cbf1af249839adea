//! The knowledge file (`data/knowledge.toml`): Party Congress dates, conference series with
//! known years, Vietnamese names and titles, and the page-furniture markers that ingest drops.
//!
//! The default copy is embedded in the binary; `--data DIR` replaces it with `DIR/knowledge.toml`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use regex::Regex;
use serde::Deserialize;

use crate::text::{fold, fold_key, roman};

/// The embedded default knowledge file.
pub const DEFAULT_KNOWLEDGE: &str = include_str!("../data/knowledge.toml");

/// File name looked up in a `--data` folder.
pub const KNOWLEDGE_FILE: &str = "knowledge.toml";

/// Why a knowledge file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Parse { path: PathBuf, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKnowledge {
    #[serde(default)]
    party_congress: Vec<PartyCongress>,
    #[serde(default)]
    series: Vec<RawSeries>,
    #[serde(default)]
    series_qualifiers: Vec<String>,
    #[serde(default)]
    series_synonyms: Vec<[String; 2]>,
    #[serde(default)]
    surnames: Vec<String>,
    #[serde(default)]
    honorifics: Vec<String>,
    #[serde(default)]
    foreign_parties: Vec<String>,
    #[serde(default)]
    abbreviations: std::collections::BTreeMap<String, String>,
    boilerplate: RawBoilerplate,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoilerplate {
    #[serde(default)]
    section_markers: Vec<String>,
    #[serde(default)]
    line_prefixes: Vec<String>,
    #[serde(default)]
    line_contains: Vec<String>,
    #[serde(default)]
    caption_patterns: Vec<String>,
    prose_min_chars: usize,
}

/// One National Congress of the Party, by ordinal, with its first and last day.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyCongress {
    pub ordinal: u32,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeries {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    /// Where the members' years come from (a public record a reader can check), in English.
    #[serde(default)]
    source: String,
    /// The same, in Vietnamese, for a Vietnamese brief (the English one stands in without it).
    #[serde(default)]
    source_vi: Option<String>,
    #[serde(default)]
    members: Vec<RawMember>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMember {
    ordinal: u32,
    /// The body's term ("XIII"), for series numbered anew in each term (plenums, sessions).
    #[serde(default)]
    term: Option<String>,
    year: i32,
    /// The places that name this member alone, as the press writes them ("Singapore",
    /// "Hà Nội" for the US-DPRK summits; the host city of a G20 summit).
    #[serde(default)]
    hosts: Vec<String>,
}

/// A member of a known conference series: its term, ordinal, the year it was held and the
/// places that name it.
#[derive(Debug, Clone)]
pub struct SeriesMember {
    pub term: Option<u32>,
    pub ordinal: u32,
    pub year: i32,
    pub hosts: Vec<String>,
}

/// A conference series from the knowledge file, keyed for matching.
#[derive(Debug, Clone)]
pub struct KnownSeries {
    pub name: String,
    pub keys: Vec<String>,
    pub source: Source,
    pub members: Vec<SeriesMember>,
}

/// A fact the knowledge file gives: the year of one member of a series, and its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownFact {
    pub series: String,
    pub year: i32,
    pub source: Source,
}

/// Where a fact comes from, in English and, when the knowledge file gives it, in Vietnamese.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    pub en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
}

/// Page-furniture rules used by ingest.
#[derive(Debug, Clone)]
pub struct Boilerplate {
    /// Folded and lower case.
    pub section_markers: Vec<String>,
    pub line_prefixes: Vec<String>,
    pub line_contains: Vec<String>,
    pub caption_patterns: Vec<Regex>,
    pub prose_min_chars: usize,
}

impl Boilerplate {
    /// The `[boilerplate]` table as it is matched: folded words, compiled patterns.
    fn from_raw(raw: &RawBoilerplate, origin: &str) -> Result<Self, DataError> {
        let folded = |v: &[String]| v.iter().map(|s| fold(s)).collect::<Vec<String>>();
        let mut caption_patterns = Vec::new();
        for p in &raw.caption_patterns {
            let re = Regex::new(p).map_err(|e| DataError::Parse {
                path: PathBuf::from(origin),
                message: format!("caption pattern {p:?} is not a valid regular expression: {e}"),
            })?;
            caption_patterns.push(re);
        }
        Ok(Boilerplate {
            section_markers: folded(&raw.section_markers)
                .into_iter()
                .map(|s| s.to_lowercase())
                .collect(),
            line_prefixes: folded(&raw.line_prefixes),
            line_contains: folded(&raw.line_contains),
            caption_patterns,
            prose_min_chars: raw.prose_min_chars,
        })
    }
}

/// Everything the pipeline knows beyond the articles.
#[derive(Debug, Clone)]
pub struct Knowledge {
    /// Where this knowledge came from (a path, or "embedded").
    pub origin: String,
    /// SHA-256 of the file's text, for the manifest.
    pub digest: String,
    pub party_congresses: Vec<PartyCongress>,
    pub series: Vec<KnownSeries>,
    /// Folded qualifiers removed from series names.
    pub series_qualifiers: Vec<String>,
    /// Other words for the words of a series' name, as matching keys padded with spaces
    /// (" ngoại trưởng " for " bộ trưởng ngoại giao "), replaced in this order.
    pub series_synonyms: Vec<(String, String)>,
    /// Folded family names; a set, since every capitalised word of every sentence is looked up.
    pub surnames: std::collections::HashSet<String>,
    /// Titles and forms of address, folded, longest first ("Phó Thủ tướng" before "Thủ
    /// tướng").
    pub honorifics: Vec<String>,
    /// The same, in lower case and in the same order: the extractor compares them with
    /// lower-cased text for every name and cue, so they are lowered once here.
    pub honorifics_lower: Vec<String>,
    /// One automaton over [`Self::honorifics_lower`] (pattern `i` is the `i`th title), for
    /// the readers that want every title a short lower-case span holds: the person readers
    /// ask it of the words before each name.
    pub honorific_finder: aho_corasick::AhoCorasick,
    /// Other countries and international bodies, folded, as written (capitalised): a request
    /// put to one is a diplomatic proposal.
    pub foreign_parties: Vec<String>,
    /// Abbreviations of bodies ("UBND" → "Ủy ban nhân dân"), as matching keys, so that a
    /// headline's short name and the text's long one compare as the same words.
    pub abbreviations: Vec<(String, String)>,
    pub boilerplate: Boilerplate,
}

impl Knowledge {
    /// The embedded default.
    pub fn embedded() -> Self {
        Self::parse(DEFAULT_KNOWLEDGE, "embedded knowledge.toml")
            .expect("the embedded knowledge file is valid (checked by tests)")
    }

    /// Loads `DIR/knowledge.toml`.
    pub fn load_dir(dir: &Path) -> Result<Self, DataError> {
        let path = dir.join(KNOWLEDGE_FILE);
        let text = std::fs::read_to_string(&path).map_err(|source| DataError::Read {
            path: path.clone(),
            source,
        })?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses a knowledge file's text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Self, DataError> {
        let raw: RawKnowledge = toml::from_str(text).map_err(|e| DataError::Parse {
            path: PathBuf::from(origin),
            message: e.to_string().trim_end().replace('\n', " "),
        })?;
        let boilerplate = Boilerplate::from_raw(&raw.boilerplate, origin)?;
        let series_qualifiers: Vec<String> = raw
            .series_qualifiers
            .iter()
            .map(|q| fold(q).to_lowercase())
            .collect();
        // Honorifics are tried longest first so "Phó Thủ tướng" wins over "Thủ tướng".
        let mut honorifics: Vec<String> = raw.honorifics.iter().map(|s| fold(s)).collect();
        honorifics.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        let honorifics_lower: Vec<String> = honorifics.iter().map(|h| h.to_lowercase()).collect();
        // Overlapping search (the standard match kind) finds "thủ tướng" inside "phó thủ tướng".
        let honorific_finder =
            aho_corasick::AhoCorasick::new(&honorifics_lower).map_err(|e| DataError::Parse {
                path: PathBuf::from(origin),
                message: format!("honorifics: {e}"),
            })?;
        let mut k = Knowledge {
            origin: origin.to_string(),
            digest: crate::digest::sha256_hex(text.as_bytes()),
            party_congresses: raw.party_congress,
            series: Vec::new(),
            series_qualifiers,
            series_synonyms: raw
                .series_synonyms
                .iter()
                .map(|[said, means]| {
                    (
                        format!(" {} ", fold_key(said)),
                        format!(" {} ", fold_key(means)),
                    )
                })
                .collect(),
            surnames: raw.surnames.iter().map(|s| fold(s)).collect(),
            honorifics,
            honorifics_lower,
            honorific_finder,
            foreign_parties: raw.foreign_parties.iter().map(|s| fold(s)).collect(),
            abbreviations: raw
                .abbreviations
                .iter()
                .map(|(short, long)| (fold_key(short), fold_key(long)))
                .collect(),
            boilerplate,
        };
        k.series = raw
            .series
            .iter()
            .map(|s| k.known_series(s, origin))
            .collect::<Result<_, _>>()?;
        Ok(k)
    }

    /// The title (lower case, as in [`Self::honorifics_lower`]) whose occurrence bounded by
    /// word ends in `lower` ends last, the longest of those ending there ("phó thủ tướng", not
    /// the "thủ tướng" inside it), with the byte where it ends.
    pub fn last_title(&self, lower: &str) -> Option<(usize, &str)> {
        self.honorific_finder
            .find_overlapping_iter(lower)
            .filter(|m| {
                crate::text::starts_with_word(&lower[m.start()..], &lower[m.range()])
                    && crate::text::ends_with_word(&lower[..m.end()], &lower[m.range()])
            })
            .map(|m| {
                (
                    m.end(),
                    self.honorifics_lower[m.pattern().as_usize()].as_str(),
                )
            })
            .max_by_key(|&(end, h)| (end, h.len()))
    }

    /// A series of the knowledge file as it is matched: its keys (name and aliases) and its
    /// members with their terms read as numbers.
    fn known_series(&self, s: &RawSeries, origin: &str) -> Result<KnownSeries, DataError> {
        let mut keys = vec![self.series_key(&s.name)];
        keys.extend(s.aliases.iter().map(|a| self.series_key(a)));
        let mut members = Vec::new();
        for m in &s.members {
            let term =
                match &m.term {
                    Some(t) => Some(roman(t).or_else(|| t.parse().ok()).ok_or_else(|| {
                        DataError::Parse {
                            path: PathBuf::from(origin),
                            message: format!(
                                "series {:?}: term {t:?} is not a Roman or Arabic number",
                                s.name
                            ),
                        }
                    })?),
                    None => None,
                };
            members.push(SeriesMember {
                term,
                ordinal: m.ordinal,
                year: m.year,
                hosts: m.hosts.iter().map(|h| fold(h)).collect(),
            });
        }
        Ok(KnownSeries {
            name: s.name.clone(),
            keys,
            source: Source {
                en: s.source.clone(),
                vi: s.source_vi.clone(),
            },
            members,
        })
    }

    /// The matching key of a series name: folded, lower case, qualifiers removed, and an
    /// alias of a known series replaced by that series' own key.
    pub fn series_key(&self, name: &str) -> String {
        let key = self.plain_key(name);
        self.known_key(&key)
            .or_else(|| self.glossed_series(name))
            .unwrap_or(key)
    }

    /// The own key of the known series one of whose keys is `key`.
    fn known_key(&self, key: &str) -> Option<String> {
        self.series
            .iter()
            .find(|s| s.keys.iter().any(|k| k == key))
            .map(|s| s.keys[0].clone())
    }

    /// The known series a summit's name says by its words and a short name glossed in
    /// brackets: "hội nghị thượng đỉnh nhóm các nền kinh tế phát triển (G 20)" is the "Hội
    /// nghị Thượng đỉnh G20", whatever words spell the group out. Only a summit ("thượng
    /// đỉnh", "cấp cao"): "Hội nghị Bộ trưởng Ngoại giao Đông Á (EAS)" is the ministers'
    /// meeting, not the East Asia Summit its gloss alone would name.
    fn glossed_series(&self, name: &str) -> Option<String> {
        /// The most words a summit's words run to, and a short name.
        const HEAD_WORDS: usize = 4;
        const GLOSS_WORDS: usize = 3;
        let words: Vec<&str> = name.split_whitespace().collect();
        let summit = (1..=HEAD_WORDS.min(words.len())).find(|&n| {
            let key = fold_key(&words[..n].join(" "));
            key.ends_with(&fold_key("thượng đỉnh")) || key.ends_with(&fold_key("cấp cao"))
        })?;
        let head = words[..summit].join(" ");
        let mut rest = name;
        while let Some(open) = rest.find('(') {
            let close = open + rest[open..].find(')')?;
            let gloss = &rest[open + 1..close];
            let spelled = fold_key(&rest[..open]);
            rest = &rest[close + 1..];
            let ministers = ["bộ trưởng", "ngoại trưởng", "thứ trưởng", "quan chức"]
                .iter()
                .any(|w| spelled.contains(&fold_key(w)));
            if gloss.split_whitespace().count() > GLOSS_WORDS || ministers {
                continue;
            }
            let found = self.known_key(&self.plain_key(&format!("{head} {gloss}")));
            if found.is_some() {
                return found;
            }
        }
        None
    }

    fn plain_key(&self, name: &str) -> String {
        // "Hội nghị thượng đỉnh của nhóm BRICS" is the series "Hội nghị thượng đỉnh nhóm BRICS":
        // the possessive links the meeting to its owner and names nothing; nor does the plural
        // word ("Hội nghị các Bộ trưởng Ngoại giao ASEAN" is "Hội nghị Bộ trưởng Ngoại giao
        // ASEAN"). (Taken out before folding: "cửa" and "cắc" fold to the same letters.)
        let name = without_glosses(name);
        let name = name
            .split_whitespace()
            .filter(|w| !["của", "các", "Các"].contains(w))
            .collect::<Vec<_>>()
            .join(" ");
        let mut key = format!(" {} ", fold_key(&name));
        for (said, means) in &self.series_synonyms {
            // (Replaced once over: a synonym's own words may hold what it replaces.)
            key = key.replace(said.as_str(), means);
        }
        for q in &self.series_qualifiers {
            let q = format!(" {} ", q);
            while key.contains(&q) {
                key = key.replace(&q, " ");
            }
        }
        joined_group_names(&key)
    }

    /// Whether `name` (a meeting's name, without its number) names a series this file lists.
    pub fn knows_series(&self, name: &str) -> bool {
        self.known_series_keyed(&self.series_key(name)).is_some()
    }

    /// The known series one of whose keys is `key`.
    fn known_series_keyed(&self, key: &str) -> Option<&KnownSeries> {
        self.series.iter().find(|s| s.keys.iter().any(|k| k == key))
    }

    /// The ordinal of the one member of the known series with this key that `text` (folded)
    /// names by its host ("thượng đỉnh Mỹ - Triều tại Hà Nội" is the second): none when the
    /// text names no host of the series, or hosts of several members.
    pub fn member_hosted_in(&self, key: &str, text: &str) -> Option<u32> {
        let s = self.known_series_keyed(key)?;
        let mut named = s
            .members
            .iter()
            .filter(|m| m.hosts.iter().any(|h| crate::text::contains_word(text, h)));
        let m = named.next()?;
        named.all(|o| o.ordinal == m.ordinal).then_some(m.ordinal)
    }

    /// Every term whose member `ordinal` the known series with this key lists, with that
    /// member's year (none for a series not numbered by term).
    pub fn terms_of(&self, key: &str, ordinal: u32) -> Vec<(u32, i32)> {
        self.known_series_keyed(key).map_or(Vec::new(), |s| {
            s.members
                .iter()
                .filter(|m| m.ordinal == ordinal)
                .filter_map(|m| Some((m.term?, m.year)))
                .collect()
        })
    }

    /// The Party Congress with this ordinal, if known.
    pub fn congress(&self, ordinal: u32) -> Option<&PartyCongress> {
        self.party_congresses.iter().find(|c| c.ordinal == ordinal)
    }

    /// The year of member `ordinal` (of `term`, for series numbered anew each term) of the
    /// known series with this key. Without a term, only a series that has one member of that
    /// ordinal answers.
    pub fn known_member(&self, key: &str, term: Option<u32>, ordinal: u32) -> Option<KnownFact> {
        let s = self.known_series_keyed(key)?;
        let mut found = s
            .members
            .iter()
            .filter(|m| m.ordinal == ordinal && (term.is_none() || m.term == term));
        let m = found.next()?;
        if found.next().is_some() {
            return None;
        }
        Some(KnownFact {
            series: s.name.clone(),
            year: m.year,
            source: s.source.clone(),
        })
    }

    /// The years a member of a numbered series of terms may fall in, as the knowledge file's
    /// other members of its term bound it: from the year of the last known member before it to
    /// the year of the first known after it (of its term, else the first of the next term).
    /// None when the term is unknown or no member bounds it.
    pub fn member_year_bounds(
        &self,
        key: &str,
        term: Option<u32>,
        ordinal: u32,
    ) -> Option<(i32, i32)> {
        let term = term?;
        let s = self.known_series_keyed(key)?;
        let of_term = |t: u32| s.members.iter().filter(move |m| m.term == Some(t));
        let lo = of_term(term)
            .filter(|m| m.ordinal < ordinal)
            .map(|m| m.year)
            .max();
        let hi = of_term(term)
            .filter(|m| m.ordinal > ordinal)
            .map(|m| m.year)
            .min()
            .or_else(|| of_term(term + 1).map(|m| m.year).min());
        (lo.is_some() || hi.is_some()).then(|| (lo.unwrap_or(i32::MIN), hi.unwrap_or(i32::MAX)))
    }

    /// The matching key of a title with every known abbreviation written out.
    pub fn expanded_key(&self, title: &str) -> String {
        let key = fold_key(title);
        if self.abbreviations.is_empty() {
            return key;
        }
        key.split(' ')
            .map(|w| {
                self.abbreviations
                    .iter()
                    .find(|(short, _)| short == w)
                    .map_or(w, |(_, long)| long.as_str())
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// True when `word` (folded) is a known family name.
    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }
}

/// The words of a key, with a group's letter joined to its number as the knowledge file writes
/// it: "g 20" (of "G 20", "G-20") is "g20".
fn joined_group_names(key: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut words = key.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let number = words
            .peek()
            .is_some_and(|n| n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()));
        if w == "g" && number {
            out.push(format!("g{}", words.next().unwrap_or_default()));
        } else {
            out.push(w.to_string());
        }
    }
    out.join(" ")
}

/// A name without what it glosses in brackets: an acronym, a term, a qualifier ("Hội nghị Ngoại
/// vụ (HNNV) toàn quốc", "Hội nghị Trung ương 6 (khóa XIII)", "Hội nghị Tỉnh ủy (mở rộng)") is
/// the series the name without them is. A bracket left open is kept.
fn without_glosses(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.contains('(') {
        return name.into();
    }
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push(' ');
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_named_by_its_host_alone() {
        let k = Knowledge::embedded();
        let key = k.series_key("Thượng đỉnh Mỹ - Triều");
        let hosted = |text: &str| k.member_hosted_in(&key, &fold(text));
        assert_eq!(hosted("thượng đỉnh Mỹ - Triều tại Hà Nội"), Some(2));
        assert_eq!(hosted("thượng đỉnh Mỹ - Triều ở Singapore"), Some(1));
        assert_eq!(hosted("tại Hà Nội, tám tháng sau Singapore"), None);
        assert_eq!(hosted("thượng đỉnh Mỹ - Triều"), None);
        let g20 = k.series_key("Hội nghị thượng đỉnh G20");
        assert_eq!(k.member_hosted_in(&g20, &fold("G20 ở Osaka")), Some(14));
        assert_eq!(k.member_hosted_in(&g20, &fold("Hà Nội")), None);
        // APEC by its host city; Lima hosted twice and names none.
        let apec = k.series_key("Hội nghị Cấp cao APEC");
        assert_eq!(apec, k.series_key("Hội nghị APEC"));
        assert_eq!(
            k.member_hosted_in(&apec, &fold("APEC tại Đà Nẵng")),
            Some(25)
        );
        assert_eq!(k.member_hosted_in(&apec, &fold("APEC ở Lima")), None);
    }

    /// A group's letter and number written apart ("G 20", "G-20") name the same series, and a
    /// summit whose group is spelled out and glossed by its short name is that group's; a
    /// ministers' meeting glossed by the group's name is not its summit.
    #[test]
    fn a_summit_named_by_its_group_spelled_out_or_spaced() {
        let k = Knowledge::embedded();
        let g20 = k.series_key("Hội nghị Thượng đỉnh G20");
        let g7 = k.series_key("Hội nghị Thượng đỉnh G7");
        for head in [
            "Hội nghị thượng đỉnh",
            "Hội nghị cấp cao",
            "hội nghị Thượng đỉnh",
        ] {
            for group in ["G 20", "G-20", "G -20"] {
                assert_eq!(
                    k.series_key(&format!("{head} {group}")),
                    g20,
                    "{head} {group}"
                );
            }
            for spelled in [
                "nhóm các nền kinh tế phát triển và mới nổi",
                "của Nhóm 20 nền kinh tế lớn",
            ] {
                for gloss in ["G20", "G 20"] {
                    let name = format!("{head} {spelled} ({gloss})");
                    assert_eq!(k.series_key(&name), g20, "{name}");
                }
            }
            let name = format!("{head} nhóm các nước công nghiệp phát triển (G 7)");
            assert_eq!(k.series_key(&name), g7, "{name}");
        }
        let eas = k.series_key("Hội nghị Cấp cao Đông Á");
        for name in [
            "Hội nghị Bộ trưởng Ngoại giao Đông Á (EAS)",
            "Hội nghị Quan chức cao cấp Đông Á (EAS)",
            "Hội nghị Đông Á (EAS) về y tế",
        ] {
            assert_ne!(k.series_key(name), eas, "{name}");
        }
        assert_ne!(k.series_key("Hội nghị G 2"), g20);
    }

    #[test]
    fn embedded_knowledge_parses() {
        let k = Knowledge::embedded();
        assert_eq!(k.congress(12).unwrap().start.to_string(), "2016-01-20");
        assert!(k.is_surname("Nguyễn"));
        assert!(!k.boilerplate.section_markers.is_empty());
    }

    #[test]
    fn series_key_drops_qualifiers_and_folds() {
        let k = Knowledge::embedded();
        assert_eq!(
            k.series_key("Hội nghị Ngoại vụ toàn quốc"),
            k.series_key("hội nghị ngoại vụ")
        );
        assert_eq!(
            k.series_key("Hội nghị Hoà bình"),
            k.series_key("Hội nghị Hòa bình")
        );
    }

    /// "của" links a meeting to its owner and names no other series; "cửa", which folds to
    /// the same letters, does.
    #[test]
    fn series_key_drops_the_possessive() {
        let k = Knowledge::embedded();
        for (with, without) in [
            (
                "Hội nghị Thượng đỉnh của Nhóm BRICS",
                "Hội nghị Thượng đỉnh Nhóm BRICS",
            ),
            ("Kỳ họp của HĐND tỉnh Nam Sơn", "Kỳ họp HĐND tỉnh Nam Sơn"),
            (
                "Phiên họp của Ủy ban Thường vụ Quốc hội",
                "Phiên họp Ủy ban Thường vụ Quốc hội",
            ),
        ] {
            assert_eq!(k.series_key(with), k.series_key(without), "{with}");
        }
        assert_eq!(
            k.series_key("Hội nghị Thượng đỉnh của Nhóm BRICS"),
            k.series_key("Hội nghị Thượng đỉnh BRICS")
        );
        // The plural word names nothing either.
        assert_eq!(
            k.series_key("Hội nghị các Bộ trưởng Ngoại giao ASEAN"),
            k.series_key("Hội nghị Bộ trưởng Ngoại giao ASEAN")
        );
        assert_ne!(
            k.series_key("Hội nghị cửa khẩu"),
            k.series_key("Hội nghị khẩu")
        );
    }

    #[test]
    fn glosses_in_brackets_are_not_part_of_the_series() {
        let k = Knowledge::embedded();
        for (glossed, plain) in [
            (
                "Hội nghị Ngoại vụ (HNNV) toàn quốc",
                "Hội nghị Ngoại vụ toàn quốc",
            ),
            ("Hội nghị Ngoại giao (HNNG)", "Hội nghị Ngoại giao"),
            (
                "Hội nghị Bộ trưởng Kinh tế ASEAN (AEM)",
                "Hội nghị Bộ trưởng Kinh tế ASEAN",
            ),
            ("Hội nghị Tỉnh ủy (mở rộng)", "Hội nghị Tỉnh ủy"),
            ("Hội nghị Trung ương (khóa XIII)", "Hội nghị Trung ương"),
        ] {
            assert_eq!(k.series_key(glossed), k.series_key(plain), "{glossed}");
        }
        assert_ne!(
            k.series_key("Hội nghị (Cấp cao"),
            k.series_key("Hội nghị"),
            "a bracket left open is kept"
        );
    }

    #[test]
    fn abbreviations_compare_as_the_long_names() {
        let k = Knowledge::embedded();
        assert_eq!(
            k.expanded_key("Phiên họp thường kỳ UBND tỉnh tháng 6"),
            k.expanded_key("phiên họp thường kỳ Ủy ban nhân dân tỉnh tháng 6")
        );
    }

    #[test]
    fn unknown_keys_are_errors_naming_the_file() {
        let err = Knowledge::parse(
            "surnamez = []\n[boilerplate]\nprose_min_chars = 1\n",
            "x.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("x.toml:"), "{err}");
        assert!(err.contains("surnamez"), "{err}");
    }

    #[test]
    fn known_series_are_looked_up_by_any_alias() {
        let text = format!(
            "{DEFAULT_KNOWLEDGE}\n[[series]]\nname = \"Hội nghị Thử\"\naliases = [\"Hội nghị Thử nghiệm\"]\nmembers = [{{ ordinal = 3, year = 2019 }}]\n"
        );
        let k = Knowledge::parse(&text, "t").unwrap();
        let key = k.series_key("Hội nghị Thử nghiệm toàn quốc");
        assert_eq!(key, k.series_key("Hội nghị Thử"));
        assert_eq!(k.known_member(&key, None, 3).map(|f| f.year), Some(2019));
        assert_eq!(k.known_member(&key, None, 4), None);
    }

    #[test]
    fn a_terms_known_members_bound_the_years_of_the_others() {
        let text = format!(
            "{DEFAULT_KNOWLEDGE}\n[[series]]\nname = \"Hội nghị Thử\"\nmembers = [{{ term = \"I\", ordinal = 2, year = 2010 }}, {{ term = \"I\", ordinal = 5, year = 2012 }}, {{ term = \"II\", ordinal = 1, year = 2014 }}]\n"
        );
        let k = Knowledge::parse(&text, "t").unwrap();
        let key = k.series_key("Hội nghị Thử");
        assert_eq!(k.member_year_bounds(&key, Some(1), 3), Some((2010, 2012)));
        assert_eq!(k.member_year_bounds(&key, Some(1), 7), Some((2012, 2014)));
        assert_eq!(
            k.member_year_bounds(&key, Some(1), 1),
            Some((i32::MIN, 2010))
        );
        assert_eq!(
            k.member_year_bounds(&key, Some(2), 4),
            Some((2014, i32::MAX))
        );
        assert_eq!(k.member_year_bounds(&key, None, 3), None);
        assert_eq!(k.member_year_bounds(&key, Some(3), 1), None);
    }

    #[test]
    fn plenums_are_known_by_term_and_every_series_names_its_source() {
        let k = Knowledge::embedded();
        let key = k.series_key("Hội nghị Ban Chấp hành Trung ương Đảng");
        assert_eq!(key, k.series_key("Hội nghị Trung ương"));
        assert_eq!(
            k.known_member(&key, Some(12), 7).map(|f| f.year),
            Some(2018)
        );
        assert_eq!(
            k.known_member(&key, Some(13), 7).map(|f| f.year),
            Some(2023)
        );
        assert_eq!(
            k.known_member(&key, None, 7),
            None,
            "two terms had a 7th plenum"
        );
        for s in &k.series {
            assert!(!s.source.en.trim().is_empty(), "{} has no source", s.name);
        }
    }

    #[test]
    fn the_last_title_is_the_longest_of_those_ending_last_and_a_whole_word() {
        let k = Knowledge::embedded();
        // What the automaton replaces: each title's last whole-word place, the latest end and
        // the longest title ending there.
        let reference = |lower: &str| -> Option<(usize, String)> {
            k.honorifics_lower
                .iter()
                .filter_map(|h| crate::text::rfind_word(lower, h).map(|p| (p + h.len(), h)))
                .max_by_key(|&(end, h)| (end, h.len()))
                .map(|(end, h)| (end, h.clone()))
        };
        let mut cases = 0;
        for before in ["", "theo ", "ông ", "phó ", "nguyên ", "thủ tướng và "] {
            for title in [
                "thủ tướng",
                "bộ trưởng",
                "chủ tịch",
                "bí thư",
                "ông",
                "bà",
                "giám đốc",
            ] {
                for after in ["", " ", " chính phủ", "x", " nguyễn văn a", ", "] {
                    let text = format!("{before}{title}{after}");
                    let got = k.last_title(&text).map(|(end, h)| (end, h.to_string()));
                    assert_eq!(got, reference(&text), "{text}");
                    cases += 1;
                }
            }
        }
        assert_eq!(cases, 252);
        let phó = "phó thủ tướng lê văn a";
        assert_eq!(
            k.last_title(phó),
            Some(("phó thủ tướng".len(), "phó thủ tướng"))
        );
        assert_eq!(k.last_title("thủ tướngx"), None);
    }

    #[test]
    fn francophonie_summits_by_number_and_by_host() {
        let k = Knowledge::embedded();
        for name in [
            "Hội nghị Cấp cao Pháp ngữ",
            "Hội nghị Thượng đỉnh Cộng đồng Pháp ngữ",
        ] {
            let key = k.series_key(name);
            assert_eq!(
                k.known_member(&key, None, 17).map(|f| f.year),
                Some(2018),
                "{name}"
            );
            assert_eq!(
                k.member_hosted_in(&key, &fold("tổ chức tại Dakar")),
                Some(15)
            );
        }
        // The East Asia Summit's hosts are ASEAN capitals, which host many meetings a year.
        let eas = k.series_key("Hội nghị Cấp cao Đông Á");
        assert_eq!(k.known_member(&eas, None, 13).map(|f| f.year), Some(2018));
        assert_eq!(k.member_hosted_in(&eas, &fold("ở Jakarta")), None);
    }
}
