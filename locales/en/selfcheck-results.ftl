# Selbstcheck: the results page of a round, the comparison with the previous round, the benchmark.
# Every key starts with selfcheck-results-; notices after a redirect must start with notice-.

selfcheck-results-page-title = Results: { $title }
selfcheck-results-heading = Results: { $title }
selfcheck-results-status = Status
selfcheck-results-status-open = Open – answers are still coming in
selfcheck-results-status-closed = Closed
selfcheck-results-started = Started on
selfcheck-results-closed = Closed on
selfcheck-results-compared-with = Compared with
selfcheck-results-closed-on = closed on { $date }
selfcheck-results-no-previous = There is no earlier closed round. The comparison appears from the second round on.
selfcheck-results-provisional-title = Provisional results.
selfcheck-results-provisional-text = The round is still open. While people are still answering, the figures may change.

selfcheck-results-empty-heading = No answers yet
selfcheck-results-empty-text = Nobody has answered in this round yet. As soon as the first answers are saved, you will see here where your administration stands in the seven fields of action.
selfcheck-results-empty-link = Go to the round: assign fields of action and answer yourself

selfcheck-results-summary-heading = Overview
selfcheck-results-respondents = Taking part
selfcheck-results-answers = Answers given
selfcheck-results-coverage = Statements rated
selfcheck-results-coverage-value = { $answered } of { $total } statements ({ $percent }%)
selfcheck-results-coverage-short = { $answered } of { $total } ({ $percent }%)
selfcheck-results-dont-know = “Don’t know” answers
selfcheck-results-not-applicable = “Not applicable” answers
selfcheck-results-how-scored = How the points come about: each statement is rated from 0 (does not apply) to 3 (fully applies). The means of everyone taking part give each field of action a score from 0 to 100. “Don’t know” and “not applicable” do not count. Scores are rounded down.

selfcheck-results-chart-heading = Results by field of action
selfcheck-results-radar-title = Radar chart: scores of the seven fields of action
selfcheck-results-radar-desc = Each axis is a field of action, with 100 points at the edge and 0 in the centre. The rings mark 25, 50, 75 and 100 points.
selfcheck-results-radar-value = { $field }: { $score } out of 100
selfcheck-results-radar-missing = { $field }: not rated
selfcheck-results-series-current = This round
selfcheck-results-series-previous = Previous round
selfcheck-results-series-benchmark = Benchmark
selfcheck-results-legend-current = This round (area with a solid line and dots)
selfcheck-results-legend-previous = Previous round (dashed line with squares)
selfcheck-results-legend-benchmark = Benchmark of other municipalities (dotted line with diamonds)
selfcheck-results-table-caption = Scores of the fields of action (0 to 100)
selfcheck-results-col-field = Field of action
selfcheck-results-col-score = Points
selfcheck-results-col-band = Level
selfcheck-results-col-coverage = Statements rated
selfcheck-results-col-previous = Previous round
selfcheck-results-col-change = Change
selfcheck-results-col-benchmark = Benchmark
selfcheck-results-col-statement = Statement
selfcheck-results-col-before = Before
selfcheck-results-col-now = Now
selfcheck-results-none = –
selfcheck-results-none-hint = A dash (–) means there is no rating for it yet.

selfcheck-results-band-einstieg = Getting started
selfcheck-results-band-aufbau = Building up
selfcheck-results-band-fortgeschritten = Advanced
selfcheck-results-band-vorreiter = Leading
selfcheck-results-band-named = Level: { $band }
selfcheck-results-trend-up = up
selfcheck-results-trend-down = down
selfcheck-results-trend-same = unchanged

selfcheck-results-benchmark-heading = Comparison with other { $type }
selfcheck-results-type-landkreise = districts
selfcheck-results-type-kreisfreie-staedte = district-free cities
selfcheck-results-type-gemeinden = municipalities
selfcheck-results-benchmark-offer = If your municipality shares its results, you will see here the average of other { $type } that share theirs too. Only the scores of the fields of action from closed rounds are shared – no answers, no comments, no names. They are only ever shown as an average of at least { $min } municipalities, never one by one.
selfcheck-results-benchmark-waiting = Your municipality shares its results. We will show a benchmark as soon as closed rounds of at least { $min } other { $type } are available. Until then it stays hidden, so that nobody can draw conclusions about a single municipality.
selfcheck-results-benchmark-shown = The benchmark is the average of { $count } other { $type } that share their results too, each with its most recent closed round. A field of action rated by fewer than { $min } municipalities has no benchmark.
selfcheck-results-benchmark-none = –
selfcheck-results-benchmark-start = Share results for the comparison
selfcheck-results-benchmark-stop = Stop sharing results
selfcheck-results-benchmark-ask-coordinator = Whether your municipality shares its results is decided by the Selbstcheck coordinators.
selfcheck-results-error-share = Please choose whether your municipality wants to share its results.
notice-selfcheck-results-shared = Your municipality now shares the scores of its closed rounds for the comparison.
notice-selfcheck-results-not-shared = Your municipality no longer shares its results. From now on they are not part of any benchmark.

selfcheck-results-fields-heading = The fields of action in detail
selfcheck-results-field-number = Field of action { $number }
selfcheck-results-points = { $score } out of 100 points
selfcheck-results-not-scored = Not rated yet
selfcheck-results-field-previous = In the previous round: { $score } points. Change: { $delta } points.
selfcheck-results-field-no-comparison = There is no comparison for this field of action: one of the two rounds has no rating for it.
selfcheck-results-mean-value = (mean { $mean } out of 3)

selfcheck-results-strengths-heading = Strengths
selfcheck-results-strengths-none = No statement reaches a mean of 2 (“mostly applies”) or more.
selfcheck-results-potentials-heading = Potential for development
selfcheck-results-potentials-none = No statement has a mean below 1.5. There are no clear weak spots here.
selfcheck-results-recommendation = Recommendation:
selfcheck-results-articles = Related articles in the knowledge section:
selfcheck-results-divergent-heading = Differing views
selfcheck-results-divergent-none = For no statement are the answers two or more steps apart.
selfcheck-results-divergent-intro = For these statements the answers are at least two steps apart. Talk about the reasons in the workshop. The table shows how many people gave each answer.
selfcheck-results-divergent-caption = Distribution of answers where views differ: { $field }
selfcheck-results-answer-3 = Fully applies
selfcheck-results-answer-2 = Mostly applies
selfcheck-results-answer-1 = Hardly applies
selfcheck-results-answer-0 = Does not apply
selfcheck-results-answer-dont-know = Don’t know
selfcheck-results-answer-not-applicable = Not applicable
selfcheck-results-comments-heading = Comments
selfcheck-results-comments-hint = Comments are shown without names and in alphabetical order, so the discussion is about the matter and not about who wrote what.
selfcheck-results-changes-heading = Changes since the previous round
selfcheck-results-changes-caption = Statements whose mean has changed: { $field }
selfcheck-results-changes-summary = The mean changed for { $changed } of { $compared } statements: { $up } up, { $down } down.
selfcheck-results-changes-show = Show the statements that changed
selfcheck-results-changes-none = No statement has changed since the previous round.
selfcheck-results-changes-nothing-compared = No statement was rated in both rounds, so there is no comparison.
selfcheck-results-changes-hint = Means from 0 to 3. Only statements that changed by at least 0.1 are listed.
selfcheck-results-back-to-fields = Back to the list of fields of action

selfcheck-results-downloads-heading = Downloads
selfcheck-results-download-pdf = Report as PDF
selfcheck-results-download-csv = All answers as a spreadsheet (CSV)
selfcheck-results-download-json = All answers as data (JSON)
