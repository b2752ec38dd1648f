package app.relay.handover;

import app.relay.access.Capabilities;
import app.relay.access.Capability;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.common.SqlValues;
import app.relay.notice.NoticeKind;
import app.relay.notice.Notices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The exfiltration watch of a notice period (seed 003: a leaving manager may take the client base with them): what the
 * person leaving reads, lists and exports each day from the day their departure handover began, against their own
 * usual daily volume over the 30 days before. A day beyond `factor` times the usual (and beyond `floor` records) is
 * flagged once, and those who run the handover are told; the audit log holds the evidence.
 */
@RequestScoped
public class LeaverWatch {
    private static final int BASELINE_DAYS = 30;
    private static final int EVIDENCE = 20;

    private final EntityManager em;
    private final HandoverAccess access;
    private final Capabilities capabilities;
    private final Notices notices;
    private final ZoneId zone;
    private final int factor;
    private final int floor;

    LeaverWatch(EntityManager em, HandoverAccess access, Capabilities capabilities, Notices notices,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone,
            @ConfigProperty(name = "relay.leaver-watch.factor", defaultValue = "3") int factor,
            @ConfigProperty(name = "relay.leaver-watch.floor", defaultValue = "100") int floor) {
        this.em = em;
        this.access = access;
        this.capabilities = capabilities;
        this.notices = notices;
        this.zone = zone;
        this.factor = factor;
        this.floor = floor;
    }

    /** The watch of a departure, for those who run it. */
    public WatchView view(UUID handoverId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Handover handover = em.find(Handover.class, handoverId);
            if (handover == null) {
                throw ProblemException.notFound("Handover");
            }
            access.requireReader(handover);
            if (handover.kind != HandoverKind.departure) {
                throw new ProblemException(ProblemType.CONFLICT, "A " + handover.kind + " handover has no one leaving to watch");
            }
            access.requireManager(handover);
            Volume volume = volume(handover);
            Set<LocalDate> flagged = flaggedDays(handover.id);
            // Every watched day so far, and any flagged day outside them (a dismissal's), newest first.
            TreeSet<LocalDate> shown = new TreeSet<>(flagged);
            LocalDate today = LocalDate.now(zone);
            LocalDate until = watchedUntil(handover).isBefore(today) ? watchedUntil(handover) : today;
            for (LocalDate day = until; !day.isBefore(start(handover)); day = day.minusDays(1)) {
                shown.add(day);
            }
            List<WatchView.Day> days = shown.descendingSet().stream().map(day -> new WatchView.Day(day,
                    volume.byDay().getOrDefault(day, 0), flagged.contains(day))).toList();
            List<WatchView.Evidence> evidence = flagged.isEmpty() || !capabilities.has(Capability.AUDIT_READ) ? List.of()
                    : evidence(handover.userId, flagged);
            return new WatchView(handover.id, volume.usual(), volume.threshold(), days, evidence);
        });
    }

    /**
     * Flags today's and yesterday's volume of every person serving a departure's notice where it passed the threshold
     * (yesterday too: reads are written to the audit log in batches), telling those who run the handover once per day.
     * In the caller's transaction; answers how many days were flagged.
     */
    @SuppressWarnings("unchecked")
    int flagDue() {
        LocalDate today = LocalDate.now(zone);
        // To the end of the day after the last working day, whatever the state: the last day's reads count most.
        List<Handover> watched = em.createNativeQuery("select h.* from handover h where h.kind = 'departure' "
                        + "and h.state <> 'cancelled' and h.last_working_day >= :since", Handover.class)
                .setParameter("since", today.minusDays(2)).getResultList();
        int flags = 0;
        for (Handover handover : watched) {
            Volume volume = volume(handover);
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                int records = volume.byDay().getOrDefault(day, 0);
                if (day.isBefore(start(handover)) || day.isAfter(watchedUntil(handover)) || records <= volume.threshold()) {
                    continue;
                }
                int added = em.createNativeQuery("insert into leaver_watch_flag (handover_id, day, records, usual, threshold) "
                                + "values (:id, :day, :records, :usual, :threshold) on conflict do nothing")
                        .setParameter("id", handover.id).setParameter("day", day).setParameter("records", records)
                        .setParameter("usual", volume.usual()).setParameter("threshold", volume.threshold()).executeUpdate();
                if (added > 0) {
                    flags++;
                    notices.send(runners(handover), NoticeKind.leaver_volume, handover.id, handover.userId, records);
                }
            }
        }
        return flags;
    }

    /** What the person read per day (company days) from the baseline's first day on, and their usual volume. */
    private record Volume(Map<LocalDate, Integer> byDay, int usual, int threshold) {
    }

    @SuppressWarnings("unchecked")
    private Volume volume(Handover handover) {
        LocalDate start = start(handover);
        LocalDate from = start.minusDays(BASELINE_DAYS);
        List<Object[]> rows = em.createNativeQuery("select cast(timezone(:zone, at) as date), sum(record_count) "
                        + "from audit_event where actor_id = :person and action in ('read', 'list', 'export') "
                        + "and at >= :from group by 1")
                .setParameter("zone", zone.getId()).setParameter("person", handover.userId)
                .setParameter("from", from.atStartOfDay(zone).toInstant()).getResultList();
        Map<LocalDate, Integer> byDay = new HashMap<>();
        rows.forEach(row -> byDay.put(SqlValues.day(row[0]), ((Number) row[1]).intValue()));
        // The usual day is an active day before the handover began: days off do not make every working day unusual.
        int[] baseline = byDay.entrySet().stream().filter(entry -> entry.getKey().isBefore(start))
                .mapToInt(Map.Entry::getValue).toArray();
        int usual = baseline.length == 0 ? 0 : (int) Math.ceil((double) java.util.Arrays.stream(baseline).sum() / baseline.length);
        return new Volume(byDay, usual, Math.max(usual * factor, floor));
    }

    /** The day the handover began: the notice is watched from it. */
    private LocalDate start(Handover handover) {
        return handover.createdAt.atZone(zone).toLocalDate();
    }

    /** The last day watched: the day after the last working day (reads reach the audit log in batches). */
    private static LocalDate watchedUntil(Handover handover) {
        return handover.lastWorkingDay.plusDays(1);
    }

    @SuppressWarnings("unchecked")
    private Set<LocalDate> flaggedDays(UUID handoverId) {
        Set<LocalDate> days = new HashSet<>();
        ((List<Object>) em.createNativeQuery("select day from leaver_watch_flag where handover_id = :id")
                .setParameter("id", handoverId).getResultList()).forEach(day -> days.add(SqlValues.day(day)));
        return days;
    }

    /** The largest reads and exports of the flagged days, from the audit log. */
    @SuppressWarnings("unchecked")
    private List<WatchView.Evidence> evidence(String person, Set<LocalDate> days) {
        LocalDate first = Collections.min(days);
        LocalDate last = Collections.max(days);
        List<Object[]> rows = em.createNativeQuery("select at, action, entity_type, record_count, detail, source_ip "
                        + "from audit_event where actor_id = :person and action in ('read', 'list', 'export') "
                        + "and at >= :from and at < :to and cast(timezone(:zone, at) as date) = any(cast(:days as date[])) "
                        + "order by record_count desc, at desc limit " + EVIDENCE)
                .setParameter("person", person).setParameter("zone", zone.getId())
                .setParameter("from", first.atStartOfDay(zone).toInstant())
                .setParameter("to", last.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("days", days.stream().map(LocalDate::toString).toArray(String[]::new)).getResultList();
        return rows.stream().map(row -> new WatchView.Evidence(SqlValues.instant(row[0]), (String) row[1], (String) row[2],
                ((Number) row[3]).intValue(), (String) row[4], (String) row[5])).toList();
    }

    /** Who is told: whoever started the handover and whoever approved it last. */
    @SuppressWarnings("unchecked")
    private List<String> runners(Handover handover) {
        List<String> people = new ArrayList<>(List.of(handover.createdBy));
        people.addAll(em.createNativeQuery("select actor_id from handover_event where handover_id = :id "
                + "and kind = 'transition' and to_state = 'approved' order by id desc limit 1")
                .setParameter("id", handover.id).getResultList());
        return people.stream().distinct().toList();
    }
}
