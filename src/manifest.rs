//! `out/manifest.json`: what a build read and wrote, by SHA-256. A build whose inputs match the
//! manifest of the `out/` it would replace, and whose outputs are still as written, has nothing
//! to do.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::digest::sha256_hex;

/// The manifest's file name inside `out/`.
pub const MANIFEST: &str = "manifest.json";

/// Everything a build's result depends on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inputs {
    /// Article file name → SHA-256 (of skipped ones too, so fixing one triggers a rebuild).
    pub articles: BTreeMap<String, String>,
    /// Template name → SHA-256 of the text used (embedded or overriding file).
    pub templates: BTreeMap<String, String>,
    /// Knowledge file → SHA-256 of the text used.
    pub data: BTreeMap<String, String>,
    /// SHA-256 of the config file, when one was read.
    pub config: Option<String>,
    /// SHA-256 of the resolved settings that shape the outputs.
    pub settings: String,
    /// The user's font files (`--font-path`) → SHA-256.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fonts: BTreeMap<String, String>,
}

/// A skipped article, as the manifest records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedEntry {
    pub file: String,
    pub reason: String,
}

/// `out/manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// "chronobrief 0.1.0+1f2e…": the version and the digest of the sources it was built from.
    pub tool: String,
    pub inputs: Inputs,
    pub skipped: Vec<SkippedEntry>,
    /// Output file name → SHA-256.
    pub outputs: BTreeMap<String, String>,
}

impl Manifest {
    pub fn new<N: AsRef<str>>(
        inputs: Inputs,
        skipped: Vec<SkippedEntry>,
        files: &[(N, Vec<u8>)],
    ) -> Self {
        Manifest {
            tool: tool(),
            inputs,
            skipped,
            outputs: files
                .iter()
                .map(|(n, b)| (n.as_ref().to_string(), sha256_hex(b)))
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a manifest serialises");
        s.push('\n');
        s
    }

    /// The manifest in `out`, if there is a readable one that chronobrief wrote (a web app's
    /// `manifest.json` is not one). It is read only when it is a regular file of sane size.
    pub fn read(out: &Path) -> Option<Manifest> {
        let path = out.join(MANIFEST);
        let meta = std::fs::metadata(&path).ok()?;
        if !meta.is_file() || meta.len() > MAX_MANIFEST_BYTES {
            return None;
        }
        let text = std::fs::read_to_string(path).ok()?;
        let m: Manifest = serde_json::from_str(&text).ok()?;
        m.tool.starts_with("chronobrief ").then_some(m)
    }

    /// The output files the manifest lists that a build may replace: the names
    /// [`is_output_name`] accepts only, so an edited manifest cannot point a build at a file outside
    /// the output folder.
    pub fn owned_names(&self) -> impl Iterator<Item = &str> {
        self.outputs
            .keys()
            .map(String::as_str)
            .filter(|n| is_output_name(n))
    }

    /// True when a build with `inputs` would write exactly what `out` holds: same tool, same
    /// inputs, and every recorded output still present with its recorded bytes.
    pub fn is_current(&self, inputs: &Inputs, out: &Path) -> bool {
        self.tool == tool()
            && self.inputs == *inputs
            && self.outputs.iter().all(|(name, digest)| {
                is_output_name(name)
                    && std::fs::metadata(out.join(name)).is_ok_and(|m| m.is_file())
                    && std::fs::read(out.join(name))
                        .is_ok_and(|bytes| sha256_hex(&bytes) == *digest)
            })
    }
}

/// A manifest larger than this is not one chronobrief wrote.
const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;

/// The folder of `out/` that holds the plain text of web pages and scraper records.
pub const SOURCES: &str = "sources/";

/// A file name without a folder part, not hidden, not `.` or `..`.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\\', '\0'])
}

/// A name a build may write: a plain file name, a file of a named brief's folder (`NAME/file`),
/// or a path under `sources/`; each part a plain name (so none is `..`, hidden or absolute).
pub fn is_output_name(name: &str) -> bool {
    match name.strip_prefix(SOURCES) {
        Some(rest) => rest.split('/').all(is_plain_name),
        None => name.split('/').count() <= 2 && name.split('/').all(is_plain_name),
    }
}

/// The tool's name and version, as manifests record it.
pub fn tool() -> String {
    // The digest of the sources it was built from (`build.rs`): a binary built from changed
    // code between two releases is another tool, and `out/` is not up to date for it.
    format!(
        "chronobrief {}+{}",
        env!("CARGO_PKG_VERSION"),
        env!("CHRONOBRIEF_SOURCE_DIGEST")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tool_names_its_version_and_the_digest_of_its_sources() {
        let t = tool();
        let (name, digest) = t.split_once('+').expect("a digest after the version");
        assert_eq!(name, format!("chronobrief {}", env!("CARGO_PKG_VERSION")));
        assert_eq!(digest.len(), 16, "{t}");
        assert!(digest.bytes().all(|b| b.is_ascii_hexdigit()), "{t}");
    }

    #[test]
    fn sha256_of_known_text() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn current_only_while_inputs_and_outputs_are_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let inputs = Inputs {
            articles: [("a.txt".to_string(), sha256_hex(b"a"))].into(),
            templates: BTreeMap::new(),
            data: BTreeMap::new(),
            config: None,
            settings: sha256_hex(b"s"),
            ..Default::default()
        };
        let files = [("brief.md".to_string(), b"# T\n".to_vec())];
        std::fs::write(dir.path().join("brief.md"), &files[0].1).unwrap();
        let m = Manifest::new(inputs.clone(), Vec::new(), &files);
        assert!(m.is_current(&inputs, dir.path()));
        let mut changed = inputs.clone();
        changed.articles.insert("b.txt".into(), sha256_hex(b"b"));
        assert!(!m.is_current(&changed, dir.path()));
        std::fs::write(dir.path().join("brief.md"), b"edited").unwrap();
        assert!(!m.is_current(&inputs, dir.path()));
    }

    #[test]
    fn only_plain_names_files_of_named_briefs_and_texts_under_sources_are_owned() {
        let files = [
            ("brief.md", Vec::new()),
            ("../x", Vec::new()),
            ("a/b", Vec::new()),
            ("a/b/c", Vec::new()),
            ("a/../b", Vec::new()),
            ("a/.b", Vec::new()),
            (".hidden", Vec::new()),
            ("sources/a.html.txt", Vec::new()),
            ("sources/c.jsonl/line-3.txt", Vec::new()),
            ("sources/../../x", Vec::new()),
            ("sources/.x/a.txt", Vec::new()),
            ("sources//a.txt", Vec::new()),
            ("sources/", Vec::new()),
        ];
        let inputs = Inputs::default();
        let m = Manifest::new(inputs, Vec::new(), &files);
        assert_eq!(
            m.owned_names().collect::<Vec<_>>(),
            vec![
                "a/b",
                "brief.md",
                "sources/a.html.txt",
                "sources/c.jsonl/line-3.txt"
            ]
        );
    }
}
