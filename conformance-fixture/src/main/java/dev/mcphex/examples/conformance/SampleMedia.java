package dev.mcphex.examples.conformance;

/** The small binary samples the fixture serves, base64-encoded, as the conformance suite's reference does. */
final class SampleMedia {

    /** A 1x1 red PNG. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    static final String PNG_MIME_TYPE = "image/png";

    /** A minimal WAV file with two bytes of silence. */
    static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    static final String WAV_MIME_TYPE = "audio/wav";

    private SampleMedia() {
    }
}
