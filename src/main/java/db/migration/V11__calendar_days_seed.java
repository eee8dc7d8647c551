package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tiepdan.calendar.internal.DaysOffSeedMigration;

/** Loads the shipped official days-off schedules; the work is done in the calendar module. */
public class V11__calendar_days_seed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DaysOffSeedMigration.migrate(context);
    }
}
