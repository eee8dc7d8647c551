package org.tiepdan.reception.internal;

/** In what capacity a person hosted a session. Labels under {@code reception.capacity.}. */
enum HostCapacity {
    /** The head in person. */
    HEAD,
    /** A deputy authorised in writing by the head (with the authorisation's reference). */
    DEPUTY,
    /** Standing reception staff. */
    STAFF
}
