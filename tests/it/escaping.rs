//! Article text can never become markup or code: hostile strings come out literally in the PDF
//! and in the rendered Markdown.

use chronobrief::app::build_outputs;
use chronobrief::export::is_anchor;
use comrak::nodes::NodeValue;
use comrak::{parse_document, Arena, Options};
use unicode_normalization::UnicodeNormalization;

use crate::common::{build_args, corpus, file, squash};

const HOSTILE: &str = r#"#read("/etc/passwd") $x$ *đậm* _nghiêng_ `mã` <script>alert(1)</script> [x](javascript:alert(1)) | @ref <label> // /* */ \ ] = - + 1. ~ -- ... &amp; #set page(width: 1cm)"#;

fn markdown_options() -> Options<'static> {
    let mut o = Options::default();
    o.extension.table = true;
    o.extension.footnotes = true;
    o.extension.autolink = true;
    o.extension.strikethrough = true;
    o.extension.tasklist = true;
    o
}

#[test]
fn hostile_conference_names_come_out_literally() {
    let article = format!(
        "Tin\n\nHà Nội, 14/12/2021\n\nSáng 13/12, Hội thảo “{HOSTILE}” đã diễn ra tại Hà Nội.\n"
    );
    let dir = corpus(&[("a.txt", &article)]);
    let out = build_outputs(&build_args(dir.path(), std::path::Path::new("unused")))
        .expect("the build succeeds");
    let title = format!("Hội thảo “{HOSTILE}”");
    assert_eq!(out.timeline.events[0].title, title);

    let pdf = pdf_extract::extract_text_from_mem(file(&out, "brief.pdf"))
        .unwrap()
        .nfc()
        .collect::<String>();
    assert!(
        squash(&pdf).contains(&squash(&title)),
        "the PDF shows the title literally:\n{pdf}"
    );
    let typ = String::from_utf8(file(&out, "brief.typ").to_vec()).unwrap();
    assert!(
        !typ.contains("#read(\"/etc/passwd\")"),
        "no unescaped code in the Typst source"
    );

    let md = String::from_utf8(file(&out, "brief.md").to_vec()).unwrap();
    let arena = Arena::new();
    let root = parse_document(&arena, &md, &markdown_options());
    let mut headings = Vec::new();
    for node in root.descendants() {
        match &node.data.borrow().value {
            NodeValue::HtmlBlock(h) => panic!("raw HTML block in brief.md: {:?}", h.literal),
            // The brief's own heading anchors, and nothing else.
            NodeValue::HtmlInline(h) if is_anchor(h) || h == "</a>" => {}
            NodeValue::HtmlInline(h) => panic!("inline HTML in brief.md: {h:?}"),
            NodeValue::Link(l) if l.url.starts_with("javascript") => {
                panic!("a link from article text: {}", l.url)
            }
            NodeValue::Heading(_) => {
                let mut text = String::new();
                for d in node.descendants() {
                    if let Some(t) = d.data.borrow().value.text() {
                        text.push_str(t);
                    }
                }
                headings.push(text);
            }
            _ => {}
        }
    }
    assert!(
        headings.contains(&title),
        "a heading reads the title literally: {headings:#?}"
    );
}
