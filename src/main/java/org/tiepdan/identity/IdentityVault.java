package org.tiepdan.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sealed storage of denouncers' identities and of the original scans that show them: AES-256-GCM
 * with keys from the environment or a key file (never from the database); the tables hold key id,
 * nonce, ciphertext, keyed blind indexes and a pseudonym. Nothing here reveals: reading in clear is
 * {@link IdentityReveals}' job, behind a custodian's grant and the audit log.
 */
public interface IdentityVault {

    /** Pseudonym of the n-th denouncer of a group (a case): "Người tố cáo n". */
    String pseudonym(int n);

    /**
     * Seals the people of a subject, replacing what was sealed for it before. Pseudonyms are numbered
     * within {@code group} (e.g. {@code CASE:15}); a person already sealed in the group under the same
     * CCCD (or name and address) keeps the pseudonym. Returns the pseudonyms in order.
     */
    List<String> seal(SubjectRef subject, long unitId, String group, List<Person> people);

    /** Adds a relative of a sealed denouncer; returns the relative's pseudonym. */
    String addRelative(SubjectRef subject, long unitId, int denouncerPosition, Person relative);

    boolean isSealed(SubjectRef subject);

    List<SealedPerson> people(SubjectRef subject);

    /** Copies what is sealed for one subject to another (a transfer inside the installation, a split). */
    List<String> copy(SubjectRef from, SubjectRef to, long unitId, String group);

    /** Reasons a candidate matches: {@code SAME_ID_NUMBER}, {@code SAME_NAME_ADDRESS}. */
    enum Match { SAME_ID_NUMBER, SAME_NAME_ADDRESS }

    /**
     * Subjects of the same type whose sealed denouncers share a CCCD, or a folded name and address,
     * with the subject's, compared through keyed hashes (HMAC blind indexes), never in clear.
     */
    Map<Long, Set<Match>> sameIdentity(SubjectRef subject);

    /** Seals an original scan; returns the sealed file's id. */
    long sealFile(SubjectRef subject, long unitId, String fileName, String contentType, byte[] data);

    /** Protection measures recorded so far for the subject's people (count only: the measures are sealed). */
    int protections(SubjectRef subject);

    /**
     * Protection measures recorded for petitioners by the units (a denouncer or a relative, Luật Tố cáo
     * 2018 Chapter VI) on a day of the window, the day read in Asia/Ho_Chi_Minh (the record's time is a
     * timestamp), and of them those decided: counts only, for the outline (Đề cương II.2.1 "bảo vệ
     * người phản ánh, kiến nghị, khiếu nại, tố cáo"). No person nor record is named.
     */
    ProtectionCount protectionsRecorded(java.util.Collection<Long> unitIds, java.time.LocalDate from,
            java.time.LocalDate to);

    /** Measures recorded, and of them decided (in force or ended). */
    record ProtectionCount(long recorded, long decided) {
    }
}
