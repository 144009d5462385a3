# Action plan: downloads as a spreadsheet (CSV) and PDF, and the API of measures.

## On the action plan's page

selfcheck-plan-downloads-heading = Download
selfcheck-plan-download-csv = Measures as a spreadsheet (CSV)
selfcheck-plan-download-pdf = Action plan as PDF
selfcheck-plan-downloads-filtered = The files contain the measures the filter shows now.

## PDF

selfcheck-plan-pdf-as-of = As of
selfcheck-plan-pdf-measures = Measures
selfcheck-plan-pdf-measures-value = { $count } ({ $statuses })
selfcheck-plan-pdf-filter = Filter
selfcheck-plan-pdf-status = Status
selfcheck-plan-pdf-progress = Progress
selfcheck-plan-pdf-owner = Responsible
selfcheck-plan-pdf-period = Period
selfcheck-plan-pdf-statements = Selbstcheck statements
selfcheck-plan-pdf-latest-update = Latest update
selfcheck-plan-pdf-overdue = Overdue: was due on { $date }
selfcheck-plan-pdf-empty = The action plan has no measure yet.
selfcheck-plan-pdf-none-matching = No measure matches this filter.

## API

selfcheck-plan-api-error-measure-not-found = There is no measure with this id in your municipalities.
selfcheck-plan-api-error-no-municipality = Your account belongs to no municipality, so there is no action plan.
selfcheck-plan-api-error-ags-required = You belong to several municipalities (or are an administrator). Name the municipality with "ags".
selfcheck-plan-api-error-not-member = You do not belong to the municipality with this key (ags).
selfcheck-plan-api-error-not-editor = Only coordinators, administrators and the person responsible may change a measure.
selfcheck-plan-api-error-parameter = The parameter "{ $parameter }" has an unknown value: "{ $value }".
selfcheck-plan-api-error-source-round = Your municipality has no Selbstcheck round with this id.
selfcheck-plan-api-error-invalid = { $errors } Nothing was saved.
