//! Article text can never become markup or code: hostile strings come out literally in the PDF
//! and in the rendered Markdown.

use chronobrief::app::build_outputs;
use chronobrief::render::export::is_anchor;
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
    // (Its heading may start with its marker's number in the figure: "(1) ".)
    assert!(
        headings
            .iter()
            .any(|h| h == &title || h.strip_prefix("(1) ") == Some(title.as_str())),
        "a heading reads the title literally: {headings:#?}"
    );
}

/// An article address of a scheme other than http, https or mailto is printed as text in every
/// output, never made a link (in the PDF a link is a clickable annotation).
#[test]
fn only_http_https_and_mailto_addresses_become_links() {
    use chronobrief::app::build_outputs;
    for url in [
        "javascript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "vbscript:msgbox",
    ] {
        let article = format!(
            "---\nurl: \"{url}\"\n---\nTin\n\nHà Nội, 14/12/2021\n\nSáng 13/12, Hội nghị Thử nghiệm toàn quốc lần thứ 2 diễn ra tại Hà Nội.\n"
        );
        let dir = crate::common::corpus(&[("a.md", &article)]);
        let mut args = crate::common::build_args(dir.path(), std::path::Path::new("unused"));
        args.formats = vec![
            chronobrief::render::Format::Typ,
            chronobrief::render::Format::Md,
            chronobrief::render::Format::Html,
        ];
        let out = build_outputs(&args).unwrap();
        let typ = String::from_utf8_lossy(crate::common::file(&out, "brief.typ")).into_owned();
        let md = String::from_utf8_lossy(crate::common::file(&out, "brief.md")).into_owned();
        let html = String::from_utf8_lossy(crate::common::file(&out, "brief.html")).into_owned();
        let scheme = url.split(':').next().unwrap();
        assert!(
            !typ.contains(&format!("#link(\"{scheme}")),
            "{url} linked in brief.typ"
        );
        assert!(
            !md.contains(&format!("]({scheme}")),
            "{url} linked in brief.md"
        );
        assert!(
            !html.contains(&format!("href=\"{scheme}")),
            "{url} linked in brief.html"
        );
        assert!(
            md.contains(scheme),
            "{url} is still shown as text in brief.md"
        );
    }
}
