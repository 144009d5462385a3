//! `GET /api/v1/me`: the person behind the token and the municipalities they belong to.

use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::auth::ApiUser;
use super::problem::Problem;
use crate::accounts::model::{MunicipalityRole, PlatformRole};
use crate::accounts::store::SessionUser;

/// The person behind the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Me {
    /// User id.
    pub id: Uuid,
    /// E-mail address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Role on the whole platform; `null` for people without one.
    #[schema(required = true)]
    pub platform_role: Option<PlatformRole>,
    /// Preferred language: `de` or `en`.
    #[schema(example = "de")]
    pub locale: String,
    /// The municipalities the person belongs to, by name.
    pub memberships: Vec<MembershipItem>,
}

/// A municipality the person belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MembershipItem {
    /// Amtlicher Gemeindeschlüssel (5 or 8 digits).
    #[schema(example = "12072")]
    pub ags: String,
    /// Official name.
    #[schema(example = "Teltow-Fläming")]
    pub name: String,
    /// The person's role there.
    pub role: MunicipalityRole,
}

impl From<&SessionUser> for Me {
    fn from(user: &SessionUser) -> Me {
        Me {
            id: user.id,
            email: user.email.clone(),
            name: user.name.clone(),
            platform_role: user.platform_role,
            locale: user.locale.code().to_owned(),
            memberships: user
                .memberships
                .iter()
                .map(|m| MembershipItem {
                    ags: m.ags.clone(),
                    name: m.name.clone(),
                    role: m.role,
                })
                .collect(),
        }
    }
}

/// The person behind the token.
///
/// Name, address, platform role, language and memberships of the token's owner. An
/// integration uses the memberships to learn which municipalities it may act for.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "account",
    operation_id = "me",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The token's owner", body = Me),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem,
            content_type = "application/problem+json",
            headers(("WWW-Authenticate" = String, description = "The bearer challenge (RFC 6750)"))),
    )
)]
pub async fn me(ApiUser(user): ApiUser) -> Json<Me> {
    Json(Me::from(user.as_ref()))
}
