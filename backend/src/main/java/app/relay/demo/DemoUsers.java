package app.relay.demo;

import java.util.List;

/** The demo users of the dev realm, with the fixed ids the realm file gives them. */
final class DemoUsers {
    record Person(String id, String username, String fullName, String role, String team) {
        String email() {
            return username + "@relay.test";
        }
    }

    static final Person ADA = new Person("a0000000-0000-4000-8000-000000000001", "ada", "Ada Lovelace", "admin", null);
    static final Person DANA = new Person("a0000000-0000-4000-8000-000000000002", "dana", "Dana Ionescu", "director", null);
    static final Person HUGO = new Person("a0000000-0000-4000-8000-000000000003", "hugo", "Hugo Petrescu", "head-of-sales", "north");
    static final Person SAM = new Person("a0000000-0000-4000-8000-000000000004", "sam", "Sam Rusu", "sales-manager", "north");
    static final Person SARA = new Person("a0000000-0000-4000-8000-000000000005", "sara", "Sara Moldovan", "sales-manager", "north");
    static final Person ALEX = new Person("a0000000-0000-4000-8000-000000000006", "alex", "Alex Popa", "account-manager", "north");
    static final Person LEO = new Person("a0000000-0000-4000-8000-000000000007", "leo", "Leo Ciobanu", "lead-generator", "north");
    static final Person HANA = new Person("a0000000-0000-4000-8000-000000000008", "hana", "Hana García", "head-of-sales", "south");
    static final Person SID = new Person("a0000000-0000-4000-8000-000000000009", "sid", "Sid Morales", "sales-manager", "south");

    static final List<Person> ALL = List.of(ADA, DANA, HUGO, SAM, SARA, ALEX, LEO, HANA, SID);

    private DemoUsers() {
    }
}
