//! Content digests, shared by every stage: an article's identity, the extraction cache's keys,
//! the manifest's records and the stable parts of ids.

use sha2::{Digest, Sha256};

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
