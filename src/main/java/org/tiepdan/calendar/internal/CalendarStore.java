package org.tiepdan.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tiepdan.calendar.CalendarDay;
import org.tiepdan.calendar.DayKind;

/** Reads and writes the calendar tables. Every write must be followed by {@link #bumpRevision()}. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision() {
        return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
    }

    long bumpRevision() {
        return jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1 returning revision")
                .query(Long.class).single();
    }

    List<CalendarDay> days() {
        return jdbc.sql("select day, kind, name, source, confirmed from calendar_day order by day")
                .query((rs, i) -> new CalendarDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("source"),
                        rs.getBoolean("confirmed"), false))
                .list();
    }

    Map<Integer, DeclaredYear> years() {
        return jdbc.sql("select year, confirmed, source, note from calendar_year")
                .query((rs, i) -> new DeclaredYear(rs.getInt("year"), rs.getBoolean("confirmed"),
                        rs.getString("source"), rs.getString("note")))
                .list().stream().collect(Collectors.toMap(DeclaredYear::year, Function.identity()));
    }

    Optional<DeclaredYear> year(int year) {
        return jdbc.sql("select year, confirmed, source, note from calendar_year where year = ?").param(year)
                .query((rs, i) -> new DeclaredYear(rs.getInt("year"), rs.getBoolean("confirmed"),
                        rs.getString("source"), rs.getString("note")))
                .optional();
    }

    List<HolidayRule> rules() {
        return jdbc.sql("""
                select code, name, kind, month, day, days, days_before, legal_basis, effective_from, effective_to
                from holiday_rule order by id""")
                .query((rs, i) -> new HolidayRule(rs.getString("code"), rs.getString("name"),
                        HolidayRule.Kind.valueOf(rs.getString("kind")), rs.getInt("month"), rs.getInt("day"),
                        rs.getInt("days"), rs.getInt("days_before"), rs.getString("legal_basis"),
                        rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class)))
                .list();
    }

    /** Inserts or replaces the row of that date; true when it was new. */
    boolean upsertDay(LocalDate day, DayKind kind, String name, String source, boolean confirmed, String note,
            String user) {
        boolean exists = jdbc.sql("select count(*) from calendar_day where day = ?").param(day)
                .query(Integer.class).single() > 0;
        jdbc.sql("""
                insert into calendar_day (day, kind, name, source, confirmed, note, updated_by, updated_at)
                values (:day, :kind, :name, :source, :confirmed, :note, :user, now())
                on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = excluded.source,
                    confirmed = excluded.confirmed, note = excluded.note, updated_by = excluded.updated_by,
                    updated_at = now()""")
                .param("day", day).param("kind", kind.name()).param("name", name).param("source", source)
                .param("confirmed", confirmed).param("note", note).param("user", user).update();
        return !exists;
    }

    boolean deleteDay(LocalDate day) {
        return jdbc.sql("delete from calendar_day where day = ?").param(day).update() > 0;
    }

    /** Creates the year row when missing (unconfirmed), or updates its source and note. */
    void upsertYear(int year, String source, String note, String user) {
        jdbc.sql("""
                insert into calendar_year (year, confirmed, source, note, updated_by, updated_at)
                values (:year, false, :source, :note, :user, now())
                on conflict (year) do update set source = excluded.source, note = excluded.note,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .param("year", year).param("source", source).param("note", note).param("user", user).update();
    }

    void ensureYear(int year, String source, String user) {
        jdbc.sql("""
                insert into calendar_year (year, confirmed, source, updated_by) values (?, false, ?, ?)
                on conflict (year) do nothing""").params(year, source, user).update();
    }

    void setYearConfirmed(int year, boolean confirmed, String user) {
        jdbc.sql("update calendar_year set confirmed = ?, updated_by = ?, updated_at = now() where year = ?")
                .params(confirmed, user, year).update();
    }

    void confirmDaysOfYear(int year, String user) {
        jdbc.sql("""
                update calendar_day set confirmed = true, updated_by = ?, updated_at = now()
                where day between ? and ? and not confirmed""")
                .params(user, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
    }

    List<Integer> declaredYears() {
        return jdbc.sql("select year from calendar_year order by year").query(Integer.class).list();
    }

    int unconfirmedDays(int year) {
        return jdbc.sql("select count(*) from calendar_day where day between ? and ? and not confirmed")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(Integer.class).single();
    }
}
