-- A Direct Line reply that carries verified detail is for the session that verified (issue 12):
-- another session of the same conversation (a second link exchange) must not receive it.
-- NULL = every session of the conversation may see the activity.
ALTER TABLE directline_activities ADD COLUMN audience TEXT;
