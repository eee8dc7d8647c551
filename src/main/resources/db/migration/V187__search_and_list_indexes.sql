-- Issue 22: the petition search, the petition list and the work queue over a province of 1 M petitions
-- (bench/README.md, "Search and lists benchmark"). PetitionQueries gathers a query's matches from one index
-- per way of matching, instead of testing every petition in scope against all three at once:
--   content         petition_content_trgm_ix (V50, GIN trigram on content_folded, LIKE '%…%')
--   a person's name petitioner_name_trgm_ix below (a denouncer's row holds only the pseudonym: never findable)
--   the number      petition_registration_number_ix below (exact)
-- and the case search likewise from the case's folded title (petition_case_title_trgm_ix).
CREATE INDEX petitioner_name_trgm_ix ON petitioner USING gin (name_key gin_trgm_ops);
CREATE INDEX petition_registration_number_ix ON petition (registration_number);
CREATE INDEX petition_case_title_trgm_ix ON petition_case USING gin (fold_vi(title) gin_trgm_ops);

-- Lists are newest first (received_on desc, id desc): the first page of a province's 1 M petitions is the
-- first rows of this index, not a sort of every row in scope.
CREATE INDEX petition_received_ix ON petition (received_on, id);
CREATE INDEX petition_case_received_ix ON petition_case (received_on, id);

-- The work queue reads the open petitions in scope (PetitionQueries.queue: settled_on IS NULL and a state that
-- is not an end): a few percent of a province's petitions, found here rather than among all of them.
CREATE INDEX petition_unsettled_ix ON petition (unit_id) WHERE settled_on IS NULL;
