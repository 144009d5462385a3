//! Answering a field: one page per field with every applicable statement, saved with a plain form
//! post (and, with JavaScript, statement by statement as soon as an answer changes).

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{Page, Tenant};
use weltoffen_platform::web::render::{render, render_status, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::{round_path, tenant_round};
use crate::instrument::{Dimension, Field, Instrument, Item};
use crate::scoring::AnswerValue;
use crate::store::{self, MAX_COMMENT_CHARS, NewAnswer, RoundRow, SaveError};

/// The routes of this module.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get(
            "/m/{ags}/selbstcheck/{round}/fields/{field}",
            Access::Member,
            field_form,
        )
        .post(
            "/m/{ags}/selbstcheck/{round}/fields/{field}",
            Access::Member,
            save_field,
        )
}

/// The six answer options in the order they are offered.
pub const OPTIONS: [AnswerValue; 6] = [
    AnswerValue::Score(3),
    AnswerValue::Score(2),
    AnswerValue::Score(1),
    AnswerValue::Score(0),
    AnswerValue::DontKnow,
    AnswerValue::NotApplicable,
];

/// The Fluent key of an answer option's label.
pub fn option_label_key(value: AnswerValue) -> &'static str {
    match value {
        AnswerValue::Score(3) => "selfcheck-answer-3",
        AnswerValue::Score(2) => "selfcheck-answer-2",
        AnswerValue::Score(1) => "selfcheck-answer-1",
        AnswerValue::Score(_) => "selfcheck-answer-0",
        AnswerValue::DontKnow => "selfcheck-answer-dont-know",
        AnswerValue::NotApplicable => "selfcheck-answer-not-applicable",
    }
}

/// What the respondent typed for one statement (kept as typed when the page is shown again).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Typed {
    /// Answer code as sent.
    pub value: String,
    /// Comment as sent.
    pub comment: String,
}

/// A problem with one statement's input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemError {
    /// Statement id.
    pub item_id: String,
    /// Fluent key.
    pub key: &'static str,
}

/// The form as posted: typed input per statement and the chosen action.
#[derive(Debug, Default)]
pub struct FieldInput {
    /// Input per statement id.
    pub typed: HashMap<String, Typed>,
    /// `save`, `next` or `done`.
    pub action: String,
    /// Sent by the script that saves on change; answered without a page.
    pub autosave: bool,
}

impl FieldInput {
    /// Reads `a:<item>` (answer) and `c:<item>` (comment) pairs and the action.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> FieldInput {
        let mut input = FieldInput::default();
        for (key, value) in pairs {
            if let Some(item) = key.strip_prefix("a:") {
                input.typed.entry(item.to_owned()).or_default().value = value;
            } else if let Some(item) = key.strip_prefix("c:") {
                input.typed.entry(item.to_owned()).or_default().comment = value;
            } else if key == "action" {
                input.action = value;
            } else if key == "autosave" {
                input.autosave = value == "1";
            }
        }
        input
    }

    /// Validates the input against the field's statements: the answers to save, or the errors.
    pub fn validate(&self, field: &Field, applicable: &[&Item]) -> Result<Vec<NewAnswer>, Vec<ItemError>> {
        let mut answers = Vec::new();
        let mut errors = Vec::new();
        // Statements in authored order, so the error summary follows the page.
        for item in applicable {
            let Some(typed) = self.typed.get(&item.id) else {
                continue;
            };
            let comment = typed.comment.trim();
            if comment.chars().count() > MAX_COMMENT_CHARS {
                errors.push(ItemError {
                    item_id: item.id.clone(),
                    key: "selfcheck-error-comment-too-long",
                });
                continue;
            }
            match (typed.value.as_str(), AnswerValue::parse(&typed.value)) {
                ("", _) if comment.is_empty() => {}
                ("", _) => errors.push(ItemError {
                    item_id: item.id.clone(),
                    key: "selfcheck-error-comment-without-answer",
                }),
                (_, None) => errors.push(ItemError {
                    item_id: item.id.clone(),
                    key: "selfcheck-error-value-invalid",
                }),
                (_, Some(value)) => answers.push(NewAnswer {
                    item_id: item.id.clone(),
                    value,
                    comment: (!comment.is_empty()).then(|| comment.to_owned()),
                }),
            }
        }
        if let Some(stranger) = self.typed.keys().find(|id| !applicable.iter().any(|i| &i.id == *id)) {
            errors.push(ItemError {
                item_id: stranger.clone(),
                key: if field.items.iter().any(|i| &i.id == stranger) {
                    "selfcheck-error-item-not-applicable"
                } else {
                    "selfcheck-error-item-unknown"
                },
            });
        }
        if errors.is_empty() { Ok(answers) } else { Err(errors) }
    }
}

/// One statement as shown.
pub struct StatementView {
    /// The statement.
    pub item: &'static Item,
    /// Element id prefix (statement ids contain dots).
    pub dom_id: String,
    /// Current input.
    pub typed: Typed,
    /// Error key, if any.
    pub error: Option<&'static str>,
}

/// The statements of one dimension.
pub struct DimensionView {
    /// The dimension.
    pub dimension: &'static Dimension,
    /// Its applicable statements.
    pub statements: Vec<StatementView>,
}

#[derive(Template)]
#[template(path = "selfcheck/field.html")]
struct FieldPage {
    page: Page,
    tenant: Tenant,
    round: RoundRow,
    field: &'static Field,
    position: usize,
    field_count: usize,
    dimensions: Vec<DimensionView>,
    errors: Vec<(String, &'static str)>,
    answered: usize,
    total: usize,
    next_field: Option<&'static Field>,
    assigned: bool,
}

impl FieldPage {
    fn base(&self) -> String {
        round_path(&self.tenant.municipality.ags, self.round.id)
    }
    fn options(&self) -> [AnswerValue; 6] {
        OPTIONS
    }
    fn option_label(&self, value: &AnswerValue) -> String {
        self.page.t(option_label_key(*value))
    }
    fn is_checked(&self, statement: &StatementView, value: &AnswerValue) -> bool {
        statement.typed.value == value.code()
    }
    fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
    fn tr<'a>(&self, text: &'a crate::instrument::Text) -> &'a str {
        text.get(self.page.locale)
    }
    fn position_label(&self) -> String {
        self.page.t2(
            "selfcheck-field-position",
            "position",
            &self.position.to_string(),
            "count",
            &self.field_count.to_string(),
        )
    }
    fn answered_label(&self) -> String {
        self.page.t2(
            "selfcheck-progress-answered",
            "answered",
            &self.answered.to_string(),
            "total",
            &self.total.to_string(),
        )
    }
}

/// An element id for a statement id (`management.konzept` → `s-management-konzept`).
pub fn dom_id(item_id: &str) -> String {
    format!("s-{}", item_id.replace('.', "-"))
}

/// The member's way into a field: assigned, or allowed every field as coordinator or admin.
struct FieldAccess {
    assigned_fields: Vec<String>,
    may_answer_every_field: bool,
}

async fn access(state: &AppState, tenant: &Tenant, round: &RoundRow, field: &Field) -> AppResult<FieldAccess> {
    let assigned_fields = store::assigned_fields(&state.db, round.id, tenant.user.id).await?;
    let may_answer_every_field = tenant.can_manage();
    if !may_answer_every_field && !assigned_fields.contains(&field.id) {
        return Err(AppError {
            kind: weltoffen_platform::error::ErrorKind::Forbidden,
            detail: Some("selfcheck-error-field-not-assigned"),
        });
    }
    Ok(FieldAccess {
        assigned_fields,
        may_answer_every_field,
    })
}

fn field_of<'a>(instrument: &'a Instrument, id: &str) -> AppResult<&'a Field> {
    instrument.field(id).ok_or_else(AppError::not_found)
}

/// The fields the member works through, in instrument order.
fn sequence<'a>(instrument: &'a Instrument, access: &FieldAccess) -> Vec<&'a Field> {
    instrument
        .fields
        .iter()
        .filter(|f| access.may_answer_every_field || access.assigned_fields.contains(&f.id))
        .collect()
}

#[allow(clippy::too_many_arguments)] // the page shows all of these
async fn field_page(
    state: &AppState,
    page: Page,
    tenant: Tenant,
    round: RoundRow,
    field: &'static Field,
    access: &FieldAccess,
    instrument: &'static Instrument,
    typed_override: Option<(&FieldInput, &[ItemError])>,
) -> AppResult<FieldPage> {
    let kind = tenant.municipality.kind();
    let stored: HashMap<String, Typed> = store::my_answers(&state.db, round.id, tenant.user.id)
        .await?
        .into_iter()
        .map(|a| {
            (
                a.item_id,
                Typed {
                    value: a.value,
                    comment: a.comment.unwrap_or_default(),
                },
            )
        })
        .collect();
    let applicable: Vec<&'static Item> = field.items.iter().filter(|i| i.applies(kind)).collect();
    let answered = applicable.iter().filter(|i| stored.contains_key(&i.id)).count();
    let mut errors = Vec::new();
    let dimensions = instrument
        .dimensions
        .iter()
        .map(|dimension| DimensionView {
            dimension,
            statements: applicable
                .iter()
                .filter(|i| i.dimension == dimension.id)
                .map(|item| {
                    let mut typed = stored.get(&item.id).cloned().unwrap_or_default();
                    let mut error = None;
                    if let Some((input, item_errors)) = typed_override {
                        if let Some(t) = input.typed.get(&item.id) {
                            typed = t.clone();
                        }
                        error = item_errors.iter().find(|e| e.item_id == item.id).map(|e| e.key);
                    }
                    if let Some(key) = error {
                        errors.push((dom_id(&item.id), key));
                    }
                    StatementView {
                        item,
                        dom_id: dom_id(&item.id),
                        typed,
                        error,
                    }
                })
                .collect(),
        })
        .filter(|d: &DimensionView| !d.statements.is_empty())
        .collect();
    let fields = sequence(instrument, access);
    let position = fields.iter().position(|f| f.id == field.id).map_or(0, |p| p + 1);
    let next_field = fields.get(position).copied();
    Ok(FieldPage {
        assigned: access.assigned_fields.contains(&field.id),
        field_count: fields.len(),
        page,
        tenant,
        round,
        field,
        position,
        dimensions,
        errors,
        answered,
        total: applicable.len(),
        next_field,
    })
}

/// GET /m/{ags}/selbstcheck/{round}/fields/{field}
pub async fn field_form(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, round, field)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let field = field_of(instrument, &field)?;
    let access = access(&state, &tenant, &round, field).await?;
    render(&field_page(&state, page, tenant, round, field, &access, instrument, None).await?)
}

fn save_error_key(error: &SaveError) -> &'static str {
    match error {
        SaveError::RoundClosed => "selfcheck-error-round-closed",
        SaveError::WrongInstrument(_) => "selfcheck-error-instrument-changed",
        SaveError::UnknownItem(_) => "selfcheck-error-item-unknown",
        SaveError::NotAssigned(_) => "selfcheck-error-field-not-assigned",
        SaveError::CommentTooLong(_) => "selfcheck-error-comment-too-long",
        SaveError::Duplicate(_) => "selfcheck-error-value-invalid",
        SaveError::Db(_) => "error-internal-title",
    }
}

/// POST /m/{ags}/selbstcheck/{round}/fields/{field}
pub async fn save_field(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, round, field)): Path<(String, String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let field = field_of(instrument, &field)?;
    let access = access(&state, &tenant, &round, field).await?;
    let input = FieldInput::from_pairs(pairs);
    let kind = tenant.municipality.kind();
    let applicable: Vec<&Item> = field.items.iter().filter(|i| i.applies(kind)).collect();
    let item_errors = match input.validate(field, &applicable) {
        Ok(answers) => {
            let saved = store::save_answers(
                &state.db,
                instrument,
                &round,
                tenant.user.id,
                &tenant.user.name,
                access.may_answer_every_field,
                &answers,
            )
            .await;
            match saved {
                Ok(_) => Vec::new(),
                Err(SaveError::Db(e)) => return Err(e.into()),
                Err(e) if input.autosave => {
                    return Ok((StatusCode::UNPROCESSABLE_ENTITY, page.t(save_error_key(&e))).into_response());
                }
                Err(e @ SaveError::RoundClosed) => {
                    return Err(AppError {
                        kind: weltoffen_platform::error::ErrorKind::Conflict,
                        detail: Some(save_error_key(&e)),
                    });
                }
                Err(e) => {
                    return Err(AppError::bad_request(save_error_key(&e)));
                }
            }
        }
        Err(errors) => errors,
    };
    if input.autosave {
        return Ok(match item_errors.first() {
            None => StatusCode::NO_CONTENT.into_response(),
            Some(e) => (StatusCode::UNPROCESSABLE_ENTITY, page.t(e.key)).into_response(),
        });
    }
    if !item_errors.is_empty() {
        let view = field_page(
            &state,
            page,
            tenant,
            round,
            field,
            &access,
            instrument,
            Some((&input, &item_errors)),
        )
        .await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let base = round_path(&tenant.municipality.ags, round.id);
    let location = match input.action.as_str() {
        "done" => {
            store::set_field_done(&state.db, round.id, tenant.user.id, &field.id, true).await?;
            format!("{base}?notice=notice-selfcheck-field-done")
        }
        "next" => match sequence(instrument, &access)
            .into_iter()
            .skip_while(|f| f.id != field.id)
            .nth(1)
        {
            Some(next) => format!("{base}/fields/{}?notice=notice-selfcheck-saved", next.id),
            None => format!("{base}?notice=notice-selfcheck-saved"),
        },
        _ => format!("{base}/fields/{}?notice=notice-selfcheck-saved", field.id),
    };
    Ok(see_other(&location))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::shipped;
    use weltoffen_platform::municipalities::model::MunicipalityType;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn posted_answers_are_validated_against_the_fields_applicable_statements() {
        let instrument = shipped().unwrap();
        let field = instrument.field("management").unwrap();
        let applicable: Vec<&Item> = field
            .items
            .iter()
            .filter(|i| i.applies(MunicipalityType::Landkreis))
            .collect();
        let (a, b, c) = (&applicable[0].id, &applicable[1].id, &applicable[2].id);
        let input = FieldInput::from_pairs(pairs(&[
            (&format!("a:{a}"), "3"),
            (&format!("c:{a}"), "  Konzept von 2021  "),
            (&format!("a:{b}"), "dont_know"),
            (&format!("c:{c}"), ""),
            ("action", "next"),
        ]));
        assert_eq!(input.action, "next");
        let answers = input.validate(field, &applicable).unwrap();
        assert_eq!(answers.len(), 2, "an empty statement is skipped, not an error");
        assert_eq!(answers[0].comment.as_deref(), Some("Konzept von 2021"));
        assert_eq!(answers[1].value, AnswerValue::DontKnow);

        let bad = FieldInput::from_pairs(pairs(&[
            (&format!("a:{a}"), "7"),
            (&format!("c:{b}"), "nur ein Kommentar"),
            ("a:opening.unknown", "3"),
        ]));
        let errors = bad.validate(field, &applicable).unwrap_err();
        let keys: Vec<_> = errors.iter().map(|e| e.key).collect();
        assert_eq!(
            keys,
            [
                "selfcheck-error-value-invalid",
                "selfcheck-error-comment-without-answer",
                "selfcheck-error-item-unknown"
            ]
        );
    }

    #[test]
    fn statement_ids_become_valid_element_ids() {
        assert_eq!(dom_id("management.konzept"), "s-management-konzept");
    }
}
