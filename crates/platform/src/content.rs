//! Problems in authored content (questionnaires, articles), located by file and line, so that an
//! editor can fix the content without reading code.

use std::fmt;

/// A problem in the content, located in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// File name.
    pub file: String,
    /// 1-based line (0 when the whole file is meant).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl ContentError {
    /// A problem at `line` of `file`.
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> ContentError {
        ContentError {
            file: file.to_owned(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// A TOML error as a content error; `first_line` is the line of the file the TOML text starts on.
pub fn toml_error(file: &str, text: &str, first_line: usize, e: &toml::de::Error) -> ContentError {
    let line = e.span().map(|s| line_of(text, s.start) + first_line - 1).unwrap_or(0);
    ContentError::new(file, line, e.message())
}
