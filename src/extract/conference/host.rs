//! Whose a meeting is when the sentence names no organiser but names who spoke at it by office:
//! `Ông A, bộ trưởng Bộ Công thương, cho biết tại buổi làm việc với Cục B …`, `Tại cuộc họp
//! với …, Thứ trưởng Bộ NN & PTNT C cho biết …`, `lãnh đạo Tập đoàn D (EVN) đưa ra tại buổi
//! họp về …`. A working session (`làm việc với`) is held by its subject; a meeting (`cuộc
//! họp`, `buổi họp`) at which an office holder of a body reports is that body's. The body is
//! read from the office phrase: an office word, then a body's head and its name.

use std::ops::Range;

use crate::extract::lexicon::{
    starts_with_organiser, without_adverbs, MeetingKind, CLAUSE_WORDS, DIRECTIVE_VERBS, GUESTS,
    OFFICES, SPEAKING_VERBS,
};
use crate::extract::TIME_WORDS;
use crate::text::{is_word_char, starts_with_word};

/// The most lower-case syllables that stand together inside a body's name (`Bộ Thông tin
/// truyền thông`): a longer run is the sentence going on (`… Tỉnh ủy Nghệ An nói tại …`).
const MAX_LOWER_RUN: usize = 3;

/// The kinds of meeting a speaking office holder's body holds: working sessions and meetings
/// of a body's own, not a conference or forum someone else may host.
pub(super) fn held_by_speaker(kind: MeetingKind) -> bool {
    matches!(kind, MeetingKind::Meeting | MeetingKind::WorkingSession)
}

/// Whether a meeting's partner (the words after `với`) is a guest the other side receives: a
/// leader, an office holder, a delegation or a person (`Phó Thủ tướng …`, `đoàn công tác của
/// Bộ Y tế`, `ông A`). Whoever speaks there is most often the side that reports to the guest,
/// and the meeting is the guest's with that side. Not a place's leaders (`lãnh đạo tỉnh A`),
/// whom the speaker's side visits.
pub(super) fn a_guest(partner: &str) -> bool {
    let lower = partner.trim_start().to_lowercase();
    let partner = lower.strip_prefix("phó ").unwrap_or(&lower);
    !starts_with_word(partner, "lãnh đạo")
        && GUESTS
            .iter()
            .chain(OFFICES)
            .any(|w| starts_with_word(partner, w))
}

/// The body of the office holder who speaks at the meeting at `meeting` (its name ending at
/// `name_end`) in `text`: named before it in the clause that leads to `tại`/`trong` (`…, bộ
/// trưởng Bộ Công thương, đã nêu nhận định này tại buổi làm việc …`) or, when the
/// meeting is fronted (`Tại cuộc họp …, Thứ trưởng Bộ …`), in the clause after it. `people`
/// are the persons' names in `text`, where a body's name ends.
pub(super) fn speaker_body(
    text: &str,
    meeting: usize,
    name_end: usize,
    fronted: bool,
    people: &[Range<usize>],
    who: Speakers,
) -> Option<String> {
    // "… tại cuộc họp … do chủ tịch UBND TP A chủ trì": the chair's body holds it.
    if let Some(chair) = chair_body(text, name_end, people) {
        return chair;
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
        return office_body_in(text, from..clause_end, people, who)
            .into_iter()
            .next();
    }
    if !leads_to_meeting(text.get(..meeting)?) {
        return None;
    }
    // The subject stands in the sentence's first clause: past a fronted day or place
    // ("Sáng 9-8, ông A …") the subject is still the first named office holder.
    office_body_in(text, 0..meeting, people, who)
        .into_iter()
        .next()
}

/// Whether `prefix` leads to the meeting after it as the place of what it tells: it ends with
/// `tại` or `trong` ("… cho biết tại", "… đã thảo luận trong").
fn leads_to_meeting(prefix: &str) -> bool {
    let lower = prefix.trim_end().to_lowercase();
    lower.ends_with(" tại") || lower.ends_with(" trong")
}

/// The body that is the subject of the clause leading to `tại`/`trong` right before the
/// meeting at `meeting`, or the agent of its passive: `Ủy ban Kinh tế đã thảo luận báo cáo tại
/// phiên họp toàn thể …`, `Kết quả vừa được Bộ Tài chính công bố tại cuộc họp …`. A body that
/// acts at a meeting its sentence gives no other owner acts at its own. Not when a capitalised
/// word stands between the body and the meeting: another body or person the subject acts upon
/// (`Bộ A đề nghị Chính phủ xem xét tại phiên họp …`) may be the one that holds it.
pub(super) fn subject_body(text: &str, meeting: usize, people: &[Range<usize>]) -> Option<String> {
    let prefix = super::without_article(text.get(..meeting)?);
    if !leads_to_meeting(prefix) {
        return None;
    }
    let starts = prefix
        .char_indices()
        .filter(|&(i, c)| !c.is_whitespace() && (i == 0 || prefix[..i].ends_with(' ')))
        .map(|(i, _)| i);
    // Not a body in brackets, an office holder's in apposition (`đại tá A (C45, Bộ Công an)`).
    let open = |at: usize| prefix[..at].matches('(').count() > prefix[..at].matches(')').count();
    let at = starts
        .filter(|&at| starts_with_organiser(&prefix[at..]) && subject_place(prefix, at))
        .find(|&at| !open(at))?;
    let body = body_at(text, at..prefix.len(), people)?;
    let between = &prefix[at + body.len()..];
    let named = between
        .split_whitespace()
        .any(|w| w.starts_with(|c: char| c.is_uppercase()));
    (!named).then_some(body)
}

/// The body of the office holder who chairs the meeting at `meeting` as the subject of `chủ
/// trì` right before it: `Bộ trưởng Bộ NN & PTNT Nguyễn Văn A đã chủ trì hội nghị …`, `Ông A,
/// giám đốc Sở Y tế, chủ trì cuộc họp …`. A conference a body's head chairs is that body's.
pub(super) fn chair_before(text: &str, meeting: usize, people: &[Range<usize>]) -> Option<String> {
    let prefix = text.get(..meeting)?.trim_end();
    let lower = prefix.to_lowercase();
    // Offsets of the lower-case copy are the text's only when folding kept every length.
    if lower.len() != prefix.len() || !crate::text::ends_with_word(&lower, "chủ trì") {
        return None;
    }
    let subject = without_adverbs(&lower[..lower.len() - "chủ trì".len()], &[]);
    let start = subject.rfind([';', ':']).map_or(0, |i| i + 1);
    office_body_in(text, start..subject.len(), people, Speakers::Any)
        .into_iter()
        .next()
}

/// Offices of a state's or a government's leader, lower case: a meeting such a leader chairs,
/// has or sits in (`Tổng thống Pháp Emmanuel Macron chủ trì cuộc họp …`, `ngoại trưởng Hàn Quốc
/// đã có cuộc họp với …`) is the leader's when the sentence names no body for it.
const LEADERS: &[&str] = &[
    "tổng thống",
    "thủ tướng chính phủ",
    "thủ tướng",
    "chủ tịch nước",
    "quốc vương",
    "nhà vua",
    "ngoại trưởng",
    "tổng bí thư",
];

/// The words that make the subject before them hold a meeting right after: chairing it,
/// having it, sitting in it. Lower case.
const HOLDING_LINKS: &[&str] = &["chủ trì", "có", "trong", "trong một", "triệu tập"];

/// The most words a leader's country and name run to after the office (`Mỹ Donald Trump`).
const MAX_LEADER_NAME_WORDS: usize = 5;

/// The leader who holds the meeting that starts at `meeting` in `text` ([`LEADERS`]): the
/// sentence's first leader, named with a capitalised word at least (a country, a name), linked
/// to the meeting by one of [`HOLDING_LINKS`], with no other office holder between them but one
/// joined by `và` (`Tổng thống A và Thứ trưởng B trong một cuộc họp …`). The office and the
/// name as written.
pub(super) fn leader_before(text: &str, meeting: usize) -> Option<String> {
    let prefix = text.get(..meeting)?.trim_end();
    let lower = prefix.to_lowercase();
    if lower.len() != prefix.len() {
        return None;
    }
    let linked = HOLDING_LINKS.iter().any(|l| {
        crate::text::ends_with_word(&lower, l)
            && !crate::text::ends_with_word(&lower, &format!("không {l}"))
    });
    if !linked {
        return None;
    }
    let (at, office) = first_leader(&lower)?;
    // "Phó Thủ tướng A": the deputy's office whole.
    let start = lower[..at]
        .strip_suffix("phó ")
        .filter(|before| before.is_empty() || !before.ends_with(is_word_char))
        .map_or(at, str::len);
    let end = at + office.len() + leader_name_len(&prefix[at + office.len()..])?;
    let between = &lower[end..];
    let another = LEADERS.iter().chain(OFFICES).chain(GUESTS).any(|o| {
        crate::text::word_positions(between, o).any(|at| !between[..at].trim_end().ends_with(" và"))
    });
    let owner = prefix[start..end].trim_end_matches([',', '.', ';', ':', ')']);
    (!another).then(|| owner.to_string())
}

/// How far the capitalised words after a leader's office run (`after`, what follows it: its
/// country and name, `Pháp Emmanuel Macron`), to the end of the last: none when there are none or
/// more than [`MAX_LEADER_NAME_WORDS`].
fn leader_name_len(after: &str) -> Option<usize> {
    let name: Vec<&str> = after
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(MAX_LEADER_NAME_WORDS + 1)
        .collect();
    let last = name
        .last()
        .filter(|_| name.len() <= MAX_LEADER_NAME_WORDS)?;
    Some(after.find(last)? + last.len())
}

/// The most bytes of the rest of a fronted clause after a meeting's name, before the subject
/// ([`leader_after`]): a place and a day (`ở Washington hôm 11/4`).
const MAX_FRONTED_REST: usize = 60;

/// The leader who is the subject after a fronted meeting with a partner (`rest` follows its
/// name): `Tại hội nghị thượng đỉnh với Tổng thống B ở C hôm 11/4, Tổng thống Mỹ A bày tỏ …`,
/// `Trong cuộc họp với Bộ X chiều 6/2, Phó Thủ tướng A yêu cầu …`: the other side of the
/// meeting. A [`LEADERS`] office (or its deputy's), a capitalised name of at most
/// [`MAX_LEADER_NAME_WORDS`] words, then a verb in lower case. The office and the name as
/// written.
pub(super) fn leader_after(rest: &str) -> Option<String> {
    let comma = rest.find(',').filter(|&at| at <= MAX_FRONTED_REST)?;
    if rest[..comma].contains(['.', ';', ':']) {
        return None;
    }
    let subject = rest[comma + 1..].trim_start();
    let lower = subject.to_lowercase();
    if lower.len() != subject.len() {
        return None;
    }
    let deputy = if lower.starts_with("phó ") {
        "phó ".len()
    } else {
        0
    };
    let office = LEADERS
        .iter()
        .filter(|o| starts_with_word(&lower[deputy..], o))
        .max_by_key(|o| o.len())?;
    let end = deputy + office.len() + leader_name_len(&subject[deputy + office.len()..])?;
    let verb_follows = subject[end..].trim_start().starts_with(char::is_lowercase);
    verb_follows.then(|| subject[..end].to_string())
}

/// Whether a meeting's name after its word (`after_word`) opens with a legislature in lower
/// case (`cuộc họp quốc hội`, `phiên họp nghị viện`): a sitting the leader speaks at, not the
/// leader's own meeting.
pub(super) fn legislature_named(after_word: &str) -> bool {
    let lower = crate::text::lower_opening(after_word, 24);
    ["quốc hội", "nghị viện", "thượng viện", "hạ viện"]
        .iter()
        .any(|w| starts_with_word(&lower, w))
}

/// The first of [`LEADERS`] in `lower` as a whole word: where, and which.
fn first_leader(lower: &str) -> Option<(usize, &'static str)> {
    LEADERS
        .iter()
        .filter_map(|o| crate::text::find_word(lower, o).map(|at| (at, *o)))
        // The longest office where two start at one place ("thủ tướng" in "phó thủ tướng").
        .min_by_key(|(at, o)| (*at, std::cmp::Reverse(o.len())))
}

/// The body of the office holder who chairs the meeting, named after it in its clause: `do
/// chủ tịch UBND TP A chủ trì`. `Some(None)` when the meeting has a chair whose body the
/// sentence does not name: it is the chair's, and no speaker's.
fn chair_body(text: &str, name_end: usize, people: &[Range<usize>]) -> Option<Option<String>> {
    let rest = text.get(name_end..)?;
    let clause_end = rest
        .find([',', ';', ':'])
        .map_or(text.len(), |e| name_end + e);
    let clause = &text[name_end..clause_end];
    let by = clause.find(" do ")? + " do ".len();
    if !clause[by..].to_lowercase().contains("chủ trì") {
        return None;
    }
    Some(
        office_body_in(text, name_end + by..clause_end, people, Speakers::Any)
            .into_iter()
            .next(),
    )
}

/// The bodies named after an office word inside `span` of `text`, in order. The office must
/// stand where a subject or agent does ([`subject_place`]): after a fronted clause or a name
/// in apposition, nothing but names, forms of address and a day before it, or `được` right
/// before it (the agent of a passive); not a possessor (`theo đề xuất của giám đốc …`) nor
/// the object of an election or appointment (`được bầu làm chủ tịch Hội đồng …`).
fn office_body_in(
    text: &str,
    span: Range<usize>,
    people: &[Range<usize>],
    who: Speakers,
) -> Vec<String> {
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
            // The copy's offsets are the text's only where both split between the same
            // characters.
            if !part.is_char_boundary(start) || !part.is_char_boundary(from) {
                continue;
            }
            let word_start = start == 0 || !lower[..start].ends_with(is_word_char);
            if !word_start || lower[from..].starts_with(is_word_char) || !subject_place(part, start)
            {
                continue;
            }
            if who == Speakers::Heads && (deputy(&lower[..start]) || !HEAD_OFFICES.contains(office))
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

/// Which office holders name the body whose meeting they speak at.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Speakers {
    /// Any office holder of a body, its deputies too: a meeting or working session is most
    /// often held by the body that reports at it.
    Any,
    /// Only a body's head ([`HEAD_OFFICES`], no deputy): at a work conference (`hội nghị tổng
    /// kết …`) deputies and heads of departments report to the body that holds it.
    Heads,
}

/// The offices that head a body, lower case: its holder speaks at the body's own conferences.
const HEAD_OFFICES: &[&str] = &[
    "bộ trưởng",
    "bí thư",
    "chủ tịch",
    "tổng giám đốc",
    "giám đốc",
    "trưởng ban",
    "tổng cục trưởng",
    "cục trưởng",
    "viện trưởng",
    "hiệu trưởng",
];

/// Whether the words before an office (lower case) make its holder a deputy: `phó giám đốc`,
/// `phó tổng giám đốc`, `Phó Bí thư thường trực`.
fn deputy(before: &str) -> bool {
    let before = before.trim_end();
    let before = before.strip_suffix("tổng").map_or(before, str::trim_end);
    crate::text::ends_with_word(before, "phó")
}

/// Whether the office word at `at` of `part` stands as its subject or agent (see
/// [`office_body_in`]).
fn subject_place(part: &str, at: usize) -> bool {
    // The subject follows a fronted clause ("Theo đề xuất của …, Chủ tịch UBND tỉnh A …") and
    // a name in apposition ("Ông Lê Văn A, bộ trưởng …").
    let before = part[..at].trim_end();
    let before = before.rsplit(',').next().unwrap_or(before).trim();
    let lower = before.to_lowercase();
    // "phó chủ tịch": the office is the deputy's, read as the office after it.
    let lower = lower
        .strip_suffix("phó")
        .filter(|r| r.is_empty() || r.ends_with(' '))
        .map_or(lower.as_str(), str::trim_end);
    // An office one is elected or appointed to is not the speaker's ("được bầu làm chủ tịch
    // …", "giữ chức giám đốc …").
    if ["làm", "bầu", "cử", "chức", "nhiệm"]
        .iter()
        .any(|w| crate::text::ends_with_word(lower, w))
    {
        return false;
    }
    // The agent of a passive ("được lãnh đạo Tập đoàn … đưa ra"); not a possessor ("theo đề
    // xuất của giám đốc …"), whose office is another's than the subject's.
    if crate::text::ends_with_word(lower, "được") {
        return true;
    }
    let before = before.get(..lower.len()).unwrap_or(before);
    before.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // A fronted day ("Sáng 9-8, ông A, …") stands before the subject.
        w.is_empty()
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || ["ông", "bà", "đồng", "chí", "nay", "qua"].contains(&w)
            || TIME_WORDS.contains(&w)
    })
}

/// A body known by its acronym alone that `rest` opens with, after its head's office ("Tổng
/// Giám đốc EVN Trần Văn A", "Chủ tịch VCCI, ông B"): letters only, not a Roman numeral (a
/// term, "khóa XIV"), and the word ends there.
fn acronym_body(rest: &str) -> Option<String> {
    let word = rest.split(|c: char| !c.is_alphanumeric()).next()?;
    let ends = rest[word.len()..]
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')'));
    let letters = word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && word.chars().filter(|c| c.is_uppercase()).count() >= 3;
    (ends && letters && crate::text::roman(word).is_none()).then(|| word.to_string())
}

/// The body whose name starts at `at`: a head of a body or organiser, then capitalised words
/// (and `&`) with the lower-case syllables inside its name, up to a comma, a dash, a
/// parenthesis, a person's name or the sentence going on.
fn body_at(text: &str, span: Range<usize>, people: &[Range<usize>]) -> Option<String> {
    let at = span.start;
    let rest = &text[span.clone()];
    // "Bộ trưởng", "Tổng cục trưởng Đường bộ": an office, not a body.
    let head = crate::text::lower_opening(rest, 24);
    let office = OFFICES.iter().any(|o| starts_with_word(&head, o));
    if office {
        return None;
    }
    if !starts_with_organiser(rest) {
        return acronym_body(rest);
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
            // Only syllables finishing a word of the name ("Bộ Y tế cho biết"), not a verb
            // after a place's name ("Sở Y tế tỉnh A báo cáo tại …").
            let so_far = end.map_or("", |e| &text[at..e]);
            match cut {
                1..=MAX_LOWER_RUN if last_capitalised_run(so_far) < 2 => {
                    end = Some(words[i + cut - 1].0.end)
                }
                0..=MAX_LOWER_RUN => {}
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
    let letters = body
        .split_whitespace()
        .last()
        .is_some_and(super::is_acronym);
    let cut_in_a_word = !clean && last_capitalised_run(body) < 2 && !letters;
    // A head with no name ("UBND tỉnh", "Thành ủy") is every province's.
    let named = body.split_whitespace().skip(1).any(|w| {
        w.starts_with(char::is_uppercase) && !["TP", "TP.", "Q", "Q.", "P", "P."].contains(&w)
    });
    (named && !cut_in_a_word).then(|| body.to_string())
}

/// How many capitalised words end `body`, its first word (the head) aside.
pub(super) fn last_capitalised_run(body: &str) -> usize {
    let words: Vec<&str> = body.split_whitespace().skip(1).collect();
    words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase() || c == '&'))
        .count()
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

    #[test]
    fn a_leader_who_chairs_has_or_sits_in_a_meeting_holds_it() {
        let owner = |text: &str| leader_before(text, text.find("cuộc họp").unwrap());
        for (text, leader) in [
            (
                "Tổng thống Pháp Emmanuel Macron chủ trì cuộc họp nội các",
                "Tổng thống Pháp Emmanuel Macron",
            ),
            (
                "Sáng 5/3, Phó Thủ tướng Lê Văn Thành đã có cuộc họp với các bộ",
                "Phó Thủ tướng Lê Văn Thành",
            ),
            (
                "Tổng thống A và Thứ trưởng Quốc phòng B trong một cuộc họp nội các",
                "Tổng thống A",
            ),
            (
                "Thủ tướng Chính phủ Nguyễn Văn An chủ trì cuộc họp",
                "Thủ tướng Chính phủ Nguyễn Văn An",
            ),
        ] {
            assert_eq!(owner(text).as_deref(), Some(leader), "{text}");
        }
        for text in [
            // Attending is no holding; a leader with no name or country is nobody's.
            "Tổng thống Mỹ Donald Trump dự cuộc họp của Hội đồng Bảo an",
            "Tổng thống chủ trì cuộc họp",
            // Another office holder between them is the subject.
            "Thủ tướng A cho biết Bộ trưởng Bộ B đã chủ trì cuộc họp",
            "Tổng thống A không có cuộc họp",
        ] {
            assert_eq!(owner(text), None, "{text}");
        }
    }

    #[test]
    fn a_body_that_acts_at_a_meeting_is_its_subject_or_a_passives_agent() {
        let k = Knowledge::embedded();
        let subject = |text: &str| {
            let meeting = ["phiên họp", "cuộc họp", "buổi làm việc"]
                .iter()
                .find_map(|w| text.find(w))
                .unwrap();
            subject_body(text, meeting, &crate::extract::people::names_in(text, &k))
        };
        for (text, body) in [
            (
                "Ủy ban Kinh tế đã thảo luận báo cáo tại phiên họp toàn thể",
                "Ủy ban Kinh tế",
            ),
            (
                "Kết quả giám sát vừa được Ủy ban Pháp luật đưa ra tại phiên họp toàn thể",
                "Ủy ban Pháp luật",
            ),
            (
                "Báo cáo được Bộ Tài chính công bố tại cuộc họp",
                "Bộ Tài chính",
            ),
            (
                "Sáng 5/3, Sở Y tế tỉnh Bình An thống nhất phương án trong cuộc họp",
                "Sở Y tế tỉnh Bình An",
            ),
            (
                "Theo kế hoạch, UBND huyện Bình An sẽ xem xét đề án tại buổi làm việc",
                "UBND huyện Bình An",
            ),
            // The indefinite article before the meeting.
            (
                "Bộ Tài chính đã đề cập vấn đề này trong một cuộc họp",
                "Bộ Tài chính",
            ),
        ] {
            assert_eq!(subject(text).as_deref(), Some(body), "{text}");
        }
        for text in [
            // Another body the subject acts upon may hold it.
            "Bộ Công thương đề nghị Chính phủ xem xét tại phiên họp thường kỳ",
            // A body in an office holder's brackets is not the subject.
            "Đại tá A (Cục Cảnh sát, Bộ Công an) cho biết tại cuộc họp",
            // A possessor, not a subject; no meeting of the clause.
            "Theo đề xuất của Sở Tài chính tại cuộc họp",
            "Sở Tài chính đã gửi văn bản cho cuộc họp",
            // The body of an office holder's title: the holder, a person, is the subject.
            "Bộ trưởng Bộ Tài chính Park Seong Jin được xem là người kế nhiệm cho tới khi ông đổ bệnh trong một cuộc họp",
        ] {
            assert_eq!(subject(text), None, "{text}");
        }
    }

    #[test]
    fn a_body_known_by_its_acronym_is_one_word_of_capitals() {
        let cases = [
            ("EVN Trần Văn A chủ trì", Some("EVN")),
            ("VCCI, ông B", Some("VCCI")),
            ("EVNNPC.", Some("EVNNPC")),
            ("EVN", Some("EVN")),
            ("XIV Nguyễn Văn C", None),
            ("GD&ĐT Phùng Xuân D", None),
            ("Evn Trần", None),
            ("UB tỉnh", None),
            ("EVN-NPC", None),
        ];
        for (rest, body) in cases {
            assert_eq!(acronym_body(rest).as_deref(), body, "{rest}");
        }
    }

    fn body(sentence: &str) -> Option<String> {
        let meeting = sentence.find("buổi").or_else(|| sentence.find("cuộc"))?;
        let name_end = [",", " chiều", " sáng"]
            .iter()
            .filter_map(|w| sentence[meeting..].find(w))
            .min()
            .map_or(sentence.len(), |e| meeting + e);
        let fronted = sentence[..meeting].trim_end().to_lowercase() == "tại";
        let people = crate::extract::people::names_in(sentence, &Knowledge::embedded());
        speaker_body(sentence, meeting, name_end, fronted, &people, Speakers::Any)
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
                "Tại buổi làm việc với Cục B, lãnh đạo Bộ Giao thông vận tải đồng ý cho nhà đầu tư triển khai.",
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
                "Tại buổi làm việc với huyện C chiều 16/8, Bí thư Tỉnh uỷ Quảng Ninh Lê Văn D đã chỉ đạo.",
                "Tỉnh uỷ Quảng Ninh",
            ),
            // A verb the reader does not know, after a place's name, is not part of it.
            (
                "Giám đốc Sở Y tế tỉnh Bình Định báo cáo tại cuộc họp chiều 5/3.",
                "Sở Y tế tỉnh Bình Định",
            ),
            // A possessor's office before the subject's is not the speaker's.
            (
                "Theo đề xuất của Giám đốc Sở Xây dựng, Chủ tịch UBND tỉnh Nghệ An đã đồng ý tại cuộc họp chiều 5/3.",
                "UBND tỉnh Nghệ An",
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
    fn a_leader_a_delegation_or_a_person_is_a_guest_and_a_places_leaders_are_not() {
        for (partner, guest) in [
            ("Phó Thủ tướng Lê Văn A", true),
            ("đoàn công tác của Bộ Y tế", true),
            ("ông Lê Văn B", true),
            ("lãnh đạo tỉnh Bình Định", false),
            ("Cục Phòng vệ thương mại", false),
        ] {
            assert_eq!(a_guest(partner), guest, "{partner}");
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
            // A chair whose body the sentence does not name holds it, not the speaker.
            "Giám đốc Sở Y tế tỉnh Bình Định phát biểu tại cuộc họp về dịch bệnh chiều 3-11 do chủ tịch UBND TP Lê Văn Bình chủ trì.",
            // A head without a name is every province's.
            "Chủ tịch UBND tỉnh Nguyễn Văn An cho biết tại cuộc họp chiều 5/3.",
            "Tại cuộc họp, ông Lê Văn A được bầu làm phó chủ tịch HĐND tỉnh Bình Định.",
            // An office one is elected to is no speaker's.
            "Trong cuộc họp ngày 9-8, ông Lê Văn A được bầu làm chủ tịch Hội đồng Nhà nước.",
            // The sentence's subject is no office holder; an office in its object is not hers.
            "Bà Lê Thị A cho biết đã gặp giám đốc Sở Y tế tỉnh B tại cuộc họp.",
        ] {
            assert_eq!(body(s), None, "{s}");
        }
    }
}
