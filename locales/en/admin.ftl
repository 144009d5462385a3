# Platform administration (admins only). The keys admin-title, field-*, role-*, ags-error-*,
# invite-button and notice-invitation-sent live in platform.ftl.

admin-caption = Administration
admin-intro = Manage municipalities, people and invitations, read the audit log and the reports about barriers, and maintain the legal notice and privacy statement.
admin-breadcrumbs-label = Breadcrumb
admin-breadcrumbs-home = Home

admin-count-municipalities = Municipalities: { $count }
admin-count-users = People with an account: { $count }
admin-count-open-invitations = Open invitations: { $count }
admin-count-unread-feedback = Unread reports: { $count }
admin-audit-teaser = Logins, role changes, invitations and other security events.
admin-site-pages-title = Platform texts
admin-edit-impressum = Edit the legal notice
admin-edit-datenschutz = Edit the privacy statement

## Lists, filters, pagination

admin-filter-all = All
admin-filter-button = Filter
admin-filter-reset = Reset filters
admin-list-caption = Results: { $count }, page { $page } of { $pages }
admin-pagination-label = Pagination
admin-pagination-prev = Previous
admin-pagination-prev-hidden = page
admin-pagination-next = Next
admin-pagination-next-hidden = page
admin-pagination-page = Page { $number }
admin-not-given = not given

admin-col-name = Name
admin-col-email = Email address
admin-col-ags = AGS
admin-col-type = Type
admin-col-land = State
admin-col-population = Population
admin-col-platform-role = Role on the platform
admin-col-created = Created (UTC)
admin-col-municipality = Municipality
admin-col-role = Role
admin-col-change-role = Change role
admin-col-expires = Valid until (UTC)
admin-col-status = Status
admin-col-time = Time (UTC)
admin-col-event = Event
admin-col-actor = Done by
admin-col-subject = Concerns
admin-col-ip = IP address
admin-col-detail = Details

## Municipalities

admin-municipalities-title = Municipalities
admin-municipalities-search = Name or AGS
admin-municipalities-type = Type of municipality
admin-municipalities-land = State (Land)
admin-municipalities-none = No municipality matches these filters.
admin-municipalities-source = Data source: Federal Statistical Office of Germany (Destatis), GV-ISys, as of 31 December 2018; prepared by landkreise-deutschland (CC BY 4.0)
admin-municipalities-add-heading = Add a municipality within a district
admin-municipalities-add-intro = Districts and district-free cities are already set up. Add municipalities within a district here before you invite someone there.
admin-municipalities-add-button = Add municipality
admin-field-ags-gemeinde = Official municipality key (AGS)
admin-field-ags-gemeinde-hint = 8 digits, for example 12072232 for Ludwigsfelde
admin-field-municipality-name = Name of the municipality
admin-field-population = Population (optional)
admin-field-population-hint = Digits only, for example 25000
admin-ags-error-gemeinde = A municipality within a district has an official municipality key of 8 digits. The first 5 digits stand for the district.
admin-ags-error-exists = A municipality with this official municipality key already exists
admin-population-error-shape = Enter the population as a whole number without decimals, for example 25000
admin-population-error-too-large = The population is too large. Check what you entered.
notice-admin-municipality-added = The municipality has been added. You can now invite someone there.

## People

admin-users-title = People
admin-users-search = Name or email address
admin-users-none = Nobody matches this search.
admin-role-none = None
admin-user-platform-role-heading = Role on the whole platform
admin-user-platform-role-intro = Editors look after the knowledge content. Admins manage the whole platform. For work in a municipality, a membership is enough.
admin-user-platform-role-button = Save role
admin-role-error-own = You cannot take the admin role away from yourself. Ask another admin to do it.
admin-user-memberships-heading = Municipalities
admin-user-memberships-none = This person does not belong to any municipality.
admin-membership-role-in = Role in { $name }
admin-membership-save-for = Save role in { $name }
admin-membership-remove = Remove from the municipality
admin-membership-add-heading = Add to a municipality
admin-membership-add-button = Add
admin-field-membership-ags-hint = 5 digits for a district or district-free city, 8 digits for a municipality within a district, for example 12072
notice-admin-role-saved = The role has been saved.
notice-admin-membership-saved = The membership has been saved.

## Invitations

admin-invitations-title = Invitations
admin-invite-heading = Invite someone
admin-invite-intro = The person gets an email with a link that is valid for 7 days. For a role in a municipality, enter its official municipality key.
admin-field-ags = Municipality (AGS)
admin-field-ags-hint = 5 digits for a district or district-free city, 8 digits for a municipality within a district. Leave empty for a role on the whole platform.
admin-invite-role-editor = Editor (whole platform)
admin-invite-role-admin = Admin (whole platform)
admin-ags-error-missing = Enter the official municipality key of the municipality
admin-ags-error-unknown = There is no municipality with this official municipality key on the platform. Add it under Municipalities first.
admin-invite-error-already-member = This email address already belongs to a member of this municipality. Change the role under People.
admin-invitations-latest = The latest 100 invitations
admin-invitations-none = There are no invitations yet.
admin-invitation-whole-platform = whole platform
admin-invitation-open = open
admin-invitation-accepted = accepted
admin-invitation-expired = expired

## Audit log

admin-audit-title = Audit log
admin-audit-intro = Security events, newest first. All times in Coordinated Universal Time (UTC).
admin-audit-none = No entries.
admin-event-login-ok = Login
admin-event-login-failed = Failed login
admin-event-logout = Logout
admin-event-password-changed = Password changed
admin-event-password-reset-requested = Password reset requested
admin-event-role-changed = Role changed
admin-event-invitation-sent = Invitation sent
admin-event-invitation-accepted = Invitation accepted
admin-event-user-created = Account created
admin-event-user-deleted = Account deleted
admin-event-token-created = API token created
admin-event-token-revoked = API token revoked
admin-event-municipality-added = Municipality added
admin-event-data-sharing-changed = Data sharing changed

## Accessibility feedback

admin-feedback-title = Reports about barriers
admin-feedback-none = No reports have come in.
admin-feedback-received = Report of { $time } (UTC)
admin-feedback-unread = unread
admin-feedback-read = read
admin-feedback-page = Page concerned
admin-feedback-mark-read = Mark as read
notice-admin-feedback-read = The report has been marked as read.

## Legal notice and privacy statement

admin-site-page-title = Edit: { $page }
admin-site-page-intro = Write the text in both languages. A blank line starts a new paragraph. If you empty a field, the default text shows again.
admin-site-page-view = View: { $page }
admin-site-page-text-de = Text in German
admin-site-page-text-en = Text in English
admin-site-page-hint = Plain text, no formatting. At most { $max } characters.
admin-site-page-button = Save texts
admin-page-error-too-long = The text is too long. Shorten it to at most 50,000 characters.
notice-admin-page-saved = The texts have been saved.
