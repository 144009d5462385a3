# Handlungsplan: Herunterladen als Tabelle (CSV) und PDF, und die API der Maßnahmen.

## Auf der Seite des Handlungsplans

selfcheck-plan-downloads-heading = Herunterladen
selfcheck-plan-download-csv = Maßnahmen als Tabelle (CSV)
selfcheck-plan-download-pdf = Handlungsplan als PDF
selfcheck-plan-downloads-filtered = Die Dateien enthalten die Maßnahmen, die der Filter gerade zeigt.

## PDF

selfcheck-plan-pdf-as-of = Stand
selfcheck-plan-pdf-measures = Maßnahmen
selfcheck-plan-pdf-measures-value = { $count } ({ $statuses })
selfcheck-plan-pdf-filter = Filter
selfcheck-plan-pdf-status = Status
selfcheck-plan-pdf-progress = Fortschritt
selfcheck-plan-pdf-owner = Zuständig
selfcheck-plan-pdf-period = Zeitraum
selfcheck-plan-pdf-statements = Aussagen aus dem Selbstcheck
selfcheck-plan-pdf-latest-update = Letzter Bericht
selfcheck-plan-pdf-overdue = Überfällig: war fällig am { $date }
selfcheck-plan-pdf-empty = Der Handlungsplan enthält noch keine Maßnahme.
selfcheck-plan-pdf-none-matching = Keine Maßnahme passt zu diesem Filter.

## API

selfcheck-plan-api-error-measure-not-found = In Ihren Kommunen gibt es keine Maßnahme mit dieser Kennung.
selfcheck-plan-api-error-no-municipality = Ihr Konto gehört zu keiner Kommune, daher gibt es keinen Handlungsplan.
selfcheck-plan-api-error-ags-required = Sie gehören zu mehreren Kommunen (oder sind Administrator:in). Geben Sie mit „ags“ an, um welche Kommune es geht.
selfcheck-plan-api-error-not-member = Sie gehören nicht zu der Kommune mit diesem Gemeindeschlüssel (ags).
selfcheck-plan-api-error-not-editor = Ändern dürfen eine Maßnahme nur Koordinatorinnen und Koordinatoren, Administrator:innen und die zuständige Person.
selfcheck-plan-api-error-parameter = Der Parameter „{ $parameter }“ hat einen unbekannten Wert: „{ $value }“.
selfcheck-plan-api-error-source-round = Ihre Kommune hat keine Selbstcheck-Runde mit dieser Kennung.
selfcheck-plan-api-error-invalid = { $errors } Es wurde nichts gespeichert.
