# Verwaltung der Plattform (nur für die Administration). Die Schlüssel admin-title, field-*, role-*,
# ags-error-*, invite-button und notice-invitation-sent stehen in platform.ftl.

admin-caption = Verwaltung
admin-intro = Hier verwalten Sie Kommunen, Personen und Einladungen, lesen das Protokoll und die Meldungen zu Barrieren und pflegen Impressum und Datenschutzerklärung.
admin-breadcrumbs-label = Brotkrümelpfad
admin-breadcrumbs-home = Startseite

admin-count-municipalities = { $count } Kommunen
admin-count-users = { $count } Personen mit Konto
admin-count-open-invitations = { $count } offene Einladungen
admin-count-unread-feedback = { $count } ungelesene Meldungen
admin-audit-teaser = Anmeldungen, Rollenwechsel, Einladungen und andere sicherheitsrelevante Ereignisse.
admin-site-pages-title = Texte der Plattform
admin-edit-impressum = Impressum bearbeiten
admin-edit-datenschutz = Datenschutzerklärung bearbeiten

## Listen, Filter, Seitennummerierung

admin-filter-all = Alle
admin-filter-button = Filtern
admin-filter-reset = Filter zurücksetzen
admin-list-caption = { $count } Treffer, Seite { $page } von { $pages }
admin-pagination-label = Seitennummerierung
admin-pagination-prev = Zurück
admin-pagination-prev-hidden = zur vorherigen Seite
admin-pagination-next = Weiter
admin-pagination-next-hidden = zur nächsten Seite
admin-pagination-page = Seite { $number }
admin-not-given = nicht angegeben

admin-col-name = Name
admin-col-email = E-Mail-Adresse
admin-col-ags = AGS
admin-col-type = Art
admin-col-land = Land
admin-col-population = Einwohnerzahl
admin-col-platform-role = Rolle auf der Plattform
admin-col-created = Angelegt (UTC)
admin-col-municipality = Kommune
admin-col-role = Rolle
admin-col-change-role = Rolle ändern
admin-col-expires = Gültig bis (UTC)
admin-col-status = Stand
admin-col-time = Zeit (UTC)
admin-col-event = Ereignis
admin-col-actor = Ausgeführt von
admin-col-subject = Betrifft
admin-col-ip = IP-Adresse
admin-col-detail = Einzelheiten

## Kommunen

admin-municipalities-title = Kommunen
admin-municipalities-search = Name oder AGS
admin-municipalities-type = Art der Kommune
admin-municipalities-land = Land
admin-municipalities-none = Keine Kommune passt zu diesen Filtern.
admin-municipalities-source = Datenquelle: Statistisches Bundesamt (Destatis), GV-ISys, Stand 31.12.2018; aufbereitet von landkreise-deutschland (CC BY 4.0)
admin-municipalities-add-heading = Kreisangehörige Gemeinde hinzufügen
admin-municipalities-add-intro = Landkreise und kreisfreie Städte sind schon angelegt. Gemeinden in einem Landkreis fügen Sie hier hinzu, bevor Sie jemanden dorthin einladen.
admin-municipalities-add-button = Gemeinde hinzufügen
admin-field-ags-gemeinde = Amtlicher Gemeindeschlüssel (AGS)
admin-field-ags-gemeinde-hint = 8 Ziffern, zum Beispiel 12072232 für Ludwigsfelde
admin-field-municipality-name = Name der Gemeinde
admin-field-population = Einwohnerzahl (freiwillig)
admin-field-population-hint = Nur Ziffern, zum Beispiel 25000
admin-ags-error-gemeinde = Eine kreisangehörige Gemeinde hat einen Amtlichen Gemeindeschlüssel mit 8 Ziffern. Die ersten 5 Ziffern stehen für den Landkreis.
admin-ags-error-exists = Eine Kommune mit diesem Amtlichen Gemeindeschlüssel gibt es schon
admin-population-error-shape = Geben Sie die Einwohnerzahl als ganze Zahl ohne Komma ein, zum Beispiel 25000
admin-population-error-too-large = Die Einwohnerzahl ist zu groß. Prüfen Sie die Eingabe.
notice-admin-municipality-added = Die Gemeinde ist angelegt. Sie können jetzt jemanden dorthin einladen.

## Personen

admin-users-title = Personen
admin-users-search = Name oder E-Mail-Adresse
admin-users-none = Keine Person passt zu dieser Suche.
admin-role-none = Keine
admin-user-platform-role-heading = Rolle auf der ganzen Plattform
admin-user-platform-role-intro = Die Redaktion pflegt das Wissensangebot. Die Administration verwaltet die ganze Plattform. Für die Arbeit in einer Kommune reicht eine Mitgliedschaft.
admin-user-platform-role-button = Rolle speichern
admin-role-error-own = Sie können sich die Rolle Administration nicht selbst nehmen. Bitten Sie eine andere Person mit dieser Rolle darum.
admin-user-memberships-heading = Kommunen
admin-user-memberships-none = Diese Person gehört zu keiner Kommune.
admin-membership-role-in = Rolle in { $name }
admin-membership-save-for = Rolle in { $name } speichern
admin-membership-remove = Aus der Kommune entfernen
admin-membership-add-heading = Zu einer Kommune hinzufügen
admin-membership-add-button = Hinzufügen
admin-field-membership-ags-hint = 5 Ziffern für einen Landkreis oder eine kreisfreie Stadt, 8 Ziffern für eine Gemeinde, zum Beispiel 12072
notice-admin-role-saved = Die Rolle ist gespeichert.
notice-admin-membership-saved = Die Mitgliedschaft ist gespeichert.

## Einladungen

admin-invitations-title = Einladungen
admin-invite-heading = Jemanden einladen
admin-invite-intro = Die eingeladene Person bekommt eine E-Mail mit einem Link, der 7 Tage gilt. Für eine Rolle in einer Kommune geben Sie deren Amtlichen Gemeindeschlüssel an.
admin-field-ags = Kommune (AGS)
admin-field-ags-hint = 5 Ziffern für einen Landkreis oder eine kreisfreie Stadt, 8 Ziffern für eine Gemeinde. Bei einer Rolle für die ganze Plattform bleibt das Feld leer.
admin-invite-role-editor = Redaktion (ganze Plattform)
admin-invite-role-admin = Administration (ganze Plattform)
admin-ags-error-missing = Geben Sie den Amtlichen Gemeindeschlüssel der Kommune ein
admin-ags-error-unknown = Zu diesem Amtlichen Gemeindeschlüssel gibt es keine Kommune auf der Plattform. Legen Sie eine Gemeinde zuerst unter Kommunen an.
admin-invite-error-already-member = Diese E-Mail-Adresse gehört schon zu einem Mitglied dieser Kommune. Die Rolle ändern Sie unter Personen.
admin-invitations-latest = Die letzten 100 Einladungen
admin-invitations-none = Es gibt noch keine Einladungen.
admin-invitation-whole-platform = ganze Plattform
admin-invitation-open = offen
admin-invitation-accepted = angenommen
admin-invitation-expired = abgelaufen

## Protokoll

admin-audit-title = Protokoll
admin-audit-intro = Sicherheitsrelevante Ereignisse, die neuesten zuerst. Alle Zeiten in koordinierter Weltzeit (UTC).
admin-audit-none = Keine Einträge.
admin-event-login-ok = Anmeldung
admin-event-login-failed = Anmeldung fehlgeschlagen
admin-event-logout = Abmeldung
admin-event-password-changed = Passwort geändert
admin-event-password-reset-requested = Neues Passwort angefordert
admin-event-role-changed = Rolle geändert
admin-event-invitation-sent = Einladung verschickt
admin-event-invitation-accepted = Einladung angenommen
admin-event-user-created = Konto angelegt
admin-event-user-deleted = Konto gelöscht
admin-event-token-created = API-Token erstellt
admin-event-token-revoked = API-Token widerrufen
admin-event-municipality-added = Kommune hinzugefügt
admin-event-data-sharing-changed = Datenfreigabe geändert

## Meldungen zur Barrierefreiheit

admin-feedback-title = Meldungen zu Barrieren
admin-feedback-none = Es sind keine Meldungen eingegangen.
admin-feedback-received = Meldung vom { $time } (UTC)
admin-feedback-unread = ungelesen
admin-feedback-read = gelesen
admin-feedback-page = Betroffene Seite
admin-feedback-mark-read = Als gelesen markieren
notice-admin-feedback-read = Die Meldung ist als gelesen markiert.

## Impressum und Datenschutz

admin-site-page-title = { $page } bearbeiten
admin-site-page-intro = Schreiben Sie den Text in beiden Sprachen. Eine Leerzeile beginnt einen neuen Absatz. Wenn Sie ein Feld leeren, erscheint wieder der mitgelieferte Standardtext.
admin-site-page-view = { $page } ansehen
admin-site-page-text-de = Text auf Deutsch
admin-site-page-text-en = Text auf Englisch
admin-site-page-hint = Nur Text, keine Formatierung. Höchstens { $max } Zeichen.
admin-site-page-button = Texte speichern
admin-page-error-too-long = Der Text ist zu lang. Kürzen Sie ihn auf höchstens 50.000 Zeichen.
notice-admin-page-saved = Die Texte sind gespeichert.
