-- Issue 18: a second-round complaint is a new petition at the superior body (Luật Khiếu nại 2011
-- Art. 33, 36), linked to the first-round petition it follows.
ALTER TABLE petition ADD COLUMN first_round_id BIGINT REFERENCES petition (id);
CREATE INDEX petition_first_round_ix ON petition (first_round_id) WHERE first_round_id IS NOT NULL;
