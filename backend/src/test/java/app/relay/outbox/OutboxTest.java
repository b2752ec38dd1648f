package app.relay.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A message exists only if its transaction committed, and is tried again, with growing pauses, until delivered. */
@QuarkusTest
class OutboxTest {
    @Inject
    Outbox outbox;
    @Inject
    FlakyHandler far;
    @Inject
    EntityManager em;

    @Test
    void aMessageIsTriedAgainUntilTheFarSideTakesItAndIsDeliveredOnce() {
        String subject = UUID.randomUUID().toString();
        far.failNext(2);
        long id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(FlakyHandler.KIND, subject, "hello"));

        Instant before = Instant.now();
        assertThat(outbox.deliverNow(id)).isFalse();
        OutboxState first = outbox.latest(FlakyHandler.KIND, subject).orElseThrow();
        assertThat(first.delivered()).isFalse();
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).contains("the far side is away");
        assertThat(first.nextAttemptAt()).isBetween(before.plusSeconds(5), before.plusSeconds(60));
        // Not due yet: the worker leaves it.
        outbox.deliverDue(100);
        assertThat(outbox.latest(FlakyHandler.KIND, subject).orElseThrow().attempts()).isEqualTo(1);

        due(id);
        outbox.deliverDue(100);
        assertThat(outbox.latest(FlakyHandler.KIND, subject).orElseThrow().attempts()).isEqualTo(2);
        due(id);
        outbox.deliverDue(100);
        OutboxState done = outbox.latest(FlakyHandler.KIND, subject).orElseThrow();
        assertThat(done.delivered()).isTrue();
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.lastError()).isNull();

        // Delivered once, however often it is asked for again.
        assertThat(outbox.deliverNow(id)).isTrue();
        due(id);
        outbox.deliverDue(100);
        assertThat(far.delivered()).containsOnlyOnce(subject + ":hello");
    }

    @Test
    void aKindWhoseFarSideIsAwayHoldsBackNoOtherKind() {
        String subject = UUID.randomUUID().toString();
        // Many messages of a kind that cannot go, all due before one that can: more than one round's worth.
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueueAll(AwayHandler.KIND,
                java.util.stream.IntStream.range(0, 30).mapToObj(i -> subject + "-" + i).toList()));
        long id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(FlakyHandler.KIND, subject, "behind"));
        outbox.deliverDue(10);
        assertThat(outbox.latest(FlakyHandler.KIND, subject).orElseThrow().delivered()).isTrue();
        assertThat(far.delivered()).contains(subject + ":behind");
        // The kind that is away was tried once this round, not thirty times.
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select sum(attempts) "
                + "from outbox_message where kind = :kind and subject like :prefix").setParameter("kind", AwayHandler.KIND)
                .setParameter("prefix", subject + "-%").getSingleResult()).intValue())).isEqualTo(1);
        assertThat(id).isPositive();
    }

    @Test
    void aChangeThatRollsBackLeavesNoMessage() {
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(FlakyHandler.KIND, subject, null);
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(outbox.latest(FlakyHandler.KIND, subject)).isEmpty();
        assertThatThrownBy(() -> outbox.enqueue(FlakyHandler.KIND, subject, null))
                .as("outside a transaction there is no change to go with").isNotNull();
    }

    @Test
    void thePauseDoublesUpToHalfAnHour() {
        assertThat(Outbox.pauseAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Outbox.pauseAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(Outbox.pauseAfter(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(Outbox.pauseAfter(12)).isEqualTo(Duration.ofMinutes(30));
        assertThat(Outbox.pauseAfter(100)).isEqualTo(Duration.ofMinutes(30));
    }

    /** Time passes: the message is due again. */
    private void due(long id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_message set next_attempt_at = now() where id = :id").setParameter("id", id).executeUpdate());
    }
}
