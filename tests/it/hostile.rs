//! Property tests: whatever text an article holds, the Typst output compiles and shows it
//! literally, and the Markdown output renders it literally with no HTML element from it.

use chrono::DateTime;
use chronobrief::compile::{compile_pdf, CompileOptions};
use chronobrief::export::markdown_options;
use chronobrief::render::{escape_markdown, escape_typst, typst_string};
use comrak::nodes::NodeValue;
use comrak::{parse_document, Arena};
use proptest::prelude::*;
use proptest::test_runner::RngSeed;
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, rng_seed: RngSeed::Fixed(20_261_125), ..ProptestConfig::default() })]

    #[test]
    fn markdown_shows_any_text_literally(s in hostile()) {
        // Each template, and the markup it has of its own.
        for (template, lists, strong) in [("{}", 0, 0), ("### {}", 0, 0), ("- **Ngày:** {}", 1, 1), ("| {} | x |\n| --- | --- |\n| {} | y |", 0, 0), ("1. {}", 1, 0)] {
            let md = template.replace("{}", &escape_markdown(&s));
            let arena = Arena::new();
            let root = parse_document(&arena, &md, &markdown_options());
            let mut text = String::new();
            let (mut seen_lists, mut seen_strong) = (0, 0);
            for node in root.descendants() {
                match &node.data.borrow().value {
                    NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => prop_assert!(false, "HTML from {:?}", s),
                    NodeValue::List(_) => seen_lists += 1,
                    NodeValue::Strong => seen_strong += 1,
                    v @ (NodeValue::Link(_) | NodeValue::Image(_) | NodeValue::Code(_) | NodeValue::Emph
                    | NodeValue::Strikethrough | NodeValue::FootnoteReference(_) | NodeValue::CodeBlock(_)
                    | NodeValue::BlockQuote | NodeValue::Heading(_) | NodeValue::ThematicBreak)
                        if !(template.starts_with("###") && matches!(v, NodeValue::Heading(_))) =>
                    {
                        prop_assert!(false, "markup {:?} from {:?}", v, s)
                    }
                    NodeValue::Text(t) => text.push_str(t),
                    _ => {}
                }
            }
            prop_assert_eq!((seen_lists, seen_strong), (lists, strong), "block or strong markup from {:?}", s);
            if template == "{}" {
                prop_assert_eq!(visible(&text), visible(&s));
            }
        }
    }
}
