//! Accounts: roles and the rules for e-mail addresses, names and passwords (pure, no I/O).

/// Roles on the whole platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum PlatformRole {
    /// Operates the platform: municipalities, users, audit log, feedback.
    Admin,
    /// Edits the knowledge platform.
    Editor,
}

impl PlatformRole {
    /// The stored code.
    pub fn as_str(self) -> &'static str {
        match self {
            PlatformRole::Admin => "admin",
            PlatformRole::Editor => "editor",
        }
    }
    /// Parses a stored code.
    pub fn parse(code: &str) -> Option<PlatformRole> {
        match code {
            "admin" => Some(PlatformRole::Admin),
            "editor" => Some(PlatformRole::Editor),
            _ => None,
        }
    }
    /// The Fluent key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            PlatformRole::Admin => "role-admin",
            PlatformRole::Editor => "role-editor",
        }
    }
}

/// Roles inside one municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum MunicipalityRole {
    /// Runs the programme in the municipality and invites colleagues.
    Coordinator,
    /// Takes part: answers, reads results.
    Member,
}

impl MunicipalityRole {
    /// The stored code.
    pub fn as_str(self) -> &'static str {
        match self {
            MunicipalityRole::Coordinator => "coordinator",
            MunicipalityRole::Member => "member",
        }
    }
    /// Parses a stored code.
    pub fn parse(code: &str) -> Option<MunicipalityRole> {
        match code {
            "coordinator" => Some(MunicipalityRole::Coordinator),
            "member" => Some(MunicipalityRole::Member),
            _ => None,
        }
    }
    /// The Fluent key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            MunicipalityRole::Coordinator => "role-coordinator",
            MunicipalityRole::Member => "role-member",
        }
    }
}

/// Longest accepted name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest accepted e-mail address (RFC 5321 path limit).
pub const MAX_EMAIL_CHARS: usize = 254;
/// Shortest accepted password.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest accepted password (argon2 would take anything; a bound keeps requests cheap).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// A checked, lower-cased e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Checks the shape of an address: one `@`, a dotted domain, no spaces, bounded length.
    pub fn parse(input: &str) -> Result<Email, &'static str> {
        let s = input.trim();
        if s.is_empty() {
            return Err("email-error-missing");
        }
        if s.chars().count() > MAX_EMAIL_CHARS {
            return Err("email-error-too-long");
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err("email-error-shape");
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        if local.is_empty() || !domain_ok || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err("email-error-shape");
        }
        Ok(Email(s.to_lowercase()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a person's display name; returns it trimmed.
pub fn parse_name(input: &str) -> Result<String, &'static str> {
    let s = input.trim();
    if s.is_empty() {
        return Err("name-error-missing");
    }
    if s.chars().count() > MAX_NAME_CHARS {
        return Err("name-error-too-long");
    }
    if s.chars().any(char::is_control) {
        return Err("name-error-shape");
    }
    Ok(s.to_owned())
}

/// Checks a new password and its repetition.
pub fn check_new_password(password: &str, confirmation: &str) -> Result<(), (&'static str, &'static str)> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        return Err(("password", "password-error-too-short"));
    }
    if n > MAX_PASSWORD_CHARS {
        return Err(("password", "password-error-too-long"));
    }
    if password != confirmation {
        return Err(("password_confirm", "password-error-mismatch"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_trimmed_lowercased_and_checked() {
        assert_eq!(
            Email::parse("  Anna.Muster@Kreis-TF.de ").unwrap().as_str(),
            "anna.muster@kreis-tf.de"
        );
        assert_eq!(Email::parse(""), Err("email-error-missing"));
        for bad in [
            "anna",
            "anna@",
            "@x.de",
            "anna@de",
            "an na@x.de",
            "a@.de",
            "a@x..de",
            "a@b@c.de",
        ] {
            assert_eq!(Email::parse(bad), Err("email-error-shape"), "{bad}");
        }
        let long = format!("{}@x.de", "a".repeat(260));
        assert_eq!(Email::parse(&long), Err("email-error-too-long"));
    }

    #[test]
    fn names_are_bounded() {
        assert_eq!(parse_name("  Jana Schulz "), Ok("Jana Schulz".to_owned()));
        assert_eq!(parse_name(" "), Err("name-error-missing"));
        assert_eq!(parse_name(&"ä".repeat(121)), Err("name-error-too-long"));
        assert!(parse_name(&"ä".repeat(120)).is_ok());
        assert_eq!(parse_name("a\u{0}b"), Err("name-error-shape"));
    }

    #[test]
    fn passwords_need_length_and_matching_repetition() {
        assert_eq!(
            check_new_password("kurz", "kurz"),
            Err(("password", "password-error-too-short"))
        );
        assert_eq!(
            check_new_password("lang genug 123", "anders 12345"),
            Err(("password_confirm", "password-error-mismatch"))
        );
        assert_eq!(check_new_password("lang genug 123", "lang genug 123"), Ok(()));
        let huge = "x".repeat(300);
        assert_eq!(
            check_new_password(&huge, &huge),
            Err(("password", "password-error-too-long"))
        );
    }

    #[test]
    fn roles_round_trip() {
        for r in [MunicipalityRole::Coordinator, MunicipalityRole::Member] {
            assert_eq!(MunicipalityRole::parse(r.as_str()), Some(r));
        }
        for r in [PlatformRole::Admin, PlatformRole::Editor] {
            assert_eq!(PlatformRole::parse(r.as_str()), Some(r));
        }
        assert_eq!(PlatformRole::parse("root"), None);
    }
}
