package app.relay.client;

/** The company's default segments, highest first; the rules that assign them come later. */
public enum Segment {
    vip, key, medium, outsider
}
