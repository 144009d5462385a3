# Selbstcheck: Handlungsplan, Fortsetzung – Verlauf einer Aussage, Wirkung einer Maßnahme,
# öffentliche Fortschrittsseite und Erinnerungen an Verantwortliche.

# Seite einer Aussage (/m/{ags}/selbstcheck/aussagen/{item})
selfcheck-statement-title = Aussage
selfcheck-statement-caption = Aussage im Handlungsfeld { $field }
selfcheck-statement-explanation-heading = Was gemeint ist
selfcheck-statement-not-applicable = Diese Aussage wird Kommunen Ihrer Art im Selbstcheck nicht gestellt.
selfcheck-statement-history-heading = Bewertung in den abgeschlossenen Runden
selfcheck-statement-history-intro = Der Mittelwert reicht von 0 (trifft nicht zu) bis 3 (trifft voll zu). Die Spannweite ist der Abstand zwischen der niedrigsten und der höchsten Antwort: Ab 2 sehen die Befragten die Aussage sehr verschieden. „Weiß nicht“ und „nicht zutreffend“ zählen nicht mit.
selfcheck-statement-history-none = Ihre Kommune hat noch keine Runde des Selbstchecks abgeschlossen.
selfcheck-statement-history-caption = Bewertung der Aussage in jeder abgeschlossenen Runde, die älteste zuerst
selfcheck-statement-col-round = Runde
selfcheck-statement-col-closed = Abgeschlossen am
selfcheck-statement-col-mean = Mittelwert (0 bis 3)
selfcheck-statement-col-spread = Spannweite
selfcheck-statement-col-rated = Bewertungen
selfcheck-statement-col-change = Veränderung zur vorigen Bewertung
selfcheck-statement-not-rated = nicht bewertet
selfcheck-statement-no-comparison = kein Vergleich
selfcheck-statement-change = { $delta } ({ $trend })
selfcheck-statement-trend-up = gestiegen
selfcheck-statement-trend-down = gesunken
selfcheck-statement-trend-same = unverändert
selfcheck-statement-measures-heading = Maßnahmen zu dieser Aussage
selfcheck-statement-measures-none = Noch keine Maßnahme im Handlungsplan greift diese Aussage auf.

# Wirkung auf der Seite einer Maßnahme
selfcheck-trace-none = Es gibt noch keine abgeschlossene Runde, mit der sich die Maßnahme vergleichen lässt.
selfcheck-trace-before-only = Vor der Maßnahme („{ $before }“): { $from }. Eine spätere Runde ist noch nicht abgeschlossen.
selfcheck-trace-after-only = Vor der Maßnahme gab es keine abgeschlossene Runde. Danach („{ $after }“): { $to }.
selfcheck-trace-change = Mittelwert { $trend ->
        [up] von { $from } auf { $to } gestiegen
        [down] von { $from } auf { $to } gesunken
       *[same] unverändert bei { $to }
    } (von „{ $before }“ bis „{ $after }“).
selfcheck-trace-partly = Vor der Maßnahme („{ $before }“): { $from }. Danach („{ $after }“): { $to }.
selfcheck-trace-not-rated = nicht bewertet

# Öffentliche Fortschrittsseite: Schalter auf der Liste des Handlungsplans
selfcheck-publish-heading = Öffentliche Fortschrittsseite
selfcheck-publish-on = Die öffentliche Fortschrittsseite ist seit dem { $date } freigeschaltet. Alle können sie ohne Anmeldung lesen.
selfcheck-publish-off = Die öffentliche Fortschrittsseite ist nicht freigeschaltet.
selfcheck-publish-what = Die Seite zeigt nur Maßnahmen, bei denen „Auf der öffentlichen Fortschrittsseite zeigen“ angekreuzt ist, und von ihnen nur Titel, Handlungsfelder, Status, Fortschritt, Beginn, Fälligkeit und erreichte Meilensteine. Beschreibungen, Berichte und die Namen der Verantwortlichen bleiben intern.
selfcheck-publish-link = Öffentliche Seite ansehen
selfcheck-publish-start = Fortschrittsseite freischalten
selfcheck-publish-stop = Fortschrittsseite abschalten
selfcheck-publish-ask-coordinator = Ob die Seite freigeschaltet wird, entscheidet die Koordination Ihrer Kommune.
selfcheck-publish-error-choice = Bitte wählen Sie, ob die Fortschrittsseite freigeschaltet werden soll.
notice-selfcheck-publish-on = Die öffentliche Fortschrittsseite ist jetzt freigeschaltet.
notice-selfcheck-publish-off = Die öffentliche Fortschrittsseite ist jetzt abgeschaltet.

# Die öffentliche Seite (/kommunen/{ags}/handlungsplan)
selfcheck-public-title = Handlungsplan: { $municipality }
selfcheck-public-lead = { $municipality } arbeitet daran, eine weltoffene Kommune zu sein. Hier zeigt die Verwaltung, welche Maßnahmen sie sich vorgenommen hat und wie weit sie damit ist.
selfcheck-public-count = { $count ->
        [one] Eine Maßnahme
       *[other] { $count } Maßnahmen
    }
selfcheck-public-empty = Zurzeit ist keine Maßnahme für diese Seite freigegeben.
selfcheck-public-fields = Handlungsfelder
selfcheck-public-status = Status
selfcheck-public-progress = Fortschritt
selfcheck-public-period = Zeitraum
selfcheck-public-owner = Verantwortlich
selfcheck-public-milestones = Erreichte Meilensteine
selfcheck-public-milestone = { $title } (am { $date })
selfcheck-public-owner-administration = Verwaltung
selfcheck-public-owner-external = Partner außerhalb der Verwaltung
selfcheck-public-owner-nobody = Noch nicht festgelegt

# Erinnerungen an die Verantwortlichen einer Maßnahme. Variablen: $measure, $municipality, $due (Datum), $link, $days (Tage bis zur Fälligkeit).
mail-selfcheck-plan-due-soon-subject = Bald fällig: „{ $measure }“
mail-selfcheck-plan-due-soon-body =
    Guten Tag,

    die Maßnahme „{ $measure }“ im Handlungsplan von { $municipality } ist { $days ->
        [0] heute
        [1] morgen
       *[other] in { $days } Tagen
    } fällig, am { $due }.

    Hier können Sie berichten, wie weit sie ist, oder das Fälligkeitsdatum ändern:

    { $link }

    Sie erhalten diese Erinnerung, weil Sie für die Maßnahme verantwortlich sind.

    Viele Grüße
    weltoffen
mail-selfcheck-plan-overdue-subject = Überfällig: „{ $measure }“
mail-selfcheck-plan-overdue-body =
    Guten Tag,

    die Maßnahme „{ $measure }“ im Handlungsplan von { $municipality } war am { $due } fällig und ist noch nicht abgeschlossen.

    Bitte berichten Sie, wie weit sie ist: Setzen Sie den Status auf „Umgesetzt“, wenn sie erledigt ist, oder tragen Sie ein neues Fälligkeitsdatum ein. Hier geht es zur Maßnahme:

    { $link }

    Sie erhalten diese Erinnerung, weil Sie für die Maßnahme verantwortlich sind. Zu diesem Fälligkeitsdatum kommt keine weitere.

    Viele Grüße
    weltoffen
