# Selbstcheck workshop: after a closed round, discuss the results with administration,
# politics, civil society and business, give dots and decide.

selfcheck-workshop-list-title = Workshops
selfcheck-workshop-list-lead = In a workshop, administration, politics, civil society and business discuss the results of a closed Selbstcheck round, weight the development potentials with dots and decide on first steps.
selfcheck-workshop-list-empty = There is no workshop yet.
selfcheck-workshop-needs-closed-round = A workshop discusses the results of a closed round. Close a Selbstcheck round first.
selfcheck-workshop-new-button = Plan a workshop
selfcheck-workshop-col-workshop = Workshop
selfcheck-workshop-col-when = Date
selfcheck-workshop-col-round = Round
selfcheck-workshop-col-status = Status
selfcheck-workshop-col-statement = Statement
selfcheck-workshop-col-total = Total
selfcheck-workshop-col-agreed = Agreed
selfcheck-workshop-status-open = Open
selfcheck-workshop-status-closed = Closed
selfcheck-workshop-protocol-link = Protocol
selfcheck-workshop-round-link = Plan a workshop on this round
selfcheck-workshop-round-workshops = Workshops on the results
selfcheck-workshop-plan-link = Selbstcheck workshops

# Form
selfcheck-workshop-new-heading = Plan a workshop
selfcheck-workshop-edit-heading = Edit “{ $title }”
selfcheck-workshop-default-title = Workshop on “{ $round }”
selfcheck-workshop-field-title = Title
selfcheck-workshop-field-title-hint = At most { $max } characters.
selfcheck-workshop-field-round = Selbstcheck round
selfcheck-workshop-field-round-hint = The workshop discusses the results of this closed round.
selfcheck-workshop-field-date = Date
selfcheck-workshop-field-date-hint = For example 3 December 2026.
selfcheck-workshop-field-time = Start (optional)
selfcheck-workshop-field-time-hint = Time, for example 09:30.
selfcheck-workshop-field-place = Place (optional)
selfcheck-workshop-field-place-hint = For example district hall, meeting room 2.
selfcheck-workshop-field-online = Link to the online meeting (optional)
selfcheck-workshop-field-online-hint = For a workshop held wholly or partly online; starts with https://.
selfcheck-workshop-field-agenda = Agenda
selfcheck-workshop-field-agenda-hint = The fields of action to discuss, in the order of the Selbstcheck.
selfcheck-workshop-field-dots = Dots per participant
selfcheck-workshop-field-dots-hint = Between { $min } and { $max }. With their dots, participants weight the development potentials; several dots may go to one statement.
selfcheck-workshop-field-expiry = Invitation link valid until (optional)
selfcheck-workshop-field-expiry-hint = If left empty, until the day after the workshop.
selfcheck-workshop-create-submit = Create workshop
selfcheck-workshop-save-submit = Save changes
selfcheck-workshop-cancel = Cancel

selfcheck-workshop-error-title-missing = Enter a title.
selfcheck-workshop-error-title-too-long = The title is too long.
selfcheck-workshop-error-round-missing = Choose a Selbstcheck round.
selfcheck-workshop-error-round-unknown = Your municipality has no such Selbstcheck round.
selfcheck-workshop-error-round-open = This round is still open. A workshop discusses the results of a closed round.
selfcheck-workshop-error-date-missing = Enter the date of the workshop.
selfcheck-workshop-error-date-invalid = Enter a valid date, for example 3 December 2026 (2026-12-03).
selfcheck-workshop-error-time-invalid = Enter a valid time, for example 09:30.
selfcheck-workshop-error-place-too-long = The place is too long.
selfcheck-workshop-error-link-too-long = The link is too long.
selfcheck-workshop-error-link-invalid = Enter a link that starts with https://.
selfcheck-workshop-error-field-unknown = One of the chosen fields of action does not exist (any more).
selfcheck-workshop-error-fields-missing = Choose at least one field of action.
selfcheck-workshop-error-dots = Enter a number of dots between 1 and 20.
selfcheck-workshop-error-expiry-before-date = The invitation link must not expire before the workshop.

# A workshop's page
selfcheck-workshop-fact-when = Date
selfcheck-workshop-fact-where = Place
selfcheck-workshop-fact-round = Selbstcheck round
selfcheck-workshop-fact-agenda = Agenda
selfcheck-workshop-fact-dots = Dots per participant
selfcheck-workshop-fact-participants = Participants
selfcheck-workshop-when-time = { $date }, { $time }
selfcheck-workshop-where-online = Online: { $link }
selfcheck-workshop-where-both = { $place } and online: { $link }
selfcheck-workshop-where-none = not decided yet
selfcheck-workshop-dots-value = { $count ->
        [one] one dot
       *[other] { $count } dots
    }
selfcheck-workshop-participants-count = { $count ->
        [0] nobody yet
        [one] one person
       *[other] { $count } people
    }
selfcheck-workshop-facilitate-link = Facilitate
selfcheck-workshop-present-link = Presentation for the projector
selfcheck-workshop-edit-button = Edit
selfcheck-workshop-link-heading = Invitation link
selfcheck-workshop-link-text = With this link, guests without an account take part in the workshop, for example on their own phone. Show it in the room or send it.
selfcheck-workshop-link-short = Invitation link:
selfcheck-workshop-link-expires = The link is valid up to and including { $date }.
selfcheck-workshop-link-expired-on = The link has expired (valid until { $date }).
selfcheck-workshop-invite-heading = Invite by e-mail
selfcheck-workshop-invite-label = E-mail addresses
selfcheck-workshop-invite-hint = Separate several addresses with commas or line breaks. The invitation gives date, place and the invitation link.
selfcheck-workshop-invite-submit = Send invitations
selfcheck-workshop-error-email-invalid = At least one address is not a valid e-mail address.
selfcheck-workshop-error-emails-missing = Enter at least one e-mail address.
selfcheck-workshop-error-emails-too-many = Please no more than 100 addresses at a time.
selfcheck-workshop-error-closed = The workshop is closed. It takes no more comments, dots or decisions.

# Taking part by the link
selfcheck-workshop-join-title = Take part: { $title }
selfcheck-workshop-join-lead = You can follow the results, comment, and weight with dots which development potentials matter most to you. You need no account.
selfcheck-workshop-join-dots = { $count ->
        [one] You have one dot.
       *[other] You have { $count } dots.
    }
selfcheck-workshop-join-member = You are logged in and take part as a member of your municipality.
selfcheck-workshop-join-name = Your name (optional)
selfcheck-workshop-join-name-hint = Without a name you appear as “Participant” with a number.
selfcheck-workshop-join-consent = Show my name to the others and in the protocol
selfcheck-workshop-join-consent-hint = Without this tick nobody sees your name, not even in the protocol.
selfcheck-workshop-join-role = Which part of society are you here for?
selfcheck-workshop-join-role-hint = Dots and comments are evaluated by these groups.
selfcheck-workshop-join-privacy = We store your name (if given), your group, your comments and your dots. A cookie recognises your device for this workshop.
selfcheck-workshop-join-submit = Take part
selfcheck-workshop-error-name-too-long = The name is too long.
selfcheck-workshop-error-consent-without-name = Enter a name or remove the tick.
selfcheck-workshop-error-role-missing = Choose your group.
selfcheck-workshop-gone-title = The invitation link has expired
selfcheck-workshop-gone-text = The link to the workshop “{ $title }” was valid up to and including { $date }.
selfcheck-workshop-gone-help = If you would still like to contribute, please contact the workshop's coordinators in your municipality.

selfcheck-workshop-role-administration = Administration
selfcheck-workshop-role-politics = Politics
selfcheck-workshop-role-civil-society = Civil society
selfcheck-workshop-role-business = Business
selfcheck-workshop-role-other = Other
selfcheck-workshop-participant-number = Participant { $number }
selfcheck-workshop-participant-label = { $who } ({ $role })

# Participant's view
selfcheck-workshop-participant-caption = You take part as { $who }
selfcheck-workshop-closed-text = The workshop is closed. Thank you for your contributions!
selfcheck-workshop-reload = Refresh
selfcheck-workshop-dots-left = { $left ->
        [0] You have given all { $limit } dots.
        [one] You have one of { $limit } dots left.
       *[other] You have { $left } of { $limit } dots left.
    }
selfcheck-workshop-field-position = Field of action { $position } of { $count }
selfcheck-workshop-score = Score { $score } of 100
selfcheck-workshop-score-band = Score { $score } of 100 · level { $band }
selfcheck-workshop-score-none = This field of action has no score.
selfcheck-workshop-band-einstieg = Getting started
selfcheck-workshop-band-aufbau = Building up
selfcheck-workshop-band-fortgeschritten = Advanced
selfcheck-workshop-band-vorreiter = Pioneer
selfcheck-workshop-potentials-heading = Development potentials
selfcheck-workshop-potentials-hint = Give your dots to the potentials your municipality should work on first.
selfcheck-workshop-potentials-none = This field of action has no development potentials.
selfcheck-workshop-recommendation = Recommendation:
selfcheck-workshop-agreed-tag = agreed
selfcheck-workshop-target-dots = { $total ->
        [0] No dots yet
        [one] One dot
       *[other] { $total } dots
    }{ $mine ->
        [0] {""}
        [one], one of them yours
       *[other], { $mine } of them yours
    }
selfcheck-workshop-dots-count = { $count ->
        [0] no dots
        [one] one dot
       *[other] { $count } dots
    }
selfcheck-workshop-dot-add = Give a dot
selfcheck-workshop-dot-remove = Take a dot back
selfcheck-workshop-divergent-heading = Seen differently
selfcheck-workshop-spread = answers { $spread } steps apart
selfcheck-workshop-comments-heading = Comments
selfcheck-workshop-comments-none = No comments yet.
selfcheck-workshop-no-field = There is no field of action on the agenda.
selfcheck-workshop-comment-heading = Comment
selfcheck-workshop-comment-item = What is your comment about?
selfcheck-workshop-comment-whole-field = The whole field of action “{ $field }”
selfcheck-workshop-comment-body = Your comment
selfcheck-workshop-comment-hint = At most { $max } characters. The others see your comment with your group.
selfcheck-workshop-comment-submit = Send comment
selfcheck-workshop-error-comment-missing = Write a comment.
selfcheck-workshop-error-comment-too-long = The comment is too long.
selfcheck-workshop-error-item-unknown = This statement does not belong to the workshop's fields of action.
selfcheck-workshop-error-form-stale = The form was out of date. Please refresh the page and try again.
selfcheck-workshop-error-no-dots-left = You have given all your dots already. Take a dot back to give it elsewhere.
selfcheck-workshop-error-not-a-target = Dots go only to the development potentials on the agenda.

# Facilitation
selfcheck-workshop-facilitator-title = Facilitation: { $title }
selfcheck-workshop-agenda-heading = Agenda
selfcheck-workshop-previous-field = Previous field of action
selfcheck-workshop-next-field = Next field of action
selfcheck-workshop-activity = { $participants ->
        [one] One person
       *[other] { $participants } people
    } · { $dots ->
        [one] one dot
       *[other] { $dots } dots
    } · { $comments ->
        [one] one comment
       *[other] { $comments } comments
    }
selfcheck-workshop-dots-heading = Dots by group
selfcheck-workshop-agree = Agree as potential
selfcheck-workshop-unagree = Withdraw agreement
selfcheck-workshop-decisions-none = No decision yet.
selfcheck-workshop-decision-form-heading = Record a decision
selfcheck-workshop-decision-item = On which statement?
selfcheck-workshop-decision-body = Decision
selfcheck-workshop-first-step = First step
selfcheck-workshop-owner = Responsible
selfcheck-workshop-owner-hint = Person, office or organisation that takes the first step.
selfcheck-workshop-decision-submit = Record decision
selfcheck-workshop-error-decision-missing = Describe the decision.
selfcheck-workshop-error-decision-too-long = The description of the decision is too long.
selfcheck-workshop-error-first-step-too-long = The first step is described at too great a length.
selfcheck-workshop-error-owner-too-long = The responsibility is too long.
selfcheck-workshop-close-heading = Close the workshop
selfcheck-workshop-close-text = After that the workshop takes no more comments, dots or decisions, and the protocol is final.
selfcheck-workshop-close-submit = Close workshop

# Presentation
selfcheck-workshop-presenter-title = Presentation: { $title }
selfcheck-workshop-presenter-join = Join in:

# Protocol
selfcheck-workshop-protocol-title = Workshop protocol
selfcheck-workshop-protocol-draft = The workshop is still running; this protocol is provisional.
selfcheck-workshop-protocol-pdf = Download the protocol as PDF
selfcheck-workshop-protocol-participants = Participants by group
selfcheck-workshop-protocol-names-hint = Names appear in the protocol only where the person agreed.
selfcheck-workshop-protocol-priorities = Priorities
selfcheck-workshop-protocol-priorities-lead = Agreed development potentials first, then by number of dots.
selfcheck-workshop-protocol-dots = Dots by group
selfcheck-workshop-protocol-comments = Comments
selfcheck-workshop-protocol-decisions = Decisions
selfcheck-workshop-protocol-measures = Measure
selfcheck-workshop-create-measure = Create a measure from it
selfcheck-workshop-to-plan = To the action plan
selfcheck-workshop-none = None.
selfcheck-workshop-pdf-page = Page { $page } of { $total }
selfcheck-workshop-api-error-not-found = None of your municipalities has a workshop with this id.

# Action plan: a measure from a decision
selfcheck-workshop-from-decision = From the workshop “{ $workshop }” on { $date }
selfcheck-workshop-plan-source = Workshop decision
selfcheck-workshop-prefill-note = This measure carries out a decision of the workshop “{ $workshop }”.
selfcheck-workshop-prefill-first-step = First step: { $step }
selfcheck-workshop-prefill-owner = Responsible according to the workshop: { $owner }

# Notices
notice-selfcheck-workshop-created = The workshop has been created.
notice-selfcheck-workshop-saved = The changes have been saved.
notice-selfcheck-workshop-invited = The invitations are being sent.
notice-selfcheck-workshop-joined = Welcome! You are now taking part in the workshop.
notice-selfcheck-workshop-commented = Your comment has been saved.
notice-selfcheck-workshop-dot-given = Your dot has been counted.
notice-selfcheck-workshop-dot-removed = Your dot has been taken back.
notice-selfcheck-workshop-agreed = The statement is agreed as a development potential.
notice-selfcheck-workshop-unagreed = The agreement has been withdrawn.
notice-selfcheck-workshop-decided = The decision has been recorded.
notice-selfcheck-workshop-closed = The workshop is closed. Here is its protocol.

# Invitation by e-mail
mail-selfcheck-workshop-invitation-subject = Invitation: { $title }
mail-selfcheck-workshop-invitation-body =
    Hello,

    { $inviter } invites you on behalf of { $municipality } to the workshop “{ $title }”. Together with administration, politics, civil society and business we discuss the results of our Selbstcheck on being an open municipality and agree on first steps.

    Date: { $when }
    Place: { $place }

    Take part with this link, no account needed, for example on your own phone:
    { $link }

    The link is valid up to and including { $expires }.

    Kind regards
    { $inviter }
