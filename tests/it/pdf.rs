//! The PDF as a reader gets it: its text, its metadata, and every Vietnamese letter drawn.

use chrono::DateTime;
use chronobrief::compile::{compile_pdf, CompileError, CompileOptions};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::common::{file, pdf_text, root, seeds, squash};

fn options() -> CompileOptions {
    CompileOptions {
        deny_warnings: true,
        strict: true,
        ..CompileOptions::new(DateTime::from_timestamp(0, 0).unwrap())
    }
}

#[test]
fn pdf_text_has_the_title_and_every_event_of_the_timeline() {
    let out = seeds();
    let text = pdf_text(file(out, "brief.pdf"));
    assert!(
        text.contains("Các hội nghị và chỉ đạo theo dòng thời gian"),
        "{text}"
    );
    let tl: Value = serde_json::from_slice(file(out, "timeline.json")).unwrap();
    for e in tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "conference")
    {
        let title = squash(e["title"].as_str().unwrap());
        assert!(text.contains(&title), "title missing from the PDF: {title}");
    }
    for needle in ["Thứ Hai, 13/12/2021", "Chủ Nhật, 21/08/2016", "năm 2018", "Bùi Thanh Sơn", "Hà Nội",
        "Tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại và hội nhập quốc tế của các địa phương"] {
        assert!(text.contains(needle), "missing {needle}");
    }
}

#[test]
fn pdf_metadata_has_title_language_and_keywords() {
    let raw = String::from_utf8_lossy(file(seeds(), "brief.pdf")).into_owned();
    assert!(raw.contains("/Lang(vi)"), "the PDF declares Vietnamese");
    assert!(
        raw.contains("Các hội nghị và chỉ đạo theo dòng thời gian</rdf:li>"),
        "the XMP title"
    );
    assert!(raw.contains("<pdf:Keywords>chronobrief"), "keywords");
}

/// The 178 letters of the Vietnamese alphabet (89 lower case, 89 upper case).
fn vietnamese_alphabet() -> Vec<String> {
    let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
    let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"];
    let mut letters: Vec<String> = Vec::new();
    for v in vowels {
        for t in tones {
            letters.push(format!("{v}{t}").nfc().collect());
        }
    }
    for c in [
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
    ] {
        letters.push(c.to_string());
    }
    let upper: Vec<String> = letters.iter().map(|l| l.to_uppercase()).collect();
    letters.extend(upper);
    letters
}

#[test]
fn every_face_the_templates_use_draws_every_vietnamese_letter() {
    let alphabet = vietnamese_alphabet();
    // The check below is only as good as the alphabet: all 178 letters, each precomposed.
    assert_eq!(alphabet.len(), 178);
    assert!(alphabet.iter().all(|l| l.chars().count() == 1));
    let letters = alphabet.join(" ");
    // The faces of report-templates/brief.typ.j2: regular, italic (emphasis), semibold (strong
    // with delta 200) and bold (headings).
    let source = format!(
        "#set text(font: \"Libertinus Serif\", lang: \"vi\")\n#set strong(delta: 200)\n{letters}\n\n_{letters}_\n\n*{letters}*\n\n= {letters}\n"
    );
    let pdf = compile_pdf(&source, &options())
        .expect("every letter has a glyph in every face used")
        .pdf;
    let text = pdf_text(&pdf);
    for l in vietnamese_alphabet() {
        assert!(text.contains(&l), "{l} is not in the PDF text");
    }
}

#[test]
fn a_character_no_font_has_is_a_placeholder_or_a_strict_error_naming_it() {
    let lenient = CompileOptions {
        strict: false,
        ..options()
    };
    let compiled = compile_pdf("Chữ Hán: 漢\n", &lenient).expect("a PDF with a placeholder");
    assert_eq!(compiled.placeholders[0].character, '漢');
    assert!(
        pdf_text(&compiled.pdf).contains("Chữ Hán: \u{FFFD}"),
        "the placeholder is drawn"
    );
    let Err(err) = compile_pdf("Chữ Hán: 漢\n", &options()) else {
        panic!("a character without a glyph must be refused with strict")
    };
    let CompileError::MissingGlyphs(m) = &err else {
        panic!("expected a missing glyph error, got {err}")
    };
    assert_eq!(m[0].character, '漢');
    assert_eq!(m[0].line, Some(1));
    assert!(err.to_string().contains("U+6F22"), "{err}");
}

#[test]
fn missing_glyph_check_sees_a_face_without_vietnamese_letters() {
    // DejaVu Sans Mono has no precomposed "ở": typst would stack loose marks on an "o".
    // Always an error, also without strict: a Vietnamese letter must never be drawn wrong.
    let lenient = CompileOptions {
        strict: false,
        ..options()
    };
    let Err(err) = compile_pdf("#text(font: \"DejaVu Sans Mono\")[Thở]\n", &lenient) else {
        panic!("a face without the letter must be refused")
    };
    let CompileError::MissingGlyphs(m) = &err else {
        panic!("expected a missing glyph error, got {err}")
    };
    assert_eq!(m[0].character, 'ở');
    let face = m[0].face.as_deref().unwrap_or_default();
    assert!(face.contains("DejaVu Sans Mono"), "{face}");
}

/// `events` meetings, each reported by five articles in long sentences that become long
/// footnotes; the odd ones give no year anywhere, so they are listed as undated.
fn crowded_notes(events: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let filler = "với sự tham dự của đại biểu các bộ, ngành, địa phương, các hiệp hội doanh nghiệp và nhiều chuyên gia trong nước và quốc tế, bàn về phương hướng hợp tác trong giai đoạn tới";
    let places = [
        "Tây Bắc",
        "Đông Bắc",
        "Bắc Trung Bộ",
        "Tây Nguyên",
        "Nam Trung Bộ",
        "Đông Nam Bộ",
    ];
    for k in 1..=events {
        // Numbered meetings of one series dated in 2019; unnumbered ones of no series undated.
        let (name, year) = match k % 2 {
            0 => (format!("Hợp tác phát triển vùng lần thứ {k}"), "/2019"),
            _ => (
                format!("Xúc tiến đầu tư {} khóa {k}", places[k % places.len()]),
                "",
            ),
        };
        for j in 0..5 {
            let text = format!(
                "Tin hoạt động số {k}-{j}\n\nNgày {}/3{year}, Hội nghị {name} khai mạc tại Hà Nội, {filler}.\n",
                k % 27 + 1
            );
            std::fs::write(dir.path().join(format!("tin-{k}-{j}.txt")), text).unwrap();
        }
    }
    dir
}

#[test]
fn footnotes_are_printed_on_their_markers_page_however_they_crowd() {
    let dir = crowded_notes(24);
    for pages in [0, 4] {
        let mut args = crate::common::build_args(dir.path(), std::path::Path::new("unused"));
        args.formats = vec![chronobrief::render::Format::Pdf];
        args.pages = pages;
        let out = chronobrief::app::build_outputs(&args).unwrap();
        assert!(
            out.timeline.undated.len() >= 10,
            "{}",
            out.timeline.undated.len()
        );
        let moved: Vec<&String> = out
            .warnings
            .iter()
            .filter(|w| w.contains("footnote"))
            .collect();
        assert!(moved.is_empty(), "budget {pages}: {moved:?}");
    }
    // A user's template that keeps each field with the next one, as sticky blocks: typst
    // leaves the notes behind, and the build says where.
    let embedded = std::fs::read_to_string(root().join("report-templates/brief.typ.j2")).unwrap();
    let fields = embedded
        .lines()
        .find(|l| l.starts_with("#let fields("))
        .unwrap();
    let sticky = "#let fields(..rows) = { let rows = rows.pos(); for (i, (label, body)) in rows.enumerate() { block(sticky: i + 1 < rows.len(), field(label, body)) } }";
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(
        templates.path().join("brief.typ.j2"),
        embedded.replace(fields, sticky),
    )
    .unwrap();
    let mut args = crate::common::build_args(dir.path(), std::path::Path::new("unused"));
    args.formats = vec![chronobrief::render::Format::Pdf];
    args.templates = Some(templates.path().to_path_buf());
    let out = chronobrief::app::build_outputs(&args).unwrap();
    let moved = out
        .warnings
        .iter()
        .find(|w| w.contains("footnote"))
        .expect("a note left behind");
    assert!(
        moved.contains("(\"tin-") && moved.contains("its marker is on page"),
        "{moved}"
    );
}
