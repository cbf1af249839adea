//! One escaper per target format: article text placed in Typst markup, a Typst string, Markdown
//! (CommonMark and GFM), a Markdown link target, or a Mermaid timeline label comes out as the
//! same text and never as markup or code.
//!
//! The Markdown escaper is minimal: a character is escaped only where CommonMark or GFM could
//! read it as markup, so a person editing `brief.md` meets almost no backslashes.

/// Bidirectional controls (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C)
/// reorder what a reader sees; article text keeps its logical order in the brief, so they are
/// dropped.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c as u32, 0x202A..=0x202E | 0x2066..=0x2069 | 0x200E | 0x200F | 0x061C)
}

/// Escapes text for Typst markup: every ASCII punctuation character is preceded by a
/// backslash (always literal in markup), line breaks become spaces, and control and
/// bidirectional-control characters are dropped.
pub fn escape_typst(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// A Typst string literal, for values placed in code positions.
pub fn typst_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The text as one line: runs of white space folded to one space, none leading or trailing,
/// control and bidirectional-control characters and byte order marks (U+FEFF, which parsers
/// drop at the start of a document) dropped.
pub fn one_line(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_ascii_whitespace() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{b}') {
            pending_space = !out.is_empty();
            continue;
        }
        if c.is_control() || is_bidi_control(c) || c == '\u{FEFF}' {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Escapes text for Markdown inline content, wherever a template puts it: at the start of a
/// line, in a heading, a list item, a table cell or link text. The result reads as the same text
/// in every renderer a brief is published with: CommonMark and GFM (GitHub, GitLab, comrak,
/// cmark-gfm), Python-Markdown (MkDocs), goldmark (Hugo) and pandoc.
///
/// Only escapes all of them honour are used: a backslash before `\ ` * _ { } [ ] ( ) # + - .
/// !` (Python-Markdown's escapable set, a subset of CommonMark's), and character references
/// (`&lt;`, `&gt;`, `&amp;`, `&#NN;`) for everything else. So `<` is always `&lt;` (Python-Markdown
/// ignores `\<` and would let `<img onerror=…>` through as HTML).
///
/// The value becomes one line (white space folded, none leading or trailing), so it can never
/// start a block of its own or indent code. Then a character is escaped only where a parser
/// could read it as markup:
/// - at the start: `#`, `>`, `-`, `+`, `=` (headings, quotes, lists, setext underlines,
///   thematic breaks) and the `.` or `)` after leading digits (ordered lists);
/// - `*` always and `_` unless inside a word (Python-Markdown reads `a * b * c` as emphasis);
///   `~` runs that can open or close strikethrough;
/// - `` ` ``, `[`, `]`, `|` always (code spans, links, footnotes, tables);
/// - `<` always; `&` before an entity;
/// - `\` before punctuation or at the end; a trailing `#` run (a heading's closing sequence);
/// - `{` when the value ends with `}` (Hugo reads a heading's trailing `{…}` as attributes);
/// - `:` of `scheme://`, the `.` of `www.`, the `.` of an address's domain (GFM's extended
///   autolinks).
///
/// The value's neighbours in the template are unknown, so its first and last characters are
/// treated as touching anything.
pub fn escape_markdown(s: &str) -> String {
    let v = one_line(s);
    let marks = Marks::of(&v);
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in v.iter().enumerate() {
        match markdown_escape_of(&v, i, &marks) {
            Escape::None => out.push(c),
            Escape::Backslash => {
                out.push('\\');
                out.push(c);
            }
            Escape::Reference(r) => out.push_str(r),
        }
    }
    out
}

/// How one character of a Markdown value is written.
enum Escape {
    None,
    /// `\c`: for the characters every renderer treats as escapable.
    Backslash,
    /// A character reference, for the rest.
    Reference(&'static str),
}

/// What depends on the whole value, found once (in one pass each) rather than per character.
struct Marks {
    /// The `.` or `)` that would make the value an ordered list item.
    list_dot: Option<usize>,
    /// The first `#` of a trailing closing sequence.
    closing: Option<usize>,
    /// Per character: a `.` in the domain of an e-mail address (`name@domain.vn`), which GFM
    /// would make a link.
    address_dot: Vec<bool>,
}

impl Marks {
    fn of(v: &[char]) -> Marks {
        let domain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        let local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '_');
        let mut address_dot = vec![false; v.len()];
        let mut in_domain = false;
        for (i, &c) in v.iter().enumerate() {
            if c == '@' {
                in_domain = i > 0 && local(v[i - 1]);
            } else if !domain(c) {
                in_domain = false;
            } else if c == '.' && in_domain {
                address_dot[i] = true;
            }
        }
        Marks {
            list_dot: ordered_list_marker(v),
            closing: closing_sequence(v),
            address_dot,
        }
    }
}

fn markdown_escape_of(v: &[char], i: usize, marks: &Marks) -> Escape {
    use Escape::{Backslash, None as Keep, Reference};
    let c = v[i];
    let at_start = i == 0;
    match c {
        '<' => Reference("&lt;"),
        '>' if at_start => Reference("&gt;"),
        '=' if at_start => Reference("&#61;"),
        '|' => Reference("&#124;"),
        '&' if starts_entity(&v[i + 1..]) => Reference("&amp;"),
        '~' if !run_between(v, i, |c| c == ' ') => Reference("&#126;"),
        ':' if v.get(i + 1..i + 3) == Some(&['/', '/']) => Reference("&#58;"),
        '.' if i >= 3 && v[i - 3..i] == ['w', 'w', 'w'] => Reference("&#46;"),
        // An address's domain: a `.` after `x@` (comrak still links `a&#64;b.c`).
        '.' if marks.address_dot[i] => Backslash,
        '#' if at_start || Some(i) == marks.closing => Backslash,
        '-' | '+' if at_start => Backslash,
        '.' | ')' if Some(i) == marks.list_dot => Backslash,
        '*' | '`' | '[' | ']' => Backslash,
        '_' if !run_between(v, i, is_word) => Backslash,
        // `{…}` ending a heading sets its attributes in Hugo (Goldmark).
        '{' if v.last() == Some(&'}') => Backslash,
        '\\' if v.get(i + 1).is_none_or(|n| n.is_ascii_punctuation()) => Backslash,
        _ => Keep,
    }
}

/// A letter or digit: `_` between two of them cannot open or close emphasis.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when the run of `v[i]` (the same character repeated) lies inside the value with
/// `side` true of the characters on both sides of it.
fn run_between(v: &[char], i: usize, side: impl Fn(char) -> bool) -> bool {
    let c = v[i];
    let start = v[..i].iter().rposition(|&x| x != c).map(|p| p + 1);
    let end = v[i..].iter().position(|&x| x != c).map(|p| p + i);
    match (start, end) {
        (Some(s), Some(e)) if s > 0 => side(v[s - 1]) && side(v[e]),
        _ => false,
    }
}

/// The index of the `.` or `)` that would make the value an ordered list item at a line start.
fn ordered_list_marker(v: &[char]) -> Option<usize> {
    let digits = v.iter().take_while(|c| c.is_ascii_digit()).count();
    let after = v.get(digits + 1).copied();
    ((1..=9).contains(&digits)
        && matches!(v.get(digits), Some('.' | ')'))
        && after.is_none_or(|c| c == ' '))
    .then_some(digits)
}

/// The first `#` of a trailing run after a space: in a heading it would be a closing sequence.
fn closing_sequence(v: &[char]) -> Option<usize> {
    let hashes = v.iter().rev().take_while(|&&c| c == '#').count();
    let start = v.len() - hashes;
    (hashes > 0 && start > 0 && v[start - 1] == ' ').then_some(start)
}

/// True when `rest` (what follows an `&`) reads as an entity or a numeric character reference.
fn starts_entity(rest: &[char]) -> bool {
    let body = rest.strip_prefix(&['#']).unwrap_or(rest);
    let n = body
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    rest.is_empty() || (n > 0 && body.get(n) == Some(&';')) || (n == body.len())
}

/// True when `url` may become a link in an output: `http://`, `https://` or `mailto:`, with no
/// control character. Any other scheme (`javascript:`, `data:`, `file:`, `vbscript:`) is text.
pub fn is_link_safe(url: &str) -> bool {
    let t = url.trim();
    let lower = t.to_ascii_lowercase();
    let scheme = ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() > p.len());
    scheme && !t.chars().any(char::is_control)
}

/// A link destination for Markdown: only the URLs [`is_link_safe`] accepts, with characters
/// that could end the destination percent-encoded; anything else becomes "#".
pub fn markdown_url(s: &str) -> String {
    let t = s.trim();
    if !is_link_safe(t) {
        return "#".to_string();
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            ' ' | '(' | ')' | '<' | '>' | '"' | '\\' | '`' | '[' | ']' => {
                out.push_str(&format!("%{:02X}", c as u32))
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A label for a Mermaid timeline: the text as written, on one line, with only what the
/// timeline grammar breaks on replaced by a look-alike that keeps the meaning. `:` separates a
/// period from its events and `#` starts a comment (older Mermaid versions also end an entry at
/// `;`); `%%` starts a comment; `#…;` is read as an entity code; `<`…`>` would be HTML in the
/// label. So `:` becomes `∶` (U+2236), `#` `＃`, `;` `;` (U+037E), the second `%` of `%%` `﹪`,
/// `<` `‹` and `>` `›`.
pub fn mermaid_label(s: &str) -> String {
    mermaid_text(s, true)
}

/// The diagram's title for a Mermaid timeline: as [`mermaid_label`], but a `:` stays, since
/// the title runs to the end of its line.
pub fn mermaid_title(s: &str) -> String {
    mermaid_text(s, false)
}

fn mermaid_text(s: &str, colon: bool) -> String {
    let v = one_line(s);
    let mut out = String::with_capacity(s.len());
    for (i, &c) in v.iter().enumerate() {
        out.push(match c {
            ':' if colon => '∶',
            '#' => '＃',
            ';' => '\u{37E}',
            '%' if i > 0 && v[i - 1] == '%' => '﹪',
            '<' => '‹',
            '>' => '›',
            c => c,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typst_escape_neutralises_markup_and_code() {
        assert_eq!(
            escape_typst("#read(\"/etc/passwd\")"),
            "\\#read\\(\\\"\\/etc\\/passwd\\\"\\)"
        );
        assert_eq!(escape_typst("$x$ *b* _i_"), "\\$x\\$ \\*b\\* \\_i\\_");
        assert_eq!(escape_typst("a\nb"), "a b");
        assert_eq!(escape_typst("Hội nghị"), "Hội nghị");
    }

    #[test]
    fn typst_string_literal() {
        assert_eq!(typst_string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
    }

    #[test]
    fn markdown_escape_neutralises_markup() {
        assert_eq!(escape_markdown("<script>"), "&lt;script>");
        assert_eq!(
            escape_markdown("<img src=x onerror=alert(7)>"),
            "&lt;img src=x onerror=alert(7)>"
        );
        assert_eq!(
            escape_markdown("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(escape_markdown("a | b\n\n# h"), "a &#124; b # h");
        assert_eq!(escape_markdown("# h #"), "\\# h \\#");
        assert_eq!(
            escape_markdown("*a* _b_ a_b_c 2 * 3"),
            "\\*a\\* \\_b\\_ a_b_c 2 \\* 3"
        );
        assert_eq!(
            escape_markdown("&amp; & &#1; AT&T co"),
            "&amp;amp; & &amp;#1; AT&T co"
        );
        assert_eq!(escape_markdown("1. x"), "1\\. x");
        assert_eq!(escape_markdown("x {#id .c}"), "x \\{#id .c}");
        assert_eq!(escape_markdown("{a} b"), "{a} b");
        assert_eq!(escape_markdown("- x"), "\\- x");
        assert_eq!(escape_markdown("= x"), "&#61; x");
        assert_eq!(escape_markdown("> x"), "&gt; x");
        assert_eq!(escape_markdown("~~x~~"), "&#126;&#126;x&#126;&#126;");
        assert_eq!(
            escape_markdown("www.a.vn http://a.vn a@b.vn"),
            "www&#46;a.vn http&#58;//a.vn a@b\\.vn"
        );
    }

    /// Python-Markdown (MkDocs) honours a backslash only before these characters; the escaper
    /// must never put one before anything else.
    #[test]
    fn markdown_backslashes_only_before_what_python_markdown_escapes() {
        const PYTHON_MARKDOWN: &str = "\\`*_{}[]()>#+-.!";
        let s = "<a> | \\: ~x~ = www.x.vn a@b.c http://x *y* _z_ [q] `c` # 1. - + {k} & &amp; \\";
        let e = escape_markdown(&format!("= {s} #"));
        let v: Vec<char> = e.chars().collect();
        let mut i = 0;
        while i < v.len() {
            if v[i] == '\\' {
                // A backslash before anything but ASCII punctuation is a literal one everywhere.
                let next = v.get(i + 1).copied().unwrap_or(' ');
                let escapes = next.is_ascii_punctuation();
                assert!(
                    !escapes || PYTHON_MARKDOWN.contains(next),
                    "\\{next} in {e}"
                );
                i += 1;
            }
            i += 1;
        }
        assert!(!e.contains('<'), "no raw < in {e}");
    }

    #[test]
    fn markdown_escape_leaves_ordinary_punctuation_alone() {
        for s in [
            "2023-11-14",
            "(dòng 14)",
            "Covid-19",
            "13.12.2021",
            "năm 2016: thứ 18.",
            "000_d07fab37f9eb536a.txt",
            "“trung tâm phục vụ”, 'mũi nhọn' - ông",
            "tăng 10%; 5 > 3 & 2 = 2!",
        ] {
            assert_eq!(escape_markdown(s), s);
        }
    }

    #[test]
    fn mermaid_labels_keep_their_text() {
        assert_eq!(
            mermaid_label("Conferences and directives: a timeline"),
            "Conferences and directives∶ a timeline"
        );
        assert_eq!(
            mermaid_label("tăng 10% (lần #1); 50%%"),
            "tăng 10% (lần ＃1)\u{37E} 50%﹪"
        );
        assert_eq!(mermaid_label("a\nb <b>"), "a b ‹b›");
        assert_eq!(
            mermaid_title("Conferences and directives: a timeline #1"),
            "Conferences and directives: a timeline ＃1"
        );
    }
}
