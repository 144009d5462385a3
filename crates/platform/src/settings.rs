//! Runtime settings of a node and the secrets it keeps under its data dir.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore;

/// How outgoing mail leaves the platform.
#[derive(Debug, Clone)]
pub enum MailDelivery {
    /// Through an SMTP server (`smtp://`, `smtps://` or `smtp://…?tls=required` URL as lettre reads it).
    Smtp(String),
    /// As `.eml` files in a folder, for development and tests.
    Files(PathBuf),
}

/// Everything a node needs to know to serve.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Address the HTTP server binds to.
    pub listen: SocketAddr,
    /// Public address used in links of mails (no trailing slash).
    pub base_url: String,
    /// Folder for the SQLite database, secrets and mail files.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`.
    pub database_url: String,
    /// Where mail goes.
    pub mail_delivery: MailDelivery,
    /// Sender address of outgoing mail.
    pub mail_from: String,
    /// Read the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_proxy: bool,
    /// How long a login lasts, in hours.
    pub session_hours: i64,
}

impl Settings {
    /// Settings for tests and examples: a data dir, a database URL, files for mail.
    pub fn for_data_dir(data_dir: &Path, database_url: &str) -> Settings {
        Settings {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            base_url: "http://127.0.0.1:8080".to_owned(),
            data_dir: data_dir.to_path_buf(),
            database_url: database_url.to_owned(),
            mail_delivery: MailDelivery::Files(data_dir.join("mail")),
            mail_from: "weltoffen <noreply@weltoffen.example>".to_owned(),
            trust_proxy: false,
            session_hours: 12,
        }
    }
}

/// Keys generated on first start and kept in the data dir with mode 0600.
#[derive(Clone)]
pub struct Secrets {
    /// Signs CSRF tokens.
    pub session_key: [u8; 32],
    /// Wraps the per-municipality encryption keys.
    pub master_key: [u8; 32],
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets(..)")
    }
}

impl Secrets {
    /// Reads the secrets from `data_dir`, creating missing ones.
    pub fn load_or_create(data_dir: &Path) -> std::io::Result<Secrets> {
        std::fs::create_dir_all(data_dir)?;
        Ok(Secrets {
            session_key: load_or_create_key(&data_dir.join("session.key"))?,
            master_key: load_or_create_key(&data_dir.join("master.key"))?,
        })
    }

    /// Fresh random secrets that are never stored (tests).
    pub fn ephemeral() -> Secrets {
        let mut s = Secrets {
            session_key: [0; 32],
            master_key: [0; 32],
        };
        rand::rng().fill_bytes(&mut s.session_key);
        rand::rng().fill_bytes(&mut s.master_key);
        s
    }
}

fn load_or_create_key(path: &Path) -> std::io::Result<[u8; 32]> {
    if let Ok(text) = std::fs::read_to_string(path) {
        let bytes = STANDARD
            .decode(text.trim())
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{}: {e}", path.display())))?;
        return bytes.try_into().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{}: expected 32 bytes", path.display()),
            )
        });
    }
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    write_private(path, STANDARD.encode(key).as_bytes())?;
    tracing::info!(path = %path.display(), "generated a new secret key");
    Ok(key)
}

#[cfg(unix)]
fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents)
}

#[cfg(not(unix))]
fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_created_once_with_mode_0600_and_then_reused() {
        let dir = std::env::temp_dir().join(format!("weltoffen-secrets-{}", uuid::Uuid::now_v7()));
        let first = Secrets::load_or_create(&dir).unwrap();
        let second = Secrets::load_or_create(&dir).unwrap();
        assert_eq!(first.session_key, second.session_key);
        assert_ne!(first.session_key, first.master_key);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.join("master.key")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }
}
