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

knowledge-search-title = Search the magazine
knowledge-search-label = Search term
knowledge-search-hint = For example “integration concept” or “Integrationskonzept”. Other forms of a word are found too.
knowledge-search-submit = Search
knowledge-search-apply = Apply filters
knowledge-search-facets = Narrow the search
knowledge-search-facet-field = Field of action
knowledge-search-facet-type = Type of article
knowledge-search-facet-municipality-type = Suited to
knowledge-search-results = Search results
knowledge-search-count = { $count ->
    [0] No articles found for “{ $q }”.
    [one] 1 article found for “{ $q }”.
   *[other] { $count } articles found for “{ $q }”.
}
knowledge-search-count-all = { $count ->
    [0] No articles found.
    [one] 1 article, newest first.
   *[other] { $count } articles, newest first.
}
knowledge-search-only-stop-words = Your search contains only very common words such as “and” or “the”. Please enter a more specific term.
knowledge-search-none-title = Nothing found
knowledge-search-none-help = Try another or a more general word, check the spelling or remove filters.
knowledge-search-pages = Pages of search results
knowledge-search-previous = Previous page
knowledge-search-next = Next page
knowledge-search-page-of = Page { $page } of { $pages }
knowledge-search-error-too-long = Your search term is too long. Please use at most 200 characters.
knowledge-search-error-facet = This filter does not exist. Please choose from the filters offered.
knowledge-search-error-page = This page of search results does not exist.
knowledge-search-error-query = The search request cannot be read.
knowledge-search-link = Search the magazine
knowledge-api-error-not-found = There is no published article at this address that you may read.
knowledge-recommended-title = Recommended for { $municipality }
knowledge-recommended-lead = Chosen for the fields of action in which your municipality’s last completed Selbstcheck shows the most need for development: { $fields }.
knowledge-list-and = { " " }and{ " " }
