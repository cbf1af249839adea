//! `chronobrief templates init`.

use std::io::Write;

use super::{replace_file, AppError, Outcome};
use crate::cli::TemplatesCommand;
use crate::render::TEMPLATES;

pub(super) fn templates(cmd: &TemplatesCommand, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let TemplatesCommand::Init { dir, force } = cmd;
    std::fs::create_dir_all(dir)
        .map_err(|e| AppError::env(format!("cannot create {}: {e}", dir.display())))?;
    let existing: Vec<String> = TEMPLATES
        .iter()
        .filter(|(name, _)| std::fs::symlink_metadata(dir.join(name)).is_ok())
        .map(|(name, _)| dir.join(name).display().to_string())
        .collect();
    if !existing.is_empty() && !force {
        return Err(
            AppError::env(format!("{} already exist(s)", existing.join(", ")))
                .hint("pass --force to overwrite, or choose another folder"),
        );
    }
    for (name, text) in TEMPLATES {
        // Replaced by a rename, so a link at the name is refused, never written through.
        let p = dir.join(name);
        replace_file(&p, text.as_bytes())?;
        let _ = writeln!(out, "wrote {}", p.display());
    }
    let _ = writeln!(
        out,
        "use them with: chronobrief build --templates {}",
        dir.display()
    );
    Ok(Outcome::Success)
}
