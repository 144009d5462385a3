# Selbstcheck: Runden, Zuweisung, Beantworten

selfcheck-title = Selbstcheck
selfcheck-lead = Im Selbstcheck schätzt Ihre Verwaltung in sieben Handlungsfeldern ein, wo sie steht. Mehrere Fachbereiche antworten, die Plattform wertet aus und schlägt nächste Schritte vor.
selfcheck-rounds-heading = Runden
selfcheck-rounds-empty = Es gibt noch keine Runde. Koordinatorinnen und Koordinatoren können unten eine Runde starten.
selfcheck-col-round = Runde
selfcheck-col-status = Status
selfcheck-col-started = Gestartet am
selfcheck-col-due = Zu beantworten bis
selfcheck-col-closed = Abgeschlossen am
selfcheck-col-results = Ergebnisse
selfcheck-open-results = Ergebnisse von „{ $title }“
selfcheck-tag-yours = Mit Ihren Feldern
selfcheck-status-open = Offen
selfcheck-status-closed = Abgeschlossen
selfcheck-closed-on = am { $date }
selfcheck-no-due = Keine Frist
selfcheck-start-heading = Neue Runde starten
selfcheck-start-intro = Eine Runde fasst die Antworten aller Beteiligten zu einem Zeitpunkt zusammen. Nach dem Start weisen Sie die Handlungsfelder den zuständigen Kolleginnen und Kollegen zu.
selfcheck-field-title = Titel der Runde
selfcheck-field-title-hint = Zum Beispiel „Selbstcheck 2027“.
selfcheck-field-due = Zu beantworten bis (freiwillig)
selfcheck-field-due-hint = Das Datum sehen alle Beteiligten. Es schließt die Runde nicht automatisch.
selfcheck-start-submit = Runde starten
selfcheck-paper-heading = Fragebogen zum Ausdrucken
selfcheck-paper-intro = Wer lieber auf Papier antwortet, kann den Fragebogen als PDF herunterladen. Die Antworten lassen sich anschließend als CSV-Datei einlesen.
selfcheck-paper-all = Alle sieben Handlungsfelder (PDF)
selfcheck-paper-field = { $field } (PDF)
selfcheck-view-results = Ergebnisse ansehen
selfcheck-round-closed-notice = Diese Runde ist abgeschlossen. Die Antworten können nicht mehr geändert werden.
selfcheck-mine-heading = Ihre Handlungsfelder
selfcheck-mine-none = Ihnen ist in dieser Runde kein Handlungsfeld zugewiesen. Wenden Sie sich bei Fragen an die Koordination.
selfcheck-mine-none-coordinator = Ihnen ist kein Handlungsfeld zugewiesen. Als Koordinatorin oder Koordinator können Sie trotzdem jedes Feld beantworten.
selfcheck-answer-any-summary = Ein beliebiges Handlungsfeld beantworten
selfcheck-field-done = Erledigt
selfcheck-field-not-started = Noch nicht begonnen
selfcheck-progress-answered = { $answered } von { $total } Aussagen beantwortet
selfcheck-progress-heading = Fortschritt
selfcheck-progress-fields-caption = Fortschritt je Handlungsfeld
selfcheck-progress-people-caption = Fortschritt je beteiligter Person
selfcheck-progress-none = Noch niemand ist beteiligt. Weisen Sie unten Handlungsfelder zu.
selfcheck-col-field = Handlungsfeld
selfcheck-col-assigned = Zugewiesen
selfcheck-col-done = Erledigt
selfcheck-col-answering = Mit Antworten
selfcheck-col-respondent = Person
selfcheck-col-fields = Handlungsfelder
selfcheck-paper-respondent = (Papierfragebogen)
selfcheck-other-answers = { $count } Antworten in weiteren Feldern
selfcheck-assign-heading = Handlungsfelder zuweisen
selfcheck-assign-intro = Wählen Sie eine Person aus Ihrer Kommune oder geben Sie eine E-Mail-Adresse ein. Wer noch kein Konto hat, erhält eine Einladung; die Felder werden zugewiesen, sobald die Person den Selbstcheck zum ersten Mal öffnet.
selfcheck-assign-member = Person aus Ihrer Kommune
selfcheck-assign-member-none = – niemand ausgewählt –
selfcheck-assign-email = Oder E-Mail-Adresse
selfcheck-assign-email-hint = Nur ausfüllen, wenn die Person oben nicht aufgeführt ist.
selfcheck-assign-fields = Welche Handlungsfelder soll die Person beantworten?
selfcheck-assign-submit = Zuweisen
selfcheck-invitations-heading = Eingeladen, noch nicht angemeldet
selfcheck-data-heading = Daten und Berichte
selfcheck-data-csv = Antworten als CSV-Datei (für Excel)
selfcheck-data-json = Antworten als JSON-Datei
selfcheck-data-report = Ergebnisbericht (PDF)
selfcheck-data-import = Antworten aus Papierfragebögen einlesen
selfcheck-status-heading = Runde abschließen
selfcheck-close-intro = Schließen Sie die Runde, wenn alle geantwortet haben. Danach lassen sich keine Antworten mehr ändern, und die Ergebnisse stehen fest. Sie können die Runde bei Bedarf wieder öffnen; das wird protokolliert.
selfcheck-close-submit = Runde abschließen
selfcheck-reopen-intro = Die Runde ist abgeschlossen. Wenn Antworten nachgetragen werden müssen, können Sie sie wieder öffnen. Das Wiederöffnen wird protokolliert.
selfcheck-reopen-submit = Runde wieder öffnen
selfcheck-history-heading = Verlauf
selfcheck-history-started = { $date }: gestartet von { $name }
selfcheck-history-closed = { $date }: abgeschlossen von { $name }
selfcheck-history-reopened = { $date }: wieder geöffnet von { $name }
selfcheck-history-someone = einer Person ohne Konto
# Variablen der folgenden Zeilen: $date, $name (wer es getan hat), $who (Name und/oder E-Mail-Adresse),
# $list (Titel der Handlungsfelder, je in Anführungszeichen), $count (Zahl der Handlungsfelder).
selfcheck-history-assigned = { $date }: { $count ->
        [one] Handlungsfeld
       *[other] Handlungsfelder
    } { $list } zugewiesen an { $who } von { $name }
selfcheck-history-invited = { $date }: Einladung an { $who } für { $count ->
        [one] das Handlungsfeld
       *[other] die Handlungsfelder
    } { $list } verschickt von { $name }
selfcheck-history-unassigned = { $date }: Zuweisung { $count ->
        [one] des Handlungsfelds
       *[other] der Handlungsfelder
    } { $list } an { $who } aufgehoben von { $name }
# $answers, $respondents, $new: Zahlen (Antworten, Personen, davon neu angelegte Personen ohne Konto).
selfcheck-history-imported = { $date }: Papierfragebögen eingelesen von { $name }: { $answers ->
        [one] eine Antwort
       *[other] { $answers } Antworten
    } von { $respondents ->
        [one] einer Person
       *[other] { $respondents } Personen
    }{ $new ->
        [0] {""}
       *[other] , davon { $new } neu
    }
# Ein Eintrag, den diese Version nicht lesen kann.
selfcheck-history-changed = { $date }: geändert von { $name }
selfcheck-history-field = „{ $field }“
selfcheck-history-who = { $name } ({ $email })
selfcheck-field-position = Handlungsfeld { $position } von { $count }
selfcheck-scale-summary = So beantworten Sie die Aussagen
selfcheck-scale-help = Geben Sie an, wie sehr die Aussage heute auf Ihre Verwaltung zutrifft. Wenn Sie es nicht wissen, wählen Sie „Weiß nicht“; wenn die Aussage für Ihre Verwaltung nicht passt, „Nicht zutreffend“. Beides zählt nicht in die Bewertung. Ihre Antworten werden beim Speichern sofort gesichert; Sie können jederzeit unterbrechen und später weitermachen.
selfcheck-answer-3 = Trifft voll zu
selfcheck-answer-2 = Trifft eher zu
selfcheck-answer-1 = Trifft eher nicht zu
selfcheck-answer-0 = Trifft nicht zu
selfcheck-answer-dont-know = Weiß nicht
selfcheck-answer-not-applicable = Nicht zutreffend
selfcheck-comment-label = Anmerkung (freiwillig)
selfcheck-autosave-saved = Antwort gespeichert.
selfcheck-autosave-failed = Die Antwort konnte nicht gespeichert werden.
selfcheck-save-next = Speichern und weiter
selfcheck-save = Speichern
selfcheck-save-done = Speichern und als erledigt markieren
selfcheck-back-to-round = Zurück zur Runde

notice-selfcheck-round-started = Die Runde ist gestartet. Weisen Sie jetzt die Handlungsfelder zu.
notice-selfcheck-assigned = Die Handlungsfelder sind zugewiesen.
notice-selfcheck-invited = Die Einladung ist verschickt. Die Handlungsfelder werden zugewiesen, sobald die Person den Selbstcheck öffnet.
notice-selfcheck-closed = Die Runde ist abgeschlossen.
notice-selfcheck-reopened = Die Runde ist wieder geöffnet.
notice-selfcheck-saved = Ihre Antworten sind gespeichert.
notice-selfcheck-field-done = Ihre Antworten sind gespeichert, das Handlungsfeld ist als erledigt markiert.

selfcheck-error-title-missing = Geben Sie einen Titel für die Runde ein.
selfcheck-error-title-too-long = Der Titel darf höchstens 200 Zeichen lang sein.
selfcheck-error-due-invalid = Geben Sie das Datum im Format TT.MM.JJJJ ein.
selfcheck-error-due-in-past = Das Datum liegt in der Vergangenheit. Wählen Sie ein Datum ab heute.
selfcheck-error-round-closed = Die Runde ist abgeschlossen. Antworten und Zuweisungen können nicht mehr geändert werden.
selfcheck-error-no-fields = Wählen Sie mindestens ein Handlungsfeld aus.
selfcheck-error-unknown-field = Dieses Handlungsfeld gibt es nicht.
selfcheck-error-member-unknown = Diese Person gehört nicht zu Ihrer Kommune.
selfcheck-error-who-missing = Wählen Sie eine Person aus oder geben Sie eine E-Mail-Adresse ein.
selfcheck-error-field-not-assigned = Dieses Handlungsfeld ist Ihnen in dieser Runde nicht zugewiesen.
selfcheck-error-comment-too-long = Die Anmerkung darf höchstens 2.000 Zeichen lang sein.
selfcheck-error-comment-without-answer = Wählen Sie eine Antwort, damit Ihre Anmerkung gespeichert werden kann.
selfcheck-error-value-invalid = Wählen Sie eine der angebotenen Antworten.
selfcheck-error-item-unknown = Diese Aussage gibt es im Fragebogen nicht.
selfcheck-error-item-not-applicable = Diese Aussage gilt nicht für Ihre Art von Kommune.
selfcheck-error-instrument-changed = Diese Runde verwendet eine ältere Fassung des Fragebogens.

## Mails

# Ein Handlungsfeld in der Liste einer E-Mail. Variable: $field (Titel).
mail-selfcheck-field-line = – { $field }
# Absatz der Einladung, wenn jemand per E-Mail Handlungsfelder bekommt. Variablen: $round (Titel der Runde),
# $fields (ein Handlungsfeld je Zeile), $count (Zahl der Handlungsfelder), $due (Datum, oder „none“ ohne Frist), $link.
mail-selfcheck-invitation-details =
    Sie sind für den Selbstcheck „{ $round }“ eingeplant. Bitte beantworten Sie { $count ->
        [one] dieses Handlungsfeld
       *[other] diese Handlungsfelder
    }{ $due ->
        [none] :
       *[other] {" "}bis zum { $due }:
    }

    { $fields }

    Nachdem Sie die Einladung angenommen haben, geht es hier los: { $link }
# Nachricht an ein Mitglied, dem Handlungsfelder zugewiesen wurden. Variablen wie oben, dazu $assigner und $municipality.
mail-selfcheck-assigned-subject = Neu für Sie im Selbstcheck „{ $round }“
mail-selfcheck-assigned-body =
    Guten Tag,

    { $assigner } hat Ihnen im Selbstcheck „{ $round }“ ({ $municipality }) { $count ->
        [one] dieses Handlungsfeld
       *[other] diese Handlungsfelder
    } zugewiesen:

    { $fields }

    Hier können Sie { $count ->
        [one] es
       *[other] sie
    } beantworten{ $due ->
        [none] :
       *[other] , bitte bis zum { $due }:
    }

    { $link }

    Ihre Antworten werden gespeichert, sobald Sie sie geben. Sie können also jederzeit unterbrechen und später weitermachen.

    Viele Grüße
    weltoffen
