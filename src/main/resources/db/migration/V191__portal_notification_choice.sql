-- Issue 24: how the citizen chose to be told of their online submission's progress. No row: e-mail when
-- an address was given (the behaviour before the choice existed). The address itself stays with the
-- petitioner (or sealed, for a denunciation); this holds the medium only.
CREATE TABLE portal_notification_choice (
    petition_id BIGINT PRIMARY KEY REFERENCES petition (id) ON DELETE CASCADE,
    medium      VARCHAR(8) NOT NULL,
    CONSTRAINT portal_notification_choice_medium_ck CHECK (medium IN ('EMAIL', 'SMS', 'NONE'))
);
