-- Records brought in by a history import carry its id (null for records entered in the system).
-- The columns belong to the owning modules' tables; only their history writers set them.
ALTER TABLE reception_session ADD COLUMN import_id BIGINT REFERENCES history_import (id);
ALTER TABLE reception_visit   ADD COLUMN import_id BIGINT REFERENCES history_import (id);
ALTER TABLE petition          ADD COLUMN import_id BIGINT REFERENCES history_import (id);
ALTER TABLE petition_case     ADD COLUMN import_id BIGINT REFERENCES history_import (id);
ALTER TABLE inspection        ADD COLUMN import_id BIGINT REFERENCES history_import (id);
ALTER TABLE violation         ADD COLUMN import_id BIGINT REFERENCES history_import (id);
ALTER TABLE outreach_event    ADD COLUMN import_id BIGINT REFERENCES history_import (id);
ALTER TABLE issued_document   ADD COLUMN import_id BIGINT REFERENCES history_import (id);
CREATE INDEX reception_session_import_ix ON reception_session (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX reception_visit_import_ix ON reception_visit (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX petition_import_ix ON petition (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX petition_case_import_ix ON petition_case (import_id) WHERE import_id IS NOT NULL;
