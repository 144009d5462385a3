//! Queries for municipalities: seeding the Kreise, lookup, filtered lists.

use sea_query::{Expr, ExprTrait, Func, Order, Query, SelectStatement};
use time::OffsetDateTime;
use uuid::Uuid;

use super::model::{Ags, KreisRecord, Land, MunicipalityType};
use crate::clock::now;
use crate::db::{Db, DbResult, Tx};
use crate::schema::Municipalities;

/// A municipality as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct MunicipalityRow {
    /// Id.
    pub id: Uuid,
    /// AGS.
    pub ags: String,
    /// Name.
    pub name: String,
    /// Type code.
    pub municipality_type: String,
    /// Land abbreviation.
    pub land: String,
    /// Population, when known.
    pub population: Option<i64>,
    /// When added.
    #[serde(skip)]
    pub created_at: OffsetDateTime,
}

impl MunicipalityRow {
    /// The parsed type.
    pub fn kind(&self) -> MunicipalityType {
        MunicipalityType::parse(&self.municipality_type).unwrap_or(MunicipalityType::Landkreis)
    }
    /// The Land's full name.
    pub fn land_name(&self) -> &'static str {
        Land::from_abbreviation(&self.land).map(Land::name).unwrap_or("")
    }
}

const COLUMNS: [Municipalities; 7] = [
    Municipalities::Id,
    Municipalities::Ags,
    Municipalities::Name,
    Municipalities::MunicipalityType,
    Municipalities::Land,
    Municipalities::Population,
    Municipalities::CreatedAt,
];

/// Inserts every Kreis not yet present; returns how many were added.
pub async fn seed_kreise(tx: &mut Tx, records: &[KreisRecord]) -> DbResult<u64> {
    let existing: Vec<AgsRow> = tx
        .fetch_all(
            &Query::select()
                .column(Municipalities::Ags)
                .from(Municipalities::Table)
                .to_owned(),
        )
        .await?;
    let known: std::collections::HashSet<String> = existing.into_iter().map(|r| r.ags).collect();
    let mut added = 0;
    let t = now();
    for chunk in records.chunks(100) {
        let mut insert = Query::insert()
            .into_table(Municipalities::Table)
            .columns(COLUMNS)
            .to_owned();
        let mut any = false;
        for r in chunk.iter().filter(|r| !known.contains(r.ags.as_str())) {
            insert.values_panic([
                Uuid::now_v7().into(),
                r.ags.as_str().into(),
                r.name.as_str().into(),
                r.municipality_type.as_str().into(),
                r.ags.land().abbreviation().into(),
                r.population.into(),
                t.into(),
            ]);
            any = true;
        }
        if any {
            added += tx.execute(&insert).await?;
        }
    }
    Ok(added)
}

#[derive(sqlx::FromRow)]
struct AgsRow {
    ags: String,
}

/// Adds one municipality (the operator adds kreisangehörige Gemeinden this way).
pub async fn create(
    tx: &mut Tx,
    ags: &Ags,
    name: &str,
    kind: MunicipalityType,
    population: Option<i64>,
) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(Municipalities::Table)
        .columns(COLUMNS)
        .values_panic([
            id.into(),
            ags.as_str().into(),
            name.into(),
            kind.as_str().into(),
            ags.land().abbreviation().into(),
            population.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// The municipality with this AGS.
pub async fn by_ags(db: &Db, ags: &str) -> DbResult<Option<MunicipalityRow>> {
    let q = Query::select()
        .columns(COLUMNS)
        .from(Municipalities::Table)
        .and_where(Expr::col(Municipalities::Ags).eq(ags))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Filters of the municipality list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this type.
    pub kind: Option<MunicipalityType>,
    /// Only this Land.
    pub land: Option<Land>,
    /// Name or AGS contains this text.
    pub text: Option<String>,
}

fn filtered(filter: &Filter, q: &mut SelectStatement) {
    if let Some(kind) = filter.kind {
        q.and_where(Expr::col(Municipalities::MunicipalityType).eq(kind.as_str()));
    }
    if let Some(land) = filter.land {
        q.and_where(Expr::col(Municipalities::Land).eq(land.abbreviation()));
    }
    if let Some(text) = filter.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = crate::db::contains_pattern(text);
        q.cond_where(
            Expr::expr(Func::lower(Expr::col(Municipalities::Name)))
                .like(pattern.clone())
                .or(Expr::col(Municipalities::Ags).like(pattern)),
        );
    }
}

/// One page of municipalities matching the filter, by name, and the total count.
pub async fn list(db: &Db, filter: &Filter, limit: u64, offset: u64) -> DbResult<(Vec<MunicipalityRow>, i64)> {
    let mut q = Query::select()
        .columns(COLUMNS)
        .from(Municipalities::Table)
        .order_by(Municipalities::Name, Order::Asc)
        .order_by(Municipalities::Ags, Order::Asc)
        .limit(limit)
        .offset(offset)
        .to_owned();
    filtered(filter, &mut q);
    let mut count = Query::select()
        .expr_as(Expr::col(Municipalities::Id).count(), "n")
        .from(Municipalities::Table)
        .to_owned();
    filtered(filter, &mut count);
    #[derive(sqlx::FromRow)]
    struct Count {
        n: i64,
    }
    let rows = db.fetch_all(&q).await?;
    let total = db.fetch_optional::<Count>(&count).await?.map(|c| c.n).unwrap_or(0);
    Ok((rows, total))
}

/// The municipality with this id.
pub async fn by_id(db: &Db, id: Uuid) -> DbResult<Option<MunicipalityRow>> {
    let q = Query::select()
        .columns(COLUMNS)
        .from(Municipalities::Table)
        .and_where(Expr::col(Municipalities::Id).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// How many municipalities there are.
pub async fn count(db: &Db) -> DbResult<i64> {
    #[derive(sqlx::FromRow)]
    struct Count {
        n: i64,
    }
    let q = Query::select()
        .expr_as(Expr::col(Municipalities::Id).count(), "n")
        .from(Municipalities::Table)
        .to_owned();
    Ok(db.fetch_optional::<Count>(&q).await?.map(|c| c.n).unwrap_or(0))
}
