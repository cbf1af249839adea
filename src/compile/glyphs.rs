//! The characters of a brief against its fonts: those no font covers (drawn as placeholders)
//! before layout, and after it every character drawn against the face that draws it.

use std::collections::BTreeMap;

use typst::layout::{Frame, FrameItem};
use typst::WorldExt;
use typst_layout::PagedDocument;
use unicode_normalization::UnicodeNormalization;

use super::world::BriefWorld;
use super::{locate, FontSet, MissingGlyph, PLACEHOLDER};

/// Every character of `source` that no font covers, each once, where it first appears.
pub(super) fn uncovered(source: &str, fonts: &FontSet) -> Vec<MissingGlyph> {
    let mut seen: BTreeMap<char, bool> = BTreeMap::new();
    let mut out = Vec::new();
    for (i, c) in source.char_indices() {
        if c.is_ascii() || c.is_whitespace() || c.is_control() || is_default_ignorable(c) {
            continue;
        }
        if *seen.entry(c).or_insert_with(|| fonts.covers(c)) {
            continue;
        }
        seen.insert(c, true);
        let (line, _, snippet) = locate(source, Some(i..i));
        out.push(MissingGlyph {
            character: c,
            face: None,
            offset: Some(i),
            line,
            snippet,
        });
    }
    out
}

/// A show rule that draws each uncovered character as [`PLACEHOLDER`]. It ends in `;` and no
/// newline, so the brief's own lines keep their numbers.
pub(super) fn placeholder_rule(uncovered: &[MissingGlyph]) -> String {
    if uncovered.is_empty() {
        return String::new();
    }
    let class: String = uncovered
        .iter()
        .map(|m| format!("\\u{{{:X}}}", m.character as u32))
        .collect();
    format!(
        "#show regex(\"[{class}]\"): \"\\u{{{:X}}}\";",
        PLACEHOLDER as u32
    )
}

/// True for a letter of the Vietnamese alphabet (any case, precomposed or not) and for the
/// combining marks that write its tones and vowels.
pub fn is_vietnamese(c: char) -> bool {
    const MARKS: [char; 8] = [
        '\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}', '\u{302}', '\u{306}', '\u{31B}',
    ];
    if c.is_ascii_alphabetic() || matches!(c, 'đ' | 'Đ') || MARKS.contains(&c) {
        return true;
    }
    let mut parts = std::iter::once(c).nfd();
    let base = parts.next();
    let marks: Vec<char> = parts.collect();
    base.is_some_and(|b| "aeiouyAEIOUY".contains(b))
        && !marks.is_empty()
        && marks.len() <= 2
        && marks.iter().all(|m| MARKS.contains(m))
}

/// Every character laid out, checked against the face that draws it.
pub(super) fn check_glyphs(world: &BriefWorld, doc: &PagedDocument) -> Vec<MissingGlyph> {
    let mut missing: Vec<MissingGlyph> = Vec::new();
    for page in doc.pages() {
        check_frame(world, &page.frame, &mut missing);
    }
    missing
}

pub(super) fn check_frame(world: &BriefWorld, frame: &Frame, missing: &mut Vec<MissingGlyph>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => check_frame(world, &group.frame, missing),
            FrameItem::Text(text) => {
                let font = text.font.font();
                let ttf = text.font.ttf();
                for glyph in &text.glyphs {
                    let Some(cluster) = text.text.get(glyph.range()) else {
                        continue;
                    };
                    for c in cluster.chars() {
                        if c.is_whitespace() || c.is_control() || is_default_ignorable(c) {
                            continue;
                        }
                        if glyph.id != 0 && ttf.glyph_index(c).is_some() {
                            continue;
                        }
                        let info = font.info();
                        let face = format!(
                            "{} ({:?}, {:?})",
                            info.family, info.variant.style, info.variant.weight
                        );
                        if missing
                            .iter()
                            .any(|m| m.character == c && m.face.as_deref() == Some(&face))
                        {
                            continue;
                        }
                        let range = world.own(world.range(glyph.span.0));
                        let (line, _, snippet) = locate(world.own_text(), range.clone());
                        missing.push(MissingGlyph {
                            character: c,
                            face: Some(face),
                            offset: range.map(|r| r.start),
                            line,
                            snippet,
                        });
                    }
                }
            }
            _ => {}
        }
    }
}

pub(super) fn is_default_ignorable(c: char) -> bool {
    matches!(c as u32, 0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF
        | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}
