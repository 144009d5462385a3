//! `GET /api/v1/municipalities`: the municipalities of the platform, filtered and paged.
//! The list is the same for every token (it is public base data); the data credit is in the
//! OpenAPI description.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use super::auth::ApiUser;
use super::extract::QueryParams;
use super::problem::Problem;
use crate::error::{AppError, AppResult};
use crate::municipalities::model::{Land, MunicipalityType};
use crate::municipalities::store::{self, Filter, MunicipalityRow};
use crate::state::AppState;

/// Page size when `per_page` is not given.
pub const DEFAULT_PER_PAGE: u32 = 50;
/// Largest accepted `per_page`.
pub const MAX_PER_PAGE: u32 = 200;
/// Longest accepted search text `q`, in characters.
pub const MAX_QUERY_CHARS: usize = 100;

/// The parsed query of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListParams {
    /// Only this type.
    pub kind: Option<MunicipalityType>,
    /// Only this Land.
    pub land: Option<Land>,
    /// Name or AGS contains this text (trimmed, not empty).
    pub text: Option<String>,
    /// Page number, from 1.
    pub page: u32,
    /// Items per page, 1 to [`MAX_PER_PAGE`].
    pub per_page: u32,
}

/// A whole number of at most ten digits (no sign, no spaces).
fn whole_number(value: &str) -> Option<u32> {
    value
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| value.parse().ok())
        .flatten()
}

/// A Land by abbreviation (`BB`, case-insensitive) or two-digit AGS prefix (`12`).
pub fn parse_land(value: &str) -> Option<Land> {
    if value.len() != 2 {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        Land::from_code(value)
    } else {
        Land::from_abbreviation(value)
    }
}

impl ListParams {
    /// Reads the parameters; a bad value is refused with a detail that names the parameter.
    pub fn parse(query: &QueryParams) -> Result<ListParams, AppError> {
        let kind = match query.get("type") {
            Some(v) => Some(MunicipalityType::parse(v).ok_or(AppError::bad_request("api-error-type"))?),
            None => None,
        };
        let land = match query.get("land") {
            Some(v) => Some(parse_land(v).ok_or(AppError::bad_request("api-error-land"))?),
            None => None,
        };
        let text = match query.get("q").map(str::trim) {
            Some(v) if v.chars().count() > MAX_QUERY_CHARS => {
                return Err(AppError::bad_request("api-error-q-too-long"));
            }
            Some(v) if !v.is_empty() => Some(v.to_owned()),
            _ => None,
        };
        let page = match query.get("page") {
            Some(v) => whole_number(v)
                .filter(|n| *n >= 1)
                .ok_or(AppError::bad_request("api-error-page"))?,
            None => 1,
        };
        let per_page = match query.get("per_page") {
            Some(v) => whole_number(v)
                .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                .ok_or(AppError::bad_request("api-error-per-page"))?,
            None => DEFAULT_PER_PAGE,
        };
        Ok(ListParams {
            kind,
            land,
            text,
            page,
            per_page,
        })
    }

    /// The store's filter.
    pub fn filter(&self) -> Filter {
        Filter {
            kind: self.kind,
            land: self.land,
            text: self.text.clone(),
        }
    }

    /// Rows to skip (at most 2³² · 200, far inside what both databases accept).
    pub fn offset(&self) -> u64 {
        u64::from(self.page - 1) * u64::from(self.per_page)
    }
}

/// One municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MunicipalityItem {
    /// Amtlicher Gemeindeschlüssel: 5 digits for a Kreis or kreisfreie Stadt, 8 for a Gemeinde.
    #[schema(example = "12072")]
    pub ags: String,
    /// Official name.
    #[schema(example = "Teltow-Fläming")]
    pub name: String,
    /// The platform's municipality type.
    #[serde(rename = "type")]
    pub kind: MunicipalityType,
    /// Two-letter abbreviation of the Land.
    #[schema(example = "BB")]
    pub land: String,
    /// Name of the Land.
    #[schema(example = "Brandenburg")]
    pub land_name: String,
    /// Population, when known (for the Kreise: on 31 December 2018).
    #[schema(example = 168296, required = true)]
    pub population: Option<i64>,
}

impl From<MunicipalityRow> for MunicipalityItem {
    fn from(row: MunicipalityRow) -> MunicipalityItem {
        MunicipalityItem {
            kind: row.kind(),
            land_name: row.land_name().to_owned(),
            ags: row.ags,
            name: row.name,
            land: row.land,
            population: row.population,
        }
    }
}

/// One page of municipalities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MunicipalityList {
    /// The municipalities of this page, by name; empty past the last page.
    pub items: Vec<MunicipalityItem>,
    /// The page number, from 1.
    #[schema(minimum = 1)]
    pub page: u32,
    /// Items per page.
    #[schema(minimum = 1, maximum = 200)]
    pub per_page: u32,
    /// How many municipalities match the filter on all pages.
    pub total: u64,
}

/// Municipalities, filtered and paged.
///
/// Every Kreis and kreisfreie Stadt of Germany plus the kreisangehörige Gemeinden that use
/// the platform, ordered by name. Filters combine with AND. Data source: Statistisches
/// Bundesamt (Destatis), GV-ISys, Stand 31.12.2018; prepared by landkreise-deutschland
/// (CC BY 4.0).
#[utoipa::path(
    get,
    path = "/api/v1/municipalities",
    tag = "municipalities",
    operation_id = "list_municipalities",
    security(("bearer" = [])),
    params(
        ("type" = Option<MunicipalityType>, Query, description = "Only municipalities of this type."),
        ("land" = Option<String>, Query,
            description = "Only this Land: the two-letter abbreviation (BY, NW, …) or the two-digit AGS prefix (09, 05, …).",
            pattern = "^([A-Za-z]{2}|[0-9]{2})$", example = "BB"),
        ("q" = Option<String>, Query,
            description = "Only municipalities whose name or AGS contains this text (case-insensitive for ASCII letters).",
            max_length = 100, example = "teltow"),
        ("page" = Option<u32>, Query, description = "Page number, from 1; default 1.", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Items per page, 1 to 200; default 50.", minimum = 1, maximum = 200),
    ),
    responses(
        (status = 200, description = "One page of municipalities", body = MunicipalityList),
        (status = 400, description = "A parameter has an invalid value; `detail` names it", body = Problem,
            content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem,
            content_type = "application/problem+json",
            headers(("WWW-Authenticate" = String, description = "The bearer challenge (RFC 6750)"))),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    _user: ApiUser,
    query: QueryParams,
) -> AppResult<Json<MunicipalityList>> {
    let params = ListParams::parse(&query)?;
    let (rows, total) = store::list(&state.db, &params.filter(), u64::from(params.per_page), params.offset()).await?;
    Ok(Json(MunicipalityList {
        items: rows.into_iter().map(MunicipalityItem::from).collect(),
        page: params.page,
        per_page: params.per_page,
        total: u64::try_from(total).unwrap_or(0),
    }))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn parse(query: &str) -> Result<ListParams, Option<&'static str>> {
        QueryParams::parse(Some(query))
            .and_then(|q| ListParams::parse(&q))
            .map_err(|e| e.detail)
    }

    #[test]
    fn an_empty_query_lists_the_first_page_of_everything() {
        let p = parse("").unwrap();
        assert_eq!(
            p,
            ListParams {
                kind: None,
                land: None,
                text: None,
                page: 1,
                per_page: DEFAULT_PER_PAGE
            }
        );
        assert_eq!(p.offset(), 0);
        assert_eq!(parse("type=&land=&q=%20&page=&per_page=").unwrap(), p);
    }

    #[test]
    fn valid_parameters_are_parsed() {
        let p = parse("type=landkreis&land=bb&q=+Teltow+&page=3&per_page=10").unwrap();
        assert_eq!(p.kind, Some(MunicipalityType::Landkreis));
        assert_eq!(p.land, Some(Land::Bb));
        assert_eq!(p.text.as_deref(), Some("Teltow"));
        assert_eq!((p.page, p.per_page, p.offset()), (3, 10, 20));
        assert_eq!(parse("land=09").unwrap().land, Some(Land::By));
        assert_eq!(parse("per_page=200").unwrap().per_page, 200);
        assert_eq!(
            parse(&format!("q={}", "ä".repeat(100)))
                .unwrap()
                .text
                .map(|t| t.chars().count()),
            Some(100)
        );
        let last = parse("page=4294967295&per_page=200").unwrap();
        assert_eq!(last.offset(), 4_294_967_294 * 200);
    }

    #[test]
    fn invalid_parameters_name_the_parameter() {
        for (query, key) in [
            ("type=gemeinde", "api-error-type"),
            ("type=Landkreis", "api-error-type"),
            ("land=XX", "api-error-land"),
            ("land=17", "api-error-land"),
            ("land=Bayern", "api-error-land"),
            ("page=0", "api-error-page"),
            ("page=-1", "api-error-page"),
            ("page=abc", "api-error-page"),
            ("page=1.5", "api-error-page"),
            ("page=%2B2", "api-error-page"),
            ("page=99999999999", "api-error-page"),
            ("per_page=0", "api-error-per-page"),
            ("per_page=201", "api-error-per-page"),
            ("per_page=ten", "api-error-per-page"),
            ("page=1&page=2", "api-error-duplicate-parameter"),
        ] {
            assert_eq!(parse(query), Err(Some(key)), "{query}");
        }
        assert_eq!(
            parse(&format!("q={}", "a".repeat(101))),
            Err(Some("api-error-q-too-long"))
        );
    }
}
