package app.relay.identity;

/** The languages Relay speaks: those of the seeds' markets (Romania and Moldova, Russia, Spain) and English. */
public enum Language {
    en, ro, ru, es;

    /** The language spoken by default in a country (ISO 3166 alpha-2): Romanian in Romania and Moldova, … */
    public static Language ofCountry(String country) {
        return switch (country == null ? "" : country.toUpperCase(java.util.Locale.ROOT)) {
            case "RO", "MD" -> ro;
            case "RU" -> ru;
            case "ES" -> es;
            default -> en;
        };
    }
}
