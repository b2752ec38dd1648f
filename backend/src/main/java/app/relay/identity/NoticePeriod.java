package app.relay.identity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person serving their notice may still ask Relay: to read their own clients (the row scope keeps
 * it to those), and to write up their handover. No new clients, no changes, no exports, no supervision.
 * A list of what is open rather than of what is closed, so that an endpoint added later stays closed.
 */
final class NoticePeriod {
    private static final String ID = "[0-9a-fA-F-]{36}";
    private static final List<Pattern> OPEN = List.of(
            open("GET", "/api/v1/me"), open("PATCH", "/api/v1/me"),
            open("GET", "/api/v1/users"),
            open("GET", "/api/v1/clients"),
            open("GET", "/api/v1/clients/" + ID + "(/(contacts|history|parties|handovers))?"),
            open("GET", "/api/v1/contacts/" + ID),
            open("GET", "/api/v1/handovers(/" + ID + "(/items|/commitments)?)?"),
            open("PATCH", "/api/v1/handovers/" + ID + "/items/" + ID),
            open("GET", "/api/v1/notifications"), open("POST", "/api/v1/notifications/read"));

    private NoticePeriod() {
    }

    private static Pattern open(String method, String path) {
        return Pattern.compile(method + " " + path + "/?");
    }

    static boolean allows(String method, String path) {
        String request = ("HEAD".equals(method) ? "GET" : method) + " " + path;
        return OPEN.stream().anyMatch(p -> p.matcher(request).matches());
    }
}
