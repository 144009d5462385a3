# Selbstcheck: Export der Antworten (CSV, JSON), Import von Papierfragebögen, JSON-API.
# Spaltennamen (respondent, field, statement, value, comment) und Antwortcodes bleiben englisch,
# weil sie genau so in der Datei stehen müssen.

## Import-Seite

selfcheck-import-title = Papierfragebögen importieren
selfcheck-import-lead = Wenn Kolleginnen und Kollegen den Selbstcheck auf Papier ausgefüllt haben, übertragen Sie die Antworten in eine Tabelle und laden Sie diese hier als CSV-Datei hoch. Die Antworten zählen danach wie alle anderen Antworten dieser Runde.
selfcheck-import-upload-heading = Datei hochladen
selfcheck-import-file-label = CSV-Datei mit den Antworten
selfcheck-import-file-hint = Format „CSV UTF-8“ mit Semikolon als Trennzeichen, höchstens { $max } MB.
selfcheck-import-file-error = Die Datei wurde nicht importiert. Anzahl der Probleme: { $count }. Sie sind oben aufgeführt.
selfcheck-import-button = Antworten importieren
selfcheck-import-nothing-saved = Es wurde nichts gespeichert. Korrigieren Sie die Datei und laden Sie sie noch einmal hoch.
selfcheck-import-round-closed = Diese Runde ist abgeschlossen. Antworten können nur in eine laufende Runde importiert werden. Wenn Sie noch Antworten nachtragen müssen, öffnen Sie die Runde zuerst wieder.
selfcheck-import-format-heading = So muss die Datei aussehen
selfcheck-import-format-intro = Am einfachsten laden Sie die Vorlage herunter, tragen die Antworten in einem Tabellenprogramm ein und speichern die Datei als „CSV UTF-8 (durch Trennzeichen getrennt)“.
selfcheck-import-format-encoding = Zeichenkodierung UTF-8, Trennzeichen Semikolon (;). Die erste Zeile enthält die Spaltennamen.
selfcheck-import-format-columns = Spalten: respondent (Name der Person oder Stelle, die geantwortet hat), field (Handlungsfeld), statement (Kennung der Aussage), value (Antwort) und comment (Anmerkung, freiwillig, höchstens 2.000 Zeichen). Die Spalte statement_text mit dem Text der Aussage dient nur der Orientierung und wird beim Import nicht ausgewertet.
selfcheck-import-format-values = Antworten in der Spalte value: 3 (trifft voll zu), 2, 1, 0 (trifft nicht zu), dont_know (weiß nicht) oder not_applicable (nicht zutreffend).
selfcheck-import-format-names = Eine Zeile je Person und Aussage. Gehört ein Name schon zu einer Person dieser Runde, werden die Antworten ihr zugeordnet (Groß- und Kleinschreibung zählt dabei nicht). Sonst wird die Person ohne eigenes Konto angelegt.
selfcheck-import-format-empty = Zeilen ohne Antwort in der Spalte value werden übersprungen. So können Sie in der Vorlage unbeantwortete Aussagen einfach leer lassen.
selfcheck-import-format-replace = Hat eine Person eine Aussage schon beantwortet, ersetzt der Import diese Antwort. Enthält die Datei einen Fehler, wird gar nichts gespeichert.
selfcheck-import-example-heading = Beispiel
selfcheck-import-example-name = Jugendamt
selfcheck-import-example-comment = Beschluss des Kreistags 2024
selfcheck-import-template-link = Vorlage mit allen Aussagen herunterladen (CSV)
selfcheck-import-template-hint = Die Vorlage enthält jede Aussage, die für Ihre Kommune gilt, mit ihrem Text. Tragen Sie in jeder beantworteten Zeile den Namen und die Antwort ein.
selfcheck-import-back = Zurück zur Runde
notice-selfcheck-imported = Die Antworten aus der Datei sind gespeichert.

## Import-Fehler (ohne Zeilennummer; die Zeile fügt selfcheck-import-error-at-line hinzu)

selfcheck-import-error-at-line = Zeile { $line }: { $message }
selfcheck-import-error-no-file = Wählen Sie eine CSV-Datei aus.
selfcheck-import-error-unreadable = Die Datei ist nicht vollständig angekommen. Laden Sie sie bitte noch einmal hoch.
selfcheck-import-error-round-closed = Die Runde ist abgeschlossen. In eine abgeschlossene Runde können keine Antworten importiert werden.
selfcheck-import-error-not-utf8 = Die Datei ist nicht in UTF-8 gespeichert (hier steht das erste Zeichen, das nicht passt). Bitte als UTF-8 speichern: Wählen Sie in Excel „Speichern unter“ und den Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“, in LibreOffice den Zeichensatz „Unicode (UTF-8)“.
selfcheck-import-error-empty = Die Datei ist leer.
selfcheck-import-error-too-large = Die Datei ist zu groß. Erlaubt sind höchstens { $max } MB. Teilen Sie die Antworten auf mehrere Dateien auf.
selfcheck-import-error-separator = Die Spalten sind nicht durch Semikolons getrennt. Speichern Sie die Datei als „CSV UTF-8 (durch Trennzeichen getrennt)“ mit Semikolon als Trennzeichen.
selfcheck-import-error-missing-column = Die Spalte „{ $column }“ fehlt in der ersten Zeile.
selfcheck-import-error-unknown-column = Die Spalte „{ $column }“ ist unbekannt. Erlaubt sind respondent, field, statement, value, comment und statement_text.
selfcheck-import-error-duplicate-column = Die Spalte „{ $column }“ kommt mehrfach vor.
selfcheck-import-error-unclosed-quote = Ein Anführungszeichen (") wird geöffnet, aber nicht wieder geschlossen.
selfcheck-import-error-text-after-quote = Nach einem schließenden Anführungszeichen (") folgt noch Text in derselben Zelle.
selfcheck-import-error-cell-count = Die Zeile hat { $found } Spalten, die erste Zeile aber { $expected }.
selfcheck-import-error-respondent-missing = Der Name in der Spalte respondent fehlt.
selfcheck-import-error-respondent-too-long = Der Name in der Spalte respondent ist länger als { $max } Zeichen.
selfcheck-import-error-field-missing = Das Handlungsfeld in der Spalte field fehlt.
selfcheck-import-error-unknown-field = Das Handlungsfeld „{ $field }“ gibt es nicht.
selfcheck-import-error-statement-missing = Die Kennung der Aussage in der Spalte statement fehlt.
selfcheck-import-error-unknown-statement = Die Aussage „{ $statement }“ gibt es im Selbstcheck dieser Runde nicht.
selfcheck-import-error-other-field = Die Aussage „{ $statement }“ gehört nicht zum Handlungsfeld „{ $field }“.
selfcheck-import-error-bad-value = Die Antwort „{ $value }“ ist nicht erlaubt. Möglich sind 3, 2, 1, 0, dont_know und not_applicable.
selfcheck-import-error-comment-without-value = Die Zeile hat eine Anmerkung, aber keine Antwort. Tragen Sie eine Antwort ein, zum Beispiel dont_know.
selfcheck-import-error-comment-too-long = Die Anmerkung ist länger als { $max } Zeichen.
selfcheck-import-error-duplicate = Dieselbe Person hat diese Aussage schon in Zeile { $first } beantwortet.
selfcheck-import-error-no-answers = Die Datei enthält keine einzige Antwort.
selfcheck-import-error-more = Es gibt noch { $count } weitere Probleme. Korrigieren Sie zuerst die genannten und laden Sie die Datei dann noch einmal hoch.
selfcheck-import-error-ambiguous-name = In dieser Runde gibt es mehrere Personen mit dem Namen „{ $name }“. Die Antworten lassen sich deshalb nicht eindeutig zuordnen. Ergänzen Sie den Namen in der Datei, zum Beispiel um die Abteilung.

## API (Problemdetails nach RFC 9457)

selfcheck-api-error-unprocessable-title = Die Angaben können nicht verarbeitet werden
selfcheck-api-error-round-not-found = In Ihren Kommunen gibt es keine Selbstcheck-Runde mit dieser Kennung.
selfcheck-api-error-not-coordinator = Das dürfen nur Koordinatorinnen und Koordinatoren der Kommune.
selfcheck-api-error-ags-required = Sie koordinieren mehrere Kommunen (oder sind Administrator:in). Geben Sie im Feld „ags“ an, für welche Kommune die Runde gestartet werden soll.
selfcheck-api-error-municipality-not-found = Es gibt keine Kommune mit diesem Gemeindeschlüssel (ags).
selfcheck-api-error-round-closed = Die Runde ist abgeschlossen. Antworten und Zuweisungen lassen sich nicht mehr ändern.
selfcheck-api-error-already-closed = Die Runde ist bereits abgeschlossen.
selfcheck-api-error-wrong-instrument = Die Runde verwendet eine Fassung des Selbstchecks, die dieser Server nicht mehr kennt.
selfcheck-api-error-no-fields = Das Feld „fields“ muss mindestens ein Handlungsfeld nennen.
selfcheck-api-error-unknown-field = Das Handlungsfeld „{ $field }“ gibt es nicht. Die Kennungen liefert GET /api/v1/selfcheck/instrument.
selfcheck-api-error-unknown-item = Die Aussage „{ $item }“ gibt es nicht. Die Kennungen liefert GET /api/v1/selfcheck/instrument. Es wurde nichts gespeichert.
selfcheck-api-error-not-assigned = Die Aussage „{ $item }“ gehört zu einem Handlungsfeld, das Ihnen in dieser Runde nicht zugewiesen ist. Es wurde nichts gespeichert.
selfcheck-api-error-comment-too-long = Die Anmerkung zu „{ $item }“ ist länger als { $max } Zeichen. Es wurde nichts gespeichert.
selfcheck-api-error-duplicate-item = Die Aussage „{ $item }“ kommt mehrfach vor. Jede Aussage darf nur einmal beantwortet werden. Es wurde nichts gespeichert.
selfcheck-api-error-bad-value = Die Antwort { $value } zu „{ $item }“ ist nicht erlaubt. Möglich sind 3, 2, 1, 0, "dont_know" und "not_applicable". Es wurde nichts gespeichert.
