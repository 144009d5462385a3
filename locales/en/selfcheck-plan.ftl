# Selbstcheck: the action plan – measures, milestones, progress reports, timeline.
# Every key starts with selfcheck-plan-; notices after a redirect start with notice-.

selfcheck-plan-title = Action plan
selfcheck-plan-lead = The action plan records what your municipality wants to do after the Selbstcheck: which measures, who is responsible for them, by when, and how far they have come.
selfcheck-plan-new-button = Add a measure
selfcheck-plan-empty = The action plan has no measures yet.
selfcheck-plan-empty-coordinator = Add a measure of your own, or take up a recommendation as a measure on the results page of a round.
selfcheck-plan-none-matching = No measure matches the chosen filters. Change your choice or reset the filters.
selfcheck-plan-count-line = { $count } measures shown ({ $statuses }).
selfcheck-plan-count-status = { $status }: { $count }
selfcheck-plan-field-count = ({ $count } measures)
selfcheck-plan-field-none = There is no measure in this field of action yet.
selfcheck-plan-field-caption = Measures in the field of action { $field }
selfcheck-plan-table-caption = Measures of the action plan

# Status
selfcheck-plan-status-planned = Planned
selfcheck-plan-status-in-progress = In progress
selfcheck-plan-status-done = Done
selfcheck-plan-status-dropped = Dropped
selfcheck-plan-overdue = Overdue
selfcheck-plan-progress-value = { $percent } %

# Views and filters
selfcheck-plan-views-label = Views of the action plan
selfcheck-plan-view-list = List
selfcheck-plan-view-fields = By field of action
selfcheck-plan-view-timeline = Timeline
selfcheck-plan-filter-heading = Filter measures
selfcheck-plan-filter-field = Field of action
selfcheck-plan-filter-status = Status
selfcheck-plan-filter-owner = Responsible
selfcheck-plan-filter-all-fields = All fields of action
selfcheck-plan-filter-all-statuses = Any status
selfcheck-plan-filter-all-owners = Everyone
selfcheck-plan-filter-owner-external = External partners
selfcheck-plan-filter-owner-nobody = Nobody responsible yet
selfcheck-plan-filter-submit = Filter
selfcheck-plan-filter-reset = Reset filters

# Tables
selfcheck-plan-col-measure = Measure
selfcheck-plan-col-fields = Fields of action
selfcheck-plan-col-owner = Responsible
selfcheck-plan-col-status = Status
selfcheck-plan-col-state = Status and progress
selfcheck-plan-col-progress = Progress
selfcheck-plan-col-due = Due on
selfcheck-plan-col-period = Duration
selfcheck-plan-no-due = No date
selfcheck-plan-no-date = Not set
selfcheck-plan-owner-nobody = Nobody yet
selfcheck-plan-owner-external-named = { $name } (external)

# Timeline
selfcheck-plan-timeline-title = Timeline of the action plan
selfcheck-plan-timeline-lead = The measures by the quarter or month in which they are due. Measures without a due date are placed at their start date, measures without any date come last.
selfcheck-plan-scale-label = Time scale
selfcheck-plan-scale-quarter = By quarter
selfcheck-plan-scale-month = By month
selfcheck-plan-timeline-bars = The bars show how long each measure runs within the period from { $from } to { $to }; the vertical line marks today ({ $today }). The dates are also written out next to each bar.
selfcheck-plan-timeline-caption = Measures due in { $period }
selfcheck-plan-timeline-undated = Without a date
selfcheck-plan-period-quarter = Q{ $quarter } { $year }
selfcheck-plan-period-month = { $month } { $year }
selfcheck-plan-period-from-to = { $start } to { $due }
selfcheck-plan-period-from = from { $start }, no due date
selfcheck-plan-period-until = until { $due }, no start date
selfcheck-plan-period-none = No date
selfcheck-plan-month-1 = January
selfcheck-plan-month-2 = February
selfcheck-plan-month-3 = March
selfcheck-plan-month-4 = April
selfcheck-plan-month-5 = May
selfcheck-plan-month-6 = June
selfcheck-plan-month-7 = July
selfcheck-plan-month-8 = August
selfcheck-plan-month-9 = September
selfcheck-plan-month-10 = October
selfcheck-plan-month-11 = November
selfcheck-plan-month-12 = December

# Form
selfcheck-plan-new-heading = New measure
selfcheck-plan-edit-heading = Edit measure: { $title }
selfcheck-plan-from-recommendation = This measure takes up a recommendation from the Selbstcheck “{ $title }”. Title and description are taken from the recommendation; adapt them to your situation.
selfcheck-plan-field-title = Title of the measure
selfcheck-plan-field-title-hint = Short and clear, at most { $max } characters. For example “Update the integration concept”.
selfcheck-plan-field-description = Description (optional)
selfcheck-plan-field-description-hint = What is to be achieved, and how? Blank lines separate paragraphs.
selfcheck-plan-field-fields = Fields of action
selfcheck-plan-field-fields-hint = Choose at least one field of action in which the measure is meant to work.
selfcheck-plan-field-items = Statements of the Selbstcheck (optional)
selfcheck-plan-field-items-hint = Choose the statements the measure addresses. They must belong to one of the chosen fields of action. This lets the next round show whether anything has changed.
selfcheck-plan-items-chosen = { $count } chosen
selfcheck-plan-field-owner-legend = Responsible
selfcheck-plan-field-owner-hint = Either a person of your municipality or a partner outside the administration is responsible, not both. You may also leave this empty for now.
selfcheck-plan-field-owner = Person of your municipality
selfcheck-plan-field-owner-none = – nobody chosen –
selfcheck-plan-field-owner-external = Or external partner
selfcheck-plan-field-owner-external-hint = Name of the organisation or person, for example an association or a service provider.
selfcheck-plan-field-start = Start
selfcheck-plan-field-date-hint = Optional. For example 15.03.2027.
selfcheck-plan-field-due = Due on
selfcheck-plan-field-due-hint = Optional. Must not be before the start.
selfcheck-plan-field-status = Status
selfcheck-plan-field-progress = Progress in per cent
selfcheck-plan-field-progress-hint = A whole number from 0 to 100. If you leave it empty with the status “Done”, the measure counts as 100 % done.
selfcheck-plan-field-public = Show on the public progress page
selfcheck-plan-field-public-hint = Appears on the public progress page once your municipality has switched it on: title, fields of action, status, progress, period and milestones reached. Owners appear only as “administration” or “partner outside the administration”. Description and reports stay internal.
selfcheck-plan-create-submit = Add measure
selfcheck-plan-save-submit = Save changes
selfcheck-plan-cancel = Cancel

# A measure's page
selfcheck-plan-edit-button = Edit measure
selfcheck-plan-source = Origin
selfcheck-plan-source-round = Recommendation from the Selbstcheck “{ $title }”
selfcheck-plan-public = Public progress page
selfcheck-plan-public-yes = May appear
selfcheck-plan-public-no = Internal only
selfcheck-plan-created = Added on
selfcheck-plan-changed = Last changed on
selfcheck-plan-description-heading = Description
selfcheck-plan-description-none = This measure has no description.
selfcheck-plan-statements-heading = Link to the Selbstcheck
selfcheck-plan-statements-none = The measure is not linked to any statement of the Selbstcheck.
selfcheck-plan-milestones-heading = Milestones
selfcheck-plan-milestones-none = This measure has no milestones yet.
selfcheck-plan-milestones-summary = { $done } of { $total } milestones reached.
selfcheck-plan-milestone-reached = Reached
selfcheck-plan-milestone-done-on = reached on { $date }
selfcheck-plan-milestone-due = due on { $date }
selfcheck-plan-milestone-overdue = was due on { $date }
selfcheck-plan-milestone-open = no date
selfcheck-plan-milestone-mark-done = Mark as reached
selfcheck-plan-milestone-reopen = Reopen
selfcheck-plan-milestone-add-heading = Add a milestone
selfcheck-plan-milestone-title = What is to be reached?
selfcheck-plan-milestone-due-label = By when? (optional)
selfcheck-plan-milestone-add-submit = Add milestone
selfcheck-plan-updates-heading = Reports and history
selfcheck-plan-updates-none = There is no report on this measure yet.
selfcheck-plan-update-add-heading = Report progress
selfcheck-plan-update-body = What has happened?
selfcheck-plan-update-body-hint = For example a meeting, a decision or an obstacle. You may also change only the status or the progress.
selfcheck-plan-update-status-label = Status
selfcheck-plan-update-status-keep = Unchanged ({ $status })
selfcheck-plan-update-progress-label = Progress in per cent (optional)
selfcheck-plan-update-progress-hint = So far { $percent } %. Leave empty if it does not change.
selfcheck-plan-update-submit = Save report
selfcheck-plan-update-status = Status: { $status }
selfcheck-plan-update-progress = Progress: { $percent } %
selfcheck-plan-update-someone = a person without an account

# Links from other pages
selfcheck-plan-overview-heading = Action plan
selfcheck-plan-overview-text = Results turn into measures: in the action plan you decide who does what by when, and follow the progress.
selfcheck-plan-overview-link = Go to the action plan
selfcheck-plan-adopt = Take up as a measure

# Errors
selfcheck-plan-error-title-missing = Enter a title for the measure.
selfcheck-plan-error-title-too-long = The title must be 200 characters or fewer.
selfcheck-plan-error-description-too-long = The description must be 5,000 characters or fewer.
selfcheck-plan-error-fields-missing = Choose at least one field of action.
selfcheck-plan-error-field-unknown = This field of action does not exist. Choose one from the list.
selfcheck-plan-error-item-unknown = One of the chosen statements no longer exists in the Selbstcheck. Choose the statements again.
selfcheck-plan-error-item-other-field = A chosen statement belongs to none of the chosen fields of action. Choose its field of action as well, or remove the statement.
selfcheck-plan-error-status = Choose a status from the list.
selfcheck-plan-error-progress = Enter the progress as a whole number from 0 to 100.
selfcheck-plan-error-owner-unknown = Choose a person from the list of your municipality's members.
selfcheck-plan-error-owner-both = Choose either a person of your municipality or an external partner, not both.
selfcheck-plan-error-owner-external-too-long = The name of the external partner must be 200 characters or fewer.
selfcheck-plan-error-date-invalid = Enter the date as DD.MM.YYYY.
selfcheck-plan-error-due-before-start = The due date must not be before the start. Choose a later due date or an earlier start.
selfcheck-plan-error-update-empty = Write what has happened, or change the status or the progress.
selfcheck-plan-error-update-too-long = The report must be 5,000 characters or fewer.
selfcheck-plan-error-milestone-title-missing = Say what is to be reached with the milestone.
selfcheck-plan-error-milestone-action = The request was incomplete. Reload the page and try again.

# Notices after saving
notice-selfcheck-plan-created = The measure has been added.
notice-selfcheck-plan-saved = Your changes have been saved.
notice-selfcheck-plan-update-added = The report has been saved.
notice-selfcheck-plan-milestone-added = The milestone has been added.
notice-selfcheck-plan-milestone-done = The milestone is marked as reached.
notice-selfcheck-plan-milestone-reopened = The milestone is open again.
