package org.tiepdan.petition.internal;

import java.security.SecureRandom;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two names a petition is known by: its registration number in the unit's register of the year
 * ("15/2025", given without gaps and never twice) and its tracking code for the citizen. Its own
 * class because the number's locking is the one place where intakes of a unit wait on each other
 * (bench/README.md, "Petition intake"), and both the front desk ({@link PetitionService#register})
 * and the history import ({@link PetitionHistoryWriter}) must number exactly alike.
 */
@Component
class RegisterNumbers {

    private static final char[] BASE32 = "ABCDEFGHJKMNPQRSTVWXYZ0123456789".toCharArray();
    static final int TRACKING_LENGTH = 12;

    private final PetitionRepository petitions;
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    @PersistenceContext
    private EntityManager entityManager;

    RegisterNumbers(PetitionRepository petitions, JdbcClient jdbc) {
        this.petitions = petitions;
        this.jdbc = jdbc;
    }

    /**
     * The registration number, given last so that the unit's register row is locked for as short a time
     * as possible (the history import numbers its records here too). Numbers have no gaps and are never
     * given twice: the row stays locked from the increment to the commit, so a second intake of the unit
     * waits here for the first to commit (and gets the next number) or to roll back (and gets the same
     * one). Only what follows in the transaction holds the lock (with the commit's flush to disk): so
     * everything that does not need the number (the petition and its case, clocks, people and sealing,
     * the duplicate search at intake) is written before it (bench/README.md, "Petition intake"). Nothing
     * reads the provisional number meanwhile: the audit row, the visit's link, the returned petition and
     * the response all come after; {@code refresh} gives the entity the number (and a snapshot that a
     * later flush cannot write the provisional one back from).
     */
    Petition number(Petition p) {
        petitions.flush();
        int seq = jdbc.sql("""
                insert into petition_register (unit_id, year, last_number) values (?, ?, 1)
                on conflict (unit_id, year) do update set last_number = petition_register.last_number + 1
                returning last_number""").params(p.unitId(), p.receivedOn().getYear()).query(Integer.class).single();
        // Written as the constructor of Petition writes it: "15/2025".
        int numbered = jdbc.sql("""
                update petition set registration_seq = ?, registration_number = ? || '/' || registration_year
                 where id = ? and registration_seq < 0""").params(seq, String.valueOf(seq), p.id()).update();
        if (numbered != 1) {
            throw new IllegalStateException("petition " + p.id() + " was not waiting for its number");
        }
        entityManager.refresh(p);
        return p;
    }

    /**
     * Where a petition's number stands until {@link #number} replaces it in the same transaction: minus
     * its case's id, unique (the case was just created for it) so that two intakes in flight never meet
     * on {@code petition_registration_ux}, and negative so that it can never be a register's number. No
     * other transaction sees it (it is replaced before the commit).
     */
    static int provisionalNumber(long caseId) {
        return -Math.toIntExact(caseId);
    }

    /** Random, not sequential, reveals nothing: 12 characters of Crockford-like base32 (60 bits). */
    String trackingCode() {
        StringBuilder b = new StringBuilder(TRACKING_LENGTH);
        for (int i = 0; i < TRACKING_LENGTH; i++) {
            b.append(BASE32[random.nextInt(BASE32.length)]);
        }
        return b.toString();
    }
}
