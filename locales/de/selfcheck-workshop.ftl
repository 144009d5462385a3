# Selbstcheck-Workshop: nach einer abgeschlossenen Runde mit Verwaltung, Politik,
# Zivilgesellschaft und Wirtschaft die Ergebnisse besprechen, Punkte vergeben und entscheiden.

selfcheck-workshop-list-title = Workshops
selfcheck-workshop-list-lead = Im Workshop besprechen Verwaltung, Politik, Zivilgesellschaft und Wirtschaft die Ergebnisse einer abgeschlossenen Selbstcheck-Runde, gewichten die Entwicklungspotenziale mit Punkten und entscheiden über erste Schritte.
selfcheck-workshop-list-empty = Es gibt noch keinen Workshop.
selfcheck-workshop-needs-closed-round = Ein Workshop bespricht die Ergebnisse einer abgeschlossenen Runde. Schließen Sie zuerst eine Selbstcheck-Runde ab.
selfcheck-workshop-new-button = Workshop planen
selfcheck-workshop-col-workshop = Workshop
selfcheck-workshop-col-when = Termin
selfcheck-workshop-col-round = Runde
selfcheck-workshop-col-status = Status
selfcheck-workshop-col-statement = Aussage
selfcheck-workshop-col-total = Zusammen
selfcheck-workshop-col-agreed = Vereinbart
selfcheck-workshop-status-open = Offen
selfcheck-workshop-status-closed = Abgeschlossen
selfcheck-workshop-protocol-link = Protokoll
selfcheck-workshop-round-link = Workshop zu dieser Runde planen
selfcheck-workshop-round-workshops = Workshops zu den Ergebnissen
selfcheck-workshop-plan-link = Workshops zum Selbstcheck

# Formular
selfcheck-workshop-new-heading = Workshop planen
selfcheck-workshop-edit-heading = „{ $title }“ bearbeiten
selfcheck-workshop-default-title = Workshop zu „{ $round }“
selfcheck-workshop-field-title = Titel
selfcheck-workshop-field-title-hint = Höchstens { $max } Zeichen.
selfcheck-workshop-field-round = Selbstcheck-Runde
selfcheck-workshop-field-round-hint = Besprochen werden die Ergebnisse dieser abgeschlossenen Runde.
selfcheck-workshop-field-date = Datum
selfcheck-workshop-field-date-hint = Zum Beispiel 03.12.2026.
selfcheck-workshop-field-time = Beginn (optional)
selfcheck-workshop-field-time-hint = Uhrzeit, zum Beispiel 09:30.
selfcheck-workshop-field-place = Ort (optional)
selfcheck-workshop-field-place-hint = Zum Beispiel Kreishaus, Sitzungssaal 2.
selfcheck-workshop-field-online = Link zur Online-Sitzung (optional)
selfcheck-workshop-field-online-hint = Für einen Workshop ganz oder teilweise online; beginnt mit https://.
selfcheck-workshop-field-agenda = Tagesordnung
selfcheck-workshop-field-agenda-hint = Die Handlungsfelder, die besprochen werden, in der Reihenfolge des Selbstchecks.
selfcheck-workshop-field-dots = Punkte je Teilnehmer:in
selfcheck-workshop-field-dots-hint = Zwischen { $min } und { $max }. Mit den Punkten gewichten die Teilnehmenden die Entwicklungspotenziale; auf eine Aussage dürfen mehrere Punkte.
selfcheck-workshop-field-expiry = Einladungslink gültig bis (optional)
selfcheck-workshop-field-expiry-hint = Ohne Angabe bis zum Tag nach dem Workshop.
selfcheck-workshop-create-submit = Workshop anlegen
selfcheck-workshop-save-submit = Änderungen speichern
selfcheck-workshop-cancel = Abbrechen

selfcheck-workshop-error-title-missing = Geben Sie einen Titel ein.
selfcheck-workshop-error-title-too-long = Der Titel ist zu lang.
selfcheck-workshop-error-round-missing = Wählen Sie eine Selbstcheck-Runde.
selfcheck-workshop-error-round-unknown = Diese Selbstcheck-Runde gibt es in Ihrer Kommune nicht.
selfcheck-workshop-error-round-open = Diese Runde ist noch offen. Ein Workshop bespricht die Ergebnisse einer abgeschlossenen Runde.
selfcheck-workshop-error-date-missing = Geben Sie das Datum des Workshops ein.
selfcheck-workshop-error-date-invalid = Geben Sie ein gültiges Datum ein, zum Beispiel 03.12.2026.
selfcheck-workshop-error-time-invalid = Geben Sie eine gültige Uhrzeit ein, zum Beispiel 09:30.
selfcheck-workshop-error-place-too-long = Die Ortsangabe ist zu lang.
selfcheck-workshop-error-link-too-long = Der Link ist zu lang.
selfcheck-workshop-error-link-invalid = Geben Sie einen Link ein, der mit https:// beginnt.
selfcheck-workshop-error-field-unknown = Eines der gewählten Handlungsfelder gibt es nicht (mehr).
selfcheck-workshop-error-fields-missing = Wählen Sie mindestens ein Handlungsfeld.
selfcheck-workshop-error-dots = Geben Sie eine Zahl von Punkten zwischen 1 und 20 ein.
selfcheck-workshop-error-expiry-before-date = Der Einladungslink darf nicht vor dem Workshop ablaufen.

# Seite eines Workshops
selfcheck-workshop-fact-when = Termin
selfcheck-workshop-fact-where = Ort
selfcheck-workshop-fact-round = Selbstcheck-Runde
selfcheck-workshop-fact-agenda = Tagesordnung
selfcheck-workshop-fact-dots = Punkte je Teilnehmer:in
selfcheck-workshop-fact-participants = Teilnehmende
selfcheck-workshop-when-time = { $date }, { $time } Uhr
selfcheck-workshop-where-online = Online: { $link }
selfcheck-workshop-where-both = { $place } und online: { $link }
selfcheck-workshop-where-none = noch offen
selfcheck-workshop-dots-value = { $count ->
        [one] ein Punkt
       *[other] { $count } Punkte
    }
selfcheck-workshop-participants-count = { $count ->
        [0] noch niemand
        [one] eine Person
       *[other] { $count } Personen
    }
selfcheck-workshop-facilitate-link = Moderieren
selfcheck-workshop-present-link = Präsentation für den Beamer
selfcheck-workshop-edit-button = Bearbeiten
selfcheck-workshop-link-heading = Einladungslink
selfcheck-workshop-link-text = Mit diesem Link nehmen Gäste ohne Konto am Workshop teil, zum Beispiel am eigenen Smartphone. Zeigen Sie ihn im Raum oder verschicken Sie ihn.
selfcheck-workshop-link-short = Einladungslink:
selfcheck-workshop-link-expires = Der Link gilt bis einschließlich { $date }.
selfcheck-workshop-link-expired-on = Der Link ist abgelaufen (gültig bis { $date }).
selfcheck-workshop-invite-heading = Per E-Mail einladen
selfcheck-workshop-invite-label = E-Mail-Adressen
selfcheck-workshop-invite-hint = Mehrere Adressen durch Komma oder Zeilenumbruch trennen. Die Einladung enthält Termin, Ort und den Einladungslink.
selfcheck-workshop-invite-submit = Einladungen verschicken
selfcheck-workshop-error-email-invalid = Mindestens eine Adresse ist keine gültige E-Mail-Adresse.
selfcheck-workshop-error-emails-missing = Geben Sie mindestens eine E-Mail-Adresse ein.
selfcheck-workshop-error-emails-too-many = Bitte höchstens 100 Adressen auf einmal.
selfcheck-workshop-error-closed = Der Workshop ist abgeschlossen. Es werden keine Kommentare, Punkte oder Entscheidungen mehr angenommen.

# Teilnahme über den Link
selfcheck-workshop-join-title = Teilnehmen: { $title }
selfcheck-workshop-join-lead = Sie können die Ergebnisse mitverfolgen, kommentieren und mit Punkten gewichten, welche Entwicklungspotenziale Ihnen am wichtigsten sind. Ein Konto brauchen Sie nicht.
selfcheck-workshop-join-dots = { $count ->
        [one] Sie haben einen Punkt.
       *[other] Sie haben { $count } Punkte.
    }
selfcheck-workshop-join-member = Sie sind angemeldet und nehmen als Mitglied Ihrer Kommune teil.
selfcheck-workshop-join-name = Ihr Name (optional)
selfcheck-workshop-join-name-hint = Ohne Namen erscheinen Sie als „Teilnehmer:in“ mit einer Nummer.
selfcheck-workshop-join-consent = Meinen Namen den anderen und im Protokoll zeigen
selfcheck-workshop-join-consent-hint = Ohne dieses Häkchen sieht niemand Ihren Namen, auch nicht im Protokoll.
selfcheck-workshop-join-role = Für welchen Bereich sind Sie hier?
selfcheck-workshop-join-role-hint = Punkte und Kommentare werden nach Bereichen ausgewertet.
selfcheck-workshop-join-privacy = Gespeichert werden Ihr Name (falls angegeben), Ihr Bereich, Ihre Kommentare und Punkte. Ein Cookie erkennt Ihr Gerät für diesen Workshop wieder.
selfcheck-workshop-join-submit = Teilnehmen
selfcheck-workshop-error-name-too-long = Der Name ist zu lang.
selfcheck-workshop-error-consent-without-name = Geben Sie einen Namen ein oder entfernen Sie das Häkchen.
selfcheck-workshop-error-role-missing = Wählen Sie Ihren Bereich.
selfcheck-workshop-gone-title = Der Einladungslink ist abgelaufen
selfcheck-workshop-gone-text = Der Link zum Workshop „{ $title }“ galt bis einschließlich { $date }.
selfcheck-workshop-gone-help = Wenn Sie noch etwas beitragen möchten, wenden Sie sich an die Koordination des Workshops in Ihrer Kommune.

selfcheck-workshop-role-administration = Verwaltung
selfcheck-workshop-role-politics = Politik
selfcheck-workshop-role-civil-society = Zivilgesellschaft
selfcheck-workshop-role-business = Wirtschaft
selfcheck-workshop-role-other = Sonstige
selfcheck-workshop-participant-number = Teilnehmer:in { $number }
selfcheck-workshop-participant-label = { $who } ({ $role })

# Ansicht der Teilnehmenden
selfcheck-workshop-participant-caption = Sie nehmen teil als { $who }
selfcheck-workshop-closed-text = Der Workshop ist abgeschlossen. Vielen Dank für Ihre Beiträge!
selfcheck-workshop-reload = Aktualisieren
selfcheck-workshop-dots-left = { $left ->
        [0] Sie haben alle { $limit } Punkte vergeben.
        [one] Sie haben noch einen von { $limit } Punkten.
       *[other] Sie haben noch { $left } von { $limit } Punkten.
    }
selfcheck-workshop-field-position = Handlungsfeld { $position } von { $count }
selfcheck-workshop-score = Wert { $score } von 100
selfcheck-workshop-score-band = Wert { $score } von 100 · Stufe { $band }
selfcheck-workshop-score-none = Für dieses Handlungsfeld gibt es keinen Wert.
selfcheck-workshop-band-einstieg = Einstieg
selfcheck-workshop-band-aufbau = Aufbau
selfcheck-workshop-band-fortgeschritten = Fortgeschritten
selfcheck-workshop-band-vorreiter = Vorreiter
selfcheck-workshop-potentials-heading = Entwicklungspotenziale
selfcheck-workshop-potentials-hint = Vergeben Sie Punkte an die Potenziale, an denen Ihre Kommune zuerst arbeiten sollte.
selfcheck-workshop-potentials-none = In diesem Handlungsfeld gibt es keine Entwicklungspotenziale.
selfcheck-workshop-recommendation = Empfehlung:
selfcheck-workshop-agreed-tag = vereinbart
selfcheck-workshop-target-dots = { $total ->
        [0] Noch keine Punkte
        [one] Ein Punkt
       *[other] { $total } Punkte
    }{ $mine ->
        [0] {""}
        [one], davon einer von Ihnen
       *[other], davon { $mine } von Ihnen
    }
selfcheck-workshop-dots-count = { $count ->
        [0] keine Punkte
        [one] ein Punkt
       *[other] { $count } Punkte
    }
selfcheck-workshop-dot-add = Punkt geben
selfcheck-workshop-dot-remove = Punkt zurücknehmen
selfcheck-workshop-divergent-heading = Unterschiedlich eingeschätzt
selfcheck-workshop-spread = Spannweite { $spread } Stufen
selfcheck-workshop-comments-heading = Kommentare
selfcheck-workshop-comments-none = Noch keine Kommentare.
selfcheck-workshop-no-field = Auf der Tagesordnung steht kein Handlungsfeld.
selfcheck-workshop-comment-heading = Kommentieren
selfcheck-workshop-comment-item = Worauf bezieht sich Ihr Kommentar?
selfcheck-workshop-comment-whole-field = Auf das ganze Handlungsfeld „{ $field }“
selfcheck-workshop-comment-body = Ihr Kommentar
selfcheck-workshop-comment-hint = Höchstens { $max } Zeichen. Die anderen sehen Ihren Kommentar mit Ihrem Bereich.
selfcheck-workshop-comment-submit = Kommentar senden
selfcheck-workshop-error-comment-missing = Schreiben Sie einen Kommentar.
selfcheck-workshop-error-comment-too-long = Der Kommentar ist zu lang.
selfcheck-workshop-error-item-unknown = Diese Aussage gehört nicht zu den Handlungsfeldern des Workshops.
selfcheck-workshop-error-form-stale = Das Formular war nicht mehr aktuell. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
selfcheck-workshop-error-no-dots-left = Sie haben schon alle Ihre Punkte vergeben. Nehmen Sie einen Punkt zurück, um ihn anders zu vergeben.
selfcheck-workshop-error-not-a-target = Punkte gehen nur an die Entwicklungspotenziale der Tagesordnung.

# Moderation
selfcheck-workshop-facilitator-title = Moderation: { $title }
selfcheck-workshop-agenda-heading = Tagesordnung
selfcheck-workshop-previous-field = Vorheriges Handlungsfeld
selfcheck-workshop-next-field = Nächstes Handlungsfeld
selfcheck-workshop-activity = { $participants ->
        [one] Eine Person
       *[other] { $participants } Personen
    } · { $dots ->
        [one] ein Punkt
       *[other] { $dots } Punkte
    } · { $comments ->
        [one] ein Kommentar
       *[other] { $comments } Kommentare
    }
selfcheck-workshop-dots-heading = Punkte nach Bereich
selfcheck-workshop-agree = Als Potenzial vereinbaren
selfcheck-workshop-unagree = Vereinbarung aufheben
selfcheck-workshop-decisions-none = Noch keine Entscheidung.
selfcheck-workshop-decision-form-heading = Entscheidung festhalten
selfcheck-workshop-decision-item = Zu welcher Aussage?
selfcheck-workshop-decision-body = Entscheidung
selfcheck-workshop-first-step = Erster Schritt
selfcheck-workshop-owner = Zuständig
selfcheck-workshop-owner-hint = Person, Stelle oder Organisation, die den ersten Schritt übernimmt.
selfcheck-workshop-decision-submit = Entscheidung festhalten
selfcheck-workshop-error-decision-missing = Beschreiben Sie die Entscheidung.
selfcheck-workshop-error-decision-too-long = Die Beschreibung der Entscheidung ist zu lang.
selfcheck-workshop-error-first-step-too-long = Der erste Schritt ist zu lang beschrieben.
selfcheck-workshop-error-owner-too-long = Die Angabe zur Zuständigkeit ist zu lang.
selfcheck-workshop-close-heading = Workshop abschließen
selfcheck-workshop-close-text = Danach nimmt der Workshop keine Kommentare, Punkte und Entscheidungen mehr an, und das Protokoll ist endgültig.
selfcheck-workshop-close-submit = Workshop abschließen

# Präsentation
selfcheck-workshop-presenter-title = Präsentation: { $title }
selfcheck-workshop-presenter-join = Mitmachen:

# Protokoll
selfcheck-workshop-protocol-title = Workshop-Protokoll
selfcheck-workshop-protocol-draft = Der Workshop läuft noch; dieses Protokoll ist vorläufig.
selfcheck-workshop-protocol-pdf = Protokoll als PDF herunterladen
selfcheck-workshop-protocol-participants = Teilnehmende nach Bereich
selfcheck-workshop-protocol-names-hint = Namen stehen nur im Protokoll, wenn die Person zugestimmt hat.
selfcheck-workshop-protocol-priorities = Prioritäten
selfcheck-workshop-protocol-priorities-lead = Die vereinbarten Entwicklungspotenziale zuerst, dann nach der Zahl der Punkte.
selfcheck-workshop-protocol-dots = Punkte nach Bereich
selfcheck-workshop-protocol-comments = Kommentare
selfcheck-workshop-protocol-decisions = Entscheidungen
selfcheck-workshop-protocol-measures = Maßnahme
selfcheck-workshop-create-measure = Maßnahme daraus anlegen
selfcheck-workshop-to-plan = Zum Handlungsplan
selfcheck-workshop-none = Keine.
selfcheck-workshop-pdf-page = Seite { $page } von { $total }
selfcheck-workshop-api-error-not-found = Einen Workshop mit dieser Kennung gibt es in Ihren Kommunen nicht.

# Handlungsplan: Maßnahme aus einer Entscheidung
selfcheck-workshop-from-decision = Aus dem Workshop „{ $workshop }“ vom { $date }
selfcheck-workshop-plan-source = Workshop-Entscheidung
selfcheck-workshop-prefill-note = Diese Maßnahme setzt eine Entscheidung des Workshops „{ $workshop }“ um.
selfcheck-workshop-prefill-first-step = Erster Schritt: { $step }
selfcheck-workshop-prefill-owner = Zuständig laut Workshop: { $owner }

# Hinweise
notice-selfcheck-workshop-created = Der Workshop wurde angelegt.
notice-selfcheck-workshop-saved = Die Änderungen wurden gespeichert.
notice-selfcheck-workshop-invited = Die Einladungen werden verschickt.
notice-selfcheck-workshop-joined = Willkommen! Sie nehmen jetzt am Workshop teil.
notice-selfcheck-workshop-commented = Ihr Kommentar wurde gespeichert.
notice-selfcheck-workshop-dot-given = Ihr Punkt wurde gezählt.
notice-selfcheck-workshop-dot-removed = Ihr Punkt wurde zurückgenommen.
notice-selfcheck-workshop-agreed = Die Aussage ist als Entwicklungspotenzial vereinbart.
notice-selfcheck-workshop-unagreed = Die Vereinbarung wurde aufgehoben.
notice-selfcheck-workshop-decided = Die Entscheidung wurde festgehalten.
notice-selfcheck-workshop-closed = Der Workshop ist abgeschlossen. Hier ist sein Protokoll.

# Einladung per E-Mail
mail-selfcheck-workshop-invitation-subject = Einladung: { $title }
mail-selfcheck-workshop-invitation-body =
    Guten Tag,

    { $inviter } lädt Sie im Namen von { $municipality } zum Workshop „{ $title }“ ein. Gemeinsam mit Verwaltung, Politik, Zivilgesellschaft und Wirtschaft besprechen wir die Ergebnisse unseres Selbstchecks zur weltoffenen Kommune und vereinbaren erste Schritte.

    Termin: { $when }
    Ort: { $place }

    Über diesen Link nehmen Sie teil, auch ohne Konto, zum Beispiel am eigenen Smartphone:
    { $link }

    Der Link gilt bis einschließlich { $expires }.

    Mit freundlichen Grüßen
    { $inviter }
