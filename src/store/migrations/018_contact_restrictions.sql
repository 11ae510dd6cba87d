-- conv15 (issue 14): a contact restriction narrower than a cease-contact request, per account:
-- 'workplace' = do not contact the holder at work ("别往我单位打电话"). Chat and other reminders go
-- on; a reminder or contact channel marked as workplace is skipped. One row per account and scope.
CREATE TABLE contact_restrictions (
  account_id TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('workplace')),
  source TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (account_id, scope)
);
