# Texte der PDF-Dokumente des Selbstchecks: Fragebogen zum Ausfüllen auf Papier und Ergebnisbericht.
# In { $page }, { $total } und { $value } setzt die Vorlage die Zahl ein.

## Beide Dokumente

selfcheck-pdf-page = Seite { $page } von { $total }
selfcheck-pdf-contents = Inhalt
selfcheck-pdf-field = Handlungsfeld
selfcheck-pdf-scale-3 = Trifft voll zu
selfcheck-pdf-scale-2 = Trifft eher zu
selfcheck-pdf-scale-1 = Trifft eher nicht zu
selfcheck-pdf-scale-0 = Trifft nicht zu
selfcheck-pdf-scale-dont-know = Weiß nicht
selfcheck-pdf-scale-not-applicable = Nicht zutreffend

## Fragebogen

selfcheck-pdf-questionnaire-title = Selbstcheck – Fragebogen
selfcheck-pdf-version = Fassung
selfcheck-pdf-how-to-title = So füllen Sie den Fragebogen aus
selfcheck-pdf-how-to-1 = Der Fragebogen enthält Aussagen zur Arbeit Ihrer Verwaltung, geordnet nach Handlungsfeldern. Kreuzen Sie bei jeder Aussage an, wie sehr sie heute auf Ihre Verwaltung zutrifft. Antworten Sie aus der Sicht Ihres Arbeitsbereichs; es gibt keine richtigen oder falschen Antworten.
selfcheck-pdf-how-to-2 = Wenn Sie eine Aussage nicht beurteilen können, kreuzen Sie „Weiß nicht“ an. Passt eine Aussage nicht zu Ihrer Verwaltung, kreuzen Sie „Nicht zutreffend“ an. Beides zählt nicht in die Bewertung. Unter jeder Aussage ist Platz für eine Anmerkung, etwa ein Beispiel aus Ihrem Bereich oder eine offene Frage.
selfcheck-pdf-how-to-3 = Geben Sie den ausgefüllten Fragebogen der Person, die den Selbstcheck in Ihrer Kommune koordiniert. Sie überträgt Ihre Antworten auf die Plattform; die kleine Kennung unter jeder Aussage hilft ihr dabei.
selfcheck-pdf-respondent-name = Name
selfcheck-pdf-respondent-unit = Organisationseinheit
selfcheck-pdf-respondent-date = Datum
selfcheck-pdf-comment = Anmerkung

## Ergebnisbericht

selfcheck-pdf-report-title = Selbstcheck – Ergebnisbericht
selfcheck-pdf-as-of = Stand
selfcheck-pdf-status = Status der Runde
selfcheck-pdf-status-open = offen – die Ergebnisse können sich noch ändern
selfcheck-pdf-status-closed = abgeschlossen am { $date }
selfcheck-pdf-started = Begonnen am
selfcheck-pdf-respondents = Beteiligte mit Antworten
selfcheck-pdf-municipality-type = Art der Kommune
selfcheck-pdf-instrument-version = Fassung des Fragebogens
selfcheck-pdf-compared-with = Verglichen mit
selfcheck-pdf-created = Bericht erstellt am
selfcheck-pdf-overview = Überblick
selfcheck-pdf-chart-caption = Punktwerte der Handlungsfelder auf einer Skala von 0 bis 100
selfcheck-pdf-chart-alt = Netzdiagramm mit einer Achse je Handlungsfeld; in der Mitte liegt der Punktwert 0, außen 100. Die Punktwerte:
selfcheck-pdf-chart-current = Diese Runde ({ $round })
selfcheck-pdf-chart-previous = Vorrunde ({ $round })
selfcheck-pdf-reading-help-title = So lesen Sie diesen Bericht
selfcheck-pdf-reading-help-1 = Für jede Aussage wird der Mittelwert der Antworten gebildet: „Trifft voll zu“ zählt 3, „Trifft eher zu“ 2, „Trifft eher nicht zu“ 1 und „Trifft nicht zu“ 0. „Weiß nicht“ und „Nicht zutreffend“ zählen nicht mit. Aus den gewichteten Mittelwerten ergibt sich der Punktwert eines Handlungsfelds zwischen 0 und 100.
selfcheck-pdf-reading-help-2 = Nach dem Punktwert steht jedes Handlungsfeld auf einer von vier Stufen: Einstieg (unter 25), Aufbau (25 bis unter 50), Fortgeschritten (50 bis unter 75) und Vorreiter (ab 75). Die Abdeckung gibt an, für welchen Anteil der Aussagen mindestens eine Bewertung vorliegt. Ist sie niedrig, sagt der Punktwert nur wenig aus.
selfcheck-pdf-reading-help-3 = Der Bericht gibt die Selbsteinschätzung Ihrer Verwaltung wieder; er ist kein Vergleich mit anderen Kommunen. Er eignet sich als Grundlage für das gemeinsame Gespräch: Was gelingt schon? Wo wollen Sie ansetzen? Und wo sehen Kolleginnen und Kollegen die Lage unterschiedlich?
selfcheck-pdf-score = Punktwert
selfcheck-pdf-score-value = { $value } von 100
selfcheck-pdf-band = Stufe
selfcheck-pdf-coverage = Abdeckung
selfcheck-pdf-previous = Vorrunde
selfcheck-pdf-change = Veränderung
selfcheck-pdf-dimensions = Dimensionen
selfcheck-pdf-dimension = Dimension
selfcheck-pdf-strengths = Stärken
selfcheck-pdf-strengths-intro = Die am besten bewerteten Aussagen dieses Handlungsfelds, jeweils mit einem Mittelwert von mindestens 2 („Trifft eher zu“).
selfcheck-pdf-potentials = Entwicklungspotenziale
selfcheck-pdf-potentials-intro = Die am niedrigsten bewerteten Aussagen mit einem Mittelwert unter 2, jeweils mit einer Empfehlung für den nächsten Schritt.
selfcheck-pdf-recommendation = Empfehlung
selfcheck-pdf-divergent = Unterschiedliche Einschätzungen
selfcheck-pdf-divergent-intro = Bei diesen Aussagen liegen die Bewertungen mindestens zwei Stufen auseinander. Oft sehen Arbeitsbereiche die Lage aus ihrer täglichen Arbeit heraus verschieden; klären Sie im Gespräch, woran es liegt.
selfcheck-pdf-mean-value = Mittelwert { $value } von 3
selfcheck-pdf-none = Keine Aussagen in dieser Kategorie.
selfcheck-pdf-no-value = k. A.
selfcheck-pdf-band-einstieg = Einstieg
selfcheck-pdf-band-aufbau = Aufbau
selfcheck-pdf-band-fortgeschritten = Fortgeschritten
selfcheck-pdf-band-vorreiter = Vorreiter
