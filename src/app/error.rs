//! How a run fails: the exit code it deserves, the message and a hint.

use crate::config::ConfigError;
use crate::ingest::IngestError;

/// How a run ended, as the process exit code says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// 0: done.
    Success,
    /// 1: a content problem (an article, a template, the knowledge file, typst, a score below
    /// its threshold).
    Failure,
    /// 2: a usage or environment problem.
    Error,
}

impl Outcome {
    pub fn code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Failure => 1,
            Outcome::Error => 2,
        }
    }
}

/// An error with the exit code it deserves and an optional hint.
#[derive(Debug)]
pub struct AppError {
    pub outcome: Outcome,
    pub message: String,
    pub hint: Option<String>,
}

impl AppError {
    pub(crate) fn content(message: impl Into<String>) -> Self {
        AppError {
            outcome: Outcome::Failure,
            message: message.into(),
            hint: None,
        }
    }
    pub(crate) fn env(message: impl Into<String>) -> Self {
        AppError {
            outcome: Outcome::Error,
            message: message.into(),
            hint: None,
        }
    }
    pub(crate) fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let msg = self
            .message
            .strip_prefix("error: ")
            .unwrap_or(&self.message);
        write!(f, "error: {msg}")?;
        if let Some(h) = &self.hint {
            write!(f, "\nhint: {h}")?;
        }
        Ok(())
    }
}

pub(super) fn config_error(e: ConfigError) -> AppError {
    match e {
        ConfigError::Invalid { .. } => AppError::content(e.to_string()),
        _ => AppError::env(e.to_string()),
    }
}

pub(super) fn ingest_error(e: IngestError) -> AppError {
    match e {
        IngestError::Folder { .. } => {
            AppError::env(e.to_string()).hint("pass the folder of articles with --input DIR")
        }
        IngestError::NoneReadable { .. } => AppError::content(e.to_string())
            .hint("every article was skipped; see the warnings above"),
        IngestError::Empty { .. } => AppError::content(e.to_string()).hint(
            "put articles there (subfolders are searched too), or pass the folder that holds them with --input",
        ),
        _ => AppError::content(e.to_string())
            .hint("fix or remove the article, or build without --strict to skip it"),
    }
}
