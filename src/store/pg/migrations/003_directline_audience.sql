-- Mirrors SQLite 015: the one session a verified Direct Line reply is for (NULL = every session).
ALTER TABLE directline_activities ADD COLUMN audience TEXT;
