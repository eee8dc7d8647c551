-- Issue 19: a head may undo a step recorded by mistake the same day. To put the clocks back as they
-- were, each deadline remembers which step (the event's position) met it and which step added it.
-- Existing rows stay null: their steps are older than a day and cannot be undone.
alter table petition_deadline add column met_by_step integer;
alter table petition_deadline add column added_by_step integer;
