//! The protocol of a workshop: a page and a tagged PDF for members of the municipality, and
//! `GET /api/v1/workshops/{id}/protocol` as JSON for integrations. All three show
//! [`crate::workshop::protocol::Protocol`]; names of participants appear only with their consent.

use askama::Template;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::middleware;
use axum::response::Response;
use utoipa::OpenApi;
use uuid::Uuid;
use weltoffen_pdf::{
    Fact, WorkshopComment, WorkshopDecision, WorkshopDotRow, WorkshopPriority, WorkshopProtocolData,
    WorkshopProtocolField, WorkshopProtocolLabels, WorkshopRoleGroup,
};
use weltoffen_platform::api::auth::ApiUser;
use weltoffen_platform::api::problem::{self as platform_problem, Problem};
use weltoffen_platform::error::{AppError, AppResult, ErrorKind};
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::store::{self as municipalities, MunicipalityRow};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{Page, Tenant, request_locale};
use weltoffen_platform::web::render::render;
use weltoffen_platform::web::table::{Access, RouteTable};

use super::api::{ApiError, render_problems};
use super::exports::download;
use super::plan::measure_path;
use super::workshop::{round_results, tenant_workshop, when_text, where_text, workshop_path};
use crate::workshop::model::ParticipantRole;
use crate::workshop::protocol::{
    self, DotCounts, FieldSource, Priority, Protocol, ProtocolComment, ProtocolDecision, ProtocolField, ProtocolItem,
    ProtocolMeasure, ProtocolParticipant, RoleGroup, Sources, StatementText,
};
use crate::workshop::store::{self, WorkshopRow};

/// The API route of this module, with its OpenAPI description and the API's response layers.
pub fn api_routes() -> RouteTable {
    let mut table = RouteTable::default()
        .get("/api/v1/workshops/{id}/protocol", Access::Token, protocol_json)
        .describe_api(WorkshopApiDoc::openapi());
    // The same layers, in the same order, as the Selbstcheck API.
    table.router = table
        .router
        .layer(middleware::from_fn(render_problems))
        .layer(middleware::from_fn(platform_problem::api_responses));
    table
}

/// The OpenAPI description of the workshop API.
#[derive(OpenApi)]
#[openapi(
    paths(protocol_json),
    components(schemas(
        Protocol,
        RoleGroup,
        ProtocolParticipant,
        ProtocolField,
        ProtocolItem,
        DotCounts,
        ProtocolComment,
        ProtocolDecision,
        ProtocolMeasure,
        Priority,
        Problem
    )),
    tags((name = "workshop", description = "Selbstcheck workshops: participants, dots, comments and decisions"))
)]
pub struct WorkshopApiDoc;

/// Reads everything the protocol shows and assembles it in `locale`.
pub async fn protocol_of(
    state: &AppState,
    municipality: &MunicipalityRow,
    workshop: &WorkshopRow,
    locale: Locale,
) -> AppResult<Protocol> {
    let db = &state.db;
    let (_, instrument, results) = round_results(state, municipality, workshop.round_id, locale).await?;
    let agenda = store::agenda(db, workshop.id).await?;
    let participants = store::participants(db, workshop.id).await?;
    let comments = store::comments(db, workshop.id).await?;
    let dots = store::dots(db, workshop.id).await?;
    let agreed = store::agreed(db, workshop.id).await?;
    let decisions = store::decisions(db, workshop.id).await?;
    let measures = store::decision_measures(db, municipality.id, workshop.id).await?;
    let fields = agenda
        .iter()
        .filter_map(|id| instrument.field(id))
        .map(|field| {
            let summary = results.fields.iter().find(|s| s.id == field.id);
            FieldSource {
                id: field.id.clone(),
                title: field.title.get(locale).to_owned(),
                score: summary.and_then(|s| s.score),
                score_text: summary.and_then(|s| s.score).map(crate::results::format_score),
                band: summary.and_then(|s| s.band).map(|b| b.code().to_owned()),
                potentials: summary
                    .map(|s| s.potentials.iter().map(|p| p.item.id.clone()).collect())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let text_of = |id: &str| {
        instrument.item(id).map(|(field, item)| StatementText {
            field: field.id.clone(),
            text: item.text.get(locale).to_owned(),
            recommendation: item.recommendation.get(locale).to_owned(),
        })
    };
    Ok(protocol::build(
        &Sources {
            workshop,
            fields,
            participants: &participants,
            comments: &comments,
            dots: &dots,
            agreed: &agreed,
            decisions: &decisions,
            measures: &measures,
        },
        &text_of,
    ))
}

/// The name of a role code in `locale`.
pub fn role_name(locale: Locale, code: &str) -> String {
    locale.t(ParticipantRole::parse(code)
        .unwrap_or(ParticipantRole::Other)
        .label_key())
}

/// A participant as the protocol names them: the name, or "Teilnehmer:in 3".
pub fn participant_name(locale: Locale, number: u32, name: Option<&str>) -> String {
    match name {
        Some(name) => name.to_owned(),
        None => locale.t_args(
            "selfcheck-workshop-participant-number",
            &[("number", &number.to_string())],
        ),
    }
}

/// The author of a comment: "Anna Beispiel (Politik)" or "Teilnehmer:in 3 (Politik)".
pub fn comment_author(locale: Locale, comment: &ProtocolComment) -> String {
    locale.t_args(
        "selfcheck-workshop-participant-label",
        &[
            (
                "who",
                &participant_name(locale, comment.participant, comment.name.as_deref()),
            ),
            ("role", &role_name(locale, &comment.role)),
        ],
    )
}

/// Score and band in words ("Wert 42 von 100 · Aufbau"), or that there is no score.
pub fn score_line(locale: Locale, field: &ProtocolField) -> String {
    match (&field.score_text, &field.band) {
        (Some(score), Some(band)) => locale.t_args(
            "selfcheck-workshop-score-band",
            &[
                ("score", score),
                ("band", &locale.t(&format!("selfcheck-workshop-band-{band}"))),
            ],
        ),
        _ => locale.t("selfcheck-workshop-score-none"),
    }
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_protocol.html")]
struct ProtocolPage {
    page: Page,
    tenant: Tenant,
    workshop: WorkshopRow,
    protocol: Protocol,
    when: String,
    place: String,
}

impl ProtocolPage {
    fn base(&self) -> String {
        workshop_path(&self.tenant.municipality.ags, self.workshop.id)
    }
    fn roles(&self) -> [ParticipantRole; 5] {
        ParticipantRole::ALL
    }
    fn role(&self, code: &str) -> String {
        role_name(self.page.locale, code)
    }
    fn name(&self, p: &ProtocolParticipant) -> String {
        participant_name(self.page.locale, p.number, p.name.as_deref())
    }
    fn author(&self, c: &ProtocolComment) -> String {
        comment_author(self.page.locale, c)
    }
    fn score(&self, f: &ProtocolField) -> String {
        score_line(self.page.locale, f)
    }
    fn field_title(&self, id: &str) -> String {
        self.protocol
            .fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.title.clone())
            .unwrap_or_default()
    }
    fn dots(&self, n: &u32) -> String {
        self.page
            .locale
            .t_numbers("selfcheck-workshop-dots-count", &[], &[("count", *n as usize)])
    }
    fn participants_text(&self) -> String {
        self.page.locale.t_numbers(
            "selfcheck-workshop-participants-count",
            &[],
            &[("count", self.protocol.participant_count)],
        )
    }
    fn measure_link(&self, id: &Uuid) -> String {
        measure_path(&self.tenant.municipality.ags, *id)
    }
    fn new_measure_link(&self, decision: &Uuid) -> String {
        format!(
            "/m/{}/handlungsplan/new?decision={decision}",
            self.tenant.municipality.ags
        )
    }
}

/// GET /m/{ags}/selbstcheck/workshops/{id}/protokoll
pub async fn protocol_page(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    let protocol = protocol_of(&state, &tenant.municipality, &workshop, page.locale).await?;
    render(&ProtocolPage {
        when: when_text(&page, &workshop),
        place: where_text(&page, &workshop),
        page,
        tenant,
        workshop,
        protocol,
    })
}

/// The PDF's data from the protocol, in `page`'s language.
pub fn pdf_data(page: &Page, municipality: &str, workshop: &WorkshopRow, protocol: &Protocol) -> WorkshopProtocolData {
    let locale = page.locale;
    let fact = |key: &str, value: String| Fact {
        label: locale.t(key),
        value,
    };
    let agreed = |on: bool| on.then(|| locale.t("selfcheck-workshop-agreed-tag"));
    let field_title = |id: &str| {
        protocol
            .fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.title.clone())
            .unwrap_or_default()
    };
    let dots = |n: u32| locale.t_numbers("selfcheck-workshop-dots-count", &[], &[("count", n as usize)]);
    WorkshopProtocolData {
        lang: locale.code().to_owned(),
        title: locale.t("selfcheck-workshop-protocol-title"),
        workshop: protocol.title.clone(),
        municipality: municipality.to_owned(),
        facts: vec![
            fact("selfcheck-workshop-fact-when", when_text(page, workshop)),
            fact("selfcheck-workshop-fact-where", where_text(page, workshop)),
            fact("selfcheck-workshop-fact-round", protocol.round_title.clone()),
            fact(
                "selfcheck-workshop-fact-participants",
                locale.t_numbers(
                    "selfcheck-workshop-participants-count",
                    &[],
                    &[("count", protocol.participant_count)],
                ),
            ),
            fact(
                "selfcheck-workshop-fact-dots",
                locale.t_numbers(
                    "selfcheck-workshop-dots-value",
                    &[],
                    &[("count", protocol.dots_per_participant as usize)],
                ),
            ),
        ],
        participants: protocol
            .participants
            .iter()
            .map(|g| WorkshopRoleGroup {
                role: role_name(locale, &g.role),
                names: g
                    .members
                    .iter()
                    .map(|p| participant_name(locale, p.number, p.name.as_deref()))
                    .collect(),
            })
            .collect(),
        priorities: protocol
            .priorities
            .iter()
            .map(|p| WorkshopPriority {
                statement: p.statement.clone(),
                field: field_title(&p.field_id),
                agreed: agreed(p.agreed),
                dots: dots(p.dots),
            })
            .collect(),
        fields: protocol
            .fields
            .iter()
            .map(|f| WorkshopProtocolField {
                title: f.title.clone(),
                score: score_line(locale, f),
                items: f
                    .items
                    .iter()
                    .map(|i| WorkshopDotRow {
                        statement: i.statement.clone(),
                        agreed: agreed(i.agreed),
                        counts: i.dots.by_role().iter().map(u32::to_string).collect(),
                        total: i.dots.total.to_string(),
                    })
                    .collect(),
                comments: f
                    .comments
                    .iter()
                    .map(|c| WorkshopComment {
                        author: comment_author(locale, c),
                        statement: c.statement.clone(),
                        text: c.body.clone(),
                    })
                    .collect(),
                decisions: f
                    .decisions
                    .iter()
                    .map(|d| WorkshopDecision {
                        text: d.body.clone(),
                        statement: d.statement.clone(),
                        first_step: (!d.first_step.is_empty()).then(|| d.first_step.clone()),
                        owner: (!d.owner.is_empty()).then(|| d.owner.clone()),
                        measures: d.measures.iter().map(|m| m.title.clone()).collect(),
                    })
                    .collect(),
            })
            .collect(),
        labels: WorkshopProtocolLabels {
            page: locale.t("selfcheck-workshop-pdf-page"),
            participants: locale.t("selfcheck-workshop-protocol-participants"),
            priorities: locale.t("selfcheck-workshop-protocol-priorities"),
            dots: locale.t("selfcheck-workshop-protocol-dots"),
            statement: locale.t("selfcheck-workshop-col-statement"),
            roles: ParticipantRole::ALL.iter().map(|r| locale.t(r.label_key())).collect(),
            total: locale.t("selfcheck-workshop-col-total"),
            comments: locale.t("selfcheck-workshop-protocol-comments"),
            decisions: locale.t("selfcheck-workshop-protocol-decisions"),
            first_step: locale.t("selfcheck-workshop-first-step"),
            owner: locale.t("selfcheck-workshop-owner"),
            measures: locale.t("selfcheck-workshop-protocol-measures"),
            none: locale.t("selfcheck-workshop-none"),
        },
    }
}

/// GET /m/{ags}/selbstcheck/workshops/{id}/protokoll.pdf
pub async fn protocol_pdf(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    let protocol = protocol_of(&state, &tenant.municipality, &workshop, page.locale).await?;
    let data = pdf_data(&page, &tenant.municipality.name, &workshop, &protocol);
    // A document takes a few hundred milliseconds of CPU: off the async workers.
    let pdf = tokio::task::spawn_blocking(move || weltoffen_pdf::workshop_protocol(&data))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    let name = format!(
        "workshop-protokoll-{}-{}.pdf",
        tenant.municipality.ags, workshop.held_on
    );
    Ok(download(pdf, "application/pdf", &name))
}

/// The protocol of a workshop.
///
/// Participants by role (names only of those who agreed to show them), per field of the agenda
/// the development potentials with their dots by role, the comments and the decisions with the
/// measures created from them, and the prioritised list. Texts are in the language of
/// `Accept-Language`. For members of the workshop's municipality and admins.
#[utoipa::path(
    get,
    path = "/api/v1/workshops/{id}/protocol",
    tag = "workshop",
    operation_id = "workshop_protocol",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Workshop id")),
    responses(
        (status = 200, description = "The protocol", body = Protocol),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such workshop in the user's municipalities", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn protocol_json(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Protocol>, ApiError> {
    let not_found = || {
        ApiError::App(AppError {
            kind: ErrorKind::NotFound,
            detail: Some("selfcheck-workshop-api-error-not-found"),
        })
    };
    let id = Uuid::parse_str(&id).map_err(|_| not_found())?;
    let workshop = store::workshop_by_id(&state.db, id).await?.ok_or_else(not_found)?;
    // Another municipality's workshop answers exactly like one that does not exist.
    if user.role_in(workshop.municipality_id).is_none() && !user.is_admin() {
        return Err(not_found());
    }
    let municipality = municipalities::by_id(&state.db, workshop.municipality_id)
        .await?
        .ok_or_else(not_found)?;
    let protocol = protocol_of(&state, &municipality, &workshop, request_locale(&headers)).await?;
    Ok(Json(protocol))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::Band;

    #[test]
    fn every_band_and_role_has_its_name_in_both_languages() {
        for locale in Locale::ALL {
            for band in [Band::Einstieg, Band::Aufbau, Band::Fortgeschritten, Band::Vorreiter] {
                assert!(locale.has(&format!("selfcheck-workshop-band-{}", band.code())));
            }
            for role in ParticipantRole::ALL {
                assert_ne!(role_name(locale, role.code()), role.label_key());
            }
        }
        assert_eq!(participant_name(Locale::De, 3, None), "Teilnehmer:in 3");
        assert_eq!(participant_name(Locale::En, 3, Some("Anna")), "Anna");
    }
}
