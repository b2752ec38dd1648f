package app.relay.exports;

import app.relay.client.ClientKind;
import app.relay.client.Lifecycle;
import app.relay.client.Segment;
import java.util.Map;

/**
 * What an export shows a person instead of a code: "Prospect", "VIP", "Romania". English for now; the
 * user's language comes with the SPA's languages.
 */
public final class ExportLabels {
    private static final Map<String, String> COUNTRIES = Map.of("RO", "Romania", "MD", "Moldova", "RU", "Russia",
            "ES", "Spain");

    private ExportLabels() {
    }

    public static String of(ClientKind kind) {
        return kind == null ? null : switch (kind) {
            case company -> "Company";
            case person -> "Person";
        };
    }

    public static String of(Lifecycle lifecycle) {
        return lifecycle == null ? null : switch (lifecycle) {
            case prospect -> "Prospect";
            case active -> "Active";
            case passive -> "Passive";
            case lost -> "Lost";
        };
    }

    public static String of(Segment segment) {
        return segment == null ? null : switch (segment) {
            case vip -> "VIP";
            case key -> "Key";
            case medium -> "Medium";
            case outsider -> "Outsider";
        };
    }

    /** A country's name; a code Relay has no name for (or a masked one) stays as it is. */
    public static String country(String code) {
        return code == null ? null : COUNTRIES.getOrDefault(code, code);
    }
}
