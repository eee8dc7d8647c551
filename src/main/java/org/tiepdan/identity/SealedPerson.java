package org.tiepdan.identity;

/** What anyone may know of a sealed person: position, role and pseudonym ("Người tố cáo 1"). */
public record SealedPerson(long id, int position, PersonRole role, String pseudonym) {
}
