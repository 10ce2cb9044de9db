package dev.mcphex.domain.wire;

/**
 * A schema definition a part of a message must conform to.
 *
 * @param definition the definition's name in the revision's schema
 * @param pointer    a JSON pointer into the message; empty for the whole message
 */
record Check(String definition, String pointer) {

    static Check whole(String definition) {
        return new Check(definition, "");
    }

    static Check result(String definition) {
        return new Check(definition, "/result");
    }

    static Check error(String definition) {
        return new Check(definition, "/error");
    }

    @Override
    public String toString() {
        return pointer.isEmpty() ? definition : definition + " at " + pointer;
    }
}
