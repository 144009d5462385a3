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
knowledge-search-count-no-words = You did not enter a search term. { $count ->
    [0] There are no matching articles.
    [one] Here is the one matching article.
   *[other] Here are all { $count } matching articles, newest first.
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

# Editorial
knowledge-editor-title-list = Editorial
knowledge-editor-list-lead = Every article of the magazine by where it stands: drafts, articles in review, planned, published and archived ones.
knowledge-editor-new-title = New article
knowledge-editor-new-lead = A new article starts as a draft. It is published only after review – at once or at a planned time.
knowledge-editor-col-title = Title
knowledge-editor-col-changed = Last changed
knowledge-editor-col-published = Publication
knowledge-status-draft = Draft
knowledge-status-review = In review
knowledge-status-planned = Planned
knowledge-status-published = Published
knowledge-status-archived = Archived
knowledge-editor-slug = Address (slug)
knowledge-editor-slug-hint = Part of the article’s address, for example “strengthen-the-council”: lower-case letters, digits and hyphens. It cannot be changed later.
knowledge-editor-kind = Type of article
knowledge-editor-kind-choose = Please choose
knowledge-editor-access = Who may read the article?
knowledge-editor-access-hint = Everybody always sees the teaser.
knowledge-editor-access-public = Everybody (public)
knowledge-editor-access-members = Logged-in members of municipalities
knowledge-editor-access-on-request = On request
knowledge-editor-fields = Fields of action
knowledge-editor-fields-hint = At least one field of action of the Selbstcheck.
knowledge-editor-applies-to = Suited to
knowledge-editor-applies-to-hint = Which kinds of municipality the article suits.
knowledge-editor-authors = Authors
knowledge-editor-authors-hint = At least one person. The operator adds new people to the list of authors.
knowledge-editor-german = German text
knowledge-editor-english = English version (optional)
knowledge-editor-english-hint = An English version needs a title, teaser and text; a checklist the same steps as in German.
knowledge-editor-title = Title
knowledge-editor-teaser = Teaser
knowledge-editor-teaser-hint = Two or three sentences shown in lists and search results (at most 400 characters).
knowledge-editor-body = Text
knowledge-editor-body-hint = In Markdown: ## for subheadings, **bold**, - for lists, [link text](https://…) for links.
knowledge-editor-steps = Steps of the checklist
knowledge-editor-steps-hint = Checklists only: one step per line as “id | title | hint” (the hint is optional). Keep the id, so the municipalities’ ticks stay.
knowledge-editor-topics = Topics
knowledge-editor-topics-hint = One topic per line, at most twelve.
knowledge-editor-related = Related articles
knowledge-editor-related-hint = The addresses (slugs) of other articles, one per line.
knowledge-editor-note = What did you change?
knowledge-editor-note-hint = Optional; shown in the history (at most 200 characters).
knowledge-editor-create = Create draft
knowledge-editor-save = Save
knowledge-editor-status = Status
knowledge-editor-published-at = Publication: { $when }
knowledge-editor-preview = See the preview
knowledge-editor-public-page = Public page
knowledge-editor-planned = Publish on (optional)
knowledge-editor-planned-hint = Leave empty to publish at once. Time on German clocks.
knowledge-transition-submit = Submit for review
knowledge-transition-send-back = Send back for changes
knowledge-transition-publish = Publish
knowledge-transition-archive = Archive
knowledge-transition-reopen = Work on it again as a draft
knowledge-editor-history = History
knowledge-editor-history-empty = No saved version yet. The first change also keeps the original version.
knowledge-editor-version = Version { $number }
knowledge-editor-version-current = current version
knowledge-editor-version-changes = Changes against version { $number }
knowledge-editor-version-first = First version
knowledge-editor-version-same = This version does not differ from the one before.
knowledge-editor-restore = Restore version { $number }
knowledge-editor-restore-hint = The content of this version is saved as a new version; nothing is lost.
knowledge-editor-restored-note = { $number ->
   *[other] Version { $number } restored
}
knowledge-editor-preview-banner = Preview for the editors – status: { $status }. This is how readers will see the article once it is published.
knowledge-editor-diff-removed = removed:
knowledge-editor-diff-added = added:
knowledge-editor-facts = Facts (type, access, fields, topics, people)
knowledge-editor-title-de = Title (German)
knowledge-editor-teaser-de = Teaser (German)
knowledge-editor-body-de = Text (German)
knowledge-editor-steps-de = Steps (German)
knowledge-editor-title-en = Title (English)
knowledge-editor-teaser-en = Teaser (English)
knowledge-editor-body-en = Text (English)
knowledge-editor-steps-en = Steps (English)
knowledge-editor-conflict-title = Someone else has saved this article in the meantime
knowledge-editor-conflict-lead = Your changes are not lost, but not saved yet. Compare both versions and decide what should stand.
knowledge-editor-conflict-compare = Both versions compared
knowledge-editor-conflict-theirs = Last saved
knowledge-editor-conflict-mine = Your version
knowledge-editor-conflict-differences = How your version differs from the saved one
knowledge-editor-conflict-edit = Edit your version
knowledge-editor-conflict-edit-hint = The form holds your version. Take over what should stay from the other version, then save.
knowledge-editor-save-mine = Save my version
knowledge-editor-discard-mine = Discard my version
knowledge-editor-error-kind = Please choose the type of article.
knowledge-editor-error-access = Please choose who may read the article.
knowledge-editor-error-fields = Please choose at least one field of action.
knowledge-editor-error-applies-to = Please choose at least one kind of municipality.
knowledge-editor-error-topics = Please give at most twelve topics of at most 60 characters each.
knowledge-editor-error-authors = Please choose at least one person from the list.
knowledge-editor-error-related = At least one address belongs to no article. Please check the spelling.
knowledge-editor-error-title = Please enter a title.
knowledge-editor-error-title-long = The title is too long: at most 200 characters.
knowledge-editor-error-teaser = Please enter a teaser.
knowledge-editor-error-teaser-long = The teaser is too long: at most 400 characters.
knowledge-editor-error-body = Please enter the text.
knowledge-editor-error-body-long = The text is too long: at most 100,000 characters.
knowledge-editor-error-steps = Each line needs an id of lower-case letters, digits and hyphens, a vertical bar and a title; each id only once, at most 40 steps.
knowledge-editor-error-steps-missing = A checklist needs at least one step.
knowledge-editor-error-steps-not-checklist = Only checklists have steps. Please empty the field or choose “Checklist”.
knowledge-editor-error-steps-match = The English steps need the same ids in the same order as the German ones.
knowledge-editor-error-note = The note is too long: at most 200 characters.
knowledge-editor-error-slug = The address may only contain lower-case letters, digits and single hyphens, and may not begin or end with a hyphen.
knowledge-editor-error-slug-taken = This address is taken. Please choose another one.
knowledge-editor-error-transition = There is no such step.
knowledge-editor-error-status-moved = The article’s status has changed in the meantime. Please check it and try again.
knowledge-editor-error-planned-unreadable = Please enter a complete date and time, for example 24/12/2026, 09:30.
knowledge-editor-error-planned-past = The planned time lies in the past. Please choose a later one, or leave the field empty to publish at once.
notice-knowledge-editor-created = The draft has been created.
notice-knowledge-editor-saved = The changes have been saved as a new version.
notice-knowledge-editor-status = The article’s status has been changed.
notice-knowledge-editor-published = The article has been published.
notice-knowledge-editor-planned = The publication has been planned.

# Access requests
knowledge-request-login = Log in to request access to this article.
knowledge-request-pending = The editors have your request. You will get an e-mail as soon as it is decided.
knowledge-request-title = Request access
knowledge-request-declined = The editors declined your last request. You can ask again and describe your purpose more closely.
knowledge-request-reason = What would you like to use the article for?
knowledge-request-reason-hint = For example to prepare a meeting or a concept. The editors see your name, your e-mail address and this reason (10 to 1000 characters).
knowledge-request-send = Request access
knowledge-request-error-empty = Please describe briefly what you would like to use the article for.
knowledge-request-error-short = The reason is too short: at least 10 characters.
knowledge-request-error-long = The reason is too long: at most 1000 characters.
knowledge-request-error-not-on-request = This article is not released on request.
knowledge-request-error-decision = Please decide with “Grant access” or “Decline”.
knowledge-request-status-pending = Open
knowledge-request-status-granted = Access granted
knowledge-request-status-declined = Declined
knowledge-requests-title = Access requests
knowledge-requests-lead = Requests for articles released on request. The person asking gets an e-mail with your decision.
knowledge-requests-pending = Open requests
knowledge-requests-none = No open requests.
knowledge-requests-who = { $name } on { $date }
knowledge-requests-grant = Grant access
knowledge-requests-decline = Decline
knowledge-requests-decided = Recently decided
knowledge-requests-col-person = Person
knowledge-requests-col-asked = Asked
knowledge-requests-col-status = Decision
knowledge-requests-link = { $count ->
    [0] Access requests (none open)
    [one] Access requests (1 open)
   *[other] Access requests ({ $count } open)
}
notice-knowledge-request-sent = The editors have your request. You will get an e-mail as soon as it is decided.
notice-knowledge-request-exists = You have already requested this article.
notice-knowledge-request-decided = The decision is saved; the person asking gets an e-mail.
notice-knowledge-request-decided-before = This request had already been decided.
mail-knowledge-request-granted-subject = Access to “{ $title }”
mail-knowledge-request-granted-body =
    Hello { $name },

    the editors have granted you access to the article “{ $title }”. You can read it now when you are logged in:

    { $link }

    The weltoffen editors
mail-knowledge-request-declined-subject = Your request for “{ $title }”
mail-knowledge-request-declined-body =
    Hello { $name },

    unfortunately the editors cannot release the article “{ $title }” to you at present. You can ask again and describe your purpose more closely:

    { $link }

    The weltoffen editors

# Cover image
knowledge-cover-title = Cover image
knowledge-cover-none = This article has no cover image yet.
knowledge-cover-file = Image file
knowledge-cover-file-hint = JPEG, PNG or WebP, at least 600 pixels wide, at most 3 MB. The image is scaled down and stored without embedded data (such as where it was taken).
knowledge-cover-alt-de = Image description in German (alternative text)
knowledge-cover-alt-hint = What does the image show that matters for the article? People using a screen reader hear this text instead of the image (at most 250 characters).
knowledge-cover-alt-en = Image description in English (optional)
knowledge-cover-upload = Upload image
knowledge-cover-remove = Remove cover image
knowledge-cover-error-no-file = Please choose an image file.
knowledge-cover-error-too-large = The file is too large: at most 3 MB. Please make the image smaller and choose it again.
knowledge-cover-error-type = This file is not a JPEG, PNG or WebP image. Please choose an image in one of these formats.
knowledge-cover-error-unreadable = The image cannot be read – the file is damaged or larger than 8000 pixels. Please choose another file.
knowledge-cover-error-narrow = The image is too narrow: at least 600 pixels. Please choose a larger image.
knowledge-cover-error-alt = Please describe the image for people who cannot see it. Then choose the file again.
knowledge-cover-error-alt-long = The image description is too long: at most 250 characters. Then choose the file again.
notice-knowledge-cover-saved = The cover image has been saved.
notice-knowledge-cover-removed = The cover image has been removed.
mail-knowledge-request-new-subject = New access request for “{ $title }”
mail-knowledge-request-new-body =
    Hello,

    { $name } asks for access to the article “{ $title }” and writes:

    { $reason }

    You can grant or decline the request here:

    { $link }

    weltoffen
