-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0, schema version 2, PostgreSQL),
-- created here rather than by the library's schema initialisation (spring.modulith.events.jdbc.schema-initialization
-- stays off: Flyway owns the schema). One row per event and transactional listener, written in the transaction that
-- published the event; deleted once the listener completed (spring.modulith.events.completion-mode=delete), so the
-- rows present are the notifications still to send (issue 23). Events carry ids only: no address, no tracking code.
CREATE TABLE event_publication
(
    id                     UUID                     NOT NULL,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
