//! Text helpers shared by the stages: Unicode folding for matching (with a map back to the
//! original text), sentence splitting, and Vietnamese numerals.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

/// NFC-normalises `s` (most text already is: then it is only copied).
pub fn nfc(s: &str) -> String {
    match unicode_normalization::is_nfc_quick(s.chars()) {
        unicode_normalization::IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

/// Tone marks that Vietnamese spelling places either on the first or the second vowel of
/// "oa", "oe" and "uy" ("hoà"/"hòa", "thuỷ"/"thủy").
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// Text folded for matching, with a map from every byte of the folded text back to the
/// original, so a match can be quoted exactly as the article wrote it. Most lines fold to
/// themselves; they keep no map at all.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// Folded byte → original byte, only when folding changed the line.
    map: Option<Vec<u32>>,
    original_len: u32,
}

impl Folded {
    /// Folds `original` (already NFC): old-style tone placement becomes new-style; case and
    /// everything else are kept, so patterns can still use capitals.
    pub fn new(original: &str) -> Self {
        let original_len = original.len() as u32;
        // A swap needs an o or u before a letter outside ASCII: most lines have none, and
        // are answered without collecting their characters.
        let maybe = original
            .as_bytes()
            .windows(2)
            .any(|w| matches!(w[0], b'o' | b'O' | b'u' | b'U') && w[1] >= 0x80);
        let chars: Vec<(usize, char)> = match maybe {
            true => original.char_indices().collect(),
            false => Vec::new(),
        };
        // (With no characters collected, no swap is found.)
        if !(0..chars.len()).any(|i| swap_tone(&chars, i).is_some()) {
            return Folded {
                text: original.to_string(),
                map: None,
                original_len,
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if let Some((first, second)) = swap_tone(&chars, i) {
                let (pos2, _) = chars[i + 1];
                map.extend(std::iter::repeat_n(pos as u32, first.len_utf8()));
                text.push(first);
                map.extend(std::iter::repeat_n(pos2 as u32, second.len_utf8()));
                text.push(second);
                i += 2;
                continue;
            }
            map.extend(std::iter::repeat_n(pos as u32, c.len_utf8()));
            text.push(c);
            i += 1;
        }
        map.push(original_len);
        Folded {
            text,
            map: Some(map),
            original_len,
        }
    }

    /// The original byte range of a range of the folded text.
    pub fn original_range(&self, r: Range<usize>) -> Range<usize> {
        let Some(map) = &self.map else { return r };
        let start = map[r.start] as usize;
        // The end maps through the last byte of the range, so a swapped pair stays whole.
        let end = if r.end == 0 {
            0
        } else if r.end >= self.text.len() {
            self.original_len as usize
        } else {
            map[r.end] as usize
        };
        start..end.max(start)
    }
}

/// When `chars[i..i+2]` is an old-style pair such as "oà" or "uỷ" ending a syllable, the
/// new-style pair ("òa", "ủy").
fn swap_tone(chars: &[(usize, char)], i: usize) -> Option<(char, char)> {
    let (_, c1) = *chars.get(i)?;
    // Every character is tested: the common case must be cheap.
    let lower1 = match c1 {
        'o' | 'O' => 'o',
        'u' | 'U' => 'u',
        _ => return None,
    };
    let (_, c2) = *chars.get(i + 1)?;
    if c2.is_ascii() {
        return None;
    }
    if let Some((_, next)) = chars.get(i + 2) {
        if next.is_alphabetic() {
            return None;
        }
    }
    if lower1 == 'u' && i > 0 && matches!(chars[i - 1].1, 'q' | 'Q') {
        return None;
    }
    let mut d = std::iter::once(c2).nfd();
    let base = d.next()?;
    let tone = d.next()?;
    if d.next().is_some() || !TONES.contains(&tone) {
        return None;
    }
    let ok = match lower1 {
        'o' => matches!(base, 'a' | 'A' | 'e' | 'E'),
        _ => matches!(base, 'y' | 'Y'),
    };
    if !ok {
        return None;
    }
    let first: String = [c1, tone].iter().collect::<String>().nfc().collect();
    let mut it = first.chars();
    let first = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some((first, base))
}

/// Folds tone-mark placement (see [`Folded`]).
pub fn fold(s: &str) -> String {
    Folded::new(&nfc(s)).text
}

/// `c.is_alphanumeric()`, answered without Unicode's tables for ASCII and for the Latin
/// letters Vietnamese is written in (the tables' lookup was a tenth of extraction's time).
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        // Latin-1 letters (but × and ÷), Latin Extended-A and -B, Latin Extended Additional.
        '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether `text` starts with the word or words `w` (as written), followed by the end of a
/// word: "Công an tỉnh" starts with "Công an", "Công anh" does not.
pub fn starts_with_word(text: &str, w: &str) -> bool {
    text.strip_prefix(w)
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// The first `chars` characters of `text`, past its leading spaces, in lower case: what a
/// reader compares with the few words that may open it, without lower-casing the rest.
pub fn lower_opening(text: &str, chars: usize) -> String {
    let text = text.trim_start();
    let end = text
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i);
    text[..end].to_lowercase()
}

/// Whether `text` ends with the word or words `w` (as written), after the start of a word.
pub fn ends_with_word(text: &str, w: &str) -> bool {
    text.strip_suffix(w)
        .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
}

/// Whether the words `words` hold the phrase `phrase` (its words split at spaces) from word
/// `i`, word for word.
pub fn phrase_at<S: AsRef<str>>(words: &[S], i: usize, phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    words
        .get(i..i + n)
        .is_some_and(|ws| phrase.split(' ').eq(ws.iter().map(AsRef::as_ref)))
}

/// Whether `text` holds the word or words `w` (as written) anywhere, bounded by the ends of
/// words: "Hội nghị ASEAN" holds "ASEAN", "Hội nghị ASEANAPOL" does not.
pub fn contains_word(text: &str, w: &str) -> bool {
    !w.is_empty() && find_word(text, w).is_some()
}

/// The first position of the word or words `w` in `text`, bounded by the ends of words.
pub fn find_word(text: &str, w: &str) -> Option<usize> {
    word_positions(text, w).next()
}

/// Every position of the word or words `w` in `text` bounded by the ends of words, in order.
pub fn word_positions<'a>(text: &'a str, w: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(w).map(|(at, _)| at).filter(move |&at| {
        ends_with_word(&text[..at + w.len()], w) && starts_with_word(&text[at..], w)
    })
}

/// The last position of the word or words `w` in `text`, bounded by the ends of words:
/// "… Đắk Nông" holds no "ông".
pub fn rfind_word(text: &str, w: &str) -> Option<usize> {
    let mut end = text.len();
    while let Some(p) = text[..end].rfind(w) {
        if ends_with_word(&text[..p + w.len()], w) && starts_with_word(&text[p..], w) {
            return Some(p);
        }
        end = p;
    }
    None
}

/// The captures of `re` in `text` that begin a word (no word character right before them), as
/// a `\b` opening the pattern would require when each of its branches begins with a word
/// character, in the order and extent a search for that pattern finds them. The boundary is
/// checked here, not in the pattern: a Unicode `\b` makes the regex engine give up its fast
/// automaton on text that is not ASCII and run a slower one over the whole sentence.
pub fn captures_at_word_starts<'t>(re: &regex::Regex, text: &'t str) -> Vec<regex::Captures<'t>> {
    at_word_starts(text, |at| {
        let c = re.captures_at(text, at)?;
        let whole = c.get(0).expect("a match has its whole span").range();
        Some((c, whole))
    })
    .collect()
}

/// The first match of `re` in `text` that begins a word, as [`captures_at_word_starts`] finds
/// them: `\b` opening the pattern, checked without the slow automaton.
pub fn find_at_word_start<'t>(re: &regex::Regex, text: &'t str) -> Option<regex::Match<'t>> {
    at_word_starts(text, |at| re.find_at(text, at).map(|m| (m, m.range()))).next()
}

/// The results of `search` (a search of `text` from a byte, giving a result and its span)
/// that begin a word, each search starting where a search of a pattern opening with `\b`
/// would start its next one.
fn at_word_starts<'t, T>(
    text: &'t str,
    mut search: impl FnMut(usize) -> Option<(T, Range<usize>)> + 't,
) -> impl Iterator<Item = T> + 't {
    let next_char = move |at: usize| text[at..].chars().next().map_or(1, char::len_utf8);
    let mut at = 0;
    std::iter::from_fn(move || {
        while at <= text.len() {
            let (found, whole) = search(at)?;
            let inside_word = text[..whole.start]
                .chars()
                .next_back()
                .is_some_and(regex_syntax::is_word_character);
            at = match (inside_word, whole.is_empty()) {
                // The next start the pattern's search would try.
                (true, _) => whole.start + next_char(whole.start),
                // After an empty match, the search goes on one character later.
                (false, true) => whole.end + next_char(whole.end),
                (false, false) => whole.end,
            };
            if !inside_word {
                return Some(found);
            }
        }
        None
    })
}

/// A matching key: folded, lower case, words of letters and digits separated by one space.
pub fn fold_key(s: &str) -> String {
    let folded = fold(s);
    let mut key = String::with_capacity(folded.len());
    let mut gap = false;
    let mut push = |c: char| {
        if is_word_char(c) {
            if gap && !key.is_empty() {
                key.push(' ');
            }
            gap = false;
            key.push(c);
        } else {
            gap = true;
        }
    };
    for c in folded.chars() {
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut push);
        }
    }
    key
}

/// Words of a matching key, for overlap measures.
pub fn key_words(s: &str) -> Vec<String> {
    fold_key(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The longest sentence [`sentences`] returns, in bytes (about 1,500 Vietnamese letters, four
/// times the longest sentence of real news): a longer run of text is cut at a space before
/// this length. Every step of extraction looks at one sentence at a time, so this bounds its
/// cost on a page saved without line breaks or a quotation mark that is never closed.
pub const MAX_SENTENCE_BYTES: usize = 4_000;

/// Quoted text is kept in one sentence only up to this many characters: an opening quotation
/// mark that no closing one follows this soon is taken as a stray mark.
const MAX_QUOTE_CHARS: usize = 1_500;

/// The sentences of a line: byte ranges, trimmed, and whether a sentence had to be cut.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Sentences {
    pub ranges: Vec<Range<usize>>,
    /// A run of text longer than [`MAX_SENTENCE_BYTES`] was cut into pieces.
    pub cut: bool,
}

/// Splits a line into sentences (byte ranges, trimmed). A sentence ends at `.`, `!`, `?` or
/// `…` (optionally followed by a closing quote) that is followed by white space and a
/// capital letter, digit or opening quote; text inside quotation marks is not split (up to
/// [`MAX_QUOTE_CHARS`]). No sentence is longer than [`MAX_SENTENCE_BYTES`].
pub fn sentences(line: &str) -> Sentences {
    let mut out = Sentences::default();
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0;
    let mut depth: i32 = 0;
    let mut quote_open = 0;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if at - start > MAX_SENTENCE_BYTES {
            let cut = cut_point(line, start, at);
            push_trimmed(&mut out.ranges, line, start..cut);
            out.cut = true;
            start = cut;
            depth = 0;
            continue;
        }
        match c {
            '“' | '«' => {
                if depth == 0 {
                    quote_open = i;
                }
                depth += 1
            }
            '”' | '»' => depth = (depth - 1).max(0),
            _ if depth > 0 && i - quote_open > MAX_QUOTE_CHARS => depth = 0,
            _ => {}
        }
        let closes_quoted_sentence =
            matches!(c, '”' | '»') && i > 0 && matches!(chars[i - 1].1, '.' | '!' | '?' | '…');
        let abbreviation = c == '.' && abbreviation_before(line, at);
        if depth == 0
            && !abbreviation
            && (matches!(c, '.' | '!' | '?' | '…') || closes_quoted_sentence)
        {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')') {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            // A quotation attributed after it ("…” - Thủ tướng nói.") goes on.
            let attributed = matches!(chars[j - 1].1, '"' | '”')
                && k < chars.len()
                && matches!(chars[k].1, '-' | '–' | '—');
            if k > j && k < chars.len() && !attributed {
                let n = chars[k].1;
                if n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '“' | '"' | '‘' | '(' | '-')
                {
                    let end = if j < chars.len() {
                        chars[j].0
                    } else {
                        line.len()
                    };
                    push_trimmed(&mut out.ranges, line, start..end);
                    start = chars[k].0;
                    i = k;
                    continue;
                }
            }
        }
        i += 1;
    }
    push_trimmed(&mut out.ranges, line, start..line.len());
    out
}

/// Abbreviations written with a full stop that do not end a sentence: "TP. Hồ Chí Minh", "GS.
/// Nguyễn …", "Q. 1".
const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "TX", "TT", "Q", "P", "GS", "PGS", "TS", "ThS", "BS", "KS", "NSƯT", "NSND", "Mr",
    "Mrs", "Ms", "Dr", "St", "TSKH", "GS.TS", "PGS.TS",
];

/// Whether the full stop at byte `at` closes an abbreviation ([`ABBREVIATIONS`]). A single
/// capital is not taken for an initial: "khóa X." ends a sentence.
pub(crate) fn abbreviation_before(line: &str, at: usize) -> bool {
    let word = line[..at]
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | ','))
        .next()
        .unwrap_or("");
    ABBREVIATIONS.contains(&word)
}

/// The clauses of `text` from its end back, split at `,`, `;`, `:` and at a full stop that
/// closes no abbreviation ("UBND TP. Hồ Chí Minh" is one clause).
pub(crate) fn clauses_back(text: &str) -> impl Iterator<Item = &str> {
    let mut end = text.len();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let cut = text[..end].char_indices().rev().find(|&(i, c)| {
            matches!(c, ',' | ';' | ':') || (c == '.' && !abbreviation_before(text, i))
        });
        match cut {
            Some((i, c)) => {
                let clause = &text[i + c.len_utf8()..end];
                end = i;
                Some(clause)
            }
            None => {
                done = true;
                Some(&text[..end])
            }
        }
    })
}

/// Where to cut a sentence that reached byte `at` of `line`: after the last space between
/// `start` and `at`, or at `at` (always a character boundary) when there is none.
fn cut_point(line: &str, start: usize, at: usize) -> usize {
    let space = line[start..at]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace());
    match space {
        Some((sp, c)) if sp > 0 => start + sp + c.len_utf8(),
        _ => at,
    }
}

fn push_trimmed(out: &mut Vec<Range<usize>>, line: &str, r: Range<usize>) {
    let s = &line[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Parses a Roman numeral (I to MMM), upper case only, as written in ordinals ("lần thứ XII").
pub fn roman(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(|c| "IVXLCDM".contains(c)) {
        return None;
    }
    let val = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };
    let v: Vec<u32> = s.chars().map(val).collect();
    let mut total = 0;
    for i in 0..v.len() {
        if i + 1 < v.len() && v[i] < v[i + 1] {
            total -= v[i] as i64;
        } else {
            total += v[i] as i64;
        }
    }
    let n = u32::try_from(total).ok().filter(|n| *n > 0)?;
    // Reject non-canonical spellings ("IIII", "VX") by writing the number back.
    (to_roman(n) == s).then_some(n)
}

/// Writes `n` as a Roman numeral.
pub fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// The numbers from two to ten in words, as a regex alternation: counts of months, days,
/// tasks and items ("6 tháng" or "sáu tháng", "ba nhiệm vụ", "Hai là …"). Patterns add "một"
/// or "tư" where their phrase takes them.
pub const TWO_TO_TEN_WORDS: &str = "hai|ba|bốn|năm|sáu|bảy|tám|chín|mười";

/// Parses a Vietnamese number written in words, as used in ordinals ("lần thứ ba",
/// "lần thứ mười hai", "lần thứ hai mươi mốt"). Input is folded and lower case.
pub fn number_words(s: &str) -> Option<u32> {
    let unit = |w: &str| -> Option<u32> {
        Some(match w {
            "nhất" | "một" | "mốt" => 1,
            "hai" => 2,
            "ba" => 3,
            "tư" | "bốn" => 4,
            "năm" | "lăm" => 5,
            "sáu" => 6,
            "bảy" | "bẩy" => 7,
            "tám" => 8,
            "chín" => 9,
            _ => return None,
        })
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    match words.as_slice() {
        [w] if *w == "mười" => Some(10),
        [w] => unit(w).filter(|_| *w != "mốt" && *w != "lăm"),
        ["mười", u] => unit(u).filter(|_| *u != "mốt").map(|u| 10 + u),
        [t, "mươi"] => unit(t).filter(|t| *t >= 2).map(|t| t * 10),
        [t, "mươi", u] => {
            let t = unit(t).filter(|t| *t >= 2)?;
            Some(t * 10 + unit(u)?)
        }
        _ => None,
    }
}

/// At most `n` characters of `s`, cut at a word, with "…" when cut.
pub fn excerpt(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n).collect();
    let cut = cut.rfind(' ').map(|p| &cut[..p]).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Text for matching what a user typed: lower case, without tone or other marks (`đ` as `d`),
/// words separated by one space.
pub fn plain(s: &str) -> String {
    let bare: String = s
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The last `chars` + 1 characters of `s` (all of it when shorter): the tail a cue before a word
/// is looked for in, so that a long sentence is not lower-cased or searched whole.
pub fn tail(s: &str, chars: usize) -> &str {
    let at = s.char_indices().rev().nth(chars).map_or(0, |(i, _)| i);
    &s[at..]
}

/// `s` with its first letter in upper case ("đề nghị" → "Đề nghị").
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A photo's credit closing its caption: "(Ảnh: TG&VN)", "- Ảnh: Quang Định", ". Ảnh: VGP".
static PHOTO_CREDIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:\(\s*(?:Ảnh|Nguồn ảnh|Ảnh minh họa)\s*:[^()]{1,80}\)|(?:^|[.\-–]\s*)(?:Ảnh|Nguồn ảnh)\s*:\s*[^()]{1,60})\.?\s*$").unwrap()
});

/// Whether `text` is a photo's caption: it closes with the photo's credit. A caption shows
/// a scene; its date is the photo's, not the article's, and it gives no instruction.
pub fn is_caption(text: &str) -> bool {
    text.contains("Ảnh") && PHOTO_CREDIT.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_is_found_word_for_word_at_its_word() {
        let words = ["phiên", "họp", "hội", "đồng", "quản", "trị"];
        assert!(phrase_at(&words, 2, "hội đồng"));
        assert!(phrase_at(&words, 2, "hội đồng quản trị"));
        assert!(!phrase_at(&words, 1, "hội đồng"));
        assert!(!phrase_at(&words, 4, "quản trị viên"));
        assert!(!phrase_at(&words, 3, "đồng quản lý"));
    }

    #[test]
    fn a_word_ends_where_a_letter_or_digit_does_not_follow() {
        assert!(starts_with_word("Công an tỉnh", "Công an"));
        assert!(starts_with_word("Viện, Sở", "Viện"));
        assert!(starts_with_word("kỳ họp", "kỳ họp"));
        assert!(!starts_with_word("Công anh", "Công an"));
        assert!(!starts_with_word("họp2", "họp"));
        assert!(ends_with_word("tại cuộc họp", "cuộc họp"));
        assert!(ends_with_word("(ngày", "ngày"));
        assert!(ends_with_word("phỏng vấn", "vấn"));
        assert!(!ends_with_word("hội nghịngày", "ngày"));
        assert!(contains_word(
            "Hội nghị Bộ trưởng ASEAN lần thứ 51",
            "ASEAN"
        ));
        assert!(contains_word("Hội nghị ASEAN", "ASEAN"));
        assert!(contains_word("Hội nghị ASEAN-Nhật Bản", "ASEAN"));
        assert!(!contains_word("Hội nghị ASEANAPOL", "ASEAN"));
        assert!(!contains_word("Hội nghị Anhxtanh", "Anh"));
        assert!(contains_word("Họp ASEANAPOL rồi ASEAN", "ASEAN"));
        assert!(!contains_word("Hội nghị", ""));
    }

    #[test]
    fn folding_unifies_tone_placement_and_maps_back() {
        assert_eq!(fold("hoà bình"), "hòa bình");
        assert_eq!(fold("Thuỷ"), "Thủy");
        assert_eq!(fold("Toạ đàm"), fold("Tọa đàm"));
        assert_eq!(fold("hoàn thành"), "hoàn thành");
        assert_eq!(fold("quý"), "quý");
        let original = "Toạ đàm ở Thuỷ Nguyên";
        let f = Folded::new(original);
        let at = f.text.find("Thủy").unwrap();
        let r = f.original_range(at..at + "Thủy".len());
        assert_eq!(&original[r], "Thuỷ");
        let r = f.original_range(0..f.text.find(" đàm").unwrap());
        assert_eq!(&original[r], "Toạ");
    }

    #[test]
    fn word_chars_are_the_alphanumerics() {
        let ranges = ['\0'..='\u{2fff}', '\u{a000}'..='\u{10fff}'];
        for c in ranges.into_iter().flatten() {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn fold_key_is_case_and_punctuation_blind() {
        assert_eq!(
            fold_key("Hội nghị 'Đẩy mạnh' – hoà"),
            "hội nghị đẩy mạnh hòa"
        );
    }

    #[test]
    fn clauses_back_keep_an_abbreviation() {
        let got: Vec<&str> =
            clauses_back("Sáng 5/3, tại Hà Nội, UBND TP. Hồ Chí Minh đã").collect();
        assert_eq!(got, [" UBND TP. Hồ Chí Minh đã", " tại Hà Nội", "Sáng 5/3"]);
    }

    #[test]
    fn an_abbreviation_ends_no_sentence() {
        let line =
            "Sáng 5/3, UBND TP. Hồ Chí Minh họp. GS. Trần Văn A phát biểu. Khóa X. Kết thúc.";
        let parts: Vec<&str> = sentences(line)
            .ranges
            .iter()
            .map(|r| &line[r.clone()])
            .collect();
        assert_eq!(
            parts,
            [
                "Sáng 5/3, UBND TP. Hồ Chí Minh họp.",
                "GS. Trần Văn A phát biểu.",
                "Khóa X.",
                "Kết thúc."
            ]
        );
    }

    #[test]
    fn sentences_split_at_capitals_not_inside_quotes() {
        let line =
            "Ngày 13/12, hội nghị diễn ra. Bộ trưởng nói: “Một. Hai.” Sau đó 2.000 người về.";
        let s: Vec<&str> = sentences(line)
            .ranges
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(
            s,
            vec![
                "Ngày 13/12, hội nghị diễn ra.",
                "Bộ trưởng nói: “Một. Hai.”",
                "Sau đó 2.000 người về."
            ]
        );
    }

    #[test]
    fn no_sentence_is_longer_than_the_limit_and_a_stray_quote_does_not_hold_the_line() {
        // A quotation mark opened and never closed, then a page of ordinary sentences.
        let sentence = "Ngày 13/12, Hội nghị Thử nghiệm lần thứ 2 khai mạc tại Hà Nội. ";
        let line = format!("Ông nói: “{}", sentence.repeat(400));
        let s = sentences(&line);
        assert!(s.ranges.len() > 300, "{} sentences", s.ranges.len());
        assert!(s.ranges.iter().all(|r| r.len() <= MAX_SENTENCE_BYTES));
        // Text with no sentence end at all is cut at spaces, into pieces of the limit.
        let words = "hội nghị ".repeat(3_000);
        let s = sentences(&words);
        assert!(s.cut && s.ranges.len() >= 6, "{:?}", s.ranges.len());
        for r in &s.ranges {
            assert!(r.len() <= MAX_SENTENCE_BYTES);
            assert!(
                r.start == 0 || words[..r.start].ends_with(' '),
                "cut at a space"
            );
        }
        // One word longer than the limit is cut at a character boundary.
        let s = sentences(&"ộ".repeat(5_000));
        assert!(s.cut && s.ranges.iter().all(|r| r.len() <= MAX_SENTENCE_BYTES + 3));
        // Ordinary lines are not cut.
        assert!(!sentences(sentence).cut);
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman("XII"), Some(12));
        assert_eq!(roman("XIII"), Some(13));
        assert_eq!(roman("IV"), Some(4));
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("xii"), None);
        assert_eq!(roman(""), None);
    }

    #[test]
    fn vietnamese_number_words() {
        assert_eq!(number_words("ba"), Some(3));
        assert_eq!(number_words("tư"), Some(4));
        assert_eq!(number_words("mười"), Some(10));
        assert_eq!(number_words("mười hai"), Some(12));
        assert_eq!(number_words("mười lăm"), Some(15));
        assert_eq!(number_words("hai mươi mốt"), Some(21));
        assert_eq!(number_words("ba mươi"), Some(30));
        assert_eq!(number_words("mốt"), None);
        assert_eq!(number_words("người"), None);
    }

    #[test]
    fn the_lower_opening_counts_characters_past_leading_spaces() {
        assert_eq!(lower_opening("  Giao Ban Báo Chí", 12), "giao ban báo");
        assert_eq!(lower_opening("ĐẢNG ỦY", 3), "đản");
        assert_eq!(lower_opening("Họp", 10), "họp");
        assert_eq!(lower_opening("", 4), "");
    }

    #[test]
    fn captures_at_word_starts_agree_with_a_leading_word_boundary() {
        // Each branch begins with a word character, as the function asks of its patterns.
        let bare = r"(Bộ [A-ZĐ]\w*|Ủy ban|Phó\s+Thủ tướng|đã)\s+(họp|làm việc)";
        let bounded = regex::Regex::new(&format!(r"\b{bare}")).unwrap();
        let bare = regex::Regex::new(bare).unwrap();
        let befores = [
            "",
            " ",
            "Sáng nay, ",
            "xĐ",
            "ĐBộ",
            "_",
            "1",
            "(",
            "“",
            "ạ",
            "ủ",
        ];
        let cores = [
            "Bộ Y họp",
            "Ủy ban làm việc",
            "Phó Thủ tướng họp",
            "đã họp",
            "Bộ họp",
        ];
        let afters = [
            "",
            " với Sở A",
            ", rồi Bộ Đà họp",
            " và ĐỦy ban họp",
            " và Ủy ban họp",
        ];
        let mut cases = 0;
        for b in befores {
            for c in cores {
                for a in afters {
                    let text = format!("{b}{c}{a}");
                    let spans = |caps: Vec<regex::Captures>| -> Vec<(usize, usize, String)> {
                        caps.iter()
                            .map(|c| {
                                let m = c.get(0).unwrap();
                                (m.start(), m.end(), c[2].to_string())
                            })
                            .collect()
                    };
                    assert_eq!(
                        spans(captures_at_word_starts(&bare, &text)),
                        spans(bounded.captures_iter(&text).collect()),
                        "{text}"
                    );
                    cases += 1;
                }
            }
        }
        assert_eq!(cases, 275);
    }
}
