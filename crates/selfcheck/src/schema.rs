//! Table and column names of the Selbstcheck migrations (rounds, action plan and workshop) for
//! sea-query.
#![allow(missing_docs)] // The variants are the columns of the migration.

use sea_query::Iden;

#[derive(Iden, Clone, Copy)]
pub enum SelfcheckRounds {
    Table,
    Id,
    MunicipalityId,
    Title,
    InstrumentVersion,
    Status,
    DueDate,
    CreatedBy,
    CreatedAt,
    ClosedAt,
    Revision,
}

#[derive(Iden, Clone, Copy)]
pub enum SelfcheckRespondents {
    Table,
    Id,
    RoundId,
    UserId,
    DisplayName,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum SelfcheckAssignments {
    Table,
    RespondentId,
    FieldId,
    DoneAt,
}

#[derive(Iden, Clone, Copy)]
pub enum SelfcheckAnswers {
    Table,
    RespondentId,
    ItemId,
    Value,
    Comment,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum SelfcheckRoundEvents {
    Table,
    Id,
    RoundId,
    Event,
    ActorId,
    OccurredAt,
    Detail,
}

#[derive(Iden, Clone, Copy)]
pub enum SelfcheckInvitations {
    Table,
    RoundId,
    Email,
    Fields,
    InvitedBy,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum SelfcheckBenchmarkOptIns {
    Table,
    MunicipalityId,
    OptedInBy,
    OptedInAt,
}

#[derive(Iden, Clone, Copy)]
pub enum SelfcheckFieldScores {
    Table,
    RoundId,
    FieldId,
    Score,
}

#[derive(Iden, Clone, Copy)]
pub enum Measures {
    Table,
    Id,
    MunicipalityId,
    Title,
    Description,
    Status,
    Progress,
    OwnerUserId,
    OwnerExternal,
    StartDate,
    DueDate,
    Public,
    SourceRoundId,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    WorkshopDecisionId,
}

#[derive(Iden, Clone, Copy)]
pub enum MeasureFields {
    Table,
    MeasureId,
    FieldId,
}

#[derive(Iden, Clone, Copy)]
pub enum MeasureItems {
    Table,
    MeasureId,
    ItemId,
}

#[derive(Iden, Clone, Copy)]
pub enum MeasureMilestones {
    Table,
    Id,
    MeasureId,
    Title,
    DueDate,
    DoneAt,
    Position,
}

#[derive(Iden, Clone, Copy)]
pub enum MeasureUpdates {
    Table,
    Id,
    MeasureId,
    AuthorId,
    Body,
    Status,
    Progress,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum ActionPlanPublications {
    Table,
    MunicipalityId,
    PublishedBy,
    PublishedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum MeasureReminders {
    Table,
    MeasureId,
    Kind,
    DueDate,
    SentAt,
}

#[derive(Iden, Clone, Copy)]
pub enum Workshops {
    Table,
    Id,
    MunicipalityId,
    RoundId,
    Title,
    HeldOn,
    StartTime,
    Place,
    OnlineLink,
    DotsPerParticipant,
    CurrentField,
    Status,
    LinkNonce,
    LinkTokenHash,
    LinkExpiresOn,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    ClosedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum WorkshopAgenda {
    Table,
    WorkshopId,
    FieldId,
    Position,
}

#[derive(Iden, Clone, Copy)]
pub enum WorkshopParticipants {
    Table,
    Id,
    WorkshopId,
    UserId,
    DisplayName,
    ShowName,
    Role,
    Number,
    SecretHash,
    JoinedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum WorkshopComments {
    Table,
    Id,
    WorkshopId,
    ParticipantId,
    FieldId,
    ItemId,
    Body,
    Nonce,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum WorkshopDots {
    Table,
    Id,
    WorkshopId,
    ParticipantId,
    ItemId,
    Nonce,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum WorkshopAgreed {
    Table,
    WorkshopId,
    ItemId,
    FieldId,
    AgreedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum WorkshopDecisions {
    Table,
    Id,
    WorkshopId,
    FieldId,
    ItemId,
    Body,
    FirstStep,
    Owner,
    CreatedBy,
    CreatedAt,
}
