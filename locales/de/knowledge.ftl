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
