# Selbstcheck: export of answers (CSV, JSON), import of paper questionnaires, JSON API.
# Column names (respondent, field, statement, value, comment) and answer codes stay as they are,
# because the file must contain exactly these.

## Import page

selfcheck-import-title = Import paper questionnaires
selfcheck-import-lead = If colleagues filled in the Selbstcheck on paper, copy their answers into a spreadsheet and upload it here as a CSV file. The answers then count like every other answer of this round.
selfcheck-import-upload-heading = Upload a file
selfcheck-import-file-label = CSV file with the answers
selfcheck-import-file-hint = Format "CSV UTF-8" with semicolons as separators, at most { $max } MB.
selfcheck-import-file-error = The file was not imported. Number of problems: { $count }. They are listed at the top of the page.
selfcheck-import-button = Import answers
selfcheck-import-nothing-saved = Nothing has been saved. Correct the file and upload it again.
selfcheck-import-round-closed = This round is closed. Answers can only be imported into a round that is still open. If you still need to add answers, reopen the round first.
selfcheck-import-format-heading = What the file must look like
selfcheck-import-format-intro = The easiest way is to download the template, enter the answers in a spreadsheet program and save the file as "CSV UTF-8 (comma delimited)" with semicolons as separators.
selfcheck-import-format-encoding = Character encoding UTF-8, separator semicolon (;). The first row holds the column names.
selfcheck-import-format-columns = Columns: respondent (name of the person or office who answered), field (field of action), statement (id of the statement), value (the answer) and comment (optional, at most 2,000 characters). The column statement_text with the statement's wording is only there to help you and is ignored by the import.
selfcheck-import-format-values = Answers in the column value: 3 (fully applies), 2, 1, 0 (does not apply), dont_know (don't know) or not_applicable (not applicable).
selfcheck-import-format-names = One row per person and statement. If a name already belongs to a person in this round, the answers are added to that person (upper and lower case do not matter). Otherwise the person is added without an account of their own.
selfcheck-import-format-empty = Rows without an answer in the column value are skipped, so you can simply leave unanswered statements in the template empty.
selfcheck-import-format-replace = If a person has already answered a statement, the import replaces that answer. If the file contains any error, nothing at all is saved.
selfcheck-import-example-heading = Example
selfcheck-import-example-name = Youth welfare office
selfcheck-import-example-comment = Adopted by the district council in 2024
selfcheck-import-template-link = Download the template with all statements (CSV)
selfcheck-import-template-hint = The template lists every statement that applies to your municipality, with its wording. Enter the name and the answer in every row that was answered.
selfcheck-import-back = Back to the round
notice-selfcheck-imported = The answers from the file have been saved.

## Import errors (without line number; selfcheck-import-error-at-line adds the line)

selfcheck-import-error-at-line = Line { $line }: { $message }
selfcheck-import-error-no-file = Choose a CSV file.
selfcheck-import-error-unreadable = The file did not arrive completely. Please upload it again.
selfcheck-import-error-round-closed = The round is closed. Answers cannot be imported into a closed round.
selfcheck-import-error-not-utf8 = The file is not saved as UTF-8 (the line given holds the first character that does not fit). Please save it as UTF-8: in Excel choose "Save as" and the file type "CSV UTF-8 (comma delimited)", in LibreOffice the character set "Unicode (UTF-8)".
selfcheck-import-error-empty = The file is empty.
selfcheck-import-error-too-large = The file is too large. At most { $max } MB are allowed. Split the answers into several files.
selfcheck-import-error-separator = The columns are not separated by semicolons. Save the file as "CSV UTF-8" with the semicolon as separator.
selfcheck-import-error-missing-column = The column "{ $column }" is missing from the first row.
selfcheck-import-error-unknown-column = The column "{ $column }" is unknown. Allowed are respondent, field, statement, value, comment and statement_text.
selfcheck-import-error-duplicate-column = The column "{ $column }" appears more than once.
selfcheck-import-error-unclosed-quote = A quotation mark (") is opened but never closed.
selfcheck-import-error-text-after-quote = Text follows a closing quotation mark (") in the same cell.
selfcheck-import-error-cell-count = The row has { $found } columns, but the first row has { $expected }.
selfcheck-import-error-respondent-missing = The name in the column respondent is missing.
selfcheck-import-error-respondent-too-long = The name in the column respondent is longer than { $max } characters.
selfcheck-import-error-field-missing = The field of action in the column field is missing.
selfcheck-import-error-unknown-field = There is no field of action "{ $field }".
selfcheck-import-error-statement-missing = The statement id in the column statement is missing.
selfcheck-import-error-unknown-statement = The Selbstcheck of this round has no statement "{ $statement }".
selfcheck-import-error-other-field = The statement "{ $statement }" does not belong to the field of action "{ $field }".
selfcheck-import-error-bad-value = The answer "{ $value }" is not allowed. Possible answers are 3, 2, 1, 0, dont_know and not_applicable.
selfcheck-import-error-comment-without-value = The row has a comment but no answer. Enter an answer, for example dont_know.
selfcheck-import-error-comment-too-long = The comment is longer than { $max } characters.
selfcheck-import-error-duplicate = The same person already answered this statement in line { $first }.
selfcheck-import-error-no-answers = The file does not contain a single answer.
selfcheck-import-error-more = There are { $count } more problems. Correct the ones listed first, then upload the file again.
selfcheck-import-error-ambiguous-name = Several people in this round are called "{ $name }", so the answers cannot be assigned to one of them. Add to the name in the file, for example the department.

## API (problem details, RFC 9457)

selfcheck-api-error-unprocessable-title = The data cannot be processed
selfcheck-api-error-round-not-found = There is no Selbstcheck round with this id in your municipalities.
selfcheck-api-error-not-coordinator = Only coordinators of the municipality may do this.
selfcheck-api-error-ags-required = You coordinate several municipalities (or are an administrator). Name the municipality the round is for in the field "ags".
selfcheck-api-error-municipality-not-found = There is no municipality with this key (ags).
selfcheck-api-error-round-closed = The round is closed. Answers and assignments can no longer be changed.
selfcheck-api-error-already-closed = The round is already closed.
selfcheck-api-error-wrong-instrument = The round uses a version of the Selbstcheck this server no longer knows.
selfcheck-api-error-no-fields = The field "fields" must name at least one field of action.
selfcheck-api-error-unknown-field = There is no field of action "{ $field }". GET /api/v1/selfcheck/instrument lists the ids.
selfcheck-api-error-unknown-item = There is no statement "{ $item }". GET /api/v1/selfcheck/instrument lists the ids. Nothing has been saved.
selfcheck-api-error-not-assigned = The statement "{ $item }" belongs to a field of action that is not assigned to you in this round. Nothing has been saved.
selfcheck-api-error-comment-too-long = The comment on "{ $item }" is longer than { $max } characters. Nothing has been saved.
selfcheck-api-error-duplicate-item = The statement "{ $item }" appears more than once. Each statement may be answered only once. Nothing has been saved.
selfcheck-api-error-bad-value = The answer { $value } to "{ $item }" is not allowed. Possible answers are 3, 2, 1, 0, "dont_know" and "not_applicable". Nothing has been saved.
