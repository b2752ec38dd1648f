package app.relay.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may see which client is decided in one place. This fails when a second place appears: SQL
 * matching holders or parties to a person, or teams to a caller, outside the row scope; or an SPA
 * screen deciding from role names instead of capabilities.
 */
class OneRowScopeTest {
    static final Pattern VISIBILITY_SQL = Pattern.compile(
            "(owner_id|co_owner_id)\\s*=\\s*:|\\.team\\s+in\\s*\\(|from\\s+party\\s+\\w+\\s+where|p\\.user_id\\s*=");
    // Besides the row scope: the handover finds what the leaving person holds and moves it to successors (and a
    // correction from one successor to another), and the impact counts what a person holds (live over the clients the
    // reader sees, or summarised by a job per team and summed over the reader's teams). They match holders to a person
    // to transfer or count them, never to decide who sees a client. The attribution report narrows a head of sales'
    // figures to their teams' clients (a head of sales who is also an admin too): what it sums, not what one sees.
    // A cover or a partnership picks the clients a person holds to add a party to them (the row scope then lets the
    // one who joined see them).
    static final List<String> SCOPE = List.of("RowScope.java", "StandingParties.java", "HandoverItems.java",
            "PartyHandovers.java",
            "HandoverCompletion.java", "HandoverCorrections.java", "Impacts.java", "ImpactFacts.java", "ImpactSummaryJob.java",
            "AttributionReport.java");
    static final Pattern ROLE_NAMES = Pattern.compile("'(head-of-sales|sales-manager|account-manager|lead-generator"
            + "|director)'");

    @Test
    void onlyTheRowScopeWritesVisibilitySql() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !SCOPE.contains(p.getFileName().toString()))
                    .filter(p -> VISIBILITY_SQL.matcher(read(p)).find())
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void theSpaRendersFromCapabilitiesNeverFromRoleNames() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../frontend/src"))) {
            List<Path> offenders = files.filter(p -> p.toString().matches(".*\\.tsx?$"))
                    .filter(p -> !p.toString().contains(".test.") && !p.toString().contains("/testing/")
                            && !p.toString().endsWith("schema.d.ts"))
                    .filter(p -> ROLE_NAMES.matcher(read(p)).find())
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
