package org.tiepdan.reception.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.tiepdan.reception.SessionKind;

/** For tests of other modules (identity): a reception session of a unit on a day, opened through the service. */
public final class ReceptionFixtures {

    private ReceptionFixtures() {
    }

    public static long openSession(ApplicationContext context, long unitId, LocalDate day) {
        ReceptionService reception = context.getBean(ReceptionService.class);
        return reception.openSession(new ReceptionService.SessionCommand(unitId, SessionKind.REGULAR, day,
                "Phòng tiếp dân", null, List.of(new SessionHost(null, null, HostCapacity.STAFF, "Cán bộ thử", null)),
                null)).id();
    }
}
