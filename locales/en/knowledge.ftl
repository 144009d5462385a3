# The magazine (knowledge platform)

nav-magazine = Magazine

knowledge-home-title = Magazine
knowledge-home-lead = Practical knowledge for open-minded municipalities: lead articles, guest posts, interviews, practical tips, checklists and practice reports, sorted by the seven fields of action of the Selbstcheck.
knowledge-empty = No articles have been published yet.
knowledge-field-nav-label = Fields of action in the magazine
knowledge-field-all = All articles on “{ $field }”
knowledge-field-count = { $count ->
    [0] No articles found.
    [one] 1 article
   *[other] { $count } articles
}

knowledge-field-management = Management and governance
knowledge-field-opening = Intercultural opening and anti-racism
knowledge-field-access = Fair access and participation
knowledge-field-work = Work and economic development
knowledge-field-engagement = Civic engagement and participation
knowledge-field-cohesion = Cohesion and encounter
knowledge-field-communication = Communication and conflict management

knowledge-type-leitartikel = Lead article
knowledge-type-gastbeitrag = Guest post
knowledge-type-interview = Interview
knowledge-type-praxistipp = Practical tip
knowledge-type-checkliste = Checklist
knowledge-type-praxisbericht = Practice report

knowledge-filter-type = Type of article
knowledge-filter-type-all = All types
knowledge-filter-apply = Show
knowledge-error-type = There is no such type of article.

knowledge-access-members = For members
knowledge-access-on-request = On request

knowledge-reading-time = { $minutes ->
    [one] 1 minute read
   *[other] { $minutes } minute read
}

knowledge-article-authors = By
knowledge-article-published = Published
knowledge-article-reading-time = Reading time
knowledge-article-fields = Fields of action
knowledge-article-topics = Topics
knowledge-article-steps = The steps at a glance
knowledge-article-about-authors = About the authors
knowledge-article-related = Related articles
knowledge-article-german-only = This article is only available in German.
knowledge-article-members-only = Members of the municipalities on the platform can read the full article. Please log in.
knowledge-article-on-request = The editors make the full article available on request.

knowledge-feed-title = { $field } – magazine of { $site }
knowledge-feed-author = weltoffen editorial team
knowledge-field-feed = Subscribe to new articles in this field of action (Atom feed)

knowledge-checklists-title = Checklists
knowledge-checklists-lead = Work through the magazine's checklists for your municipality: tick the steps that are done, note where things stand and who is responsible. Every member of your municipality sees the same list.
knowledge-checklists-empty = No checklists have been published in the magazine yet.
knowledge-checklist-progress = { $done } of { $total } steps done ({ $percent } %)
knowledge-checklist-article = Read the article with the explanations
knowledge-checklist-step = Step { $number }
knowledge-checklist-done = Done
knowledge-checklist-responsible = Responsible (person or office)
knowledge-checklist-note = Note on progress
knowledge-checklist-changed = Last changed on { $date }
knowledge-checklist-save = Save
knowledge-checklist-print-hint = To print, use your browser's print function (Ctrl+P); navigation and buttons are left out.
knowledge-checklist-work = Work on this checklist for { $municipality }
knowledge-checklist-error-stale = The checklist has changed since you opened the page. Please reload the page.
knowledge-checklist-error-note-long = The note is too long: at most 2,000 characters.
knowledge-checklist-error-responsible-long = This is too long: at most 200 characters.
notice-knowledge-checklist-saved = The checklist has been saved.
