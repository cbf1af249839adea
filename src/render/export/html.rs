//! `brief.html`: a self-contained preview of the Markdown brief, rendered by comrak, raw HTML
//! dropped, the figure shown as SVG.

use super::html_escape;

/// Comrak options for the brief's GitHub-flavoured Markdown.
pub fn markdown_options() -> comrak::Options<'static> {
    let mut o = comrak::Options::default();
    o.extension.table = true;
    o.extension.footnotes = true;
    o.extension.strikethrough = true;
    o.extension.autolink = true;
    o.extension.tasklist = true;
    o.extension.header_id_prefix = Some(String::new());
    o.extension.front_matter_delimiter = Some("---".to_string());
    o
}

/// A self-contained HTML page showing the Markdown brief (no scripts, no external files).
/// Raw HTML in the Markdown is never passed through, except the brief's own heading anchors
/// (`<a id="y2016" name="y2016"></a>`, `<a id="ev-…" …>`, ASCII ids only). The Mermaid diagram's source is not shown: the
/// figure `svg` (the picture of `timeline.svg`) takes its place, and the link to
/// `timeline.svg` is dropped, since the page carries the picture itself.
pub fn html(markdown: &str, title: &str, lang: &str, svg: Option<&str>) -> String {
    let arena = comrak::Arena::new();
    let options = markdown_options();
    let root = comrak::parse_document(&arena, markdown, &options);
    prepare_preview(&arena, root, svg);
    let mut body = String::new();
    let mut render = options.clone();
    // Only what prepare_preview kept is raw HTML: the anchors and the figure.
    render.render.r#unsafe = true;
    comrak::format_html(root, &render, &mut body).expect("writing to a string");
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        html_escape(title)
    )
}

/// Whether `html` opens one of the brief's heading anchors (`<a id="y2016" name="y2016">`,
/// an ASCII id), the only raw HTML the preview keeps.
pub fn is_anchor(html: &str) -> bool {
    let Some((id, name)) = html
        .strip_prefix("<a id=\"")
        .and_then(|r| r.strip_suffix("\">"))
        .and_then(|r| r.split_once("\" name=\""))
    else {
        return false;
    };
    id == name
        && !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Drops raw HTML other than the heading anchors, puts the figure in place of the Mermaid
/// block (or drops the block), and drops the paragraph that links to the figure's file.
pub(super) fn prepare_preview<'a>(
    arena: &'a comrak::Arena<'a>,
    root: &'a comrak::nodes::AstNode<'a>,
    svg: Option<&str>,
) {
    use comrak::nodes::NodeValue;
    let nodes: Vec<_> = root.descendants().collect();
    let mut placed = false;
    for node in nodes {
        let mut data = node.data.borrow_mut();
        match &mut data.value {
            NodeValue::HtmlInline(h) if is_anchor(h) => {}
            NodeValue::HtmlInline(h) if h == "</a>" && after_anchor(node) => {}
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => {
                drop(data);
                node.detach();
            }
            // One diagram a year in the Markdown; one figure of all years in the page, where
            // the first diagram stood.
            NodeValue::CodeBlock(c) if c.info == "mermaid" => match svg.filter(|_| !placed) {
                Some(svg) => {
                    placed = true;
                    data.value = NodeValue::HtmlBlock(comrak::nodes::NodeHtmlBlock {
                        block_type: 6,
                        literal: format!("<figure class=\"timeline\">\n{svg}</figure>\n"),
                    })
                }
                None => {
                    drop(data);
                    node.detach();
                }
            },
            // The year headings (level 2) and the event headings (level 3); article text never
            // makes one.
            NodeValue::Heading(h) if h.level == 2 || h.level == 3 => {
                drop(data);
                heading_attribute_to_anchor(arena, node);
            }
            NodeValue::Link(l) if l.url == FIGURE_FILE => {
                drop(data);
                if let Some(p) = node.parent() {
                    p.detach();
                }
            }
            _ => {}
        }
    }
}

/// A heading ending in a Hugo attribute (`## Năm 2016 {#y2016}`) gets the anchor the other
/// engines get (`<a id="y2016" name="y2016"></a>`) instead of showing the attribute.
pub(super) fn heading_attribute_to_anchor<'a>(
    arena: &'a comrak::Arena<'a>,
    heading: &'a comrak::nodes::AstNode<'a>,
) {
    use comrak::nodes::NodeValue;
    let Some(last) = heading.last_child() else {
        return;
    };
    let mut data = last.data.borrow_mut();
    let NodeValue::Text(t) = &mut data.value else {
        return;
    };
    let Some((rest, id)) = t
        .strip_suffix('}')
        .and_then(|r| r.rsplit_once(" {#"))
        .map(|(r, id)| (r.to_string(), id.to_string()))
    else {
        return;
    };
    let open = format!("<a id=\"{id}\" name=\"{id}\">");
    let year = id
        .strip_prefix('y')
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
    let event = id.starts_with("ev-");
    if !(year || event) || !is_anchor(&open) {
        return;
    }
    *t = rest.into();
    drop(data);
    let anchor = arena.alloc(NodeValue::HtmlInline(open).into());
    heading.prepend(anchor);
    anchor.insert_after(arena.alloc(NodeValue::HtmlInline("</a>".into()).into()));
}

/// True when the node right before `node` opens a heading anchor.
pub(super) fn after_anchor<'a>(node: &'a comrak::nodes::AstNode<'a>) -> bool {
    node.previous_sibling().is_some_and(|p| {
        matches!(&p.data.borrow().value, comrak::nodes::NodeValue::HtmlInline(h) if is_anchor(h))
    })
}

/// The file the timeline figure is written to, beside the brief.
pub const FIGURE_FILE: &str = "timeline.svg";

pub(super) const CSS: &str = "body { font-family: 'Libertinus Serif', Georgia, serif; line-height: 1.5; color: #222; margin: 0; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.9rem; margin-bottom: .3rem; }
h2 { border-bottom: 1px solid #bbb; padding-bottom: .2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
figure.timeline { margin: 1rem 0; overflow-x: auto; }
figure.timeline svg { width: 100%; min-width: 640px; height: auto; }
pre { background: #f5f5f5; padding: .6rem; overflow-x: auto; font-size: .85rem; }
.footnotes { font-size: .85rem; color: #444; }
";
