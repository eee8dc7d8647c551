-- A running history import names the node that runs it and holds a lease that node renews; a job
-- whose lease ran out was left by a node that died, and a sweep marks it FAILED (issue 17).
ALTER TABLE history_import ADD COLUMN node VARCHAR(100);
ALTER TABLE history_import ADD COLUMN lease_until TIMESTAMPTZ;
CREATE INDEX history_import_running_ix ON history_import (lease_until) WHERE status IN ('VALIDATING', 'IMPORTING');
