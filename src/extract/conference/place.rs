//! Where a conference was held: the place phrase after "tại".
//!
//! A Vietnamese place is a proper name (capitalised syllables: `Hà Nội`, `Quảng Ninh`), often
//! after a head noun that is written in lower case after its first letter and belongs to the
//! place (`Thủ đô Hà Nội`, `thành phố Hồ Chí Minh`, `Trung tâm Hội nghị Quốc gia`, `Nhà Quốc
//! hội`, `Khách sạn Melia`). A few common nouns stand lower-case inside a name (`Học viện Chính
//! trị quốc gia Hồ Chí Minh`). The phrase is the head with the whole name after it, or nothing:
//! a head with no name after it (`tại trụ sở`) is no place.

use std::ops::Range;

use crate::extract::lexicon::CLAUSE_WORDS;
use crate::text::is_word_char;

/// Nouns that begin a place's name, lower case after their first letter.
const PLACE_HEADS: &[&str] = &[
    "thủ đô",
    "thành phố",
    "tỉnh",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "phường",
    "xã",
    "trung tâm",
    "nhà khách",
    "nhà hát",
    "nhà",
    "cung",
    "hội trường",
    "khách sạn",
    "tòa nhà",
    "toà nhà",
    "trụ sở",
    "học viện",
    "trường",
    "đại học",
    "bảo tàng",
    "sân vận động",
    "khu",
    "phòng",
    "đảo",
];

/// Lower-case words that may stand inside a place's name, between capitalised ones.
const INNER_WORDS: &[&str] = &[
    "quốc gia",
    "quốc tế",
    "nhân dân",
    "thành phố",
    "tỉnh",
    "huyện",
    "quận",
];

/// Words that end a place's name besides those that end any name ([`CLAUSE_WORDS`]): a
/// conference's name may hold these ("Hội nghị Xúc tiến đầu tư và thương mại"), a place's not.
const PLACE_STOP_WORDS: &[&str] = &["và", "với", "về", "các", "những", "một", "nơi"];

fn ends_place(word: &str) -> bool {
    CLAUSE_WORDS.contains(&word) || PLACE_STOP_WORDS.contains(&word)
}

/// Words that follow a place's name in a sentence about a meeting (a time, a manner): only
/// before these, or punctuation, may the name end in a lower-case syllable ("… Quốc gia vào
/// sáng nay").
const AFTER_PLACE: &[&str] = &[
    "vào", "sáng", "chiều", "tối", "trưa", "ngày", "hôm", "lúc", "từ", "trong", "với", "và", "do",
    "dưới", "nhằm", "để",
];

/// The place named right after `tại` in `text` (byte range), if the words there name one.
pub(super) fn place_after(text: &str, at: usize) -> Option<Range<usize>> {
    let start = skip_space(text, at);
    let rest = &text[start..];
    let head = PLACE_HEADS
        .iter()
        .filter(|h| starts_with_word(rest, h))
        .map(|h| h.len())
        .max()
        .unwrap_or(0);
    let mut end = start + head;
    let mut named = 0;
    // Whether the name is an institution's, which may end in a lower-case syllable ("Nhà Quốc
    // hội", "… Hữu nghị"): it has a head noun, or a word whose second syllable is lower case.
    let mut compound = head > 0;
    loop {
        let next = skip_space(text, end);
        if let Some(w) = capitalised_word(&text[next..]) {
            end = next + w;
            named += 1;
            continue;
        }
        if named == 0 {
            break;
        }
        // Lower-case words of the name: "quốc gia" between capitalised words, or the second
        // syllable of a word ("Văn hóa Lao động", "Hữu nghị."), never a word the sentence
        // goes on with.
        let inner = INNER_WORDS
            .iter()
            .find(|w| starts_with_word(&text[next..], w));
        let len = match inner {
            Some(w) => w.len(),
            None => match lower_word(&text[next..]) {
                Some(n) if !ends_place(&text[next..next + n]) => n,
                _ => break,
            },
        };
        // One capitalised syllable cut from the rest of its word ("Tổng cục", "Liên hợp quốc")
        // is no place.
        let one_syllable = head == 0 && named == 1 && !compound;
        let after = skip_space(text, next + len);
        let before_name = capitalised_word(&text[after..]).is_some()
            || INNER_WORDS.iter().any(|w| {
                starts_with_word(&text[after..], w)
                    && capitalised_word(&text[skip_space(text, after + w.len())..]).is_some()
            });
        // The last syllable of a name, before punctuation or a word the sentence goes on with.
        let next_word = lower_word(&text[after..]).map(|n| &text[after..after + n]);
        let at_end = inner.is_none()
            && compound
            && (next_word.is_some_and(|w| AFTER_PLACE.contains(&w))
                || text[after..]
                    .chars()
                    .next()
                    .is_none_or(|c| !is_word_char(c)));
        if !(before_name || at_end) {
            if one_syllable {
                return None;
            }
            break;
        }
        compound |= inner.is_none();
        end = next + len;
    }
    (named > 0).then_some(start..end)
}

/// The length of a lower-case word at the start of `s`.
fn lower_word(s: &str) -> Option<usize> {
    let len = s
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(s.len(), |(i, _)| i);
    (len > 0 && s.starts_with(char::is_lowercase)).then_some(len)
}

fn skip_space(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start_matches(' ').len()
}

/// Whether `s` starts with the word or words `w`, in either case, followed by a word's end.
fn starts_with_word(s: &str, w: &str) -> bool {
    let Some(head) = s.get(..w.len()) else {
        return false;
    };
    head.to_lowercase() == w && s[w.len()..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// The length of a capitalised word (`Hà`, `Nội`, `ASEAN`, `HCM`, `TP.HCM`) at the start of
/// `s`.
fn capitalised_word(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let len = s
        .char_indices()
        .find(|(i, c)| {
            !(is_word_char(*c) || (*c == '.' && s[i + 1..].starts_with(char::is_uppercase)))
        })
        .map_or(s.len(), |(i, _)| i);
    Some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(sentence: &str) -> Option<&str> {
        let at = sentence.find("tại ")? + "tại".len();
        place_after(sentence, at).map(|r| &sentence[r])
    }

    #[test]
    fn a_place_is_its_head_and_its_whole_name() {
        let places = [
            "Hà Nội",
            "Thủ đô Hà Nội",
            "thủ đô Hà Nội",
            "thành phố Hồ Chí Minh",
            "TP.HCM",
            "TP Hồ Chí Minh",
            "Trung tâm Hội nghị Quốc gia",
            "Nhà Quốc hội",
            "Khách sạn Melia",
            "tỉnh Quảng Ninh",
            "Học viện Chính trị quốc gia Hồ Chí Minh",
            "Cung Văn hóa Lao động Hữu nghị Việt - Xô",
            "Cung Văn hóa Lao động Hữu nghị",
            "Trung tâm Hội nghị Quốc gia",
            "Trụ sở Chính phủ",
            "Jakarta",
            "Phnom Penh",
            "Pháp",
        ];
        let tails = [
            ".",
            ", sáng 13/12.",
            " vào sáng nay.",
            " và trực tuyến với 63 tỉnh.",
            " với sự tham dự của 500 đại biểu.",
            " (Indonesia).",
        ];
        for p in places {
            for tail in tails {
                // "Cung … Việt - Xô" keeps its name up to the dash.
                let expected = p.split(" - ").next().unwrap();
                let s = format!("Hội nghị diễn ra tại {p}{tail}");
                assert_eq!(place(&s), Some(expected), "{s}");
            }
        }
    }

    #[test]
    fn a_name_ends_before_the_words_a_sentence_goes_on_with() {
        for (s, p) in [
            (
                "Hội nghị tại tỉnh Bắc Kạn chỉ có 50 đại biểu.",
                "tỉnh Bắc Kạn",
            ),
            ("Hội nghị tại Hà Nội và Hải Phòng.", "Hà Nội"),
            ("Hội nghị tại Nhà Quốc hội, sáng 3/5.", "Nhà Quốc hội"),
        ] {
            assert_eq!(place(s), Some(p), "{s}");
        }
    }

    #[test]
    fn a_head_without_a_name_or_a_lower_case_phrase_is_no_place() {
        for s in [
            "Ông phát biểu tại Tổng kết năm học.",
            "Bài phát biểu tại Liên hợp quốc.",
            "Hội nghị diễn ra tại trụ sở.",
            "Hội nghị diễn ra tại đây.",
            "Hội nghị diễn ra tại trung tâm thành phố.",
            "Phát biểu tại hội nghị, ông nói.",
            "Hội nghị diễn ra tại Trung tâm.",
        ] {
            assert_eq!(place(s), None, "{s}");
        }
    }
}
