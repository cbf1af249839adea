//! The escapers on any text: Typst markup made by `escape_typst` parses to plain text,
//! escapes and spaces only (no code, no markup) and unescapes to the input; Markdown made by
//! `escape_markdown` unescapes (as CommonMark does) to the input with white space folded.
#![no_main]

use chronobrief::render::{escape_markdown, escape_typst};
use libfuzzer_sys::fuzz_target;
use typst_syntax::{parse, SyntaxKind, SyntaxNode};

fn only_text(node: &SyntaxNode) -> bool {
    match node.kind() {
        SyntaxKind::Markup => node.children().all(only_text),
        SyntaxKind::Text | SyntaxKind::Escape | SyntaxKind::Space | SyntaxKind::Shorthand => {
            node.kind() != SyntaxKind::Shorthand
        }
        _ => false,
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

fn kept(c: char) -> bool {
    !c.is_control() && !matches!(c as u32, 0x202A..=0x202E | 0x2066..=0x2069 | 0x200E | 0x200F | 0x061C)
}

fuzz_target!(|text: &str| {
    let typ = escape_typst(text);
    let root = parse(&typ);
    assert!(root.errors_and_warnings().0.is_empty(), "escaped markup parses: {typ:?}");
    assert!(only_text(&root), "escaped markup is only text: {root:?}");
    let expected: String = text
        .chars()
        .map(|c| if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') { ' ' } else { c })
        .filter(|c| kept(*c))
        .collect();
    assert_eq!(unescape(&typ), expected);

    // CommonMark drops a backslash only before ASCII punctuation; the escaper leaves any other
    // backslash as it is.
    let md = escape_markdown(text);
    let mut unescaped = String::new();
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            unescaped.extend(chars.next());
        } else {
            unescaped.push(c);
        }
    }
    let folded: String = text
        .split(|c: char| c.is_ascii_whitespace() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{b}'))
        .map(|w| w.chars().filter(|c| kept(*c) && *c != '\u{FEFF}').collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(unescaped, folded);
});
