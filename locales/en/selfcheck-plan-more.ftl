# Selbstcheck: action plan, continued – a statement's history, a measure's effect, the public
# progress page and reminders to the people responsible.

# A statement's page (/m/{ags}/selbstcheck/aussagen/{item})
selfcheck-statement-title = Statement
selfcheck-statement-caption = Statement in the field of action { $field }
selfcheck-statement-explanation-heading = What it means
selfcheck-statement-not-applicable = Municipalities of your kind are not asked this statement in the Selbstcheck.
selfcheck-statement-history-heading = Ratings in the closed rounds
selfcheck-statement-history-intro = The mean runs from 0 (does not apply) to 3 (fully applies). The spread is the distance between the lowest and the highest answer: from 2 on, respondents see the statement very differently. “Don’t know” and “not applicable” are not counted.
selfcheck-statement-history-none = Your municipality has not closed a round of the Selbstcheck yet.
selfcheck-statement-history-caption = Rating of the statement in every closed round, oldest first
selfcheck-statement-col-round = Round
selfcheck-statement-col-closed = Closed on
selfcheck-statement-col-mean = Mean (0 to 3)
selfcheck-statement-col-spread = Spread
selfcheck-statement-col-rated = Ratings
selfcheck-statement-col-change = Change since the previous rating
selfcheck-statement-not-rated = not rated
selfcheck-statement-no-comparison = no comparison
selfcheck-statement-change = { $delta } ({ $trend })
selfcheck-statement-trend-up = up
selfcheck-statement-trend-down = down
selfcheck-statement-trend-same = unchanged
selfcheck-statement-measures-heading = Measures addressing this statement
selfcheck-statement-measures-none = No measure of the action plan addresses this statement yet.

# Effect on a measure's page
selfcheck-trace-none = There is no closed round yet to compare the measure with.
selfcheck-trace-before-only = Before the measure (“{ $before }”): { $from }. No later round has been closed yet.
selfcheck-trace-after-only = There was no closed round before the measure. After it (“{ $after }”): { $to }.
selfcheck-trace-change = Mean { $trend ->
        [up] rose from { $from } to { $to }
        [down] fell from { $from } to { $to }
       *[same] unchanged at { $to }
    } (from “{ $before }” to “{ $after }”).
selfcheck-trace-partly = Before the measure (“{ $before }”): { $from }. After it (“{ $after }”): { $to }.
selfcheck-trace-not-rated = not rated

# Public progress page: the switch on the action plan's list
selfcheck-publish-heading = Public progress page
selfcheck-publish-on = The public progress page has been switched on since { $date }. Anyone can read it without logging in.
selfcheck-publish-off = The public progress page is switched off.
selfcheck-publish-what = The page shows only measures with “Show on the public progress page” ticked, and of them only title, fields of action, status, progress, start, due date and milestones reached. Descriptions, reports and the names of the people responsible stay internal.
selfcheck-publish-link = View the public page
selfcheck-publish-start = Switch the progress page on
selfcheck-publish-stop = Switch the progress page off
selfcheck-publish-ask-coordinator = Your municipality's coordinators decide whether the page is switched on.
selfcheck-publish-error-choice = Please choose whether the progress page should be switched on.
notice-selfcheck-publish-on = The public progress page is now switched on.
notice-selfcheck-publish-off = The public progress page is now switched off.

# The public page (/kommunen/{ags}/handlungsplan)
selfcheck-public-title = Action plan: { $municipality }
selfcheck-public-lead = { $municipality } is working towards being a welcoming municipality. Here the administration shows which measures it has taken on and how far it has come.
selfcheck-public-count = { $count ->
        [one] One measure
       *[other] { $count } measures
    }
selfcheck-public-empty = No measure has been released for this page at the moment.
selfcheck-public-fields = Fields of action
selfcheck-public-status = Status
selfcheck-public-progress = Progress
selfcheck-public-period = Period
selfcheck-public-owner = Responsible
selfcheck-public-milestones = Milestones reached
selfcheck-public-milestone = { $title } (on { $date })
selfcheck-public-owner-administration = Administration
selfcheck-public-owner-external = A partner outside the administration
selfcheck-public-owner-nobody = Not decided yet

# Reminders to the person responsible for a measure. Variables: $measure, $municipality, $due (date), $link, $days (days until due).
mail-selfcheck-plan-due-soon-subject = Due soon: “{ $measure }”
mail-selfcheck-plan-due-soon-body =
    Hello,

    the measure “{ $measure }” in the action plan of { $municipality } is due { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }, on { $due }.

    Here you can report how far it has come, or change the due date:

    { $link }

    You receive this reminder because you are responsible for the measure.

    Best wishes
    weltoffen
mail-selfcheck-plan-overdue-subject = Overdue: “{ $measure }”
mail-selfcheck-plan-overdue-body =
    Hello,

    the measure “{ $measure }” in the action plan of { $municipality } was due on { $due } and has not been completed.

    Please report how far it has come: set its status to “Done” when it is finished, or enter a new due date. Here is the measure:

    { $link }

    You receive this reminder because you are responsible for the measure. There will be no further reminder for this due date.

    Best wishes
    weltoffen
