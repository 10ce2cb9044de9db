package dev.mcphex.adapter.stdio;

/** What {@link LineReader} read: one line's bytes, a line over the limit, or the end of input. */
sealed interface Line {

    /** A line within the limit, without its terminator. */
    record Content(byte[] bytes) implements Line {
        /** Whether the line holds nothing but spaces, tabs and carriage returns. */
        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** A line longer than the limit, drained and discarded. */
    record TooLong(long length) implements Line {
    }

    /** The input has ended. */
    record End() implements Line {
    }
}
