//! Configuration: flags, then `WELTOFFEN_*` environment variables (both through clap), then an
//! optional TOML file, then defaults.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use weltoffen_platform::settings::{MailDelivery, Settings};

/// Keys of the optional TOML file (all optional).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen: Option<SocketAddr>,
    pub base_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub trust_proxy: Option<bool>,
    pub session_hours: Option<i64>,
    pub demo: Option<bool>,
    pub log_format: Option<String>,
}

impl FileConfig {
    /// Reads the file; a missing file named explicitly is an error.
    pub fn load(path: Option<&Path>) -> Result<FileConfig, String> {
        let Some(path) = path else {
            return Ok(FileConfig::default());
        };
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// The data dir: flag/env, then file, then `./data`.
pub fn data_dir(flag: Option<&PathBuf>, file: &FileConfig) -> PathBuf {
    flag.cloned()
        .or_else(|| file.data_dir.clone())
        .unwrap_or_else(|| PathBuf::from("data"))
}

/// The database URL: flag/env, then file, then SQLite in the data dir.
pub fn database_url(flag: Option<&String>, file: &FileConfig, data_dir: &Path) -> String {
    flag.cloned()
        .or_else(|| file.database_url.clone())
        .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("weltoffen.db").display()))
}

/// What `serve` may override.
#[derive(Debug, Default)]
pub struct ServeOverrides {
    pub listen: Option<SocketAddr>,
    pub base_url: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub trust_proxy: Option<bool>,
    pub session_hours: Option<i64>,
}

/// Builds the node's settings from the layers.
pub fn settings(
    data_dir: PathBuf,
    database_url: String,
    o: ServeOverrides,
    file: &FileConfig,
) -> Result<Settings, String> {
    let listen = o
        .listen
        .or(file.listen)
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
    let base_url = o
        .base_url
        .or_else(|| file.base_url.clone())
        .unwrap_or_else(|| format!("http://{listen}"))
        .trim_end_matches('/')
        .to_owned();
    let session_hours = o.session_hours.or(file.session_hours).unwrap_or(12);
    if !(1..=24 * 30).contains(&session_hours) {
        return Err(format!("session hours must be between 1 and 720, got {session_hours}"));
    }
    let mail_delivery = match o.smtp_url.or_else(|| file.smtp_url.clone()).filter(|u| !u.is_empty()) {
        Some(url) => MailDelivery::Smtp(url),
        None => MailDelivery::Files(data_dir.join("mail")),
    };
    Ok(Settings {
        listen,
        base_url,
        database_url,
        mail_delivery,
        mail_from: o
            .mail_from
            .or_else(|| file.mail_from.clone())
            .unwrap_or_else(|| "weltoffen <noreply@weltoffen.example>".to_owned()),
        trust_proxy: o.trust_proxy.or(file.trust_proxy).unwrap_or(false),
        session_hours,
        data_dir,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_over_file_and_file_over_defaults() {
        let file: FileConfig =
            toml::from_str("listen = \"127.0.0.1:9000\"\nsession_hours = 8\nsmtp_url = \"smtp://mail.example:25\"")
                .unwrap();
        let s = settings(
            PathBuf::from("d"),
            "sqlite://d/x.db".into(),
            ServeOverrides::default(),
            &file,
        )
        .unwrap();
        assert_eq!(s.listen.port(), 9000);
        assert_eq!(s.base_url, "http://127.0.0.1:9000");
        assert_eq!(s.session_hours, 8);
        assert!(matches!(s.mail_delivery, MailDelivery::Smtp(_)));
        let o = ServeOverrides {
            listen: Some("127.0.0.1:7000".parse().unwrap()),
            session_hours: Some(2),
            ..Default::default()
        };
        let s = settings(PathBuf::from("d"), "sqlite://d/x.db".into(), o, &file).unwrap();
        assert_eq!(s.listen.port(), 7000);
        assert_eq!(s.session_hours, 2);
        let none = FileConfig::default();
        let s = settings(PathBuf::from("d"), "x".into(), ServeOverrides::default(), &none).unwrap();
        assert!(matches!(s.mail_delivery, MailDelivery::Files(ref p) if p.ends_with("mail")));
        assert_eq!(database_url(None, &none, Path::new("d")), "sqlite://d/weltoffen.db");
    }

    #[test]
    fn unknown_file_keys_and_bad_hours_are_refused() {
        assert!(toml::from_str::<FileConfig>("lisen = \"x\"").is_err());
        let o = ServeOverrides {
            session_hours: Some(0),
            ..Default::default()
        };
        assert!(settings(PathBuf::from("d"), "x".into(), o, &FileConfig::default()).is_err());
    }
}
