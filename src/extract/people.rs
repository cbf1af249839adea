//! People named in an article: full names (a known family name followed by capitalised given
//! names), the title before them, and references back to them ("Bộ trưởng", "ông Sơn").

use crate::knowledge::Knowledge;

use super::Sentence;

/// A person the article has named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// The title written before the name ("Bộ trưởng"), folded.
    pub role: Option<String>,
}

/// People seen so far, most recent last.
#[derive(Debug, Default)]
pub struct People {
    seen: Vec<Person>,
    /// Every office each person was named with (each role of `seen` among them), once each, in
    /// the order first seen: a person named "Phó Thủ tướng" once keeps it after being named by
    /// another title.
    offices: Vec<Person>,
    /// The heads of bodies the article names with their body: the body as written between the
    /// title and the name, folded to lower case ("tổ chức trung ương" of "Trưởng ban Tổ chức
    /// Trung ương A"), the title, and the name.
    heads: Vec<Head>,
}

/// A head of a body named with it ([`People::heads`]).
#[derive(Debug)]
struct Head {
    body: String,
    title: String,
    name: String,
}

/// A word of a text with its byte range.
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if crate::text::is_word_char(c) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word {
                start: s,
                end: i,
                text: &text[s..i],
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            text: &text[s..],
        });
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(|c| !c.is_uppercase())
}

/// Full names in `text` (folded), as byte ranges.
pub fn names_in(text: &str, k: &Knowledge) -> Vec<std::ops::Range<usize>> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if capitalised(ws[i].text)
            && k.is_surname(ws[i].text)
            && !in_a_place_name(&ws, i)
            && !in_a_firm_name(&ws, i)
        {
            let mut j = i + 1;
            // Given names follow separated by a single space only.
            while j < ws.len()
                && j - i < 4
                && capitalised(ws[j].text)
                && text[ws[j - 1].end..ws[j].start] == *" "
            {
                j += 1;
            }
            // "Trung ương Đoàn Thanh niên …": a capitalised syllable that makes one word with the
            // lower-case one after it is a body's, not a given name.
            if j > i + 1 && j < ws.len() && text[ws[j - 1].end..ws[j].start] == *" " {
                let pair = format!("{} {}", ws[j - 1].text, ws[j].text);
                if BODY_WORDS_LIKE_NAMES.contains(&pair.as_str()) {
                    j -= 1;
                }
            }
            if j - i >= 2 {
                let r = ws[i].start..ws[j - 1].end;
                let name = &text[r.clone()];
                let not_person = NOT_PEOPLE.iter().any(|p| {
                    name.strip_prefix(p)
                        .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                });
                if !not_person {
                    out.push(r);
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// Heads of the names of firms and works, which are often named like people ("Công ty Lê
/// Sơn", "Tổng công ty Thái Hòa", "Nhà máy Hồ Nam").
const FIRM_HEADS: &[&str] = &[
    "Công ty",
    "Tổng công ty",
    "Tập đoàn",
    "Ngân hàng",
    "Doanh nghiệp",
    "Hợp tác xã",
    "Nhà máy",
    "Xí nghiệp",
    "Khách sạn",
];

/// Whether word `i` opens the name of a firm after its head ([`FIRM_HEADS`]), past the letters
/// of its legal form ("Công ty TNHH Lê Sơn", "Công ty cổ phần Hà Nam"): two capitalised
/// syllables, as [`in_a_place_name`] reads a place (three would be a person named after it).
fn in_a_firm_name(ws: &[Word], i: usize) -> bool {
    let run = ws[i..].iter().take_while(|w| capitalised(w.text)).count();
    if run != 2 {
        return false;
    }
    // Back past the legal form: letters in capitals ("TNHH", "MTV", "CP") or "cổ phần".
    let mut j = i;
    while j > 0 && ws[j - 1].text.chars().all(|c| c.is_uppercase()) {
        j -= 1;
    }
    if j >= 2 && ws[j - 2].text == "cổ" && ws[j - 1].text == "phần" {
        j -= 2;
    }
    FIRM_HEADS.iter().any(|h| {
        let n = h.split(' ').count();
        j >= n && ws[j - n..j].iter().map(|w| w.text).eq(h.split(' '))
    })
}

/// Whether word `i` is a syllable of a place named after its word ("tỉnh Quảng Ninh Đặng Huy
/// Hậu", "TP Uông Bí", "huyện Thạch Thất"): the first or second capitalised word after
/// "tỉnh", "huyện", "TP" and the like, not a family name.
fn in_a_place_name(ws: &[Word], i: usize) -> bool {
    // The place word's syllables end at word `j` ("tỉnh", "thành phố", "TP").
    let place_word = |j: usize| {
        crate::extract::lexicon::PLACE_WORDS.iter().any(|p| {
            let n = p.split(' ').count();
            j + 1 >= n && ws[j + 1 - n..=j].iter().map(|w| w.text).eq(p.split(' '))
        })
    };
    // A place and then a person's full name: more capitalised words than a name has ("UBND
    // TP Lê Văn A" leaves out the city and names the person). Two alone after the place word
    // are the place ("tỉnh Ninh Thuận với …", "tỉnh Hà Nam"): a person is named in three.
    let run = ws[i..].iter().take_while(|w| capitalised(w.text)).count();
    (run >= 4 || run == 2) && i >= 1 && place_word(i - 1)
        || run >= 4 && i >= 2 && capitalised(ws[i - 1].text) && place_word(i - 2)
}

/// Words of bodies' names whose first syllable is also a given name, as written inside a
/// name (first syllable capitalised): "Đoàn Thanh niên" is the Youth Union, not a Mr Đoàn Thanh.
const BODY_WORDS_LIKE_NAMES: &[&str] = &["Thanh niên", "Thiếu niên", "Nhân dân", "Phụ nữ"];

/// Place names that begin with a family name.
const NOT_PEOPLE: &[&str] = &[
    // Places whose first syllable is one of the rarer family names.
    "Uông Bí",
    "Thạch Thất",
    "Thạch Hà",
    "Thạch Thành",
    "Thạch An",
    "Lục Nam",
    "Lục Ngạn",
    "Lục Yên",
    "Nông Cống",
    "Nông Sơn",
    "Hà Nội",
    "Hà Giang",
    "Hà Tĩnh",
    "Hà Nam",
    "Hà Lan",
    "Hồ Chí Minh",
    "Lâm Đồng",
    "Cao Bằng",
    "Thái Lan",
    "Thái Bình",
    "Thái Nguyên",
    "Hoàng Sa",
    "Lý Sơn",
    "Mai Châu",
    "Phú Thọ",
    "Quan Hóa",
    "Văn Phòng",
    "La Habana",
    "Từ Sơn",
    "Đồng Nai",
    "Đồng Tháp",
];

impl People {
    /// The person named most recently.
    pub fn last(&self) -> Option<String> {
        self.seen.last().map(|p| p.name.clone())
    }

    /// Records the people named in a sentence, with their titles.
    pub fn observe(&mut self, s: &Sentence, k: &Knowledge) {
        let text = s.folded();
        let mut prev_end = 0;
        for r in names_in(text, k) {
            let chain = offices_before(&text[prev_end..r.start], k);
            prev_end = r.end;
            let before = &text[..r.start];
            // The last 48 characters.
            let tail_lower = crate::text::tail(before, 47).to_lowercase();
            let title = k.last_title(&tail_lower);
            let heads = title.and_then(|(end, h)| head_of_body(&tail_lower, end, h));
            let role = title.map(|(_, h)| h.to_string());
            // "ông Phan Văn A, Phó Chủ tịch …", "bà B - Giám đốc …": an office after the name.
            let role = match role.as_deref() {
                held if holds_no_office(held) => office_after(&text[r.end..], k).or(role),
                _ => role,
            };
            let name = s
                .line
                .original(s.range.start + r.start..s.range.start + r.end)
                .to_string();
            let existing = self.seen.iter().position(|p| p.name == name);
            // A name seen again as "ông …" keeps the office it was first given.
            let known = existing.and_then(|i| self.seen[i].role.clone());
            let role = match role.as_deref() {
                held if holds_no_office(held) => known.or(role),
                _ => role,
            };
            if let Some(i) = existing {
                self.seen.remove(i);
            }
            if let Some((title, body)) = heads {
                let name = name.clone();
                self.heads.push(Head { body, title, name });
            }
            let person = Person { name, role };
            let offices = chain.into_iter().map(Some).chain([person.role.clone()]);
            for role in offices.filter(|r| !holds_no_office(r.as_deref())) {
                let held = Person {
                    name: person.name.clone(),
                    role,
                };
                if !self.offices.contains(&held) {
                    self.offices.push(held);
                }
            }
            self.seen.push(person);
        }
    }

    /// Whether `name` is a person the article named without an office: by name alone or as
    /// "ông"/"bà" (an expert, a deputy, a business leader), whose words are opinions.
    pub fn without_office(&self, name: &str) -> bool {
        self.seen
            .iter()
            .rev()
            .find(|p| p.name == name)
            .is_some_and(|p| holds_no_office(p.role.as_deref()))
    }

    /// Who speaks or acts in `text` (folded) before byte `upto`: the last full name, or a title
    /// or "ông/bà" with a given name ("Bộ trưởng Sơn", "ông Sơn"), or a bare title ("Bộ
    /// trưởng") standing for the last person of that title.
    pub fn speaker(&self, text: &str, upto: usize, k: &Knowledge) -> Option<String> {
        let before = &text[..upto.min(text.len())];
        let lower = before.to_lowercase();
        // "sai phạm của ông A là nghiêm trọng, vì vậy, đề nghị …": a person named as a
        // possessor or an object in an earlier clause is not who speaks, and nobody named
        // before them is either; right before the verb ("chỉ đạo của Phó Thủ tướng A yêu cầu
        // …") their words are what instructs. A bare title opening the last clause ("Tại mỏ
        // đá Tân Lập, Phó thủ tướng yêu cầu …") is the speaker, not a name before it.
        let last = names_in(before, k).pop();
        if let Some(r) = last.filter(|r| !title_opens_last_clause(&lower, r.end, k)) {
            if possessed(&before[..r.start], k) && before[r.end..].contains([',', ';']) {
                return None;
            }
            let name = &before[r.clone()];
            return Some(
                self.seen
                    .iter()
                    .find(|p| crate::text::fold(&p.name) == name)
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| name.to_string()),
            );
        }
        // Title (or ông/bà) and a given name.
        let ws = words(before);
        let mut best: Option<(usize, String)> = None;
        for w in ws.iter().filter(|w| capitalised(w.text)) {
            let head = lower[..w.start].trim_end();
            if !k
                .honorifics_lower
                .iter()
                .any(|h| head.ends_with(h.as_str()))
            {
                continue;
            }
            if let Some(p) = self.seen.iter().rev().find(|p| {
                p.name.rsplit(' ').next().map(crate::text::fold).as_deref() == Some(w.text)
            }) {
                best = Some((w.start, p.name.clone()));
            }
        }
        if let Some((_, name)) = best {
            return Some(name);
        }
        // A bare title: the last person who bore it. The title is the longest one ending last
        // ("Phó Thủ tướng", not the "Thủ tướng" inside it).
        let (end, hl) = k.last_title(&lower)?;
        // "Thủ tướng Nhật Bản Abe kêu gọi …": an office of another country, with a name the
        // reader did not take for one, is that country's holder, not the article's; who it is
        // is left unsaid. (Named as a possessor, "đề xuất của Thủ tướng Nhật Bản …", it is
        // not who speaks: the bare office before it is.)
        if foreign_office(before, end, hl, k) {
            return None;
        }
        let generic = is_form_of_address(hl);
        self.seen
            .iter()
            .rev()
            .find(|p| generic || self.bore(&p.name, hl))
            .map(|p| p.name.clone())
    }

    /// The one person the article names with the office `title` (any case), wherever: a
    /// headline's or lead's bare "Phó Thủ tướng" stands for the deputy prime minister the
    /// article names below it. None when the article names no one or several with it.
    pub fn only_bearer(&self, title: &str) -> Option<&str> {
        let title = title.to_lowercase();
        let mut bearers = self
            .offices
            .iter()
            .filter(|p| p.role.as_deref() == Some(title.as_str()))
            .map(|p| p.name.as_str());
        let first = bearers.next()?;
        bearers.all(|n| n == first).then_some(first)
    }

    /// Whether the article named `name` with the office `title` (folded, lower case).
    fn bore(&self, name: &str, title: &str) -> bool {
        self.offices
            .iter()
            .any(|p| p.name == name && p.role.as_deref() == Some(title))
    }

    /// The one person the article names as the head of `body` (lower case), the body written
    /// after the title (`Bộ trưởng Bộ Công an A`) or completing it (`Trưởng ban Tổ chức Trung
    /// ương A` heads the `ban tổ chức trung ương`).
    fn head_of(&self, body: &str) -> Option<&str> {
        let mut names = self
            .heads
            .iter()
            .filter(|h| {
                let last = h.title.rsplit(' ').next().unwrap_or("");
                h.body == body || format!("{last} {}", h.body) == body
            })
            .map(|h| h.name.as_str());
        let first = names.next()?;
        names.all(|n| n == first).then_some(first)
    }

    /// The person a speaker written as a bare office ("Phó Thủ tướng", "Bộ trưởng Chính phủ")
    /// stands for: the article's only bearer of it. None for a name, a body or a form of
    /// address.
    pub fn named_office(&self, who: &str, k: &Knowledge) -> Option<&str> {
        let lower = who.to_lowercase();
        // An office named by what it heads ("Người đứng đầu Chính phủ yêu cầu …"); its
        // leaders ("Lãnh đạo Chính phủ") are its head only when the article names no deputy.
        if let Some((epithet, office)) = OFFICE_EPITHETS.iter().find(|(e, _)| *e == lower) {
            let deputy = epithet.starts_with("lãnh đạo")
                && self
                    .offices
                    .iter()
                    .any(|p| p.role.as_deref() == Some(&format!("phó {office}")));
            return (!deputy).then(|| self.only_bearer(office)).flatten();
        }
        // "Lãnh đạo Ban Tổ chức Trung ương": the one head the article names with that body.
        if let Some(body) = lower.strip_prefix("lãnh đạo ") {
            return self.head_of(body);
        }
        let title = lower.strip_suffix(" chính phủ").unwrap_or(&lower);
        k.honorifics_lower
            .iter()
            .any(|h| h == title && !is_form_of_address(h))
            .then(|| self.only_bearer(title))?
    }
}

/// The title and the body of a head of a body, when the title `title` that ends at `end` in
/// `lower` (lower case, up to a name) heads one, not a deputy's (`phó` before it or in it), a
/// member's or a form of address, and what stands between it and the name is a body's name of
/// a few words, no clause (`trưởng ban tổ chức trung ương`, `bộ trưởng bộ công an`).
fn head_of_body(lower: &str, end: usize, title: &str) -> Option<(String, String)> {
    const NOT_HEADS: &[&str] = &["phó", "ủy viên", "uỷ viên", "thành viên", "đại biểu"];
    let deputy = crate::text::ends_with_word(lower[..end - title.len()].trim_end(), "phó");
    let body = lower[end..].trim().trim_end_matches([',', '-', '–']).trim();
    let words = body.split_whitespace().count();
    let heads =
        !deputy && !is_form_of_address(title) && !NOT_HEADS.iter().any(|n| title.starts_with(n));
    (heads && (1..=8).contains(&words) && !body.contains([',', '(', ')']))
        .then(|| (title.to_string(), body.to_string()))
}

/// Whether a title of office (not a form of address) opens the last clause of `lower`, after
/// the name that ends at `name_end`: "…, Phó thủ tướng" right before the verb.
fn title_opens_last_clause(lower: &str, name_end: usize, k: &Knowledge) -> bool {
    let Some(comma) = lower.get(name_end..).and_then(|r| r.rfind([',', ';'])) else {
        return false;
    };
    let clause = lower[name_end + comma + 1..].trim();
    k.honorifics_lower
        .iter()
        .filter(|h| !is_form_of_address(h))
        .any(|h| clause == h.as_str())
}

/// Offices named by what they head, lower case, with the office they stand for.
const OFFICE_EPITHETS: &[(&str, &str)] = &[
    ("người đứng đầu chính phủ", "thủ tướng"),
    ("lãnh đạo chính phủ", "thủ tướng"),
];

/// Whether the office that ends at `end` in `before` (`title`, lower case) is another
/// country's, a country or an international body of the knowledge file right after it ("Thủ
/// tướng Nhật Bản Abe", "Tổng thống Nga …"), and its holder is the subject, not a possessor.
fn foreign_office(before: &str, end: usize, title: &str, k: &Knowledge) -> bool {
    let (Some(start), Some(rest)) = (end.checked_sub(title.len()), before.get(end..)) else {
        return false;
    };
    let rest = rest.trim_start();
    let foreign = k.foreign_parties.iter().any(|p| {
        rest.strip_prefix(p.as_str())
            .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
    });
    foreign && before.get(..start).is_some_and(|b| !possessed(b, k))
}

/// Words after which a person is a possessor or an object, not a subject ("vi phạm của ông
/// A", "đối với Bộ trưởng B").
const POSSESSOR_WORDS: &[&str] = &["của", "đối với"];

/// What a person's words or documents are called: after "… của", the person is their author
/// and may be who instructs ("theo chỉ đạo của Bí thư A, …").
const AUTHORED_NOUNS: &[&str] = &[
    "chỉ đạo",
    "ý kiến",
    "kết luận",
    "yêu cầu",
    "đề nghị",
    "văn bản",
    "công văn",
    "công điện",
    "chỉ thị",
    "quyết định",
    "thông báo",
    "thư",
    "lời",
    "phát biểu",
    "điện thoại",
];

/// Whether the name that follows `before` is a possessor or an object: `before` ends with one
/// of [`POSSESSOR_WORDS`] and then nothing but a title or a form of address and what it heads
/// ("của Bộ trưởng Bộ Thông tin và Truyền thông").
fn possessed(before: &str, k: &Knowledge) -> bool {
    let lower = before.to_lowercase();
    POSSESSOR_WORDS.iter().any(|w| {
        let Some(at) = crate::text::rfind_word(&lower, w) else {
            return false;
        };
        // "chỉ đạo của Bí thư A", "thư của ông B": the person is the author of what speaks.
        let owned = lower[..at].trim_end();
        if AUTHORED_NOUNS
            .iter()
            .any(|n| crate::text::ends_with_word(owned, n))
        {
            return false;
        }
        let between = before[at + w.len()..].trim();
        let between_lower = between.to_lowercase();
        between.is_empty()
            || k.honorifics_lower.iter().any(|h| {
                crate::text::starts_with_word(&between_lower, h)
                    && between.get(h.len()..).is_some_and(is_office_phrase)
            })
    })
}

/// The offices written in a row right before a name, in lower case ("Tổng Bí thư, Chủ tịch
/// nước, Bí thư Quân ủy Trung ương Nguyễn …" holds three): from the end of `before`, each
/// comma-separated part that is a title and what it heads ([`is_office_phrase`]), up to the
/// first part that is not; each gives its title, the longest ("Phó Thủ tướng", not "Thủ
/// tướng"). Forms of address are not offices, and a title that opens a clause ("Thủ tướng
/// giao Phó Thủ tướng …", "Phó Thủ tướng chỉ đạo … chung cư …") is not the name's.
fn offices_before(before: &str, k: &Knowledge) -> Vec<String> {
    let mut out = Vec::new();
    for part in before.rsplit(',') {
        let part = part.trim();
        let lower = title_opening(part, k);
        let opening = k
            .honorifics_lower
            .iter()
            .filter(|h| !is_form_of_address(h))
            .filter(|h| crate::text::starts_with_word(&lower, h))
            .max_by_key(|h| h.len())
            .filter(|h| part.get(h.len()..).is_some_and(is_office_phrase));
        match opening {
            Some(title) if !out.contains(title) => out.push(title.clone()),
            Some(_) => {}
            // The rest of a name written with commas ("Bộ trưởng Bộ Văn hóa, Thể thao và Du
            // lịch").
            None if is_office_phrase(part) => {}
            None => break,
        }
    }
    out
}

/// Whether `rest`, what follows a title, names only what the office heads: capitalised words
/// and the syllable after each ("Bộ Ngoại giao", "Bộ Kế hoạch và Đầu tư"), numbers, and the
/// lower-case words of such names ([`OFFICE_WORDS`]: "UBND tỉnh Hà Giang"); a verb or any
/// other word makes it a clause.
fn is_office_phrase(rest: &str) -> bool {
    let mut after_capital = false;
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            let fits = capital || after_capital || OFFICE_WORDS.contains(&w);
            after_capital = capital;
            fits
        })
}

/// Lower-case words inside the name of what an office heads ("Phó Thủ tướng thường trực",
/// "Chủ tịch UBND tỉnh", "Bí thư thành ủy", "Bộ trưởng Bộ Kế hoạch và Đầu tư", "Chủ tịch nước").
const OFFICE_WORDS: &[&str] = &[
    "tỉnh",
    "thành",
    "phố",
    "huyện",
    "quận",
    "thị",
    "xã",
    "phường",
    "trấn",
    "nước",
    "thường",
    "trực",
    "vụ",
    "ủy",
    "uỷ",
    "ban",
    "chính",
    "phủ",
    "trung",
    "ương",
    "nhân",
    "dân",
    "hội",
    "đồng",
    "quốc",
    "gia",
    "và",
    "kiêm",
    "tp",
    "bộ",
    "đảng",
    "đoàn",
    "thư",
    "ký",
];

/// Words before a name that address a person without naming an office: "ông", "bà",
/// "đồng chí" (any case).
pub(super) fn is_form_of_address(honorific: &str) -> bool {
    // Asked of every title for every name: compared without a lower-case copy.
    ["ông", "bà", "đồng chí"]
        .iter()
        .any(|f| honorific.chars().flat_map(char::to_lowercase).eq(f.chars()))
}

/// The opening of `text` in lower case, as long as the longest title and the character after
/// it: all that a comparison with the titles it may open with reads.
fn title_opening(text: &str, k: &Knowledge) -> String {
    let chars = k.honorifics.first().map_or(0, |h| h.chars().count()) + 1;
    crate::text::lower_opening(text, chars)
}

/// A person's role (folded title) that holds no office: none, or "ông"/"bà". ("Đồng chí" is
/// how the Party press addresses its officials: it counts as one.)
fn holds_no_office(role: Option<&str>) -> bool {
    matches!(role, None | Some("ông") | Some("bà"))
}

/// An office in the apposition right after a name (", Phó Chủ tịch …", " - Bộ trưởng …"),
/// folded to lower case: a title of office among the knowledge file's honorifics, not a form
/// of address. Not a bare title with its verb right after it: that is the subject of the next
/// clause (`… với ông A, Tổng bí thư đề nghị …`), someone else than the name before the comma.
fn office_after(after: &str, k: &Knowledge) -> Option<String> {
    let rest = after.trim_start();
    let rest = rest
        .strip_prefix(',')
        .or_else(|| rest.strip_prefix(['-', '–', '(']))?
        .trim_start();
    let lower = title_opening(rest, k);
    k.honorifics_lower
        .iter()
        .filter(|h| !is_form_of_address(h))
        .filter(|h| lower.starts_with(h.as_str()))
        .max_by_key(|h| h.len())
        .filter(|h| !rest.get(h.len()..).is_some_and(verb_opens))
        .cloned()
}

/// Whether `rest` opens with a verb of saying or instructing, in lower case (`Ban Tổ chức`
/// is a name).
fn verb_opens(rest: &str) -> bool {
    use super::lexicon::{DIRECTIVE_VERBS, SPEAKING_VERBS, TELLING_PAIRS};
    let rest = rest.trim_start();
    if !rest.starts_with(char::is_lowercase) {
        return false;
    }
    let rest = crate::text::lower_opening(rest, 16);
    DIRECTIVE_VERBS
        .iter()
        .map(|v| v.word)
        .chain(SPEAKING_VERBS.iter().copied())
        .chain(TELLING_PAIRS.iter().copied())
        .chain(["nói"])
        .any(|v| crate::text::starts_with_word(&rest, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full names `names_in` reads in `text`, as written.
    fn names(text: &str) -> Vec<String> {
        names_in(text, &Knowledge::embedded())
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    /// Asserts that `frame` with each of `fills` in place of its `{}` names no person.
    fn assert_no_names(frame: &str, fills: &[&str]) {
        for fill in fills {
            let text = frame.replace("{}", fill);
            assert!(names(&text).is_empty(), "{text}: {:?}", names(&text));
        }
    }

    #[test]
    fn a_place_whose_first_syllable_is_a_family_name_is_no_person() {
        assert_no_names(
            "Chủ tịch UBND {} với các bộ.",
            &[
                "tỉnh Ninh Thuận",
                "tỉnh Hà Nam",
                "huyện Triệu Sơn",
                "quận Hà Đông",
            ],
        );
        // A person named after the place word in three syllables, or after the place.
        assert_eq!(
            names("Chủ tịch UBND TP Lê Văn An phát biểu."),
            ["Lê Văn An"]
        );
        assert_eq!(
            names("Chủ tịch UBND tỉnh Ninh Bình Đinh Văn Điến phát biểu."),
            ["Đinh Văn Điến"]
        );
    }

    #[test]
    fn a_firm_named_like_a_person_is_no_person() {
        assert_no_names(
            "Hội nghị khách hàng của {} diễn ra sáng nay.",
            &[
                "Công ty Lê Sơn",
                "Tổng công ty Thái Hòa",
                "Công ty TNHH Phạm Gia",
                "Công ty cổ phần Hồ Nam",
                "Tập đoàn Trần Anh",
            ],
        );
        // A person named in three syllables after the firm is still one.
        assert_eq!(
            names("Giám đốc Công ty Nguyễn Văn An phát biểu."),
            ["Nguyễn Văn An"]
        );
    }

    #[test]
    fn a_bodys_word_whose_first_syllable_is_a_given_name_ends_no_persons_name() {
        for body in [
            "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Đoàn Thanh niên phường Bến Nghé",
            "Hội đồng Đội Thiếu niên Tiền phong",
        ] {
            let text = format!("Thủ tướng làm việc với {body} về công tác năm 2019.");
            assert!(names(&text).is_empty(), "{text}: {:?}", names(&text));
        }
        // A person whose given name is such a syllable is still one.
        assert_eq!(
            names("Ông Đoàn Thanh Hà chủ trì cuộc họp."),
            ["Đoàn Thanh Hà"]
        );
        assert_eq!(names("Bà Đoàn Thanh chủ trì cuộc họp."), ["Đoàn Thanh"]);
    }

    #[test]
    fn offices_in_a_row_before_a_name_and_not_a_clause() {
        let k = Knowledge::embedded();
        let cases: &[(&str, &[&str])] = &[
            (
                "Sáng 14/2, Tổng Bí thư, Chủ tịch nước, Bí thư Quân ủy Trung ương ",
                &["bí thư", "chủ tịch nước", "tổng bí thư"],
            ),
            (
                "Ủy viên Bộ Chính trị, Phó Thủ tướng thường trực ",
                &["phó thủ tướng", "ủy viên bộ chính trị"],
            ),
            ("Dự hội nghị có Phó Chủ tịch UBND tỉnh Hà Giang ", &[]),
            ("Phó Chủ tịch UBND tỉnh Hà Giang ", &["phó chủ tịch"]),
            ("Bộ trưởng Bộ Kế hoạch và Đầu tư ", &["bộ trưởng"]),
            (
                "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ",
                &["bộ trưởng", "ủy viên bộ chính trị"],
            ),
            ("Bộ trưởng Bộ Công an yêu cầu Giám đốc ", &[]),
            ("Phó Thủ tướng chỉ đạo làm rõ vi phạm tại khu đô thị ", &[]),
            ("Thủ tướng giao Phó Thủ tướng ", &[]),
            ("ông ", &[]),
        ];
        for (before, want) in cases {
            let mut got = offices_before(before, &k);
            got.sort();
            let mut want: Vec<&str> = want.to_vec();
            want.sort();
            assert_eq!(got, want, "{before}");
        }
    }
}
