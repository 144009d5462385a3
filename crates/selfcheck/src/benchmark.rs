//! The benchmark: municipalities opt in to share their closed rounds, and in return see the mean
//! field scores of other opted-in municipalities of their type. Only aggregates of at least
//! [`MIN_CONTRIBUTORS`] municipalities ever leave this module, so no single municipality's figures
//! can be read from it.

use sea_query::{Expr, ExprTrait, Func, OnConflict, Order, Query, SelectStatement};
use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::db::{Db, DbResult};
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::schema::Municipalities;

use crate::schema::{SelfcheckBenchmarkOptIns, SelfcheckFieldScores, SelfcheckRounds};

/// Fewest municipalities whose figures make up a benchmark value, overall and per field.
pub const MIN_CONTRIBUTORS: usize = 5;

/// Opts a municipality in (`on`) or out of the benchmark; true when that changed anything.
pub async fn set_opt_in(db: &Db, municipality_id: Uuid, user_id: Uuid, on: bool) -> DbResult<bool> {
    let changed = if on {
        let q = Query::insert()
            .into_table(SelfcheckBenchmarkOptIns::Table)
            .columns([
                SelfcheckBenchmarkOptIns::MunicipalityId,
                SelfcheckBenchmarkOptIns::OptedInBy,
                SelfcheckBenchmarkOptIns::OptedInAt,
            ])
            .values_panic([municipality_id.into(), user_id.into(), now().into()])
            // Opting in twice keeps who opted in first and when.
            .on_conflict(
                OnConflict::column(SelfcheckBenchmarkOptIns::MunicipalityId)
                    .do_nothing()
                    .to_owned(),
            )
            .to_owned();
        db.execute(&q).await?
    } else {
        let q = Query::delete()
            .from_table(SelfcheckBenchmarkOptIns::Table)
            .and_where(Expr::col(SelfcheckBenchmarkOptIns::MunicipalityId).eq(municipality_id))
            .to_owned();
        db.execute(&q).await?
    };
    Ok(changed > 0)
}

#[derive(sqlx::FromRow)]
struct OptInRow {
    #[allow(dead_code)] // read only to learn that the row exists
    municipality_id: Uuid,
}

/// True when the municipality shares its results for the benchmark.
pub async fn is_opted_in(db: &Db, municipality_id: Uuid) -> DbResult<bool> {
    let q = Query::select()
        .column(SelfcheckBenchmarkOptIns::MunicipalityId)
        .from(SelfcheckBenchmarkOptIns::Table)
        .and_where(Expr::col(SelfcheckBenchmarkOptIns::MunicipalityId).eq(municipality_id))
        .to_owned();
    Ok(db.fetch_optional::<OptInRow>(&q).await?.is_some())
}

/// The benchmark mean of one field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldMean {
    /// Field id.
    pub field_id: String,
    /// Mean of the municipalities' field scores (0–100), unrounded.
    pub mean: f64,
    /// How many municipalities have a score in this field (at least [`MIN_CONTRIBUTORS`]).
    pub contributors: usize,
}

/// The benchmark of a municipality type.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchmarkMeans {
    /// How many municipalities contribute (at least [`MIN_CONTRIBUTORS`]).
    pub contributors: usize,
    /// Fields with enough contributions; fields with fewer are left out.
    pub fields: Vec<FieldMean>,
}

impl BenchmarkMeans {
    /// The mean of a field, when it has enough contributions.
    pub fn mean(&self, field_id: &str) -> Option<f64> {
        self.fields.iter().find(|f| f.field_id == field_id).map(|f| f.mean)
    }
}

const LATEST: &str = "latest";
const LATEST_SCORES: &str = "latest_scores";

/// The stored field scores of the newest closed, scored round of every other opted-in
/// municipality of `kind`, as FROM/JOIN/WHERE to aggregate over.
fn contributing_scores(kind: MunicipalityType, excluding: Uuid) -> SelectStatement {
    // The newest closed round of the same municipality that has stored scores (a round closed
    // with nothing answered has none and must not hide an older, scored one).
    let latest = Query::select()
        .column((LATEST, SelfcheckRounds::Id))
        .from_as(SelfcheckRounds::Table, LATEST)
        .and_where(
            Expr::col((LATEST, SelfcheckRounds::MunicipalityId))
                .equals((SelfcheckRounds::Table, SelfcheckRounds::MunicipalityId)),
        )
        .and_where(Expr::col((LATEST, SelfcheckRounds::Status)).eq("closed"))
        .and_where(Expr::exists(
            Query::select()
                .column((LATEST_SCORES, SelfcheckFieldScores::RoundId))
                .from_as(SelfcheckFieldScores::Table, LATEST_SCORES)
                .and_where(
                    Expr::col((LATEST_SCORES, SelfcheckFieldScores::RoundId)).equals((LATEST, SelfcheckRounds::Id)),
                )
                .to_owned(),
        ))
        .order_by((LATEST, SelfcheckRounds::CreatedAt), Order::Desc)
        .order_by((LATEST, SelfcheckRounds::Id), Order::Desc)
        .limit(1)
        .to_owned();
    Query::select()
        .from(SelfcheckFieldScores::Table)
        .inner_join(
            SelfcheckRounds::Table,
            Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Id))
                .equals((SelfcheckFieldScores::Table, SelfcheckFieldScores::RoundId)),
        )
        .inner_join(
            Municipalities::Table,
            Expr::col((Municipalities::Table, Municipalities::Id))
                .equals((SelfcheckRounds::Table, SelfcheckRounds::MunicipalityId)),
        )
        .inner_join(
            SelfcheckBenchmarkOptIns::Table,
            Expr::col((
                SelfcheckBenchmarkOptIns::Table,
                SelfcheckBenchmarkOptIns::MunicipalityId,
            ))
            .equals((Municipalities::Table, Municipalities::Id)),
        )
        .and_where(Expr::col((Municipalities::Table, Municipalities::MunicipalityType)).eq(kind.as_str()))
        .and_where(Expr::col((Municipalities::Table, Municipalities::Id)).ne(excluding))
        .and_where(Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Status)).eq("closed"))
        .and_where(Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Id)).in_subquery(latest))
        .to_owned()
}

#[derive(sqlx::FromRow)]
struct FieldMeanRow {
    field_id: String,
    mean: f64,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

/// The benchmark of `kind` without the municipality `excluding`: per field the mean over the other
/// opted-in municipalities' newest scored closed round. `None` when fewer than
/// [`MIN_CONTRIBUTORS`] municipalities contribute; a field with fewer contributions is left out.
/// Two aggregate queries, however many municipalities there are.
pub async fn type_means(db: &Db, kind: MunicipalityType, excluding: Uuid) -> DbResult<Option<BenchmarkMeans>> {
    let count = contributing_scores(kind, excluding)
        .expr_as(
            Func::count_distinct(Expr::col((SelfcheckFieldScores::Table, SelfcheckFieldScores::RoundId))),
            "n",
        )
        .to_owned();
    let contributors = db
        .fetch_optional::<CountRow>(&count)
        .await?
        .map(|r| usize::try_from(r.n).unwrap_or(0))
        .unwrap_or(0);
    if contributors < MIN_CONTRIBUTORS {
        return Ok(None);
    }
    let per_field = contributing_scores(kind, excluding)
        .expr_as(
            Expr::col((SelfcheckFieldScores::Table, SelfcheckFieldScores::FieldId)),
            "field_id",
        )
        .expr_as(
            Func::avg(Expr::col((SelfcheckFieldScores::Table, SelfcheckFieldScores::Score))),
            "mean",
        )
        .expr_as(
            Func::count(Expr::col((SelfcheckFieldScores::Table, SelfcheckFieldScores::RoundId))),
            "n",
        )
        .group_by_col((SelfcheckFieldScores::Table, SelfcheckFieldScores::FieldId))
        .order_by((SelfcheckFieldScores::Table, SelfcheckFieldScores::FieldId), Order::Asc)
        .to_owned();
    let fields = db
        .fetch_all::<FieldMeanRow>(&per_field)
        .await?
        .into_iter()
        .filter_map(|r| {
            let contributors = usize::try_from(r.n).unwrap_or(0);
            (contributors >= MIN_CONTRIBUTORS).then_some(FieldMean {
                field_id: r.field_id,
                mean: r.mean,
                contributors,
            })
        })
        .collect();
    Ok(Some(BenchmarkMeans { contributors, fields }))
}
