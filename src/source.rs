//! Reading a plan's text from a file or standard input.

use std::io::Read;

use crate::error::Error;

/// A plan's text and the name diagnostics call it by.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Reads `path`, or standard input when `path` is `-`.
    pub fn read(path: &str) -> Result<Self, Error> {
        let bytes = if path == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Read {
                    path: "<stdin>".into(),
                    source,
                })?;
            bytes
        } else {
            std::fs::read(path).map_err(|source| Error::Read {
                path: path.into(),
                source,
            })?
        };
        let name = if path == "-" { "<stdin>" } else { path };
        Self::from_bytes(name, bytes)
    }

    /// Accepts only UTF-8, as TOML requires.
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Self, Error> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::new(name, text)),
            Err(err) => Err(Error::NotUtf8 {
                path: name.into(),
                offset: err.utf8_error().valid_up_to(),
            }),
        }
    }
}
