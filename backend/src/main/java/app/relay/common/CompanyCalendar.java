package app.relay.common;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's working days: the days of the week it works (`relay.company.working-days`, RELAY_WORKING_DAYS) less
 * its holidays (`relay.company.holidays`, RELAY_HOLIDAYS: `MM-DD` for one every year such as 12-25, `YYYY-MM-DD` for
 * one of a single year such as Easter's). A wrong setting stops Relay at start, naming it.
 */
@ApplicationScoped
@Startup
public class CompanyCalendar {
    private final Set<DayOfWeek> week;
    private final Set<MonthDay> yearly = new HashSet<>();
    private final Set<LocalDate> once = new HashSet<>();

    @Inject
    CompanyCalendar(@ConfigProperty(name = "relay.company.working-days") List<String> week,
            @ConfigProperty(name = "relay.company.holidays") Optional<List<String>> holidays) {
        this(parseWeek(week), holidays.orElse(List.of()));
    }

    public CompanyCalendar(Set<DayOfWeek> week, List<String> holidays) {
        this.week = Set.copyOf(week);
        for (String holiday : holidays) {
            String day = holiday.strip();
            try {
                if (day.length() == 5) {
                    yearly.add(MonthDay.parse("--" + day));
                } else {
                    once.add(LocalDate.parse(day));
                }
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("relay.company.holidays (RELAY_HOLIDAYS): '" + day + "' is neither "
                        + "MM-DD (every year) nor YYYY-MM-DD, e.g. 01-01,12-25,2027-04-30");
            }
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return week.contains(day.getDayOfWeek()) && !yearly.contains(MonthDay.from(day)) && !once.contains(day);
    }

    /** The day `count` working days after `from` (the day itself not counted). */
    public LocalDate addWorkingDays(LocalDate from, int count) {
        LocalDate day = from;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    static Set<DayOfWeek> parseWeek(List<String> names) {
        Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String code = name.strip().toUpperCase(Locale.ROOT);
            DayOfWeek day = EnumSet.allOf(DayOfWeek.class).stream()
                    .filter(d -> d.name().startsWith(code) && code.length() >= 3).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("relay.company.working-days (RELAY_WORKING_DAYS): '"
                            + name + "' is not a day of the week, e.g. MON,TUE,WED,THU,FRI"));
            parsed.add(day);
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("relay.company.working-days (RELAY_WORKING_DAYS) names no day");
        }
        return parsed;
    }
}
