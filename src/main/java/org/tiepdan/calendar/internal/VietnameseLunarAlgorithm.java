package org.tiepdan.calendar.internal;

/**
 * Hồ Ngọc Đức's algorithm for the Vietnamese lunar calendar (astronomical new moons and the sun's
 * longitude, evaluated at UTC+7), as published at informatik.uni-leipzig.de/~duc/amlich. Pure
 * arithmetic on Julian day numbers; valid for 1900–2100, the range the public API accepts.
 * See docs/decisions/0003-lunar-calendar.md.
 */
public final class VietnameseLunarAlgorithm {

    /** Vietnam's time zone for the calendar (UTC+7 since 1975, and used for the whole range). */
    public static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double EPOCH = 2415021.076998695;
    /** Julian day number of 1970-01-01. */
    private static final long JDN_EPOCH_DAY_0 = 2440588;

    private VietnameseLunarAlgorithm() {
    }

    public static long jdn(java.time.LocalDate date) {
        return date.toEpochDay() + JDN_EPOCH_DAY_0;
    }

    public static java.time.LocalDate fromJdn(long jdn) {
        return java.time.LocalDate.ofEpochDay(jdn - JDN_EPOCH_DAY_0);
    }

    /** Julian day (fractional, UT) of the k-th new moon after 1 January 1900. */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The sun's ecliptic longitude in radians, normalised to [0, 2π), at Julian day jdn (UT). */
    static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** Day number (JDN) of the local day holding the k-th new moon. */
    static long newMoonDay(int k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Which of the 12 major solar terms (0..11) the sun is in at the start of the local day. */
    static int sunLongitudeSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** JDN of the first day of the 11th lunar month (the one holding the winter solstice) of a year. */
    static long lunarMonth11(int year) {
        long off = jdn(java.time.LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** In a leap year starting at month 11 a11: index (1..13) of the month without a major term. */
    static int leapMonthOffset(long a11) {
        int k = (int) Math.floor((a11 - EPOCH) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Solar → lunar: {year, month, day, leap (0/1)}. */
    public static int[] toLunar(java.time.LocalDate date) {
        long dayNumber = jdn(date);
        int yy = date.getYear();
        int k = (int) Math.floor((dayNumber - EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        // The mean month guesses k; a true new moon can fall up to a day after the guess (2062-04-09
        // found k's new moon on the next day, giving day 0): step back until the month has begun.
        while (monthStart > dayNumber) {
            k--;
            monthStart = newMoonDay(k + 1);
        }
        long a11 = lunarMonth11(yy);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        int leap = 0;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff) {
                    leap = 1;
                }
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new int[] {lunarYear, lunarMonth, lunarDay, leap};
    }

    /** Lunar → solar JDN of the first day of a lunar month, or -1 when that (leap) month does not exist. */
    public static long monthStart(int lunarYear, int lunarMonth, boolean leapMonth) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - EPOCH) / SYNODIC_MONTH);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonthNumber = leapOff - 2;
            if (leapMonthNumber < 0) {
                leapMonthNumber += 12;
            }
            if (leapMonth && lunarMonth != leapMonthNumber) {
                return -1;
            }
            if (leapMonth || off >= leapOff) {
                off += 1;
            }
        } else if (leapMonth) {
            return -1;
        }
        return newMoonDay(k + off);
    }
}
