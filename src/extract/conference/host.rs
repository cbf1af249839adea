//! Whose a meeting is when the sentence names no organiser but names who spoke at it by office:
//! `Ông A, bộ trưởng Bộ Công thương, cho biết tại buổi làm việc với Cục B …`, `Tại cuộc họp
//! với …, Thứ trưởng Bộ NN & PTNT C cho biết …`, `lãnh đạo Tập đoàn D (EVN) đưa ra tại buổi
//! họp về …`. A working session (`làm việc với`) is held by its subject; a meeting (`cuộc
//! họp`, `buổi họp`) at which an office holder of a body reports is that body's. The body is
//! read from the office phrase: an office word, then a body's head and its name.

use std::ops::Range;

use crate::extract::lexicon::{starts_with_organiser, MeetingKind, CLAUSE_WORDS, DIRECTIVE_VERBS};
use crate::text::{is_word_char, starts_with_word};

/// Offices whose holder speaks for a body, lower case; written before the body's name
/// (`bí thư Thành ủy Đà Nẵng`, `lãnh đạo Tập đoàn …`). `phó` may stand before any of them.
const OFFICES: &[&str] = &[
    "bộ trưởng",
    "thứ trưởng",
    "bí thư",
    "chủ tịch",
    "tổng giám đốc",
    "giám đốc",
    "lãnh đạo",
    "trưởng ban",
    "tổng cục trưởng",
    "cục trưởng",
    "vụ trưởng",
    "viện trưởng",
    "hiệu trưởng",
    "chánh văn phòng",
    "người đứng đầu",
];

/// Two-syllable verbs an office holder's body is followed by (the directive verbs besides):
/// its sentence going on, not its name.
const SPEAKING_VERBS: &[&str] = &[
    "cho biết",
    "phát biểu",
    "khẳng định",
    "đồng ý",
    "đề xuất",
    "chủ trì",
    "tổ chức",
    "thông tin",
    "thông báo",
];

/// Words after a body's name that are its sentence going on, not its name (`Tỉnh ủy Nghệ An
/// chủ trì.`): a lower-case word of a body's name is followed by more of the name.
const MAX_LOWER_RUN: usize = 3;

/// The kinds of meeting a speaking office holder's body holds: working sessions and meetings
/// of a body's own, not a conference or forum someone else may host.
pub(super) fn held_by_speaker(kind: MeetingKind) -> bool {
    matches!(kind, MeetingKind::Meeting | MeetingKind::WorkingSession)
}

/// The body of the office holder who speaks at the meeting at `meeting` (its name ending at
/// `name_end`) in `text`: named before it in the clause that leads to `tại`/`trong` (`…, bộ
/// trưởng Bộ Công thương, đã đưa ra thông tin như vậy tại buổi làm việc …`) or, when the
/// meeting is fronted (`Tại cuộc họp …, Thứ trưởng Bộ …`), in the clause after it. `people`
/// are the persons' names in `text`, where a body's name ends.
pub(super) fn speaker_body(
    text: &str,
    meeting: usize,
    name_end: usize,
    fronted: bool,
    people: &[Range<usize>],
) -> Option<String> {
    // "… tại cuộc họp … do chủ tịch UBND TP A chủ trì": the chair's body holds it.
    if let Some(chair) = chair_body(text, name_end, people) {
        return Some(chair);
    }
    if fronted {
        let rest = text.get(name_end..)?;
        let comma = rest.find(',')?;
        let from = name_end + comma + 1;
        let end_after = |at: usize| {
            text[at..]
                .find([',', ';', ':'])
                .map_or(text.len(), |e| at + e)
        };
        let mut clause_end = end_after(from);
        // "Tại cuộc họp …, ông Lê Văn A, bộ trưởng Bộ B, cho biết": the subject's name and
        // its office in apposition are one clause.
        if clause_end < text.len()
            && people
                .iter()
                .any(|p| p.end <= clause_end && p.start >= from)
        {
            clause_end = end_after(clause_end + 1);
        }
        return office_body_in(text, from..clause_end, people)
            .into_iter()
            .next();
    }
    let prefix = text.get(..meeting)?.trim_end();
    let lower = prefix.to_lowercase();
    if !(lower.ends_with(" tại") || lower.ends_with(" trong")) {
        return None;
    }
    // The subject stands in the sentence's first clause: past a fronted day or place
    // ("Sáng 9-8, ông A …") the subject is still the first named office holder.
    office_body_in(text, 0..meeting, people).into_iter().next()
}

/// The body of the office holder who chairs the meeting, named after it in its clause: `do
/// chủ tịch UBND TP A chủ trì`.
fn chair_body(text: &str, name_end: usize, people: &[Range<usize>]) -> Option<String> {
    let rest = text.get(name_end..)?;
    let clause_end = rest
        .find([',', ';', ':'])
        .map_or(text.len(), |e| name_end + e);
    let clause = &text[name_end..clause_end];
    let by = clause.find(" do ")? + " do ".len();
    if !clause[by..].to_lowercase().contains("chủ trì") {
        return None;
    }
    office_body_in(text, name_end + by..clause_end, people)
        .into_iter()
        .next()
}

/// The bodies named after an office word inside `span` of `text`, in order. The office must
/// stand where a subject or agent does: nothing but names, forms of address and marks before
/// it in the span, or `được`/`do` right before it (the agent of a passive); not the object of
/// an election or appointment (`được bầu làm chủ tịch Hội đồng …`).
fn office_body_in(text: &str, span: Range<usize>, people: &[Range<usize>]) -> Vec<String> {
    let part = &text[span.clone()];
    let lower = part.to_lowercase();
    let mut out = Vec::new();
    // Offsets of the lower-case copy are the text's only when folding kept every length.
    if lower.len() != part.len() {
        return Vec::new();
    }
    for office in OFFICES {
        let mut from = 0;
        while let Some(at) = lower[from..].find(office) {
            let start = from + at;
            from = start + office.len();
            let word_start = start == 0 || !lower[..start].ends_with(is_word_char);
            if !word_start || lower[from..].starts_with(is_word_char) || !subject_place(part, start)
            {
                continue;
            }
            let after = part[from..].trim_start();
            let after = after.strip_prefix("của ").unwrap_or(after);
            let at = span.start + part.len() - after.len();
            if let Some(body) = body_at(text, at..span.end, people) {
                out.push((start, body));
            }
        }
    }
    out.sort();
    out.into_iter().map(|(_, b)| b).collect()
}

/// Whether the office word at `at` of `part` stands as its subject or agent (see
/// [`office_body_in`]).
fn subject_place(part: &str, at: usize) -> bool {
    let before = part[..at].trim_end();
    let lower = before.to_lowercase();
    if ["được", "do", "của", "phó"]
        .iter()
        .any(|w| crate::text::ends_with_word(&lower, w))
    {
        return !["làm", "bầu", "cử"]
            .iter()
            .any(|w| crate::text::ends_with_word(lower.trim_end_matches(" được").trim_end(), w));
    }
    before.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // A fronted day ("Sáng 9-8, ông A, …") stands before the subject.
        w.is_empty()
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || [
                "ông", "bà", "đồng", "chí", "sáng", "chiều", "tối", "trưa", "ngày", "hôm", "nay",
                "qua",
            ]
            .contains(&w)
    })
}

/// The body whose name starts at `at`: a head of a body or organiser, then capitalised words
/// (and `&`) with the lower-case syllables inside its name, up to a comma, a dash, a
/// parenthesis, a person's name or the sentence going on.
fn body_at(text: &str, span: Range<usize>, people: &[Range<usize>]) -> Option<String> {
    let at = span.start;
    let rest = &text[span.clone()];
    if !starts_with_organiser(rest) || starts_with_word(rest, "Bộ trưởng") {
        return None;
    }
    let words = words_in(text, span);
    let mut end = None;
    let mut clean = true;
    let mut i = 0;
    while i < words.len() {
        let (r, lower) = &words[i];
        if let Some(person) = people.iter().find(|p| p.start == r.start) {
            // "Tỉnh uỷ Quảng Ninh Nguyễn Văn A" reads as a person "Ninh Nguyễn Văn A": a name
            // of four words after a syllable that alone would cut the body's name begins a word
            // later.
            let so_far = end.map_or("", |e| &text[at..e]);
            let four = text[person.clone()].split_whitespace().count() >= 4;
            if four && last_capitalised_run(so_far) == 1 {
                end = Some(r.end);
            }
            break;
        }
        if i > 0 && delimited(text, &words, i) {
            break;
        }
        if !lower {
            end = Some(r.end);
            i += 1;
            continue;
        }
        let run = (i..words.len())
            .take_while(|&j| words[j].1 && (j == i || !delimited(text, &words, j)))
            .count();
        let is_clause_word = |j: usize| {
            let w = text[words[j].0.clone()].to_lowercase();
            let two = words
                .get(j + 1)
                .map(|n| format!("{w} {}", &text[n.0.clone()].to_lowercase()));
            CLAUSE_WORDS.contains(&w.as_str())
                || two.is_some_and(|two| {
                    SPEAKING_VERBS.contains(&two.as_str())
                        || DIRECTIVE_VERBS.iter().any(|v| v.word == two)
                })
        };
        // "Bộ Y tế cho biết": the sentence goes on at its first clause word; the syllables
        // before it end the name.
        if let Some(cut) = (i..i + run).position(is_clause_word) {
            match cut {
                0 => {}
                1..=MAX_LOWER_RUN => end = Some(words[i + cut - 1].0.end),
                _ => clean = false,
            }
            break;
        }
        // Otherwise the run belongs to the name when the name goes on after it (a capital,
        // `&`, the person who holds the office), or ends there at a comma, dash or parenthesis.
        let next = i + run;
        let goes_on = next < words.len() && !delimited(text, &words, next);
        let closed = next == words.len() || delimited(text, &words, next);
        let closed = closed && closed_by_mark(text, words[next - 1].0.end);
        if run > MAX_LOWER_RUN || i == 0 || !(goes_on || closed) {
            clean = false;
            break;
        }
        end = Some(words[next - 1].0.end);
        i = next;
    }
    let body = text[at..end?].trim();
    // Where the name ran into words of no known kind ("Bộ Giao thông vận tải đồng ý …"), a
    // name that ends in one capitalised syllable after its head is cut in a word: none.
    let cut_in_a_word = !clean && last_capitalised_run(body) < 2 && !ends_in_letters(body);
    (body.split_whitespace().count() >= 2 && !cut_in_a_word).then(|| body.to_string())
}

/// How many capitalised words end `body`, its first word (the head) aside.
fn last_capitalised_run(body: &str) -> usize {
    let words: Vec<&str> = body.split_whitespace().skip(1).collect();
    words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase() || c == '&'))
        .count()
}

/// Whether `body` ends in a name written in capitals (`Bộ GTVT`, `UBND TP`).
fn ends_in_letters(body: &str) -> bool {
    body.split_whitespace().last().is_some_and(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    })
}

/// The words of `span` of `text`, each with whether it is written in lower case; `&` counts as
/// a capitalised word.
fn words_in(text: &str, span: Range<usize>) -> Vec<(Range<usize>, bool)> {
    let mut out = Vec::new();
    let mut start = None;
    let at = span.start;
    for (i, c) in text[span.clone()].char_indices().map(|(i, c)| (at + i, c)) {
        if is_word_char(c) || c == '&' || c == '.' && start.is_some() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(word(text, s..i));
        }
    }
    if let Some(s) = start {
        out.push(word(text, s..span.end));
    }
    out
}

fn word(text: &str, r: Range<usize>) -> (Range<usize>, bool) {
    let w = text[r.clone()].trim_end_matches('.');
    let r = r.start..r.start + w.len();
    let lower = w.starts_with(char::is_lowercase);
    (r, lower)
}

/// Whether a mark other than a space stands between word `i - 1` and word `i`: the name ended.
fn delimited(text: &str, words: &[(Range<usize>, bool)], i: usize) -> bool {
    let prev = &text[words[i - 1].0.clone()];
    let between = &text[words[i - 1].0.end..words[i].0.start];
    // "TP. HCM": the full stop of a place's abbreviation is inside the name; so is the dash
    // between two capitalised parts ("Bộ Thông tin - Truyền thông", "Bà Rịa - Vũng Tàu").
    let abbreviation =
        between.trim_end() == "." && prev.len() <= 3 && !prev.chars().any(char::is_lowercase);
    let joined = ["-", "–"].contains(&between.trim()) && !words[i].1;
    !abbreviation && !joined && between.chars().any(|c| !c.is_whitespace())
}

/// Whether the name ending at `end` is closed by a comma, a dash or a parenthesis (not by the
/// sentence's end, where a lower-case run is more often its verb: `… Nghệ An chủ trì.`).
fn closed_by_mark(text: &str, end: usize) -> bool {
    text[end..]
        .trim_start()
        .starts_with([',', '-', '–', '(', ')'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    fn body(sentence: &str) -> Option<String> {
        let meeting = sentence.find("buổi").or_else(|| sentence.find("cuộc"))?;
        let name_end = [",", " chiều", " sáng"]
            .iter()
            .filter_map(|w| sentence[meeting..].find(w))
            .min()
            .map_or(sentence.len(), |e| meeting + e);
        let fronted = sentence[..meeting].trim_end().to_lowercase() == "tại";
        let people = crate::extract::people::names_in(sentence, &Knowledge::embedded());
        speaker_body(sentence, meeting, name_end, fronted, &people)
    }

    #[test]
    fn the_office_holders_body_before_the_meeting() {
        for (s, want) in [
            (
                "Ông Lê Văn A, bộ trưởng Bộ Công thương, cho biết tại buổi làm việc với Cục B sáng 9-8.",
                "Bộ Công thương",
            ),
            (
                "Ông Lê Văn A - bí thư Thành ủy Hải Phòng - yêu cầu tại cuộc làm việc với Quận ủy C.",
                "Thành ủy Hải Phòng",
            ),
            (
                "Thông tin được lãnh đạo Tập đoàn Dầu khí Việt Nam (PVN) đưa ra tại buổi họp về sản lượng.",
                "Tập đoàn Dầu khí Việt Nam",
            ),
            (
                "Phó chủ tịch UBND tỉnh Quảng Ngãi cho biết như vậy tại cuộc họp về dự án.",
                "UBND tỉnh Quảng Ngãi",
            ),
            (
                "Tại cuộc họp với các doanh nghiệp, Thứ trưởng Bộ NN & PTNT cho biết giá tăng.",
                "Bộ NN & PTNT",
            ),
            (
                "Giám đốc Sở Y tế tỉnh A phát biểu tại cuộc họp về dịch bệnh chiều 3-11 do chủ tịch UBND TP. HCM Lê Văn B chủ trì.",
                "UBND TP. HCM",
            ),
            (
                "Tại buổi làm việc, Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Định cho biết.",
                "Sở Tài nguyên và Môi trường tỉnh Bình Định",
            ),
            (
                "Tại buổi làm việc với Cục B, lãnh đạo Bộ Giao thông vận tải đồng ý để đối tác làm.",
                "Bộ Giao thông vận tải",
            ),
            (
                "Tại cuộc họp với Cục B, Thứ trưởng Bộ Y tế cho biết giá tăng.",
                "Bộ Y tế",
            ),
            (
                "Bộ trưởng Bộ Thông tin - Truyền thông Lê Văn A phát biểu tại buổi làm việc với tỉnh B.",
                "Bộ Thông tin - Truyền thông",
            ),
            (
                "Tại buổi làm việc với Sở B, Chủ tịch UBND tỉnh Cà Mau chỉ đạo sở khẩn trương.",
                "UBND tỉnh Cà Mau",
            ),
            (
                "Tại buổi làm việc với huyện C chiều 3/5, Bí thư Tỉnh uỷ Quảng Ninh Lê Văn D đã chỉ đạo.",
                "Tỉnh uỷ Quảng Ninh",
            ),
            // The office holder's verb is not part of the body's name.
            (
                "Bí thư Tỉnh ủy Nghệ An nói tại cuộc họp với Hội Nông dân.",
                "Tỉnh ủy Nghệ An",
            ),
        ] {
            assert_eq!(body(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn no_body_without_an_office_or_before_the_sentence_going_on() {
        for s in [
            // A person without an office, a body as the object of another verb.
            "Ông Lê Văn A cho biết tại cuộc họp với Bộ Công thương.",
            // Cut inside a word of the name, before a verb the reader does not know.
            "Tại buổi làm việc với Cục B, lãnh đạo Bộ Giao thông vận tải ủng hộ để đối tác làm.",
            // A minister is a person, not a ministry.
            "Tại cuộc họp, Bộ trưởng cho biết.",
            // An office one is elected to is no speaker's.
            "Trong cuộc họp ngày 11-4, ông Lê Văn A được bầu làm chủ tịch Hội đồng Nhân dân tối cao.",
            // The sentence's subject is no office holder; an office in its object is not hers.
            "Bà Lê Thị A cho biết đã gặp giám đốc Sở Y tế tỉnh B tại cuộc họp.",
        ] {
            assert_eq!(body(s), None, "{s}");
        }
    }
}
