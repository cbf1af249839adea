//! Property tests: whatever text an article holds, the Typst output compiles and shows it
//! literally, and the Markdown output renders it literally with no HTML element from it.

use chrono::DateTime;
use chronobrief::compile::{compile_pdf, CompileOptions};
use chronobrief::render::export::markdown_options;
use chronobrief::render::{escape_markdown, escape_typst, typst_string};
use comrak::nodes::NodeValue;
use comrak::{parse_document, Arena};
use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use proptest::test_runner::TestCaseError;
use unicode_normalization::UnicodeNormalization;

/// Pieces an attacker (or a careless page) would use, and ordinary Vietnamese text.
const PIECES: &[&str] = &[
    "#read(\"/etc/passwd\")",
    "$x$",
    "*",
    "_",
    "`",
    "<label>",
    "@ref",
    "//",
    "/*",
    "*/",
    "\\",
    "=",
    "- ",
    "+ ",
    "1. ",
    "]",
    "[",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "|",
    "#set page(width: 1cm)",
    "#import \"@preview/x:0.1.0\"",
    "~",
    "--",
    "...",
    "'",
    "\"",
    "&amp;",
    "<!-- -->",
    "[^1]",
    "![i](x.png)",
    "{{ title }}",
    "\u{200B}",
    "\u{200F}",
    "\u{202E}",
    "\u{FEFF}",
    "Hội nghị",
    "Bộ trưởng",
    "Thủy",
    "Hòa",
    "ngày 13/12/2021",
    "\n",
    "\t",
    "  ",
    "<http://a.b>",
    "www.example.com",
    "a@b.vn",
    "# ",
    "> ",
    "```",
    "~~",
    "**",
    "__",
    "_a_",
    "a_b",
    "2) ",
    "===",
    "---",
    "***",
    "    ",
    "http://x.vn/a_b",
    "&#x41;",
    "&copy",
    "\\*",
    "#",
    " #",
    "<a@b.c>",
    "[^1]: ",
    "[ ] ",
    "!",
    "“",
    "”",
    "(",
    ")",
    ":",
    "{#id}",
    "{.c}",
];

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_string),
            2 => "[a-zA-Z0-9 àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ.,;:!?()]{1,12}",
        ],
        1..12,
    )
    .prop_map(|v| v.concat())
}

/// What a reader should see: the visible characters in order. White space is left out, since
/// text extracted from a PDF places spaces by glyph positions, not as they were typed.
fn visible(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .filter(|c| !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0xFEFF))
        .collect()
}

fn pdf_text(source: &str) -> String {
    let opts = CompileOptions {
        deny_warnings: true,
        strict: true,
        ..CompileOptions::new(DateTime::from_timestamp(0, 0).unwrap())
    };
    let pdf = compile_pdf(source, &opts)
        .unwrap_or_else(|e| panic!("does not compile: {e}\n{source}"))
        .pdf;
    let text: String = pdf_extract::extract_text_from_mem(&pdf)
        .unwrap()
        .nfc()
        .collect();
    visible(&text)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, rng_seed: RngSeed::Fixed(20_261_125), ..ProptestConfig::default() })]

    #[test]
    fn typst_markup_shows_any_text_literally(s in hostile()) {
        let source = format!("#set text(font: \"Libertinus Serif\", lang: \"vi\")\n{}\n", escape_typst(&s));
        prop_assert_eq!(pdf_text(&source), visible(&s));
    }

    #[test]
    fn typst_strings_hold_any_text(s in hostile()) {
        let source = format!("#set text(font: \"Libertinus Serif\")\n#let v = {}\n#v\n", typst_string(&s.replace('\n', " ")));
        prop_assert_eq!(pdf_text(&source), visible(&s.replace('\n', " ")));
    }
}

/// Each template, and the elements it has of its own: [lists, strong, emphasis, links, headings].
const MARKDOWN_PLACES: &[(&str, Seen)] = &[
    ("{}", [0, 0, 0, 0, 0]),
    ("### {}", [0, 0, 0, 0, 1]),
    ("- **Ngày:** {}", [1, 1, 0, 0, 0]),
    ("| {} | x |\n| --- | --- |\n| {} | y |", [0, 0, 0, 0, 0]),
    ("1. {}", [1, 0, 0, 0, 0]),
    ("Trước.\n{}", [0, 0, 0, 0, 0]),
    ("**{}**", [0, 1, 0, 0, 0]),
    ("*{}*", [0, 0, 1, 0, 0]),
    ("[{}](https://example.org)", [0, 0, 0, 1, 0]),
];

/// Elements a parser found: [lists, strong, emphasis, links, headings].
type Seen = [usize; 5];

/// What a Markdown reader should see of a value: the text on one line, white space folded.
fn one_line(s: &str) -> String {
    chronobrief::render::escape::one_line(s)
        .into_iter()
        .collect()
}

/// The text comrak reads from `md`, and the elements it finds, as (lists, strong, headings).
fn comrak_read(md: &str) -> Result<(String, Seen), String> {
    let arena = Arena::new();
    let root = parse_document(&arena, md, &markdown_options());
    let mut text = String::new();
    let mut seen = [0; 5];
    for node in root.descendants() {
        match &node.data.borrow().value {
            NodeValue::List(_) => seen[0] += 1,
            NodeValue::Strong => seen[1] += 1,
            NodeValue::Emph => seen[2] += 1,
            NodeValue::Link(_) => seen[3] += 1,
            NodeValue::Heading(_) => seen[4] += 1,
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::SoftBreak => text.push('\n'),
            NodeValue::Document
            | NodeValue::Paragraph
            | NodeValue::Item(_)
            | NodeValue::Table(_)
            | NodeValue::TableRow(_)
            | NodeValue::TableCell => {}
            v => return Err(format!("markup {v:?}")),
        }
    }
    Ok((text, seen))
}

/// The same through pulldown-cmark, a second, independent CommonMark/GFM parser.
fn pulldown_read(md: &str) -> Result<(String, Seen), String> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut text = String::new();
    let mut seen = [0; 5];
    for event in Parser::new_ext(md, opts) {
        match event {
            Event::Start(Tag::List(_)) => seen[0] += 1,
            Event::Start(Tag::Strong) => seen[1] += 1,
            Event::Start(Tag::Emphasis) => seen[2] += 1,
            Event::Start(Tag::Link { .. }) => seen[3] += 1,
            Event::Start(Tag::Heading { .. }) => seen[4] += 1,
            Event::Start(
                Tag::Paragraph
                | Tag::Item
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell,
            )
            | Event::End(_) => {}
            Event::Text(t) => text.push_str(&t),
            Event::SoftBreak => text.push('\n'),
            e => return Err(format!("markup {e:?}")),
        }
    }
    Ok((text, seen))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, rng_seed: RngSeed::Fixed(20_261_125), ..ProptestConfig::default() })]

    /// Wherever a template puts a value, comrak and pulldown-cmark both read exactly its text
    /// (on one line), and no element from it.
    #[test]
    fn markdown_shows_any_text_literally(s in hostile()) {
        let value = escape_markdown(&s);
        // Python-Markdown (MkDocs) honours no `\<`: a raw `<` from a value could open HTML there.
        prop_assert!(!value.contains('<'), "raw < in {:?}", value);
        let expected = one_line(&s);
        for &(template, elements) in MARKDOWN_PLACES {
            // Nothing between the template's own delimiters is no longer that markup ("****").
            if expected.is_empty() && (template.starts_with('*') || template.starts_with('[')) {
                continue;
            }
            let md = template.replace("{}", &value);
            for (parser, read) in [("comrak", comrak_read(&md)), ("pulldown-cmark", pulldown_read(&md))] {
                let (text, seen) = read.map_err(|e| TestCaseError::fail(format!("{parser}: {e} from {s:?} in {md:?}")))?;
                prop_assert_eq!(seen, elements, "{}: elements from {:?} in {:?}", parser, s, md);
                let want = match template {
                    "- **Ngày:** {}" => format!("Ngày: {expected}").trim_end().to_string(),
                    "Trước.\n{}" => format!("Trước.\n{expected}").trim_end().to_string(),
                    t if t.starts_with('|') => format!("{expected}x{expected}y"),
                    _ => expected.clone(),
                };
                prop_assert_eq!(&text, &want, "{}: {:?}", parser, md);
            }
        }
    }
}
