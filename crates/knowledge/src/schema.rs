//! Table and column names of the knowledge migrations for sea-query.
#![allow(missing_docs)] // The variants are the columns of the migration.

use sea_query::Iden;

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeAuthors {
    Table,
    Id,
    Name,
    BioDe,
    BioEn,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeArticles {
    Table,
    Id,
    Slug,
    Kind,
    Status,
    Access,
    AppliesTo,
    Topics,
    PublishedAt,
    CreatedAt,
    UpdatedAt,
    Revision,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeRevisions {
    Table,
    ArticleId,
    Number,
    Content,
    Note,
    CreatedBy,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeArticleTexts {
    Table,
    ArticleId,
    Locale,
    Title,
    Teaser,
    BodyMarkdown,
    BodyHtml,
    Steps,
    Words,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeArticleFields {
    Table,
    ArticleId,
    FieldId,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeArticleAuthors {
    Table,
    ArticleId,
    AuthorId,
    Position,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeRelated {
    Table,
    ArticleId,
    RelatedSlug,
    Position,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeChanges {
    Table,
    Id,
    ArticleId,
    ChangedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeChecklistSteps {
    Table,
    MunicipalityId,
    ArticleId,
    StepId,
    Done,
    Note,
    Responsible,
    UpdatedBy,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeAccessRequests {
    Table,
    Id,
    ArticleId,
    UserId,
    Reason,
    Status,
    DecidedBy,
    DecidedAt,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
pub enum KnowledgeCovers {
    Table,
    ArticleId,
    Id,
    AltDe,
    AltEn,
    Width,
    Height,
    SmallWidth,
    SmallHeight,
    Large,
    Small,
    CreatedBy,
    CreatedAt,
}
