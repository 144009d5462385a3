# Texte des Plattform-Rahmens von weltoffen (Deutsch).
# Fluent-Syntax: https://projectfluent.org/fluent/guide/
# Jeder Schlüssel muss auch in locales/en/platform.ftl stehen.

## Site frame

site-name = weltoffen
site-description = Mit weltoffen prüfen Kommunen, wo sie beim Thema Weltoffenheit stehen, planen mit Politik, Wirtschaft und Zivilgesellschaft die nächsten Schritte und finden Rückhalt und Wissen.
skip-link = Zum Inhalt springen
# Beschriftung der Schaltfläche, die auf Englisch umschaltet (in der Zielsprache).
language-switch = English
footer-heading = Informationen zu dieser Website
footer-impressum = Impressum
footer-datenschutz = Datenschutz
footer-barrierefreiheit = Barrierefreiheit
footer-meta = weltoffen ist freie Software für Kommunen, die an Weltoffenheit und Zusammenhalt arbeiten.

## Navigation

nav-label = Hauptnavigation
nav-home = Startseite
# Link zur Seite der aktiven Kommune; $name ist ihr Name.
nav-municipality = { $name }
nav-selfcheck = Selbstcheck
nav-action-plan = Handlungsplan
nav-admin = Administration
nav-editorial = Redaktion
nav-login = Anmelden
nav-account = Mein Konto
nav-logout = Abmelden
municipality-switch-label = Aktuelle Kommune
municipality-switch-button = Kommune wechseln
switch-error-unknown = Sie sind kein Mitglied dieser Kommune. Wählen Sie eine Ihrer Kommunen aus der Liste aus.

## Forms and errors

# Unsichtbarer Vorsatz vor jeder Fehlermeldung an einem Feld (für Screenreader).
error-prefix = Fehler:
# Steht vor dem Seitentitel, wenn ein Formular Fehler enthält.
title-error-prefix = Fehler:
error-summary-title = Es gibt ein Problem

field-email = E-Mail-Adresse
field-password = Passwort
field-password-confirm = Passwort wiederholen
field-new-password = Neues Passwort
field-current-password = Aktuelles Passwort
field-your-name = Ihr Name
field-language = Sprache
field-role = Rolle
password-hint = Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist sicher und leicht zu merken.

email-error-missing = Geben Sie eine E-Mail-Adresse ein
email-error-shape = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@kommune.de
email-error-too-long = Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein
name-error-missing = Geben Sie Ihren Namen ein
name-error-too-long = Der Name darf höchstens 120 Zeichen lang sein
name-error-shape = Entfernen Sie Tabulatoren und andere unsichtbare Steuerzeichen aus dem Namen
password-error-missing = Geben Sie Ihr Passwort ein
password-error-too-short = Das Passwort muss mindestens 10 Zeichen lang sein
password-error-too-long = Das Passwort darf höchstens 256 Zeichen lang sein
password-error-mismatch = Die beiden Passwörter sind nicht gleich. Geben Sie in beide Felder dasselbe Passwort ein.
password-error-current-wrong = Das Passwort stimmt nicht. Geben Sie das Passwort ein, mit dem Sie sich anmelden.
error-unknown-language = Wählen Sie Deutsch oder Englisch als Sprache
error-body-too-large = Das Formular enthält zu viel Text. Kürzen Sie Ihre Eingaben und senden Sie das Formular noch einmal.

## Confirmations after an action

notice-account-created = Ihr Konto ist angelegt. Sie können sich jetzt anmelden.
notice-invitation-accepted = Sie haben die Einladung angenommen. Melden Sie sich an, um loszulegen.
notice-account-deleted = Ihr Konto ist gelöscht.
notice-feedback-sent = Vielen Dank für Ihre Meldung. Wenn Sie eine E-Mail-Adresse angegeben haben, antworten wir Ihnen innerhalb von zwei Wochen.
notice-invitation-sent = Die Einladung ist verschickt. Der Link darin gilt 7 Tage.
notice-logged-out = Sie sind abgemeldet.
notice-password-changed = Ihr Passwort ist geändert. Auf allen anderen Geräten sind Sie jetzt abgemeldet.
notice-password-reset = Ihr neues Passwort ist gespeichert. Melden Sie sich jetzt damit an.
notice-profile-saved = Ihre Änderungen sind gespeichert.
notice-reset-sent = Wenn es zu dieser E-Mail-Adresse ein Konto gibt, haben wir Ihnen einen Link geschickt. Er gilt 1 Stunde. Sehen Sie auch im Spam-Ordner nach.
notice-role-changed = Die Mitgliederliste ist aktualisiert.
notice-token-revoked = Der Token ist widerrufen. Programme können ihn nicht mehr nutzen.

## Login and passwords

login-title = Anmelden
login-button = Anmelden
login-forgot = Passwort vergessen?
login-no-registration = Sie können sich nicht selbst registrieren. Ein Konto bekommen Sie, wenn die Koordination Ihrer Kommune oder die Administration der Plattform Sie einlädt.
# Verrät bewusst nicht, ob es die E-Mail-Adresse gibt.
login-error-wrong = E-Mail-Adresse oder Passwort stimmen nicht. Prüfen Sie beides und versuchen Sie es noch einmal.
login-error-throttled = Es gab zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in 15 Minuten noch einmal oder setzen Sie Ihr Passwort zurück.
forgot-title = Passwort vergessen
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen. Der Link gilt 1 Stunde.
forgot-button = Link zusenden
reset-title = Neues Passwort festlegen
reset-button = Passwort speichern
reset-error-invalid = Dieser Link funktioniert nicht. Er ist ungültig, wurde schon benutzt oder ist abgelaufen. Fordern Sie auf der Anmeldeseite unter „Passwort vergessen?“ einen neuen Link an.

## Invitations

invitation-title = Einladung annehmen
# $municipality ist der Name der Kommune.
invitation-intro = Sie sind eingeladen, auf weltoffen für { $municipality } mitzuarbeiten.
invitation-intro-platform = Sie sind eingeladen, bei der Betreuung der Plattform weltoffen mitzuarbeiten.
invitation-existing-account = Für diese E-Mail-Adresse gibt es schon ein Konto. Geben Sie Ihr Passwort ein, um die Einladung anzunehmen.
invitation-accept-button = Einladung annehmen
invitation-create-button = Konto anlegen
invitation-error-unknown = Diese Einladung gibt es nicht. Prüfen Sie, ob Sie den Link vollständig kopiert haben. Klappt es dann immer noch nicht, bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung.
invitation-error-used = Diese Einladung wurde schon angenommen. Melden Sie sich mit Ihrem Konto an. Wenn Sie eine neue Einladung brauchen, fragen Sie die Person, die Sie eingeladen hat.
invitation-error-expired = Diese Einladung ist abgelaufen. Einladungen gelten 7 Tage. Bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung.
invitation-error-password = Das Passwort passt nicht zu Ihrem bestehenden Konto. Geben Sie das Passwort ein, mit dem Sie sich bei weltoffen anmelden.
invite-colleague-heading = Kolleg:innen einladen
invite-colleague-intro = Laden Sie Kolleg:innen aus Ihrer Verwaltung ein. Die eingeladene Person bekommt eine E-Mail mit einem Link, der 7 Tage gilt. Wer die Rolle Koordination hat, kann weitere Personen einladen und Rollen ändern.
invite-button = Einladung senden
invite-error-already-member = Diese E-Mail-Adresse gehört schon zu einem Mitglied Ihrer Kommune. Die Rolle können Sie in der Mitgliederliste ändern.

## Account

account-title = Mein Konto
account-memberships-heading = Ihre Kommunen
account-profile-heading = Name und Sprache
account-profile-button = Änderungen speichern
account-password-heading = Passwort ändern
account-password-button = Passwort ändern
account-tokens-heading = Zugangs-Tokens für Programme
account-tokens-intro = Mit einem Token kann ein anderes Programm in Ihrem Namen auf weltoffen zugreifen, zum Beispiel ein Fachverfahren Ihrer Verwaltung. Ein Token hat dieselben Rechte wie Ihr Konto. Legen Sie nur dann einen an, wenn Sie ihn wirklich brauchen.
account-tokens-none = Sie haben noch keinen Token angelegt.
field-token-name = Name des Tokens
token-name-hint = Zum Beispiel der Name des Programms, das den Token nutzt. Höchstens 80 Zeichen.
token-col-name = Name
token-col-created = Angelegt am
token-col-used = Zuletzt genutzt
token-col-actions = Aktionen
token-never-used = Noch nie
token-create-button = Token anlegen
token-created-heading = Ihr neuer Token
token-created-text = Kopieren Sie den Token jetzt und bewahren Sie ihn sicher auf. Wir zeigen ihn nur dieses eine Mal an.
# Zugänglicher Name der Schaltfläche in jeder Tabellenzeile; $name ist der Name des Tokens.
token-revoke = Token „{ $name }“ widerrufen
token-error-name-missing = Geben Sie einen Namen für den Token ein
token-error-name-too-long = Der Name des Tokens darf höchstens 80 Zeichen lang sein
account-delete-heading = Konto löschen
account-delete-text = Wenn Sie Ihr Konto löschen, entfernen wir Ihren Namen, Ihre E-Mail-Adresse, Ihre Rollen und Ihre Tokens. Das lässt sich nicht rückgängig machen. Einträge im Sicherheitsprotokoll bleiben bis zu 12 Monate erhalten. Geben Sie zur Bestätigung Ihr Passwort ein.
field-delete-password = Passwort zur Bestätigung
account-delete-button = Konto endgültig löschen

## Municipality

municipality-type-landkreis = Landkreis
municipality-type-kreisfreie-stadt = Kreisfreie Stadt
municipality-type-gemeinde = Kreisangehörige Gemeinde
municipality-ags = Amtlicher Gemeindeschlüssel (AGS)
municipality-land = Land
municipality-population = Einwohnerzahl
municipality-your-role = Ihre Rolle
ags-error-shape = Der Amtliche Gemeindeschlüssel hat 5 Ziffern für einen Landkreis oder eine kreisfreie Stadt und 8 Ziffern für eine Gemeinde. Geben Sie nur Ziffern ein, zum Beispiel 12072.
ags-error-land = Die ersten beiden Ziffern des Amtlichen Gemeindeschlüssels stehen für das Land. Sie müssen zwischen 01 und 16 liegen.
members-heading = Mitglieder
members-col-name = Name
members-col-email = E-Mail-Adresse
members-col-role = Rolle
members-col-change = Rolle ändern
members-remove = Aus der Kommune entfernen
# Zugängliche Namen der Bedienelemente in jeder Tabellenzeile; $name ist der Name des Mitglieds.
members-role-for = Rolle von { $name }
members-save-for = Rolle von { $name } speichern

role-member = Mitglied
role-coordinator = Koordination
role-admin = Administration
role-editor = Redaktion
role-error-unknown = Wählen Sie eine Rolle aus der Liste aus
role-error-last-coordinator = Eine Kommune braucht mindestens eine Person mit der Rolle Koordination. Geben Sie zuerst einem anderen Mitglied diese Rolle. Danach können Sie diese Rolle ändern oder die Person entfernen.

admin-title = Administration der Plattform

## Home page

home-title = Gemeinsam zur weltoffenen Kommune
home-lead = Mit weltoffen sieht Ihre Verwaltung, wo sie steht, plant die nächsten Schritte mit Politik, Wirtschaft und Zivilgesellschaft und kommt mit den Menschen vor Ort ins Gespräch. Die Plattform baut auf dem Modellprojekt „Weltoffene Kommune – Vom Dialog zum Zusammenhalt“ auf, in dem von 2019 bis 2022 insgesamt 35 Kommunen mitgearbeitet haben.
home-login = Anmelden
home-what-heading = Was eine weltoffene Kommune ausmacht
home-what-p1 = Weltoffenheit ist zuerst eine Haltung. Sie zeigt sich darin, wie eine Verwaltung Menschen begegnet, wie sie Vielfalt wertschätzt und wie ehrlich sie auf ihre eigene Arbeit schaut. Und sie zeigt sich im Alltag der ganzen Stadt oder Gemeinde: Alle, die dort leben, sollen respektvoll behandelt werden und die gleichen Chancen haben.
home-what-p2 = Integration und Teilhabe sind nicht die Aufgabe eines einzelnen Amts. Sie betreffen das Bürgerbüro ebenso wie die Ausländerbehörde, das Jugendamt, die Schulverwaltung und die Wirtschaftsförderung. Eine weltoffene Kommune öffnet ihre regulären Angebote für alle, statt nur Sonderangebote zu schaffen.
home-what-p3 = Jede Kommune fängt an einem anderen Punkt an. Wichtig ist, genau hinzusehen, wo Sie heute stehen, und die nächsten Schritte nicht allein zu gehen: mit Rat oder Kreistag, mit Unternehmen und Kammern, mit Vereinen, Initiativen und Migrant:innenorganisationen.
home-parts-heading = Was Sie auf weltoffen finden
home-part-selfcheck-title = Selbstcheck
home-part-selfcheck-text = Mitarbeiter:innen aus allen Fachbereichen beantworten Fragen zu sieben Handlungsfeldern, von Management und Steuerung bis zu Kommunikation und Konfliktmanagement. So sehen Sie, was in Ihrer Kommune schon gut läuft und wo es Lücken gibt.
home-part-workshop-title = Werkstatt und Aktionsplan
home-part-workshop-text = In einer moderierten Werkstatt besprechen Verwaltung, Politik, Wirtschaft und Zivilgesellschaft die Ergebnisse des Selbstchecks. Gemeinsam halten Sie Ziele, Maßnahmen und Zuständigkeiten in einem Aktionsplan fest.
home-part-dialogue-title = Dialog vor Ort
home-part-dialogue-text = Planen Sie Dialogveranstaltungen mit den Einwohner:innen, laden Sie dazu ein und halten Sie die Ergebnisse fest. So reden Menschen mit ganz verschiedenen Lebensgeschichten mit, wenn es um ihre Kommune geht.
home-part-leadership-title = Rückhalt für Entscheider:innen
home-part-leadership-text = Wer eine Kommune leitet oder im Rat sitzt und angefeindet wird, findet hier vertraulichen Austausch unter Kolleg:innen nach der Chatham-House-Regel und kollegiale Beratung. Drohungen halten Sie in einem verschlüsselten Protokoll fest, das Sie für die Polizei exportieren können.
home-part-knowledge-title = Magazin und Netzwerk
home-part-knowledge-text = Das Magazin sammelt Praxiswissen und Beispiele aus Kommunen, geordnet nach den sieben Handlungsfeldern. Im Netzwerkverzeichnis finden Sie Ansprechpersonen in anderen Kommunen und in Fachstellen.
home-part-knowledge-link = Zum Magazin
home-start-heading = So fangen Sie an
home-start-step1 = Die Administration der Plattform richtet Ihre Kommune ein und lädt die Person ein, die bei Ihnen die Koordination übernimmt.
home-start-step2 = Die Koordination lädt Kolleg:innen aus den Ämtern und Fachbereichen ein, die mitarbeiten sollen.
home-start-step3 = Gemeinsam beginnen Sie mit dem Selbstcheck und sehen, wo Ihre Kommune steht.

## Accessibility statement

a11y-title = Erklärung zur Barrierefreiheit
a11y-intro = Alle Menschen sollen weltoffen nutzen können. Diese Erklärung gilt für die gesamte Website weltoffen unter dieser Adresse, auch für die Bereiche nach der Anmeldung. Sie folgt den Vorgaben der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der EU-Richtlinie 2016/2102.
a11y-status-heading = Wie barrierefrei ist diese Website?
a11y-status-text = Diese Website ist teilweise mit der BITV 2.0 vereinbar. Maßstab sind die Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA und die europäische Norm EN 301 549. Was noch nicht barrierefrei ist, steht im nächsten Abschnitt.
a11y-limits-heading = Was noch nicht barrierefrei ist
a11y-limits-1 = Berichte und Fragebögen als PDF sind noch nicht alle vollständig getaggt. Wir stellen sie nach und nach um. Bis dahin schicken wir Ihnen die Inhalte auf Wunsch in einer zugänglichen Form.
a11y-limits-2 = Texte, die Kommunen selbst einstellen, zum Beispiel Einladungen oder Aktionspläne, sind nicht immer in einfacher Sprache geschrieben.
a11y-limits-3 = Neben jedem Diagramm steht eine Tabelle mit denselben Zahlen. Umfangreichere Datenansichten testen wir noch mit Screenreadern.
a11y-prepared-heading = Wie diese Erklärung entstanden ist
a11y-prepared-text = Wir haben die Website selbst bewertet. Bei jeder Änderung prüfen automatische Tests mit dem Werkzeug axe die Seiten in einem echten Browser. Zusätzlich gehen wir die Abläufe von Hand nur mit der Tastatur durch. Die Erklärung wurde im November 2026 erstellt.
a11y-feedback-heading = Barriere melden
a11y-feedback-intro = Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie uns mit dem Formular unten. Wenn Sie eine E-Mail-Adresse angeben, antworten wir Ihnen innerhalb von zwei Wochen.
feedback-message = Beschreiben Sie die Barriere
feedback-message-hint = Was wollten Sie tun, und was hat nicht funktioniert? Nennen Sie gern auch Ihr Hilfsmittel, zum Beispiel Ihren Screenreader. Höchstens 5.000 Zeichen.
feedback-page = Betroffene Seite (freiwillig)
feedback-page-hint = Die Adresse oder der Titel der Seite.
feedback-name = Ihr Name (freiwillig)
feedback-optional = Sie können uns auch ohne Namen schreiben.
feedback-email = Ihre E-Mail-Adresse (freiwillig)
feedback-email-hint = Nur nötig, wenn Sie eine Antwort möchten.
feedback-button = Meldung senden
feedback-error-message-missing = Beschreiben Sie die Barriere
feedback-error-message-too-long = Die Beschreibung darf höchstens 5.000 Zeichen lang sein
feedback-error-url-too-long = Die Angabe zur Seite darf höchstens 500 Zeichen lang sein
a11y-enforcement-heading = Schlichtungsverfahren
a11y-enforcement-text = Sind Sie mit unserer Antwort nicht zufrieden, oder haben Sie keine Antwort bekommen? Dann können Sie sich an die Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes (BGG) wenden. Sie gehört zum Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen. Das Verfahren ist kostenlos, Sie brauchen keinen Rechtsbeistand. Mehr dazu finden Sie auf www.schlichtungsstelle-bgg.de. Wird diese Plattform von einer Stelle eines Landes oder von einer Kommune betrieben, ist die Durchsetzungs- oder Schlichtungsstelle des jeweiligen Landes zuständig.

## Legal pages

impressum-title = Impressum
datenschutz-title = Datenschutzerklärung
# Platzhalter, bis der Betreiber einen eigenen Text speichert. Absätze sind durch Leerzeilen getrennt.
impressum-default =
    Hinweis: Dies ist ein Platzhalter. Wer weltoffen betreibt, muss hier vor dem Start die eigenen Angaben eintragen (§ 5 Digitale-Dienste-Gesetz und § 18 Medienstaatsvertrag). Die Administration der Plattform kann diesen Text ersetzen.

    Betreiber der Plattform: [Name der Kommune, des Verbands oder der Organisation]

    Anschrift: [Straße und Hausnummer, Postleitzahl und Ort]

    Vertreten durch: [Name und Funktion der vertretungsberechtigten Person]

    Kontakt: [Telefonnummer], [E-Mail-Adresse]

    Zuständige Aufsichtsbehörde: [nur bei Behörden und Körperschaften des öffentlichen Rechts]

    Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: [Name und Anschrift]

    Inhalte der Kommunen: Für Texte und Dateien, die Kommunen auf der Plattform einstellen, ist die jeweilige Kommune verantwortlich.
datenschutz-default =
    Hinweis: Dies ist eine Vorlage. Der Betreiber der Plattform ergänzt die Angaben in eckigen Klammern und prüft den Text, bevor die Plattform startet. Die Vorlage beschreibt, wie weltoffen in der Grundeinstellung arbeitet.

    Verantwortlich: [Name und Anschrift der Stelle, die die Plattform betreibt, E-Mail-Adresse]

    Datenschutzbeauftragte Person: [Name oder Funktion, Anschrift, E-Mail-Adresse]

    Beim Besuch der Website: Unser Server schreibt bei jedem Aufruf einen Eintrag in sein Protokoll, mit IP-Adresse, Zeitpunkt und aufgerufener Adresse. Wir brauchen diese Einträge, um Angriffe und Störungen zu erkennen und abzuwehren. Nach 14 Tagen löschen wir sie.

    Cookies: Wir setzen nur Cookies, die technisch notwendig sind. „__Host-weltoffen_session“ hält Sie angemeldet; die Sitzung selbst speichern wir auf unserem Server. Sie endet, wenn Sie sich abmelden, spätestens aber nach der eingestellten Dauer (in der Grundeinstellung 12 Stunden). „__Host-weltoffen_csrf“ schützt Formulare davor, von fremden Websites missbraucht zu werden, und wird gelöscht, wenn Sie den Browser schließen. „__Host-weltoffen_lang“ merkt sich die Sprache, die Sie gewählt haben, für ein Jahr. Für diese Cookies brauchen wir keine Einwilligung (§ 25 Abs. 2 Nr. 2 TDDDG).

    Ihr Konto: Konten entstehen nur durch eine Einladung. Für Ihr Konto speichern wir Ihren Namen, Ihre E-Mail-Adresse, die gewählte Sprache, Ihre Rollen und die Kommunen, in denen Sie mitarbeiten, außerdem die Tokens, die Sie anlegen. Ihr Passwort speichern wir nicht im Klartext, sondern nur als sicheren Hashwert.

    Schutz der Anmeldung: Damit niemand Passwörter durch Ausprobieren erraten kann, zählen wir fehlgeschlagene Anmeldeversuche je E-Mail-Adresse und je IP-Adresse. Diese Zähler verfallen nach 15 Minuten. Sicherheitsrelevante Ereignisse, etwa Anmeldungen, Einladungen, Änderungen von Rollen und Passwörtern oder das Löschen eines Kontos, halten wir mit E-Mail-Adresse und IP-Adresse in einem Sicherheitsprotokoll fest. Nur die Administration der Plattform kann es einsehen. Die Einträge löscht die Plattform nach 12 Monaten von selbst.

    E-Mails: Wir schreiben Ihnen nur, wenn Sie eingeladen werden, wenn Sie ein neues Passwort anfordern und wenn Ihr Passwort geändert wurde. Es gibt keinen Newsletter und keine Werbung.

    Meldungen zur Barrierefreiheit: Wenn Sie uns über das Formular auf der Seite „Barrierefreiheit“ schreiben, speichern wir Ihre Nachricht und, falls Sie sie angeben, Ihren Namen, Ihre E-Mail-Adresse und die betroffene Seite. Wir nutzen diese Angaben nur, um die Barriere zu beheben und Ihnen zu antworten.

    Keine Verfolgung: weltoffen nutzt keine Analyse- oder Tracking-Werkzeuge. Schriften, Skripte und Bilder kommen alle von unserem eigenen Server. Ihr Browser schickt beim Besuch keine Anfragen an Dritte.

    Zweck und Rechtsgrundlage: Wir verarbeiten die Daten, damit Kommunen die Plattform für ihre öffentlichen Aufgaben nutzen können (Art. 6 Abs. 1 Buchstabe e DSGVO), und um rechtliche Pflichten zu erfüllen, etwa zur IT-Sicherheit und zur Barrierefreiheit (Art. 6 Abs. 1 Buchstabe c DSGVO). Soweit es um Ihr Konto geht, ist die Rechtsgrundlage Art. 6 Abs. 1 Buchstabe b DSGVO.

    Empfänger: Wir geben Ihre Daten nicht an Dritte weiter. Für den Betrieb des Servers und den Versand von E-Mails kann der Betreiber Dienstleister beauftragen, die nach Art. 28 DSGVO an seine Weisungen gebunden sind: [Dienstleister eintragen oder diesen Absatz anpassen].

    Ihre Rechte: Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie das Recht, der Verarbeitung zu widersprechen (Art. 15 bis 18 und Art. 21 DSGVO). Ihr Konto können Sie jederzeit selbst löschen, auf der Seite „Mein Konto“. Für alles andere wenden Sie sich an die oben genannte verantwortliche Stelle oder an die datenschutzbeauftragte Person.

    Beschwerde: Sie können sich bei einer Aufsichtsbehörde für den Datenschutz beschweren, zum Beispiel bei der Behörde Ihres Landes. Für uns zuständig ist: [Name und Anschrift der Aufsichtsbehörde].

    Stand: [Datum eintragen]

## Mails

# Variablen: $inviter (Name der einladenden Person), $municipality, $link, $expires (Datum),
# $details (leer oder ein Absatz, den ein Bereich anfügt, z. B. die Handlungsfelder eines Selbstchecks, samt Leerzeile danach).
mail-invitation-subject = Einladung zu weltoffen: { $municipality }
mail-invitation-body =
    Guten Tag,

    { $inviter } lädt Sie ein, auf weltoffen für { $municipality } mitzuarbeiten. Auf weltoffen arbeiten Kommunen gemeinsam daran, weltoffener zu werden, vom Selbstcheck bis zum Aktionsplan.

    { $details }Mit diesem Link nehmen Sie die Einladung an:

    { $link }

    Der Link gilt bis zum { $expires }.

    Sie haben keine Einladung erwartet? Dann können Sie diese E-Mail einfach löschen. Solange Sie den Link nicht öffnen, passiert nichts.

    Viele Grüße
    weltoffen
mail-invitation-platform-subject = Einladung zur Plattform weltoffen
mail-invitation-platform-body =
    Guten Tag,

    { $inviter } lädt Sie ein, bei der Betreuung der Plattform weltoffen mitzuarbeiten.

    { $details }Mit diesem Link nehmen Sie die Einladung an:

    { $link }

    Der Link gilt bis zum { $expires }.

    Sie haben keine Einladung erwartet? Dann können Sie diese E-Mail einfach löschen. Solange Sie den Link nicht öffnen, passiert nichts.

    Viele Grüße
    weltoffen
mail-reset-subject = Neues Passwort für weltoffen
mail-reset-body =
    Guten Tag,

    für Ihr Konto bei weltoffen wurde ein neues Passwort angefordert. Mit diesem Link legen Sie es fest:

    { $link }

    Der Link gilt 1 Stunde und funktioniert nur einmal.

    Sie haben kein neues Passwort angefordert? Dann können Sie diese E-Mail einfach löschen. Ihr bisheriges Passwort bleibt gültig.

    Viele Grüße
    weltoffen
mail-password-changed-subject = Ihr Passwort für weltoffen wurde geändert
mail-password-changed-body =
    Guten Tag,

    das Passwort für Ihr Konto bei weltoffen wurde gerade geändert. Auf allen anderen Geräten sind Sie jetzt abgemeldet.

    Waren Sie das nicht? Dann setzen Sie Ihr Passwort sofort auf der Anmeldeseite unter „Passwort vergessen?“ zurück. Informieren Sie außerdem die Koordination Ihrer Kommune oder die Administration der Plattform.

    Viele Grüße
    weltoffen

## Error pages

error-back-home = Zur Startseite
# Steht vor der Vorgangsnummer auf Fehlerseiten.
error-request-id = Vorgangsnummer für Rückfragen:
error-bad-request-title = Das hat leider nicht geklappt
error-bad-request-text = Die Anfrage war unvollständig oder fehlerhaft. Gehen Sie zurück und versuchen Sie es noch einmal.
error-login-required-title = Bitte melden Sie sich an
error-login-required-text = Diese Seite sehen nur angemeldete Personen. Melden Sie sich an und rufen Sie die Seite dann noch einmal auf.
error-forbidden-title = Kein Zugriff
error-forbidden-text = Sie haben keinen Zugriff auf die Seiten dieser Kommune oder dieses Bereichs. Wenn Sie Zugriff brauchen, wenden Sie sich an die Koordination Ihrer Kommune.
error-csrf-title = Das Formular ist abgelaufen
error-csrf-text = Das Formular war zu lange geöffnet oder wurde von einer anderen Website abgeschickt. Zu Ihrer Sicherheit haben wir es nicht verarbeitet. Gehen Sie zurück, laden Sie die Seite neu und senden Sie das Formular noch einmal.
error-not-found-title = Seite nicht gefunden
error-not-found-text = Diese Seite gibt es nicht oder nicht mehr. Wenn Sie die Adresse eingetippt oder kopiert haben, prüfen Sie, ob sie vollständig und richtig ist.
error-conflict-title = Diese Änderung ist nicht möglich
error-conflict-text = Die Änderung passt nicht zum aktuellen Stand, zum Beispiel weil gerade jemand anderes dieselben Daten geändert hat. Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-too-many-title = Zu viele Anfragen
error-too-many-text = In kurzer Zeit kamen sehr viele Anfragen von Ihnen. Warten Sie ein paar Minuten und versuchen Sie es dann noch einmal.
error-internal-title = Bei uns ist ein Fehler aufgetreten
error-internal-text = Das liegt nicht an Ihnen. Wir wurden automatisch benachrichtigt. Versuchen Sie es bitte später noch einmal. Wenn Sie sich an uns wenden, nennen Sie bitte die Vorgangsnummer.

## Data credits
municipality-data-credit = Datenquelle für Name, Art und Einwohnerzahl: Statistisches Bundesamt (Destatis), GV-ISys, Stand 31.12.2018; aufbereitet von landkreise-deutschland (CC BY 4.0).
municipality-checklists-link = Checklisten aus dem Magazin: Stand Ihrer Kommune
