package org.tiepdan.identity;

import java.util.Map;

/**
 * The identity of a denouncer or a relative, in clear: only ever held in memory, sealed at rest,
 * shown only on an audited reveal. {@code details} carries what the owning module needs to restore
 * (e.g. the hamlet and commune of a reception visit, a delegation's representatives), {@code relation}
 * how a relative is related (vợ, con, ...). {@link #toString()} reveals nothing.
 */
public record Person(PersonRole role, String fullName, String idNumber, String address, String phone, String email,
        String relation, Map<String, String> details) {

    public Person {
        role = role == null ? PersonRole.DENOUNCER : role;
        details = details == null ? Map.of() : Map.copyOf(details.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public static Person denouncer(String fullName, String idNumber, String address, String phone, String email) {
        return new Person(PersonRole.DENOUNCER, fullName, idNumber, address, phone, email, null, Map.of());
    }

    public Person withDetails(Map<String, String> more) {
        return new Person(role, fullName, idNumber, address, phone, email, relation, more);
    }

    public String detail(String key) {
        return details.get(key);
    }

    @Override
    public String toString() {
        return "Person[" + role + ", ***]";
    }
}
