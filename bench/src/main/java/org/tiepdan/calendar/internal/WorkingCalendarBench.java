package org.tiepdan.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.tiepdan.calendar.CalendarDay;

/**
 * A simple harness (not JMH): the engine behind WorkingCalendar on the shipped schedules and the
 * statutory rules, one million operations of each kind after a warm-up, best of five rounds.
 */
public final class WorkingCalendarBench {

    private static final int N = 1_000_000;

    public static void main(String[] args) {
        List<DaysOffCsv.Row> rows = DaysOffSeedMigration.shippedRows();
        List<CalendarDay> days = rows.stream()
                .map(r -> new CalendarDay(r.date(), r.kind(), r.name(), r.source(), r.confirmed(), false)).toList();
        Map<Integer, DeclaredYear> years = new TreeMap<>();
        for (int y = 2019; y <= 2027; y++) {
            years.put(y, new DeclaredYear(y, y < 2027, null, null));
        }
        LocalDate bllđ2019 = LocalDate.of(2021, 1, 1);
        List<HolidayRule> rules = List.of(
                new HolidayRule("NEW_YEAR", "Tết Dương lịch", HolidayRule.Kind.SOLAR, 1, 1, 1, 0, "BLLĐ 2019", bllđ2019, null),
                new HolidayRule("TET", "Tết Nguyên đán", HolidayRule.Kind.LUNAR_NEW_YEAR, 1, 1, 5, 1, "BLLĐ 2019", bllđ2019, null),
                new HolidayRule("HK", "Giỗ Tổ", HolidayRule.Kind.LUNAR, 3, 10, 1, 0, "BLLĐ 2019", bllđ2019, null),
                new HolidayRule("R", "30/4", HolidayRule.Kind.SOLAR, 4, 30, 1, 0, "BLLĐ 2019", bllđ2019, null),
                new HolidayRule("L", "1/5", HolidayRule.Kind.SOLAR, 5, 1, 1, 0, "BLLĐ 2019", bllđ2019, null),
                new HolidayRule("N", "2/9", HolidayRule.Kind.SOLAR_WITH_ADJACENT, 9, 2, 1, 0, "BLLĐ 2019", bllđ2019, null));
        CalendarTexts texts = new CalendarTexts("Nghỉ bù {0}", "{0} - ngày liền kề", "{0}");

        long t0 = System.nanoTime();
        CalendarData data = new CalendarData(days, years, rules, texts, 0);
        for (int y = 2019; y <= 2040; y++) {
            data.isWorkingDay(LocalDate.of(y, 6, 1));
        }
        System.out.printf("Build snapshot and 22 year tables: %.1f ms%n", (System.nanoTime() - t0) / 1e6);

        LocalDate base = LocalDate.of(2019, 1, 1);
        int[] offsets = new int[N];
        int[] amounts = new int[N];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < N; i++) {
            offsets[i] = random.nextInt(9 * 365);
            amounts[i] = random.nextInt(1, 91);
        }
        LocalDate[] starts = new LocalDate[N];
        for (int i = 0; i < N; i++) {
            starts[i] = base.plusDays(offsets[i]);
        }
        for (int round = 0; round < 3; round++) {
            run("warm-up", data, starts, amounts);
        }
        for (int round = 1; round <= 5; round++) {
            run("round " + round, data, starts, amounts);
        }
    }

    private static void run(String label, CalendarData data, LocalDate[] starts, int[] amounts) {
        long sink = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < N; i++) {
            sink += data.addWorkingDays(starts[i], amounts[i]).toEpochDay();
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < N; i++) {
            sink += data.addCalendarDays(starts[i], amounts[i]).toEpochDay();
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < N; i++) {
            sink += data.countWorkingDays(starts[i], starts[i].plusDays(amounts[i]));
        }
        long t3 = System.nanoTime();
        System.out.printf("%-8s 1M addWorkingDays %6.1f ms | 1M addCalendarDays %6.1f ms | 1M countWorkingDays %6.1f ms (%d)%n",
                label, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, sink % 10);
    }
}
