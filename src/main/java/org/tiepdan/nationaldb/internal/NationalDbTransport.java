package org.tiepdan.nationaldb.internal;

import java.util.Map;

/**
 * How one mapped record reaches the national database. The exchange format is not public
 * (docs/national-db.md): the transport is a replaceable adapter, today JSON over HTTPS
 * ({@link HttpNationalDbTransport}). A failure throws with a short, identity-free message.
 */
interface NationalDbTransport {

    /** Sends the envelope of one record; returns normally only when the receiver accepted it. */
    void send(Map<String, Object> envelope) throws TransportException;

    /** The receiver refused or could not be reached; the message is recorded as the record's error. */
    class TransportException extends Exception {
        TransportException(String message) {
            super(message);
        }
    }
}
