# Selbstcheck: der Handlungsplan – Maßnahmen, Meilensteine, Fortschrittsberichte, Zeitplan.
# Jeder Schlüssel beginnt mit selfcheck-plan-; Hinweise nach einer Weiterleitung mit notice-.

selfcheck-plan-title = Handlungsplan
selfcheck-plan-lead = Im Handlungsplan halten Sie fest, was Ihre Kommune nach dem Selbstcheck tun will: welche Maßnahmen, wer sie verantwortet, bis wann, und wie weit sie gediehen sind.
selfcheck-plan-new-button = Neue Maßnahme anlegen
selfcheck-plan-empty = Der Handlungsplan enthält noch keine Maßnahme.
selfcheck-plan-empty-coordinator = Legen Sie eine Maßnahme frei an, oder übernehmen Sie auf der Ergebnisseite einer Runde eine Handlungsempfehlung als Maßnahme.
selfcheck-plan-none-matching = Keine Maßnahme passt zu den gewählten Filtern. Ändern Sie die Auswahl oder setzen Sie die Filter zurück.
selfcheck-plan-count-line = { $count } Maßnahmen angezeigt ({ $statuses }).
selfcheck-plan-count-status = { $status }: { $count }
selfcheck-plan-field-count = ({ $count } Maßnahmen)
selfcheck-plan-field-none = In diesem Handlungsfeld gibt es noch keine Maßnahme.
selfcheck-plan-field-caption = Maßnahmen im Handlungsfeld { $field }
selfcheck-plan-table-caption = Maßnahmen des Handlungsplans

# Status
selfcheck-plan-status-planned = Geplant
selfcheck-plan-status-in-progress = In Arbeit
selfcheck-plan-status-done = Umgesetzt
selfcheck-plan-status-dropped = Verworfen
selfcheck-plan-overdue = Überfällig
selfcheck-plan-progress-value = { $percent } %

# Ansichten und Filter
selfcheck-plan-views-label = Ansichten des Handlungsplans
selfcheck-plan-view-list = Liste
selfcheck-plan-view-fields = Nach Handlungsfeldern
selfcheck-plan-view-timeline = Zeitplan
selfcheck-plan-filter-heading = Maßnahmen filtern
selfcheck-plan-filter-field = Handlungsfeld
selfcheck-plan-filter-status = Status
selfcheck-plan-filter-owner = Zuständig
selfcheck-plan-filter-all-fields = Alle Handlungsfelder
selfcheck-plan-filter-all-statuses = Jeder Status
selfcheck-plan-filter-all-owners = Alle
selfcheck-plan-filter-owner-external = Externe Partner
selfcheck-plan-filter-owner-nobody = Noch niemand zuständig
selfcheck-plan-filter-submit = Filtern
selfcheck-plan-filter-reset = Filter zurücksetzen

# Tabellen
selfcheck-plan-col-measure = Maßnahme
selfcheck-plan-col-fields = Handlungsfelder
selfcheck-plan-col-owner = Zuständig
selfcheck-plan-col-status = Status
selfcheck-plan-col-state = Status und Fortschritt
selfcheck-plan-col-progress = Fortschritt
selfcheck-plan-col-due = Fällig am
selfcheck-plan-col-period = Laufzeit
selfcheck-plan-no-due = Kein Termin
selfcheck-plan-no-date = Nicht festgelegt
selfcheck-plan-owner-nobody = Noch niemand
selfcheck-plan-owner-external-named = { $name } (extern)

# Zeitplan
selfcheck-plan-timeline-title = Zeitplan des Handlungsplans
selfcheck-plan-timeline-lead = Die Maßnahmen nach dem Quartal oder Monat, in dem sie fällig sind. Maßnahmen ohne Fälligkeitsdatum stehen beim Startdatum, Maßnahmen ganz ohne Termin am Ende.
selfcheck-plan-scale-label = Zeitraster
selfcheck-plan-scale-quarter = Nach Quartalen
selfcheck-plan-scale-month = Nach Monaten
selfcheck-plan-timeline-bars = Die Balken zeigen die Laufzeit jeder Maßnahme im Zeitraum vom { $from } bis zum { $to }; die senkrechte Linie markiert den heutigen Tag ({ $today }). Die Daten stehen jeweils auch als Text daneben.
selfcheck-plan-timeline-caption = Maßnahmen, fällig im Zeitraum { $period }
selfcheck-plan-timeline-undated = Ohne Termin
selfcheck-plan-period-quarter = { $quarter }. Quartal { $year }
selfcheck-plan-period-month = { $month } { $year }
selfcheck-plan-period-from-to = { $start } bis { $due }
selfcheck-plan-period-from = ab { $start }, ohne Fälligkeitsdatum
selfcheck-plan-period-until = bis { $due }, ohne Startdatum
selfcheck-plan-period-none = Kein Termin
selfcheck-plan-month-1 = Januar
selfcheck-plan-month-2 = Februar
selfcheck-plan-month-3 = März
selfcheck-plan-month-4 = April
selfcheck-plan-month-5 = Mai
selfcheck-plan-month-6 = Juni
selfcheck-plan-month-7 = Juli
selfcheck-plan-month-8 = August
selfcheck-plan-month-9 = September
selfcheck-plan-month-10 = Oktober
selfcheck-plan-month-11 = November
selfcheck-plan-month-12 = Dezember

# Formular
selfcheck-plan-new-heading = Neue Maßnahme
selfcheck-plan-edit-heading = Maßnahme bearbeiten: { $title }
selfcheck-plan-from-recommendation = Diese Maßnahme greift eine Handlungsempfehlung aus dem Selbstcheck „{ $title }“ auf. Titel und Beschreibung sind aus der Empfehlung übernommen; passen Sie sie an Ihre Lage an.
selfcheck-plan-field-title = Titel der Maßnahme
selfcheck-plan-field-title-hint = Kurz und eindeutig, höchstens { $max } Zeichen. Zum Beispiel „Integrationskonzept fortschreiben“.
selfcheck-plan-field-description = Beschreibung (freiwillig)
selfcheck-plan-field-description-hint = Was soll erreicht werden, und wie? Leerzeilen trennen Absätze.
selfcheck-plan-field-fields = Handlungsfelder
selfcheck-plan-field-fields-hint = Wählen Sie mindestens ein Handlungsfeld, in dem die Maßnahme wirken soll.
selfcheck-plan-field-items = Aussagen aus dem Selbstcheck (freiwillig)
selfcheck-plan-field-items-hint = Wählen Sie die Aussagen, an denen die Maßnahme ansetzt. Sie müssen zu einem der gewählten Handlungsfelder gehören. So lässt sich in der nächsten Runde sehen, ob sich etwas verändert hat.
selfcheck-plan-items-chosen = { $count } ausgewählt
selfcheck-plan-field-owner-legend = Zuständig
selfcheck-plan-field-owner-hint = Zuständig ist entweder eine Person aus Ihrer Kommune oder ein Partner außerhalb der Verwaltung, nicht beides. Sie können das Feld auch vorerst leer lassen.
selfcheck-plan-field-owner = Person aus Ihrer Kommune
selfcheck-plan-field-owner-none = – niemand ausgewählt –
selfcheck-plan-field-owner-external = Oder externer Partner
selfcheck-plan-field-owner-external-hint = Name der Organisation oder Person, zum Beispiel ein Verein oder ein Träger.
selfcheck-plan-field-start = Beginn
selfcheck-plan-field-date-hint = Freiwillig. Zum Beispiel 15.03.2027.
selfcheck-plan-field-due = Fällig am
selfcheck-plan-field-due-hint = Freiwillig. Darf nicht vor dem Beginn liegen.
selfcheck-plan-field-status = Status
selfcheck-plan-field-progress = Fortschritt in Prozent
selfcheck-plan-field-progress-hint = Eine ganze Zahl von 0 bis 100. Bleibt das Feld beim Status „Umgesetzt“ leer, gilt die Maßnahme als zu 100 % umgesetzt.
selfcheck-plan-field-public = Auf der öffentlichen Fortschrittsseite zeigen
selfcheck-plan-field-public-hint = Erscheint auf der öffentlichen Fortschrittsseite, sobald Ihre Kommune sie eingeschaltet hat: Titel, Handlungsfelder, Status, Fortschritt, Zeitraum und erreichte Meilensteine. Zuständige erscheinen nur als „Verwaltung“ oder „Partner außerhalb der Verwaltung“. Beschreibung und Berichte bleiben intern.
selfcheck-plan-create-submit = Maßnahme anlegen
selfcheck-plan-save-submit = Änderungen speichern
selfcheck-plan-cancel = Abbrechen

# Seite einer Maßnahme
selfcheck-plan-edit-button = Maßnahme bearbeiten
selfcheck-plan-source = Herkunft
selfcheck-plan-source-round = Handlungsempfehlung aus dem Selbstcheck „{ $title }“
selfcheck-plan-public = Öffentliche Fortschrittsseite
selfcheck-plan-public-yes = Darf erscheinen
selfcheck-plan-public-no = Nur intern
selfcheck-plan-created = Angelegt am
selfcheck-plan-changed = Zuletzt geändert am
selfcheck-plan-description-heading = Beschreibung
selfcheck-plan-description-none = Für diese Maßnahme gibt es keine Beschreibung.
selfcheck-plan-statements-heading = Bezug zum Selbstcheck
selfcheck-plan-statements-none = Die Maßnahme ist mit keiner Aussage des Selbstchecks verknüpft.
selfcheck-plan-milestones-heading = Meilensteine
selfcheck-plan-milestones-none = Für diese Maßnahme gibt es noch keine Meilensteine.
selfcheck-plan-milestones-summary = { $done } von { $total } Meilensteinen erreicht.
selfcheck-plan-milestone-reached = Erreicht
selfcheck-plan-milestone-done-on = erreicht am { $date }
selfcheck-plan-milestone-due = fällig am { $date }
selfcheck-plan-milestone-overdue = war fällig am { $date }
selfcheck-plan-milestone-open = ohne Termin
selfcheck-plan-milestone-mark-done = Als erreicht markieren
selfcheck-plan-milestone-reopen = Wieder öffnen
selfcheck-plan-milestone-add-heading = Meilenstein hinzufügen
selfcheck-plan-milestone-title = Was soll erreicht sein?
selfcheck-plan-milestone-due-label = Bis wann? (freiwillig)
selfcheck-plan-milestone-add-submit = Meilenstein hinzufügen
selfcheck-plan-updates-heading = Berichte und Verlauf
selfcheck-plan-updates-none = Zu dieser Maßnahme gibt es noch keinen Bericht.
selfcheck-plan-update-add-heading = Stand berichten
selfcheck-plan-update-body = Was ist passiert?
selfcheck-plan-update-body-hint = Zum Beispiel ein Termin, ein Beschluss oder ein Hindernis. Sie können auch nur Status oder Fortschritt ändern.
selfcheck-plan-update-status-label = Status
selfcheck-plan-update-status-keep = Unverändert ({ $status })
selfcheck-plan-update-progress-label = Fortschritt in Prozent (freiwillig)
selfcheck-plan-update-progress-hint = Bisher { $percent } %. Leer lassen, wenn er sich nicht ändert.
selfcheck-plan-update-submit = Bericht speichern
selfcheck-plan-update-status = Status: { $status }
selfcheck-plan-update-progress = Fortschritt: { $percent } %
selfcheck-plan-update-someone = eine Person ohne Konto

# Verweise von anderen Seiten
selfcheck-plan-overview-heading = Handlungsplan
selfcheck-plan-overview-text = Aus den Ergebnissen werden Maßnahmen: Im Handlungsplan legen Sie fest, wer was bis wann tut, und verfolgen den Fortschritt.
selfcheck-plan-overview-link = Zum Handlungsplan
selfcheck-plan-adopt = Als Maßnahme übernehmen

# Fehler
selfcheck-plan-error-title-missing = Geben Sie einen Titel für die Maßnahme ein.
selfcheck-plan-error-title-too-long = Der Titel darf höchstens 200 Zeichen lang sein.
selfcheck-plan-error-description-too-long = Die Beschreibung darf höchstens 5.000 Zeichen lang sein.
selfcheck-plan-error-fields-missing = Wählen Sie mindestens ein Handlungsfeld.
selfcheck-plan-error-field-unknown = Dieses Handlungsfeld gibt es nicht. Wählen Sie eines aus der Liste.
selfcheck-plan-error-item-unknown = Eine der gewählten Aussagen gibt es im Selbstcheck nicht mehr. Wählen Sie die Aussagen neu aus.
selfcheck-plan-error-item-other-field = Eine gewählte Aussage gehört zu keinem der gewählten Handlungsfelder. Wählen Sie auch ihr Handlungsfeld oder entfernen Sie die Aussage.
selfcheck-plan-error-status = Wählen Sie einen Status aus der Liste.
selfcheck-plan-error-progress = Geben Sie den Fortschritt als ganze Zahl von 0 bis 100 ein.
selfcheck-plan-error-owner-unknown = Wählen Sie eine Person aus der Liste der Mitglieder Ihrer Kommune.
selfcheck-plan-error-owner-both = Wählen Sie entweder eine Person aus Ihrer Kommune oder einen externen Partner, nicht beides.
selfcheck-plan-error-owner-external-too-long = Der Name des externen Partners darf höchstens 200 Zeichen lang sein.
selfcheck-plan-error-date-invalid = Geben Sie das Datum im Format TT.MM.JJJJ ein.
selfcheck-plan-error-due-before-start = Das Fälligkeitsdatum darf nicht vor dem Beginn liegen. Wählen Sie ein späteres Fälligkeitsdatum oder einen früheren Beginn.
selfcheck-plan-error-update-empty = Schreiben Sie, was passiert ist, oder ändern Sie Status oder Fortschritt.
selfcheck-plan-error-update-too-long = Der Bericht darf höchstens 5.000 Zeichen lang sein.
selfcheck-plan-error-milestone-title-missing = Geben Sie an, was mit dem Meilenstein erreicht sein soll.
selfcheck-plan-error-milestone-action = Die Anfrage war unvollständig. Laden Sie die Seite neu und versuchen Sie es noch einmal.

# Hinweise nach dem Speichern
notice-selfcheck-plan-created = Die Maßnahme wurde angelegt.
notice-selfcheck-plan-saved = Die Änderungen wurden gespeichert.
notice-selfcheck-plan-update-added = Der Bericht wurde gespeichert.
notice-selfcheck-plan-milestone-added = Der Meilenstein wurde hinzugefügt.
notice-selfcheck-plan-milestone-done = Der Meilenstein ist als erreicht markiert.
notice-selfcheck-plan-milestone-reopened = Der Meilenstein ist wieder offen.
