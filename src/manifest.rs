//! `out/manifest.json`: what a build read and wrote, by SHA-256. A build whose inputs match the
//! manifest of the `out/` it would replace, and whose outputs are still as written, has nothing
//! to do.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The manifest's file name inside `out/`.
pub const MANIFEST: &str = "manifest.json";

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Everything a build's result depends on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// "chronobrief 0.1.0".
    pub tool: String,
    pub inputs: Inputs,
    pub skipped: Vec<SkippedEntry>,
    /// Output file name → SHA-256.
    pub outputs: BTreeMap<String, String>,
}

impl Manifest {
    pub fn new(inputs: Inputs, skipped: Vec<SkippedEntry>, files: &[(String, Vec<u8>)]) -> Self {
        Manifest {
            tool: tool(),
            inputs,
            skipped,
            outputs: files
                .iter()
                .map(|(n, b)| (n.to_string(), sha256_hex(b)))
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a manifest serialises");
        s.push('\n');
        s
    }

    /// The manifest in `out`, if there is a readable one.
    pub fn read(out: &Path) -> Option<Manifest> {
        let text = std::fs::read_to_string(out.join(MANIFEST)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// True when a build with `inputs` would write exactly what `out` holds: same tool, same
    /// inputs, and every recorded output still present with its recorded bytes.
    pub fn is_current(&self, inputs: &Inputs, out: &Path) -> bool {
        self.tool == tool()
            && self.inputs == *inputs
            && self.outputs.iter().all(|(name, digest)| {
                std::fs::read(out.join(name)).is_ok_and(|bytes| sha256_hex(&bytes) == *digest)
            })
    }
}

/// The tool's name and version, as manifests record it.
pub fn tool() -> String {
    format!("chronobrief {}", env!("CARGO_PKG_VERSION"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
