# Texts of the self-check's PDF documents: the questionnaire for answering on paper and the results report.
# The template puts the number into { $page }, { $total } and { $value }.

## Both documents

selfcheck-pdf-page = Page { $page } of { $total }
selfcheck-pdf-contents = Contents
selfcheck-pdf-field = Field of action
selfcheck-pdf-scale-3 = Fully applies
selfcheck-pdf-scale-2 = Mostly applies
selfcheck-pdf-scale-1 = Hardly applies
selfcheck-pdf-scale-0 = Does not apply
selfcheck-pdf-scale-dont-know = Don't know
selfcheck-pdf-scale-not-applicable = Not applicable

## Questionnaire

selfcheck-pdf-questionnaire-title = Self-check – questionnaire
selfcheck-pdf-version = Version
selfcheck-pdf-how-to-title = How to fill in the questionnaire
selfcheck-pdf-how-to-1 = The questionnaire contains statements about the work of your administration, arranged by field of action. For each statement, tick how far it applies to your administration today. Answer from the point of view of your own area of work; there are no right or wrong answers.
selfcheck-pdf-how-to-2 = If you cannot judge a statement, tick “Don't know”. If a statement does not fit your administration, tick “Not applicable”. Neither counts towards the score. Below each statement there is room for a comment, such as an example from your area or an open question.
selfcheck-pdf-how-to-3 = Hand the completed questionnaire to the person who coordinates the self-check in your municipality. They will enter your answers on the platform; the small code below each statement helps them do so.
selfcheck-pdf-respondent-name = Name
selfcheck-pdf-respondent-unit = Department
selfcheck-pdf-respondent-date = Date
selfcheck-pdf-comment = Comment

## Results report

selfcheck-pdf-report-title = Self-check – results report
selfcheck-pdf-as-of = As of
selfcheck-pdf-status = Status of the round
selfcheck-pdf-status-open = open – the results may still change
selfcheck-pdf-status-closed = closed on { $date }
selfcheck-pdf-started = Started on
selfcheck-pdf-respondents = Participants who answered
selfcheck-pdf-municipality-type = Type of municipality
selfcheck-pdf-instrument-version = Questionnaire version
selfcheck-pdf-compared-with = Compared with
selfcheck-pdf-created = Report created on
selfcheck-pdf-overview = Overview
selfcheck-pdf-chart-caption = Scores of the fields of action on a scale from 0 to 100
selfcheck-pdf-chart-alt = Radar chart with one axis per field of action; the centre stands for a score of 0, the outer edge for 100. The scores:
selfcheck-pdf-chart-current = This round ({ $round })
selfcheck-pdf-chart-previous = Previous round ({ $round })
selfcheck-pdf-reading-help-title = How to read this report
selfcheck-pdf-reading-help-1 = For each statement, the answers are averaged: “Fully applies” counts 3, “Mostly applies” 2, “Hardly applies” 1 and “Does not apply” 0. “Don't know” and “Not applicable” are not counted. The weighted averages give each field of action a score between 0 and 100.
selfcheck-pdf-reading-help-2 = Its score puts each field of action at one of four stages: Getting started (below 25), Building up (25 to below 50), Advanced (50 to below 75) and Pioneering (75 and above). Coverage shows the share of statements with at least one rating. If it is low, the score says little.
selfcheck-pdf-reading-help-3 = The report reflects your administration's own assessment; it does not compare you with other municipalities. Use it as a basis for a joint discussion: What is already working? Where do you want to start? And where do colleagues see things differently?
selfcheck-pdf-score = Score
selfcheck-pdf-score-value = { $value } out of 100
selfcheck-pdf-band = Stage
selfcheck-pdf-coverage = Coverage
selfcheck-pdf-previous = Previous round
selfcheck-pdf-change = Change
selfcheck-pdf-dimensions = Dimensions
selfcheck-pdf-dimension = Dimension
selfcheck-pdf-strengths = Strengths
selfcheck-pdf-strengths-intro = The best rated statements of this field of action, each with an average of at least 2 (“Mostly applies”).
selfcheck-pdf-potentials = Development potential
selfcheck-pdf-potentials-intro = The lowest rated statements with an average below 2, each with a recommendation for the next step.
selfcheck-pdf-recommendation = Recommendation
selfcheck-pdf-divergent = Differing assessments
selfcheck-pdf-divergent-intro = For these statements, the ratings are at least two steps apart. Departments often see things differently because of their day-to-day work; talk about where the difference comes from.
selfcheck-pdf-mean-value = Average { $value } out of 3
selfcheck-pdf-none = No statements in this category.
selfcheck-pdf-no-value = n/a
selfcheck-pdf-band-einstieg = Getting started
selfcheck-pdf-band-aufbau = Building up
selfcheck-pdf-band-fortgeschritten = Advanced
selfcheck-pdf-band-vorreiter = Pioneering
