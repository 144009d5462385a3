//! Use cases of accounts that several entry points share (web pages, command line, API).

use time::Duration;
use uuid::Uuid;

use super::model::{Email, MunicipalityRole, PlatformRole};
use super::store::{self, NewInvitation, NewUser, SessionUser};
use crate::audit::{self, AuditEvent, Entry};
use crate::crypto::hash_password;
use crate::db::{Db, DbError, Tx};
use crate::i18n::Locale;
use crate::mail::{self, MailKind};
use crate::municipalities::store::MunicipalityRow;

/// How long an invitation link stays valid.
pub const INVITATION_VALIDITY: Duration = Duration::days(7);
/// How long a password-reset link stays valid.
pub const RESET_VALIDITY: Duration = Duration::hours(1);

/// Why an invitation could not be sent.
#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    /// The address already belongs to a member of that municipality.
    #[error("already a member")]
    AlreadyMember,
    /// Storage failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Whom to invite, to what.
pub struct Invite<'a> {
    /// Checked address.
    pub email: &'a Email,
    /// Municipality and role there.
    pub municipality: Option<(&'a MunicipalityRow, MunicipalityRole)>,
    /// Platform role.
    pub platform_role: Option<PlatformRole>,
    /// Language of the mail.
    pub locale: Locale,
}

/// Sends an invitation: stores it, writes the mail to the outbox and the audit log, in one transaction.
pub async fn invite(
    db: &Db,
    base_url: &str,
    inviter: &SessionUser,
    ip: &str,
    invite: &Invite<'_>,
) -> Result<(), InviteError> {
    if already_member(db, invite).await? {
        return Err(InviteError::AlreadyMember);
    }
    let mut tx = db.begin().await?;
    invite_in(&mut tx, base_url, inviter, ip, invite, "").await?;
    tx.commit().await?;
    Ok(())
}

/// True when the invited address already belongs to a member of the municipality it is invited to.
pub async fn already_member(db: &Db, invite: &Invite<'_>) -> Result<bool, DbError> {
    let Some((municipality, _)) = invite.municipality else {
        return Ok(false);
    };
    let Some(existing) = store::user_id_by_email(db, invite.email.as_str()).await? else {
        return Ok(false);
    };
    Ok(store::memberships_of(db, existing)
        .await?
        .iter()
        .any(|m| m.municipality_id == municipality.id))
}

/// Stores an invitation with its mail and audit entry inside the caller's transaction, so that a
/// pillar can invite together with its own change (the caller checks [`already_member`] first).
/// `details` is a paragraph the mail carries before the link, in `invite.locale`, ending in a
/// blank line; empty for none.
pub async fn invite_in(
    tx: &mut Tx,
    base_url: &str,
    inviter: &SessionUser,
    ip: &str,
    invite: &Invite<'_>,
    details: &str,
) -> Result<(), DbError> {
    let token = store::create_invitation(
        tx,
        &NewInvitation {
            email: invite.email.as_str(),
            municipality: invite.municipality.map(|(m, r)| (m.id, r)),
            platform_role: invite.platform_role,
            locale: invite.locale,
            invited_by: Some(inviter.id),
            valid_for: INVITATION_VALIDITY,
        },
    )
    .await?;
    let link = format!("{base_url}/invitation/{token}");
    // The last day as the invited person's calendar shows it.
    let expires = crate::i18n::format_date(
        invite.locale,
        crate::clock::in_germany(crate::clock::now() + INVITATION_VALIDITY).date(),
    );
    let municipality_name = invite.municipality.map(|(m, _)| m.name.as_str()).unwrap_or("");
    mail::enqueue(
        tx,
        invite.email.as_str(),
        invite.locale,
        &MailKind::Invitation {
            inviter: &inviter.name,
            municipality: municipality_name,
            link: &link,
            expires: &expires,
            details,
        },
    )
    .await?;
    let detail = match (invite.municipality, invite.platform_role) {
        (Some((m, role)), _) => format!("{} {}", m.ags, role.as_str()),
        (None, Some(role)) => role.as_str().to_owned(),
        (None, None) => String::new(),
    };
    audit::record(
        tx,
        AuditEvent::InvitationSent,
        &Entry::by(inviter, ip).subject(invite.email.as_str()).detail(&detail),
    )
    .await?;
    Ok(())
}

/// Creates an account with optional roles in one transaction (command line, demo, tests).
pub async fn create_account(
    tx: &mut Tx,
    email: &Email,
    name: &str,
    password: &str,
    platform_role: Option<PlatformRole>,
    membership: Option<(Uuid, MunicipalityRole)>,
) -> Result<Uuid, DbError> {
    let hash = hash_password(password).map_err(|e| DbError::Sqlx(sqlx::Error::Protocol(e.to_string())))?;
    let id = store::create_user(
        tx,
        &NewUser {
            email: email.as_str(),
            name,
            password_hash: &hash,
            platform_role,
            locale: Locale::De,
        },
    )
    .await?;
    if let Some((municipality_id, role)) = membership {
        store::set_membership(tx, id, municipality_id, role).await?;
    }
    Ok(id)
}
