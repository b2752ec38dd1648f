package app.relay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo base is believable: the size asked for, several markets and scripts, the risky cases present. */
@QuarkusTest
class DemoDataTest {
    /**
     * Demo clients were registered between a month and about three years ago; those other tests create are new, or
     * (the attribution report's, registered before old orders) decades old.
     */
    private static final String DEMO = "c.created_at between now() - interval '5 years' and now() - interval '29 days'";

    @Inject
    EntityManager em;

    @Test
    void theBaseHasThreeHundredClientsAndAboutNineHundredContacts() {
        long demoClients = count("select count(*) from client c where " + DEMO);
        long contacts = count("select count(*) from contact k join client c on c.id = k.client_id where " + DEMO);
        assertThat(demoClients).isEqualTo(DemoDataLoader.CLIENTS);
        assertThat(contacts).isBetween(800L, 1100L);
        assertThat(count("select count(distinct country) from client")).isGreaterThanOrEqualTo(4);
        // Most customers have who found, qualified and closed them on record (the attribution report pays them).
        assertThat(count("select count(distinct p.client_id) from party p join client c on c.id = p.client_id where "
                + DEMO + " and p.kind = 'closer' and c.lifecycle <> 'prospect'")).isGreaterThan(100);
        assertThat(count("select count(*) from party p join client c on c.id = p.client_id where " + DEMO
                + " and p.kind = 'finder' and c.team <> 'north'")).isZero();
    }

    /** Active clients have recent orders, some overdue; their figures were counted as the demo loaded. */
    @Test
    void buyingClientsHaveOrdersAndTheirFigures() {
        assertThat(count("select count(*) from client c where " + DEMO + " and c.lifecycle = 'active' and not exists "
                + "(select 1 from client_order o where o.client_id = c.id)")).as("active without orders").isZero();
        assertThat(count("select count(*) from client c where " + DEMO + " and c.lifecycle = 'prospect' and exists "
                + "(select 1 from client_order o where o.client_id = c.id)")).as("prospects with orders").isZero();
        assertThat(count("select count(*) from client_figures f join client c on c.id = f.client_id where " + DEMO
                + " and f.revenue_12m > 0 and f.computed_on = current_date")).isGreaterThan(50);
        assertThat(count("select count(*) from client_figures f join client c on c.id = f.client_id where " + DEMO
                + " and f.overdue_receivables > 0")).isGreaterThan(5);
    }

    @Test
    void someClientsHangOnOneContactAndSomeChannelsArePersonal() {
        long singleContact = count("select count(*) from (select client_id from contact group by client_id "
                + "having count(*) = 1) single");
        long personal = count("select count(*) from contact, jsonb_array_elements(channels) ch "
                + "where (ch ->> 'corporate')::boolean = false");
        assertThat(singleContact).isGreaterThan(20);
        assertThat(personal).isGreaterThan(50);
    }

    @Test
    void samFindsHisAgroClientsAndCyrillicNamesAreSearchable() {
        List<String> owners = Api.as("sam").queryParam("q", "agro").get("/api/v1/clients")
                .then().statusCode(200).extract().path("items.ownerName");
        assertThat(owners).isNotEmpty();
        List<String> russian = Api.as("dana").queryParam("q", "елочка").get("/api/v1/clients")
                .then().statusCode(200).extract().path("items.name");
        assertThat(russian).isNotEmpty().allMatch(name -> name.contains("Ёлочка"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
