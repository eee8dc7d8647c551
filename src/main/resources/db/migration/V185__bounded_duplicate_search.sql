-- Issue 22: the duplicate search at intake takes "the 20 most similar" petitions from a GiST trigram
-- index ordered by distance (KNN: ORDER BY content_folded <-> text LIMIT 20), instead of scoring every
-- petition above the similarity threshold that the GIN index (petition_content_trgm_ix, kept for the
-- search) returns. See DuplicateFinder.propose.
--
-- A GiST trigram leaf holds the whole trigram array of its text, and an index row is at most 8191
-- bytes (about 2,700 trigrams: a 20,000-character content of codes or names can exceed it, and the
-- insert would then fail). So the GiST index is partial: texts of at most 2,000 distinct trigrams
-- (a natural Vietnamese text of 20,000 characters has ~1,500). The rare longer texts get a partial
-- GIN index of their own; a text can be similar to one of them (similarity >= 0.45) only if it has
-- at least 0.45 * 2,001 > 900 trigrams, so that part of the search runs only for long petitions.
-- siglen 256 bytes: the default 12-byte signatures are saturated by texts of a few dozen words and
-- then prune nothing (measured: 4x slower on 50 k near-identical petitions, bench/README.md).
CREATE INDEX petition_content_knn_ix ON petition USING gist (content_folded gist_trgm_ops (siglen = 256))
    WHERE array_length(show_trgm(content_folded), 1) <= 2000;
CREATE INDEX petition_content_long_trgm_ix ON petition USING gin (content_folded gin_trgm_ops)
    WHERE array_length(show_trgm(content_folded), 1) > 2000;
