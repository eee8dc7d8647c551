package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.petition.PetitionTracking;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Feedback on public services through Open311 GeoReport v2: only FEEDBACK and RECOMMENDATION (a
 * complaint or a denunciation needs the person's identity and its own confidentiality, which an
 * open machine interface cannot promise). Requests land in the same workflow as any online
 * petition; what is read back is the public tracking view without content or people.
 */
@Service
class Open311Service {

    static final List<PetitionKind> SERVICES = List.of(PetitionKind.FEEDBACK, PetitionKind.RECOMMENDATION);

    /** A request as read back: its public number, time, and the public view of its petition. */
    record Request(long id, PetitionKind service, Instant requestedAt, PetitionTracking.TrackedPetition view) {
    }

    /** What a client posts (GeoReport field names, converted). */
    record NewRequest(Long jurisdictionId, String serviceCode, String description, String firstName, String lastName,
            String email, String phone, String addressString, String lat, String lon) {
    }

    record Created(long id, String trackingCode) {
    }

    private final PetitionIntake intake;
    private final PetitionTracking tracking;
    private final PublicUnits units;
    private final PortalProperties limits;
    private final JdbcClient jdbc;
    private final Clock clock;

    Open311Service(PetitionIntake intake, PetitionTracking tracking, PublicUnits units, PortalProperties limits,
            JdbcClient jdbc, Clock clock) {
        this.intake = intake;
        this.tracking = tracking;
        this.units = units;
        this.limits = limits;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Created create(NewRequest r) {
        PetitionKind kind = service(r.serviceCode())
                .orElseThrow(() -> DomainException.invalid("portal-open311-service", "service_code"));
        if (!units.accepts(r.jurisdictionId())) {
            throw DomainException.invalid("portal-unit-required", "jurisdiction_id");
        }
        String description = clean(r.description());
        if (description == null) {
            throw DomainException.invalid("portal-content-required", "description");
        }
        if (description.length() > limits.maxContentChars()) {
            throw DomainException.invalid("portal-content-too-long", "description", limits.maxContentChars());
        }
        String name = join(clean(r.lastName()), clean(r.firstName()));
        String email = clean(r.email());
        String phone = clean(r.phone());
        // Petition intake's sender rules (contacts need a name, phone and e-mail well formed), with
        // the public form's wording; the first refusal is answered on GeoReport's field name.
        intake.refusals(new PetitionIntake.Person(name, null, null, phone, email), kind).stream().findFirst()
                .ifPresent(refusal -> {
                    throw DomainException.invalid(refusal.code(),
                            "fullName".equals(refusal.field()) ? "first_name" : refusal.field(), refusal.args());
                });
        if (name != null && name.length() > 200) {
            throw DomainException.invalid("portal-too-long", "first_name", 200);
        }
        StringBuilder content = new StringBuilder(description);
        String place = clean(r.addressString());
        if (place != null) {
            content.append("\n\n").append(place.length() > 500 ? place.substring(0, 500) : place);
        }
        if (clean(r.lat()) != null && clean(r.lon()) != null) {
            content.append("\n").append(coordinate(r.lat())).append(", ").append(coordinate(r.lon()));
        }
        List<PetitionIntake.Person> people = name == null ? List.of()
                : List.of(new PetitionIntake.Person(name, null, null, phone, email));
        PetitionIntake.Registered registered = intake.registerUnattended(new PetitionIntake.NewPetition(
                r.jurisdictionId(), Channel.ONLINE, Dates.today(clock), content.toString(), name == null, 1, people,
                kind, List.of()));
        long id = jdbc.sql("""
                insert into portal_open311_request (petition_id, tracking_code, service_code, unit_id)
                values (?, ?, ?, ?) returning id""")
                .params(registered.petitionId(), registered.trackingCode(), kind.name(), r.jurisdictionId())
                .query(Long.class).single();
        return new Created(id, registered.trackingCode());
    }

    /** Newest first, at most {@code limit}; only those still feedback or recommendation and not restricted. */
    List<Request> list(String serviceCode, String status, int limit) {
        List<Request> result = new ArrayList<>();
        for (Row row : rows(null)) {
            if (result.size() >= limit) {
                break;
            }
            if (serviceCode != null && !serviceCode.isBlank() && !row.service().name().equalsIgnoreCase(serviceCode)) {
                continue;
            }
            read(row).filter(req -> status == null || status.isBlank() || status.equalsIgnoreCase(status(req)))
                    .ifPresent(result::add);
        }
        return result;
    }

    Optional<Request> get(long id) {
        return rows(id).stream().findFirst().flatMap(this::read);
    }

    static String status(Request r) {
        return r.view().nextDue() == null && settled(r.view().stage()) ? "closed" : "open";
    }

    private static boolean settled(PetitionTracking.Stage s) {
        return s != PetitionTracking.Stage.RECEIVED && s != PetitionTracking.Stage.ACCEPTED
                && s != PetitionTracking.Stage.SUSPENDED && s != PetitionTracking.Stage.DIRECTED;
    }

    private record Row(long id, String code, PetitionKind service, Instant at) {
    }

    private List<Row> rows(Long id) {
        return jdbc.sql("select id, tracking_code, service_code, requested_at from portal_open311_request"
                + (id == null ? "" : " where id = :id") + " order by id desc limit 1000")
                .params(id == null ? java.util.Map.of() : java.util.Map.of("id", id))
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), PetitionKind.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private Optional<Request> read(Row row) {
        return tracking.find(row.code())
                .filter(v -> !v.restricted() && (v.kind() == null || SERVICES.contains(v.kind())))
                .map(v -> new Request(row.id(), row.service(), row.at(), v));
    }

    static Optional<PetitionKind> service(String code) {
        return SERVICES.stream().filter(k -> k.name().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    private static String coordinate(String s) {
        try {
            return String.valueOf(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("portal-open311-coordinate", "lat");
        }
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }
}
