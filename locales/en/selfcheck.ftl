# Selbstcheck: rounds, assignment, answering

selfcheck-title = Self-assessment
selfcheck-lead = In the self-assessment (Selbstcheck) your administration rates where it stands in seven fields of action. Several departments answer; the platform scores the answers and suggests next steps.
selfcheck-rounds-heading = Rounds
selfcheck-rounds-empty = There is no round yet. Coordinators can start one below.
selfcheck-col-round = Round
selfcheck-col-status = Status
selfcheck-col-started = Started on
selfcheck-col-due = Due by
selfcheck-col-closed = Closed on
selfcheck-col-results = Results
selfcheck-open-results = Results of “{ $title }”
selfcheck-tag-yours = With your fields
selfcheck-status-open = Open
selfcheck-status-closed = Closed
selfcheck-closed-on = on { $date }
selfcheck-no-due = No deadline
selfcheck-start-heading = Start a new round
selfcheck-start-intro = A round brings together everyone's answers at one point in time. After starting it, assign the fields of action to the colleagues responsible.
selfcheck-field-title = Title of the round
selfcheck-field-title-hint = For example “Self-assessment 2027”.
selfcheck-field-due = Due by (optional)
selfcheck-field-due-hint = Everyone taking part sees this date. It does not close the round automatically.
selfcheck-start-submit = Start round
selfcheck-paper-heading = Questionnaire for printing
selfcheck-paper-intro = If you prefer to answer on paper, download the questionnaire as a PDF. The answers can then be imported as a CSV file.
selfcheck-paper-all = All seven fields of action (PDF)
selfcheck-paper-field = { $field } (PDF)
selfcheck-view-results = View results
selfcheck-round-closed-notice = This round is closed. Its answers can no longer be changed.
selfcheck-mine-heading = Your fields of action
selfcheck-mine-none = No field of action is assigned to you in this round. Please contact your coordinator with any questions.
selfcheck-mine-none-coordinator = No field of action is assigned to you. As a coordinator you can still answer any field.
selfcheck-answer-any-summary = Answer any field of action
selfcheck-field-done = Done
selfcheck-field-not-started = Not started
selfcheck-progress-answered = { $answered } of { $total } statements answered
selfcheck-progress-heading = Progress
selfcheck-progress-fields-caption = Progress by field of action
selfcheck-progress-people-caption = Progress by person
selfcheck-progress-none = Nobody is taking part yet. Assign fields of action below.
selfcheck-col-field = Field of action
selfcheck-col-assigned = Assigned
selfcheck-col-done = Done
selfcheck-col-answering = With answers
selfcheck-col-respondent = Person
selfcheck-col-fields = Fields of action
selfcheck-paper-respondent = (paper questionnaire)
selfcheck-other-answers = { $count } answers in other fields
selfcheck-assign-heading = Assign fields of action
selfcheck-assign-intro = Choose a person from your municipality or enter an email address. People without an account receive an invitation; the fields are assigned as soon as they first open the self-assessment.
selfcheck-assign-member = Person from your municipality
selfcheck-assign-member-none = – nobody selected –
selfcheck-assign-email = Or email address
selfcheck-assign-email-hint = Only fill this in if the person is not listed above.
selfcheck-assign-fields = Which fields of action should this person answer?
selfcheck-assign-submit = Assign
selfcheck-invitations-heading = Invited, not yet signed in
selfcheck-data-heading = Data and reports
selfcheck-data-csv = Answers as a CSV file (for Excel)
selfcheck-data-json = Answers as a JSON file
selfcheck-data-report = Results report (PDF)
selfcheck-data-import = Import answers from paper questionnaires
selfcheck-status-heading = Close the round
selfcheck-close-intro = Close the round once everyone has answered. Answers can then no longer be changed and the results are final. You can reopen the round if needed; this is logged.
selfcheck-close-submit = Close round
selfcheck-reopen-intro = This round is closed. If answers have to be added, you can reopen it. Reopening is logged.
selfcheck-reopen-submit = Reopen round
selfcheck-history-heading = History
selfcheck-history-started = { $date }: started by { $name }
selfcheck-history-closed = { $date }: closed by { $name }
selfcheck-history-reopened = { $date }: reopened by { $name }
selfcheck-history-someone = a person without an account
# Variables of the following lines: $date, $name (who did it), $who (name and/or email address),
# $list (titles of the fields of action, each in quotes), $count (number of fields).
selfcheck-history-assigned = { $date }: { $count ->
        [one] field of action
       *[other] fields of action
    } { $list } assigned to { $who } by { $name }
selfcheck-history-invited = { $date }: invitation to { $who } for the { $count ->
        [one] field of action
       *[other] fields of action
    } { $list } sent by { $name }
selfcheck-history-unassigned = { $date }: { $count ->
        [one] field of action
       *[other] fields of action
    } { $list } taken back from { $who } by { $name }
# $answers, $respondents, $new: numbers (answers, people, of whom new people without an account).
selfcheck-history-imported = { $date }: paper questionnaires imported by { $name }: { $answers ->
        [one] one answer
       *[other] { $answers } answers
    } from { $respondents ->
        [one] one person
       *[other] { $respondents } people
    }{ $new ->
        [0] {""}
       *[other] , { $new } of them new
    }
# An entry this version cannot read.
selfcheck-history-changed = { $date }: changed by { $name }
selfcheck-history-field = “{ $field }”
selfcheck-history-who = { $name } ({ $email })
selfcheck-field-position = Field of action { $position } of { $count }
selfcheck-scale-summary = How to answer the statements
selfcheck-scale-help = Say how far the statement applies to your administration today. If you do not know, choose “Don't know”; if the statement does not fit your administration, choose “Not applicable”. Neither counts towards the score. Your answers are stored as soon as you save; you can stop at any time and continue later.
selfcheck-answer-3 = Fully applies
selfcheck-answer-2 = Mostly applies
selfcheck-answer-1 = Hardly applies
selfcheck-answer-0 = Does not apply
selfcheck-answer-dont-know = Don't know
selfcheck-answer-not-applicable = Not applicable
selfcheck-comment-label = Comment (optional)
selfcheck-autosave-saved = Answer saved.
selfcheck-autosave-failed = The answer could not be saved.
selfcheck-save-next = Save and continue
selfcheck-save = Save
selfcheck-save-done = Save and mark as done
selfcheck-back-to-round = Back to the round

notice-selfcheck-round-started = The round has started. Now assign the fields of action.
notice-selfcheck-assigned = The fields of action are assigned.
notice-selfcheck-invited = The invitation has been sent. The fields of action are assigned as soon as the person opens the self-assessment.
notice-selfcheck-closed = The round is closed.
notice-selfcheck-reopened = The round is open again.
notice-selfcheck-saved = Your answers are saved.
notice-selfcheck-field-done = Your answers are saved and the field of action is marked as done.

selfcheck-error-title-missing = Enter a title for the round.
selfcheck-error-title-too-long = The title must be 200 characters or fewer.
selfcheck-error-due-invalid = Enter the date as DD.MM.YYYY.
selfcheck-error-due-in-past = The date is in the past. Choose today or a later date.
selfcheck-error-round-closed = The round is closed. Answers and assignments can no longer be changed.
selfcheck-error-no-fields = Choose at least one field of action.
selfcheck-error-unknown-field = This field of action does not exist.
selfcheck-error-member-unknown = This person does not belong to your municipality.
selfcheck-error-who-missing = Choose a person or enter an email address.
selfcheck-error-field-not-assigned = This field of action is not assigned to you in this round.
selfcheck-error-comment-too-long = The comment must be 2,000 characters or fewer.
selfcheck-error-comment-without-answer = Choose an answer so that your comment can be saved.
selfcheck-error-value-invalid = Choose one of the answers offered.
selfcheck-error-item-unknown = This statement is not part of the questionnaire.
selfcheck-error-item-not-applicable = This statement does not apply to your type of municipality.
selfcheck-error-instrument-changed = This round uses an earlier version of the questionnaire.

## Mails

# One field of action in the list of a mail. Variable: $field (title).
mail-selfcheck-field-line = – { $field }
# Paragraph of the invitation when someone is given fields by email. Variables: $round (title of the round),
# $fields (one field per line), $count (number of fields), $due (date, or "none" without a deadline), $link.
mail-selfcheck-invitation-details =
    This is about the self-assessment “{ $round }”. You are asked to answer { $count ->
        [one] this field of action
       *[other] these fields of action
    }{ $due ->
        [none] :
       *[other] {" "}by { $due }:
    }

    { $fields }

    Once you have accepted the invitation, you can start here: { $link }
# Message to a member who was assigned fields. Variables as above, plus $assigner and $municipality.
mail-selfcheck-assigned-subject = New for you in the self-assessment “{ $round }”
mail-selfcheck-assigned-body =
    Hello,

    { $assigner } has assigned { $count ->
        [one] this field of action
       *[other] these fields of action
    } in the self-assessment “{ $round }” ({ $municipality }) to you:

    { $fields }

    You can answer { $count ->
        [one] it
       *[other] them
    } here{ $due ->
        [none] :
       *[other] {" "}by { $due }:
    }

    { $link }

    Your answers are saved as soon as you give them, so you can stop at any time and continue later.

    Best wishes
    weltoffen
