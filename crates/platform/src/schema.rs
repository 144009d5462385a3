//! Table and column names for sea-query, one enum per table of the foundation migration.
#![allow(missing_docs)] // The variants are the columns of the migration; their names are their documentation.

use sea_query::Iden;

#[derive(Iden, Clone, Copy)]
pub enum Municipalities {
    Table,
    Id,
    Ags,
    Name,
    MunicipalityType,
    Land,
    Population,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum Users {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    PlatformRole,
    Locale,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum Memberships {
    Table,
    UserId,
    MunicipalityId,
    Role,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum Sessions {
    Table,
    IdHash,
    UserId,
    ActiveMunicipalityId,
    CreatedAt,
    ExpiresAt,
}

#[derive(Iden, Clone, Copy)]
pub enum ApiTokens {
    Table,
    Id,
    UserId,
    Name,
    TokenHash,
    CreatedAt,
    LastUsedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum Invitations {
    Table,
    Id,
    TokenHash,
    Email,
    MunicipalityId,
    Role,
    PlatformRole,
    Locale,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum PasswordResets {
    Table,
    Id,
    TokenHash,
    UserId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum LoginThrottle {
    Table,
    ThrottleKey,
    WindowStart,
    Failures,
}

#[derive(Iden, Clone, Copy)]
pub enum AuditLog {
    Table,
    Id,
    OccurredAt,
    Event,
    ActorId,
    ActorEmail,
    Subject,
    Ip,
    Detail,
}

#[derive(Iden, Clone, Copy)]
pub enum MailOutbox {
    Table,
    Id,
    CreatedAt,
    Recipient,
    Subject,
    BodyText,
    Attempts,
    NextAttemptAt,
    SentAt,
    LastError,
}

#[derive(Iden, Clone, Copy)]
pub enum Feedback {
    Table,
    Id,
    CreatedAt,
    Name,
    Email,
    PageUrl,
    Message,
    ReadAt,
}

#[derive(Iden, Clone, Copy)]
pub enum SitePages {
    Table,
    Slug,
    Locale,
    Body,
    UpdatedAt,
    UpdatedBy,
}
