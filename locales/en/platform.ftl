# Texts of the weltoffen platform frame (English, British spelling).
# Fluent syntax: https://projectfluent.org/fluent/guide/
# Every key must also be in locales/de/platform.ftl.

## Site frame

site-name = weltoffen
site-description = With weltoffen, municipalities check where they stand on openness, plan their next steps with local politics, business and civil society, and find support and knowledge.
skip-link = Skip to main content
# Label of the button that switches to German (in the target language).
language-switch = Deutsch
footer-heading = About this website
footer-impressum = Legal notice
footer-datenschutz = Privacy
footer-barrierefreiheit = Accessibility
footer-meta = weltoffen is free software for municipalities working towards openness and social cohesion.

## Navigation

nav-label = Main navigation
nav-home = Home
# Link to the page of the active municipality; $name is its name.
nav-municipality = { $name }
nav-selfcheck = Self-assessment
nav-action-plan = Action plan
nav-admin = Administration
nav-editorial = Editorial
nav-login = Log in
nav-account = My account
nav-logout = Log out
municipality-switch-label = Current municipality
municipality-switch-button = Switch municipality
switch-error-unknown = You are not a member of this municipality. Choose one of your municipalities from the list.

## Forms and errors

# Visually hidden prefix before every error message at a field (for screen readers).
error-prefix = Error:
# Put before the page title when a form has errors.
title-error-prefix = Error:
error-summary-title = There is a problem

field-email = Email address
field-password = Password
field-password-confirm = Repeat password
field-new-password = New password
field-current-password = Current password
field-your-name = Your name
field-language = Language
field-role = Role
password-hint = At least 10 characters. A sentence of several words is secure and easy to remember.

email-error-missing = Enter an email address
email-error-shape = Enter an email address in the correct format, like name@kommune.de
email-error-too-long = Email address must be 254 characters or fewer
name-error-missing = Enter your name
name-error-too-long = Name must be 120 characters or fewer
name-error-shape = Remove tabs and other invisible control characters from the name
password-error-missing = Enter your password
password-error-too-short = Password must be at least 10 characters
password-error-too-long = Password must be 256 characters or fewer
password-error-mismatch = The two passwords are not the same. Enter the same password in both fields.
password-error-current-wrong = The password is not correct. Enter the password you use to log in.
error-unknown-language = Choose German or English as the language
error-body-too-large = The form contains too much text. Shorten what you entered and send the form again.

## Confirmations after an action

notice-account-created = Your account has been created. You can now log in.
notice-invitation-accepted = You have accepted the invitation. Log in to get started.
notice-account-deleted = Your account has been deleted.
notice-feedback-sent = Thank you for your report. If you gave us an email address, we will reply within two weeks.
notice-invitation-sent = The invitation has been sent. The link in it is valid for 7 days.
notice-logged-out = You have logged out.
notice-password-changed = Your password has been changed. You have been logged out on all other devices.
notice-password-reset = Your new password has been saved. Log in with it now.
notice-profile-saved = Your changes have been saved.
notice-reset-sent = If there is an account for this email address, we have sent you a link. It is valid for 1 hour. Please also check your spam folder.
notice-role-changed = The list of members has been updated.
notice-token-revoked = The token has been revoked. Programs can no longer use it.

## Login and passwords

login-title = Log in
login-button = Log in
login-forgot = Forgotten your password?
login-no-registration = You cannot register yourself. You get an account when the coordinator of your municipality or the platform administrators invite you.
# Deliberately does not reveal whether the email address exists.
login-error-wrong = The email address or password is not correct. Check both and try again.
login-error-throttled = There were too many failed attempts to log in. Try again in 15 minutes or reset your password.
forgot-title = Forgotten your password
forgot-intro = Enter the email address of your account. We will send you a link to set a new password. The link is valid for 1 hour.
forgot-button = Send me a link
reset-title = Set a new password
reset-button = Save password
reset-error-invalid = This link does not work. It is invalid, has already been used or has expired. Request a new link under ‘Forgotten your password?’ on the login page.

## Invitations

invitation-title = Accept invitation
# $municipality is the name of the municipality.
invitation-intro = You have been invited to work on weltoffen for { $municipality }.
invitation-intro-platform = You have been invited to help run the weltoffen platform.
invitation-existing-account = There is already an account for this email address. Enter its password to accept the invitation.
invitation-accept-button = Accept invitation
invitation-create-button = Create account
invitation-error-unknown = We cannot find this invitation. Check that you copied the whole link. If it still does not work, ask the person who invited you for a new invitation.
invitation-error-used = This invitation has already been accepted. Log in with your account. If you need a new invitation, ask the person who invited you.
invitation-error-expired = This invitation has expired. Invitations are valid for 7 days. Ask the person who invited you for a new one.
invitation-error-password = The password does not match your existing account. Enter the password you use to log in to weltoffen.
invite-colleague-heading = Invite colleagues
invite-colleague-intro = Invite colleagues from your administration. The person you invite gets an email with a link that is valid for 7 days. People with the coordinator role can invite others and change roles.
invite-button = Send invitation
invite-error-already-member = This email address already belongs to a member of your municipality. You can change their role in the list of members.

## Account

account-title = My account
account-memberships-heading = Your municipalities
account-profile-heading = Name and language
account-profile-button = Save changes
account-password-heading = Change password
account-password-button = Change password
account-tokens-heading = Access tokens for programs
account-tokens-intro = A token lets another program access weltoffen on your behalf, for example a specialist application used by your administration. A token has the same rights as your account. Only create one if you really need it.
account-tokens-none = You have not created any tokens yet.
field-token-name = Token name
token-name-hint = For example, the name of the program that will use the token. 80 characters or fewer.
token-col-name = Name
token-col-created = Created
token-col-used = Last used
token-col-actions = Actions
token-never-used = Never
token-create-button = Create token
token-created-heading = Your new token
token-created-text = Copy the token now and keep it somewhere safe. We will only show it this once.
# Accessible name of the button in each table row; $name is the token's name.
token-revoke = Revoke token ‘{ $name }’
token-error-name-missing = Enter a name for the token
token-error-name-too-long = Token name must be 80 characters or fewer
account-delete-heading = Delete account
account-delete-text = If you delete your account, we remove your name, your email address, your roles and your tokens. This cannot be undone. Entries in the security log are kept for up to 12 months. Enter your password to confirm.
field-delete-password = Password to confirm
account-delete-button = Delete account permanently

## Municipality

municipality-type-landkreis = District (Landkreis)
municipality-type-kreisfreie-stadt = District-free city (kreisfreie Stadt)
municipality-type-gemeinde = Municipality within a district
municipality-ags = Official municipality key (AGS)
municipality-land = Federal state (Land)
municipality-population = Population
municipality-your-role = Your role
ags-error-shape = The official municipality key has 5 digits for a district or district-free city and 8 digits for a municipality within a district. Enter digits only, like 12072.
ags-error-land = The first two digits of the official municipality key stand for the federal state. They must be between 01 and 16.
members-heading = Members
members-col-name = Name
members-col-email = Email address
members-col-role = Role
members-col-change = Change role
members-remove = Remove from municipality
# Accessible names of the controls in each table row; $name is the member's name.
members-role-for = Role of { $name }
members-save-for = Save role of { $name }

role-member = Member
role-coordinator = Coordinator
role-admin = Administrator
role-editor = Editor
role-error-unknown = Select a role from the list
role-error-last-coordinator = A municipality needs at least one coordinator. First give another member the coordinator role. Then you can change this role or remove the person.

admin-title = Platform administration

## Home page

home-title = Building an open, welcoming municipality together
home-lead = With weltoffen, your administration sees where it stands, plans its next steps with local politics, business and civil society, and talks with the people who live there. The platform builds on the model project ‘Weltoffene Kommune’ (open municipality), in which 35 municipalities took part from 2019 to 2022.
home-login = Log in
home-what-heading = What makes a municipality open and welcoming
home-what-p1 = Openness is first of all an attitude. It shows in how an administration treats people, how it values diversity and how honestly it looks at its own work. And it shows in the everyday life of the whole town: everyone who lives there should be treated with respect and have the same opportunities.
home-what-p2 = Integration and participation are not the job of a single department. They concern the citizens’ office as much as the immigration office, youth services, school administration and economic development. An open municipality makes its regular services work for everyone instead of only creating special programmes.
home-what-p3 = Every municipality starts from a different place. What matters is to look closely at where you stand today and not to take the next steps alone: work with the local council, with businesses and chambers, with clubs, local initiatives and migrant organisations.
home-parts-heading = What you will find on weltoffen
home-part-selfcheck-title = Self-check
home-part-selfcheck-text = Staff from all departments answer questions in seven fields of action, from management and steering to communication and conflict management. You see what already works well in your municipality and where the gaps are.
home-part-workshop-title = Workshop and action plan
home-part-workshop-text = In a moderated workshop, the administration, local politics, business and civil society discuss the results of the self-check. Together you set goals, measures and responsibilities in an action plan.
home-part-dialogue-title = Local dialogue
home-part-dialogue-text = Plan dialogue events with residents, invite people to them and record the results. This way, people with very different life stories have a say in their municipality.
home-part-leadership-title = Support for decision makers
home-part-leadership-text = If you lead a municipality or sit on a council and face hostility, you will find confidential exchange with peers under the Chatham House rule and collegial counselling here. You can record threats in an encrypted log and export it for the police.
home-part-knowledge-title = Magazine and network
home-part-knowledge-text = The magazine collects practical knowledge and examples from municipalities, sorted by the seven fields of action. The network directory lists contacts in other municipalities and in specialist organisations.
home-part-knowledge-link = Go to the magazine
home-start-heading = How to get started
home-start-step1 = The platform administrators set up your municipality and invite the person who will coordinate the work there.
home-start-step2 = The coordinator invites colleagues from the departments that will take part.
home-start-step3 = Together you start the self-check and see where your municipality stands.

## Accessibility statement

a11y-title = Accessibility statement
a11y-intro = We want everyone to be able to use weltoffen. This statement covers the whole weltoffen website at this address, including the areas you see after logging in. It follows the German Barrier-free Information Technology Ordinance (BITV 2.0) and EU Directive 2016/2102.
a11y-status-heading = How accessible this website is
a11y-status-text = This website is partially compliant with BITV 2.0. The standard we measure against is the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA and the European standard EN 301 549. The next section lists what is not yet accessible.
a11y-limits-heading = What is not yet accessible
a11y-limits-1 = Not all reports and questionnaires in PDF format are fully tagged yet. We are converting them step by step. Until then, we will send you the content in an accessible format on request.
a11y-limits-2 = Texts that municipalities publish themselves, such as invitations or action plans, are not always written in plain language.
a11y-limits-3 = Every chart has a table with the same figures next to it. We are still testing larger data views with screen readers.
a11y-prepared-heading = How we prepared this statement
a11y-prepared-text = We assessed the website ourselves. On every change, automated tests with the axe tool check the pages in a real browser. We also go through the tasks by hand using only the keyboard. This statement was prepared in November 2026.
a11y-feedback-heading = Report a barrier
a11y-feedback-intro = Have you found a barrier, or do you need content in a different format? Write to us using the form below. If you give us an email address, we will reply within two weeks.
feedback-message = Describe the barrier
feedback-message-hint = What were you trying to do, and what did not work? You are welcome to tell us which assistive technology you use, for example your screen reader. 5,000 characters or fewer.
feedback-page = Page concerned (optional)
feedback-page-hint = The address or title of the page.
feedback-name = Your name (optional)
feedback-optional = You can also write to us without giving your name.
feedback-email = Your email address (optional)
feedback-email-hint = Only needed if you would like a reply.
feedback-button = Send report
feedback-error-message-missing = Describe the barrier
feedback-error-message-too-long = Description must be 5,000 characters or fewer
feedback-error-url-too-long = Page details must be 500 characters or fewer
a11y-enforcement-heading = Enforcement procedure
a11y-enforcement-text = If you are not satisfied with our reply, or if you have not received one, you can contact the conciliation body under section 16 of the German Disability Equality Act (Schlichtungsstelle nach § 16 BGG). It is part of the office of the Federal Government Commissioner for Matters relating to Persons with Disabilities. The procedure is free of charge and you do not need a lawyer. You can find out more at www.schlichtungsstelle-bgg.de. If this platform is run by a body of a federal state (Land) or by a municipality, the enforcement or conciliation body of that Land is responsible.

## Legal pages

impressum-title = Legal notice
datenschutz-title = Privacy statement
# Placeholder until the operator saves their own text. Paragraphs are separated by blank lines.
impressum-default =
    Please note: this is a placeholder. Whoever runs weltoffen must enter their own details here before going live (section 5 of the German Digital Services Act, DDG, and section 18 of the Interstate Media Treaty, MStV). The platform administrators can replace this text.

    Operator of the platform: [name of the municipality, association or organisation]

    Address: [street and number, postcode and town]

    Represented by: [name and position of the person authorised to represent the operator]

    Contact: [telephone number], [email address]

    Supervisory authority: [only for public authorities and public-law bodies]

    Responsible for content under section 18(2) MStV: [name and address]

    Content from municipalities: each municipality is responsible for the texts and files it publishes on the platform.
datenschutz-default =
    Please note: this is a template. The operator of the platform fills in the details in square brackets and checks the text before the platform goes live. The template describes how weltoffen works in its default settings.

    Controller: [name and address of the body that runs the platform, email address]

    Data protection officer: [name or position, address, email address]

    When you visit the website: our server writes an entry to its log for every request, with the IP address, the time and the address requested. We need these entries to detect and fend off attacks and faults. We delete them after 14 days.

    Cookies: we only set cookies that are technically necessary. ‘__Host-weltoffen_session’ keeps you logged in; the session itself is stored on our server. It ends when you log out, or at the latest after the configured time (12 hours by default). ‘__Host-weltoffen_csrf’ protects forms from being misused by other websites and is deleted when you close your browser. ‘__Host-weltoffen_lang’ remembers the language you chose for one year. These cookies do not need your consent (section 25(2) no. 2 TDDDG).

    Your account: accounts are only created by invitation. For your account we store your name, your email address, your chosen language, your roles and the municipalities you work with, as well as any tokens you create. We do not store your password in plain text, only as a secure hash.

    Protecting logins: so that nobody can guess passwords by trial and error, we count failed login attempts per email address and per IP address. These counters expire after 15 minutes. We record security events, such as logins, invitations, changes to roles and passwords, or the deletion of an account, with the email address and IP address in a security log. Only the platform administrators can see it. The platform deletes the entries automatically after 12 months.

    Emails: we only write to you when you are invited, when you request a new password and when your password has been changed. There is no newsletter and no advertising.

    Accessibility reports: if you write to us using the form on the ‘Accessibility’ page, we store your message and, if you give them, your name, your email address and the page concerned. We only use these details to remove the barrier and to reply to you.

    No tracking: weltoffen does not use any analytics or tracking tools. Fonts, scripts and images all come from our own server. Your browser does not send any requests to third parties when you visit.

    Purpose and legal basis: we process the data so that municipalities can use the platform for their public tasks (Article 6(1)(e) GDPR) and to meet legal obligations, for example on IT security and accessibility (Article 6(1)(c) GDPR). Where your account is concerned, the legal basis is Article 6(1)(b) GDPR.

    Recipients: we do not pass your data on to third parties. The operator may engage service providers to run the server and send emails; they are bound by the operator’s instructions under Article 28 GDPR: [enter service providers or adapt this paragraph].

    Your rights: you have the right of access, rectification, erasure and restriction of processing, and the right to object to processing (Articles 15 to 18 and 21 GDPR). You can delete your account yourself at any time on the ‘My account’ page. For anything else, contact the controller or the data protection officer named above.

    Complaints: you can complain to a data protection supervisory authority, for example the one in your federal state. The authority responsible for us is: [name and address of the supervisory authority].

    Last updated: [enter date]

## Mails

# Variables: $inviter (name of the person inviting), $municipality, $link, $expires (date),
# $details (empty, or a paragraph a pillar adds, e.g. the fields of a self-check, followed by a blank line).
mail-invitation-subject = Invitation to weltoffen: { $municipality }
mail-invitation-body =
    Hello,

    { $inviter } has invited you to work on weltoffen for { $municipality }. On weltoffen, municipalities work together on becoming more open and welcoming, from the self-check to the action plan.

    { $details }Use this link to accept the invitation:

    { $link }

    The link is valid until { $expires }.

    If you were not expecting this invitation, you can simply delete this email. Nothing happens unless you use the link.

    Best wishes
    weltoffen
mail-invitation-platform-subject = Invitation to the weltoffen platform
mail-invitation-platform-body =
    Hello,

    { $inviter } has invited you to help run the weltoffen platform.

    { $details }Use this link to accept the invitation:

    { $link }

    The link is valid until { $expires }.

    If you were not expecting this invitation, you can simply delete this email. Nothing happens unless you use the link.

    Best wishes
    weltoffen
mail-reset-subject = Set a new password for weltoffen
mail-reset-body =
    Hello,

    Someone asked for a new password for your weltoffen account. Use this link to set it:

    { $link }

    The link is valid for 1 hour and works only once.

    If you did not ask for a new password, you can simply delete this email. Your current password stays valid.

    Best wishes
    weltoffen
mail-password-changed-subject = Your weltoffen password has been changed
mail-password-changed-body =
    Hello,

    The password for your weltoffen account has just been changed. You have been logged out on all other devices.

    If this was not you, reset your password straight away using ‘Forgotten your password?’ on the login page. Please also tell the coordinator of your municipality or the platform administrators.

    Best wishes
    weltoffen

## Error pages

error-back-home = Go to the home page
# Shown before the request id on error pages.
error-request-id = Reference number for enquiries:
error-bad-request-title = Sorry, that did not work
error-bad-request-text = The request was incomplete or not valid. Go back and try again.
error-login-required-title = Please log in
error-login-required-text = You need to be logged in to see this page. Log in and then open the page again.
error-forbidden-title = No access
error-forbidden-text = You do not have access to the pages of this municipality or this area. If you need access, contact the coordinator of your municipality.
error-csrf-title = The form has expired
error-csrf-text = The form was open for too long or was sent from another website. To protect you, we did not process it. Go back, reload the page and send the form again.
error-not-found-title = Page not found
error-not-found-text = This page does not exist or no longer exists. If you typed or copied the address, check that it is complete and correct.
error-conflict-title = This change is not possible
error-conflict-text = The change does not fit the current state, for example because someone else has just changed the same data. Reload the page and try again.
error-too-many-title = Too many requests
error-too-many-text = We received a lot of requests from you in a short time. Wait a few minutes and then try again.
error-internal-title = Sorry, something went wrong on our side
error-internal-text = This is not your fault. We have been notified automatically. Please try again later. If you contact us, please give the reference number.

## Data credits
municipality-data-credit = Source of name, type and population: Federal Statistical Office (Destatis), GV-ISys, as of 31 December 2018; prepared by landkreise-deutschland (CC BY 4.0).
municipality-checklists-link = Checklists from the magazine: your municipality's progress
