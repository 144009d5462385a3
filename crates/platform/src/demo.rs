//! Base data (all Kreise and kreisfreie Städte) and the demo accounts of a fresh installation.

use crate::accounts::model::{Email, MunicipalityRole, PlatformRole};
use crate::accounts::service::create_account;
use crate::crypto::random_token;
use crate::db::{Db, DbError, DbResult};
use crate::municipalities::model::{KREISE_CSV, parse_kreise_csv};
use crate::municipalities::store as municipalities;
use crate::schema::Users;

/// AGS of the demo municipality (Landkreis Teltow-Fläming, one of the project's pilots).
pub const DEMO_AGS: &str = "12072";
/// AGS of the second demo municipality, used to show that tenants are separated.
pub const OTHER_DEMO_AGS: &str = "05962";

/// A demo login, printed once on first start.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    /// What the account may do: admin, editor, coordinator, member, member-b.
    pub role: &'static str,
    /// Login address.
    pub email: String,
    /// Generated password.
    pub password: String,
}

/// Adds every Kreis and kreisfreie Stadt that is missing; returns how many were added.
pub async fn seed_municipalities(db: &Db) -> DbResult<u64> {
    let records = parse_kreise_csv(KREISE_CSV).map_err(|e| {
        DbError::Sqlx(sqlx::Error::Protocol(format!(
            "kreise.csv line {}: {}",
            e.line, e.message
        )))
    })?;
    let mut tx = db.begin().await?;
    let added = municipalities::seed_kreise(&mut tx, &records).await?;
    tx.commit().await?;
    Ok(added)
}

/// True when no account exists yet.
pub async fn has_no_users(db: &Db) -> DbResult<bool> {
    #[derive(sqlx::FromRow)]
    struct One {
        #[allow(dead_code)]
        id: uuid::Uuid,
    }
    let q = sea_query::Query::select()
        .column(Users::Id)
        .from(Users::Table)
        .limit(1)
        .to_owned();
    Ok(db.fetch_optional::<One>(&q).await?.is_none())
}

/// Role label, e-mail, name, platform role and membership of a demo account.
type DemoPerson = (
    &'static str,
    &'static str,
    &'static str,
    Option<PlatformRole>,
    Option<(uuid::Uuid, MunicipalityRole)>,
);

fn password() -> String {
    // 20 URL-safe characters: strong, and easy to copy from a terminal.
    random_token().chars().take(20).collect()
}

/// Creates the demo accounts on a database without accounts; returns their logins.
pub async fn seed_demo(db: &Db) -> DbResult<Vec<DemoLogin>> {
    if !has_no_users(db).await? {
        return Ok(Vec::new());
    }
    let a = municipalities::by_ags(db, DEMO_AGS)
        .await?
        .ok_or(DbError::Sqlx(sqlx::Error::RowNotFound))?;
    let b = municipalities::by_ags(db, OTHER_DEMO_AGS)
        .await?
        .ok_or(DbError::Sqlx(sqlx::Error::RowNotFound))?;
    let people: [DemoPerson; 5] = [
        (
            "admin",
            "admin@weltoffen.example",
            "Alex Admin",
            Some(PlatformRole::Admin),
            None,
        ),
        (
            "editor",
            "redaktion@weltoffen.example",
            "Rita Redaktion",
            Some(PlatformRole::Editor),
            None,
        ),
        (
            "coordinator",
            "koordination@teltow-flaeming.example",
            "Kim Koordination",
            None,
            Some((a.id, MunicipalityRole::Coordinator)),
        ),
        (
            "member",
            "mitglied@teltow-flaeming.example",
            "Mo Mitglied",
            None,
            Some((a.id, MunicipalityRole::Member)),
        ),
        (
            "member-b",
            "mitglied@maerkischer-kreis.example",
            "Bea Beispiel",
            None,
            Some((b.id, MunicipalityRole::Member)),
        ),
    ];
    let mut logins = Vec::new();
    let mut tx = db.begin().await?;
    for (role, email, name, platform_role, membership) in people {
        let email_checked = Email::parse(email).map_err(|e| DbError::Sqlx(sqlx::Error::Protocol(e.into())))?;
        let pw = password();
        create_account(&mut tx, &email_checked, name, &pw, platform_role, membership).await?;
        logins.push(DemoLogin {
            role,
            email: email.to_owned(),
            password: pw,
        });
    }
    tx.commit().await?;
    Ok(logins)
}
