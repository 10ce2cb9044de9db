package dev.mcphex.ports.spi.annotations;

/** A tool behaviour hint that may be left unset, so that clients apply their own defaults. */
public enum Hint {
    /** Not stated; the hint is left out of the tool's annotations. */
    UNSET,
    /** The hint holds. */
    TRUE,
    /** The hint does not hold. */
    FALSE;

    /** The hint as the protocol carries it: {@code null} when unset. */
    public Boolean value() {
        return switch (this) {
            case UNSET -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
        };
    }
}
