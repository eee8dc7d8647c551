-- Issue 22: the content part of the duplicate search at intake (DuplicateFinder.propose), as a function
-- so that its plan is always the bounded one: the GiST trigram index of V185 read in distance order
-- (KNN), stopped after $4 rows. Left to itself, the planner picks a bitmap scan of all the rows above
-- the threshold followed by a sort whenever the statistics expect few of them (measured: 5,003 rows
-- read for 20 kept with 5,000 near-copies, DuplicateSearchBench) — exactly the case this is for. The
-- SET clauses hold only while the function runs; without a bitmap scan, a sequential scan or a sort,
-- the KNN index scan is the one plan left (GIN cannot return rows in distance order).
--
-- $1 the new petition, $2 its case, $3 the units in scope (null: every unit), $4 how many.
-- The caller sets pg_trgm.similarity_threshold for its transaction (what % accepts).
CREATE FUNCTION petition_similar_content(bigint, bigint, bigint[], integer) RETURNS SETOF bigint
    LANGUAGE sql STABLE
    SET enable_bitmapscan = off
    SET enable_seqscan = off
    SET enable_sort = off
    AS $$
SELECT c.id FROM petition c
WHERE c.content_folded % (SELECT content_folded FROM petition WHERE id = $1)
  AND array_length(show_trgm(c.content_folded), 1) <= 2000
  AND c.id <> $1 AND c.case_id <> $2 AND ($3 IS NULL OR c.unit_id = ANY ($3))
ORDER BY c.content_folded <-> (SELECT content_folded FROM petition WHERE id = $1)
LIMIT $4
$$;
