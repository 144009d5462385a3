# Das Magazin (Wissensplattform)

nav-magazine = Magazin

knowledge-home-title = Magazin
knowledge-home-lead = Wissen aus der Praxis für weltoffene Kommunen: Leitartikel, Gastbeiträge, Interviews, Praxistipps, Checklisten und Praxisberichte, geordnet nach den sieben Handlungsfeldern des Selbstchecks.
knowledge-empty = Noch sind keine Beiträge veröffentlicht.
knowledge-field-nav-label = Handlungsfelder im Magazin
knowledge-field-all = Alle Beiträge zu „{ $field }“
knowledge-field-count = { $count ->
    [0] Keine Beiträge gefunden.
    [one] 1 Beitrag
   *[other] { $count } Beiträge
}

knowledge-field-management = Management und Steuerung
knowledge-field-opening = Interkulturelle Öffnung und Antirassismus
knowledge-field-access = Fairer Zugang und Teilhabe
knowledge-field-work = Arbeit und wirtschaftliche Entwicklung
knowledge-field-engagement = Engagement und Beteiligung
knowledge-field-cohesion = Zusammenhalt und Begegnung
knowledge-field-communication = Kommunikation und Konfliktmanagement

knowledge-type-leitartikel = Leitartikel
knowledge-type-gastbeitrag = Gastbeitrag
knowledge-type-interview = Interview
knowledge-type-praxistipp = Praxistipp
knowledge-type-checkliste = Checkliste
knowledge-type-praxisbericht = Praxisbericht

knowledge-filter-type = Art des Beitrags
knowledge-filter-type-all = Alle Arten
knowledge-filter-apply = Anzeigen
knowledge-error-type = Diese Art von Beitrag gibt es nicht.

knowledge-access-members = Für Mitglieder
knowledge-access-on-request = Auf Anfrage

knowledge-reading-time = { $minutes ->
    [one] 1 Minute Lesezeit
   *[other] { $minutes } Minuten Lesezeit
}

knowledge-article-authors = Von
knowledge-article-published = Veröffentlicht
knowledge-article-reading-time = Lesezeit
knowledge-article-fields = Handlungsfelder
knowledge-article-topics = Themen
knowledge-article-steps = Die Schritte im Überblick
knowledge-article-about-authors = Über die Autorinnen und Autoren
knowledge-article-related = Passende Beiträge
knowledge-article-german-only = Diesen Beitrag gibt es nur auf Deutsch.
knowledge-article-members-only = Den vollständigen Beitrag lesen Mitglieder der Kommunen auf der Plattform. Bitte melden Sie sich an.
knowledge-article-on-request = Den vollständigen Beitrag stellt die Redaktion auf Anfrage zur Verfügung.

knowledge-feed-title = { $field } – Magazin von { $site }
knowledge-feed-author = Redaktion weltoffen
knowledge-field-feed = Neue Beiträge zu diesem Handlungsfeld als Atom-Feed abonnieren

knowledge-checklists-title = Checklisten
knowledge-checklists-lead = Arbeiten Sie die Checklisten des Magazins für Ihre Kommune durch: Haken Sie erledigte Schritte ab, notieren Sie den Stand und wer zuständig ist. Alle Mitglieder Ihrer Kommune sehen dieselbe Liste.
knowledge-checklists-empty = Im Magazin sind noch keine Checklisten veröffentlicht.
knowledge-checklist-progress = { $done } von { $total } Schritten erledigt ({ $percent } %)
knowledge-checklist-article = Zum Beitrag mit den Erläuterungen
knowledge-checklist-step = Schritt { $number }
knowledge-checklist-done = Erledigt
knowledge-checklist-responsible = Zuständig (Person oder Stelle)
knowledge-checklist-note = Notiz zum Stand
knowledge-checklist-changed = Zuletzt geändert am { $date }
knowledge-checklist-save = Speichern
knowledge-checklist-print-hint = Zum Ausdrucken nutzen Sie die Druckfunktion Ihres Browsers (Strg+P); Navigation und Schaltflächen werden dabei ausgeblendet.
knowledge-checklist-work = Diese Checkliste für { $municipality } bearbeiten
knowledge-checklist-error-stale = Die Checkliste hat sich geändert, seit Sie die Seite geöffnet haben. Bitte laden Sie die Seite neu.
knowledge-checklist-error-note-long = Die Notiz ist zu lang: höchstens 2000 Zeichen.
knowledge-checklist-error-responsible-long = Die Angabe ist zu lang: höchstens 200 Zeichen.
notice-knowledge-checklist-saved = Die Checkliste ist gespeichert.

knowledge-search-title = Magazin durchsuchen
knowledge-search-label = Suchbegriff
knowledge-search-hint = Zum Beispiel „Integrationskonzept“ oder „Beirat Beteiligung“. Gefunden werden auch andere Wortformen.
knowledge-search-submit = Suchen
knowledge-search-apply = Filter anwenden
knowledge-search-facets = Suche eingrenzen
knowledge-search-facet-field = Handlungsfeld
knowledge-search-facet-type = Art des Beitrags
knowledge-search-facet-municipality-type = Passend für
knowledge-search-results = Suchergebnisse
knowledge-search-count = { $count ->
    [0] Keine Beiträge zu „{ $q }“ gefunden.
    [one] 1 Beitrag zu „{ $q }“ gefunden.
   *[other] { $count } Beiträge zu „{ $q }“ gefunden.
}
knowledge-search-count-all = { $count ->
    [0] Keine Beiträge gefunden.
    [one] 1 Beitrag, der neueste zuerst.
   *[other] { $count } Beiträge, die neuesten zuerst.
}
knowledge-search-count-no-words = Sie haben keinen Suchbegriff eingegeben. { $count ->
    [0] Es gibt keine passenden Beiträge.
    [one] Hier ist der eine passende Beitrag.
   *[other] Hier sind alle { $count } passenden Beiträge, die neuesten zuerst.
}
knowledge-search-only-stop-words = Ihre Suche enthält nur sehr häufige Wörter wie „und“ oder „die“. Bitte geben Sie einen aussagekräftigen Begriff ein.
knowledge-search-none-title = Nichts gefunden
knowledge-search-none-help = Versuchen Sie ein anderes oder allgemeineres Wort, prüfen Sie die Schreibweise oder nehmen Sie Filter zurück.
knowledge-search-pages = Seiten der Suchergebnisse
knowledge-search-previous = Vorherige Seite
knowledge-search-next = Nächste Seite
knowledge-search-page-of = Seite { $page } von { $pages }
knowledge-search-error-too-long = Ihr Suchbegriff ist zu lang. Bitte verwenden Sie höchstens 200 Zeichen.
knowledge-search-error-facet = Diesen Filter gibt es nicht. Bitte wählen Sie aus den angebotenen Filtern.
knowledge-search-error-page = Diese Seite der Suchergebnisse gibt es nicht.
knowledge-search-error-query = Die Suchanfrage ist nicht lesbar.
knowledge-search-link = Im Magazin suchen
knowledge-api-error-not-found = Es gibt keinen veröffentlichten Beitrag unter dieser Adresse, den Sie lesen dürfen.
knowledge-recommended-title = Für { $municipality } empfohlen
knowledge-recommended-lead = Passend zu den Handlungsfeldern, in denen der letzte abgeschlossene Selbstcheck Ihrer Kommune den größten Entwicklungsbedarf zeigt: { $fields }.
knowledge-list-and = { " " }und{ " " }

# Redaktion
knowledge-editor-title-list = Redaktion
knowledge-editor-list-lead = Alle Beiträge des Magazins nach ihrem Stand: Entwürfe, Beiträge in Prüfung, geplante, veröffentlichte und archivierte.
knowledge-editor-new-title = Neuer Beitrag
knowledge-editor-new-lead = Ein neuer Beitrag beginnt als Entwurf. Erst nach der Prüfung wird er veröffentlicht – sofort oder zu einem geplanten Zeitpunkt.
knowledge-editor-col-title = Titel
knowledge-editor-col-changed = Zuletzt geändert
knowledge-editor-col-published = Veröffentlichung
knowledge-status-draft = Entwurf
knowledge-status-review = In Prüfung
knowledge-status-planned = Geplant
knowledge-status-published = Veröffentlicht
knowledge-status-archived = Archiviert
knowledge-editor-slug = Adresse (Slug)
knowledge-editor-slug-hint = Teil der Adresse des Beitrags, zum Beispiel „beirat-staerken“: Kleinbuchstaben, Ziffern und Bindestriche. Sie lässt sich später nicht ändern.
knowledge-editor-kind = Art des Beitrags
knowledge-editor-kind-choose = Bitte wählen
knowledge-editor-access = Wer darf den Beitrag lesen?
knowledge-editor-access-hint = Den Anreißer sehen immer alle.
knowledge-editor-access-public = Alle (öffentlich)
knowledge-editor-access-members = Angemeldete Mitglieder der Kommunen
knowledge-editor-access-on-request = Auf Anfrage
knowledge-editor-fields = Handlungsfelder
knowledge-editor-fields-hint = Mindestens ein Handlungsfeld des Selbstchecks.
knowledge-editor-applies-to = Passend für
knowledge-editor-applies-to-hint = Für welche Arten von Kommunen der Beitrag passt.
knowledge-editor-authors = Autorinnen und Autoren
knowledge-editor-authors-hint = Mindestens eine Person. Neue Personen trägt der Betrieb in der Autorenliste ein.
knowledge-editor-german = Deutscher Text
knowledge-editor-english = Englische Fassung (freiwillig)
knowledge-editor-english-hint = Wenn Sie eine englische Fassung anlegen, braucht sie Titel, Anreißer und Text; eine Checkliste dieselben Schritte wie auf Deutsch.
knowledge-editor-title = Titel
knowledge-editor-teaser = Anreißer
knowledge-editor-teaser-hint = Zwei, drei Sätze, die in Listen und Suchergebnissen stehen (höchstens 400 Zeichen).
knowledge-editor-body = Text
knowledge-editor-body-hint = In Markdown: ## für Zwischenüberschriften, **fett**, - für Aufzählungen, [Linktext](https://…) für Links.
knowledge-editor-steps = Schritte der Checkliste
knowledge-editor-steps-hint = Nur bei Checklisten: ein Schritt je Zeile als „kennung | Titel | Hinweis“ (der Hinweis ist freiwillig). Die Kennung bleibt gleich, damit die Häkchen der Kommunen erhalten bleiben.
knowledge-editor-topics = Themen
knowledge-editor-topics-hint = Ein Thema je Zeile, höchstens zwölf.
knowledge-editor-related = Passende Beiträge
knowledge-editor-related-hint = Die Adressen (Slugs) anderer Beiträge, einer je Zeile.
knowledge-editor-note = Was haben Sie geändert?
knowledge-editor-note-hint = Freiwillig; steht im Verlauf (höchstens 200 Zeichen).
knowledge-editor-create = Entwurf anlegen
knowledge-editor-save = Speichern
knowledge-editor-status = Stand
knowledge-editor-published-at = Veröffentlichung: { $when }
knowledge-editor-preview = Vorschau ansehen
knowledge-editor-public-page = Öffentliche Seite
knowledge-editor-planned = Veröffentlichen am (freiwillig)
knowledge-editor-planned-hint = Leer lassen, um sofort zu veröffentlichen. Zeit nach deutscher Uhr.
knowledge-transition-submit = Zur Prüfung geben
knowledge-transition-send-back = Zur Überarbeitung zurückgeben
knowledge-transition-publish = Veröffentlichen
knowledge-transition-archive = Archivieren
knowledge-transition-reopen = Wieder als Entwurf bearbeiten
knowledge-editor-history = Verlauf
knowledge-editor-history-empty = Noch keine gespeicherte Fassung. Die erste Änderung bewahrt auch die ursprüngliche Fassung auf.
knowledge-editor-version = Fassung { $number }
knowledge-editor-version-current = aktuelle Fassung
knowledge-editor-version-changes = Änderungen gegenüber Fassung { $number }
knowledge-editor-version-first = Erste Fassung
knowledge-editor-version-same = Diese Fassung unterscheidet sich nicht von der vorigen.
knowledge-editor-restore = Fassung { $number } wiederherstellen
knowledge-editor-restore-hint = Der Inhalt dieser Fassung wird als neue Fassung gespeichert; nichts geht verloren.
knowledge-editor-restored-note = { $number ->
   *[other] Fassung { $number } wiederhergestellt
}
knowledge-editor-preview-banner = Vorschau für die Redaktion – Stand: { $status }. So sehen Leserinnen und Leser den Beitrag, sobald er veröffentlicht ist.
knowledge-editor-diff-removed = entfernt:
knowledge-editor-diff-added = hinzugefügt:
knowledge-editor-facts = Angaben (Art, Zugang, Handlungsfelder, Themen, Personen)
knowledge-editor-title-de = Titel (deutsch)
knowledge-editor-teaser-de = Anreißer (deutsch)
knowledge-editor-body-de = Text (deutsch)
knowledge-editor-steps-de = Schritte (deutsch)
knowledge-editor-title-en = Titel (englisch)
knowledge-editor-teaser-en = Anreißer (englisch)
knowledge-editor-body-en = Text (englisch)
knowledge-editor-steps-en = Schritte (englisch)
knowledge-editor-conflict-title = Inzwischen hat jemand anderes diesen Beitrag gespeichert
knowledge-editor-conflict-lead = Ihre Änderungen sind nicht verloren, aber noch nicht gespeichert. Vergleichen Sie beide Fassungen und entscheiden Sie, was gelten soll.
knowledge-editor-conflict-compare = Beide Fassungen im Vergleich
knowledge-editor-conflict-theirs = Zuletzt gespeichert
knowledge-editor-conflict-mine = Ihre Fassung
knowledge-editor-conflict-differences = Unterschiede Ihrer Fassung zur gespeicherten
knowledge-editor-conflict-edit = Ihre Fassung bearbeiten
knowledge-editor-conflict-edit-hint = Das Formular enthält Ihre Fassung. Übernehmen Sie, was aus der anderen Fassung bleiben soll, und speichern Sie dann.
knowledge-editor-save-mine = Meine Fassung speichern
knowledge-editor-discard-mine = Meine Fassung verwerfen
knowledge-editor-error-kind = Bitte wählen Sie die Art des Beitrags.
knowledge-editor-error-access = Bitte wählen Sie, wer den Beitrag lesen darf.
knowledge-editor-error-fields = Bitte wählen Sie mindestens ein Handlungsfeld.
knowledge-editor-error-applies-to = Bitte wählen Sie mindestens eine Art von Kommune.
knowledge-editor-error-topics = Bitte höchstens zwölf Themen mit je höchstens 60 Zeichen.
knowledge-editor-error-authors = Bitte wählen Sie mindestens eine Person aus der Liste.
knowledge-editor-error-related = Mindestens eine Adresse gehört zu keinem Beitrag. Bitte prüfen Sie die Schreibweise.
knowledge-editor-error-title = Bitte geben Sie einen Titel ein.
knowledge-editor-error-title-long = Der Titel ist zu lang: höchstens 200 Zeichen.
knowledge-editor-error-teaser = Bitte geben Sie einen Anreißer ein.
knowledge-editor-error-teaser-long = Der Anreißer ist zu lang: höchstens 400 Zeichen.
knowledge-editor-error-body = Bitte geben Sie den Text ein.
knowledge-editor-error-body-long = Der Text ist zu lang: höchstens 100.000 Zeichen.
knowledge-editor-error-steps = Jede Zeile braucht eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen, einen senkrechten Strich und einen Titel; jede Kennung nur einmal, höchstens 40 Schritte.
knowledge-editor-error-steps-missing = Eine Checkliste braucht mindestens einen Schritt.
knowledge-editor-error-steps-not-checklist = Nur Checklisten haben Schritte. Bitte leeren Sie das Feld oder wählen Sie „Checkliste“.
knowledge-editor-error-steps-match = Die englischen Schritte brauchen dieselben Kennungen in derselben Reihenfolge wie die deutschen.
knowledge-editor-error-note = Die Notiz ist zu lang: höchstens 200 Zeichen.
knowledge-editor-error-slug = Die Adresse darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten und nicht mit einem Bindestrich beginnen oder enden.
knowledge-editor-error-slug-taken = Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.
knowledge-editor-error-transition = Diesen Schritt gibt es nicht.
knowledge-editor-error-status-moved = Der Stand des Beitrags hat sich inzwischen geändert. Bitte prüfen Sie ihn und versuchen Sie es erneut.
knowledge-editor-error-planned-unreadable = Bitte geben Sie Datum und Uhrzeit vollständig ein, zum Beispiel 24.12.2026, 09:30.
knowledge-editor-error-planned-past = Der geplante Zeitpunkt liegt in der Vergangenheit. Bitte wählen Sie einen späteren oder lassen Sie das Feld leer, um sofort zu veröffentlichen.
notice-knowledge-editor-created = Der Entwurf ist angelegt.
notice-knowledge-editor-saved = Die Änderungen sind als neue Fassung gespeichert.
notice-knowledge-editor-status = Der Stand des Beitrags ist geändert.
notice-knowledge-editor-published = Der Beitrag ist veröffentlicht.
notice-knowledge-editor-planned = Die Veröffentlichung ist geplant.

# Zugangsanfragen
knowledge-request-login = Melden Sie sich an, um Zugang zu diesem Beitrag anzufragen.
knowledge-request-pending = Ihre Anfrage liegt der Redaktion vor. Sie erhalten eine E-Mail, sobald sie entschieden ist.
knowledge-request-title = Zugang anfragen
knowledge-request-declined = Ihre letzte Anfrage hat die Redaktion abgelehnt. Sie können erneut anfragen und Ihr Anliegen genauer beschreiben.
knowledge-request-reason = Wofür möchten Sie den Beitrag nutzen?
knowledge-request-reason-hint = Zum Beispiel für die Vorbereitung einer Sitzung oder eines Konzepts. Die Redaktion sieht Ihren Namen, Ihre E-Mail-Adresse und diese Begründung (10 bis 1000 Zeichen).
knowledge-request-send = Zugang anfragen
knowledge-request-error-empty = Bitte beschreiben Sie kurz, wofür Sie den Beitrag nutzen möchten.
knowledge-request-error-short = Die Begründung ist zu kurz: mindestens 10 Zeichen.
knowledge-request-error-long = Die Begründung ist zu lang: höchstens 1000 Zeichen.
knowledge-request-error-not-on-request = Dieser Beitrag wird nicht auf Anfrage freigegeben.
knowledge-request-error-decision = Bitte entscheiden Sie mit „Zugang geben“ oder „Ablehnen“.
knowledge-request-status-pending = Offen
knowledge-request-status-granted = Zugang gegeben
knowledge-request-status-declined = Abgelehnt
knowledge-requests-title = Zugangsanfragen
knowledge-requests-lead = Anfragen zu Beiträgen, die auf Anfrage freigegeben werden. Die anfragende Person erhält eine E-Mail mit Ihrer Entscheidung.
knowledge-requests-pending = Offene Anfragen
knowledge-requests-none = Keine offenen Anfragen.
knowledge-requests-who = { $name } am { $date }
knowledge-requests-grant = Zugang geben
knowledge-requests-decline = Ablehnen
knowledge-requests-decided = Zuletzt entschieden
knowledge-requests-col-person = Person
knowledge-requests-col-asked = Angefragt
knowledge-requests-col-status = Entscheidung
knowledge-requests-link = { $count ->
    [0] Zugangsanfragen (keine offen)
    [one] Zugangsanfragen (1 offen)
   *[other] Zugangsanfragen ({ $count } offen)
}
notice-knowledge-request-sent = Ihre Anfrage ist bei der Redaktion. Sie erhalten eine E-Mail, sobald sie entschieden ist.
notice-knowledge-request-exists = Sie haben diesen Beitrag bereits angefragt.
notice-knowledge-request-decided = Die Entscheidung ist gespeichert; die anfragende Person erhält eine E-Mail.
notice-knowledge-request-decided-before = Diese Anfrage war bereits entschieden.
mail-knowledge-request-granted-subject = Zugang zu „{ $title }“
mail-knowledge-request-granted-body =
    Guten Tag { $name },

    die Redaktion hat Ihnen Zugang zum Beitrag „{ $title }“ gegeben. Sie können ihn jetzt lesen, wenn Sie angemeldet sind:

    { $link }

    Ihre Redaktion weltoffen
mail-knowledge-request-declined-subject = Ihre Anfrage zu „{ $title }“
mail-knowledge-request-declined-body =
    Guten Tag { $name },

    die Redaktion kann Ihnen den Beitrag „{ $title }“ derzeit leider nicht freigeben. Sie können erneut anfragen und Ihr Anliegen genauer beschreiben:

    { $link }

    Ihre Redaktion weltoffen

# Titelbild
knowledge-cover-title = Titelbild
knowledge-cover-none = Dieser Beitrag hat noch kein Titelbild.
knowledge-cover-file = Bilddatei
knowledge-cover-file-hint = JPEG, PNG oder WebP, mindestens 600 Pixel breit, höchstens 3 MB. Das Bild wird verkleinert und ohne eingebettete Angaben (etwa Aufnahmeort) gespeichert.
knowledge-cover-alt-de = Bildbeschreibung (Alternativtext)
knowledge-cover-alt-hint = Was ist auf dem Bild zu sehen, das für den Beitrag zählt? Menschen mit Screenreader hören diesen Text statt des Bildes (höchstens 250 Zeichen).
knowledge-cover-alt-en = Bildbeschreibung auf Englisch (freiwillig)
knowledge-cover-upload = Bild hochladen
knowledge-cover-remove = Titelbild entfernen
knowledge-cover-error-no-file = Bitte wählen Sie eine Bilddatei aus.
knowledge-cover-error-too-large = Die Datei ist zu groß: höchstens 3 MB. Bitte verkleinern Sie das Bild und wählen Sie es erneut.
knowledge-cover-error-type = Diese Datei ist kein JPEG-, PNG- oder WebP-Bild. Bitte wählen Sie eine Bilddatei in einem dieser Formate.
knowledge-cover-error-unreadable = Das Bild lässt sich nicht lesen – die Datei ist beschädigt oder größer als 8000 Pixel. Bitte wählen Sie eine andere Datei.
knowledge-cover-error-narrow = Das Bild ist zu schmal: mindestens 600 Pixel. Bitte wählen Sie ein größeres Bild.
knowledge-cover-error-alt = Bitte beschreiben Sie das Bild für Menschen, die es nicht sehen. Wählen Sie die Datei danach erneut aus.
knowledge-cover-error-alt-long = Die Bildbeschreibung ist zu lang: höchstens 250 Zeichen. Wählen Sie die Datei danach erneut aus.
notice-knowledge-cover-saved = Das Titelbild ist gespeichert.
notice-knowledge-cover-removed = Das Titelbild ist entfernt.
mail-knowledge-request-new-subject = Neue Zugangsanfrage zu „{ $title }“
mail-knowledge-request-new-body =
    Guten Tag,

    { $name } bittet um Zugang zum Beitrag „{ $title }“ und schreibt dazu:

    { $reason }

    Hier können Sie die Anfrage annehmen oder ablehnen:

    { $link }

    weltoffen
