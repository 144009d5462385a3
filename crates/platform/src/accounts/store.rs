//! Queries for accounts, sessions, tokens, invitations, password resets and login counters.

use sea_query::{Expr, ExprTrait, OnConflict, Order, Query};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use super::model::{MunicipalityRole, PlatformRole};
use super::throttle::Counter;
use crate::clock::now;
use crate::crypto::{random_token, token_hash};
use crate::db::{Db, DbResult, Tx};
use crate::i18n::Locale;
use crate::municipalities::store::MunicipalityRow;
use crate::schema::*;

/// A municipality the user belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// The municipality's id.
    pub municipality_id: Uuid,
    /// Its AGS.
    pub ags: String,
    /// Its name.
    pub name: String,
    /// The user's role there.
    pub role: MunicipalityRole,
    /// The whole municipality, so that a member's pages need no query of their own for it.
    pub municipality: MunicipalityRow,
}

/// A logged-in person as every request sees them (one query: session, user and memberships).
#[derive(Debug, Clone)]
pub struct SessionUser {
    /// Hash of the session token (empty for API tokens).
    pub session_hash: String,
    /// User id.
    pub id: Uuid,
    /// E-mail address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Platform-wide role.
    pub platform_role: Option<PlatformRole>,
    /// Preferred language (for mail).
    pub locale: Locale,
    /// Memberships, sorted by municipality name.
    pub memberships: Vec<Membership>,
    /// The municipality chosen in the header switcher.
    pub active_municipality_id: Option<Uuid>,
}

impl SessionUser {
    /// True for platform admins.
    pub fn is_admin(&self) -> bool {
        self.platform_role == Some(PlatformRole::Admin)
    }
    /// True for editors and admins.
    pub fn is_editor(&self) -> bool {
        self.platform_role.is_some()
    }
    /// The user's role in a municipality.
    pub fn role_in(&self, municipality_id: Uuid) -> Option<MunicipalityRole> {
        self.memberships
            .iter()
            .find(|m| m.municipality_id == municipality_id)
            .map(|m| m.role)
    }
    /// The active membership: the chosen one, else the first.
    pub fn active_membership(&self) -> Option<&Membership> {
        self.active_municipality_id
            .and_then(|id| self.memberships.iter().find(|m| m.municipality_id == id))
            .or_else(|| self.memberships.first())
    }
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: Uuid,
    email: String,
    name: String,
    platform_role: Option<String>,
    locale: String,
    active_municipality_id: Option<Uuid>,
    municipality_id: Option<Uuid>,
    ags: Option<String>,
    municipality_name: Option<String>,
    municipality_type: Option<String>,
    land: Option<String>,
    population: Option<i64>,
    municipality_created_at: Option<OffsetDateTime>,
    role: Option<String>,
}

fn user_with_memberships(rows: Vec<SessionRow>, session_hash: String) -> Option<SessionUser> {
    let first = rows.first()?;
    let mut user = SessionUser {
        session_hash,
        id: first.id,
        email: first.email.clone(),
        name: first.name.clone(),
        platform_role: first.platform_role.as_deref().and_then(PlatformRole::parse),
        locale: Locale::parse(&first.locale).unwrap_or_default(),
        memberships: Vec::new(),
        active_municipality_id: first.active_municipality_id,
    };
    for row in rows {
        if let (Some(id), Some(ags), Some(name), Some(municipality_type), Some(land), Some(created_at), Some(role)) = (
            row.municipality_id,
            row.ags,
            row.municipality_name,
            row.municipality_type,
            row.land,
            row.municipality_created_at,
            row.role.as_deref().and_then(MunicipalityRole::parse),
        ) {
            user.memberships.push(Membership {
                municipality_id: id,
                ags: ags.clone(),
                name: name.clone(),
                role,
                municipality: MunicipalityRow {
                    id,
                    ags,
                    name,
                    municipality_type,
                    land,
                    population: row.population,
                    created_at,
                },
            });
        }
    }
    Some(user)
}

fn user_select() -> sea_query::SelectStatement {
    Query::select()
        .column((Users::Table, Users::Id))
        .column((Users::Table, Users::Email))
        .column((Users::Table, Users::Name))
        .column((Users::Table, Users::PlatformRole))
        .column((Users::Table, Users::Locale))
        .column((Memberships::Table, Memberships::MunicipalityId))
        .column((Memberships::Table, Memberships::Role))
        .column((Municipalities::Table, Municipalities::Ags))
        .expr_as(
            Expr::col((Municipalities::Table, Municipalities::Name)),
            "municipality_name",
        )
        .column((Municipalities::Table, Municipalities::MunicipalityType))
        .column((Municipalities::Table, Municipalities::Land))
        .column((Municipalities::Table, Municipalities::Population))
        .expr_as(
            Expr::col((Municipalities::Table, Municipalities::CreatedAt)),
            "municipality_created_at",
        )
        .from(Users::Table)
        .left_join(
            Memberships::Table,
            Expr::col((Memberships::Table, Memberships::UserId)).equals((Users::Table, Users::Id)),
        )
        .left_join(
            Municipalities::Table,
            Expr::col((Municipalities::Table, Municipalities::Id))
                .equals((Memberships::Table, Memberships::MunicipalityId)),
        )
        .order_by((Municipalities::Table, Municipalities::Name), Order::Asc)
        .to_owned()
}

/// The user behind a session token, if the session is valid.
pub async fn session_user(db: &Db, token: &str) -> DbResult<Option<SessionUser>> {
    let hash = token_hash(token);
    let query = user_select()
        .column((Sessions::Table, Sessions::ActiveMunicipalityId))
        .inner_join(
            Sessions::Table,
            Expr::col((Sessions::Table, Sessions::UserId)).equals((Users::Table, Users::Id)),
        )
        .and_where(Expr::col((Sessions::Table, Sessions::IdHash)).eq(hash.clone()))
        .and_where(Expr::col((Sessions::Table, Sessions::ExpiresAt)).gt(now()))
        .to_owned();
    Ok(user_with_memberships(db.fetch_all(&query).await?, hash))
}

/// The user behind an API token; records when the token was last used.
pub async fn token_user(db: &Db, token: &str) -> DbResult<Option<SessionUser>> {
    let hash = token_hash(token);
    let query = user_select()
        .expr_as(Expr::val(Option::<Uuid>::None), "active_municipality_id")
        .inner_join(
            ApiTokens::Table,
            Expr::col((ApiTokens::Table, ApiTokens::UserId)).equals((Users::Table, Users::Id)),
        )
        .and_where(Expr::col((ApiTokens::Table, ApiTokens::TokenHash)).eq(hash.clone()))
        .to_owned();
    let user = user_with_memberships(db.fetch_all(&query).await?, String::new());
    if user.is_some() {
        // At most one write a minute per token: a busy integration should not turn reads into writes.
        let t = now();
        let touch = Query::update()
            .table(ApiTokens::Table)
            .value(ApiTokens::LastUsedAt, t)
            .and_where(Expr::col(ApiTokens::TokenHash).eq(hash))
            .cond_where(
                Expr::col(ApiTokens::LastUsedAt)
                    .is_null()
                    .or(Expr::col(ApiTokens::LastUsedAt).lt(t - Duration::minutes(1))),
            )
            .to_owned();
        db.execute(&touch).await?;
    }
    Ok(user)
}

/// Starts a session and returns its token (the cookie value).
pub async fn create_session(tx: &mut Tx, user_id: Uuid, hours: i64) -> DbResult<String> {
    let token = random_token();
    let t = now();
    let insert = Query::insert()
        .into_table(Sessions::Table)
        .columns([
            Sessions::IdHash,
            Sessions::UserId,
            Sessions::CreatedAt,
            Sessions::ExpiresAt,
        ])
        .values_panic([
            token_hash(&token).into(),
            user_id.into(),
            t.into(),
            (t + Duration::hours(hours)).into(),
        ])
        .to_owned();
    tx.execute(&insert).await?;
    Ok(token)
}

/// Ends one session.
pub async fn delete_session(db: &Db, session_hash: &str) -> DbResult<()> {
    let q = Query::delete()
        .from_table(Sessions::Table)
        .and_where(Expr::col(Sessions::IdHash).eq(session_hash))
        .to_owned();
    db.execute(&q).await?;
    Ok(())
}

/// Ends every session of a user except `keep` (after a password change).
pub async fn delete_other_sessions(tx: &mut Tx, user_id: Uuid, keep: Option<&str>) -> DbResult<()> {
    let mut q = Query::delete()
        .from_table(Sessions::Table)
        .and_where(Expr::col(Sessions::UserId).eq(user_id))
        .to_owned();
    if let Some(keep) = keep {
        q.and_where(Expr::col(Sessions::IdHash).ne(keep));
    }
    tx.execute(&q).await?;
    Ok(())
}

/// Sets the municipality chosen in the header.
pub async fn set_active_municipality(db: &Db, session_hash: &str, municipality_id: Uuid) -> DbResult<()> {
    let q = Query::update()
        .table(Sessions::Table)
        .value(Sessions::ActiveMunicipalityId, municipality_id)
        .and_where(Expr::col(Sessions::IdHash).eq(session_hash))
        .to_owned();
    db.execute(&q).await?;
    Ok(())
}

/// The fields of a user needed to log in.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Credentials {
    /// User id.
    pub id: Uuid,
    /// Stored argon2 hash.
    pub password_hash: String,
    /// Preferred language.
    pub locale: String,
}

/// Looks up login credentials by e-mail address.
pub async fn credentials_by_email(db: &Db, email: &str) -> DbResult<Option<Credentials>> {
    let q = Query::select()
        .columns([Users::Id, Users::PasswordHash, Users::Locale])
        .from(Users::Table)
        .and_where(Expr::col(Users::Email).eq(email))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Looks up credentials by id (password change).
pub async fn credentials_by_id(db: &Db, id: Uuid) -> DbResult<Option<Credentials>> {
    let q = Query::select()
        .columns([Users::Id, Users::PasswordHash, Users::Locale])
        .from(Users::Table)
        .and_where(Expr::col(Users::Id).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// What a new account needs.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    /// Checked e-mail address.
    pub email: &'a str,
    /// Checked name.
    pub name: &'a str,
    /// argon2 hash of the password.
    pub password_hash: &'a str,
    /// Platform role, if any.
    pub platform_role: Option<PlatformRole>,
    /// Preferred language.
    pub locale: Locale,
}

/// Creates an account; a duplicate e-mail is a unique violation.
pub async fn create_user(tx: &mut Tx, user: &NewUser<'_>) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(Users::Table)
        .columns([
            Users::Id,
            Users::Email,
            Users::Name,
            Users::PasswordHash,
            Users::PlatformRole,
            Users::Locale,
            Users::CreatedAt,
        ])
        .values_panic([
            id.into(),
            user.email.into(),
            user.name.into(),
            user.password_hash.into(),
            user.platform_role.map(PlatformRole::as_str).into(),
            user.locale.code().into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Adds (or changes) a user's role in a municipality.
pub async fn set_membership(tx: &mut Tx, user_id: Uuid, municipality_id: Uuid, role: MunicipalityRole) -> DbResult<()> {
    let q = Query::insert()
        .into_table(Memberships::Table)
        .columns([
            Memberships::UserId,
            Memberships::MunicipalityId,
            Memberships::Role,
            Memberships::CreatedAt,
        ])
        .values_panic([
            user_id.into(),
            municipality_id.into(),
            role.as_str().into(),
            now().into(),
        ])
        .on_conflict(
            OnConflict::columns([Memberships::UserId, Memberships::MunicipalityId])
                .update_column(Memberships::Role)
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}

/// Removes a user from a municipality.
pub async fn remove_membership(tx: &mut Tx, user_id: Uuid, municipality_id: Uuid) -> DbResult<u64> {
    let q = Query::delete()
        .from_table(Memberships::Table)
        .and_where(Expr::col(Memberships::UserId).eq(user_id))
        .and_where(Expr::col(Memberships::MunicipalityId).eq(municipality_id))
        .to_owned();
    tx.execute(&q).await
}

/// Sets or clears a user's platform role.
pub async fn set_platform_role(tx: &mut Tx, user_id: Uuid, role: Option<PlatformRole>) -> DbResult<u64> {
    let q = Query::update()
        .table(Users::Table)
        .value(Users::PlatformRole, role.map(PlatformRole::as_str))
        .and_where(Expr::col(Users::Id).eq(user_id))
        .to_owned();
    tx.execute(&q).await
}

/// Changes name and language.
pub async fn update_profile(tx: &mut Tx, user_id: Uuid, name: &str, locale: Locale) -> DbResult<()> {
    let q = Query::update()
        .table(Users::Table)
        .value(Users::Name, name)
        .value(Users::Locale, locale.code())
        .and_where(Expr::col(Users::Id).eq(user_id))
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}

/// Changes only the language.
pub async fn update_locale(db: &Db, user_id: Uuid, locale: Locale) -> DbResult<()> {
    let q = Query::update()
        .table(Users::Table)
        .value(Users::Locale, locale.code())
        .and_where(Expr::col(Users::Id).eq(user_id))
        .to_owned();
    db.execute(&q).await?;
    Ok(())
}

/// Replaces the password hash.
pub async fn update_password(tx: &mut Tx, user_id: Uuid, password_hash: &str) -> DbResult<()> {
    let q = Query::update()
        .table(Users::Table)
        .value(Users::PasswordHash, password_hash)
        .and_where(Expr::col(Users::Id).eq(user_id))
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}

/// Deletes an account with its sessions, tokens and memberships (by cascade).
pub async fn delete_user(tx: &mut Tx, user_id: Uuid) -> DbResult<u64> {
    tx.execute(
        &Query::delete()
            .from_table(Users::Table)
            .and_where(Expr::col(Users::Id).eq(user_id))
            .to_owned(),
    )
    .await
}

/// A user as the admin list shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserListRow {
    /// Id.
    pub id: Uuid,
    /// E-mail.
    pub email: String,
    /// Name.
    pub name: String,
    /// Platform role code.
    pub platform_role: Option<String>,
    /// Created at.
    pub created_at: OffsetDateTime,
}

/// A member of a municipality.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    /// User id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Role code.
    pub role: String,
}

/// Members of a municipality, by name.
pub async fn list_members(db: &Db, municipality_id: Uuid) -> DbResult<Vec<MemberRow>> {
    let q = Query::select()
        .column((Users::Table, Users::Id))
        .column((Users::Table, Users::Name))
        .column((Users::Table, Users::Email))
        .column((Memberships::Table, Memberships::Role))
        .from(Memberships::Table)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((Memberships::Table, Memberships::UserId)),
        )
        .and_where(Expr::col((Memberships::Table, Memberships::MunicipalityId)).eq(municipality_id))
        .order_by((Users::Table, Users::Name), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Memberships of one user (admin page).
pub async fn memberships_of(db: &Db, user_id: Uuid) -> DbResult<Vec<Membership>> {
    let rows: Vec<SessionRow> = db
        .fetch_all(
            &user_select()
                .expr_as(Expr::val(Option::<Uuid>::None), "active_municipality_id")
                .and_where(Expr::col((Users::Table, Users::Id)).eq(user_id))
                .to_owned(),
        )
        .await?;
    Ok(user_with_memberships(rows, String::new())
        .map(|u| u.memberships)
        .unwrap_or_default())
}

/// The user with this id, as a `SessionUser` without session.
pub async fn user_by_id(db: &Db, user_id: Uuid) -> DbResult<Option<SessionUser>> {
    let rows: Vec<SessionRow> = db
        .fetch_all(
            &user_select()
                .expr_as(Expr::val(Option::<Uuid>::None), "active_municipality_id")
                .and_where(Expr::col((Users::Table, Users::Id)).eq(user_id))
                .to_owned(),
        )
        .await?;
    Ok(user_with_memberships(rows, String::new()))
}

/// The id of the user with this e-mail.
pub async fn user_id_by_email(db: &Db, email: &str) -> DbResult<Option<Uuid>> {
    #[derive(sqlx::FromRow)]
    struct IdRow {
        id: Uuid,
    }
    let q = Query::select()
        .column(Users::Id)
        .from(Users::Table)
        .and_where(Expr::col(Users::Email).eq(email))
        .to_owned();
    Ok(db.fetch_optional::<IdRow>(&q).await?.map(|r| r.id))
}

/// An API token as its owner sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenRow {
    /// Id.
    pub id: Uuid,
    /// Label.
    pub name: String,
    /// Created at.
    pub created_at: OffsetDateTime,
    /// Last use.
    pub last_used_at: Option<OffsetDateTime>,
}

/// Creates an API token and returns it (shown once, stored only as hash).
pub async fn create_token(tx: &mut Tx, user_id: Uuid, name: &str) -> DbResult<String> {
    let token = format!("wo_{}", random_token());
    let q = Query::insert()
        .into_table(ApiTokens::Table)
        .columns([
            ApiTokens::Id,
            ApiTokens::UserId,
            ApiTokens::Name,
            ApiTokens::TokenHash,
            ApiTokens::CreatedAt,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            user_id.into(),
            name.into(),
            token_hash(&token).into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(token)
}

/// A user's tokens, newest first.
pub async fn list_tokens(db: &Db, user_id: Uuid) -> DbResult<Vec<TokenRow>> {
    let q = Query::select()
        .columns([
            ApiTokens::Id,
            ApiTokens::Name,
            ApiTokens::CreatedAt,
            ApiTokens::LastUsedAt,
        ])
        .from(ApiTokens::Table)
        .and_where(Expr::col(ApiTokens::UserId).eq(user_id))
        .order_by(ApiTokens::CreatedAt, Order::Desc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Revokes one of the user's tokens; 0 when it is not theirs.
pub async fn delete_token(tx: &mut Tx, user_id: Uuid, token_id: Uuid) -> DbResult<u64> {
    let q = Query::delete()
        .from_table(ApiTokens::Table)
        .and_where(Expr::col(ApiTokens::Id).eq(token_id))
        .and_where(Expr::col(ApiTokens::UserId).eq(user_id))
        .to_owned();
    tx.execute(&q).await
}

/// An open invitation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    /// Id.
    pub id: Uuid,
    /// Invited address.
    pub email: String,
    /// Municipality, if the invitation is for one.
    pub municipality_id: Option<Uuid>,
    /// Role in that municipality.
    pub role: Option<String>,
    /// Platform role, if any.
    pub platform_role: Option<String>,
    /// Language of the invitation.
    pub locale: String,
    /// Expiry.
    pub expires_at: OffsetDateTime,
    /// When accepted.
    pub accepted_at: Option<OffsetDateTime>,
    /// Created.
    pub created_at: OffsetDateTime,
}

/// What an invitation grants.
#[derive(Debug, Clone)]
pub struct NewInvitation<'a> {
    /// Invited address.
    pub email: &'a str,
    /// Municipality and role there.
    pub municipality: Option<(Uuid, MunicipalityRole)>,
    /// Platform role.
    pub platform_role: Option<PlatformRole>,
    /// Language of the mail and the acceptance page.
    pub locale: Locale,
    /// Who invited.
    pub invited_by: Option<Uuid>,
    /// How long the link is valid.
    pub valid_for: Duration,
}

/// Stores an invitation and returns its token (for the mailed link).
pub async fn create_invitation(tx: &mut Tx, inv: &NewInvitation<'_>) -> DbResult<String> {
    let token = random_token();
    let t = now();
    let q = Query::insert()
        .into_table(Invitations::Table)
        .columns([
            Invitations::Id,
            Invitations::TokenHash,
            Invitations::Email,
            Invitations::MunicipalityId,
            Invitations::Role,
            Invitations::PlatformRole,
            Invitations::Locale,
            Invitations::InvitedBy,
            Invitations::CreatedAt,
            Invitations::ExpiresAt,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            token_hash(&token).into(),
            inv.email.into(),
            inv.municipality.map(|m| m.0).into(),
            inv.municipality.map(|m| m.1.as_str()).into(),
            inv.platform_role.map(PlatformRole::as_str).into(),
            inv.locale.code().into(),
            inv.invited_by.into(),
            t.into(),
            (t + inv.valid_for).into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(token)
}

fn invitation_columns() -> [Invitations; 9] {
    [
        Invitations::Id,
        Invitations::Email,
        Invitations::MunicipalityId,
        Invitations::Role,
        Invitations::PlatformRole,
        Invitations::Locale,
        Invitations::ExpiresAt,
        Invitations::AcceptedAt,
        Invitations::CreatedAt,
    ]
}

/// The invitation behind a token (whatever its state).
pub async fn invitation_by_token(db: &Db, token: &str) -> DbResult<Option<InvitationRow>> {
    let q = Query::select()
        .columns(invitation_columns())
        .from(Invitations::Table)
        .and_where(Expr::col(Invitations::TokenHash).eq(token_hash(token)))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Marks an invitation accepted, only if it still is open; returns false when someone was faster.
pub async fn accept_invitation(tx: &mut Tx, id: Uuid) -> DbResult<bool> {
    let q = Query::update()
        .table(Invitations::Table)
        .value(Invitations::AcceptedAt, now())
        .and_where(Expr::col(Invitations::Id).eq(id))
        .and_where(Expr::col(Invitations::AcceptedAt).is_null())
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Stores a password-reset token for a user and returns it.
pub async fn create_password_reset(tx: &mut Tx, user_id: Uuid, valid_for: Duration) -> DbResult<String> {
    let token = random_token();
    let t = now();
    let q = Query::insert()
        .into_table(PasswordResets::Table)
        .columns([
            PasswordResets::Id,
            PasswordResets::TokenHash,
            PasswordResets::UserId,
            PasswordResets::CreatedAt,
            PasswordResets::ExpiresAt,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            token_hash(&token).into(),
            user_id.into(),
            t.into(),
            (t + valid_for).into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(token)
}

/// A reset that is still usable: (reset id, user id).
pub async fn usable_password_reset(db: &Db, token: &str) -> DbResult<Option<(Uuid, Uuid)>> {
    #[derive(sqlx::FromRow)]
    struct ResetRow {
        id: Uuid,
        user_id: Uuid,
    }
    let q = Query::select()
        .columns([PasswordResets::Id, PasswordResets::UserId])
        .from(PasswordResets::Table)
        .and_where(Expr::col(PasswordResets::TokenHash).eq(token_hash(token)))
        .and_where(Expr::col(PasswordResets::UsedAt).is_null())
        .and_where(Expr::col(PasswordResets::ExpiresAt).gt(now()))
        .to_owned();
    Ok(db.fetch_optional::<ResetRow>(&q).await?.map(|r| (r.id, r.user_id)))
}

/// Uses up a reset; false when it was used in the meantime.
pub async fn use_password_reset(tx: &mut Tx, id: Uuid) -> DbResult<bool> {
    let q = Query::update()
        .table(PasswordResets::Table)
        .value(PasswordResets::UsedAt, now())
        .and_where(Expr::col(PasswordResets::Id).eq(id))
        .and_where(Expr::col(PasswordResets::UsedAt).is_null())
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

#[derive(sqlx::FromRow)]
struct CounterRow {
    window_start: OffsetDateTime,
    failures: i64,
}

/// The login counter under `key`.
pub async fn throttle_counter(db: &Db, key: &str) -> DbResult<Option<Counter>> {
    let q = Query::select()
        .columns([LoginThrottle::WindowStart, LoginThrottle::Failures])
        .from(LoginThrottle::Table)
        .and_where(Expr::col(LoginThrottle::ThrottleKey).eq(key))
        .to_owned();
    Ok(db.fetch_optional::<CounterRow>(&q).await?.map(|r| Counter {
        window_start: r.window_start,
        failures: r.failures,
    }))
}

/// Counts one failed login under `key`.
pub async fn record_failure(db: &Db, key: &str) -> DbResult<()> {
    let mut tx = db.begin().await?;
    let current = {
        let q = Query::select()
            .columns([LoginThrottle::WindowStart, LoginThrottle::Failures])
            .from(LoginThrottle::Table)
            .and_where(Expr::col(LoginThrottle::ThrottleKey).eq(key))
            .to_owned();
        tx.fetch_optional::<CounterRow>(&q).await?.map(|r| Counter {
            window_start: r.window_start,
            failures: r.failures,
        })
    };
    let next = super::throttle::after_failure(current, now());
    let q = Query::insert()
        .into_table(LoginThrottle::Table)
        .columns([
            LoginThrottle::ThrottleKey,
            LoginThrottle::WindowStart,
            LoginThrottle::Failures,
        ])
        .values_panic([key.into(), next.window_start.into(), next.failures.into()])
        .on_conflict(
            OnConflict::column(LoginThrottle::ThrottleKey)
                .update_columns([LoginThrottle::WindowStart, LoginThrottle::Failures])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await?;
    tx.commit().await
}

/// Forgets the counter under `key` (after a successful login).
pub async fn clear_failures(db: &Db, key: &str) -> DbResult<()> {
    let q = Query::delete()
        .from_table(LoginThrottle::Table)
        .and_where(Expr::col(LoginThrottle::ThrottleKey).eq(key))
        .to_owned();
    db.execute(&q).await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

fn user_search(q: &mut sea_query::SelectStatement, search: Option<&str>) {
    if let Some(s) = search.map(str::trim).filter(|s| !s.is_empty()) {
        let pattern = crate::db::contains_pattern(s);
        q.cond_where(
            Expr::expr(sea_query::Func::lower(Expr::col(Users::Email)))
                .like(pattern.clone())
                .or(Expr::expr(sea_query::Func::lower(Expr::col(Users::Name))).like(pattern)),
        );
    }
}

/// One page of users whose name or e-mail contains `search` (case-insensitive on both
/// backends), by name, and the number of all matches (admin list).
pub async fn search_users(db: &Db, search: Option<&str>, limit: u64, offset: u64) -> DbResult<(Vec<UserListRow>, i64)> {
    let mut q = Query::select()
        .columns([
            Users::Id,
            Users::Email,
            Users::Name,
            Users::PlatformRole,
            Users::CreatedAt,
        ])
        .from(Users::Table)
        .order_by(Users::Name, Order::Asc)
        .order_by(Users::Email, Order::Asc)
        .limit(limit)
        .offset(offset)
        .to_owned();
    user_search(&mut q, search);
    let rows = db.fetch_all(&q).await?;
    Ok((rows, count_users(db, search).await?))
}

/// How many users' name or e-mail contains `search` (all users for `None`).
pub async fn count_users(db: &Db, search: Option<&str>) -> DbResult<i64> {
    let mut count = Query::select()
        .expr_as(Expr::col(Users::Id).count(), "n")
        .from(Users::Table)
        .to_owned();
    user_search(&mut count, search);
    Ok(db.fetch_optional::<CountRow>(&count).await?.map(|c| c.n).unwrap_or(0))
}

/// How many invitations are neither accepted nor expired.
pub async fn count_open_invitations(db: &Db) -> DbResult<i64> {
    let q = Query::select()
        .expr_as(Expr::col(Invitations::Id).count(), "n")
        .from(Invitations::Table)
        .and_where(Expr::col(Invitations::AcceptedAt).is_null())
        .and_where(Expr::col(Invitations::ExpiresAt).gt(now()))
        .to_owned();
    Ok(db.fetch_optional::<CountRow>(&q).await?.map(|c| c.n).unwrap_or(0))
}

/// An invitation with the name of its municipality (admin list).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationListRow {
    /// Id.
    pub id: Uuid,
    /// Invited address.
    pub email: String,
    /// AGS of the municipality, if the invitation is for one.
    pub ags: Option<String>,
    /// Name of that municipality.
    pub municipality_name: Option<String>,
    /// Role in that municipality.
    pub role: Option<String>,
    /// Platform role, if any.
    pub platform_role: Option<String>,
    /// Created.
    pub created_at: OffsetDateTime,
    /// Expiry.
    pub expires_at: OffsetDateTime,
    /// When accepted.
    pub accepted_at: Option<OffsetDateTime>,
}

/// The newest invitations with their municipality's name, in one query.
pub async fn list_invitations_with_municipality(db: &Db, limit: u64) -> DbResult<Vec<InvitationListRow>> {
    let q = Query::select()
        .column((Invitations::Table, Invitations::Id))
        .column((Invitations::Table, Invitations::Email))
        .column((Municipalities::Table, Municipalities::Ags))
        .expr_as(
            Expr::col((Municipalities::Table, Municipalities::Name)),
            "municipality_name",
        )
        .column((Invitations::Table, Invitations::Role))
        .column((Invitations::Table, Invitations::PlatformRole))
        .column((Invitations::Table, Invitations::CreatedAt))
        .column((Invitations::Table, Invitations::ExpiresAt))
        .column((Invitations::Table, Invitations::AcceptedAt))
        .from(Invitations::Table)
        .left_join(
            Municipalities::Table,
            Expr::col((Municipalities::Table, Municipalities::Id))
                .equals((Invitations::Table, Invitations::MunicipalityId)),
        )
        .order_by((Invitations::Table, Invitations::CreatedAt), Order::Desc)
        .order_by((Invitations::Table, Invitations::Id), Order::Desc)
        .limit(limit)
        .to_owned();
    db.fetch_all(&q).await
}

/// When a user's account was created (the admin's user page).
pub async fn user_created_at(db: &Db, user_id: Uuid) -> DbResult<Option<OffsetDateTime>> {
    #[derive(sqlx::FromRow)]
    struct CreatedRow {
        created_at: OffsetDateTime,
    }
    let q = Query::select()
        .column(Users::CreatedAt)
        .from(Users::Table)
        .and_where(Expr::col(Users::Id).eq(user_id))
        .to_owned();
    Ok(db.fetch_optional::<CreatedRow>(&q).await?.map(|r| r.created_at))
}

/// The address and language of every editor and admin, for notices to the editors.
pub async fn editor_contacts(db: &Db) -> DbResult<Vec<(String, String)>> {
    let q = Query::select()
        .columns([Users::Email, Users::Locale])
        .from(Users::Table)
        .and_where(Expr::col(Users::PlatformRole).is_not_null())
        .order_by(Users::Email, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}
