"""What members do with the agenda beyond reading it: calendar files and feeds, private feed tokens,
registrations and their e-mails, reminders (docs/events.md). A feature layer above ``events.models``."""
