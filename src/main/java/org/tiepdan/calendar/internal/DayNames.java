package org.tiepdan.calendar.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled schedules name days for their compilers ("Tết Dương lịch (New Year) - Sunday",
 * "(swapped with Sat 05/01/2019)"). Users see only Vietnamese: the English remarks are dropped
 * or translated here, and the original name is kept in the day's note.
 */
final class DayNames {

    private static final Pattern SWAPPED = Pattern.compile("\\(swapped with Sat (\\d{2}/\\d{2}/\\d{4})\\)");
    private static final Pattern COMPENSATES = Pattern.compile("\\((mùng \\d); compensates [^)]*\\)");
    private static final Pattern EVE = Pattern.compile("\\(last day of year, giao thừa\\)");
    private static final List<Pattern> DROPPED = List.of(
            Pattern.compile("\\s*\\((New Year|Lunar New Year day|PROJECTED|Saturday worked|adjacent day, (before|after))\\)"),
            Pattern.compile("\\s*\\(compensatory[^)]*\\)"),
            Pattern.compile("\\s*-\\s*(Saturday|Sunday|PENDING|1 day under BLLĐ 2012|1 day, no swap)\\s*$"));

    private DayNames() {
    }

    static String vietnamese(String name) {
        String result = SWAPPED.matcher(name).replaceAll(m -> "(làm bù thứ Bảy " + Matcher.quoteReplacement(m.group(1)) + ")");
        result = COMPENSATES.matcher(result).replaceAll("($1)");
        result = EVE.matcher(result).replaceAll("(giao thừa)");
        boolean changed;
        do {
            String before = result;
            for (Pattern p : DROPPED) {
                result = p.matcher(result).replaceAll("");
            }
            changed = !before.equals(result);
        } while (changed);
        return result.trim();
    }
}
