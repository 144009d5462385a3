//! The CSV format of a round's answers (`docs/selfcheck-csv.md`): written for the export and read
//! for the import of paper questionnaires. Pure functions without I/O, so every rule of the
//! format is unit-tested here.
//!
//! The format is what German spreadsheet programs write as "CSV UTF-8": a byte order mark, `;`
//! between cells, CRLF between rows, RFC 4180 quoting. Text cells that a spreadsheet would take
//! for a formula are written with a leading `'` (and read back without it).

use std::borrow::Cow;
use std::collections::HashMap;

use crate::instrument::Instrument;
use crate::scoring::AnswerValue;
use crate::store::MAX_COMMENT_CHARS;

/// The UTF-8 byte order mark; spreadsheet programs need it to read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The cell separator.
pub const SEPARATOR: char = ';';

/// The row separator the export writes (the import also reads LF and CR).
pub const LINE_END: &str = "\r\n";

/// Column of the respondent's name.
pub const COL_RESPONDENT: &str = "respondent";
/// Column of the field id.
pub const COL_FIELD: &str = "field";
/// Column of the statement id.
pub const COL_STATEMENT: &str = "statement";
/// Column of the answer code.
pub const COL_VALUE: &str = "value";
/// Column of the comment.
pub const COL_COMMENT: &str = "comment";
/// Column with the statement's text, for people; the import ignores it.
pub const COL_STATEMENT_TEXT: &str = "statement_text";

/// The columns of the export, in order.
pub const COLUMNS: [&str; 6] = [
    COL_RESPONDENT,
    COL_FIELD,
    COL_STATEMENT,
    COL_VALUE,
    COL_COMMENT,
    COL_STATEMENT_TEXT,
];

/// The columns an import needs; [`COL_STATEMENT_TEXT`] may be present or not.
pub const REQUIRED_COLUMNS: [&str; 5] = [COL_RESPONDENT, COL_FIELD, COL_STATEMENT, COL_VALUE, COL_COMMENT];

/// Largest file the import accepts.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// Longest respondent name.
pub const MAX_RESPONDENT_CHARS: usize = 200;

/// At most this many problems are reported; a file that is wrong throughout says so sooner.
pub const MAX_REPORTED_ERRORS: usize = 100;

/// First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn starts_like_formula(text: &str) -> bool {
    // Apostrophes already in front are looked through, so that escaping can be undone exactly.
    text.trim_start_matches('\'')
        .starts_with(|c: char| FORMULA_STARTS.contains(&c))
}

/// Prefixes `'` to a text a spreadsheet would otherwise run as a formula.
pub fn escape_formula(text: &str) -> Cow<'_, str> {
    if starts_like_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Removes the `'` that [`escape_formula`] added; any other text stays as it is.
pub fn unescape_formula(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if starts_like_formula(text) => rest,
        _ => text,
    }
}

/// Quotes a cell when it contains the separator, a quote or a line break (RFC 4180).
pub fn quote(cell: &str) -> Cow<'_, str> {
    if cell.contains([SEPARATOR, '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", cell.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Writes rows of cells as CSV in our format: BOM, separator, CRLF.
#[derive(Debug, Clone)]
pub struct Writer {
    out: String,
}

impl Writer {
    /// A file with the byte order mark and the header row.
    pub fn with_header(header: &[&str]) -> Writer {
        let mut writer = Writer { out: BOM.to_owned() };
        writer.row(header);
        writer
    }

    /// Appends one row; cells are quoted as needed (escape text cells before, see [`escape_formula`]).
    pub fn row(&mut self, cells: &[&str]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(SEPARATOR);
            }
            self.out.push_str(&quote(cell));
        }
        self.out.push_str(LINE_END);
    }

    /// The file's text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// One answer as exported.
#[derive(Debug, Clone, Copy)]
pub struct ExportRow<'a> {
    /// The respondent's name.
    pub respondent: &'a str,
    /// Field id.
    pub field: &'a str,
    /// Statement id.
    pub statement: &'a str,
    /// The answer.
    pub value: AnswerValue,
    /// The comment.
    pub comment: Option<&'a str>,
    /// The statement's text in the language of the download.
    pub statement_text: &'a str,
}

/// The export file: header and one row per answer, text cells escaped against formulas.
pub fn export<'a>(rows: impl IntoIterator<Item = ExportRow<'a>>) -> String {
    let mut writer = Writer::with_header(&COLUMNS);
    for r in rows {
        writer.row(&[
            &escape_formula(r.respondent),
            r.field,
            r.statement,
            r.value.code(),
            &escape_formula(r.comment.unwrap_or("")),
            &escape_formula(r.statement_text),
        ]);
    }
    writer.finish()
}

/// A template for paper questionnaires: one row per statement with the name and value left empty.
pub fn template<'a>(statements: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> String {
    let mut writer = Writer::with_header(&COLUMNS);
    for (field, statement, text) in statements {
        writer.row(&["", field, statement, "", "", &escape_formula(text)]);
    }
    writer.finish()
}

/// One row of a CSV file: the line it starts on (1-based) and its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Line of the file where the row starts.
    pub line: usize,
    /// The cells, unquoted.
    pub cells: Vec<String>,
}

/// What is wrong with an imported file or one of its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is not UTF-8 (typically Windows-1252 from "CSV (Trennzeichen-getrennt)").
    NotUtf8,
    /// The file is empty.
    Empty,
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The header has no `;`, but commas or tabs: saved with another separator.
    WrongSeparator,
    /// A needed column is missing from the header.
    MissingColumn(String),
    /// A column the format does not know.
    UnknownColumn(String),
    /// A column named twice.
    DuplicateColumn(String),
    /// A quoted cell is never closed.
    UnclosedQuote,
    /// Text follows the closing quote of a cell.
    TextAfterQuote,
    /// The row has another number of cells than the header.
    WrongCellCount {
        /// Cells in the header.
        expected: usize,
        /// Cells in the row.
        found: usize,
    },
    /// The respondent's name is empty.
    RespondentMissing,
    /// The respondent's name is longer than [`MAX_RESPONDENT_CHARS`].
    RespondentTooLong,
    /// The field id is empty.
    FieldMissing,
    /// A field id the instrument does not have.
    UnknownField(String),
    /// The statement id is empty.
    StatementMissing,
    /// A statement id the instrument does not have.
    UnknownStatement(String),
    /// The statement belongs to another field than the row names.
    StatementOfOtherField {
        /// The statement id.
        statement: String,
        /// The field the row names.
        field: String,
    },
    /// A value outside `0`–`3`, `dont_know`, `not_applicable`.
    BadValue(String),
    /// A comment on a row without a value.
    CommentWithoutValue,
    /// A comment longer than the store allows.
    CommentTooLong,
    /// The same respondent answers the same statement again.
    Duplicate {
        /// The line of the first answer.
        first_line: usize,
    },
    /// The file contains no answer at all.
    NoAnswers,
    /// More problems than are listed.
    MoreErrors(usize),
}

/// A problem with the line it was found on (0 for the file as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line, 0 for the whole file.
    pub line: usize,
    /// What is wrong.
    pub problem: Problem,
}

impl ImportError {
    fn at(line: usize, problem: Problem) -> ImportError {
        ImportError { line, problem }
    }

    /// The Fluent key of the message (without the line, which [`ImportError::line`] gives).
    pub fn key(&self) -> &'static str {
        match &self.problem {
            Problem::NotUtf8 => "selfcheck-import-error-not-utf8",
            Problem::Empty => "selfcheck-import-error-empty",
            Problem::TooLarge => "selfcheck-import-error-too-large",
            Problem::WrongSeparator => "selfcheck-import-error-separator",
            Problem::MissingColumn(_) => "selfcheck-import-error-missing-column",
            Problem::UnknownColumn(_) => "selfcheck-import-error-unknown-column",
            Problem::DuplicateColumn(_) => "selfcheck-import-error-duplicate-column",
            Problem::UnclosedQuote => "selfcheck-import-error-unclosed-quote",
            Problem::TextAfterQuote => "selfcheck-import-error-text-after-quote",
            Problem::WrongCellCount { .. } => "selfcheck-import-error-cell-count",
            Problem::RespondentMissing => "selfcheck-import-error-respondent-missing",
            Problem::RespondentTooLong => "selfcheck-import-error-respondent-too-long",
            Problem::FieldMissing => "selfcheck-import-error-field-missing",
            Problem::UnknownField(_) => "selfcheck-import-error-unknown-field",
            Problem::StatementMissing => "selfcheck-import-error-statement-missing",
            Problem::UnknownStatement(_) => "selfcheck-import-error-unknown-statement",
            Problem::StatementOfOtherField { .. } => "selfcheck-import-error-other-field",
            Problem::BadValue(_) => "selfcheck-import-error-bad-value",
            Problem::CommentWithoutValue => "selfcheck-import-error-comment-without-value",
            Problem::CommentTooLong => "selfcheck-import-error-comment-too-long",
            Problem::Duplicate { .. } => "selfcheck-import-error-duplicate",
            Problem::NoAnswers => "selfcheck-import-error-no-answers",
            Problem::MoreErrors(_) => "selfcheck-import-error-more",
        }
    }

    /// The arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match &self.problem {
            Problem::MissingColumn(c) | Problem::UnknownColumn(c) | Problem::DuplicateColumn(c) => {
                vec![("column", c.clone())]
            }
            Problem::WrongCellCount { expected, found } => {
                vec![("expected", expected.to_string()), ("found", found.to_string())]
            }
            Problem::UnknownField(f) => vec![("field", f.clone())],
            Problem::UnknownStatement(s) => vec![("statement", s.clone())],
            Problem::StatementOfOtherField { statement, field } => {
                vec![("statement", statement.clone()), ("field", field.clone())]
            }
            Problem::BadValue(v) => vec![("value", v.clone())],
            Problem::CommentTooLong => vec![("max", MAX_COMMENT_CHARS.to_string())],
            Problem::RespondentTooLong => vec![("max", MAX_RESPONDENT_CHARS.to_string())],
            Problem::Duplicate { first_line } => vec![("first", first_line.to_string())],
            Problem::MoreErrors(n) => vec![("count", n.to_string())],
            Problem::TooLarge => vec![("max", (MAX_IMPORT_BYTES / (1024 * 1024)).to_string())],
            _ => Vec::new(),
        }
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())].iter().filter(|b| **b == b'\n').count() + 1
}

/// The file's text without byte order mark; a file that is not UTF-8 is refused with the line of
/// the first byte that is not.
pub fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| ImportError::at(line_of(bytes, e.valid_up_to()), Problem::NotUtf8))
}

/// Splits CSV text into records (RFC 4180 with `;`; CRLF, LF or CR end a row). Rows whose cells
/// are all empty are left out. A syntax error stops the reading: after it, rows cannot be told apart.
pub fn records(text: &str) -> Result<Vec<Record>, ImportError> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut record_line = 1;
    let mut at_cell_start = true;
    let finish_record = |cells: &mut Vec<String>, cell: &mut String, out: &mut Vec<Record>, start: usize| {
        cells.push(std::mem::take(cell));
        let row = std::mem::take(cells);
        if row.iter().any(|c| !c.trim().is_empty()) {
            out.push(Record {
                line: start,
                cells: row,
            });
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if at_cell_start => {
                at_cell_start = false;
                let opened = line;
                loop {
                    match chars.next() {
                        None => return Err(ImportError::at(opened, Problem::UnclosedQuote)),
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            cell.push('"');
                        }
                        Some('"') => break,
                        Some(inner) => {
                            if inner == '\n' {
                                line += 1;
                            }
                            cell.push(inner);
                        }
                    }
                }
                match chars.peek() {
                    None | Some(&SEPARATOR) | Some('\r') | Some('\n') => {}
                    Some(_) => return Err(ImportError::at(line, Problem::TextAfterQuote)),
                }
            }
            SEPARATOR => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                finish_record(&mut cells, &mut cell, &mut out, record_line);
                line += 1;
                record_line = line;
                at_cell_start = true;
            }
            other => {
                // A quote inside an unquoted cell is taken literally: text editors write them so.
                at_cell_start = false;
                cell.push(other);
            }
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        finish_record(&mut cells, &mut cell, &mut out, record_line);
    }
    Ok(out)
}

/// One answer read from an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    /// The line it came from.
    pub line: usize,
    /// The respondent's name, trimmed.
    pub respondent: String,
    /// Statement id.
    pub item_id: String,
    /// The answer.
    pub value: AnswerValue,
    /// The comment, trimmed, `None` when empty.
    pub comment: Option<String>,
}

/// The key under which respondent names count as the same person: case and runs of white space
/// do not matter (the import matches names typed by hand).
pub fn respondent_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

struct Columns {
    respondent: usize,
    field: usize,
    statement: usize,
    value: usize,
    comment: usize,
    count: usize,
}

fn header_columns(header: &Record) -> Result<Columns, Vec<ImportError>> {
    let names: Vec<String> = header.cells.iter().map(|c| c.trim().to_lowercase()).collect();
    if names.len() == 1 && (names[0].contains(',') || names[0].contains('\t')) {
        return Err(vec![ImportError::at(header.line, Problem::WrongSeparator)]);
    }
    let mut errors = Vec::new();
    let mut positions: HashMap<&str, usize> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        if !COLUMNS.contains(&name.as_str()) {
            errors.push(ImportError::at(header.line, Problem::UnknownColumn(name.clone())));
        } else if positions.insert(name.as_str(), i).is_some() {
            errors.push(ImportError::at(header.line, Problem::DuplicateColumn(name.clone())));
        }
    }
    for required in REQUIRED_COLUMNS {
        if !positions.contains_key(required) {
            errors.push(ImportError::at(
                header.line,
                Problem::MissingColumn(required.to_owned()),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let at = |name: &str| positions.get(name).copied().unwrap_or(0);
    Ok(Columns {
        respondent: at(COL_RESPONDENT),
        field: at(COL_FIELD),
        statement: at(COL_STATEMENT),
        value: at(COL_VALUE),
        comment: at(COL_COMMENT),
        count: names.len(),
    })
}

/// Reads and checks a whole import file against the instrument: all rows or nothing. Rows with
/// neither value nor comment are skipped (the template lists every statement; unanswered ones
/// stay empty). Errors come in file order, at most [`MAX_REPORTED_ERRORS`] plus a count of the rest.
pub fn parse_import(bytes: &[u8], instrument: &Instrument) -> Result<Vec<ImportRow>, Vec<ImportError>> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(vec![ImportError::at(0, Problem::TooLarge)]);
    }
    let text = decode(bytes).map_err(|e| vec![e])?;
    let records = records(text).map_err(|e| vec![e])?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![ImportError::at(0, Problem::Empty)]);
    };
    let columns = header_columns(header)?;
    let mut errors = Vec::new();
    let mut answers = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for record in rows {
        let line = record.line;
        if record.cells.len() != columns.count {
            errors.push(ImportError::at(
                line,
                Problem::WrongCellCount {
                    expected: columns.count,
                    found: record.cells.len(),
                },
            ));
            continue;
        }
        let cell = |i: usize| record.cells.get(i).map(|c| c.trim()).unwrap_or("");
        let value_text = cell(columns.value);
        let comment = unescape_formula(cell(columns.comment)).trim();
        if value_text.is_empty() {
            if !comment.is_empty() {
                errors.push(ImportError::at(line, Problem::CommentWithoutValue));
            }
            continue;
        }
        let mut row_errors = Vec::new();
        let respondent = unescape_formula(cell(columns.respondent)).trim();
        if respondent.is_empty() {
            row_errors.push(Problem::RespondentMissing);
        } else if respondent.chars().count() > MAX_RESPONDENT_CHARS {
            row_errors.push(Problem::RespondentTooLong);
        }
        let field = cell(columns.field);
        let statement = cell(columns.statement);
        if field.is_empty() {
            row_errors.push(Problem::FieldMissing);
        } else if instrument.field(field).is_none() {
            row_errors.push(Problem::UnknownField(field.to_owned()));
        }
        if statement.is_empty() {
            row_errors.push(Problem::StatementMissing);
        } else {
            match instrument.item(statement) {
                None => row_errors.push(Problem::UnknownStatement(statement.to_owned())),
                Some((of, _)) if !field.is_empty() && instrument.field(field).is_some() && of.id != field => {
                    row_errors.push(Problem::StatementOfOtherField {
                        statement: statement.to_owned(),
                        field: field.to_owned(),
                    });
                }
                Some(_) => {}
            }
        }
        let value = AnswerValue::parse(&value_text.to_lowercase());
        if value.is_none() {
            row_errors.push(Problem::BadValue(value_text.to_owned()));
        }
        if comment.chars().count() > MAX_COMMENT_CHARS {
            row_errors.push(Problem::CommentTooLong);
        }
        if !respondent.is_empty() && !statement.is_empty() {
            let key = (respondent_key(respondent), statement.to_owned());
            if let Some(first_line) = seen.get(&key) {
                row_errors.push(Problem::Duplicate {
                    first_line: *first_line,
                });
            } else {
                seen.insert(key, line);
            }
        }
        match value {
            Some(value) if row_errors.is_empty() => answers.push(ImportRow {
                line,
                respondent: respondent.to_owned(),
                item_id: statement.to_owned(),
                value,
                comment: (!comment.is_empty()).then(|| comment.to_owned()),
            }),
            _ => errors.extend(row_errors.into_iter().map(|p| ImportError::at(line, p))),
        }
    }
    if errors.is_empty() && answers.is_empty() {
        errors.push(ImportError::at(0, Problem::NoAnswers));
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        if errors.len() > MAX_REPORTED_ERRORS {
            let rest = errors.len() - MAX_REPORTED_ERRORS;
            errors.truncate(MAX_REPORTED_ERRORS);
            errors.push(ImportError::at(0, Problem::MoreErrors(rest)));
        }
        Err(errors)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::instrument::shipped;
    use proptest::prelude::*;

    const HEADER: &str = "respondent;field;statement;value;comment\r\n";

    fn problems(text: &str) -> Vec<(usize, Problem)> {
        let instrument = shipped().unwrap();
        parse_import(text.as_bytes(), &instrument)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.line, e.problem))
            .collect()
    }

    fn first_item(field: &str) -> String {
        shipped().unwrap().field(field).unwrap().items[0].id.clone()
    }

    #[test]
    fn cells_with_separator_quote_or_line_break_are_quoted() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a;b"), "\"a;b\"");
        assert_eq!(quote("sagt \"nein\""), "\"sagt \"\"nein\"\"\"");
        assert_eq!(quote("zwei\nZeilen"), "\"zwei\nZeilen\"");
        assert_eq!(quote("cr\r\nlf"), "\"cr\r\nlf\"");
    }

    #[test]
    fn export_starts_with_bom_and_header_and_ends_rows_with_crlf() {
        let text = export([ExportRow {
            respondent: "Jugendamt",
            field: "management",
            statement: "management.x",
            value: AnswerValue::DontKnow,
            comment: Some("a;b"),
            statement_text: "Text",
        }]);
        assert!(text.starts_with("\u{feff}respondent;field;statement;value;comment;statement_text\r\n"));
        assert!(text.ends_with("Jugendamt;management;management.x;dont_know;\"a;b\";Text\r\n"));
        assert_eq!(text.matches("\r\n").count(), 2);
    }

    #[test]
    fn formulas_are_escaped_and_the_escape_is_undone_exactly() {
        for (raw, escaped) in [
            ("=SUMME(A1)", "'=SUMME(A1)"),
            ("+49 30", "'+49 30"),
            ("-5 Stellen", "'-5 Stellen"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("'=x", "''=x"),
            ("normal", "normal"),
            ("'zitiert'", "'zitiert'"),
            ("", ""),
        ] {
            assert_eq!(escape_formula(raw), escaped, "{raw:?}");
            assert_eq!(unescape_formula(escaped), raw, "{escaped:?}");
        }
    }

    proptest! {
        #[test]
        fn escaping_round_trips_any_text(s in "['=+@a -]{0,6}") {
            let escaped = escape_formula(&s);
            prop_assert_eq!(unescape_formula(&escaped), s.as_str());
            prop_assert!(!escape_formula(&s).starts_with(|c: char| FORMULA_STARTS.contains(&c)));
        }

        #[test]
        fn written_rows_are_read_back_unchanged(rows in proptest::collection::vec(
            proptest::collection::vec("[a-z;\"\r\n äß]{0,8}", 3), 1..5)
        ) {
            let mut writer = Writer::with_header(&["a", "b", "c"]);
            for r in &rows {
                let cells: Vec<&str> = r.iter().map(String::as_str).collect();
                writer.row(&cells);
            }
            let text = writer.finish();
            let read = records(decode(text.as_bytes()).unwrap()).unwrap();
            let expected: Vec<&Vec<String>> = rows.iter().filter(|r| r.iter().any(|c| !c.trim().is_empty())).collect();
            prop_assert_eq!(read.len(), expected.len() + 1);
            for (got, want) in read[1..].iter().zip(expected) {
                prop_assert_eq!(&got.cells, want);
            }
        }
    }

    #[test]
    fn records_read_crlf_lf_and_cr_with_line_numbers_of_each_row() {
        let text = "h1;h2\r\na;\"b\nc\"\n\r\nd;e\rf;\"\"\"\"";
        let r = records(text).unwrap();
        assert_eq!(r.len(), 4);
        assert_eq!((r[1].line, r[1].cells.clone()), (2, vec!["a".into(), "b\nc".into()]));
        assert_eq!((r[2].line, r[2].cells.clone()), (5, vec!["d".into(), "e".into()]));
        assert_eq!((r[3].line, r[3].cells.clone()), (6, vec!["f".into(), "\"".into()]));
    }

    #[test]
    fn quote_errors_name_the_line() {
        assert_eq!(
            records("a;b\nc;\"open\nstill open").unwrap_err(),
            ImportError::at(2, Problem::UnclosedQuote)
        );
        assert_eq!(
            records("a;b\n\"x\"y;z").unwrap_err(),
            ImportError::at(2, Problem::TextAfterQuote)
        );
        assert_eq!(records("a;sagt \"ja\"\n").unwrap()[0].cells[1], "sagt \"ja\"");
    }

    #[test]
    fn bom_is_optional_and_latin1_is_refused_with_its_line() {
        assert_eq!(decode("\u{feff}a".as_bytes()).unwrap(), "a");
        assert_eq!(decode(b"a").unwrap(), "a");
        let latin1 = b"respondent;field\r\nStra\xdfe;x\r\n";
        assert_eq!(decode(latin1).unwrap_err(), ImportError::at(2, Problem::NotUtf8));
        let instrument = shipped().unwrap();
        let errors = parse_import(latin1, &instrument).unwrap_err();
        assert_eq!(errors[0].key(), "selfcheck-import-error-not-utf8");
    }

    #[test]
    fn a_valid_file_is_read_with_escapes_undone_and_blank_rows_skipped() {
        let item = first_item("management");
        let other = shipped().unwrap().field("management").unwrap().items[1].id.clone();
        let text = format!(
            "\u{feff}{HEADER}'=Amt;management;{item};3;'-teils\r\n;management;{other};;\r\n;;;;\r\n Kim ;management;{other};DONT_KNOW;\"a;b\"\r\n"
        );
        let rows = parse_import(text.as_bytes(), &shipped().unwrap()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].respondent, "=Amt");
        assert_eq!(rows[0].value, AnswerValue::Score(3));
        assert_eq!(rows[0].comment.as_deref(), Some("-teils"));
        assert_eq!((rows[1].line, rows[1].respondent.as_str()), (5, "Kim"));
        assert_eq!(rows[1].value, AnswerValue::DontKnow);
        assert_eq!(rows[1].comment.as_deref(), Some("a;b"));
    }

    #[test]
    fn the_statement_text_column_may_be_present_and_columns_in_any_order() {
        let item = first_item("opening");
        let text = format!("value;statement_text;field;statement;comment;respondent\n2;egal;opening;{item};;Amt\n");
        let rows = parse_import(text.as_bytes(), &shipped().unwrap()).unwrap();
        assert_eq!(rows[0].item_id, item);
    }

    #[test]
    fn header_errors_name_every_missing_or_unknown_column() {
        assert_eq!(
            problems("respondent;feld;statement;value\n"),
            vec![
                (1, Problem::UnknownColumn("feld".into())),
                (1, Problem::MissingColumn("field".into())),
                (1, Problem::MissingColumn("comment".into())),
            ]
        );
        assert_eq!(
            problems("respondent,field,statement,value,comment\n"),
            vec![(1, Problem::WrongSeparator)]
        );
        assert_eq!(problems(""), vec![(0, Problem::Empty)]);
        assert_eq!(problems(HEADER), vec![(0, Problem::NoAnswers)]);
    }

    #[test]
    fn row_errors_are_listed_with_their_lines() {
        let instrument = shipped().unwrap();
        let items = &instrument.field("management").unwrap().items;
        let (m, m1, m2) = (&items[0].id, &items[1].id, &items[2].id);
        let o = first_item("opening");
        let long = "x".repeat(MAX_COMMENT_CHARS + 1);
        let text = format!(
            "{HEADER}Amt;management;{m};7;\r\n;management;{m};3;\r\nAmt;management;management.nope;1;\r\nAmt;management;{o};1;\r\nAmt;nope;{m1};1;\r\nAmt;management;{m2};1;{long}\r\nAmt;management;{m};2;\r\n amt ;management;{m};2;\r\nAmt;management;{m}\r\nAmt;management;{m};;nur Kommentar\r\n"
        );
        assert_eq!(
            problems(&text),
            vec![
                (2, Problem::BadValue("7".into())),
                (3, Problem::RespondentMissing),
                (4, Problem::UnknownStatement("management.nope".into())),
                (
                    5,
                    Problem::StatementOfOtherField {
                        statement: o.clone(),
                        field: "management".into()
                    }
                ),
                (6, Problem::UnknownField("nope".into())),
                (7, Problem::CommentTooLong),
                (8, Problem::Duplicate { first_line: 2 }),
                (9, Problem::Duplicate { first_line: 2 }),
                (10, Problem::WrongCellCount { expected: 5, found: 3 }),
                (11, Problem::CommentWithoutValue),
            ]
        );
    }

    #[test]
    fn too_many_errors_are_cut_with_a_count_and_too_large_files_refused() {
        let m = first_item("management");
        let mut text = HEADER.to_owned();
        for i in 0..MAX_REPORTED_ERRORS + 5 {
            text.push_str(&format!("Amt {i};management;{m};9;\r\n"));
        }
        let p = problems(&text);
        assert_eq!(p.len(), MAX_REPORTED_ERRORS + 1);
        assert_eq!(p.last(), Some(&(0, Problem::MoreErrors(5))));
        let big = vec![b'a'; MAX_IMPORT_BYTES + 1];
        let errors = parse_import(&big, &shipped().unwrap()).unwrap_err();
        assert_eq!(errors[0].problem, Problem::TooLarge);
        assert_eq!(errors[0].args(), vec![("max", "2".to_owned())]);
    }

    #[test]
    fn the_template_lists_statements_with_empty_name_and_value_and_imports_as_nothing() {
        let text = template([("management", "management.a", "=Text")]);
        assert!(text.ends_with(";management;management.a;;;'=Text\r\n"));
        let instrument = shipped().unwrap();
        let errors = parse_import(text.as_bytes(), &instrument).unwrap_err();
        assert_eq!(errors[0].problem, Problem::NoAnswers);
    }

    #[test]
    fn respondent_keys_ignore_case_and_spacing() {
        assert_eq!(respondent_key("  Anna   Schmidt "), respondent_key("anna schmidt"));
        assert_ne!(respondent_key("Anna"), respondent_key("Anne"));
    }
}
