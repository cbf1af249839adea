//! The fonts a brief can use: the ones embedded in the binary (typst's and Noto Emoji) and the
//! user's (`--font-path`, `fonts` in the config file).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

/// A font file or folder that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("cannot read the font {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not a font file (TrueType or OpenType)", .path.display())]
    NotAFont { path: PathBuf },
    #[error("no fonts (.ttf, .otf, .ttc, .otc) in {}", .path.display())]
    NoFonts { path: PathBuf },
}

/// Noto Emoji (monochrome, SIL Open Font License): emoji and pictographs, which no typst font
/// draws. About 870 KB of the binary.
const NOTO_EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");

/// The fonts a brief can use: the embedded ones, then the user's.
#[derive(Debug)]
pub struct FontSet {
    pub(super) book: LazyHash<FontBook>,
    pub(super) fonts: Vec<Font>,
    /// The user's font files with the SHA-256 of each, for the manifest.
    pub digests: BTreeMap<String, String>,
}

impl FontSet {
    /// The fonts embedded in the binary, parsed once per process.
    pub fn embedded() -> Arc<FontSet> {
        static FONTS: OnceLock<Arc<FontSet>> = OnceLock::new();
        FONTS
            .get_or_init(|| Arc::new(FontSet::new(embedded_fonts(), BTreeMap::new())))
            .clone()
    }

    /// The embedded fonts plus every font in `paths` (font files, or folders searched
    /// recursively for `.ttf`, `.otf`, `.ttc` and `.otc` files).
    pub fn with_user_fonts(paths: &[PathBuf]) -> Result<Arc<FontSet>, FontError> {
        if paths.is_empty() {
            return Ok(FontSet::embedded());
        }
        let mut fonts = embedded_fonts();
        let mut digests = BTreeMap::new();
        for p in paths {
            for file in font_files(p)? {
                let data = std::fs::read(&file).map_err(|source| FontError::Read {
                    path: file.clone(),
                    source,
                })?;
                digests.insert(file.display().to_string(), crate::digest::sha256_hex(&data));
                if !plausible_collection(&data) {
                    return Err(FontError::NotAFont { path: file });
                }
                let before = fonts.len();
                fonts.extend(Font::iter(Bytes::new(data)));
                if fonts.len() == before {
                    return Err(FontError::NotAFont { path: file });
                }
            }
        }
        Ok(Arc::new(FontSet::new(fonts, digests)))
    }

    fn new(fonts: Vec<Font>, digests: BTreeMap<String, String>) -> FontSet {
        FontSet {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            digests,
        }
    }

    /// True when some font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }

    /// The family names, in book order (embedded first).
    pub fn families(&self) -> Vec<String> {
        self.fonts.iter().map(|f| f.info().family.clone()).collect()
    }
}

/// False for a font collection (`ttcf`) whose header claims more fonts than its file can
/// hold: each needs a 4-byte offset in the header and at least a 12-byte table directory,
/// and a parser would otherwise try every one of billions of claimed fonts.
fn plausible_collection(data: &[u8]) -> bool {
    if !data.starts_with(b"ttcf") {
        return true;
    }
    let Some(count) = data.get(8..12) else {
        return false;
    };
    let count = u32::from_be_bytes(count.try_into().expect("four bytes")) as u64;
    count > 0 && 12 + count * (4 + 12) <= data.len() as u64
}

fn embedded_fonts() -> Vec<Font> {
    typst_assets::fonts()
        .chain([NOTO_EMOJI])
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect()
}

/// The font files a path names: itself, or the fonts in the folder and its subfolders (hidden
/// ones skipped), in sorted order so the book is the same on every run.
fn font_files(path: &Path) -> Result<Vec<PathBuf>, FontError> {
    let read_err = |source| FontError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(read_err)?.flatten() {
            let p = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(m) = std::fs::metadata(&p) else {
                continue;
            };
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            let is_font = ["ttf", "otf", "ttc", "otc"]
                .iter()
                .any(|x| ext.eq_ignore_ascii_case(x));
            if m.is_dir() && stack.len() < 64 {
                stack.push(p);
            } else if m.is_file() && is_font {
                found.push(p);
            }
        }
    }
    if found.is_empty() {
        return Err(FontError::NoFonts {
            path: path.to_path_buf(),
        });
    }
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_fonts_are_added_after_the_embedded_ones() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fonts");
        let embedded = FontSet::embedded();
        assert!(embedded.covers('😀') && !embedded.covers('中'));
        let set = FontSet::with_user_fonts(&[dir]).unwrap();
        assert!(set.covers('中'));
        assert_eq!(set.digests.len(), 1);
        assert_eq!(
            set.families().last().map(String::as_str),
            Some("Noto Sans CJK JP")
        );
    }

    #[test]
    fn a_collection_claiming_more_fonts_than_its_file_holds_is_refused_before_parsing() {
        let header = |count: u32, len: usize| {
            let mut d = b"ttcf\x00\x01\x00\x00".to_vec();
            d.extend(count.to_be_bytes());
            d.resize(len, 0);
            d
        };
        for count in [0x7fff_ffff, 0xffff_ffff, 2] {
            assert!(!plausible_collection(&header(count, 12)), "{count}");
        }
        assert!(!plausible_collection(&header(0, 100)));
        assert!(!plausible_collection(b"ttcf\x00\x01"));
        assert!(plausible_collection(&header(2, 12 + 2 * 16)));
        // Single fonts are parsed as they are.
        assert!(plausible_collection(b"\x00\x01\x00\x00 any font"));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("claims.ttc"), header(0x7fff_ffff, 12)).unwrap();
        let e = FontSet::with_user_fonts(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(matches!(e, FontError::NotAFont { .. }), "{e}");
    }

    #[test]
    fn a_folder_without_fonts_or_a_file_that_is_not_one_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let e = FontSet::with_user_fonts(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(matches!(e, FontError::NoFonts { .. }), "{e}");
        std::fs::write(dir.path().join("broken.ttf"), "not a font").unwrap();
        let e = FontSet::with_user_fonts(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(
            matches!(e, FontError::NotAFont { .. }) && e.to_string().contains("broken.ttf"),
            "{e}"
        );
        let e = FontSet::with_user_fonts(&[dir.path().join("missing")]).unwrap_err();
        assert!(matches!(e, FontError::Read { .. }), "{e}");
    }
}
