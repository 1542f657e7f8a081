package vn.cchc.calendar;

import java.time.LocalDate;

/**
 * Vietnamese lunar calendar (âm lịch Việt Nam), computed with Hồ Ngọc Đức's astronomical
 * algorithm: months begin on the day of the new moon (ngày Sóc) and the month containing the
 * winter solstice (Đông chí) is month 11; in a 13-month year the first month after month 11 that
 * contains no major solar term (trung khí) is the leap month (tháng nhuận).
 *
 * <p>All astronomical instants are converted to civil days in the <b>UTC+7</b> time zone (giờ
 * Việt Nam). This is what makes the Vietnamese calendar differ from the Chinese one (UTC+8) in
 * some years, e.g. Tết 1985 (21/01 in Việt Nam, 20/02 in China), Tết 2007 (17/02 vs 18/02) and
 * Tết 2030 (02/02 vs 03/02).
 *
 * <p>Accuracy: the new-moon and sun-longitude series are those of Meeus as simplified by Hồ Ngọc
 * Đức, whose published tables (1800–2199) use the same series. One defect of the reference code is
 * corrected: when a true new moon falls late against the mean one, the solar→lunar conversion now
 * keeps stepping back instead of returning day 0 (e.g. 07/05/2054 is 30/3 âm lịch). Dates use the
 * proleptic Gregorian calendar ({@link LocalDate}). The class is stateless and thread-safe.
 */
public final class LunarCalendar {

    /** Time zone of Việt Nam, in hours east of UTC. */
    static final double TIME_ZONE = 7.0;

    /** Mean synodic month, in days. */
    private static final double SYNODIC_MONTH = 29.530588853;

    /** Julian day number of the first new moon of the series (k = 0, 1900-01-01). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    /** Julian day number of 1970-01-01 (LocalDate epoch day 0). */
    private static final long JDN_OF_EPOCH_DAY_0 = 2440588L;

    private LunarCalendar() {}

    /**
     * A date of the Vietnamese lunar calendar.
     *
     * @param day   day of the lunar month, 1..30 (mùng 1 … 30)
     * @param month lunar month, 1..12 (1 = tháng Giêng, 12 = tháng Chạp)
     * @param year  lunar year, numbered like the solar year in which its Tết falls
     * @param leap  true for a leap month (tháng nhuận), which repeats the number of the month before it
     */
    public record LunarDate(int day, int month, int year, boolean leap) {

        /** Validates the ranges of the fields (not whether the month actually has 30 days). */
        public LunarDate {
            checkRanges(day, month);
        }
    }

    private static void checkRanges(int day, int month) {
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day out of range 1..30: " + day);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month out of range 1..12: " + month);
        }
    }

    /**
     * Converts a solar (Gregorian) date to the Vietnamese lunar date.
     *
     * @param date the solar date
     * @return the lunar date of that civil day in Việt Nam
     */
    public static LunarDate fromSolar(LocalDate date) {
        return fromSolar(date, TIME_ZONE);
    }

    /** {@link #fromSolar(LocalDate)} for another time zone (hours east of UTC); UTC+8 gives the Chinese calendar. */
    static LunarDate fromSolar(LocalDate date, double tz) {
        long dayNumber = julianDayNumber(date);
        // The mean new moon k + 1 is after dayNumber; the true one may be up to ~14 h away from the
        // mean, so step back until the month start is not after dayNumber. (The original code
        // steps back only once, which yields day 0 on e.g. 07/05/2054 and 09/04/2062.)
        long k = (long) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
        long monthStart = newMoonDay(k, tz);
        while (monthStart > dayNumber) {
            k--;
            monthStart = newMoonDay(k, tz);
        }
        int year = date.getYear();
        long a11 = lunarMonth11(year, tz);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = lunarMonth11(year - 1, tz);
        } else {
            lunarYear = year + 1;
            b11 = lunarMonth11(year + 1, tz);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floorDiv(monthStart - a11, 29);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11, tz);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff) {
                    leap = true;
                }
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    /**
     * Converts a Vietnamese lunar date to the solar date.
     *
     * @param day       day of the lunar month (1..30)
     * @param month     lunar month (1..12)
     * @param year      lunar year
     * @param leapMonth true to address the leap month (tháng nhuận) numbered {@code month}
     * @return the solar date
     * @throws IllegalArgumentException if the year has no such leap month, or the month has only 29
     *                                  days and {@code day} is 30
     */
    public static LocalDate toSolar(int day, int month, int year, boolean leapMonth) {
        return toSolar(day, month, year, leapMonth, TIME_ZONE);
    }

    /** {@link #toSolar(int, int, int, boolean)} for another time zone (hours east of UTC). */
    static LocalDate toSolar(int day, int month, int year, boolean leapMonth, double tz) {
        checkRanges(day, month);
        long a11;
        long b11;
        if (month < 11) {
            a11 = lunarMonth11(year - 1, tz);
            b11 = lunarMonth11(year, tz);
        } else {
            a11 = lunarMonth11(year, tz);
            b11 = lunarMonth11(year + 1, tz);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int off = month - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11, tz);
            int leapMonthNumber = leapOff - 2;
            if (leapMonthNumber <= 0) {
                leapMonthNumber += 12;
            }
            if (leapMonth && month != leapMonthNumber) {
                throw new IllegalArgumentException("no leap month " + month + " in lunar year " + year);
            }
            if (leapMonth || off >= leapOff) {
                off += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("no leap month " + month + " in lunar year " + year);
        }
        long monthStart = newMoonDay(k + off, tz);
        long nextMonthStart = newMoonDay(k + off + 1, tz);
        if (day > nextMonthStart - monthStart) {
            throw new IllegalArgumentException("lunar month " + month + (leapMonth ? " (leap)" : "") + " of " + year
                    + " has only " + (nextMonthStart - monthStart) + " days");
        }
        return fromJulianDayNumber(monthStart + day - 1);
    }

    /**
     * The last day of a lunar year (ngày cuối năm âm lịch: 29 or 30 tháng Chạp), i.e. the day
     * before Tết of {@code lunarYear + 1}.
     *
     * @param lunarYear the lunar year
     * @return the solar date of its last day
     */
    public static LocalDate lastDayOfLunarYear(int lunarYear) {
        return tet(lunarYear + 1).minusDays(1);
    }

    /**
     * Tết Nguyên đán (mùng 1 tháng Giêng) of a lunar year.
     *
     * @param lunarYear the lunar year
     * @return the solar date of the first day of that year
     */
    public static LocalDate tet(int lunarYear) {
        return toSolar(1, 1, lunarYear, false);
    }

    /**
     * The leap month of a lunar year, or 0 when the year has 12 months.
     *
     * @param lunarYear the lunar year
     * @return the number of the month that is repeated as a leap month, or 0
     */
    public static int leapMonthOf(int lunarYear) {
        double tz = TIME_ZONE;
        // Months 1..10 of lunar year Y lie between month 11 of solar year Y-1 and month 11 of Y;
        // months 11 and 12 of Y lie between month 11 of Y and month 11 of Y+1.
        int early = leapMonthBetween(lunarMonth11(lunarYear - 1, tz), lunarMonth11(lunarYear, tz), tz);
        if (early >= 1 && early <= 10) {
            return early;
        }
        int late = leapMonthBetween(lunarMonth11(lunarYear, tz), lunarMonth11(lunarYear + 1, tz), tz);
        return late >= 11 ? late : 0;
    }

    /** Number of the leap month between two consecutive months 11, or 0 when there are 12 months. */
    private static int leapMonthBetween(long a11, long b11, double tz) {
        if (b11 - a11 <= 365) {
            return 0;
        }
        int leapMonthNumber = leapMonthOffset(a11, tz) - 2;
        return leapMonthNumber <= 0 ? leapMonthNumber + 12 : leapMonthNumber;
    }

    // ---------------------------------------------------------------- astronomy (Hồ Ngọc Đức)

    /**
     * Julian day (with fraction, UT) of the k-th new moon after the one of 1900-01-01 13:52 UT.
     * Meeus, Astronomical Algorithms, simplified.
     */
    static double newMoon(long k) {
        double t = k / 1236.85; // Julian centuries from 1900-01-01 12:00
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
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

    /** Sun's true longitude in radians, normalised to [0, 2π), at Julian day {@code jdn} (UT). */
    static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525; // Julian centuries from 2000-01-01 12:00 UT
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return l;
    }

    /** Julian day number of the civil day (in time zone {@code tz}) on which the k-th new moon falls. */
    static long newMoonDay(long k, double tz) {
        return (long) Math.floor(newMoon(k) + 0.5 + tz / 24);
    }

    /**
     * Sector (0..11, 30° each) of the sun's longitude at the start of the civil day (in time zone {@code tz})
     * {@code dayNumber}; sector 9 starts at the winter solstice.
     */
    static int sunLongitudeSector(long dayNumber, double tz) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI * 6);
    }

    /** Julian day number of the first day of lunar month 11 (the month of Đông chí) of solar year {@code year}. */
    static long lunarMonth11(int year, double tz) {
        long off = julianDayNumber(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k, tz);
        if (sunLongitudeSector(nm, tz) >= 9) {
            nm = newMoonDay(k - 1, tz);
        }
        return nm;
    }

    /**
     * Offset, in months after month 11 starting at {@code a11}, of the leap month of a 13-month
     * year: the first month without a major solar term.
     */
    static int leapMonthOffset(long a11, double tz) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i, tz), tz);
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i, tz), tz);
        } while (arc != last && i < 14);
        return i - 1;
    }

    static long julianDayNumber(LocalDate date) {
        return date.toEpochDay() + JDN_OF_EPOCH_DAY_0;
    }

    static LocalDate fromJulianDayNumber(long jdn) {
        return LocalDate.ofEpochDay(jdn - JDN_OF_EPOCH_DAY_0);
    }
}
