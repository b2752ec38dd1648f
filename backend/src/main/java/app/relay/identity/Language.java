package app.relay.identity;

/** The languages Relay speaks: those of the seeds' markets (Romania and Moldova, Russia, Spain) and English. */
public enum Language {
    en, ro, ru, es
}
