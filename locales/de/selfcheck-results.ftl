# Selbstcheck: Ergebnisseite einer Runde, Vergleich mit der vorherigen Runde, Vergleichswerte (Benchmark).
# Alle Schlüssel beginnen mit selfcheck-results-; Hinweise nach einer Weiterleitung müssen mit notice- beginnen.

selfcheck-results-page-title = Ergebnisse: { $title }
selfcheck-results-heading = Ergebnisse: { $title }
selfcheck-results-status = Status
selfcheck-results-status-open = Offen – es wird noch geantwortet
selfcheck-results-status-closed = Abgeschlossen
selfcheck-results-started = Begonnen am
selfcheck-results-closed = Abgeschlossen am
selfcheck-results-compared-with = Verglichen mit
selfcheck-results-closed-on = abgeschlossen am { $date }
selfcheck-results-no-previous = Es gibt keine frühere abgeschlossene Runde. Der Vergleich erscheint ab der zweiten Runde.
selfcheck-results-provisional-title = Vorläufige Ergebnisse.
selfcheck-results-provisional-text = Die Runde ist noch offen. Solange noch geantwortet wird, können sich die Werte ändern.

selfcheck-results-empty-heading = Noch keine Antworten
selfcheck-results-empty-text = In dieser Runde hat noch niemand geantwortet. Sobald die ersten Antworten gespeichert sind, sehen Sie hier, wo Ihre Verwaltung in den sieben Handlungsfeldern steht.
selfcheck-results-empty-link = Zur Runde: Handlungsfelder verteilen und selbst antworten

selfcheck-results-summary-heading = Überblick
selfcheck-results-respondents = Beteiligte
selfcheck-results-answers = Abgegebene Antworten
selfcheck-results-coverage = Bewertete Aussagen
selfcheck-results-coverage-value = { $answered } von { $total } Aussagen ({ $percent } %)
selfcheck-results-coverage-short = { $answered } von { $total } ({ $percent } %)
selfcheck-results-dont-know = Antworten „weiß nicht“
selfcheck-results-not-applicable = Antworten „nicht zutreffend“
selfcheck-results-how-scored = So entstehen die Punkte: Jede Aussage wird von 0 (trifft nicht zu) bis 3 (trifft voll zu) bewertet. Aus den Mittelwerten aller Beteiligten ergibt sich je Handlungsfeld eine Punktzahl von 0 bis 100. „Weiß nicht“ und „nicht zutreffend“ zählen nicht mit. Punktzahlen sind abgerundet.

selfcheck-results-chart-heading = Ergebnis nach Handlungsfeldern
selfcheck-results-radar-title = Netzdiagramm: Punktzahlen der sieben Handlungsfelder
selfcheck-results-radar-desc = Jede Achse ist ein Handlungsfeld, außen liegen 100 Punkte, in der Mitte 0. Die Ringe markieren 25, 50, 75 und 100 Punkte.
selfcheck-results-radar-value = { $field }: { $score } von 100
selfcheck-results-radar-missing = { $field }: keine Bewertung
selfcheck-results-series-current = Diese Runde
selfcheck-results-series-previous = Vorherige Runde
selfcheck-results-series-benchmark = Vergleichswert
selfcheck-results-legend-current = Diese Runde (Fläche mit durchgezogener Linie und Punkten)
selfcheck-results-legend-previous = Vorherige Runde (gestrichelte Linie mit Quadraten)
selfcheck-results-legend-benchmark = Vergleichswert anderer Kommunen (gepunktete Linie mit Rauten)
selfcheck-results-table-caption = Punktzahlen der Handlungsfelder (0 bis 100)
selfcheck-results-col-field = Handlungsfeld
selfcheck-results-col-score = Punkte
selfcheck-results-col-band = Stufe
selfcheck-results-col-coverage = Bewertete Aussagen
selfcheck-results-col-previous = Vorherige Runde
selfcheck-results-col-change = Veränderung
selfcheck-results-col-benchmark = Vergleichswert
selfcheck-results-col-statement = Aussage
selfcheck-results-col-before = Vorher
selfcheck-results-col-now = Jetzt
selfcheck-results-none = –
selfcheck-results-none-hint = Ein Strich (–) bedeutet: Dafür gibt es noch keine Bewertung.

selfcheck-results-band-einstieg = Einstieg
selfcheck-results-band-aufbau = Aufbau
selfcheck-results-band-fortgeschritten = Fortgeschritten
selfcheck-results-band-vorreiter = Vorreiter
selfcheck-results-band-named = Stufe: { $band }
selfcheck-results-trend-up = gestiegen
selfcheck-results-trend-down = gesunken
selfcheck-results-trend-same = unverändert

selfcheck-results-benchmark-heading = Vergleich mit anderen { $type }
selfcheck-results-type-landkreise = Landkreisen
selfcheck-results-type-kreisfreie-staedte = kreisfreien Städten
selfcheck-results-type-gemeinden = Gemeinden
selfcheck-results-benchmark-offer = Wenn Ihre Kommune ihre Ergebnisse teilt, sehen Sie hier den Durchschnitt von anderen { $type }, die ebenfalls teilen. Geteilt werden nur die Punktzahlen der Handlungsfelder aus abgeschlossenen Runden – keine Antworten, keine Kommentare, keine Namen. Sichtbar sind sie nur als Durchschnitt von mindestens { $min } Kommunen, nie einzeln.
selfcheck-results-benchmark-waiting = Ihre Kommune teilt ihre Ergebnisse. Einen Vergleichswert zeigen wir, sobald abgeschlossene Runden von mindestens { $min } anderen { $type } vorliegen. Bis dahin bleibt er verborgen, damit niemand auf einzelne Kommunen schließen kann.
selfcheck-results-benchmark-shown = Der Vergleichswert ist der Durchschnitt von { $count } anderen { $type }, die ihre Ergebnisse ebenfalls teilen. Gezählt wird jeweils deren neueste abgeschlossene Runde. Ein Handlungsfeld mit Bewertungen von weniger als { $min } Kommunen hat keinen Vergleichswert.
selfcheck-results-benchmark-none = –
selfcheck-results-benchmark-start = Ergebnisse für den Vergleich teilen
selfcheck-results-benchmark-stop = Ergebnisse nicht mehr teilen
selfcheck-results-benchmark-ask-coordinator = Ob Ihre Kommune ihre Ergebnisse teilt, entscheidet die Koordination des Selbstchecks.
selfcheck-results-error-share = Bitte wählen Sie, ob Ihre Kommune ihre Ergebnisse teilen möchte.
notice-selfcheck-results-shared = Ihre Kommune teilt jetzt die Punktzahlen ihrer abgeschlossenen Runden für den Vergleich.
notice-selfcheck-results-not-shared = Ihre Kommune teilt ihre Ergebnisse nicht mehr. Ab sofort fließen sie in keinen Vergleichswert ein.

selfcheck-results-fields-heading = Die Handlungsfelder im Einzelnen
selfcheck-results-field-number = Handlungsfeld { $number }
selfcheck-results-points = { $score } von 100 Punkten
selfcheck-results-not-scored = Noch keine Bewertung
selfcheck-results-field-previous = In der vorherigen Runde: { $score } Punkte. Veränderung: { $delta } Punkte.
selfcheck-results-field-no-comparison = Für dieses Handlungsfeld gibt es keinen Vergleich: In einer der beiden Runden fehlt eine Bewertung.
selfcheck-results-mean-value = (Mittelwert { $mean } von 3)

selfcheck-results-strengths-heading = Stärken
selfcheck-results-strengths-none = Keine Aussage erreicht im Mittel 2 („trifft eher zu“) oder mehr.
selfcheck-results-potentials-heading = Entwicklungspotenziale
selfcheck-results-potentials-none = Keine Aussage liegt im Mittel unter 1,5. Es gibt hier keine deutlichen Schwachstellen.
selfcheck-results-recommendation = Empfehlung:
selfcheck-results-articles = Passende Artikel im Wissensbereich:
selfcheck-results-divergent-heading = Unterschiedliche Einschätzungen
selfcheck-results-divergent-none = Bei keiner Aussage liegen die Antworten zwei oder mehr Stufen auseinander.
selfcheck-results-divergent-intro = Bei diesen Aussagen liegen die Antworten mindestens zwei Stufen auseinander. Sprechen Sie im Workshop darüber, woran das liegt. Die Tabelle zeigt, wie viele Beteiligte welche Antwort gegeben haben.
selfcheck-results-divergent-caption = Verteilung der Antworten bei unterschiedlichen Einschätzungen: { $field }
selfcheck-results-answer-3 = Trifft voll zu
selfcheck-results-answer-2 = Trifft eher zu
selfcheck-results-answer-1 = Trifft eher nicht zu
selfcheck-results-answer-0 = Trifft nicht zu
selfcheck-results-answer-dont-know = Weiß nicht
selfcheck-results-answer-not-applicable = Nicht zutreffend
selfcheck-results-comments-heading = Kommentare
selfcheck-results-comments-hint = Die Kommentare stehen hier ohne Namen und in alphabetischer Reihenfolge. So geht es im Gespräch um die Sache und nicht darum, wer was geschrieben hat.
selfcheck-results-changes-heading = Veränderungen seit der vorherigen Runde
selfcheck-results-changes-caption = Aussagen, deren Mittelwert sich verändert hat: { $field }
selfcheck-results-changes-summary = Bei { $changed } von { $compared } Aussagen hat sich der Mittelwert verändert: { $up } gestiegen, { $down } gesunken.
selfcheck-results-changes-show = Veränderte Aussagen anzeigen
selfcheck-results-changes-none = Keine Aussage hat sich seit der vorherigen Runde verändert.
selfcheck-results-changes-nothing-compared = Keine Aussage wurde in beiden Runden bewertet, daher gibt es keinen Vergleich.
selfcheck-results-changes-hint = Mittelwerte von 0 bis 3. Aufgeführt sind nur Aussagen, die sich um mindestens 0,1 verändert haben.
selfcheck-results-back-to-fields = Zurück zur Liste der Handlungsfelder

selfcheck-results-downloads-heading = Herunterladen
selfcheck-results-download-pdf = Bericht als PDF
selfcheck-results-download-csv = Alle Antworten als Tabelle (CSV)
selfcheck-results-download-json = Alle Antworten als Daten (JSON)
