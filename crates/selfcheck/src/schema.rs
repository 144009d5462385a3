//! Table and column names of the Selbstcheck migration for sea-query.
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
